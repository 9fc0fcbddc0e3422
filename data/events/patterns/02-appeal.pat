# 02 Appeal. Format: docs/patterns.md (ID CODE ELEMENTS [; flags]).
02.001 020 appeal to TARGET
02.002 020 make appeal to TARGET
02.003 020 issue appeal to TARGET
02.004 020 launch appeal
02.005 020 plead with TARGET
02.006 020 implore TARGET
02.007 020 beseech TARGET
02.008 020 request TARGET
02.009 020 ask TARGET for
02.010 020 petition TARGET
02.011 020 call on TARGET
02.012 020 call upon TARGET
02.013 020 urge TARGET
02.014 020 press TARGET
02.015 020 appeal by SOURCE ; noun
02.016 020 plea to TARGET ; noun
02.017 020 plea from SOURCE ; noun
02.018 020 request from SOURCE ; noun
02.019 020 request to TARGET ; noun
02.020 021 appeal for cooperation
02.021 021 call for cooperation
02.022 021 ask for cooperation
02.023 021 seek cooperation with|from TARGET
02.024 021 request cooperation
02.025 021 urge cooperation
02.026 021 appeal for economic cooperation
02.027 021 call for economic cooperation
02.028 021 seek economic cooperation
02.029 021 seek investment from TARGET
02.030 021 appeal for investment
02.031 021 call for investment
02.032 021 seek trade deal with TARGET
02.033 021 seek trade tie with TARGET
02.034 021 seek closer economic tie with TARGET
02.035 021 appeal for military cooperation
02.036 021 seek military cooperation
02.037 021 seek defense cooperation
02.038 021 seek defence cooperation
02.039 021 seek security cooperation
02.040 021 request extradition of
02.041 021 seek extradition of
02.042 021 ask for extradition
02.043 021 call for extradition
02.044 021 appeal for judicial cooperation
02.045 021 seek judicial cooperation
02.046 021 seek legal assistance
02.047 021 request intelligence
02.048 021 seek intelligence
02.049 021 ask for intelligence
02.050 021 seek information from TARGET
02.051 021 request information from TARGET
02.052 0211 appeal for trade
02.053 0211 seek trade with TARGET
02.054 0211 seek economic tie with TARGET
02.055 0211 seek economic partnership
02.056 0212 seek arm from TARGET
02.057 0212 seek weapon from TARGET
02.058 0212 seek military partnership
02.059 0212 seek defense pact
02.060 0212 seek defence pact
02.061 0212 seek military alliance
02.062 0213 request extradition
02.063 0213 seek extradition
02.064 0213 request handover of
02.065 0213 seek handover of
02.066 0214 ask for intelligence sharing
02.067 0214 seek intelligence sharing
02.068 022 appeal for support
02.069 022 ask for support
02.070 022 seek support from TARGET
02.071 022 seek support of TARGET
02.072 022 seek backing from|of TARGET
02.073 022 request support
02.074 022 call for support
02.075 022 solicit support
02.076 022 lobby TARGET
02.077 022 lobby for
02.078 022 lobby TARGET for support
02.079 022 seek endorsement
02.080 022 seek recognition
02.081 022 seek recognition from TARGET
02.082 022 request recognition
02.083 022 appeal for recognition
02.084 022 seek diplomatic support
02.085 022 seek political support
02.086 022 seek help of TARGET
02.087 022 seek help from TARGET
02.088 022 ask for help
02.089 022 ask TARGET for help
02.090 022 seek solidarity
02.091 022 appeal for solidarity
02.092 022 call for solidarity
02.093 022 seek membership in|of
02.094 022 apply for membership
02.095 022 bid for membership
02.096 022 seek to join
02.097 022 seek admission to
02.098 023 appeal for aid
02.099 023 appeal for assistance
02.100 023 appeal for help
02.101 023 ask for aid
02.102 023 ask for assistance
02.103 023 ask TARGET for aid
02.104 023 ask TARGET for assistance
02.105 023 request aid
02.106 023 request assistance
02.107 023 seek aid
02.108 023 seek assistance
02.109 023 seek aid from TARGET
02.110 023 seek assistance from TARGET
02.111 023 call for aid
02.112 023 call for assistance
02.113 023 plead for aid
02.114 023 plead for help
02.115 023 plead for assistance
02.116 023 appeal for fund
02.117 023 seek fund
02.118 023 seek funding
02.119 023 request fund
02.120 023 request funding
02.121 023 appeal for donation
02.122 023 appeal for relief
02.123 023 call for relief
02.124 023 seek relief aid
02.125 023 appeal for international aid
02.126 023 appeal for international help
02.127 023 appeal for international assistance
02.128 023 aid appeal ; noun
02.129 023 request for aid ; noun
02.130 023 request for assistance ; noun
02.131 023 appeal for aid ; noun
02.132 0231 appeal for economic aid
02.133 0231 appeal for financial aid
02.134 0231 appeal for financial assistance
02.135 0231 appeal for economic assistance
02.136 0231 ask for loan
02.137 0231 seek loan
02.138 0231 seek loan from TARGET
02.139 0231 request loan
02.140 0231 seek credit
02.141 0231 seek bailout
02.142 0231 request bailout
02.143 0231 ask for bailout
02.144 0231 seek financial aid
02.145 0231 seek financial assistance
02.146 0231 seek economic aid
02.147 0231 seek economic assistance
02.148 0231 request financial aid
02.149 0231 request economic aid
02.150 0231 ask for financial aid
02.151 0231 ask for money
02.152 0231 seek debt relief
02.153 0231 request debt relief
02.154 0231 appeal for debt relief
02.155 0231 call for debt relief
02.156 0231 seek grant
02.157 0232 appeal for military aid
02.158 0232 appeal for military assistance
02.159 0232 seek military aid
02.160 0232 seek military assistance
02.161 0232 request military aid
02.162 0232 request military assistance
02.163 0232 ask for military aid
02.164 0232 ask for weapon
02.165 0232 ask for arm
02.166 0232 seek weapon
02.167 0232 seek arm
02.168 0232 request weapon
02.169 0232 request arm
02.170 0232 appeal for weapon
02.171 0232 appeal for arm
02.172 0232 seek military equipment
02.173 0232 seek air defense
02.174 0232 seek air defence
02.175 0233 appeal for humanitarian aid
02.176 0233 appeal for humanitarian assistance
02.177 0233 appeal for food aid
02.178 0233 appeal for food
02.179 0233 appeal for medicine
02.180 0233 appeal for medical aid
02.181 0233 seek humanitarian aid
02.182 0233 seek humanitarian assistance
02.183 0233 seek food aid
02.184 0233 request humanitarian aid
02.185 0233 request food aid
02.186 0233 request medical aid
02.187 0233 ask for humanitarian aid
02.188 0233 ask for food
02.189 0233 call for humanitarian aid
02.190 0233 call for humanitarian assistance
02.191 0233 appeal for emergency aid
02.192 0233 appeal for disaster relief
02.193 0234 appeal for peacekeeper
02.194 0234 appeal for peacekeeping force
02.195 0234 appeal for protection
02.196 0234 ask for peacekeeper
02.197 0234 ask for protection
02.198 0234 seek protection
02.199 0234 seek protection from TARGET
02.200 0234 request protection
02.201 0234 request peacekeeper
02.202 0234 request peacekeeping force
02.203 0234 call for peacekeeper
02.204 0234 call for peacekeeping force
02.205 0234 call for international force
02.206 0234 call for deployment of peacekeeper
02.207 0234 seek deployment of peacekeeper
02.208 0234 request deployment of troop
02.209 0234 ask for troop
02.210 0234 seek security guarantee
02.211 0234 seek security guarantee from TARGET
02.212 0234 request security guarantee
02.213 024 appeal for reform
02.214 024 call for reform
02.215 024 urge reform
02.216 024 call for political reform
02.217 024 appeal for political reform
02.218 024 urge political reform
02.219 024 call for democratic reform
02.220 024 urge democratic reform
02.221 024 call for democracy
02.222 024 appeal for democracy
02.223 024 press for reform
02.224 024 push for reform
02.225 0241 call for resignation of TARGET
02.226 0241 call for TARGET to resign
02.227 0241 call for TARGET to step down
02.228 0241 urge TARGET to resign
02.229 0241 urge TARGET to step down
02.230 0241 ask TARGET to resign
02.231 0241 ask TARGET to step down
02.232 0241 call for new election
02.233 0241 call for early election
02.234 0241 call for snap election
02.235 0241 urge early election
02.236 0241 call for change of leadership
02.237 0241 call for leadership change
02.238 0241 call for new government
02.239 0241 call for change of government
02.240 0242 call for policy change
02.241 0242 call for change in policy
02.242 0242 urge change in policy
02.243 0242 urge policy change
02.244 0242 appeal for change in policy
02.245 0242 call for change of policy
02.246 0242 urge TARGET to change policy
02.247 0242 urge TARGET to reconsider
02.248 0242 call on TARGET to reconsider
02.249 0242 ask TARGET to reconsider
02.250 0242 urge TARGET to reverse
02.251 0242 call on TARGET to reverse
02.252 0242 urge TARGET to abandon
02.253 0242 call on TARGET to abandon
02.254 0242 urge TARGET to scrap
02.255 0242 call for review of policy
02.256 0243 call for respect for human right
02.257 0243 call for respect of human right
02.258 0243 urge respect for human right
02.259 0243 appeal for right
02.260 0243 call for right
02.261 0243 call for equal right
02.262 0243 call for freedom of
02.263 0243 urge freedom of
02.264 0243 call for press freedom
02.265 0243 call for religious freedom
02.266 0243 call for minority right
02.267 0243 call for protection of civilian
02.268 0243 urge protection of civilian
02.269 0243 call on TARGET to respect human right
02.270 0243 urge TARGET to respect human right
02.271 0243 urge TARGET to protect civilian
02.272 0244 call for new constitution
02.273 0244 call for constitutional reform
02.274 0244 call for constitutional change
02.275 0244 urge constitutional reform
02.276 0244 call for regime change
02.277 0244 call for change of regime
02.278 0244 call for independent judiciary
02.279 0244 call for electoral reform
02.280 0244 urge electoral reform
02.281 025 call for restraint
02.282 025 urge restraint
02.283 025 appeal for restraint
02.284 025 call on TARGET to show restraint
02.285 025 urge TARGET to show restraint
02.286 025 urge TARGET to exercise restraint
02.287 025 call on TARGET to exercise restraint
02.288 025 appeal for calm
02.289 025 call for calm
02.290 025 urge calm
02.291 025 urge TARGET to back down
02.292 025 call on TARGET to back down
02.293 025 urge TARGET to give up
02.294 025 urge TARGET to yield
02.295 025 call for compromise
02.296 025 urge compromise
02.297 025 urge TARGET to compromise
02.298 025 urge TARGET to make concession
02.299 025 call on TARGET to make concession
02.300 025 call for concession
02.301 0251 call for lifting of curfew
02.302 0251 call for end to state of emergency
02.303 0251 call for lifting of state of emergency
02.304 0251 call for lifting of ban
02.305 0251 urge lifting of ban
02.306 0251 call for end to martial law
02.307 0251 call for lifting of martial law
02.308 0251 urge TARGET to lift ban
02.309 0251 urge TARGET to lift curfew
02.310 0251 urge TARGET to lift state of emergency
02.311 0251 call for lifting of travel ban
02.312 0251 call for lifting of restriction
02.313 0251 urge easing of restriction
02.314 0252 call on protester to
02.315 0252 urge protester to
02.316 0252 urge demonstrator to
02.317 0252 call on demonstrator to
02.318 0252 urge TARGET to end protest
02.319 0252 call on TARGET to end protest
02.320 0252 urge TARGET to end strike
02.321 0252 call on TARGET to end strike
02.322 0252 call for end to protest
02.323 0252 call for end to strike
02.324 0252 urge striker to return
02.325 0253 call for release of TARGET
02.326 0253 call for TARGET to be release
02.327 0253 urge release of TARGET
02.328 0253 appeal for release of TARGET
02.329 0253 ask for release of TARGET
02.330 0253 seek release of TARGET
02.331 0253 press for release of TARGET
02.332 0253 push for release of TARGET
02.333 0253 plead for release of TARGET
02.334 0253 request release of TARGET
02.335 0253 call for freedom for TARGET
02.336 0253 urge TARGET to release
02.337 0253 call on TARGET to release
02.338 0253 ask TARGET to release
02.339 0253 appeal to TARGET to release
02.340 0253 urge TARGET to free
02.341 0253 call on TARGET to free
02.342 0253 call for return of
02.343 0253 seek return of
02.344 0253 ask for return of
02.345 0253 request return of
02.346 0253 call for repatriation of
02.347 0253 seek repatriation of
02.348 0253 appeal for return of
02.349 0253 call for handover of
02.350 0254 call for lifting of sanction
02.351 0254 call for lifting of sanction on TARGET
02.352 0254 call for easing of sanction
02.353 0254 call for end to sanction
02.354 0254 call for end to embargo
02.355 0254 call for lifting of embargo
02.356 0254 urge lifting of sanction
02.357 0254 urge lifting of embargo
02.358 0254 appeal for lifting of sanction
02.359 0254 appeal for sanction relief
02.360 0254 seek sanction relief
02.361 0254 seek easing of sanction
02.362 0254 seek lifting of sanction
02.363 0254 seek end to sanction
02.364 0254 seek end to embargo
02.365 0254 ask for sanction relief
02.366 0254 ask for lifting of sanction
02.367 0254 urge TARGET to lift sanction
02.368 0254 call on TARGET to lift sanction
02.369 0254 urge TARGET to ease sanction
02.370 0254 call on TARGET to ease sanction
02.371 0254 urge TARGET to lift embargo
02.372 0254 call on TARGET to lift embargo
02.373 0254 urge TARGET to end embargo
02.374 0254 call for end to blockade
02.375 0254 call for lifting of blockade
02.376 0254 urge lifting of blockade
02.377 0255 call for international monitor
02.378 0255 urge TARGET to allow inspector
02.379 0255 call on TARGET to allow inspector
02.380 0255 urge TARGET to admit inspector
02.381 0255 call on TARGET to admit inspector
02.382 0255 urge TARGET to accept peacekeeper
02.383 0255 call on TARGET to accept peacekeeper
02.384 0255 urge TARGET to allow aid
02.385 0255 call on TARGET to allow aid
02.386 0255 call for access for aid
02.387 0255 call for humanitarian access
02.388 0255 urge humanitarian access
02.389 0255 appeal for humanitarian access
02.390 0255 call for unhindered access
02.391 0255 urge TARGET to allow access
02.392 0255 call on TARGET to allow access
02.393 0255 urge TARGET to cooperate with inspector
02.394 0255 call on TARGET to cooperate with inspector
02.395 0256 call for ceasefire
02.396 0256 call for cease-fire
02.397 0256 call for truce
02.398 0256 urge ceasefire
02.399 0256 urge cease-fire
02.400 0256 urge truce
02.401 0256 appeal for ceasefire
02.402 0256 appeal for cease-fire
02.403 0256 appeal for truce
02.404 0256 plead for ceasefire
02.405 0256 call for end to fighting
02.406 0256 call for end to violence
02.407 0256 call for end to hostility
02.408 0256 call for end to war
02.409 0256 call for halt to fighting
02.410 0256 call for halt to attack
02.411 0256 call for cessation of hostility
02.412 0256 call for de-escalation
02.413 0256 urge de-escalation
02.414 0256 appeal for de-escalation
02.415 0256 call for withdrawal of troop
02.416 0256 call for troop withdrawal
02.417 0256 urge withdrawal of troop
02.418 0256 call for withdrawal from
02.419 0256 urge TARGET to withdraw
02.420 0256 call on TARGET to withdraw
02.421 0256 urge TARGET to pull out
02.422 0256 call on TARGET to pull out
02.423 0256 urge TARGET to stop fighting
02.424 0256 call on TARGET to stop fighting
02.425 0256 urge TARGET to halt attack
02.426 0256 call on TARGET to halt attack
02.427 0256 urge TARGET to stop attack
02.428 0256 call on TARGET to stop attack
02.429 0256 urge TARGET to de-escalate
02.430 0256 call on TARGET to de-escalate
02.431 0256 urge TARGET to lay down arm
02.432 0256 call on TARGET to lay down arm
02.433 0256 call for demilitarization
02.434 0256 call for disarmament
02.435 0256 urge disarmament
02.436 026 call for talk
02.437 026 call for talk with TARGET
02.438 026 call for negotiation
02.439 026 call for negotiation with TARGET
02.440 026 call for dialogue
02.441 026 call for dialogue with TARGET
02.442 026 urge talk
02.443 026 urge negotiation
02.444 026 urge dialogue
02.445 026 appeal for talk
02.446 026 appeal for dialogue
02.447 026 appeal for negotiation
02.448 026 propose talk
02.449 026 propose talk with TARGET
02.450 026 propose negotiation
02.451 026 propose meeting
02.452 026 propose meeting with TARGET
02.453 026 propose summit
02.454 026 propose dialogue
02.455 026 invite TARGET to talk
02.456 026 invite TARGET for talk
02.457 026 invite TARGET to negotiation
02.458 026 invite TARGET to summit
02.459 026 invite TARGET to visit
02.460 026 invite TARGET to meeting
02.461 026 invite TARGET to join talk
02.462 026 urge TARGET to negotiate
02.463 026 urge TARGET to resume talk
02.464 026 urge TARGET to return to talk
02.465 026 urge TARGET to return to negotiation
02.466 026 call on TARGET to resume talk
02.467 026 call on TARGET to return to talk
02.468 026 call on TARGET to negotiate
02.469 026 call on TARGET to hold talk
02.470 026 urge TARGET to hold talk
02.471 026 urge TARGET to sit down
02.472 026 urge TARGET to engage in dialogue
02.473 026 call on TARGET to engage in dialogue
02.474 026 call for resumption of talk
02.475 026 call for resumption of negotiation
02.476 026 urge resumption of talk
02.477 026 offer talk with TARGET
02.478 026 offer of talk ; noun
02.479 026 invitation to TARGET ; noun
02.480 026 invitation to talk ; noun
02.481 026 proposal for talk ; noun
02.482 026 call for talk ; noun
02.483 026 call for dialogue ; noun
02.484 027 call for peaceful solution
02.485 027 call for peaceful settlement
02.486 027 call for political solution
02.487 027 call for negotiated settlement
02.488 027 call for diplomatic solution
02.489 027 urge peaceful solution
02.490 027 urge peaceful settlement
02.491 027 urge political solution
02.492 027 urge diplomatic solution
02.493 027 urge negotiated solution
02.494 027 urge TARGET to settle
02.495 027 urge TARGET to resolve
02.496 027 call on TARGET to settle
02.497 027 call on TARGET to resolve
02.498 027 urge TARGET to reach agreement
02.499 027 call on TARGET to reach agreement
02.500 027 urge TARGET to make peace
02.501 027 call on TARGET to make peace
02.502 027 call for peace
02.503 027 appeal for peace
02.504 027 urge peace
02.505 027 call for reconciliation
02.506 027 urge reconciliation
02.507 027 appeal for reconciliation
02.508 027 call for peace deal
02.509 027 urge peace deal
02.510 027 call for resolution of
02.511 027 call for settlement of
02.512 028 call for mediation
02.513 028 urge mediation
02.514 028 appeal for mediation
02.515 028 ask for mediation
02.516 028 seek mediation
02.517 028 request mediation
02.518 028 ask TARGET to mediate
02.519 028 urge TARGET to mediate
02.520 028 call on TARGET to mediate
02.521 028 invite TARGET to mediate
02.522 028 ask TARGET to intervene
02.523 028 urge TARGET to intervene
02.524 028 call on TARGET to intervene
02.525 028 urge TARGET to accept mediation
02.526 028 call on TARGET to accept mediation
02.527 028 call for international mediation
02.528 028 seek international mediation
02.529 028 call for third-party mediation
02.530 028 seek good office of TARGET
02.531 028 request good office
# The giver, critic or sender named after "from" is the source; the clause subject is the target.
02.532 020 receive appeal from SOURCE
02.533 020 receive request from SOURCE
02.534 020 receive plea from SOURCE
02.535 020 push TARGET for
02.536 020 press TARGET for
02.537 020 lobby TARGET for
02.538 020 pressure TARGET for
