# 16 Reduce relations. Format: docs/patterns.md (ID CODE ELEMENTS [; flags]).
16.001 160 reduce relation with TARGET
16.002 160 reduce tie with TARGET
16.003 160 downgrade relation with TARGET
16.004 160 downgrade tie with TARGET
16.005 160 downgrade diplomatic relation
16.006 160 downgrade diplomatic tie
16.007 160 downgrade relation
16.008 160 downgrade tie
16.009 160 scale back relation
16.010 160 scale back tie
16.011 160 scale back cooperation
16.012 160 cut back relation
16.013 160 curtail relation
16.014 160 curtail tie
16.015 160 curtail cooperation
16.016 160 freeze relation with TARGET
16.017 160 freeze tie with TARGET
16.018 160 freeze relation
16.019 160 freeze tie
16.020 160 freeze cooperation
16.021 160 freeze cooperation with TARGET
16.022 160 freeze contact
16.023 160 freeze contact with TARGET
16.024 160 suspend cooperation
16.025 160 suspend cooperation with TARGET
16.026 160 suspend contact
16.027 160 suspend contact with TARGET
16.028 160 suspend tie
16.029 160 suspend relation
16.030 160 end cooperation
16.031 160 end cooperation with TARGET
16.032 160 halt cooperation
16.033 160 halt cooperation with TARGET
16.034 160 stop cooperation
16.035 160 cut contact with TARGET
16.036 160 cut contact
16.037 160 recall ambassador
16.038 160 recall ambassador from TARGET
16.039 160 recall envoy
16.040 160 recall envoy from TARGET
16.041 160 recall diplomat
16.042 160 withdraw ambassador
16.043 160 withdraw ambassador from TARGET
16.044 160 withdraw envoy
16.045 160 withdraw diplomat
16.046 160 pull ambassador
16.047 160 close consulate
16.048 160 close consulate in TARGET
16.049 160 shut consulate
16.050 160 reduce embassy staff
16.051 160 cut embassy staff
16.052 160 reduce diplomatic staff
16.053 160 cut diplomatic staff
16.054 160 reduce diplomatic presence
16.055 160 withdraw from organization
16.056 160 withdraw from TARGET organization
16.057 160 leave organization
16.058 160 quit organization
16.059 160 suspend membership
16.060 160 suspend membership of TARGET
16.061 160 suspend TARGET from
16.062 160 expel TARGET from
16.063 160 exclude TARGET from
16.064 160 downgrade ; noun
16.065 160 downgrade of relation ; noun
16.066 160 rift with TARGET ; noun
16.067 160 rift between TARGET ; noun
16.068 160 recall of ambassador ; noun
16.069 161 break relation with TARGET
16.070 161 break relation
16.071 161 break diplomatic relation with TARGET
16.072 161 break diplomatic relation
16.073 161 break tie with TARGET
16.074 161 break tie
16.075 161 break diplomatic tie with TARGET
16.076 161 break diplomatic tie
16.077 161 break off relation with TARGET
16.078 161 break off relation
16.079 161 break off diplomatic relation
16.080 161 break off tie
16.081 161 break off diplomatic tie
16.082 161 break off diplomatic tie with TARGET
16.083 161 sever relation with TARGET
16.084 161 sever relation
16.085 161 sever diplomatic relation with TARGET
16.086 161 sever diplomatic relation
16.087 161 sever tie with TARGET
16.088 161 sever tie
16.089 161 sever diplomatic tie with TARGET
16.090 161 sever diplomatic tie
16.091 161 cut relation with TARGET
16.092 161 cut relation
16.093 161 cut tie with TARGET
16.094 161 cut tie
16.095 161 cut diplomatic tie with TARGET
16.096 161 cut diplomatic tie
16.097 161 cut diplomatic relation with TARGET
16.098 161 cut diplomatic relation
16.099 161 cut off relation with TARGET
16.100 161 cut off tie with TARGET
16.101 161 cut off diplomatic tie
16.102 161 end diplomatic relation
16.103 161 end diplomatic tie
16.104 161 end relation with TARGET
16.105 161 end tie with TARGET
16.106 161 suspend diplomatic relation
16.107 161 suspend diplomatic relation with TARGET
16.108 161 suspend diplomatic tie
16.109 161 suspend diplomatic tie with TARGET
16.110 161 close embassy
16.111 161 close embassy in TARGET
16.112 161 shut embassy
16.113 161 shut embassy in TARGET
16.114 161 shut down embassy
16.115 161 close its embassy
16.116 161 expel ambassador
16.117 161 expel ambassador of TARGET
16.118 161 expel TARGET ambassador
16.119 161 expel envoy
16.120 161 expel envoy of TARGET
16.121 161 expel TARGET envoy
16.122 161 expel diplomat
16.123 161 expel diplomat of TARGET
16.124 161 expel TARGET diplomat
16.125 161 declare persona non grata
16.126 161 declare TARGET persona non grata
16.127 161 order diplomat to leave
16.128 161 order ambassador to leave
16.129 161 order envoy to leave
16.130 161 break in relation ; noun
16.131 161 break in tie ; noun
16.132 161 severing of tie ; noun
16.133 161 severance of tie ; noun
16.134 161 expulsion of diplomat ; noun
16.135 161 expulsion of ambassador ; noun
16.136 162 cut aid
16.137 162 cut aid to TARGET
16.138 162 cut off aid
16.139 162 cut off aid to TARGET
16.140 162 suspend aid
16.141 162 suspend aid to TARGET
16.142 162 halt aid
16.143 162 halt aid to TARGET
16.144 162 stop aid
16.145 162 stop aid to TARGET
16.146 162 end aid
16.147 162 end aid to TARGET
16.148 162 freeze aid
16.149 162 freeze aid to TARGET
16.150 162 reduce aid
16.151 162 reduce aid to TARGET
16.152 162 slash aid
16.153 162 slash aid to TARGET
16.154 162 withdraw aid
16.155 162 withdraw aid from TARGET
16.156 162 cancel aid
16.157 162 cancel aid to TARGET
16.158 162 cut assistance
16.159 162 cut assistance to TARGET
16.160 162 suspend assistance
16.161 162 suspend assistance to TARGET
16.162 162 halt assistance
16.163 162 freeze assistance
16.164 162 end assistance
16.165 162 cut funding
16.166 162 cut funding to TARGET
16.167 162 cut fund
16.168 162 suspend funding
16.169 162 suspend funding to TARGET
16.170 162 freeze funding
16.171 162 halt funding
16.172 162 withdraw funding
16.173 162 withhold funding
16.174 162 aid cut ; noun
16.175 162 aid suspension ; noun
16.176 162 suspension of aid ; noun
16.177 162 cut in aid ; noun
16.178 1621 cut economic aid
16.179 1621 cut economic aid to TARGET
16.180 1621 suspend economic aid
16.181 1621 suspend economic aid to TARGET
16.182 1621 halt economic aid
16.183 1621 freeze economic aid
16.184 1621 end economic aid
16.185 1621 cut financial aid
16.186 1621 suspend financial aid
16.187 1621 freeze financial aid
16.188 1621 halt financial aid
16.189 1621 cut financial assistance
16.190 1621 suspend financial assistance
16.191 1621 freeze loan
16.192 1621 suspend loan
16.193 1621 suspend loan to TARGET
16.194 1621 halt loan
16.195 1621 cancel loan
16.196 1621 cut loan
16.197 1621 freeze credit
16.198 1621 suspend credit
16.199 1621 halt disbursement
16.200 1621 suspend disbursement
16.201 1621 suspend budget support
16.202 1621 cut budget support
16.203 1621 suspend development aid
16.204 1621 cut development aid
16.205 1621 freeze development aid
16.206 1622 cut military aid
16.207 1622 cut military aid to TARGET
16.208 1622 suspend military aid
16.209 1622 suspend military aid to TARGET
16.210 1622 suspend part of military aid
16.211 1622 halt military aid
16.212 1622 halt military aid to TARGET
16.213 1622 freeze military aid
16.214 1622 end military aid
16.215 1622 stop military aid
16.216 1622 cut military assistance
16.217 1622 suspend military assistance
16.218 1622 halt military assistance
16.219 1622 halt arm sale
16.220 1622 halt arm sale to TARGET
16.221 1622 suspend arm sale
16.222 1622 suspend arm sale to TARGET
16.223 1622 stop arm sale
16.224 1622 stop arm sale to TARGET
16.225 1622 freeze arm sale
16.226 1622 cancel arm sale
16.227 1622 cancel arm deal
16.228 1622 suspend arm deal
16.229 1622 halt arm export
16.230 1622 halt arm export to TARGET
16.231 1622 suspend arm export
16.232 1622 suspend arm export to TARGET
16.233 1622 ban arm export
16.234 1622 ban arm export to TARGET
16.235 1622 stop weapon delivery
16.236 1622 halt weapon delivery
16.237 1622 suspend weapon delivery
16.238 1622 halt weapon shipment
16.239 1622 suspend weapon shipment
16.240 1622 halt delivery of weapon
16.241 1622 suspend delivery of weapon
16.242 1622 suspend military cooperation
16.243 1622 suspend military cooperation with TARGET
16.244 1622 halt military cooperation
16.245 1622 end military cooperation
16.246 1622 freeze military cooperation
16.247 1622 suspension of military aid ; noun
16.248 1623 cut humanitarian aid
16.249 1623 suspend humanitarian aid
16.250 1623 suspend humanitarian aid to TARGET
16.251 1623 halt humanitarian aid
16.252 1623 freeze humanitarian aid
16.253 1623 end humanitarian aid
16.254 1623 cut food aid
16.255 1623 suspend food aid
16.256 1623 halt food aid
16.257 1623 stop food aid
16.258 1623 cut humanitarian assistance
16.259 1623 suspend humanitarian assistance
16.260 1623 halt relief operation
16.261 1623 suspend relief operation
16.262 1623 suspend aid operation
16.263 1623 halt aid operation
16.264 1623 halt aid delivery
16.265 1623 suspend aid delivery
16.266 1623 stop aid delivery
16.267 163 impose sanction on TARGET
16.268 163 impose sanction against TARGET
16.269 163 impose sanction
16.270 163 slap sanction on TARGET
16.271 163 slap sanction
16.272 163 levy sanction on TARGET
16.273 163 place sanction on TARGET
16.274 163 put sanction on TARGET
16.275 163 announce sanction on TARGET
16.276 163 announce sanction against TARGET
16.277 163 announce sanction
16.278 163 unveil sanction
16.279 163 approve sanction
16.280 163 approve sanction on TARGET
16.281 163 approve sanction against TARGET
16.282 163 adopt sanction
16.283 163 adopt sanction against TARGET
16.284 163 introduce sanction
16.285 163 introduce sanction against TARGET
16.286 163 tighten sanction on TARGET
16.287 163 tighten sanction
16.288 163 toughen sanction
16.289 163 expand sanction
16.290 163 expand sanction on TARGET
16.291 163 extend sanction to
16.292 163 broaden sanction
16.293 163 increase sanction on TARGET
16.294 163 increase sanction
16.295 163 step up sanction
16.296 163 ramp up sanction
16.297 163 reimpose sanction
16.298 163 reimpose sanction on TARGET
16.299 163 re-impose sanction
16.300 163 restore sanction
16.301 163 snap back sanction
16.302 163 sanction TARGET
16.303 163 sanction
16.304 163 blacklist TARGET
16.305 163 blacklist
16.306 163 designate TARGET as
16.307 163 freeze asset of TARGET
16.308 163 freeze asset
16.309 163 freeze TARGET asset
16.310 163 seize asset of TARGET
16.311 163 impose embargo on TARGET
16.312 163 impose embargo against TARGET
16.313 163 impose embargo
16.314 163 impose arm embargo
16.315 163 impose arm embargo on TARGET
16.316 163 impose oil embargo
16.317 163 impose trade embargo
16.318 163 impose trade embargo on TARGET
16.319 163 impose economic blockade
16.320 163 impose tariff on TARGET
16.321 163 impose tariff
16.322 163 impose duty on TARGET
16.323 163 impose trade restriction
16.324 163 impose export control
16.325 163 impose export ban
16.326 163 impose import ban
16.327 163 impose import ban on TARGET
16.328 163 ban import from TARGET
16.329 163 ban import of
16.330 163 ban export to TARGET
16.331 163 ban export of
16.332 163 halt trade with TARGET
16.333 163 halt trade
16.334 163 suspend trade with TARGET
16.335 163 suspend trade
16.336 163 cut trade with TARGET
16.337 163 stop trade with TARGET
16.338 163 halt import from TARGET
16.339 163 halt import
16.340 163 halt export to TARGET
16.341 163 halt export
16.342 163 suspend import
16.343 163 suspend export
16.344 163 stop import
16.345 163 stop export
16.346 163 embargo TARGET
16.347 163 boycott good from TARGET
16.348 163 boycott product from TARGET
16.349 163 boycott TARGET good
16.350 163 call for boycott of TARGET good
16.351 163 sanction on TARGET ; noun
16.352 163 sanction against TARGET ; noun
16.353 163 sanction ; noun
16.354 163 economic sanction ; noun
16.355 163 embargo on TARGET ; noun
16.356 163 embargo against TARGET ; noun
16.357 163 embargo ; noun
16.358 163 trade ban ; noun
16.359 163 import ban ; noun
16.360 163 export ban ; noun
16.361 163 tariff on TARGET ; noun
16.362 164 halt negotiation
16.363 164 halt negotiation with TARGET
16.364 164 halt talk
16.365 164 halt talk with TARGET
16.366 164 suspend negotiation
16.367 164 suspend negotiation with TARGET
16.368 164 suspend talk
16.369 164 suspend talk with TARGET
16.370 164 break off negotiation
16.371 164 break off negotiation with TARGET
16.372 164 break off talk
16.373 164 break off talk with TARGET
16.374 164 end negotiation
16.375 164 end negotiation with TARGET
16.376 164 end talk
16.377 164 end talk with TARGET
16.378 164 freeze negotiation
16.379 164 freeze talk
16.380 164 freeze talk with TARGET
16.381 164 pull out of talk
16.382 164 pull out of negotiation
16.383 164 withdraw from talk
16.384 164 withdraw from negotiation
16.385 164 quit talk
16.386 164 quit negotiation
16.387 164 abandon talk
16.388 164 abandon negotiation
16.389 164 terminate talk
16.390 164 terminate negotiation
16.391 164 call off negotiation
16.392 164 leave negotiating table
16.393 164 stall talk
16.394 164 stall negotiation
16.395 164 collapse of talk ; noun
16.396 164 breakdown of talk ; noun
16.397 164 breakdown in talk ; noun
16.398 164 suspension of talk ; noun
16.399 165 halt mediation
16.400 165 end mediation
16.401 165 suspend mediation
16.402 165 abandon mediation
16.403 165 quit as mediator
16.404 165 withdraw as mediator
16.405 165 step down as mediator
16.406 165 end role as mediator
16.407 165 suspend role as mediator
16.408 165 pull out of mediation
16.409 165 withdraw from mediation
16.410 165 abandon mediation effort
16.411 165 end mediation effort
16.412 165 suspend mediation effort
16.413 165 halt mediation effort
16.414 165 end good office
16.415 166 expel peacekeeper
16.416 166 expel monitor
16.417 166 expel observer
16.418 166 expel inspector
16.419 166 expel aid worker
16.420 166 expel aid agency
16.421 166 expel un staff
16.422 166 expel journalist
16.423 166 expel TARGET journalist
16.424 166 expel correspondent
16.425 166 expel foreign journalist
16.426 166 expel TARGET
16.427 166 withdraw peacekeeper
16.428 166 withdraw peacekeeper from TARGET
16.429 166 withdraw monitor
16.430 166 withdraw observer
16.431 166 withdraw inspector
16.432 166 withdraw staff
16.433 166 withdraw staff from TARGET
16.434 166 pull out staff
16.435 166 pull out peacekeeper
16.436 166 pull out monitor
16.437 166 pull out inspector
16.438 166 pull out observer
16.439 166 evacuate staff
16.440 166 evacuate embassy
16.441 166 evacuate diplomat
16.442 166 order TARGET to leave
16.443 166 order expulsion of
16.444 166 close office of TARGET
16.445 166 shut office of TARGET
16.446 166 close mission
16.447 166 end mission
16.448 166 terminate mission
16.449 166 end mandate of
16.450 166 expulsion of TARGET ; noun
16.451 166 expulsion ; noun
16.452 1661 expel peacekeeping force
16.453 1661 expel peacekeeping troop
16.454 1661 expel un peacekeeper
16.455 1661 order peacekeeper to leave
16.456 1661 order peacekeeping force to leave
16.457 1661 withdraw peacekeeping force
16.458 1661 withdraw peacekeeping troop
16.459 1661 pull out peacekeeping force
16.460 1661 pull out peacekeeping troop
16.461 1661 end peacekeeping mission
16.462 1661 terminate peacekeeping mission
16.463 1661 withdraw from peacekeeping mission
16.464 1661 withdraw contingent
16.465 1661 pull out contingent
16.466 1661 withdrawal of peacekeeper ; noun
16.467 1661 withdrawal of peacekeeping force ; noun
16.468 1662 expel un inspector
16.469 1662 expel weapon inspector
16.470 1662 expel nuclear inspector
16.471 1662 expel iaea inspector
16.472 1662 order inspector to leave
16.473 1662 order inspector out
16.474 1662 order observer to leave
16.475 1662 order monitor to leave
16.476 1662 withdraw inspector from TARGET
16.477 1662 pull out inspector from TARGET
16.478 1662 withdraw election observer
16.479 1662 withdraw observer mission
16.480 1662 suspend inspection
16.481 1662 end inspection
16.482 1662 halt inspection
16.483 1662 end cooperation with inspector
16.484 1662 suspend cooperation with inspector
16.485 1662 end cooperation with iaea
16.486 1662 suspend cooperation with iaea
16.487 1662 expulsion of inspector ; noun
16.488 1663 expel aid agency
16.489 1663 expel aid organization
16.490 1663 expel aid organisation
16.491 1663 expel humanitarian agency
16.492 1663 expel ngo
16.493 1663 expel relief agency
16.494 1663 expel relief worker
16.495 1663 expel humanitarian worker
16.496 1663 order aid agency to leave
16.497 1663 order aid worker to leave
16.498 1663 withdraw aid worker
16.499 1663 pull out aid worker
16.500 1663 withdraw aid agency
16.501 1663 suspend aid agency
16.502 1663 ban aid agency
16.503 1663 shut down aid agency
16.504 1663 close aid agency
16.505 1663 revoke license of aid agency
16.506 1663 expulsion of aid agency ; noun
16.507 1663 expulsion of aid worker ; noun
16.901 163 impose round of sanction on TARGET
16.902 163 impose round of sanction against TARGET
16.903 163 impose package of sanction on TARGET
16.904 163 impose package of sanction against TARGET
16.905 163 impose wave of sanction on TARGET
16.906 163 impose raft of sanction on TARGET
16.907 163 announce round of sanction on TARGET
16.908 163 announce package of sanction against TARGET
16.909 163 round of sanction on TARGET ; noun
16.910 163 package of sanction against TARGET ; noun
# The giver, critic or sender named after "from" is the source; the clause subject is the target.
16.911 163 face sanction from SOURCE
16.912 163 come under sanction from SOURCE ; undergone
16.913 160 suspension of link with TARGET ; noun
16.914 160 suspension of air link with TARGET ; noun
16.915 160 suspend air link with TARGET
16.916 160 suspend link with TARGET
16.917 161 suspend tie with TARGET
16.918 161 suspend relation with TARGET
16.919 162 prohibit * aid to TARGET
16.920 1623 reduce food supply to TARGET
16.921 1623 cut food supply to TARGET
16.922 1623 reduce food aid to TARGET
16.923 166 force TARGET out of
16.924 166 force TARGET out
16.925 160 advise against travel to TARGET
16.926 160 warn against travel to TARGET
16.927 160 advise citizen against travel to TARGET
16.928 160 warn citizen against travel to TARGET
16.929 160 travel warning for|against TARGET ; noun
16.930 160 travel advisory for|against TARGET ; noun
16.931 163 targeted sanction on|against TARGET ; noun
16.932 163 targeted sanction ; noun
16.933 160 end of * agreement|cooperation|pact|accord with TARGET ; noun
16.934 160 freeze|suspend participation|membership in TARGET
16.935 161 closure of * embassy|consulate in TARGET ; noun, target
# A ban on arms sales is an arms embargo on whom they would have gone to (the sales are not coded).
16.936 163 impose ban on arm sale|delivery|export|shipment to TARGET
16.937 163 ban on arm sale|delivery|export|shipment to TARGET ; noun
