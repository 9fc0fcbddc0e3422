# 14 Protest. Format: docs/patterns.md (ID CODE ELEMENTS [; flags]).
14.001 140 protest
14.002 140 protest against TARGET
14.003 140 protest TARGET
14.004 140 protest over
14.005 140 protest outside
14.006 140 protest in front of
14.007 140 stage protest
14.008 140 stage protest against TARGET
14.009 140 hold protest
14.010 140 hold protest against TARGET
14.011 140 organize protest
14.012 140 organise protest
14.013 140 join protest
14.014 140 launch protest
14.015 140 lead protest
14.016 140 rally against TARGET
14.017 140 take to street
14.018 140 take to the street
14.019 140 pour into street
14.020 140 pour into the street
14.021 140 flood street
14.022 140 voice protest
14.023 140 engage in dissent
14.024 140 civil disobedience ; noun
14.025 140 protest against TARGET ; noun
14.026 140 protest ; noun
14.027 140 protester ; noun
14.028 140 demonstrator ; noun
14.029 141 demonstrate
14.030 141 demonstrate against TARGET
14.031 141 demonstrate in TARGET
14.032 141 demonstrate outside
14.033 141 demonstrate in front of
14.034 141 demonstrate for
14.035 141 stage demonstration
14.036 141 stage demonstration against TARGET
14.037 141 stage mass demonstration
14.038 141 hold demonstration
14.039 141 hold demonstration against TARGET
14.040 141 hold mass demonstration
14.041 141 organize demonstration
14.042 141 organise demonstration
14.043 141 join demonstration
14.044 141 lead demonstration
14.045 141 stage rally
14.046 141 stage rally against TARGET
14.047 141 hold rally
14.048 141 hold rally against TARGET
14.049 141 hold mass rally
14.050 141 organize rally
14.051 141 organise rally
14.052 141 lead rally
14.053 141 join rally
14.054 141 rally
14.055 141 rally in TARGET
14.056 141 rally outside
14.057 141 march in TARGET
14.058 141 march on TARGET
14.059 141 march to TARGET
14.060 141 march through
14.061 141 march against TARGET
14.062 141 stage march
14.063 141 hold march
14.064 141 lead march
14.065 141 hold sit-in
14.066 141 stage sit-in
14.067 141 hold vigil outside
14.068 141 picket
14.069 141 gather to protest
14.070 141 gather outside
14.071 141 chant slogan
14.072 141 chant
14.073 141 shout slogan
14.074 141 wave placard
14.075 141 carry placard
14.076 141 burn flag
14.077 141 burn effigy
14.078 141 demonstration against TARGET ; noun
14.079 141 demonstration ; noun
14.080 141 rally against TARGET ; noun
14.081 141 mass rally ; noun
14.082 141 street protest ; noun
14.083 141 sit-in ; noun
14.084 1411 demonstrate for resignation
14.085 1411 demonstrate for ouster
14.086 1411 protest demand resignation
14.087 1411 protest to demand resignation
14.088 1411 rally to demand resignation
14.089 1411 march to demand resignation
14.090 1411 demonstrate demand resignation
14.091 1411 protest calling for resignation
14.092 1411 demand ouster of TARGET
14.093 1411 protest to demand ouster
14.094 1411 protest against government of TARGET
14.095 1411 anti-government protest ; noun
14.096 1411 anti-government demonstration ; noun
14.097 1411 anti-government rally ; noun
14.098 1412 protest against policy
14.099 1412 protest against law
14.100 1412 protest against decision
14.101 1412 protest against plan
14.102 1412 protest against tax
14.103 1412 protest against price
14.104 1412 protest against austerity
14.105 1412 protest against war
14.106 1412 protest against visit
14.107 1412 protest against deal
14.108 1412 protest against cut
14.109 1412 protest against reform
14.110 1412 demonstrate against policy
14.111 1412 demonstrate against law
14.112 1412 demonstrate against war
14.113 1412 demonstrate against plan
14.114 1412 rally against war
14.115 1412 rally against policy
14.116 1412 march against war
14.117 1412 anti-war protest ; noun
14.118 1412 anti-war demonstration ; noun
14.119 1412 austerity protest ; noun
14.120 1413 protest for right
14.121 1413 demonstrate for right
14.122 1413 rally for right
14.123 1413 march for right
14.124 1413 protest to demand right
14.125 1413 demonstrate to demand right
14.126 1413 protest for freedom
14.127 1413 demonstrate for freedom
14.128 1413 rally for freedom
14.129 1413 march for freedom
14.130 1413 protest for independence
14.131 1413 demonstrate for independence
14.132 1413 rally for independence
14.133 1413 march for independence
14.134 1413 protest for autonomy
14.135 1413 demonstrate for autonomy
14.136 1413 protest against discrimination
14.137 1413 demonstrate against discrimination
14.138 1413 protest for equal right
14.139 1413 civil right protest ; noun
14.140 1414 protest for democracy
14.141 1414 demonstrate for democracy
14.142 1414 rally for democracy
14.143 1414 march for democracy
14.144 1414 demonstrate to demand democracy
14.145 1414 protest to demand democracy
14.146 1414 protest to demand political reform
14.147 1414 demonstrate to demand political reform
14.148 1414 stage demonstration to demand political reform
14.149 1414 stage mass demonstration to demand political reform
14.150 1414 protest for reform
14.151 1414 demonstrate for reform
14.152 1414 rally for reform
14.153 1414 protest against constitution
14.154 1414 protest against constitutional change
14.155 1414 protest against election result
14.156 1414 protest against election
14.157 1414 protest against vote
14.158 1414 protest against regime
14.159 1414 demonstrate against regime
14.160 1414 pro-democracy protest ; noun
14.161 1414 pro-democracy demonstration ; noun
14.162 1414 pro-democracy rally ; noun
14.163 142 go on hunger strike
14.164 142 stage hunger strike
14.165 142 begin hunger strike
14.166 142 start hunger strike
14.167 142 launch hunger strike
14.168 142 hold hunger strike
14.169 142 continue hunger strike
14.170 142 be on hunger strike
14.171 142 refuse food
14.172 142 fast in protest
14.173 142 hunger strike ; noun
14.174 142 hunger striker ; noun
14.175 1421 hunger strike to demand resignation
14.176 1421 go on hunger strike to demand resignation
14.177 1422 hunger strike against policy
14.178 1422 go on hunger strike against
14.179 1422 hunger strike to protest
14.180 1422 hunger strike to demand
14.181 1423 hunger strike for right
14.182 1423 go on hunger strike for right
14.183 1423 hunger strike to demand release
14.184 1423 hunger strike for release
14.185 1424 hunger strike for democracy
14.186 1424 hunger strike to demand reform
14.187 143 go on strike
14.188 143 stage strike
14.189 143 hold strike
14.190 143 launch strike
14.191 143 call strike
14.192 143 call general strike
14.193 143 stage general strike
14.194 143 hold general strike
14.195 143 begin strike
14.196 143 start strike
14.197 143 join strike
14.198 143 walk out
14.199 143 stage walkout
14.200 143 stage walk-out
14.201 143 down tool
14.202 143 boycott
14.203 143 boycott TARGET
14.204 143 boycott election
14.205 143 boycott vote
14.206 143 boycott poll
14.207 143 boycott parliament
14.208 143 boycott product
14.209 143 boycott good
14.210 143 boycott session
14.211 143 call for boycott
14.212 143 shut shop
14.213 143 close shop
14.214 143 shutter shop
14.215 143 stage shutdown
14.216 143 observe strike
14.217 143 observe general strike
14.218 143 general strike ; noun
14.219 143 walkout ; noun
14.220 143 boycott ; noun
14.221 143 work stoppage ; noun
14.222 1431 strike to demand resignation
14.223 1431 strike to demand ouster
14.224 1431 boycott election to protest
14.225 1431 general strike to demand resignation
14.226 1432 strike over pay
14.227 1432 strike over wage
14.228 1432 strike against policy
14.229 1432 strike against reform
14.230 1432 strike against austerity
14.231 1432 strike against privatization
14.232 1432 strike to protest
14.233 1432 strike over pension
14.234 1432 strike for higher wage
14.235 1432 strike for better pay
14.236 1432 strike to demand
14.237 1432 boycott to protest
14.238 1433 strike for right
14.239 1433 boycott for right
14.240 1433 strike to demand right
14.241 1433 strike for union right
14.242 1434 strike for democracy
14.243 1434 strike to demand reform
14.244 1434 boycott election to demand reform
14.245 1434 general strike to demand democracy
14.246 144 block road
14.247 144 block road to TARGET
14.248 144 block highway
14.249 144 block street
14.250 144 block bridge
14.251 144 block railway
14.252 144 block rail line
14.253 144 block border crossing
14.254 144 block crossing
14.255 144 block access to
14.256 144 block entrance
14.257 144 block entrance to
14.258 144 block port
14.259 144 block roadway
14.260 144 blockade road
14.261 144 blockade port
14.262 144 barricade
14.263 144 barricade street
14.264 144 barricade road
14.265 144 set up barricade
14.266 144 erect barricade
14.267 144 set up roadblock
14.268 144 erect roadblock
14.269 144 man roadblock
14.270 144 obstruct road
14.271 144 obstruct traffic
14.272 144 obstruct access
14.273 144 obstruct passage
14.274 144 occupy building
14.275 144 occupy office
14.276 144 occupy square
14.277 144 occupy parliament
14.278 144 occupy embassy
14.279 144 occupy ministry
14.280 144 occupy campus
14.281 144 occupy factory
14.282 144 seize building
14.283 144 storm parliament
14.284 144 chain themselves to
14.285 144 lie down on road
14.286 144 form human chain
14.287 144 surround building
14.288 144 surround parliament
14.289 144 surround embassy
14.290 144 besiege embassy
14.291 144 besiege parliament
14.292 144 blockade ; noun
14.293 144 roadblock ; noun
14.294 144 barricade ; noun
14.295 1441 block road to demand resignation
14.296 1441 occupy square to demand resignation
14.297 1442 block road to protest
14.298 1442 block road to demand
14.299 1442 blockade to protest
14.300 1442 occupy building to protest
14.301 1443 block road to demand right
14.302 1443 occupy to demand right
14.303 1444 block road to demand reform
14.304 1444 occupy square to demand democracy
14.305 145 riot
14.306 145 riot in TARGET
14.307 145 riot against TARGET
14.308 145 go on rampage
14.309 145 rampage
14.310 145 rampage through
14.311 145 clash with police
14.312 145 clash with security force
14.313 145 clash with riot police
14.314 145 clash with troop
14.315 145 throw stone
14.316 145 throw stone at TARGET
14.317 145 hurl stone
14.318 145 hurl stone at TARGET
14.319 145 pelt TARGET with stone
14.320 145 pelt with stone
14.321 145 throw rock at TARGET
14.322 145 throw rock
14.323 145 hurl rock
14.324 145 throw petrol bomb
14.325 145 throw molotov cocktail
14.326 145 hurl petrol bomb
14.327 145 hurl molotov cocktail
14.328 145 throw firebomb
14.329 145 torch car
14.330 145 set fire to car
14.331 145 set fire to building
14.332 145 set fire to police station
14.333 145 loot
14.334 145 loot shop
14.335 145 loot store
14.336 145 ransack
14.337 145 vandalize
14.338 145 vandalise
14.339 145 smash window
14.340 145 storm embassy
# 14.341 (attack embassy) was dropped: an attack on an embassy is assault (19.001 attack TARGET), a riot only when a crowd does it, which the crowd rule finds.
14.342 145 burn embassy
14.343 145 trash embassy
14.344 145 violent protest ; noun
14.345 145 riot ; noun
14.346 145 unrest ; noun
14.347 145 rioter ; noun
14.348 1451 riot to demand resignation
14.349 1451 violent protest to demand resignation
14.350 1451 riot against government
14.351 1452 riot against policy
14.352 1452 riot over price
14.353 1452 riot over fuel price
14.354 1452 riot over food price
14.355 1452 riot over tax
14.356 1452 riot against law
14.357 1452 riot against austerity
14.358 1452 riot in protest
14.359 1452 food riot ; noun
14.360 1452 fuel riot ; noun
14.361 1453 riot for right
14.362 1453 riot over discrimination
14.363 1453 riot against discrimination
14.364 1453 race riot ; noun
14.365 1453 ethnic riot ; noun
14.366 1454 riot over election
14.367 1454 riot over election result
14.368 1454 riot against regime
14.369 1454 riot for democracy
14.370 1454 post-election violence ; noun
14.371 1454 post-election riot ; noun
14.373 141 gather for rally
14.374 1431 stop work
14.375 144 block transport
14.376 144 block traffic
14.377 143 organize strike
14.378 143 organise strike
