# 03 Express intent to cooperate. Format: docs/patterns.md (ID CODE ELEMENTS [; flags]).
03.001 030 express willingness to cooperate with TARGET
03.002 030 express readiness to cooperate with TARGET
03.003 030 offer to cooperate with TARGET
03.004 030 pledge to cooperate with TARGET
03.005 030 promise to cooperate with TARGET
03.006 030 vow to cooperate with TARGET
03.007 030 agree to cooperate with TARGET
03.008 030 willing to cooperate with TARGET
03.009 030 ready to cooperate with TARGET
03.010 030 ready to work with TARGET
03.011 030 willing to work with TARGET
03.012 030 offer to work with TARGET
03.013 030 pledge to work with TARGET
03.014 030 promise to work with TARGET
03.015 030 vow to work with TARGET
03.016 030 pledge cooperation with TARGET
03.017 030 pledge cooperation to TARGET
03.018 030 promise cooperation
03.019 030 offer cooperation to TARGET
03.020 030 offer cooperation
03.021 030 pledge closer tie with TARGET
03.022 030 pledge to strengthen tie with TARGET
03.023 030 vow to strengthen tie with TARGET
03.024 030 promise to strengthen tie with TARGET
03.025 030 pledge to deepen tie with TARGET
03.026 030 pledge to boost tie with TARGET
03.027 030 pledge to improve relation with TARGET
03.028 030 vow to improve relation with TARGET
03.029 030 promise to improve relation with TARGET
03.030 030 seek to improve relation with TARGET
03.031 030 seek to improve tie with TARGET
03.032 030 seek closer tie with TARGET
03.033 030 seek better relation with TARGET
03.034 030 seek to deepen partnership with TARGET
03.035 030 seek to deepen partnership
03.036 030 seek to strengthen tie
03.037 030 seek to strengthen relation
03.038 030 seek to boost tie
03.039 030 seek to deepen tie
03.040 030 seek to expand tie
03.041 030 commit to cooperation
03.042 030 commitment to cooperation ; noun
03.043 030 offer of cooperation ; noun
03.044 030 pledge of cooperation ; noun
03.045 031 pledge to invest in TARGET
03.046 031 promise to invest in TARGET
03.047 031 offer to invest in TARGET
03.048 031 plan to invest in TARGET
03.049 031 pledge investment in TARGET
03.050 031 promise investment
03.051 031 offer investment
03.052 031 pledge to boost trade with TARGET
03.053 031 pledge to expand trade with TARGET
03.054 031 agree to boost trade
03.055 031 agree to expand trade
03.056 031 seek to boost trade with TARGET
03.057 031 seek to expand trade with TARGET
03.058 031 plan to boost trade
03.059 0311 offer trade deal to TARGET
03.060 0311 offer economic cooperation
03.061 0311 pledge economic cooperation
03.062 0311 promise economic cooperation
03.063 0311 pledge to cooperate economically
03.064 0311 offer to buy
03.065 0311 offer to supply
03.066 0311 agree to supply
03.067 0311 pledge to supply
03.068 0311 offer energy
03.069 0311 offer gas to TARGET
03.070 0311 offer oil to TARGET
03.071 0312 offer military cooperation
03.072 0312 pledge military cooperation
03.073 0312 promise military cooperation
03.074 0312 offer defense cooperation
03.075 0312 offer defence cooperation
03.076 0312 pledge defense cooperation
03.077 0312 pledge defence cooperation
03.078 0312 offer to hold joint exercise
03.079 0312 plan joint exercise with TARGET
03.080 0312 plan joint military exercise
03.081 0312 agree to hold joint exercise
03.082 0312 offer to train
03.083 0312 pledge to train
03.084 0313 offer to extradite
03.085 0313 agree to extradite
03.086 0313 pledge to extradite
03.087 0313 promise to extradite
03.088 0313 offer judicial cooperation
03.089 0313 pledge judicial cooperation
03.090 0313 agree to hand over suspect
03.091 0313 offer to hand over suspect
03.092 0314 offer to share intelligence
03.093 0314 pledge to share intelligence
03.094 0314 agree to share intelligence
03.095 0314 promise to share intelligence
03.096 0314 offer intelligence
03.097 0314 offer to share information
03.098 0314 pledge to share information
03.099 032 pledge support for|to TARGET
03.100 032 promise support for|to TARGET
03.101 032 offer support to|for TARGET
03.102 032 vow support for TARGET
03.103 032 pledge backing for TARGET
03.104 032 promise backing
03.105 032 offer backing
03.106 032 pledge to support TARGET
03.107 032 promise to support TARGET
03.108 032 vow to support TARGET
03.109 032 offer to support TARGET
03.110 032 pledge to back TARGET
03.111 032 promise to back TARGET
03.112 032 vow to back TARGET
03.113 032 offer to back TARGET
03.114 032 pledge to stand by TARGET
03.115 032 vow to stand by TARGET
03.116 032 promise to stand by TARGET
03.117 032 pledge solidarity with TARGET
03.118 032 pledge to defend TARGET
03.119 032 vow to defend TARGET
03.120 032 promise to defend TARGET
03.121 032 offer to recognize TARGET
03.122 032 pledge to recognize TARGET
03.123 032 promise to recognize TARGET
03.124 032 plan to recognize TARGET
03.125 032 offer diplomatic support
03.126 032 pledge diplomatic support
03.127 032 pledge political support
03.128 032 promise political support
03.129 032 pledge of support ; noun
03.130 032 promise of support ; noun
03.131 032 offer of support ; noun
03.132 033 pledge aid to TARGET
03.133 033 pledge aid for TARGET
03.134 033 promise aid to TARGET
03.135 033 promise aid for TARGET
03.136 033 offer aid to TARGET
03.137 033 offer aid
03.138 033 offer assistance to TARGET
03.139 033 offer assistance
03.140 033 pledge assistance to TARGET
03.141 033 pledge assistance
03.142 033 promise assistance
03.143 033 offer help to TARGET
03.144 033 offer help
03.145 033 offer to help TARGET
03.146 033 pledge to help TARGET
03.147 033 promise to help TARGET
03.148 033 vow to help TARGET
03.149 033 offer to assist TARGET
03.150 033 pledge to assist TARGET
03.151 033 promise to assist TARGET
03.152 033 pledge to provide aid
03.153 033 promise to provide aid
03.154 033 offer to provide aid
03.155 033 pledge to send aid
03.156 033 promise to send aid
03.157 033 offer to send aid
03.158 033 pledge fund
03.159 033 pledge money
03.160 033 pledge million
03.161 033 pledge billion
03.162 033 pledge of aid ; noun
03.163 033 aid pledge ; noun
03.164 033 offer of aid ; noun
03.165 033 offer of assistance ; noun
03.166 033 offer of help ; noun
03.167 033 promise of aid ; noun
03.168 0331 pledge economic aid
03.169 0331 pledge financial aid
03.170 0331 pledge financial assistance
03.171 0331 pledge economic assistance
03.172 0331 promise economic aid
03.173 0331 promise financial aid
03.174 0331 promise financial assistance
03.175 0331 offer economic aid
03.176 0331 offer financial aid
03.177 0331 offer financial assistance
03.178 0331 offer loan to TARGET
03.179 0331 offer loan
03.180 0331 pledge loan
03.181 0331 promise loan
03.182 0331 offer credit
03.183 0331 offer to forgive debt
03.184 0331 pledge debt relief
03.185 0331 offer debt relief
03.186 0331 promise debt relief
03.187 0331 pledge to provide loan
03.188 0331 offer grant
03.189 0331 pledge grant
03.190 0331 promise grant
03.191 0331 offer bailout
03.192 0332 pledge military aid
03.193 0332 pledge military assistance
03.194 0332 promise military aid
03.195 0332 promise military assistance
03.196 0332 offer military aid
03.197 0332 offer military assistance
03.198 0332 offer weapon to TARGET
03.199 0332 offer weapon
03.200 0332 offer arm to TARGET
03.201 0332 offer to arm TARGET
03.202 0332 pledge to arm TARGET
03.203 0332 pledge weapon
03.204 0332 promise weapon
03.205 0332 pledge arm
03.206 0332 promise to supply weapon
03.207 0332 pledge to supply weapon
03.208 0332 offer to supply weapon
03.209 0332 agree to supply weapon
03.210 0332 promise to continue military aid
03.211 0332 pledge to continue military aid
03.212 0332 promise to send troop
03.213 0332 pledge to send troop
03.214 0332 offer to send troop
03.215 0332 offer troop
03.216 0332 pledge troop
03.217 0333 pledge humanitarian aid
03.218 0333 pledge humanitarian assistance
03.219 0333 promise humanitarian aid
03.220 0333 offer humanitarian aid
03.221 0333 offer humanitarian assistance
03.222 0333 pledge food aid
03.223 0333 promise food aid
03.224 0333 offer food aid
03.225 0333 offer food
03.226 0333 offer medicine
03.227 0333 offer medical aid
03.228 0333 offer relief
03.229 0333 pledge relief
03.230 0333 offer emergency aid
03.231 0333 pledge emergency aid
03.232 0333 offer disaster relief
03.233 0333 pledge to send food
03.234 0333 offer to send food
03.235 0333 offer to take in refugee
03.236 0333 pledge to take in refugee
03.237 0333 offer shelter
03.238 0334 offer peacekeeper
03.239 0334 pledge peacekeeper
03.240 0334 offer to send peacekeeper
03.241 0334 pledge to send peacekeeper
03.242 0334 promise to send peacekeeper
03.243 0334 offer peacekeeping troop
03.244 0334 pledge peacekeeping troop
03.245 0334 offer protection
03.246 0334 promise protection
03.247 0334 pledge protection
03.248 0334 offer security guarantee
03.249 0334 offer security guarantee to TARGET
03.250 0334 promise security guarantee
03.251 0334 pledge to protect TARGET
03.252 0334 promise to protect TARGET
03.253 0334 vow to protect TARGET
03.254 0334 offer to protect TARGET
03.255 0334 pledge to defend
03.256 034 pledge reform
03.257 034 promise reform
03.258 034 vow reform
03.259 034 pledge to reform
03.260 034 promise to reform
03.261 034 vow to reform
03.262 034 pledge political reform
03.263 034 promise political reform
03.264 034 pledge democratic reform
03.265 034 promise democratic reform
03.266 034 promise democracy
03.267 034 pledge to introduce reform
03.268 034 promise to introduce reform
03.269 034 pledge to implement reform
03.270 034 promise to implement reform
03.271 034 announce plan for reform
03.272 034 unveil reform plan
03.273 034 announce reform
03.274 034 propose reform
03.275 0341 pledge to step down
03.276 0341 promise to step down
03.277 0341 offer to step down
03.278 0341 offer to resign
03.279 0341 pledge to resign
03.280 0341 promise to resign
03.281 0341 agree to step down
03.282 0341 agree to resign
03.283 0341 promise election
03.284 0341 pledge election
03.285 0341 promise early election
03.286 0341 pledge early election
03.287 0341 announce early election
03.288 0341 promise free election
03.289 0341 pledge free election
03.290 0341 promise to hold election
03.291 0341 pledge to hold election
03.292 0341 promise to hand over power
03.293 0341 pledge to hand over power
03.294 0341 promise transition
03.295 0341 pledge transition to civilian rule
03.296 0341 promise return to civilian rule
03.297 0342 pledge to change policy
03.298 0342 promise to change policy
03.299 0342 promise policy change
03.300 0342 pledge policy change
03.301 0342 promise to review policy
03.302 0342 pledge to review policy
03.303 0342 promise to reconsider
03.304 0342 pledge to reconsider
03.305 0342 promise to reverse
03.306 0342 pledge to reverse
03.307 0342 promise to scrap
03.308 0342 pledge to scrap
03.309 0342 promise to abandon
03.310 0342 pledge to abandon
03.311 0342 promise to end policy
03.312 0343 pledge to respect human right
03.313 0343 promise to respect human right
03.314 0343 pledge to protect human right
03.315 0343 promise to protect human right
03.316 0343 promise to protect minority
03.317 0343 pledge to protect minority
03.318 0343 promise freedom of
03.319 0343 pledge freedom of
03.320 0343 promise press freedom
03.321 0343 promise right
03.322 0343 pledge right
03.323 0343 promise equal right
03.324 0343 pledge to guarantee right
03.325 0343 promise to guarantee right
03.326 0343 promise autonomy
03.327 0343 offer autonomy
03.328 0343 pledge autonomy
03.329 0344 pledge constitutional reform
03.330 0344 promise constitutional reform
03.331 0344 promise new constitution
03.332 0344 pledge new constitution
03.333 0344 promise referendum
03.334 0344 pledge referendum
03.335 0344 offer referendum
03.336 0344 promise to amend constitution
03.337 0344 pledge to amend constitution
03.338 0344 promise judicial reform
03.339 0344 pledge judicial reform
03.340 0344 promise electoral reform
03.341 0344 pledge electoral reform
03.342 035 offer concession
03.343 035 offer concession to TARGET
03.344 035 promise concession
03.345 035 pledge concession
03.346 035 signal flexibility
03.347 035 show flexibility
03.348 035 express flexibility
03.349 035 offer compromise
03.350 035 propose compromise
03.351 035 offer to compromise
03.352 035 signal willingness to compromise
03.353 035 express willingness to compromise
03.354 035 willing to compromise
03.355 035 ready to compromise
03.356 035 prepared to compromise
03.357 035 offer to back down
03.358 035 willing to make concession
03.359 035 ready to make concession
03.360 035 prepared to make concession
03.361 0351 promise to lift curfew
03.362 0351 pledge to lift curfew
03.363 0351 promise to lift state of emergency
03.364 0351 pledge to lift state of emergency
03.365 0351 promise to end state of emergency
03.366 0351 promise to lift martial law
03.367 0351 pledge to lift martial law
03.368 0351 promise to lift ban
03.369 0351 pledge to lift ban
03.370 0351 promise to ease restriction
03.371 0351 pledge to ease restriction
03.372 0351 promise to lift restriction
03.373 0351 pledge to lift restriction
03.374 0351 offer to lift ban
03.375 0351 offer to ease restriction
03.376 0352 promise to ease crackdown
03.377 0352 pledge to end crackdown
03.378 0352 promise to end crackdown
03.379 0352 promise to call off protest
03.380 0352 pledge to call off protest
03.381 0352 agree to call off protest
03.382 0352 agree to call off strike
03.383 0352 promise to call off strike
03.384 0352 agree to end strike
03.385 0352 agree to end protest
03.386 0352 offer to end protest
03.387 0352 offer to end strike
03.388 0353 promise to release TARGET
03.389 0353 pledge to release TARGET
03.390 0353 offer to release TARGET
03.391 0353 agree to release TARGET
03.392 0353 vow to release TARGET
03.393 0353 promise to free TARGET
03.394 0353 pledge to free TARGET
03.395 0353 offer to free TARGET
03.396 0353 agree to free TARGET
03.397 0353 promise release of TARGET
03.398 0353 pledge release of TARGET
03.399 0353 offer release of TARGET
03.400 0353 promise to return TARGET
03.401 0353 pledge to return TARGET
03.402 0353 offer to return TARGET
03.403 0353 agree to return TARGET
03.404 0353 promise to hand over TARGET
03.405 0353 agree to hand over TARGET
03.406 0353 offer to hand over TARGET
03.407 0353 agree to repatriate
03.408 0353 promise to repatriate
03.409 0353 offer to repatriate
03.410 0353 agree to prisoner swap
03.411 0353 offer prisoner swap
03.412 0353 offer prisoner exchange
03.413 0353 propose prisoner exchange
03.414 0353 agree to prisoner exchange
03.415 0353 agree to exchange prisoner
03.416 0353 offer to exchange prisoner
03.417 0354 promise to lift sanction
03.418 0354 pledge to lift sanction
03.419 0354 offer to lift sanction
03.420 0354 agree to lift sanction
03.421 0354 promise to ease sanction
03.422 0354 pledge to ease sanction
03.423 0354 offer to ease sanction
03.424 0354 agree to ease sanction
03.425 0354 offer sanction relief
03.426 0354 promise sanction relief
03.427 0354 pledge sanction relief
03.428 0354 promise to lift embargo
03.429 0354 offer to lift embargo
03.430 0354 agree to lift embargo
03.431 0354 promise to end embargo
03.432 0354 promise to end boycott
03.433 0354 offer to end boycott
03.434 0354 promise to lift blockade
03.435 0354 offer to lift blockade
03.436 0355 agree to allow inspector
03.437 0355 promise to allow inspector
03.438 0355 offer to allow inspector
03.439 0355 agree to admit inspector
03.440 0355 promise to admit inspector
03.441 0355 agree to accept peacekeeper
03.442 0355 promise to accept peacekeeper
03.443 0355 agree to allow peacekeeper
03.444 0355 agree to allow monitor
03.445 0355 promise to allow monitor
03.446 0355 agree to allow observer
03.447 0355 promise to allow aid
03.448 0355 agree to allow aid
03.449 0355 promise access
03.450 0355 promise to allow access
03.451 0355 agree to allow access
03.452 0355 offer access
03.453 0356 promise ceasefire
03.454 0356 pledge ceasefire
03.455 0356 offer ceasefire
03.456 0356 offer cease-fire
03.457 0356 offer truce
03.458 0356 propose truce
03.459 0356 propose ceasefire
03.460 0356 propose cease-fire
03.461 0356 promise to withdraw
03.462 0356 pledge to withdraw
03.463 0356 offer to withdraw
03.464 0356 agree to withdraw
03.465 0356 promise to pull out
03.466 0356 pledge to pull out
03.467 0356 agree to pull out
03.468 0356 promise troop withdrawal
03.469 0356 pledge troop withdrawal
03.470 0356 announce plan to withdraw
03.471 0356 promise to halt attack
03.472 0356 pledge to halt attack
03.473 0356 offer to halt attack
03.474 0356 promise to stop fighting
03.475 0356 pledge to stop fighting
03.476 0356 promise to lay down arm
03.477 0356 agree to lay down arm
03.478 0356 offer to lay down arm
03.479 0356 agree to disarm
03.480 0356 promise to disarm
03.481 0356 pledge to disarm
03.482 0356 offer to disarm
03.483 0356 agree to demobilize
03.484 0356 promise to demobilize
03.485 0356 promise to de-escalate
03.486 0356 pledge to de-escalate
03.487 0356 agree to de-escalate
03.488 036 offer talk
03.489 036 offer to talk
03.490 036 offer to talk with TARGET
03.491 036 offer to negotiate
03.492 036 offer to negotiate with TARGET
03.493 036 offer to meet
03.494 036 offer to meet TARGET
03.495 036 offer to meet with TARGET
03.496 036 offer negotiation
03.497 036 offer dialogue
03.498 036 offer dialogue with TARGET
03.499 036 agree to meet
03.500 036 agree to meet TARGET
03.501 036 agree to meet with TARGET
03.502 036 agree to talk
03.503 036 agree to talk with TARGET
03.504 036 agree to hold talk
03.505 036 agree to hold talk with TARGET
03.506 036 agree to negotiate
03.507 036 agree to negotiate with TARGET
03.508 036 agree to resume talk
03.509 036 agree to resume talk with TARGET
03.510 036 agree to resume negotiation
03.511 036 agree to return to talk
03.512 036 agree to return to negotiation
03.513 036 agree to summit
03.514 036 agree to hold summit
03.515 036 plan to meet
03.516 036 plan to meet TARGET
03.517 036 plan to meet with TARGET
03.518 036 plan to visit TARGET
03.519 036 plan to hold talk
03.520 036 plan to hold talk with TARGET
03.521 036 plan talk with TARGET
03.522 036 schedule talk with TARGET
03.523 036 schedule meeting with TARGET
03.524 036 schedule talk
03.525 036 schedule meeting
03.526 036 set to meet
03.527 036 set to meet TARGET
03.528 036 set to visit TARGET
03.529 036 set to hold talk
03.530 036 due to meet TARGET
03.531 036 due to meet
03.532 036 due to visit TARGET
03.533 036 due to visit
03.534 036 due to hold talk
03.535 036 expect to meet
03.536 036 expect to meet TARGET
03.537 036 expect to visit TARGET
03.538 036 expect to hold talk
03.539 036 will meet TARGET
03.540 036 will meet with TARGET
03.541 036 will visit TARGET
03.542 036 will hold talk with TARGET
03.543 036 would meet TARGET
03.544 036 would meet with TARGET
03.545 036 would meet
03.546 036 willing to talk
03.547 036 willing to talk to|with TARGET
03.548 036 willing to negotiate
03.549 036 willing to negotiate with TARGET
03.550 036 willing to meet
03.551 036 willing to meet TARGET
03.552 036 willing to meet with TARGET
03.553 036 ready to talk
03.554 036 ready to talk to|with TARGET
03.555 036 ready to negotiate
03.556 036 ready to negotiate with TARGET
03.557 036 ready to meet
03.558 036 ready to meet TARGET
03.559 036 ready for talk
03.560 036 ready for talk with TARGET
03.561 036 ready for dialogue
03.562 036 ready for negotiation
03.563 036 prepared to talk
03.564 036 prepared to negotiate
03.565 036 prepared to meet
03.566 036 open to talk
03.567 036 open to dialogue
03.568 036 open to negotiation
03.569 036 express willingness to talk
03.570 036 express willingness to negotiate
03.571 036 express willingness to meet
03.572 036 express readiness to talk
03.573 036 express readiness to negotiate
03.574 036 express readiness for talk
03.575 036 express readiness for dialogue
03.576 036 express interest in talk
03.577 036 signal willingness to talk
03.578 036 signal readiness to talk
03.579 036 signal willingness to negotiate
03.580 036 seek talk with TARGET
03.581 036 seek meeting with TARGET
03.582 036 seek talk
03.583 036 seek negotiation
03.584 036 seek dialogue
03.585 036 seek dialogue with TARGET
03.586 036 seek to meet
03.587 036 seek to meet TARGET
03.588 036 accept invitation to visit
03.589 036 accept invitation to visit TARGET
03.590 036 accept invitation from TARGET
03.591 036 accept invitation to talk
03.592 036 accept invitation to attend
03.593 036 accept offer of talk
03.594 036 accept proposal for talk
03.595 036 accept call for talk
03.596 036 welcome offer of talk
03.597 036 welcome proposal for talk
03.598 036 welcome call for talk
03.599 036 agree to dialogue
03.600 036 agree to negotiation
03.601 036 agree to talk ; noun
03.602 036 offer of talk ; noun
03.603 036 offer of dialogue ; noun
03.604 036 offer of negotiation ; noun
03.605 037 offer to settle
03.606 037 offer to settle dispute
03.607 037 agree to settle
03.608 037 agree to settle dispute
03.609 037 promise to settle
03.610 037 pledge to settle
03.611 037 pledge to resolve
03.612 037 promise to resolve
03.613 037 agree to resolve
03.614 037 offer to resolve
03.615 037 seek to resolve
03.616 037 seek to settle
03.617 037 seek peaceful solution
03.618 037 seek political solution
03.619 037 seek diplomatic solution
03.620 037 seek negotiated settlement
03.621 037 seek peace with TARGET
03.622 037 seek peace
03.623 037 seek peace deal
03.624 037 propose peace plan
03.625 037 propose peace deal
03.626 037 offer peace plan
03.627 037 unveil peace plan
03.628 037 present peace plan
03.629 037 propose plan to end
03.630 037 propose settlement
03.631 037 offer peace
03.632 037 offer peace deal
03.633 037 offer peace treaty
03.634 037 pledge peace
03.635 037 promise peace
03.636 037 commit to peace
03.637 037 commit to peace process
03.638 037 commit to peaceful solution
03.639 037 commitment to peace ; noun
03.640 037 peace offer ; noun
03.641 037 peace proposal ; noun
03.642 037 peace initiative ; noun
03.643 037 peace plan ; noun
03.644 038 accept mediation
03.645 038 accept mediation of TARGET
03.646 038 accept mediation by TARGET
03.647 038 agree to mediation
03.648 038 agree to mediation by TARGET
03.649 038 accept offer of mediation
03.650 038 accept offer to mediate
03.651 038 welcome mediation
03.652 038 welcome mediation by TARGET
03.653 038 welcome offer to mediate
03.654 038 welcome offer of mediation
03.655 038 welcome mediation effort
03.656 038 accept mediator
03.657 038 accept arbitration
03.658 038 agree to arbitration
03.659 038 agree to international arbitration
03.660 038 accept good office of TARGET
03.661 038 accept international mediation
03.662 038 agree to third-party mediation
03.663 039 offer to mediate
03.664 039 offer to mediate between TARGET
03.665 039 offer to mediate in
03.666 039 offer mediation
03.667 039 offer mediation between TARGET
03.668 039 offer to act as mediator
03.669 039 offer to act as intermediary
03.670 039 offer good office
03.671 039 offer to broker
03.672 039 offer to broker talk
03.673 039 offer to broker deal
03.674 039 offer to broker peace
03.675 039 offer to facilitate
03.676 039 offer to facilitate talk
03.677 039 offer to facilitate dialogue
03.678 039 offer to facilitate negotiation
03.679 039 offer to host talk
03.680 039 offer to host talk between TARGET
03.681 039 offer to host negotiation
03.682 039 offer to host meeting
03.683 039 offer to host summit
03.684 039 willing to mediate
03.685 039 willing to mediate between TARGET
03.686 039 ready to mediate
03.687 039 ready to mediate between TARGET
03.688 039 prepared to mediate
03.689 039 willing to facilitate dialogue between TARGET
03.690 039 willing to facilitate dialogue
03.691 039 willing to facilitate talk
03.692 039 ready to facilitate dialogue
03.693 039 ready to facilitate talk
03.694 039 express willingness to mediate
03.695 039 express willingness to facilitate dialogue between TARGET
03.696 039 express willingness to facilitate dialogue
03.697 039 express willingness to facilitate talk
03.698 039 express readiness to mediate
03.699 039 express readiness to facilitate
03.700 039 propose to mediate
03.701 039 volunteer to mediate
03.702 039 pledge to mediate
03.703 039 offer of mediation ; noun
03.704 039 mediation offer ; noun
# The giver, critic or sender named after "from" is the source; the clause subject is the target.
03.705 030 receive assurance from SOURCE
03.706 030 receive pledge from SOURCE
03.707 030 receive promise from SOURCE
03.708 030 win assurance from SOURCE
03.709 030 win pledge from SOURCE
03.710 030 obtain assurance from SOURCE
# Agreeing (to a deal, a plan, to cooperate) commits to cooperation; signing a formal agreement is 057.
03.711 030 agree on deal
03.712 030 agree on plan
03.713 030 agree on framework
03.714 030 agree on roadmap
03.715 030 agree on road map
03.716 030 agree to plan
03.717 030 agree to deal
03.718 030 agree to proposal
03.719 030 agree to accord
03.720 030 agree on TARGET
03.721 030 agree to cooperate
03.722 030 agree
03.723 036 open to talk|dialogue|negotiation with TARGET
03.724 030 pledge|vow|promise|agree|seek to improve relation|tie
