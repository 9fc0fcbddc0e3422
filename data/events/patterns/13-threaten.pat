# 13 Threaten. Format: docs/patterns.md (ID CODE ELEMENTS [; flags]).
13.001 130 threaten TARGET
13.002 130 threaten
13.003 130 threaten to
13.004 130 threaten TARGET with
13.005 130 issue threat
13.006 130 issue threat against TARGET
13.007 130 issue threat to TARGET
13.008 130 make threat
13.009 130 make threat against TARGET
13.010 130 make threat to TARGET
13.011 130 warn of consequence
13.012 130 warn TARGET of consequence
13.013 130 warn of serious consequence
13.014 130 warn of dire consequence
13.015 130 warn of grave consequence
13.016 130 warn of retaliation
13.017 130 warn TARGET of retaliation
13.018 130 warn of retribution
13.019 130 warn of reprisal
13.020 130 warn of response
13.021 130 warn of strong response
13.022 130 warn of harsh response
13.023 130 warn of decisive response
13.024 130 warn TARGET not to
13.025 130 warn TARGET against
13.026 130 warn it will
13.027 130 warn it would
13.028 130 vow retaliation
13.029 130 vow to retaliate
13.030 130 vow to retaliate against TARGET
13.031 130 vow revenge
13.032 130 vow revenge against TARGET
13.033 130 vow to avenge
13.034 130 vow to take revenge
13.035 130 vow to punish TARGET
13.036 130 pledge revenge
13.037 130 pledge retaliation
13.038 130 promise revenge
13.039 130 promise retaliation
13.040 130 swear revenge
13.041 130 threaten retaliation
13.042 130 threaten revenge
13.043 130 threaten reprisal
13.044 130 threaten to retaliate
13.045 130 threaten to retaliate against TARGET
13.046 130 threaten to respond
13.047 130 threaten to punish TARGET
13.048 130 threaten to take action
13.049 130 threaten action
13.050 130 threaten action against TARGET
13.051 130 threaten to take measure
13.052 130 threaten measure against TARGET
13.053 130 threaten countermeasure
13.054 130 threaten to hit back
13.055 130 raise spectre of
13.056 130 raise specter of
13.057 130 hold out threat of
13.058 130 intimidate TARGET
13.059 130 menace TARGET
13.060 130 bully TARGET
13.061 130 browbeat TARGET
13.062 130 put pressure on TARGET
13.063 130 pressure TARGET
13.064 130 pressurize TARGET
13.065 130 threat to TARGET ; noun
13.066 130 threat against TARGET ; noun
13.067 130 threat from SOURCE ; noun
13.068 130 threat by SOURCE ; noun
13.069 130 threat ; noun
13.070 130 vow of revenge ; noun
13.071 130 vow of revenge from SOURCE ; noun
13.072 130 vow of retaliation ; noun
13.073 130 warning to TARGET ; noun
13.074 130 ultimatum ; noun
13.075 131 threaten non-military action
13.076 131 threaten non-military measure
13.077 131 threaten economic measure
13.078 131 threaten economic action
13.079 131 threaten economic consequence
13.080 131 threaten economic retaliation
13.081 131 threaten diplomatic consequence
13.082 131 threaten diplomatic measure
13.083 131 threaten diplomatic action
13.084 131 warn of economic consequence
13.085 131 warn of diplomatic consequence
13.086 131 warn of economic retaliation
13.087 131 threaten to cut
13.088 131 threaten to cut off
13.089 131 threaten to cut tie
13.090 131 threaten to withdraw support
13.091 131 threaten to withdraw backing
13.092 131 threaten to expel
13.093 131 threaten to expel TARGET
13.094 131 threaten to deport
13.095 131 threaten to close embassy
13.096 131 threaten to close border
13.097 131 threaten to shut border
13.098 131 threaten to freeze asset
13.099 131 threaten to seize asset
13.100 131 threaten to cut oil
13.101 131 threaten to cut gas
13.102 131 threaten to cut supply
13.103 131 threaten to halt supply
13.104 131 threaten to stop supply
13.105 131 threaten to halt export
13.106 131 threaten to ban import
13.107 131 threaten trade war
13.108 131 threaten tariff
13.109 131 threaten to impose tariff
13.110 131 threaten to raise tariff
13.111 131 threaten to quit
13.112 131 threaten to leave
13.113 131 threaten to pull out of
13.114 131 threaten to withdraw from
13.115 131 threaten to walk out
13.116 131 threaten to resign
13.117 1311 threaten to cut aid
13.118 1311 threaten to cut aid to TARGET
13.119 1311 threaten to cut off aid
13.120 1311 threaten to cut off aid to TARGET
13.121 1311 threaten to suspend aid
13.122 1311 threaten to suspend aid to TARGET
13.123 1311 threaten to halt aid
13.124 1311 threaten to stop aid
13.125 1311 threaten to withhold aid
13.126 1311 threaten to withdraw aid
13.127 1311 threaten to reduce aid
13.128 1311 threaten to end aid
13.129 1311 threaten to freeze aid
13.130 1311 threaten to cut funding
13.131 1311 threaten to cut off funding
13.132 1311 threaten to withhold funding
13.133 1311 threaten to withhold fund
13.134 1311 threaten to cut military aid
13.135 1311 threaten to suspend military aid
13.136 1311 threaten to halt arm
13.137 1311 threaten to stop arm
13.138 1311 threaten to halt weapon
13.139 1311 threaten to cut loan
13.140 1311 threaten to block loan
13.141 1311 threaten aid cut
13.142 1311 warn of aid cut
13.143 1312 threaten sanction
13.144 1312 threaten sanction against TARGET
13.145 1312 threaten sanction on TARGET
13.146 1312 threaten new sanction
13.147 1312 threaten more sanction
13.148 1312 threaten tough sanction
13.149 1312 threaten economic sanction
13.150 1312 threaten to impose sanction
13.151 1312 threaten to impose sanction on TARGET
13.152 1312 threaten to impose sanction against TARGET
13.153 1312 threaten to slap sanction on TARGET
13.154 1312 threaten to tighten sanction
13.155 1312 threaten to expand sanction
13.156 1312 threaten to sanction TARGET
13.157 1312 threaten to sanction
13.158 1312 threaten embargo
13.159 1312 threaten embargo against TARGET
13.160 1312 threaten to impose embargo
13.161 1312 threaten boycott
13.162 1312 threaten to boycott
13.163 1312 threaten to boycott TARGET
13.164 1312 threaten blacklist
13.165 1312 threaten to blacklist
13.166 1312 warn of sanction
13.167 1312 warn of new sanction
13.168 1312 warn of further sanction
13.169 1312 warn TARGET of sanction
13.170 1312 warn of embargo
13.171 1312 raise prospect of sanction
13.172 1312 hint at sanction
13.173 1312 threat of sanction ; noun
13.174 1312 sanction threat ; noun
13.175 1312 threat of embargo ; noun
13.176 1313 threaten to break relation
13.177 1313 threaten to break relation with TARGET
13.178 1313 threaten to break tie
13.179 1313 threaten to break tie with TARGET
13.180 1313 threaten to sever relation
13.181 1313 threaten to sever tie
13.182 1313 threaten to sever tie with TARGET
13.183 1313 threaten to cut relation
13.184 1313 threaten to cut tie with TARGET
13.185 1313 threaten to cut diplomatic tie
13.186 1313 threaten to downgrade relation
13.187 1313 threaten to downgrade tie
13.188 1313 threaten to recall ambassador
13.189 1313 threaten to expel ambassador
13.190 1313 threaten to expel diplomat
13.191 1313 threaten to close embassy in TARGET
13.192 1313 threaten to review relation
13.193 1313 threaten to reconsider relation
13.194 1313 threaten to reconsider tie
13.195 1313 warn of break in relation
13.196 1313 warn relation could suffer
13.197 1313 threat to sever tie ; noun
13.198 132 threaten administrative sanction
13.199 132 threaten to impose restriction
13.200 132 threaten restriction
13.201 132 threaten to restrict
13.202 132 threaten to arrest
13.203 132 threaten to arrest TARGET
13.204 132 threaten to detain
13.205 132 threaten to prosecute
13.206 132 threaten to prosecute TARGET
13.207 132 threaten legal action
13.208 132 threaten legal action against TARGET
13.209 132 threaten to sue
13.210 132 threaten to sue TARGET
13.211 132 threaten to take TARGET to court
13.212 132 threaten to jail
13.213 132 threaten prosecution
13.214 132 threaten arrest
13.215 132 threaten to revoke
13.216 132 threaten to revoke license
13.217 132 threaten to shut down
13.218 132 threaten to close
13.219 132 threaten to dissolve
13.220 132 threaten to fire
13.221 132 threaten to dismiss
13.222 1321 threaten to restrict freedom
13.223 1321 threaten to curb freedom
13.224 1321 threaten to censor
13.225 1321 threaten censorship
13.226 1321 threaten to shut down newspaper
13.227 1321 threaten to close newspaper
13.228 1321 threaten to ban newspaper
13.229 1321 threaten to block internet
13.230 1321 threaten to shut down internet
13.231 1321 threaten to restrict medium
13.232 1321 threaten to restrict press
13.233 1321 threaten to curb press
13.234 1321 threaten to ban protest
13.235 1321 threaten to ban rally
13.236 1321 threaten to ban demonstration
13.237 1322 threaten to ban party
13.238 1322 threaten to ban opposition
13.239 1322 threaten to outlaw party
13.240 1322 threaten to outlaw TARGET
13.241 1322 threaten to ban TARGET
13.242 1322 threaten to disqualify
13.243 1322 threaten to disqualify TARGET
13.244 1322 threaten to bar TARGET from
13.245 1322 threaten to dissolve party
13.246 1322 threaten to proscribe
13.247 1322 threaten to deregister
13.248 1323 threaten curfew
13.249 1323 threaten to impose curfew
13.250 1323 threaten to impose curfew on TARGET
13.251 1323 threaten to declare curfew
13.252 1323 threaten to extend curfew
13.253 1323 warn of curfew
13.254 1324 threaten state of emergency
13.255 1324 threaten to declare state of emergency
13.256 1324 threaten to impose state of emergency
13.257 1324 threaten to declare emergency
13.258 1324 threaten martial law
13.259 1324 threaten to impose martial law
13.260 1324 threaten to declare martial law
13.261 1324 threaten emergency rule
13.262 1324 threaten to impose emergency rule
13.263 1324 warn of state of emergency
13.264 1324 warn of martial law
13.265 133 threaten protest
13.266 133 threaten to protest
13.267 133 threaten to stage protest
13.268 133 threaten to hold protest
13.269 133 threaten demonstration
13.270 133 threaten to demonstrate
13.271 133 threaten to stage demonstration
13.272 133 threaten strike
13.273 133 threaten to strike
13.274 133 threaten to go on strike
13.275 133 threaten to stage strike
13.276 133 threaten general strike
13.277 133 threaten hunger strike
13.278 133 threaten to go on hunger strike
13.279 133 threaten to boycott election
13.280 133 threaten to boycott vote
13.281 133 threaten to boycott parliament
13.282 133 threaten to block
13.283 133 threaten to blockade
13.284 133 threaten to march
13.285 133 threaten to occupy
13.286 133 threaten unrest
13.287 133 threaten mass protest
13.288 133 threaten civil disobedience
13.289 133 threaten to take to the street
13.290 133 warn of protest
13.291 133 warn of unrest
13.292 133 warn of strike
13.293 133 warn of mass protest
13.294 133 threat of strike ; noun
13.295 133 strike threat ; noun
13.296 133 threat of protest ; noun
13.297 134 threaten to halt negotiation
13.298 134 threaten to halt talk
13.299 134 threaten to suspend talk
13.300 134 threaten to suspend negotiation
13.301 134 threaten to break off talk
13.302 134 threaten to break off negotiation
13.303 134 threaten to end talk
13.304 134 threaten to end negotiation
13.305 134 threaten to pull out of talk
13.306 134 threaten to quit talk
13.307 134 threaten to walk out of talk
13.308 134 threaten to walk away from talk
13.309 134 threaten to walk away from negotiation
13.310 134 threaten to boycott talk
13.311 134 threaten to abandon talk
13.312 134 threaten to abandon negotiation
13.313 134 threaten to cancel talk
13.314 134 threaten to freeze talk
13.315 134 warn talk could collapse
13.316 134 warn talk could fail
13.317 134 warn of collapse of talk
13.318 135 threaten to halt mediation
13.319 135 threaten to end mediation
13.320 135 threaten to suspend mediation
13.321 135 threaten to abandon mediation
13.322 135 threaten to withdraw from mediation
13.323 135 threaten to quit as mediator
13.324 135 threaten to end role as mediator
13.325 135 threaten to pull out of mediation
13.326 136 threaten to expel peacekeeper
13.327 136 threaten to expel inspector
13.328 136 threaten to expel monitor
13.329 136 threaten to expel observer
13.330 136 threaten to expel aid agency
13.331 136 threaten to expel aid worker
13.332 136 threaten to withdraw peacekeeper
13.333 136 threaten to pull peacekeeper
13.334 136 threaten to withdraw troop from mission
13.335 136 threaten to withdraw from mission
13.336 136 threaten to end mission
13.337 136 threaten to end mandate
13.338 136 threaten to end cooperation with inspector
13.339 136 threaten to end cooperation with iaea
13.340 136 threaten to suspend cooperation with TARGET
13.341 136 threaten to halt cooperation with TARGET
13.342 136 threaten to stop cooperation
13.343 136 threaten to suspend cooperation
13.344 136 threaten to bar inspector
13.345 136 threaten to expel TARGET mission
13.346 136 threaten to close office of
13.347 137 threaten crackdown
13.348 137 threaten crackdown on TARGET
13.349 137 threaten to crack down
13.350 137 threaten to crack down on TARGET
13.351 137 threaten violent crackdown
13.352 137 threaten to crush
13.353 137 threaten to crush TARGET
13.354 137 threaten to crush protest
13.355 137 threaten to crush rebellion
13.356 137 threaten to crush uprising
13.357 137 threaten to use force against protester
13.358 137 threaten to use force against demonstrator
13.359 137 threaten to disperse
13.360 137 threaten to disperse protester
13.361 137 threaten to open fire on
13.362 137 threaten to shoot
13.363 137 threaten to shoot protester
13.364 137 threaten repression
13.365 137 threaten to suppress
13.366 137 warn of crackdown
13.367 137 warn protester
13.368 137 warn demonstrator
13.369 137 threat of crackdown ; noun
13.370 138 threaten military action
13.371 138 threaten military action against TARGET
13.372 138 threaten to use force
13.373 138 threaten to use force against TARGET
13.374 138 threaten to use military force
13.375 138 threaten military force
13.376 138 threaten force
13.377 138 threaten war
13.378 138 threaten war with TARGET
13.379 138 threaten war against TARGET
13.380 138 threaten to go to war
13.381 138 threaten to go to war with TARGET
13.382 138 threaten to wage war
13.383 138 threaten to declare war
13.384 138 threaten military response
13.385 138 threaten military retaliation
13.386 138 threaten military strike
13.387 138 threaten armed response
13.388 138 threaten to intervene
13.389 138 threaten to intervene militarily
13.390 138 threaten military intervention
13.391 138 threaten intervention
13.392 138 threaten to send troop
13.393 138 threaten to deploy troop
13.394 138 threaten to mobilize
13.395 138 threaten TARGET with military action
13.396 138 threaten TARGET with force
13.397 138 threaten TARGET with war
13.398 138 threaten TARGET with military force
13.399 138 hint at military action
13.400 138 hint at military action against TARGET
13.401 138 hint at use of force
13.402 138 hint at force
13.403 138 hint at military option
13.404 138 hint at military strike
13.405 138 hint at strike
13.406 138 hint at war
13.407 138 warn of military action
13.408 138 warn of military action against TARGET
13.409 138 warn of military response
13.410 138 warn of military retaliation
13.411 138 warn of war
13.412 138 warn of war with TARGET
13.413 138 warn of use of force
13.414 138 warn of force
13.415 138 warn of strike
13.416 138 warn of military strike
13.417 138 warn of attack
13.418 138 warn of armed conflict
13.419 138 warn of armed response
13.420 138 raise possibility of military action
13.421 138 raise prospect of military action
13.422 138 raise possibility of military strike
13.423 138 raise prospect of war
13.424 138 not rule out military action
13.425 138 not rule out force
13.426 138 not rule out use of force
13.427 138 not rule out military option
13.428 138 refuse to rule out military action
13.429 138 refuse to rule out force
13.430 138 refuse to rule out use of force
13.431 138 keep military option on table
13.432 138 keep all option on table
13.433 138 all option on table
13.434 138 all option remain on table
13.435 138 military option remain on table
13.436 138 military option on table
13.437 138 consider military action
13.438 138 consider military option
13.439 138 consider use of force
13.440 138 weigh military action
13.441 138 weigh military option
13.442 138 contemplate military action
13.443 138 mull military action
13.444 138 prepare military option
13.445 138 military threat against TARGET ; noun
13.446 138 military threat to TARGET ; noun
13.447 138 military threat ; noun
13.448 138 threat of military action ; noun
13.449 138 threat of force ; noun
13.450 138 threat of war ; noun
13.451 138 threat of military force ; noun
13.452 138 threat of military strike ; noun
13.453 138 threat of attack ; noun
13.454 138 threat of military intervention ; noun
13.455 1381 threaten blockade
13.456 1381 threaten blockade of TARGET
13.457 1381 threaten to blockade TARGET
13.458 1381 threaten naval blockade
13.459 1381 threaten to impose blockade
13.460 1381 threaten to close strait
13.461 1381 threaten to close the strait
13.462 1381 threaten to block strait
13.463 1381 threaten to close port
13.464 1381 threaten to close airspace
13.465 1381 threaten to block shipping
13.466 1381 threaten to close sea lane
13.467 1381 threaten to cut off supply route
13.468 1381 threaten siege
13.469 1381 threaten to besiege
13.470 1381 threaten to lay siege
13.471 1381 warn of blockade
13.472 1381 threat of blockade ; noun
13.473 1382 threaten to occupy TARGET
13.474 1382 threaten to occupy
13.475 1382 threaten occupation
13.476 1382 threaten occupation of TARGET
13.477 1382 threaten to invade TARGET
13.478 1382 threaten to invade
13.479 1382 threaten invasion
13.480 1382 threaten invasion of TARGET
13.481 1382 threaten to annex
13.482 1382 threaten to annex TARGET
13.483 1382 threaten annexation
13.484 1382 threaten to seize territory
13.485 1382 threaten to take over
13.486 1382 threaten to march on
13.487 1382 threaten to capture
13.488 1382 threaten to retake
13.489 1382 warn of invasion
13.490 1382 threat of invasion ; noun
13.491 1382 threat of occupation ; noun
13.492 1383 threaten terrorist attack
13.493 1383 threaten to carry out attack
13.494 1383 threaten to carry out terrorist attack
13.495 1383 threaten suicide attack
13.496 1383 threaten bombing
13.497 1383 threaten to bomb
13.498 1383 threaten to kill
13.499 1383 threaten to kill TARGET
13.500 1383 threaten to kill hostage
13.501 1383 threaten to execute
13.502 1383 threaten to execute hostage
13.503 1383 threaten to behead
13.504 1383 threaten to assassinate
13.505 1383 threaten to assassinate TARGET
13.506 1383 threaten to kidnap
13.507 1383 threaten to abduct
13.508 1383 threaten to blow up
13.509 1383 threaten to strike at TARGET
13.510 1383 threaten to strike TARGET
13.511 1383 threaten to target TARGET
13.512 1383 threaten to target
13.513 1383 threaten attack on TARGET
13.514 1383 threaten attack against TARGET
13.515 1383 threaten attack
13.516 1383 threaten jihad
13.517 1383 threaten holy war
13.518 1383 issue death threat
13.519 1383 issue death threat against TARGET
13.520 1383 make death threat
13.521 1383 send death threat
13.522 1383 death threat against TARGET ; noun
13.523 1383 death threat ; noun
13.524 1383 terror threat ; noun
13.525 1384 threaten to attack
13.526 1384 threaten to attack TARGET
13.527 1384 threaten to launch attack
13.528 1384 threaten to launch attack on TARGET
13.529 1384 threaten to launch strike
13.530 1384 threaten to launch offensive
13.531 1384 threaten offensive
13.532 1384 threaten offensive against TARGET
13.533 1384 threaten to strike
13.534 1384 threaten air strike
13.535 1384 threaten airstrike
13.536 1384 threaten air strike on TARGET
13.537 1384 threaten to shell
13.538 1384 threaten to shell TARGET
13.539 1384 threaten to bombard
13.540 1384 threaten to bombard TARGET
13.541 1384 threaten to fire on
13.542 1384 threaten to fire at
13.543 1384 threaten to fire missile
13.544 1384 threaten to fire rocket
13.545 1384 threaten missile strike
13.546 1384 threaten missile attack
13.547 1384 threaten rocket attack
13.548 1384 threaten to shoot down
13.549 1384 threaten to sink
13.550 1384 threaten to destroy
13.551 1384 threaten to destroy TARGET
13.552 1384 threaten to wipe out
13.553 1384 threaten to wipe TARGET off map
13.554 1384 threaten to flatten
13.555 1384 threaten to raze
13.556 1384 threaten to level
13.557 1384 threaten to hit
13.558 1384 threaten to hit TARGET
13.559 1384 threaten to retaliate militarily
13.560 1384 threaten to respond militarily
13.561 1384 threaten to respond with force
13.562 1384 threaten to respond with military force
13.563 1384 warn of air strike
13.564 1384 warn of airstrike
13.565 1384 warn of missile strike
13.566 1384 warn it could strike
13.567 1384 warn it could attack
13.568 1384 threat of air strike ; noun
13.569 1384 threat of airstrike ; noun
13.570 1384 threat of missile strike ; noun
13.571 1385 threaten nuclear attack
13.572 1385 threaten nuclear strike
13.573 1385 threaten nuclear war
13.574 1385 threaten to use nuclear weapon
13.575 1385 threaten to use nuclear
13.576 1385 threaten nuclear retaliation
13.577 1385 threaten nuclear response
13.578 1385 threaten to nuke
13.579 1385 threaten to use chemical weapon
13.580 1385 threaten to use biological weapon
13.581 1385 threaten to use weapon of mass destruction
13.582 1385 threaten chemical attack
13.583 1385 threaten chemical weapon
13.584 1385 threaten biological attack
13.585 1385 threaten to unleash nuclear
13.586 1385 threaten nuclear annihilation
13.587 1385 threaten to obliterate
13.588 1385 warn of nuclear war
13.589 1385 warn of nuclear response
13.590 1385 warn of nuclear retaliation
13.591 1385 raise spectre of nuclear war
13.592 1385 nuclear threat ; noun
13.593 1385 threat of nuclear war ; noun
13.594 1385 threat of nuclear attack ; noun
13.595 139 give ultimatum
13.596 139 give ultimatum to TARGET
13.597 139 give TARGET ultimatum
13.598 139 issue ultimatum
13.599 139 issue ultimatum to TARGET
13.600 139 deliver ultimatum
13.601 139 deliver ultimatum to TARGET
13.602 139 present ultimatum
13.603 139 present ultimatum to TARGET
13.604 139 set deadline for TARGET
13.605 139 set deadline
13.606 139 give TARGET deadline
13.607 139 give deadline
13.608 139 give TARGET hour to
13.609 139 give TARGET day to
13.610 139 give TARGET week to
13.611 139 impose deadline
13.612 139 set final deadline
13.613 139 ultimatum to TARGET ; noun
13.614 139 final ultimatum ; noun
13.615 139 deadline for TARGET ; noun
# The giver, critic or sender named after "from" is the source; the clause subject is the target.
13.616 130 receive threat from SOURCE
13.617 130 face threat from SOURCE
