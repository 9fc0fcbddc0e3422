# 17 Coerce. Format: docs/patterns.md (ID CODE ELEMENTS [; flags]).
17.001 170 coerce TARGET
17.002 170 coerce
17.003 170 force TARGET to
17.004 170 compel TARGET to
17.005 170 pressure TARGET into
17.006 170 pressure TARGET to
17.007 170 blackmail TARGET
17.008 170 extort
17.009 170 extort TARGET
17.010 170 crack down on TARGET
17.011 170 crack down
17.012 170 launch crackdown on TARGET
17.013 170 launch crackdown
17.014 170 step up crackdown
17.015 170 intensify crackdown
17.016 170 harass TARGET
17.017 170 harass
17.018 170 intimidate
17.019 170 persecute TARGET
17.020 170 persecute
17.021 170 repress TARGET
17.022 170 oppress TARGET
17.023 170 oppress
17.024 170 crackdown on TARGET ; noun
17.025 170 crackdown ; noun
17.026 170 harassment of TARGET ; noun
17.027 170 persecution of TARGET ; noun
17.028 170 coercion ; noun
17.029 171 seize TARGET
17.030 171 seize
17.031 171 seize property
17.032 171 seize land
17.033 171 seize ship
17.034 171 seize vessel
17.035 171 seize tanker
17.036 171 seize cargo
17.037 171 seize aircraft
17.038 171 seize plane
17.039 171 seize asset
17.040 171 seize weapon
17.041 171 confiscate TARGET
17.042 171 confiscate
17.043 171 impound
17.044 171 impound ship
17.045 171 commandeer
17.046 171 expropriate
17.047 171 nationalize
17.048 171 nationalise
17.049 171 nationalize company
17.050 171 nationalize asset
17.051 171 appropriate land
17.052 171 raid
17.053 171 raid office
17.054 171 raid office of TARGET
17.055 171 raid home of TARGET
17.056 171 raid headquarters
17.057 171 raid headquarters of TARGET
17.058 171 storm office
17.059 171 storm headquarters
17.060 171 loot property
17.061 171 plunder
17.062 171 damage property
17.063 171 vandalize property
17.064 171 seizure of TARGET ; noun
17.065 171 seizure ; noun
17.066 171 confiscation ; noun
17.067 171 raid on TARGET ; noun
17.068 1711 confiscate property
17.069 1711 confiscate land
17.070 1711 confiscate asset
17.071 1711 confiscate passport
17.072 1711 confiscate document
17.073 1711 confiscate weapon
17.074 1711 confiscate equipment
17.075 1711 confiscate vehicle
17.076 1711 confiscate newspaper
17.077 1711 confiscate film
17.078 1711 confiscate camera
17.079 1711 confiscate good
17.080 1711 seize property of TARGET
17.081 1711 seize land of TARGET
17.082 1711 seize asset of TARGET
17.083 1711 seize passport
17.084 1711 seize document
17.085 1711 seize newspaper
17.086 1711 seize equipment
17.087 1711 impound vehicle
17.088 1711 impound aircraft
17.089 1711 expropriate land
17.090 1711 expropriate property
17.091 1711 expropriate asset
17.092 1711 confiscation of property ; noun
17.093 1711 confiscation of land ; noun
17.094 1712 destroy property
17.095 1712 destroy house
17.096 1712 destroy home
17.097 1712 destroy building
17.098 1712 destroy office
17.099 1712 destroy crop
17.100 1712 destroy field
17.101 1712 destroy village
17.102 1712 destroy infrastructure
17.103 1712 destroy bridge
17.104 1712 destroy power line
17.105 1712 demolish
17.106 1712 demolish house
17.107 1712 demolish home
17.108 1712 demolish building
17.109 1712 demolish TARGET
17.110 1712 bulldoze
17.111 1712 bulldoze house
17.112 1712 bulldoze home
17.113 1712 raze house
17.114 1712 raze village
17.115 1712 raze home
17.116 1712 burn house
17.117 1712 burn home
17.118 1712 burn down house
17.119 1712 burn down home
17.120 1712 burn down
17.121 1712 burn village
17.122 1712 burn building
17.123 1712 burn office
17.124 1712 torch house
17.125 1712 torch home
17.126 1712 torch building
17.127 1712 torch office
17.128 1712 torch village
17.129 1712 set fire to
17.130 1712 set fire to house
17.131 1712 set fire to office
17.132 1712 set fire to building
17.133 1712 set ablaze
17.134 1712 blow up power line
17.135 1712 blow up bridge
17.136 1712 blow up pipeline
17.137 1712 blow up building
17.138 1712 blow up house
17.139 1712 blow up railway
17.140 1712 sabotage
17.141 1712 sabotage pipeline
17.142 1712 sabotage power line
17.143 1712 vandalize
17.144 1712 wreck
17.145 1712 smash
17.146 1712 ransack office
17.147 1712 ransack house
17.148 1712 ransack home
17.149 1712 destruction of property ; noun
17.150 1712 demolition of TARGET ; noun
17.151 1712 demolition ; noun
17.152 1712 arson ; noun
17.153 1712 sabotage ; noun
17.154 172 impose restriction on TARGET
17.155 172 impose restriction
17.156 172 restrict TARGET
17.157 172 restrict
17.158 172 place restriction on TARGET
17.159 172 impose administrative sanction
17.160 172 impose travel ban
17.161 172 impose travel ban on TARGET
17.162 172 impose travel restriction
17.163 172 impose visa restriction
17.164 172 impose visa ban
17.165 172 ban TARGET from travel
17.166 172 bar TARGET from travel
17.167 172 ban TARGET from leave
17.168 172 revoke license
17.169 172 revoke license of TARGET
17.170 172 revoke licence
17.171 172 revoke permit
17.172 172 revoke accreditation
17.173 172 revoke citizenship
17.174 172 revoke citizenship of TARGET
17.175 172 strip TARGET of citizenship
17.176 172 strip of citizenship
17.177 172 revoke passport
17.178 172 cancel passport
17.179 172 confiscate passport of TARGET
17.180 172 withdraw accreditation
17.181 172 shut down
17.182 172 shut down office
17.183 172 close down
17.184 172 close down office
17.185 172 suspend license
17.186 172 freeze account
17.187 172 freeze bank account
17.188 172 put TARGET under house arrest
17.189 172 place TARGET under house arrest
17.190 172 place under house arrest
17.191 172 put under house arrest
17.192 172 impose house arrest
17.193 172 confine TARGET to
17.194 172 restrict movement of TARGET
17.195 172 restrict movement
17.196 172 restrict access to
17.197 172 impose closure
17.198 172 impose closure on TARGET
17.199 172 seal off
17.200 172 seal off TARGET
17.201 172 cordon off
17.202 172 close border
17.203 172 close border with TARGET
17.204 172 shut border
17.205 172 shut border with TARGET
17.206 172 close crossing
17.207 172 restriction on TARGET ; noun
17.208 172 travel ban ; noun
17.209 172 house arrest ; noun
17.210 1721 restrict freedom of
17.211 1721 restrict press freedom
17.212 1721 restrict freedom of speech
17.213 1721 restrict freedom of assembly
17.214 1721 curb freedom
17.215 1721 curb press freedom
17.216 1721 curtail freedom
17.217 1721 curtail press freedom
17.218 1721 censor
17.219 1721 censor TARGET
17.220 1721 censor medium
17.221 1721 censor press
17.222 1721 censor newspaper
17.223 1721 impose censorship
17.224 1721 impose censorship on TARGET
17.225 1721 impose medium restriction
17.226 1721 impose press restriction
17.227 1721 impose restriction on medium
17.228 1721 impose restriction on press
17.229 1721 impose restriction on journalist
17.230 1721 shut down newspaper
17.231 1721 shut down TARGET newspaper
17.232 1721 close newspaper
17.233 1721 close down newspaper
17.234 1721 suspend newspaper
17.235 1721 ban newspaper
17.236 1721 ban publication
17.237 1721 shut down television
17.238 1721 shut down station
17.239 1721 close television station
17.240 1721 close radio station
17.241 1721 take off air
17.242 1721 block website
17.243 1721 block internet
17.244 1721 block social medium
17.245 1721 block access to internet
17.246 1721 shut down internet
17.247 1721 cut internet
17.248 1721 cut internet access
17.249 1721 cut off internet
17.250 1721 impose internet blackout
17.251 1721 impose media blackout
17.252 1721 jam broadcast
17.253 1721 ban protest
17.254 1721 ban rally
17.255 1721 ban demonstration
17.256 1721 ban gathering
17.257 1721 ban public gathering
17.258 1721 ban march
17.259 1721 outlaw protest
17.260 1721 outlaw demonstration
17.261 1721 prohibit protest
17.262 1721 prohibit demonstration
17.263 1721 prohibit rally
17.264 1721 prohibit gathering
17.265 1721 forbid protest
17.266 1721 forbid demonstration
17.267 1721 outlaw TARGET organization
17.268 1721 outlaw organization
17.269 1721 outlaw organisation
17.270 1721 outlaw TARGET
17.271 1721 ban organization
17.272 1721 ban organisation
17.273 1721 ban group
17.274 1721 ban TARGET group
17.275 1721 proscribe
17.276 1721 proscribe TARGET
17.277 1721 proscribe group
17.278 1721 designate as terrorist organization
17.279 1721 ban book
17.280 1721 ban film
17.281 1721 ban union
17.282 1721 ban ngo
17.283 1721 dissolve ngo
17.284 1721 dissolve union
17.285 1721 censorship ; noun
17.286 1721 media blackout ; noun
17.287 1721 internet blackout ; noun
17.288 1721 internet shutdown ; noun
17.289 1721 ban on protest ; noun
17.290 1721 ban on demonstration ; noun
17.291 1722 ban party
17.292 1722 ban political party
17.293 1722 ban opposition party
17.294 1722 ban opposition
17.295 1722 ban TARGET party
17.296 1722 ban TARGET from politics
17.297 1722 ban TARGET from run
17.298 1722 ban TARGET from contest
17.299 1722 ban TARGET from hold office
17.300 1722 ban TARGET from election
17.301 1722 bar TARGET from run
17.302 1722 bar TARGET from election
17.303 1722 bar TARGET from contest
17.304 1722 bar TARGET from politics
17.305 1722 bar TARGET from hold office
17.306 1722 bar candidate
17.307 1722 bar opposition candidate
17.308 1722 disqualify TARGET
17.309 1722 disqualify candidate
17.310 1722 disqualify opposition candidate
17.311 1722 disqualify
17.312 1722 outlaw party
17.313 1722 outlaw political party
17.314 1722 outlaw opposition party
17.315 1722 dissolve party
17.316 1722 dissolve opposition party
17.317 1722 dissolve TARGET party
17.318 1722 deregister party
17.319 1722 suspend party
17.320 1722 suspend activity of party
17.321 1722 strip TARGET of immunity
17.322 1722 lift immunity of TARGET
17.323 1722 impeach TARGET
17.324 1722 impeach
17.325 1722 oust TARGET from parliament
17.326 1722 expel TARGET from parliament
17.327 1722 expel TARGET from party
17.328 1722 ban on party ; noun
17.329 1722 ban on opposition ; noun
17.330 1722 disqualification of TARGET ; noun
17.331 1722 impeachment of TARGET ; noun
17.332 1723 impose curfew
17.333 1723 impose curfew on TARGET
17.334 1723 impose curfew in TARGET
17.335 1723 declare curfew
17.336 1723 declare curfew in TARGET
17.337 1723 order curfew
17.338 1723 announce curfew
17.339 1723 enforce curfew
17.340 1723 extend curfew to
17.341 1723 put under curfew
17.342 1723 place under curfew
17.343 1723 place TARGET under curfew
17.344 1723 put TARGET under curfew
17.345 1723 impose night curfew
17.346 1723 impose round-the-clock curfew
17.347 1723 impose 24-hour curfew
17.348 1723 impose dusk-to-dawn curfew
17.349 1723 curfew on TARGET ; noun
17.350 1723 curfew in TARGET ; noun
17.351 1723 curfew ; noun
17.352 1724 declare state of emergency
17.353 1724 declare state of emergency in TARGET
17.354 1724 impose state of emergency
17.355 1724 impose state of emergency in TARGET
17.356 1724 announce state of emergency
17.357 1724 proclaim state of emergency
17.358 1724 declare emergency
17.359 1724 declare emergency in TARGET
17.360 1724 impose emergency rule
17.361 1724 impose emergency rule in TARGET
17.362 1724 declare emergency rule
17.363 1724 declare martial law
17.364 1724 declare martial law in TARGET
17.365 1724 impose martial law
17.366 1724 impose martial law in TARGET
17.367 1724 proclaim martial law
17.368 1724 place TARGET under martial law
17.369 1724 put under martial law
17.370 1724 place under martial law
17.371 1724 place under state of emergency
17.372 1724 invoke emergency power
17.373 1724 assume emergency power
17.374 1724 suspend constitution
17.375 1724 dissolve parliament by decree
17.376 1724 rule by decree
17.377 1724 state of emergency ; noun
17.378 1724 martial law ; noun
17.379 1724 emergency rule ; noun
17.380 173 arrest TARGET
17.381 173 arrest
17.382 173 detain TARGET
17.383 173 detain
17.384 173 take TARGET into custody
17.385 173 take into custody
17.386 173 round up TARGET
17.387 173 round up
17.388 173 apprehend TARGET
17.389 173 apprehend
17.390 173 capture TARGET
17.391 173 nab TARGET
17.392 173 seize TARGET suspect
17.393 173 jail TARGET
17.394 173 jail
17.395 173 imprison TARGET
17.396 173 imprison
17.397 173 incarcerate TARGET
17.398 173 put TARGET in jail
17.399 173 put TARGET behind bar
17.400 173 throw TARGET in jail
17.401 173 throw TARGET into jail
17.402 173 lock up TARGET
17.403 173 lock up
17.404 173 intern TARGET
17.405 173 charge TARGET ; verb
17.406 173 charge TARGET with
17.407 173 indict TARGET
17.408 173 indict
17.409 173 prosecute TARGET
17.410 173 prosecute
17.411 173 put TARGET on trial
17.412 173 put on trial
17.413 173 try TARGET
17.414 173 try TARGET for
17.415 173 bring charge against TARGET
17.416 173 bring charge
17.417 173 file charge against TARGET
17.418 173 file charge
17.419 173 press charge against TARGET
17.420 173 press charge
17.421 173 issue arrest warrant for TARGET
17.422 173 issue arrest warrant
17.423 173 issue warrant for arrest of TARGET
17.424 173 issue warrant for TARGET
17.425 173 issue warrant
17.426 173 issue international arrest warrant
17.427 173 seek arrest of TARGET
17.428 173 order arrest of TARGET
17.429 173 order arrest
17.430 173 order detention of TARGET
17.431 173 summon TARGET for questioning
17.432 173 summon TARGET to court
17.433 173 remand TARGET in custody
17.434 173 remand in custody
17.435 173 extend detention
17.436 173 sentence TARGET to prison
17.437 173 arrest of TARGET ; noun
17.438 173 arrest ; noun
17.439 173 detention of TARGET ; noun
17.440 173 detention ; noun
17.441 173 indictment of TARGET ; noun
17.442 173 indictment ; noun
17.443 173 arrest warrant for TARGET ; noun
17.444 173 arrest warrant ; noun
17.445 173 trial of TARGET ; noun
17.446 173 prosecution of TARGET ; noun
17.447 174 expel TARGET
17.448 174 expel
17.449 174 deport TARGET
17.450 174 deport
17.451 174 expel TARGET national
17.452 174 expel TARGET citizen
17.453 174 expel foreigner
17.454 174 expel foreign national
17.455 174 expel foreign worker
17.456 174 expel migrant
17.457 174 expel refugee
17.458 174 deport migrant
17.459 174 deport refugee
17.460 174 deport asylum seeker
17.461 174 deport foreigner
17.462 174 deport TARGET national
17.463 174 deport TARGET citizen
17.464 174 deport TARGET to
17.465 174 send back TARGET
17.466 174 send back migrant
17.467 174 send back refugee
17.468 174 repatriate forcibly
17.469 174 forcibly return
17.470 174 forcibly repatriate
17.471 174 push back migrant
17.472 174 push back refugee
17.473 174 turn back migrant
17.474 174 turn back refugee
17.475 174 turn back boat
17.476 174 order out of
17.477 174 order TARGET out of
17.478 174 order TARGET to leave country
17.479 174 banish TARGET
17.480 174 banish
17.481 174 exile TARGET
17.482 174 exile
17.483 174 send into exile
17.484 174 force into exile
17.485 174 kick out TARGET
17.486 174 throw out TARGET
17.487 174 drive out TARGET
17.488 174 evict TARGET
17.489 174 evict
17.490 174 expel journalist
17.491 174 deportation of TARGET ; noun
17.492 174 deportation ; noun
17.493 174 expulsion of TARGET national ; noun
17.494 174 eviction ; noun
17.495 175 use tear gas
17.496 175 use tear gas on TARGET
17.497 175 use tear gas against TARGET
17.498 175 fire tear gas
17.499 175 fire tear gas at TARGET
17.500 175 fire teargas
17.501 175 lob tear gas
17.502 175 use water cannon
17.503 175 use water cannon on TARGET
17.504 175 use water cannon against TARGET
17.505 175 fire water cannon
17.506 175 fire rubber bullet
17.507 175 fire rubber bullet at TARGET
17.508 175 fire plastic bullet
17.509 175 use rubber bullet
17.510 175 fire on protester
17.511 175 fire on demonstrator
17.512 175 fire at protester
17.513 175 fire at demonstrator
17.514 175 open fire on protester
17.515 175 open fire on demonstrator
17.516 175 open fire on crowd
17.517 175 shoot protester
17.518 175 shoot demonstrator
17.519 175 shoot at protester
17.520 175 shoot at demonstrator
17.521 175 disperse protester
17.522 175 disperse demonstrator
17.523 175 disperse crowd
17.524 175 disperse protest
17.525 175 disperse demonstration
17.526 175 disperse rally
17.527 175 break up protest
17.528 175 break up demonstration
17.529 175 break up rally
17.530 175 break up march
17.531 175 break up meeting
17.532 175 beat protester
17.533 175 beat demonstrator
17.534 175 club protester
17.535 175 baton-charge
17.536 175 baton charge
17.537 175 charge at protester
17.538 175 charge protester
17.539 175 charge demonstrator
17.540 175 clear protester
17.541 175 clear square
17.542 175 crush protest
17.543 175 crush demonstration
17.544 175 crush uprising
17.545 175 crush rebellion
17.546 175 crush revolt
17.547 175 crush dissent
17.548 175 suppress protest
17.549 175 suppress demonstration
17.550 175 suppress uprising
17.551 175 suppress rebellion
17.552 175 suppress dissent
17.553 175 quell protest
17.554 175 quell demonstration
17.555 175 quell riot
17.556 175 quell unrest
17.557 175 quell uprising
17.558 175 put down protest
17.559 175 put down uprising
17.560 175 put down rebellion
17.561 175 put down revolt
17.562 175 put down riot
17.563 175 violently disperse
17.564 175 violent crackdown ; noun
17.565 175 brutal crackdown ; noun
17.566 175 bloody crackdown ; noun
17.567 175 crackdown on protester ; noun
17.568 175 crackdown on demonstrator ; noun
17.569 175 crackdown on protest ; noun
17.570 175 crackdown on dissent ; noun
17.571 175 crackdown on opposition ; noun
17.572 175 repression of TARGET ; noun
17.573 175 repression ; noun
17.574 176 hack TARGET
17.575 176 hack
17.576 176 hack into
17.577 176 hack into TARGET
17.578 176 launch cyber attack
17.579 176 launch cyberattack
17.580 176 launch cyber attack on TARGET
17.581 176 launch cyberattack on TARGET
17.582 176 launch cyber attack against TARGET
17.583 176 launch cyberattack against TARGET
17.584 176 carry out cyber attack
17.585 176 carry out cyberattack
17.586 176 conduct cyber attack
17.587 176 conduct cyberattack
17.588 176 mount cyber attack
17.589 176 stage cyber attack
17.590 176 cyber attack on TARGET ; noun
17.591 176 cyberattack on TARGET ; noun
17.592 176 cyber attack against TARGET ; noun
17.593 176 cyberattack against TARGET ; noun
17.594 176 cyber attack ; noun
17.595 176 cyberattack ; noun
17.596 176 cyber-attack ; noun
17.597 176 hacking ; noun
17.598 176 hack ; noun
17.599 176 data breach ; noun
17.600 176 ransomware attack ; noun
17.601 176 deface website
17.602 176 take down website
17.603 176 disable website
17.604 176 shut down website
17.605 176 launch denial of service attack
17.606 176 ddos attack ; noun
17.607 176 infect with malware
17.608 176 plant malware
17.609 176 steal data
17.610 176 steal data from TARGET
17.611 176 breach network
17.612 176 breach system
17.613 176 breach computer
# The giver, critic or sender named after "from" is the source; the clause subject is the target.
17.614 170 face pressure from SOURCE
17.615 170 come under pressure from SOURCE ; undergone
17.616 170 be under pressure from SOURCE ; undergone
17.617 1722 ban TARGET from
17.618 1722 ban candidate
17.619 1722 ban opposition candidate
17.620 1721 prevent demonstration
17.621 1721 prevent protest
17.622 1721 prevent rally
17.623 1721 suspend publication
17.625 1723 reimpose curfew
17.626 176 deface web site
17.627 176 deface site
17.628 176 deface * site
17.629 176 deface * website
17.630 176 hack * website
17.631 176 hack * computer
17.632 174 force out TARGET
17.634 174 push out TARGET
17.635 174 force TARGET from their home
17.636 1712 burn TARGET building|office|headquarters|station|embassy|consulate|home|house ; target
17.637 1712 torch TARGET building|office|headquarters|station|embassy|consulate|home|house ; target
17.638 1712 set fire to TARGET building|office|headquarters|station|embassy|consulate|home|house ; target
17.639 171 intercept * shipment|cargo|consignment|tanker|freighter
