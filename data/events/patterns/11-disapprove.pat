# 11 Disapprove. Format: docs/patterns.md (ID CODE ELEMENTS [; flags]).
11.001 110 disapprove of TARGET
11.002 110 disapprove
11.003 110 object to TARGET
11.004 110 object to
11.005 110 express disapproval of TARGET
11.006 110 voice disapproval
11.007 110 express displeasure with|at|over TARGET
11.008 110 voice displeasure
11.009 110 express dissatisfaction with TARGET
11.010 110 express unhappiness with TARGET
11.011 110 express reservation about
11.012 110 express opposition to TARGET
11.013 110 voice opposition to TARGET
11.014 110 oppose TARGET
11.015 110 oppose
11.016 110 frown on
11.017 110 take issue with TARGET
11.018 110 disagree with TARGET
11.019 110 differ with TARGET
11.020 110 be at odd with TARGET
11.021 110 at odd with TARGET
11.022 110 clash with TARGET over
11.023 110 question TARGET
11.024 110 challenge TARGET
11.025 110 dispute
11.026 110 contest
11.027 110 raise objection
11.028 110 lodge objection
11.029 110 warn TARGET against
11.030 110 warn TARGET
11.031 110 warn
11.032 110 caution TARGET against
11.033 110 caution TARGET
11.034 110 express anger at
11.035 110 express outrage at
11.036 110 voice anger
11.037 110 angry at|with TARGET
11.038 110 unhappy with TARGET
11.039 110 dismay at
11.040 110 express dismay
11.041 110 express shock at
11.042 110 see TARGET as threat
11.043 110 describe TARGET as crime
11.044 110 describe as crime
11.045 110 call TARGET crime
11.046 110 opposition to TARGET ; noun
11.047 110 objection to TARGET ; noun
11.048 110 disapproval of TARGET ; noun
11.049 111 criticize TARGET
11.050 111 criticise TARGET
11.051 111 criticize
11.052 111 criticise
11.053 111 condemn TARGET
11.054 111 condemn
11.055 111 denounce TARGET
11.056 111 denounce
11.057 111 decry TARGET
11.058 111 decry
11.059 111 deplore TARGET
11.060 111 deplore
11.061 111 censure TARGET
11.062 111 censure
11.063 111 rebuke TARGET
11.064 111 reprimand TARGET
11.065 111 admonish TARGET
11.066 111 chastise TARGET
11.067 111 castigate TARGET
11.068 111 berate TARGET
11.069 111 slam TARGET
11.070 111 slam
11.071 111 blast TARGET
11.072 111 lambaste TARGET
11.073 111 lash out at TARGET
11.074 111 hit out at TARGET
11.076 111 attack TARGET verbally
11.077 111 rail against TARGET
11.078 111 assail TARGET
11.079 111 excoriate TARGET
11.080 111 scold TARGET
11.081 111 ridicule TARGET
11.082 111 mock TARGET
11.083 111 deride TARGET
11.084 111 insult TARGET
11.085 111 vilify TARGET
11.086 111 disparage TARGET
11.087 111 belittle TARGET
11.088 111 scorn TARGET
11.089 111 brand TARGET
11.090 111 label TARGET
11.091 111 call TARGET terrorist
11.092 111 call TARGET enemy
11.093 111 brand TARGET terrorist
11.094 111 brand TARGET as
11.095 111 label TARGET as
11.096 111 describe TARGET as terrorist
11.097 111 describe TARGET as enemy
11.098 111 liken TARGET to
11.099 111 compare TARGET to hitler
11.100 111 express criticism of TARGET
11.101 111 voice criticism of TARGET
11.102 111 draw criticism from
11.103 111 come under criticism from
11.104 111 come under fire from SOURCE ; undergone
11.105 111 come under attack from SOURCE ; undergone
11.106 111 face criticism from SOURCE
11.107 111 issue condemnation
11.108 111 express condemnation
11.109 111 strongly condemn
11.110 111 bitterly criticize
11.111 111 sharply criticize
11.112 111 sharply criticise
11.113 111 criticism of TARGET ; noun
11.114 111 criticism from SOURCE ; noun
11.115 111 condemnation of TARGET ; noun
11.116 111 condemnation by SOURCE ; noun
11.117 111 denunciation of TARGET ; noun
11.118 112 accuse TARGET
11.119 112 accuse TARGET of
11.120 112 accuse
11.121 112 charge that
11.122 112 allege that
11.123 112 allege
11.124 112 claim that TARGET
11.125 112 blame TARGET
11.126 112 blame TARGET for
11.127 112 blame
11.128 112 hold TARGET responsible
11.129 112 hold TARGET responsible for
11.130 112 hold TARGET accountable
11.131 112 point finger at TARGET
11.132 112 point the finger at TARGET
11.133 112 lay blame on TARGET
11.134 112 put blame on TARGET
11.135 112 cast blame on TARGET
11.136 112 implicate TARGET
11.137 112 finger TARGET
11.138 112 suspect TARGET of
11.139 112 say TARGET be behind
11.140 112 say TARGET be responsible
11.141 112 say TARGET be to blame
11.142 112 say that TARGET be behind
11.143 112 make accusation against TARGET
11.144 112 level accusation against TARGET
11.145 112 level charge against TARGET
11.146 112 level allegation against TARGET
11.147 112 make allegation against TARGET
11.148 112 make claim against TARGET
11.149 112 trade accusation with TARGET
11.150 112 trade accusation ; mutual
11.151 112 exchange accusation ; mutual
11.152 112 trade blame ; mutual
11.153 112 report that TARGET
11.154 112 accusation against TARGET ; noun
11.155 112 accusation from SOURCE ; noun
11.156 112 allegation against TARGET ; noun
11.157 112 accusation ; noun
11.158 112 allegation ; noun
11.159 1121 accuse TARGET of corruption
11.160 1121 accuse TARGET of fraud
11.161 1121 accuse TARGET of crime
11.162 1121 accuse TARGET of murder
11.163 1121 accuse TARGET of theft
11.164 1121 accuse TARGET of bribery
11.165 1121 accuse TARGET of embezzlement
11.166 1121 accuse TARGET of smuggling
11.167 1121 accuse TARGET of money laundering
11.168 1121 accuse TARGET of terrorism
11.169 1121 accuse TARGET of support terrorism
11.170 1121 accuse TARGET of sponsor terrorism
11.171 1121 accuse TARGET of fund terrorism
11.172 1121 accuse TARGET of drug trafficking
11.173 1121 accuse TARGET of rig election
11.174 1121 accuse TARGET of election fraud
11.175 1121 accuse TARGET of vote rigging
11.176 1121 accuse TARGET of violate
11.177 1121 accuse TARGET of breach
11.178 1121 accuse TARGET of break law
11.179 1121 accuse TARGET of illegal
11.180 1121 charge TARGET with corruption
11.181 1121 charge TARGET with fraud
11.182 1121 allege corruption
11.183 1121 allege fraud
11.184 1121 allege vote rigging
11.185 1121 allege election fraud
11.186 1121 accuse TARGET of lie
11.187 1121 accuse TARGET of lying
11.188 1121 accuse TARGET of cheat
11.189 1121 blame TARGET for fraud
11.190 1121 corruption allegation ; noun
11.191 1121 corruption charge ; noun
11.192 1121 fraud allegation ; noun
11.193 1122 accuse TARGET of human right abuse
11.194 1122 accuse TARGET of human right violation
11.195 1122 accuse TARGET of abuse
11.196 1122 accuse TARGET of torture
11.197 1122 accuse TARGET of persecution
11.198 1122 accuse TARGET of persecute
11.199 1122 accuse TARGET of discrimination
11.200 1122 accuse TARGET of discriminate
11.201 1122 accuse TARGET of repression
11.202 1122 accuse TARGET of repress
11.203 1122 accuse TARGET of mistreatment
11.204 1122 accuse TARGET of mistreat
11.205 1122 accuse TARGET of ill-treatment
11.206 1122 accuse TARGET of arbitrary detention
11.207 1122 accuse TARGET of disappearance
11.208 1122 accuse TARGET of kill civilian
11.209 1122 accuse TARGET of target civilian
11.210 1122 accuse TARGET of brutality
11.211 1122 accuse TARGET of police brutality
11.212 1122 accuse TARGET of suppress
11.213 1122 accuse TARGET of crackdown
11.214 1122 allege torture
11.215 1122 allege abuse
11.216 1122 allege human right abuse
11.217 1122 report human right abuse
11.218 1122 report abuse
11.219 1122 report torture
11.220 1122 document abuse by TARGET
11.221 1122 human right abuse by TARGET ; noun
11.222 1122 abuse by TARGET ; noun
11.223 1123 accuse TARGET of aggression
11.224 1123 accuse TARGET of attack
11.225 1123 accuse TARGET of launch attack
11.226 1123 accuse TARGET of carry out attack
11.227 1123 accuse TARGET of invade
11.228 1123 accuse TARGET of invasion
11.229 1123 accuse TARGET of occupation
11.230 1123 accuse TARGET of occupy
11.231 1123 accuse TARGET of violate ceasefire
11.232 1123 accuse TARGET of violate truce
11.233 1123 accuse TARGET of violate airspace
11.234 1123 accuse TARGET of violate border
11.235 1123 accuse TARGET of violate sovereignty
11.236 1123 accuse TARGET of provocation
11.237 1123 accuse TARGET of provoke
11.238 1123 accuse TARGET of incursion
11.239 1123 accuse TARGET of shelling
11.240 1123 accuse TARGET of shell
11.241 1123 accuse TARGET of bomb
11.242 1123 accuse TARGET of bombing
11.243 1123 accuse TARGET of fire
11.244 1123 accuse TARGET of arm
11.245 1123 accuse TARGET of arming
11.246 1123 accuse TARGET of support rebel
11.247 1123 accuse TARGET of back rebel
11.248 1123 accuse TARGET of arm rebel
11.249 1123 accuse TARGET of train rebel
11.250 1123 accuse TARGET of interfere
11.251 1123 accuse TARGET of interference
11.252 1123 accuse TARGET of meddle
11.253 1123 accuse TARGET of meddling
11.254 1123 accuse TARGET of destabilize
11.255 1123 accuse TARGET of escalate
11.256 1123 accuse TARGET of escalation
11.257 1123 accuse TARGET of plot
11.258 1123 accuse TARGET of plan attack
11.259 1123 accuse TARGET of threaten
11.260 1123 blame TARGET for attack
11.261 1123 blame TARGET for bombing
11.262 1123 blame TARGET for shelling
11.263 1123 blame TARGET for violence
11.264 1123 blame TARGET for clash
11.265 1123 blame TARGET for escalation
11.266 1123 blame TARGET for tension
11.267 1123 blame TARGET for war
11.268 1123 blame TARGET for conflict
11.269 1123 blame TARGET for crisis
11.270 1123 blame TARGET for incident
11.271 1123 blame TARGET for killing
11.272 1123 blame TARGET for death
11.273 1123 hold TARGET responsible for attack
11.274 1123 hold TARGET responsible for death
11.275 1123 hold TARGET responsible for killing
11.276 1123 allege violation of ceasefire
11.277 1123 allege incursion
11.278 1123 allege attack
11.279 1123 accuse TARGET of aggression ; noun
11.280 1124 accuse TARGET of war crime
11.281 1124 accuse TARGET of war crimes
11.282 1124 accuse TARGET of genocide
11.283 1124 accuse TARGET of crime against humanity
11.284 1124 accuse TARGET of ethnic cleansing
11.285 1124 accuse TARGET of massacre
11.286 1124 accuse TARGET of atrocity
11.287 1124 accuse TARGET of atrocities
11.288 1124 accuse TARGET of use chemical weapon
11.289 1124 accuse TARGET of use of chemical weapon
11.290 1124 accuse TARGET of mass killing
11.291 1124 accuse TARGET of commit war crime
11.292 1124 accuse TARGET of commit genocide
11.293 1124 accuse TARGET of commit atrocity
11.294 1124 accuse TARGET of commit massacre
11.295 1124 charge TARGET with war crime
11.296 1124 charge TARGET with genocide
11.297 1124 charge TARGET with crime against humanity
11.298 1124 allege war crime
11.299 1124 allege genocide
11.300 1124 allege massacre
11.301 1124 allege atrocity
11.302 1124 war crime allegation ; noun
11.303 1124 genocide allegation ; noun
11.304 1125 accuse TARGET of espionage
11.305 1125 accuse TARGET of spying
11.306 1125 accuse TARGET of spy
11.307 1125 accuse TARGET of treason
11.308 1125 accuse TARGET of sedition
11.309 1125 accuse TARGET of subversion
11.310 1125 accuse TARGET of sabotage
11.311 1125 accuse TARGET of plot coup
11.312 1125 accuse TARGET of coup
11.313 1125 accuse TARGET of plotting
11.314 1125 accuse TARGET of work for
11.315 1125 accuse TARGET of collaborate with
11.316 1125 accuse TARGET of hack
11.317 1125 accuse TARGET of hacking
11.318 1125 accuse TARGET of cyber attack
11.319 1125 accuse TARGET of cyberattack
11.320 1125 charge TARGET with espionage
11.321 1125 charge TARGET with spying
11.322 1125 charge TARGET with treason
11.323 1125 charge TARGET with sedition
11.324 1125 allege espionage
11.325 1125 allege spying
11.326 1125 espionage allegation ; noun
11.327 1125 spy charge ; noun
11.328 1125 treason charge ; noun
11.329 113 rally opposition against TARGET
11.330 113 rally opposition to TARGET
11.331 113 rally support against TARGET
11.332 113 rally against TARGET
11.333 113 mobilize against TARGET
11.334 113 mobilise against TARGET
11.335 113 mobilize opposition to TARGET
11.336 113 mobilise opposition to TARGET
11.337 113 unite against TARGET
11.338 113 campaign against TARGET
11.339 113 lobby against TARGET
11.340 113 build coalition against TARGET
11.341 113 form coalition against TARGET
11.342 113 form front against TARGET
11.343 113 form alliance against TARGET
11.344 113 gang up on TARGET
11.345 113 isolate TARGET
11.346 113 seek to isolate TARGET
11.347 113 call for isolation of TARGET
11.348 113 urge isolation of TARGET
11.349 113 call for boycott of TARGET
11.350 113 urge boycott of TARGET
11.351 113 call for unity against TARGET
11.352 113 call on TARGET to unite against
11.353 113 call to mobilize against
11.354 113 incite against TARGET
11.355 113 campaign against TARGET ; noun
11.356 114 complain to TARGET
11.357 114 complain to TARGET about
11.358 114 complain to TARGET over
11.359 114 complain about TARGET
11.360 114 complain over TARGET
11.361 114 complain
11.362 114 file complaint with TARGET
11.363 114 file complaint against TARGET
11.364 114 file complaint
11.365 114 lodge complaint with TARGET
11.366 114 lodge complaint against TARGET
11.367 114 lodge complaint
11.368 114 lodge protest with TARGET
11.369 114 lodge protest
11.370 114 lodge formal protest
11.371 114 lodge official protest
11.372 114 lodge strong protest
11.373 114 file protest with TARGET
11.374 114 file formal protest
11.375 114 make formal protest
11.376 114 issue formal protest
11.377 114 send protest note
11.378 114 send note of protest
11.379 114 deliver protest note
11.380 114 hand protest note
11.381 114 deliver note of protest
11.382 114 summon ambassador of TARGET
11.383 114 summon ambassador
11.384 114 summon envoy of TARGET
11.385 114 summon envoy
11.386 114 summon charge d'affaire
11.387 114 summon diplomat
11.388 114 summon TARGET ambassador
11.389 114 summon TARGET envoy
11.390 114 call in ambassador
11.391 114 call in envoy
11.392 114 call in TARGET ambassador
11.393 114 raise matter with TARGET
11.394 114 raise issue with TARGET
11.395 114 raise concern with TARGET
11.396 114 complain to security council
11.397 114 write to security council
11.398 114 complaint to TARGET ; noun
11.399 114 complaint against TARGET ; noun
11.400 114 protest note ; noun
11.401 114 formal protest ; noun
11.402 115 sue TARGET
11.403 115 sue
11.404 115 take TARGET to court
11.405 115 take legal action against TARGET
11.406 115 take legal action
11.407 115 file lawsuit against TARGET
11.408 115 file lawsuit
11.409 115 file suit against TARGET
11.410 115 file suit
11.411 115 bring lawsuit against TARGET
11.412 115 bring suit against TARGET
11.413 115 bring case against TARGET
11.414 115 bring case to
11.415 115 file case against TARGET
11.416 115 file case
11.417 115 lodge case against TARGET
11.418 115 lodge case
11.419 115 launch legal action
11.420 115 launch lawsuit
11.421 115 launch legal challenge
11.422 115 challenge in court
11.423 115 challenge TARGET in court
11.424 115 appeal to court
11.425 115 take case to court
11.426 115 take case to international court
11.427 115 take dispute to
11.428 115 refer TARGET to
11.429 115 refer case to
11.430 115 petition court
11.431 115 seek damage
11.432 115 seek compensation in court
11.433 115 lawsuit against TARGET ; noun
11.434 115 legal action against TARGET ; noun
11.435 115 case against TARGET ; noun
11.436 116 convict TARGET
11.437 116 convict
11.438 116 find TARGET guilty
11.439 116 find TARGET guilty of
11.440 116 find TARGET liable
11.441 116 find TARGET responsible
11.442 116 rule against TARGET
11.443 116 rule that TARGET
11.444 116 sentence TARGET
11.445 116 sentence TARGET to
11.446 116 sentence
11.447 116 sentence to death
11.448 116 sentence to prison
11.449 116 sentence to year
11.450 116 jail TARGET for
11.451 116 impose fine on TARGET
11.452 116 fine TARGET
11.453 116 fine
11.454 116 order TARGET to pay
11.455 116 hand down sentence
11.456 116 pass sentence
11.457 116 issue verdict
11.458 116 deliver verdict
11.459 116 hand down verdict
11.460 116 guilty verdict ; noun
11.461 116 conviction of TARGET ; noun
11.462 116 verdict against TARGET ; noun
# The giver, critic or sender named after "from" is the source; the clause subject is the target.
11.463 111 come under criticism from SOURCE
11.464 111 draw criticism from SOURCE
11.465 111 receive criticism from SOURCE
11.466 111 draw condemnation from SOURCE
11.467 111 face condemnation from SOURCE
11.468 112 face accusation from SOURCE
11.469 112 face charge from SOURCE
11.470 112 present evidence against TARGET
11.471 112 produce evidence against TARGET
11.472 112 release evidence against TARGET
11.473 112 present proof against TARGET
11.474 112 evidence against TARGET ; noun
11.475 114 summon TARGET charge d'affaire|d'affaires
11.476 114 summon TARGET diplomat|chargé
