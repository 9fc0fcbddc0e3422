# 10 Demand. Format: docs/patterns.md (ID CODE ELEMENTS [; flags]).
10.001 100 demand TARGET
10.002 100 demand that TARGET
10.003 100 demand from TARGET
10.004 100 demand of TARGET
10.005 100 make demand
10.006 100 issue demand
10.007 100 present demand
10.008 100 put forward demand
10.009 100 set condition
10.010 100 set precondition
10.011 100 lay down condition
10.012 100 impose condition
10.013 100 insist on
10.014 100 insist that
10.015 100 call for TARGET to face justice
10.016 100 call for TARGET to be bring to justice
10.017 100 call for TARGET to be punish
10.018 100 call for TARGET to be try
10.019 100 call for TARGET to be prosecute
10.020 100 call for TARGET to be hold accountable
10.021 100 call for TARGET to be hold responsible
10.022 100 demand TARGET face justice
10.023 100 demand that TARGET face justice
10.024 100 demand justice for
10.025 100 demand justice
10.026 100 call for justice
10.027 100 demand punishment of TARGET
10.028 100 demand punishment
10.029 100 call for punishment of TARGET
10.030 100 demand accountability
10.031 100 call for accountability
10.032 100 demand that TARGET be punish
10.033 100 demand that TARGET be hold accountable
10.034 100 demand trial of TARGET
10.035 100 call for trial of TARGET
10.036 100 demand prosecution of TARGET
10.037 100 call for prosecution of TARGET
10.038 100 demand explanation from TARGET
10.039 100 demand explanation
10.040 100 demand answer from TARGET
10.041 100 demand answer
10.042 100 demand clarification
10.043 100 demand apology from TARGET
10.044 100 demand apology
10.045 100 demand compensation from TARGET
10.046 100 demand compensation
10.047 100 demand reparation
10.048 100 demand guarantee
10.049 100 demand guarantee from TARGET
10.050 100 demand assurance
10.051 100 demand assurance from TARGET
10.052 100 seek guarantee
10.053 100 seek guarantee from TARGET
10.054 100 seek assurance
10.055 100 seek assurance from TARGET
10.056 100 insist on guarantee
10.057 100 require guarantee
10.058 100 want guarantee
10.059 100 must come with guarantee
10.060 100 condition on
10.061 100 make condition
10.062 100 ultimatum to TARGET
10.063 100 demand ; noun
10.064 100 demand by SOURCE ; noun
10.065 100 demand from SOURCE ; noun
10.066 100 demand for guarantee ; noun
10.067 100 demand for TARGET ; noun
10.068 101 demand cooperation
10.069 101 demand cooperation from TARGET
10.070 101 demand that TARGET cooperate
10.071 101 demand TARGET cooperate
10.072 101 insist on cooperation
10.073 101 demand full cooperation
10.074 1011 demand trade concession
10.075 1011 demand market access
10.076 1011 demand economic cooperation
10.077 1011 demand payment from TARGET
10.078 1011 demand payment
10.079 1011 demand repayment
10.080 1011 demand that TARGET pay
10.081 1011 demand oil
10.082 1011 demand share of
10.083 1012 demand military cooperation
10.084 1012 demand base
10.085 1012 demand access to base
10.086 1012 demand military access
10.087 1012 demand that TARGET join
10.088 1012 demand troop contribution
10.089 1013 demand extradition of TARGET
10.090 1013 demand extradition
10.091 1013 demand handover of TARGET
10.092 1013 demand handover
10.093 1013 demand surrender of suspect
10.094 1013 demand that TARGET extradite
10.095 1013 demand TARGET hand over
10.096 1013 demand that TARGET hand over
10.097 1013 insist on extradition
10.098 1014 demand information
10.099 1014 demand information from TARGET
10.100 1014 demand intelligence
10.101 1014 demand data
10.102 1014 demand that TARGET disclose
10.103 1014 demand that TARGET reveal
10.104 1014 demand disclosure
10.105 102 demand support
10.106 102 demand support from TARGET
10.107 102 demand backing
10.108 102 demand recognition
10.109 102 demand recognition from TARGET
10.110 102 demand that TARGET recognize
10.111 102 demand that TARGET recognise
10.112 102 demand TARGET recognize
10.113 102 demand that TARGET support
10.114 102 demand that TARGET condemn
10.115 102 demand TARGET condemn
10.116 102 demand that TARGET back
10.117 102 demand diplomatic support
10.118 102 demand that TARGET join
10.119 103 demand aid
10.120 103 demand aid from TARGET
10.121 103 demand assistance
10.122 103 demand assistance from TARGET
10.123 103 demand help
10.124 103 demand help from TARGET
10.125 103 demand more aid
10.126 103 demand fund
10.127 103 demand funding
10.128 103 demand that TARGET provide
10.129 1031 demand economic aid
10.130 1031 demand financial aid
10.131 1031 demand financial assistance
10.132 1031 demand loan
10.133 1031 demand money
10.134 1031 demand debt relief
10.135 1031 demand compensation for
10.136 1032 demand military aid
10.137 1032 demand military assistance
10.138 1032 demand weapon
10.139 1032 demand arm
10.140 1032 demand that TARGET supply weapon
10.141 1032 demand air defense
10.142 1033 demand humanitarian aid
10.143 1033 demand humanitarian assistance
10.144 1033 demand food aid
10.145 1033 demand food
10.146 1033 demand medicine
10.147 1033 demand relief
10.148 1034 demand protection
10.149 1034 demand protection from TARGET
10.150 1034 demand peacekeeper
10.151 1034 demand peacekeeping force
10.152 1034 demand security guarantee
10.153 1034 demand deployment of peacekeeper
10.154 1034 demand international protection
10.155 104 demand reform
10.156 104 demand political reform
10.157 104 demand democratic reform
10.158 104 demand democracy
10.159 104 demand change
10.160 104 demand that TARGET reform
10.161 1041 demand resignation of TARGET
10.162 1041 demand resignation
10.163 1041 demand TARGET resign
10.164 1041 demand that TARGET resign
10.165 1041 demand that TARGET step down
10.166 1041 demand TARGET step down
10.167 1041 demand ouster of TARGET
10.168 1041 demand removal of TARGET
10.169 1041 demand dismissal of TARGET
10.170 1041 demand new election
10.171 1041 demand early election
10.172 1041 demand snap election
10.173 1041 demand change of government
10.174 1041 demand new government
10.175 1041 demand change in leadership
10.176 1041 demand leadership change
10.177 1041 demand that TARGET quit
10.178 1041 call for ouster of TARGET
10.179 1041 call for removal of TARGET
10.180 1041 call for resignation ; noun
10.181 1042 demand policy change
10.182 1042 demand change in policy
10.183 1042 demand change of policy
10.184 1042 demand that TARGET change
10.185 1042 demand that TARGET reverse
10.186 1042 demand that TARGET abandon
10.187 1042 demand that TARGET scrap
10.188 1042 demand that TARGET drop
10.189 1042 demand that TARGET end
10.190 1042 demand that TARGET stop
10.191 1042 demand that TARGET halt
10.192 1042 demand end to
10.193 1042 demand halt to
10.194 1042 demand stop to
10.195 1042 demand repeal of
10.196 1042 demand withdrawal of law
10.197 1042 demand withdrawal of bill
10.198 1042 demand reversal of
10.199 1042 demand that TARGET refuse
10.200 1042 demand TARGET refuse
10.201 1043 demand right
10.202 1043 demand equal right
10.203 1043 demand right for
10.204 1043 demand autonomy
10.205 1043 demand independence
10.206 1043 demand self-determination
10.207 1043 demand self-rule
10.208 1043 demand freedom
10.209 1043 demand freedom of
10.210 1043 demand respect for human right
10.211 1043 demand that TARGET respect
10.212 1043 demand protection of minority
10.213 1043 demand citizenship
10.214 1043 demand voting right
10.215 1043 demand land right
10.216 1044 demand constitutional change
10.217 1044 demand constitutional reform
10.218 1044 demand new constitution
10.219 1044 demand referendum
10.220 1044 demand regime change
10.221 1044 demand change of regime
10.222 1044 demand overthrow of
10.223 1044 demand end of regime
10.224 1044 demand electoral reform
10.225 1044 demand independent judiciary
10.226 1044 demand dissolution of parliament
10.227 1044 demand dissolution of
10.228 105 demand concession
10.229 105 demand concession from TARGET
10.230 105 demand that TARGET yield
10.231 105 demand TARGET back down
10.232 105 demand that TARGET back down
10.233 105 demand surrender
10.234 105 demand surrender of TARGET
10.235 105 demand that TARGET surrender
10.236 105 demand TARGET surrender
10.237 105 demand capitulation
10.238 105 demand compliance
10.239 105 demand that TARGET comply
10.240 105 demand TARGET comply
10.241 105 demand full compliance
10.242 1051 demand lifting of curfew
10.243 1051 demand end to state of emergency
10.244 1051 demand lifting of state of emergency
10.245 1051 demand end to martial law
10.246 1051 demand lifting of martial law
10.247 1051 demand lifting of ban
10.248 1051 demand end to ban
10.249 1051 demand end to restriction
10.250 1051 demand lifting of restriction
10.251 1051 demand that TARGET lift ban
10.252 1051 demand that TARGET lift curfew
10.253 1052 demand end to protest
10.254 1052 demand end to strike
10.255 1052 demand that protester
10.256 1052 demand that demonstrator
10.257 1052 demand that TARGET end protest
10.258 1052 demand that TARGET end strike
10.259 1052 demand that striker
10.260 1052 order protester to disperse
10.261 1052 order demonstrator to disperse
10.262 1052 order striker back to work
10.263 1053 demand release of TARGET
10.264 1053 demand release
10.265 1053 demand that TARGET release
10.266 1053 demand TARGET release
10.267 1053 demand that TARGET free
10.268 1053 demand TARGET free
10.269 1053 demand freedom for TARGET
10.270 1053 demand return of TARGET
10.271 1053 demand return of
10.272 1053 demand that TARGET return
10.273 1053 demand handover of body
10.274 1053 demand repatriation of
10.275 1053 insist on release of TARGET
10.276 1053 seek release of prisoner
10.277 1054 demand lifting of sanction
10.278 1054 demand lifting of sanction on TARGET
10.279 1054 demand end to sanction
10.280 1054 demand easing of sanction
10.281 1054 demand sanction relief
10.282 1054 demand relief from sanction
10.283 1054 seek relief from sanction
10.284 1054 seek relief from
10.285 1054 seek sanction relief
10.286 1054 seek lifting of sanction
10.287 1054 seek end to sanction
10.288 1054 demand that TARGET lift sanction
10.289 1054 demand TARGET lift sanction
10.290 1054 demand that TARGET ease sanction
10.291 1054 demand lifting of embargo
10.292 1054 demand end to embargo
10.293 1054 demand end to blockade
10.294 1054 demand lifting of blockade
10.295 1054 demand that TARGET lift embargo
10.296 1054 insist on lifting of sanction
10.297 1054 insist on sanction relief
10.298 1054 condition on lifting of sanction
10.299 1054 require lifting of sanction
10.300 1055 demand that TARGET allow inspector
10.301 1055 demand TARGET allow inspector
10.302 1055 demand access for inspector
10.303 1055 demand access for TARGET
10.304 1055 demand access
10.305 1055 demand that TARGET admit inspector
10.306 1055 demand that TARGET accept peacekeeper
10.307 1055 demand that TARGET allow aid
10.308 1055 demand humanitarian access
10.309 1055 demand unhindered access
10.310 1055 demand that TARGET cooperate with inspector
10.311 1055 demand inspection
10.312 1055 demand international monitor
10.313 1056 demand ceasefire
10.314 1056 demand cease-fire
10.315 1056 demand truce
10.316 1056 demand end to fighting
10.317 1056 demand end to violence
10.318 1056 demand end to attack
10.319 1056 demand halt to attack
10.320 1056 demand halt to bombing
10.321 1056 demand end to bombing
10.322 1056 demand end to offensive
10.323 1056 demand withdrawal of TARGET
10.324 1056 demand withdrawal of troop
10.325 1056 demand withdrawal of force
10.326 1056 demand withdrawal from TARGET
10.327 1056 demand troop withdrawal
10.328 1056 demand that TARGET withdraw
10.329 1056 demand TARGET withdraw
10.330 1056 demand that TARGET pull out
10.331 1056 demand TARGET pull out
10.332 1056 demand that TARGET stop attack
10.333 1056 demand that TARGET halt attack
10.334 1056 demand that TARGET stop fighting
10.335 1056 demand disarmament of TARGET
10.336 1056 demand disarmament
10.337 1056 demand that TARGET disarm
10.338 1056 demand TARGET disarm
10.339 1056 demand that TARGET lay down arm
10.340 1056 demand demobilization
10.341 1056 order TARGET to withdraw
10.342 1056 order TARGET to leave
10.343 1056 order TARGET to pull out
10.344 1056 give TARGET deadline to withdraw
10.345 106 demand talk
10.346 106 demand talk with TARGET
10.347 106 demand negotiation
10.348 106 demand negotiation with TARGET
10.349 106 demand dialogue
10.350 106 demand dialogue with TARGET
10.351 106 demand meeting
10.352 106 demand meeting with TARGET
10.353 106 demand that TARGET negotiate
10.354 106 demand TARGET negotiate
10.355 106 demand that TARGET return to talk
10.356 106 demand that TARGET return to negotiating table
10.357 106 demand that TARGET meet
10.358 106 demand direct talk
10.359 106 demand resumption of talk
10.360 106 demand summit
10.361 106 insist on talk
10.362 106 insist on direct talk
10.363 106 insist on negotiation
10.364 106 insist on dialogue
10.365 106 insist on meeting
10.366 107 demand settlement
10.367 107 demand peaceful settlement
10.368 107 demand political solution
10.369 107 demand peaceful solution
10.370 107 demand that TARGET settle
10.371 107 demand that TARGET resolve
10.372 107 demand resolution of
10.373 107 demand settlement of
10.374 107 demand that TARGET reach agreement
10.375 107 demand peace
10.376 107 demand peace agreement
10.377 107 demand peace deal
10.378 107 demand implementation of agreement
10.379 107 demand implementation of accord
10.380 107 demand implementation of deal
10.381 107 demand that TARGET implement
10.382 107 demand that TARGET honor
10.383 107 demand that TARGET honour
10.384 107 demand that TARGET abide by
10.385 107 demand compliance with agreement
10.386 108 demand mediation
10.387 108 demand mediation by TARGET
10.388 108 demand international mediation
10.389 108 demand that TARGET mediate
10.390 108 demand TARGET mediate
10.391 108 demand that TARGET accept mediation
10.392 108 demand that TARGET intervene
10.393 108 demand international intervention
10.394 108 demand arbitration
10.395 108 insist on mediation
10.396 108 insist on arbitration
10.397 100 must include guarantee
10.398 100 must provide guarantee
10.399 100 insist on assurance
10.400 100 call for guarantee
# The giver, critic or sender named after "from" is the source; the clause subject is the target.
10.401 100 face demand from SOURCE
10.402 100 receive demand from SOURCE
10.403 100 face call from SOURCE
