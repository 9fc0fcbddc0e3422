# 08 Yield. Format: docs/patterns.md (ID CODE ELEMENTS [; flags]).
08.001 080 yield to TARGET
08.002 080 yield to demand
08.003 080 yield to pressure
08.004 080 give in to TARGET
08.005 080 give in to demand
08.006 080 give in to pressure
08.007 080 bow to TARGET
08.008 080 bow to pressure
08.009 080 bow to demand
08.010 080 cave in to TARGET
08.011 080 cave in to pressure
08.012 080 cave in to demand
08.013 080 back down
08.014 080 back down on
08.015 080 back off
08.016 080 climb down
08.017 080 relent
08.018 080 concede
08.019 080 concede to TARGET
08.020 080 make concession to TARGET
08.021 080 make concession
08.022 080 offer concession
08.023 080 grant concession to TARGET
08.024 080 grant concession
08.025 080 compromise with TARGET
08.026 080 compromise on
08.027 080 accept demand
08.028 080 accept demand of TARGET
08.029 080 accept condition
08.030 080 accept condition of TARGET
08.031 080 accept term
08.032 080 accept term of TARGET
08.033 080 comply with demand
08.034 080 comply with TARGET
08.035 080 comply with resolution
08.036 080 comply with ruling
08.037 080 comply with order
08.038 080 meet demand
08.039 080 meet demand of TARGET
08.040 080 agree to demand
08.041 080 agree to demand of TARGET
08.042 080 capitulate
08.043 080 capitulate to TARGET
08.044 080 abandon plan
08.045 080 drop plan
08.046 080 shelve plan
08.047 080 scrap plan
08.048 080 drop demand
08.049 080 drop objection
08.050 080 drop opposition to
08.051 080 drop claim
08.052 080 drop charge against TARGET
08.053 080 drop charge
08.054 080 withdraw objection
08.055 080 withdraw opposition
08.056 080 withdraw candidacy
08.057 080 cancel plan
08.058 080 suspend plan
08.059 080 freeze plan
08.060 080 halt plan
08.061 080 reverse decision
08.062 080 reverse policy
08.063 080 revoke decision
08.064 080 rescind decision
08.065 080 suspend enrichment
08.066 080 halt enrichment
08.067 080 freeze enrichment
08.068 080 concession to TARGET ; noun
08.069 081 ease restriction on TARGET
08.070 081 ease restriction
08.071 081 relax restriction on TARGET
08.072 081 relax restriction
08.073 081 lift restriction on TARGET
08.074 081 lift restriction
08.075 081 remove restriction
08.076 081 loosen restriction
08.077 081 scrap restriction
08.078 081 end restriction
08.079 081 lift travel ban
08.080 081 lift travel restriction
08.081 081 ease travel restriction
08.082 081 lift ban on TARGET
08.083 081 lift ban
08.084 081 relax ban
08.085 081 end ban
08.086 081 relax control
08.087 081 ease control
08.088 081 lift control
08.089 081 lift administrative sanction
08.090 081 ease crackdown
08.091 0872 lift blockade on TARGET
08.092 081 easing of restriction ; noun
08.093 081 lifting of restriction ; noun
08.094 081 lifting of ban ; noun
08.095 0811 lift restriction on press
08.096 0811 lift restriction on medium
08.097 0811 lift restriction on political activity
08.098 0811 lift censorship
08.099 0811 end censorship
08.100 0811 ease censorship
08.101 0811 restore freedom of
08.102 0811 allow free speech
08.103 0811 allow freedom of
08.104 0811 restore press freedom
08.105 0811 unblock website
08.106 0811 restore internet
08.107 0811 restore internet access
08.108 0811 restore access to internet
08.109 0811 lift media restriction
08.110 0811 allow rally
08.111 0811 allow protest
08.112 0811 allow demonstration
08.113 0811 permit rally
08.114 0811 permit demonstration
08.115 0811 legalize protest
08.116 0812 lift ban on party
08.117 0812 lift ban on opposition
08.118 0812 legalize party
08.119 0812 legalise party
08.120 0812 legalize opposition
08.121 0812 legalise opposition
08.122 0812 unban party
08.123 0812 unban TARGET
08.124 0812 allow opposition party
08.125 0812 allow party to
08.126 0812 register party
08.127 0812 lift ban on TARGET
08.128 0812 allow TARGET to run
08.129 0812 allow TARGET to contest
08.130 0812 reinstate TARGET
08.131 0812 restore political right
08.132 0812 lift ban on politician
08.133 0813 lift curfew
08.134 0813 lift curfew in TARGET
08.135 0813 ease curfew
08.136 0813 ease curfew in TARGET
08.137 0813 relax curfew
08.138 0813 shorten curfew
08.139 0813 end curfew
08.140 0813 end curfew in TARGET
08.141 0813 cancel curfew
08.142 0813 lift night curfew
08.143 0813 lifting of curfew ; noun
08.144 0814 lift state of emergency
08.145 0814 lift state of emergency in TARGET
08.146 0814 end state of emergency
08.147 0814 end state of emergency in TARGET
08.148 0814 lift emergency
08.149 0814 end emergency rule
08.150 0814 lift emergency rule
08.151 0814 lift martial law
08.152 0814 lift martial law in TARGET
08.153 0814 end martial law
08.154 0814 end martial law in TARGET
08.155 0814 revoke martial law
08.156 0814 revoke state of emergency
08.157 0814 ease state of emergency
08.158 0814 let state of emergency expire
08.159 0814 lifting of state of emergency ; noun
08.160 0814 lifting of martial law ; noun
08.161 082 ease crackdown on TARGET
08.162 082 end crackdown on TARGET
08.163 082 end crackdown
08.164 082 halt crackdown
08.165 082 stop crackdown
08.166 082 call off crackdown
08.167 082 call off protest
08.168 082 call off strike
08.169 082 call off demonstration
08.170 082 call off rally
08.171 082 call off march
08.172 082 call off boycott
08.173 082 end protest
08.174 082 end strike
08.175 082 end demonstration
08.176 082 end sit-in
08.177 082 end hunger strike
08.178 082 suspend strike
08.179 082 suspend protest
08.180 082 suspend demonstration
08.181 082 halt protest
08.182 082 halt strike
08.183 082 postpone strike
08.184 082 postpone protest
08.185 082 cancel protest
08.186 082 cancel strike
08.187 082 cancel rally
08.188 082 cancel demonstration
08.189 082 abandon protest
08.190 082 disperse peacefully
08.191 082 go back to work
08.192 082 return to work
08.193 082 lift siege
08.194 082 leave square
08.195 082 clear camp
08.196 083 accede to demand for reform
08.197 083 accept demand for reform
08.198 083 agree to reform
08.199 083 agree to demand for reform
08.200 083 implement reform
08.201 083 introduce reform
08.202 083 carry out reform
08.203 083 enact reform
08.204 083 adopt reform
08.205 083 undertake reform
08.206 083 approve reform
08.207 083 pass reform
08.208 083 grant reform
08.209 083 institute reform
08.210 083 launch reform
08.211 083 introduce political reform
08.212 083 introduce democratic reform
08.213 083 implementation of reform ; noun
08.214 0831 resign
08.215 0831 step down
08.216 0831 quit
08.217 0831 stand down
08.218 0831 leave office
08.219 0831 hand over power
08.220 0831 hand power to TARGET
08.221 0831 cede power
08.222 0831 transfer power to TARGET
08.223 0831 relinquish power
08.224 0831 give up power
08.225 0831 agree to step down
08.226 0831 agree to resign
08.227 0831 announce resignation
08.228 0831 tender resignation
08.229 0831 submit resignation
08.230 0831 offer resignation
08.231 0831 dismiss government
08.232 0831 dissolve government
08.233 0831 dissolve cabinet
08.234 0831 dissolve parliament
08.235 0831 call early election
08.236 0831 call snap election
08.237 0831 call election
08.238 0831 announce early election
08.239 0831 hold election
08.240 0831 hold free election
08.241 0831 hold democratic election
08.242 0831 reshuffle cabinet
08.243 0831 resignation of TARGET ; noun
08.244 0831 resignation ; noun
08.245 0832 change policy
08.246 0832 change course
08.247 0832 reverse course
08.248 0832 shift policy
08.249 0832 modify policy
08.250 0832 alter policy
08.251 0832 adjust policy
08.252 0832 abandon policy
08.253 0832 end policy
08.254 0832 scrap policy
08.255 0832 drop policy
08.256 0832 repeal law
08.257 0832 repeal decree
08.258 0832 revoke law
08.259 0832 revoke decree
08.260 0832 withdraw bill
08.261 0832 withdraw decree
08.262 0832 suspend law
08.263 0832 amend law
08.264 0832 accept demand for policy change
08.265 0832 reverse ban
08.266 0832 u-turn ; noun
08.267 0832 policy shift ; noun
08.268 0832 policy change ; noun
08.269 0833 grant right to TARGET
08.270 0833 grant right
08.271 0833 restore right
08.272 0833 restore right of TARGET
08.273 0833 extend right to TARGET
08.274 0833 grant citizenship
08.275 0833 grant citizenship to TARGET
08.276 0833 grant voting right
08.277 0833 give vote to
08.278 0833 grant autonomy to TARGET
08.279 0833 grant autonomy
08.280 0833 recognize right of TARGET
08.281 0833 recognise right of TARGET
08.282 0833 grant freedom of
08.283 0833 allow religious freedom
08.284 0833 grant equal right
08.285 0833 end discrimination against
08.286 0833 recognize language of
08.287 0833 allow minority
08.288 0834 adopt new constitution
08.289 0834 approve new constitution
08.290 0834 amend constitution
08.291 0834 change constitution
08.292 0834 rewrite constitution
08.293 0834 hold referendum
08.294 0834 hold referendum on
08.295 0834 approve referendum
08.296 0834 call referendum
08.297 0834 agree to referendum
08.298 0834 dissolve security service
08.299 0834 disband security service
08.300 0834 dissolve police
08.301 0834 establish independent judiciary
08.302 0834 reform judiciary
08.303 0834 reform electoral law
08.304 0834 adopt electoral reform
08.305 0834 restore parliament
08.306 0834 restore civilian rule
08.307 0834 return to civilian rule
08.308 0834 return power to civilian
08.309 0834 constitutional reform ; noun
08.310 084 return TARGET
08.311 084 return TARGET to
08.312 084 hand back TARGET
08.313 084 hand back
08.314 084 release TARGET
08.315 084 free TARGET
08.316 084 let go TARGET
08.317 084 set free TARGET
08.318 084 set TARGET free
08.319 084 release of TARGET ; noun
08.320 084 return of TARGET ; noun
08.321 0841 release prisoner
08.322 0841 release prisoner of TARGET
08.323 0841 release detainee
08.324 0841 release hostage
08.325 0841 release captive
08.326 0841 release soldier
08.327 0841 release journalist
08.328 0841 release activist
08.329 0841 release dissident
08.330 0841 release opposition leader
08.331 0841 release political prisoner
08.332 0841 free prisoner
08.333 0841 free hostage
08.334 0841 free detainee
08.335 0841 free captive
08.336 0841 free soldier
08.337 0841 free journalist
08.338 0841 free activist
08.339 0841 free political prisoner
08.340 0841 release TARGET from prison
08.341 0841 release TARGET from jail
08.342 0841 release TARGET from detention
08.343 0841 release TARGET from custody
08.344 0841 release TARGET on bail
08.345 0841 free TARGET from prison
08.346 0841 free TARGET from jail
08.347 0841 let go of hostage
08.348 0841 hand over hostage
08.349 0841 hand over prisoner
08.350 0841 hand over soldier
08.351 0841 hand over captive
08.352 0841 swap prisoner ; mutual
08.353 0841 exchange prisoner ; mutual
08.354 0841 exchange prisoner with TARGET
08.355 0841 repatriate TARGET
08.356 0841 repatriate prisoner
08.357 0841 repatriate refugee
08.358 0841 repatriate body
08.359 0841 return body
08.360 0841 return remains
08.361 0841 return prisoner
08.362 0841 return hostage
08.363 0841 pardon prisoner
08.364 0841 pardon and release
08.365 0841 prisoner release ; noun
08.366 0841 prisoner swap ; noun, mutual
08.367 0841 prisoner exchange ; noun
08.368 0841 release of prisoner ; noun
08.369 0841 release of hostage ; noun
08.370 0841 hostage release ; noun
08.371 0842 return property
08.372 0842 return land
08.373 0842 return land to TARGET
08.374 0842 return territory
08.375 0842 return territory to TARGET
08.376 0842 return island
08.377 0842 return ship
08.378 0842 return vessel
08.379 0842 return aircraft
08.380 0842 return plane
08.381 0842 return asset
08.382 0842 return seize property
08.383 0842 release ship
08.384 0842 release vessel
08.385 0842 release tanker
08.386 0842 release aircraft
08.387 0842 release seize property
08.388 0842 release frozen asset
08.389 0842 release fund
08.390 0842 unfreeze asset
08.391 0842 unfreeze fund
08.392 0842 unfreeze account
08.393 0842 hand back land
08.394 0842 hand back territory
08.395 0842 hand back property
08.396 0842 hand over territory
08.397 0842 cede territory
08.398 0842 cede land
08.399 0842 restore property
08.400 0842 compensate TARGET
08.401 0842 pay compensation to TARGET
08.402 0842 pay compensation
08.403 0842 pay reparation
08.404 0842 return of territory ; noun
08.405 0842 return of land ; noun
08.406 085 lift sanction on TARGET
08.407 085 lift sanction against TARGET
08.408 085 lift sanction
08.409 085 ease sanction on TARGET
08.410 085 ease sanction against TARGET
08.411 085 ease sanction
08.412 085 relax sanction on TARGET
08.413 085 relax sanction
08.414 085 loosen sanction
08.415 085 remove sanction on TARGET
08.416 085 remove sanction
08.417 085 end sanction on TARGET
08.418 085 end sanction
08.419 085 suspend sanction on TARGET
08.420 085 suspend sanction
08.421 085 waive sanction
08.422 085 waive sanction on TARGET
08.423 085 roll back sanction
08.424 085 scrap sanction
08.425 085 drop sanction
08.426 085 lift embargo on TARGET
08.427 085 lift embargo against TARGET
08.428 085 lift embargo
08.429 085 ease embargo
08.430 085 end embargo
08.431 085 end embargo on TARGET
08.432 085 relax embargo
08.433 085 suspend embargo
08.434 085 lift trade embargo
08.435 085 lift arm embargo
08.436 085 lift oil embargo
08.437 085 end boycott
08.438 085 end boycott of TARGET
08.439 085 lift boycott
08.440 085 call off boycott of TARGET
08.441 085 lift economic blockade
08.442 085 ease economic blockade
08.443 085 grant sanction relief
08.444 085 provide sanction relief
08.445 085 offer sanction relief
08.446 085 grant waiver
08.447 085 issue waiver
08.448 085 extend waiver
08.449 085 unblock trade
08.450 085 resume trade with TARGET
08.451 085 reopen trade with TARGET
08.452 085 lift tariff on TARGET
08.453 085 remove tariff on TARGET
08.454 085 lifting of sanction ; noun
08.455 085 lifting of sanction on TARGET ; noun
08.456 085 easing of sanction ; noun
08.457 085 sanction relief ; noun
08.458 085 relief from sanction ; noun
08.459 085 lifting of embargo ; noun
08.460 086 allow international involvement
08.461 086 allow foreign involvement
08.462 086 accept international involvement
08.463 086 allow international monitor
08.464 086 allow international observer
08.465 086 admit international observer
08.466 086 accept international observer
08.467 086 invite international observer
08.468 086 allow foreign observer
08.469 086 invite monitor
08.470 086 allow monitor
08.471 086 admit monitor
08.472 086 accept monitor
08.473 086 allow investigator
08.474 086 admit investigator
08.475 086 accept investigator
08.476 086 allow un team
08.477 086 allow team
08.478 086 admit team
08.479 086 grant access to TARGET
08.480 086 grant access
08.481 086 allow access to TARGET
08.482 086 allow access
08.483 086 open access to
08.484 086 permit access
08.485 086 allow entry to TARGET
08.486 086 allow TARGET into
08.487 086 let TARGET into
08.488 086 accept international role
08.489 086 accept foreign role
08.490 0861 accept peacekeeper
08.491 0861 accept peacekeeping force
08.492 0861 accept peacekeeping troop
08.493 0861 allow peacekeeper
08.494 0861 allow deployment of peacekeeper
08.495 0861 agree to deployment of peacekeeper
08.496 0861 accept deployment of peacekeeper
08.497 0861 accept deployment of force
08.498 0861 allow deployment of force
08.499 0861 welcome peacekeeper
08.500 0861 receive peacekeeper
08.501 0861 admit peacekeeper
08.502 0861 consent to deployment
08.503 0861 allow un force
08.504 0861 accept un force
08.505 0861 accept international force
08.506 0861 allow international force
08.507 0862 allow inspector
08.508 0862 admit inspector
08.509 0862 accept inspector
08.510 0862 receive inspector
08.511 0862 welcome inspector
08.512 0862 let inspector
08.513 0862 allow inspection
08.514 0862 accept inspection
08.515 0862 permit inspection
08.516 0862 allow inspection of
08.517 0862 grant inspector access
08.518 0862 give inspector access
08.519 0862 allow nuclear inspector
08.520 0862 admit nuclear inspector
08.521 0862 allow iaea inspector
08.522 0862 allow weapon inspector
08.523 0862 readmit inspector
08.524 0862 resume inspection
08.525 0862 resume cooperation with inspector
08.526 0862 allow snap inspection
08.527 0862 open site to inspector
08.528 0862 open site to inspection
08.529 0863 allow aid
08.530 0863 allow aid into
08.531 0863 allow aid to enter
08.532 0863 allow humanitarian aid
08.533 0863 allow delivery of aid
08.534 0863 allow delivery of humanitarian aid
08.535 0863 allow aid convoy
08.536 0863 allow aid agency
08.537 0863 allow aid worker
08.538 0863 let aid into
08.539 0863 let aid in
08.540 0863 admit aid
08.541 0863 permit aid
08.542 0863 permit aid delivery
08.543 0863 open crossing for aid
08.544 0863 open border crossing
08.545 0863 open crossing
08.546 0863 reopen crossing
08.547 0863 reopen border crossing
08.548 0863 open humanitarian corridor
08.549 0863 establish humanitarian corridor
08.550 0863 create humanitarian corridor
08.551 0863 grant humanitarian access
08.552 0863 allow humanitarian access
08.553 0863 grant access to aid agency
08.554 0863 humanitarian corridor ; noun
08.555 0863 humanitarian pause ; noun
08.556 087 de-escalate
08.557 087 de-escalate tension
08.558 087 de-escalate conflict
08.559 087 ease tension
08.560 087 ease tension with TARGET
08.561 087 defuse tension
08.562 087 defuse crisis
08.563 087 reduce tension
08.564 087 reduce tension with TARGET
08.565 087 lower tension
08.566 087 calm tension
08.567 087 scale back operation
08.568 087 scale back military operation
08.569 087 scale down operation
08.570 087 wind down operation
08.571 087 halt offensive
08.572 087 halt operation
08.573 087 halt attack
08.574 087 halt attack on TARGET
08.575 087 halt bombing
08.576 087 halt bombing of TARGET
08.577 087 halt air strike
08.578 087 halt airstrike
08.579 087 halt shelling
08.580 087 stop bombing
08.581 087 stop shelling
08.582 087 stop attack
08.583 087 suspend attack
08.584 087 suspend bombing
08.585 087 suspend air strike
08.586 087 suspend operation
08.587 087 suspend offensive
08.588 087 end offensive
08.589 087 end operation
08.590 087 end bombing
08.591 087 call off attack
08.592 087 call off offensive
08.593 087 pull back
08.594 087 pull back troop
08.595 087 pull back force
08.596 087 pull back from
08.597 087 reduce troop
08.598 087 reduce force
08.599 087 cut troop
08.600 087 downsize force
08.601 087 de-escalation ; noun
08.602 0871 declare ceasefire
08.603 0871 declare cease-fire
08.604 0871 declare truce
08.605 0871 announce ceasefire
08.606 0871 announce cease-fire
08.607 0871 announce truce
08.608 0356 agree to ceasefire ; mutual
08.609 0356 agree to cease-fire
08.610 0356 agree to truce ; mutual
08.611 0356 agree on ceasefire ; mutual
08.612 0871 agree on cease-fire
08.613 0871 agree on truce ; mutual
08.614 0871 accept ceasefire
08.615 0871 accept cease-fire
08.616 0871 accept truce
08.617 0871 observe ceasefire
08.618 0871 observe cease-fire
08.619 0871 observe truce
08.620 0871 respect ceasefire
08.621 0871 respect truce
08.622 0871 honor ceasefire
08.623 0871 honour ceasefire
08.624 0871 implement ceasefire
08.625 0871 extend ceasefire
08.626 0871 extend cease-fire
08.627 0871 extend truce
08.628 0871 reach ceasefire ; mutual
08.629 0871 reach cease-fire
08.630 0871 reach truce ; mutual
08.631 0871 call ceasefire
08.632 0871 call truce
08.633 0871 call cease-fire
08.634 0871 sign ceasefire agreement ; mutual
08.635 0871 sign truce ; mutual
08.636 0871 unilateral ceasefire ; noun
08.637 0871 ceasefire ; noun
08.638 0871 cease-fire ; noun
08.639 0871 truce ; noun
08.640 0871 armistice ; noun
08.641 0872 ease blockade
08.642 0872 ease blockade of TARGET
08.643 0872 lift blockade
08.644 0872 lift blockade of TARGET
08.645 0872 end blockade
08.646 0872 end blockade of TARGET
08.647 0872 lift naval blockade
08.648 0872 end naval blockade
08.649 0872 lift siege of TARGET
08.650 0872 end siege
08.651 0872 end siege of TARGET
08.652 0872 lift siege
08.653 0872 reopen port
08.654 0872 reopen airport
08.655 0872 reopen airspace
08.656 0872 reopen strait
08.657 0872 reopen border
08.658 0872 reopen border with TARGET
08.659 0872 open border with TARGET
08.660 0872 lift closure
08.661 0872 lifting of blockade ; noun
08.662 0872 lifting of siege ; noun
08.663 0873 demobilize
08.664 0873 demobilise
08.665 0873 demobilize troop
08.666 0873 demobilize force
08.667 0873 demobilize fighter
08.668 0873 demobilise fighter
08.669 0873 disarm
08.670 0873 disarm fighter
08.671 0873 disarm militia
08.672 0873 lay down arm
08.673 0873 lay down weapon
08.674 0873 hand over weapon
08.675 0873 hand in weapon
08.676 0873 surrender weapon
08.677 0873 give up weapon
08.678 0873 give up arm
08.679 0873 decommission weapon
08.680 0873 decommission arm
08.681 0873 destroy stockpile
08.682 0873 dismantle weapon
08.683 0873 dismantle arsenal
08.684 0873 dismantle nuclear program
08.685 0873 dismantle nuclear programme
08.686 0873 disband militia
08.687 0873 disband force
08.688 0873 disband army
08.689 0873 disband unit
08.690 0873 dissolve militia
08.691 0873 demobilization ; noun
08.692 0873 demobilisation ; noun
08.693 0873 disarmament ; noun
08.694 0874 withdraw from TARGET ; target
08.695 0874 withdraw troop from TARGET
08.696 0874 withdraw force from TARGET
08.697 0874 withdraw soldier from TARGET
08.698 0874 withdraw troop
08.699 0874 withdraw force
08.700 0874 withdraw soldier
08.701 0874 pull out of TARGET ; target
08.702 0874 pull out troop
08.703 0874 pull out force
08.704 0874 pull troop out of TARGET
08.705 0874 pull troop from TARGET
08.706 0874 pull force out of TARGET
08.707 0874 pull out
08.708 0874 retreat from TARGET ; target
08.709 0874 retreat
08.710 0874 surrender to TARGET ; target
08.711 0874 surrender
08.712 0874 evacuate base
08.713 0874 evacuate position
08.714 0874 abandon position
08.715 0874 abandon base
08.716 0874 hand over base
08.717 0874 hand over town
08.718 0874 hand over control of
08.719 0874 cede control of
08.720 0874 end occupation of TARGET
08.721 0874 end occupation
08.722 0874 end deployment
08.723 0874 complete withdrawal
08.724 0874 complete pullout
08.725 0874 begin withdrawal
08.726 0874 start withdrawal
08.727 0874 troop withdrawal from TARGET ; noun
08.728 0874 troop withdrawal ; noun
08.729 0874 military withdrawal ; noun
08.730 0874 pullout from TARGET ; noun
08.731 0874 pullout ; noun
08.732 0874 pull-out ; noun
08.733 0874 surrender ; noun
08.735 0814 ease emergency measure
08.736 0814 lift emergency measure
08.737 081 ease measure
08.738 081 cancel restriction
08.739 083 concede to demand
08.740 083 accede to demand
08.741 0872 lift * blockade
08.742 0872 ease * blockade
08.743 0872 end * blockade
08.744 0863 open border to
08.745 0863 reopen border to
08.746 0841 let free TARGET
08.747 0841 let go TARGET
08.748 0862 receive observer
08.749 0862 receive monitor
08.750 086 receive mission
08.751 0862 admit inspector
08.752 0862 admit observer
08.753 0874 withdrawal of force from TARGET ; noun
08.754 0874 withdrawal of troop from TARGET ; noun
08.755 0874 withdrawal of force ; noun
08.756 0874 withdrawal of troop ; noun
08.757 0874 pullout of troop from TARGET ; noun
08.758 0874 pullout of force from TARGET ; noun
08.759 080 meet * demand
08.760 080 give in to * demand
08.761 080 accept demand from TARGET
08.762 080 accept * demand from TARGET
08.763 080 agree to demand from TARGET
08.764 082 postpone demonstration
08.765 082 postpone rally
08.766 0842 return weapon
08.767 0842 return * weapon
08.768 0842 hand back weapon
08.769 0811 allow TARGET to hold (a) rally|protest|demonstration|march
08.770 0812 allow TARGET to participate in (the) election
08.771 0812 allow TARGET to run|contest|stand in (the) election
08.772 0812 allow TARGET to run for
08.773 0834 democratize TARGET
08.774 0834 democratise TARGET
08.775 087 end war|fighting|conflict|hostility|violence|bloodshed|insurgency
08.776 087 end war|fighting|conflict|hostility with TARGET
