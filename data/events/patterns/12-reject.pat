# 12 Reject. Format: docs/patterns.md (ID CODE ELEMENTS [; flags]).
12.001 120 reject TARGET
12.002 120 reject
12.003 120 reject proposal
12.004 120 reject proposal of TARGET
12.005 120 reject proposal by TARGET
12.006 120 reject offer
12.007 120 reject offer of TARGET
12.008 120 reject offer from TARGET
12.009 120 reject request
12.010 120 reject request of TARGET
12.011 120 reject request from TARGET
12.012 120 reject demand
12.013 120 reject demand of TARGET
12.014 120 reject demand by TARGET
12.015 120 reject call
12.016 120 reject call by TARGET
12.017 120 reject call from TARGET
12.018 120 reject appeal
12.019 120 reject appeal by TARGET
12.020 120 reject idea
12.021 120 reject suggestion
12.022 120 reject criticism
12.023 120 reject accusation
12.024 120 reject claim
12.025 120 reject report
12.026 120 reject resolution
12.027 120 reject decision
12.028 120 reject ruling
12.029 120 reject condition
12.030 120 reject term
12.031 120 reject ultimatum
12.032 120 reject pressure
12.033 120 reject interference
12.034 120 dismiss
12.035 120 dismiss TARGET
12.036 120 dismiss proposal
12.037 120 dismiss offer
12.038 120 dismiss call
12.039 120 dismiss demand
12.040 120 dismiss request
12.041 120 dismiss idea
12.042 120 dismiss suggestion
12.043 120 dismiss criticism
12.044 120 brush aside
12.045 120 brush off
12.046 120 shrug off
12.047 120 rebuff TARGET
12.048 120 rebuff
12.049 120 spurn TARGET
12.050 120 spurn
12.051 120 snub TARGET
12.052 120 snub
12.053 120 turn down TARGET
12.054 120 turn down
12.055 120 turn down request
12.056 120 turn down offer
12.057 120 turn down proposal
12.058 120 turn down invitation
12.059 120 decline offer
12.060 120 decline request
12.061 120 decline invitation
12.062 120 decline proposal
12.063 120 refuse offer
12.064 120 refuse request
12.065 120 refuse demand
12.066 120 refuse to accept
12.067 120 refuse to agree
12.068 120 refuse to comply
12.069 120 refuse to comply with
12.070 120 refuse to obey
12.071 120 refuse to cooperate
12.072 120 refuse to cooperate with TARGET
12.073 120 refuse to recognize
12.074 120 refuse to recognise
12.075 120 refuse to sign
12.076 120 refuse to endorse
12.077 120 refuse to support
12.078 120 refuse to back
12.079 120 refuse to join
12.080 120 refuse to take part
12.081 120 refuse to participate
12.082 120 refuse to attend
12.083 120 refuse to budge
12.084 120 refuse to bow
12.085 120 refuse to yield
12.086 120 refuse to give in
12.087 120 refuse
12.088 120 say no to
12.089 120 rule out
12.090 120 rule out proposal
12.091 120 rule out any
12.092 120 deem unacceptable
12.093 120 call unacceptable
12.094 120 describe as unacceptable
12.095 120 unacceptable for
12.096 120 not acceptable
12.097 120 veto idea
12.098 120 object to proposal
12.099 120 oppose proposal
12.100 120 oppose plan
12.101 120 oppose idea
12.102 120 oppose deal
12.103 120 reject outright
12.104 120 reject out of hand
12.105 120 flatly reject
12.106 120 categorically reject
12.107 120 firmly reject
12.108 120 rejection of TARGET ; noun
12.109 120 rejection of proposal ; noun
12.110 120 rejection of demand ; noun
12.111 120 rejection ; noun
12.112 120 refusal ; noun
12.113 121 reject cooperation
12.114 121 reject cooperation with TARGET
12.115 121 refuse cooperation
12.116 121 refuse to cooperate with TARGET
12.117 121 reject partnership
12.118 121 reject partnership with TARGET
12.119 121 refuse to work with TARGET
12.120 121 reject offer of cooperation
12.121 121 reject joint
12.122 121 withdraw from project
12.123 121 pull out of project
12.124 121 reject investment
12.125 121 reject bid
12.126 1211 reject trade deal
12.127 1211 reject trade agreement
12.128 1211 reject trade pact
12.129 1211 reject free trade
12.130 1211 reject economic cooperation
12.131 1211 reject economic deal
12.132 1211 reject investment from TARGET
12.133 1211 refuse to trade with TARGET
12.134 1211 refuse to buy
12.135 1211 refuse to sell
12.136 1211 refuse to supply
12.137 1211 refuse to import
12.138 1211 refuse to export
12.139 1211 block takeover
12.140 1211 block merger
12.141 1211 block deal
12.142 1211 block investment
12.143 1211 reject gas deal
12.144 1211 reject oil deal
12.145 1212 reject military cooperation
12.146 1212 reject military alliance
12.147 1212 reject defense pact
12.148 1212 reject defence pact
12.149 1212 reject security pact
12.150 1212 reject military base
12.151 1212 reject base
12.152 1212 refuse base
12.153 1212 refuse to host base
12.154 1212 refuse access to base
12.155 1212 deny access to base
12.156 1212 refuse overflight
12.157 1212 deny overflight
12.158 1212 refuse military cooperation
12.159 1212 refuse to join coalition
12.160 1212 refuse to join alliance
12.161 1212 refuse to send troop
12.162 1212 refuse to contribute troop
12.163 1212 reject joint exercise
12.164 1212 refuse joint exercise
12.165 122 reject request for aid
12.166 122 reject request for assistance
12.167 122 reject appeal for aid
12.168 122 reject appeal for assistance
12.169 122 reject call for aid
12.170 122 refuse aid to TARGET
12.171 122 refuse aid
12.172 122 refuse assistance
12.173 122 refuse to provide aid
12.174 122 refuse to give aid
12.175 122 refuse to send aid
12.176 122 refuse to help
12.177 122 refuse to assist
12.178 122 deny aid
12.179 122 deny aid to TARGET
12.180 122 deny assistance to TARGET
12.181 122 withhold aid
12.182 122 withhold aid from TARGET
12.183 122 withhold assistance
12.184 122 withhold fund
12.185 122 withhold funding
12.186 122 reject aid
12.187 122 reject aid from TARGET
12.188 122 reject assistance
12.189 122 reject assistance from TARGET
12.190 122 reject offer of aid
12.191 122 reject offer of help
12.192 122 refuse offer of aid
12.193 122 refuse offer of help
12.194 122 turn down aid
12.195 122 turn down offer of aid
12.196 122 decline aid
12.197 122 decline offer of aid
12.198 1221 reject request for economic aid
12.199 1221 reject request for loan
12.200 1221 reject call for economic aid
12.201 1221 refuse loan
12.202 1221 refuse loan to TARGET
12.203 1221 refuse credit
12.204 1221 refuse to lend
12.205 1221 refuse to forgive debt
12.206 1221 refuse debt relief
12.207 1221 reject debt relief
12.208 1221 deny loan
12.209 1221 deny credit
12.210 1221 block loan
12.211 1221 block loan to TARGET
12.212 1221 block credit
12.213 1221 withhold loan
12.214 1221 withhold economic aid
12.215 1221 withhold financial aid
12.216 1221 refuse financial aid
12.217 1221 refuse economic aid
12.218 1221 reject bailout
12.219 1221 refuse bailout
12.220 1222 reject request for military aid
12.221 1222 reject request for weapon
12.222 1222 reject request for arm
12.223 1222 refuse military aid
12.224 1222 refuse military assistance
12.225 1222 refuse to supply weapon
12.226 1222 refuse to supply arm
12.227 1222 refuse to sell weapon
12.228 1222 refuse to sell arm
12.229 1222 refuse to provide weapon
12.230 1222 refuse to arm
12.231 1222 refuse weapon
12.232 1222 refuse arm
12.233 1222 deny weapon
12.234 1222 deny arm
12.235 1222 deny military aid
12.236 1222 withhold military aid
12.237 1222 withhold weapon
12.238 1222 block arm sale
12.239 1222 block weapon sale
12.240 1222 block arm deal
12.241 1223 reject request for humanitarian aid
12.242 1223 reject humanitarian aid
12.243 1223 refuse humanitarian aid
12.244 1223 refuse humanitarian assistance
12.245 1223 refuse food aid
12.246 1223 reject food aid
12.247 1223 deny humanitarian aid
12.248 1223 withhold humanitarian aid
12.249 1223 withhold food aid
12.250 1223 refuse relief
12.251 1223 reject relief
12.252 1223 refuse medical aid
12.253 1223 refuse to send humanitarian aid
12.254 1224 reject request for peacekeeper
12.255 1224 reject request for protection
12.256 1224 reject peacekeeper
12.257 1224 refuse peacekeeper
12.258 1224 refuse to send peacekeeper
12.259 1224 refuse to deploy peacekeeper
12.260 1224 refuse to provide protection
12.261 1224 refuse protection
12.262 1224 deny protection
12.263 1224 reject deployment of peacekeeper
12.264 1224 reject request for troop
12.265 1224 refuse to send troop to protect
12.266 1224 reject security guarantee
12.267 1224 refuse security guarantee
12.268 123 reject request for reform
12.269 123 reject demand for reform
12.270 123 reject call for reform
12.271 123 reject reform
12.272 123 refuse reform
12.273 123 refuse to reform
12.274 123 refuse to introduce reform
12.275 123 refuse to implement reform
12.276 123 block reform
12.277 123 resist reform
12.278 123 oppose reform
12.279 123 reject political reform
12.280 123 reject democratic reform
12.281 123 reject demand for democracy
12.282 123 reject call for democracy
12.283 1231 refuse to resign
12.284 1231 refuse to step down
12.285 1231 refuse to quit
12.286 1231 refuse to leave office
12.287 1231 refuse to cede power
12.288 1231 refuse to hand over power
12.289 1231 refuse to give up power
12.290 1231 refuse to relinquish power
12.291 1231 refuse to stand down
12.292 1231 reject call for resignation
12.293 1231 reject demand for resignation
12.294 1231 reject call to resign
12.295 1231 reject call to step down
12.296 1231 reject demand to step down
12.297 1231 reject demand to resign
12.298 1231 reject call for new election
12.299 1231 reject call for early election
12.300 1231 reject demand for early election
12.301 1231 rule out resignation
12.302 1231 rule out early election
12.303 1231 cling to power
12.304 1231 vow to stay in office
12.305 1231 vow not to resign
12.306 1231 vow to serve out
12.307 1231 refuse to concede defeat
12.308 1231 refuse to concede
12.309 1232 reject call for policy change
12.310 1232 reject demand for policy change
12.311 1232 reject call for change in policy
12.312 1232 refuse to change policy
12.313 1232 refuse to change course
12.314 1232 refuse to reverse
12.315 1232 refuse to reverse decision
12.316 1232 refuse to reconsider
12.317 1232 refuse to abandon
12.318 1232 refuse to drop
12.319 1232 refuse to scrap
12.320 1232 refuse to end
12.321 1232 refuse to halt
12.322 1232 refuse to stop
12.323 1232 refuse to give up
12.324 1232 refuse to repeal
12.325 1232 refuse to withdraw bill
12.326 1232 refuse to amend
12.327 1232 reject call to reverse
12.328 1232 reject call to abandon
12.329 1232 reject demand to abandon
12.330 1232 reject demand to halt
12.331 1232 reject demand to stop
12.332 1232 stand firm on
12.333 1232 stick to policy
12.334 1232 stick to position
12.335 1232 maintain position
12.336 1232 hold firm
12.337 1232 stand by decision
12.338 1232 stand by policy
12.339 1232 insist on continue
12.340 1233 reject demand for right
12.341 1233 reject call for right
12.342 1233 reject demand for autonomy
12.343 1233 reject demand for independence
12.344 1233 reject call for independence
12.345 1233 reject call for autonomy
12.346 1233 reject self-determination
12.347 1233 refuse autonomy
12.348 1233 refuse independence
12.349 1233 deny right
12.350 1233 deny right of TARGET
12.351 1233 deny right to TARGET
12.352 1233 refuse right
12.353 1233 refuse to recognize right
12.354 1233 refuse to grant right
12.355 1233 refuse to grant citizenship
12.356 1233 refuse citizenship
12.357 1233 deny citizenship
12.358 1233 reject demand for equal right
12.359 1234 reject call for constitutional change
12.360 1234 reject demand for constitutional change
12.361 1234 reject constitutional reform
12.362 1234 reject new constitution
12.363 1234 reject referendum
12.364 1234 refuse referendum
12.365 1234 refuse to hold referendum
12.366 1234 refuse to amend constitution
12.367 1234 reject demand for referendum
12.368 1234 reject call for referendum
12.369 1234 reject regime change
12.370 1234 reject call for regime change
12.371 1234 block constitutional change
12.372 1234 block referendum
12.373 124 refuse to yield
12.374 124 refuse to back down
12.375 124 refuse to give in
12.376 124 refuse to bow to TARGET
12.377 124 refuse to bow to pressure
12.378 124 refuse to budge
12.379 124 refuse to make concession
12.380 124 refuse to compromise
12.381 124 refuse concession
12.382 124 reject concession
12.383 124 reject compromise
12.384 124 refuse to capitulate
12.385 124 refuse to surrender
12.386 124 vow not to yield
12.387 124 vow not to bow
12.388 124 vow not to give in
12.389 124 vow never to surrender
12.390 124 stand firm
12.391 124 stand firm against TARGET
12.392 124 stand ground
12.393 124 stand its ground
12.394 124 hold ground
12.395 124 dig in
12.396 124 dig heel in
12.397 124 defy pressure
12.398 124 resist pressure
12.399 124 resist pressure from TARGET
12.400 124 reject pressure from TARGET
12.401 124 will not bow
12.402 124 will not yield
12.403 124 will not be intimidate
12.404 124 refusal to yield ; noun
12.405 124 refusal to back down ; noun
12.406 1241 refuse to lift curfew
12.407 1241 refuse to lift ban
12.408 1241 refuse to lift state of emergency
12.409 1241 refuse to end state of emergency
12.410 1241 refuse to lift martial law
12.411 1241 refuse to end martial law
12.412 1241 refuse to ease restriction
12.413 1241 refuse to lift restriction
12.414 1241 extend curfew
12.415 1241 extend state of emergency
12.416 1241 extend martial law
12.417 1241 extend ban
12.418 1241 maintain ban
12.419 1241 maintain curfew
12.420 1241 maintain restriction
12.421 1241 keep ban
12.422 1241 keep restriction
12.423 1241 renew state of emergency
12.424 1242 refuse to end crackdown
12.425 1242 refuse to ease crackdown
12.426 1242 vow to continue protest
12.427 1242 vow to continue strike
12.428 1242 refuse to call off protest
12.429 1242 refuse to call off strike
12.430 1242 refuse to end protest
12.431 1242 refuse to end strike
12.432 1242 refuse to disperse
12.433 1242 continue protest
12.434 1242 continue strike
12.435 1242 press on with protest
12.436 1242 press on with strike
12.437 1242 defy order to disperse
12.438 1242 defy ban on protest
12.439 1242 defy curfew
12.440 1242 reject call to end protest
12.441 1242 reject call to end strike
12.442 1243 refuse to release TARGET
12.443 1243 refuse to release
12.444 1243 refuse to free TARGET
12.445 1243 refuse to free
12.446 1243 refuse to hand over TARGET
12.447 1243 refuse to hand over
12.448 1243 refuse to extradite TARGET
12.449 1243 refuse to extradite
12.450 1243 refuse extradition
12.451 1243 refuse extradition of TARGET
12.452 1243 reject extradition request
12.453 1243 reject request for extradition
12.454 1243 reject extradition
12.455 1243 deny extradition
12.456 1243 refuse to return TARGET
12.457 1243 refuse to return
12.458 1243 refuse to give back
12.459 1243 refuse to repatriate
12.460 1243 refuse to surrender TARGET
12.461 1243 reject call for release
12.462 1243 reject demand for release
12.463 1243 reject call to release
12.464 1243 reject demand to release
12.465 1243 keep TARGET in custody
12.466 1243 continue to hold TARGET
12.467 1243 extend detention of TARGET
12.468 1243 extend detention
12.469 1243 refuse bail
12.470 1243 deny bail
12.471 1243 refuse bail to TARGET
12.472 1243 deny bail to TARGET
12.473 1244 refuse to lift sanction
12.474 1244 refuse to ease sanction
12.475 1244 refuse to end sanction
12.476 1244 refuse to remove sanction
12.477 1244 refuse to lift embargo
12.478 1244 refuse to end embargo
12.479 1244 refuse to lift blockade
12.480 1244 refuse to end boycott
12.481 1244 reject call to lift sanction
12.482 1244 reject call to ease sanction
12.483 1244 reject demand to lift sanction
12.484 1244 reject call for lifting of sanction
12.485 1244 reject demand for lifting of sanction
12.486 1244 reject call for end to sanction
12.487 1244 reject sanction relief
12.488 1244 refuse sanction relief
12.489 1244 rule out lifting sanction
12.490 1244 rule out lifting of sanction
12.491 1244 rule out sanction relief
12.492 1244 maintain sanction
12.493 1244 maintain sanction on TARGET
12.494 1244 keep sanction
12.495 1244 keep sanction on TARGET
12.496 1244 keep sanction in place
12.497 1244 extend sanction
12.498 1244 extend sanction on TARGET
12.499 1244 renew sanction
12.500 1244 renew sanction on TARGET
12.501 1244 maintain embargo
12.502 1244 extend embargo
12.503 1244 renew embargo
12.504 1244 keep embargo
12.505 1244 maintain pressure
12.506 1244 maintain pressure on TARGET
12.507 1244 keep pressure on TARGET
12.508 1244 maintaining pressure ; noun
12.509 1245 refuse to allow inspector
12.510 1245 refuse to admit inspector
12.511 1245 refuse inspector
12.512 1245 bar inspector
12.513 1245 bar inspector from
12.514 1245 block inspector
12.515 1245 deny access to inspector
12.516 1245 deny inspector access
12.517 1245 refuse access to inspector
12.518 1245 refuse inspection
12.519 1245 reject inspection
12.520 1245 block inspection
12.521 1245 refuse to allow monitor
12.522 1245 refuse monitor
12.523 1245 refuse to allow observer
12.524 1245 bar observer
12.525 1245 refuse observer
12.526 1245 refuse to accept peacekeeper
12.527 1245 refuse peacekeeping force
12.528 1245 reject peacekeeping force
12.529 1245 refuse to allow peacekeeper
12.530 1245 refuse to allow aid
12.531 1245 block aid
12.532 1245 block aid convoy
12.533 1245 block aid delivery
12.534 1245 block humanitarian aid
12.535 1245 block delivery of aid
12.536 1245 deny access to aid agency
12.537 1245 deny humanitarian access
12.538 1245 refuse humanitarian access
12.539 1245 refuse entry to TARGET
12.540 1245 deny entry to TARGET
12.541 1245 deny entry
12.542 1245 refuse entry
12.543 1245 bar TARGET from enter
12.544 1245 bar TARGET from entering
12.545 1245 ban TARGET from enter
12.546 1245 refuse visa to TARGET
12.547 1245 deny visa to TARGET
12.548 1245 refuse visa
12.549 1245 deny visa
12.550 1245 reject foreign interference
12.551 1245 reject international involvement
12.552 1245 reject foreign involvement
12.553 1245 reject interference in internal affair
12.554 1245 reject foreign intervention
12.555 1245 reject international intervention
12.556 1245 reject intervention
12.557 1246 refuse ceasefire
12.558 1246 refuse cease-fire
12.559 1246 refuse truce
12.560 1246 reject ceasefire
12.561 1246 reject cease-fire
12.562 1246 reject truce
12.563 1246 reject call for ceasefire
12.564 1246 reject call for cease-fire
12.565 1246 reject call for truce
12.566 1246 reject truce offer
12.567 1246 reject ceasefire offer
12.568 1246 reject ceasefire proposal
12.569 1246 reject ceasefire plan
12.570 1246 reject demand for ceasefire
12.571 1246 refuse to withdraw
12.572 1246 refuse to withdraw troop
12.573 1246 refuse to pull out
12.574 1246 refuse to pull back
12.575 1246 refuse to retreat
12.576 1246 refuse to halt attack
12.577 1246 refuse to stop attack
12.578 1246 refuse to stop fighting
12.579 1246 refuse to halt offensive
12.580 1246 refuse to end offensive
12.581 1246 refuse to stop bombing
12.582 1246 refuse to lay down arm
12.583 1246 refuse to disarm
12.584 1246 refuse to demobilize
12.585 1246 refuse to surrender arm
12.586 1246 refuse to hand over weapon
12.587 1246 reject call to withdraw
12.588 1246 reject call for withdrawal
12.589 1246 reject demand for withdrawal
12.590 1246 reject call to disarm
12.591 1246 reject demand to disarm
12.592 1246 reject disarmament
12.593 1246 vow to continue fighting
12.594 1246 vow to fight on
12.595 1246 vow to continue offensive
12.596 1246 vow to press on with offensive
12.597 1246 press on with offensive
12.598 1246 continue offensive
12.599 1246 continue operation
12.600 1246 continue attack
12.601 1246 continue bombing
12.602 1246 continue shelling
12.603 1246 keep fighting
12.604 1246 fight on
12.605 1246 refuse to de-escalate
12.606 125 refuse to negotiate
12.607 125 refuse to negotiate with TARGET
12.608 125 refuse to talk
12.609 125 refuse to talk to|with TARGET
12.610 125 refuse to meet
12.611 125 refuse to meet TARGET
12.612 125 refuse to meet with TARGET
12.613 125 refuse to hold talk
12.614 125 refuse to hold talk with TARGET
12.615 125 refuse to engage in negotiation
12.616 125 refuse to engage in negotiation with TARGET
12.617 125 refuse to engage in talk
12.618 125 refuse to engage with TARGET
12.619 125 refuse to sit down with TARGET
12.620 125 refuse to resume talk
12.621 125 refuse to return to talk
12.622 125 refuse to return to negotiating table
12.623 125 refuse to attend talk
12.624 125 refuse to attend meeting
12.625 125 refuse to attend summit
12.626 125 refuse to join talk
12.627 125 refuse to receive TARGET
12.628 125 refuse talk
12.629 125 refuse talk with TARGET
12.630 125 refuse negotiation
12.631 125 refuse negotiation with TARGET
12.632 125 refuse dialogue
12.633 125 refuse dialogue with TARGET
12.634 125 refuse to dialogue
12.635 125 reject talk
12.636 125 reject talk with TARGET
12.637 125 reject negotiation
12.638 125 reject negotiation with TARGET
12.639 125 reject dialogue
12.640 125 reject dialogue with TARGET
12.641 125 reject any negotiation
12.642 125 reject any talk
12.643 125 reject any dialogue
12.644 125 reject offer of talk
12.645 125 reject offer to talk
12.646 125 reject offer to negotiate
12.647 125 reject call for talk
12.648 125 reject call for negotiation
12.649 125 reject call for dialogue
12.650 125 reject proposal for talk
12.651 125 reject proposal for negotiation
12.652 125 reject invitation to talk
12.653 125 reject invitation
12.654 125 reject meeting
12.655 125 reject meeting with TARGET
12.656 125 reject summit
12.657 125 decline to meet
12.658 125 decline to meet TARGET
12.659 125 decline to meet with TARGET
12.660 125 decline to talk
12.661 125 decline to negotiate
12.662 125 decline invitation to talk
12.663 125 decline invitation to meet
12.664 125 decline to attend
12.665 125 rule out talk
12.666 125 rule out talk with TARGET
12.667 125 rule out negotiation
12.668 125 rule out negotiation with TARGET
12.669 125 rule out dialogue
12.670 125 rule out dialogue with TARGET
12.671 125 rule out meeting
12.672 125 rule out meeting with TARGET
12.673 125 rule out direct talk
12.674 125 rule out any talk
12.675 125 rule out any negotiation
12.676 125 boycott talk
12.677 125 boycott negotiation
12.678 125 boycott meeting
12.679 125 boycott summit
12.680 125 boycott conference
12.681 125 stay away from talk
12.682 125 stay away from meeting
12.683 125 shun talk
12.684 125 shun TARGET
12.685 125 walk out of talk
12.686 125 walk out of meeting
12.687 125 walk away from talk
12.688 125 walk away from negotiation
12.689 125 walk away from table
12.690 125 cancel meeting with TARGET
12.691 125 cancel meeting
12.692 125 cancel talk
12.693 125 cancel visit
12.694 125 cancel visit to TARGET
12.695 125 call off talk
12.696 125 call off meeting
12.697 125 call off visit
12.698 125 call off visit to TARGET
12.699 125 postpone talk
12.700 125 postpone meeting
12.701 125 postpone visit
12.702 125 postpone summit
12.703 125 refusal to negotiate ; noun
12.704 125 refusal to negotiate with TARGET ; noun
12.705 125 refusal to talk ; noun
12.706 125 refusal to meet ; noun
12.707 125 reluctance to negotiate ; noun
12.708 125 rejection of talk ; noun
12.709 126 reject mediation
12.710 126 reject mediation by TARGET
12.711 126 reject mediation of TARGET
12.712 126 reject mediation effort
12.713 126 reject offer of mediation
12.714 126 reject offer to mediate
12.715 126 refuse mediation
12.716 126 refuse mediation by TARGET
12.717 126 refuse to accept mediation
12.718 126 refuse to accept mediator
12.719 126 reject mediator
12.720 126 reject TARGET as mediator
12.721 126 reject role of TARGET
12.722 126 reject arbitration
12.723 126 refuse arbitration
12.724 126 refuse to submit to arbitration
12.725 126 reject international mediation
12.726 126 reject third-party mediation
12.727 126 reject foreign mediation
12.728 126 decline offer of mediation
12.729 126 decline offer to mediate
12.730 126 turn down offer to mediate
12.731 126 turn down mediation
12.732 126 rebuff mediation
12.733 126 rebuff offer to mediate
12.734 126 rejection of mediation ; noun
12.735 127 reject plan
12.736 127 reject peace plan
12.737 127 reject peace proposal
12.738 127 reject peace deal
12.739 127 reject peace agreement
12.740 127 reject peace offer
12.741 127 reject peace initiative
12.742 127 reject settlement
12.743 127 reject agreement
12.744 127 reject deal
12.745 127 reject accord
12.746 127 reject treaty
12.747 127 reject compromise proposal
12.748 127 reject roadmap
12.749 127 reject road map
12.750 127 reject framework
12.751 127 reject solution
12.752 127 reject proposal to settle
12.753 127 refuse to sign agreement
12.754 127 refuse to sign deal
12.755 127 refuse to sign accord
12.756 127 refuse to sign treaty
12.757 127 refuse to ratify
12.758 127 refuse to ratify treaty
12.759 127 refuse to implement agreement
12.760 127 refuse to implement accord
12.761 127 refuse to accept plan
12.762 127 refuse to accept deal
12.763 127 refuse to accept agreement
12.764 127 withdraw from * agreement|deal|accord|treaty|pact|plan|convention|protocol
12.765 127 withdrawal from * agreement|deal|accord|treaty|pact|plan|convention|protocol ; noun
12.766 127 pull out of * agreement|deal|accord|treaty|pact|plan|convention|protocol
12.767 127 pull out from * agreement|deal|accord|treaty|pact
12.768 127 exit from * agreement|deal|accord|treaty|pact ; noun
12.769 127 quit * agreement|deal|accord|treaty|pact
12.770 127 abandon * agreement|deal|accord|treaty|pact
12.771 127 scrap * agreement|deal|accord|treaty|pact
12.772 127 tear up * agreement|deal|accord|treaty|pact
12.773 127 renege on agreement
12.774 127 renege on deal
12.775 127 renege on promise
12.776 127 renege on commitment
12.777 127 back out of deal
12.778 127 back out of agreement
12.779 127 repudiate agreement
12.780 127 repudiate treaty
12.781 127 repudiate accord
12.782 127 abrogate treaty
12.783 127 abrogate agreement
12.784 127 suspend agreement
12.785 127 suspend treaty
12.786 127 suspend participation in
12.787 127 suspend implementation of
12.788 127 freeze implementation of
12.789 127 violate agreement
12.790 127 violate accord
12.791 127 violate deal
12.792 127 breach agreement
12.793 127 breach accord
12.794 127 rejection of plan ; noun
12.795 127 rejection of deal ; noun
12.796 127 unilateral withdrawal ; noun
12.797 128 defy TARGET
12.798 128 defy
12.799 128 defy ban
12.800 128 defy ban by TARGET
12.801 128 defy order
12.802 128 defy ruling
12.803 128 defy resolution
12.804 128 defy law
12.805 128 defy court
12.806 128 defy warning
12.807 128 defy curfew
12.808 128 defy international
12.809 128 flout TARGET
12.810 128 flout
12.811 128 flout law
12.812 128 flout ban
12.813 128 flout resolution
12.814 128 flout rule
12.815 128 violate ban
12.816 128 violate ban by TARGET
12.817 128 violate law
12.818 128 violate resolution
12.819 128 violate sanction
12.820 128 violate embargo
12.821 128 violate rule
12.822 128 violate norm
12.823 128 violate international law
12.824 128 violate sovereignty of TARGET
12.825 128 violate sovereignty
12.826 128 violate airspace of TARGET
12.827 128 violate airspace
12.828 128 violate border
12.829 128 violate territorial water
12.830 128 breach sanction
12.831 128 breach embargo
12.832 128 breach international law
12.833 128 breach rule
12.834 128 break law
12.835 128 break rule
12.836 128 break embargo
12.837 128 break sanction
12.838 128 ignore ban
12.839 128 ignore resolution
12.840 128 ignore ruling
12.841 128 ignore order
12.842 128 ignore warning
12.843 128 ignore call
12.844 128 ignore demand
12.845 128 disobey
12.846 128 disobey order
12.847 128 evade sanction
12.848 128 circumvent sanction
12.849 128 bypass sanction
12.850 128 skirt sanction
12.851 128 disregard
12.852 128 disregard resolution
12.853 128 in defiance of
12.854 128 in violation of
12.855 128 violation of TARGET ; noun
12.856 128 defiance of TARGET ; noun
12.857 128 breach of sanction ; noun
12.858 129 veto
12.859 129 veto resolution
12.860 129 veto draft resolution
12.861 129 veto bill
12.862 129 veto law
12.863 129 veto proposal
12.864 129 veto plan
12.865 129 veto TARGET
12.866 129 block resolution
12.867 129 block draft resolution
12.868 129 block bill
12.869 129 cast veto
12.870 129 exercise veto
12.871 129 use veto
12.872 129 wield veto
12.873 129 threaten veto
12.874 129 vote against
12.875 129 vote against resolution
12.876 129 vote down
12.877 129 vote down resolution
12.878 129 vote down bill
12.879 129 vote down proposal
12.880 129 veto of TARGET ; noun
12.881 129 veto ; noun
12.882 120 out of the question
12.883 120 reject demand from TARGET
12.884 120 reject * demand from TARGET
12.885 120 reject * demand of TARGET
12.886 120 reject * request from TARGET
12.887 120 reject * appeal from TARGET
12.888 127 withdraw * from * agreement|deal|accord|treaty|pact|convention|protocol
12.889 127 pull * out of * agreement|deal|accord|treaty|pact|convention|protocol
12.890 1221 block * aid package|loan|funding
12.891 120 block * package|proposal|plan|bid|nomination|accession|agreement
