# 19 Fight (conventional military force). Format: docs/patterns.md (ID CODE ELEMENTS [; flags]).
19.001 190 attack TARGET
19.002 190 attack
19.003 190 attack on TARGET
19.004 190 launch attack on TARGET
19.005 190 launch attack against TARGET
19.006 190 launch attack
19.007 190 carry out attack on TARGET
19.008 190 carry out attack against TARGET
19.009 190 carry out attack
19.010 190 mount attack on TARGET
19.011 190 mount attack
19.012 190 stage attack on TARGET
19.013 190 stage attack
19.014 190 conduct attack
19.015 190 conduct attack on TARGET
19.016 190 strike TARGET
19.017 190 strike at TARGET
19.018 190 hit TARGET
19.019 190 target TARGET
19.020 190 assault TARGET position
19.021 190 storm TARGET
19.022 190 storm
19.023 190 invade TARGET
19.024 190 invade
19.025 190 raid TARGET
19.026 190 launch raid on TARGET
19.027 190 launch raid
19.028 190 carry out raid on TARGET
19.029 190 carry out raid
19.030 190 launch offensive against TARGET
19.031 190 launch offensive on TARGET
19.032 190 launch offensive
19.033 190 launch military offensive
19.034 190 launch military operation
19.035 190 launch military operation against TARGET
19.036 190 launch operation against TARGET
19.037 190 launch ground offensive
19.038 190 launch ground operation
19.039 190 begin offensive
19.040 190 start offensive
19.041 190 mount offensive
19.042 190 step up offensive
19.043 190 intensify offensive
19.044 190 intensify attack
19.045 190 step up attack
19.046 190 escalate attack
19.047 190 resume attack
19.048 190 resume offensive
19.049 190 resume fighting
19.050 190 fight TARGET
19.051 190 fight
19.052 190 fight against TARGET
19.053 190 fight with TARGET
19.054 190 battle TARGET
19.055 190 battle
19.056 190 engage TARGET in battle
19.057 190 clash with TARGET
19.058 190 clash ; mutual
19.059 190 exchange fire with TARGET
19.060 190 exchange fire ; mutual
19.061 190 trade fire with TARGET
19.062 190 trade fire
19.063 190 wage war against TARGET
19.064 190 wage war on TARGET
19.065 190 wage war
19.066 190 go to war with TARGET
19.067 190 go to war against TARGET
19.068 190 declare war on TARGET
19.069 190 declare war
19.070 190 kill TARGET
19.071 190 kill
19.072 190 kill civilian
19.073 190 kill soldier
19.074 190 kill TARGET soldier
19.075 190 kill TARGET civilian
19.076 190 kill militant
19.077 190 kill rebel
19.078 190 kill fighter
19.079 190 kill people
19.080 190 kill at least
19.081 190 leave TARGET dead
19.082 190 leave dead
19.083 190 claim life of
19.084 190 claim life
19.085 190 overrun TARGET
19.086 190 overrun
19.087 190 rout TARGET
19.088 190 repel attack
19.089 190 repulse attack
19.090 190 repel TARGET
19.091 190 retaliate against TARGET
19.092 190 retaliate
19.093 190 hit back at TARGET
19.094 190 hit back
19.095 190 counterattack
19.096 190 launch counterattack
19.097 190 launch counter-offensive
19.098 190 launch counteroffensive
19.099 190 military action against TARGET ; noun
19.100 190 military operation against TARGET ; noun
19.101 190 military offensive against TARGET ; noun
19.102 190 military attack on TARGET ; noun
19.103 190 attack on TARGET ; noun
19.104 190 attack against TARGET ; noun
19.105 190 attack by SOURCE ; noun
19.106 190 offensive against TARGET ; noun
19.107 190 offensive ; noun
19.108 190 invasion of TARGET ; noun
19.109 190 invasion ; noun
19.110 190 raid on TARGET ; noun
19.111 190 incursion into TARGET ; noun
19.112 190 incursion ; noun
19.113 190 fighting between TARGET ; noun
19.114 190 fighting with TARGET ; noun
19.115 190 fighting ; noun
19.116 190 clash with TARGET ; noun
19.117 190 clash between TARGET ; noun, mutual
19.118 190 clash ; noun, mutual
19.119 190 battle with TARGET ; noun
19.120 190 battle between TARGET ; noun
19.121 190 war with TARGET ; noun
19.122 190 war against TARGET ; noun
19.123 190 war on TARGET ; noun
19.124 190 killing of TARGET ; noun
19.125 190 killing ; noun
19.126 190 death of TARGET ; noun
19.127 190 military strike on TARGET ; noun
19.128 190 military strike ; noun
19.129 190 strike on TARGET ; noun
19.130 190 strike against TARGET ; noun
19.131 190 military escalation ; noun
19.132 190 attack ; noun
19.133 191 blockade TARGET
19.134 191 blockade
19.135 191 impose blockade on TARGET
19.136 191 impose blockade
19.137 191 impose naval blockade
19.138 191 impose naval blockade on TARGET
19.139 191 enforce blockade
19.140 191 tighten blockade
19.141 191 tighten blockade on TARGET
19.142 191 besiege TARGET
19.143 191 besiege
19.144 191 lay siege to TARGET
19.145 191 lay siege
19.146 191 encircle TARGET
19.147 191 encircle
19.148 191 surround TARGET
19.149 191 cut off TARGET
19.150 191 cut off supply
19.151 191 cut off supply to TARGET
19.152 191 cut off supply route
19.153 191 seal TARGET
19.154 191 seal border
19.155 191 close strait
19.156 191 close airspace
19.157 191 close airspace to TARGET
19.158 191 block shipping
19.159 191 block strait
19.160 191 mine harbor
19.161 191 mine harbour
19.162 191 mine port
19.163 191 restrict movement of people
19.164 191 restrict movement in TARGET
19.165 191 impose closure on TARGET
19.166 191 impose siege
19.167 191 impose siege on TARGET
19.168 191 blockade of TARGET ; noun
19.169 191 blockade ; noun
19.170 191 naval blockade ; noun
19.171 191 siege of TARGET ; noun
19.172 191 siege ; noun
19.173 191 encirclement ; noun
19.174 192 occupy TARGET
19.175 192 occupy
19.176 192 occupy territory
19.177 192 occupy town
19.178 192 occupy village
19.179 192 occupy city
19.180 192 occupy island
19.181 192 occupy area
19.182 192 occupy region
19.183 192 seize territory
19.184 192 seize town
19.185 192 seize control of TARGET
19.186 192 seize control of town
19.187 192 seize control of city
19.188 192 seize control
19.189 192 take control of TARGET
19.190 192 take control of town
19.191 192 take control of city
19.192 192 take control of area
19.193 192 take over TARGET
19.194 192 take over town
19.195 192 capture town
19.196 192 capture city
19.197 192 capture village
19.198 192 capture territory
19.199 192 capture airport
19.200 192 capture base
19.201 192 capture TARGET town
19.202 192 capture TARGET city
19.203 192 capture
19.204 192 conquer TARGET
19.205 192 conquer
19.206 192 annex TARGET
19.207 192 annex
19.208 192 annex territory
19.209 192 retake TARGET
19.210 192 retake
19.211 192 recapture TARGET
19.212 192 recapture
19.213 192 reoccupy TARGET
19.214 192 reoccupy
19.215 192 advance into TARGET
19.216 192 advance on TARGET
19.217 192 advance toward TARGET
19.218 192 push into TARGET
19.219 192 move into TARGET
19.220 192 roll into TARGET
19.221 192 enter TARGET
19.222 192 march into TARGET
19.223 192 cross into TARGET
19.224 192 cross border into TARGET
19.225 192 send troop into TARGET
19.226 192 send tank into TARGET
19.227 192 occupation of TARGET ; noun
19.228 192 occupation ; noun
19.229 192 annexation of TARGET ; noun
19.230 192 annexation ; noun
19.231 192 capture of TARGET ; noun
19.232 192 fall of TARGET ; noun
19.233 192 seizure of territory ; noun
19.234 193 open fire on TARGET
19.235 193 open fire at TARGET
19.236 193 open fire
19.237 193 fire on TARGET
19.238 193 fire at TARGET
19.239 193 fire upon TARGET
19.240 193 shoot at TARGET
19.241 193 shoot at
19.242 193 shoot TARGET
19.243 193 shoot
19.244 193 gun TARGET
19.245 193 machine-gun TARGET
19.246 193 machine gun TARGET
19.247 193 pepper TARGET with bullet
19.248 193 spray TARGET with bullet
19.249 193 snipe at TARGET
19.250 193 fire rifle
19.251 193 fire automatic weapon
19.252 193 fire machine gun
19.253 193 fire gun
19.254 193 fire shot
19.255 193 fire shot at TARGET
19.256 193 fire warning shot
19.257 193 exchange gunfire with TARGET
19.258 193 exchange gunfire ; mutual
19.259 193 exchange gunshot ; mutual
19.260 193 engage in gunfight
19.261 193 engage in gun battle
19.262 193 engage in firefight
19.263 193 fight gun battle
19.264 193 fight gunbattle
19.265 193 gun battle with TARGET ; noun
19.266 193 gun battle ; noun
19.267 193 gunbattle ; noun
19.268 193 gunfight ; noun
19.269 193 firefight ; noun
19.270 193 shootout ; noun
19.271 193 shoot-out ; noun
19.272 193 gunfire ; noun
19.273 193 shooting ; noun
19.274 193 sniper fire ; noun
19.275 193 small arm fire ; noun
19.276 193 machine-gun fire ; noun
19.277 194 shell TARGET
19.278 194 shell
19.279 194 bombard TARGET
19.280 194 bombard
19.281 194 pound TARGET
19.282 194 pound
19.283 194 pound TARGET with artillery
19.284 194 pound with artillery
19.285 194 fire artillery
19.286 194 fire artillery at TARGET
19.287 194 fire artillery into TARGET
19.288 194 fire mortar
19.289 194 fire mortar at TARGET
19.290 194 fire mortar into TARGET
19.291 194 fire rocket
19.292 194 fire rocket at TARGET
19.293 194 fire rocket into TARGET
19.294 194 fire missile
19.295 194 fire missile at TARGET
19.296 194 fire missile into TARGET
19.297 194 launch rocket
19.298 194 launch rocket at TARGET
19.299 194 launch rocket into TARGET
19.300 194 launch missile
19.301 194 launch missile at TARGET
19.302 194 launch missile attack
19.303 194 launch rocket attack
19.304 194 lob shell
19.305 194 lob mortar
19.306 194 lob rocket
19.307 194 rain rocket on TARGET
19.308 194 launch artillery
19.309 194 launch artillery fire
19.310 194 tank fire ; noun
19.311 194 tank shelling ; noun
19.312 194 artillery fire ; noun
19.313 194 artillery shelling ; noun
19.314 194 artillery barrage ; noun
19.315 194 artillery attack ; noun
19.316 194 mortar fire ; noun
19.317 194 mortar attack ; noun
19.318 194 mortar shell ; noun
19.319 194 rocket fire ; noun
19.320 194 rocket attack ; noun
19.321 194 rocket attack on TARGET ; noun
19.322 194 missile attack ; noun
19.323 194 missile attack on TARGET ; noun
19.324 194 missile strike ; noun
19.325 194 missile strike on TARGET ; noun
19.326 194 shelling of TARGET ; noun
19.327 194 shelling ; noun
19.328 194 bombardment of TARGET ; noun
19.329 194 bombardment ; noun
19.330 194 barrage ; noun
19.331 195 bomb TARGET from air
19.332 195 launch air strike
19.333 195 launch air strike on TARGET
19.334 195 launch air strike against TARGET
19.335 195 launch airstrike
19.336 195 launch airstrike on TARGET
19.337 195 launch airstrike against TARGET
19.338 195 carry out air strike
19.339 195 carry out air strike on TARGET
19.340 195 carry out air strike against TARGET
19.341 195 carry out airstrike
19.342 195 carry out airstrike on TARGET
19.343 195 conduct air strike
19.344 195 conduct air strike on TARGET
19.345 195 conduct airstrike
19.346 195 conduct airstrike on TARGET
19.347 195 stage air strike
19.348 195 stage air raid
19.349 195 launch air raid
19.350 195 launch air raid on TARGET
19.351 195 carry out air raid
19.352 195 carry out air raid on TARGET
19.353 195 conduct air raid
19.354 195 bomb from the air
19.355 195 strafe TARGET
19.356 195 strafe
19.357 195 dive-bomb
19.358 195 carpet-bomb
19.359 195 carpet bomb
19.360 195 drop bomb on TARGET
19.361 195 drop bomb
19.362 195 drop barrel bomb
19.363 195 fly sortie
19.364 195 fly bombing mission
19.365 195 shoot down TARGET
19.366 195 shoot down
19.367 195 shoot down plane
19.368 195 shoot down jet
19.369 195 shoot down helicopter
19.370 195 shoot down drone
19.371 195 down plane
19.372 195 down jet
19.373 195 down drone
19.374 195 air strike on TARGET ; noun
19.375 195 air strike against TARGET ; noun
19.376 195 air strike ; noun
19.377 195 airstrike on TARGET ; noun
19.378 195 airstrike against TARGET ; noun
19.379 195 airstrike ; noun
19.380 195 air raid on TARGET ; noun
19.381 195 air raid ; noun
19.382 195 aerial bombardment ; noun
19.383 195 aerial bombing ; noun
19.384 195 aerial attack ; noun
19.385 195 air attack ; noun
19.386 195 bombing raid ; noun
19.387 195 bombing campaign ; noun
19.388 195 air campaign ; noun
19.389 1951 fire cruise missile
19.390 1951 fire cruise missile at TARGET
19.391 1951 launch cruise missile
19.392 1951 launch cruise missile at TARGET
19.393 1951 fire precision-guided missile
19.394 1951 fire guided missile
19.395 1951 use precision-guided missile
19.396 1951 use precision guided missile
19.397 1951 use guided missile
19.398 1951 drop guided bomb
19.399 1951 drop smart bomb
19.400 1951 drop laser-guided bomb
19.401 1951 launch precision strike
19.402 1951 carry out precision strike
19.403 1951 cruise missile strike ; noun
19.404 1951 cruise missile attack ; noun
19.405 1951 cruise missile ; noun
19.406 1951 precision strike ; noun
19.407 1951 precision-guided missile ; noun
19.408 1951 precision guided missile ; noun
19.409 1951 guided missile ; noun
19.410 1951 smart bomb ; noun
19.411 1952 launch drone strike
19.412 1952 launch drone strike on TARGET
19.413 1952 launch drone strike against TARGET
19.414 1952 launch drone attack
19.415 1952 launch drone attack on TARGET
19.416 1952 carry out drone strike
19.417 1952 carry out drone strike on TARGET
19.418 1952 carry out drone strike against TARGET
19.419 1952 carry out drone attack
19.420 1952 carry out drone attack on TARGET
19.421 1952 conduct drone strike
19.422 1952 conduct drone strike on TARGET
19.423 1952 conduct drone strike against TARGET
19.424 1952 conduct drone attack
19.425 1952 stage drone strike
19.426 1952 stage drone attack
19.427 1952 order drone strike
19.428 1952 order drone strike on TARGET
19.429 1952 fire missile from drone
19.430 1952 use drone
19.431 1952 use armed drone
19.432 1952 use drone to attack
19.433 1952 use drone to strike
19.434 1952 use drone to kill
19.435 1952 attack with drone
19.436 1952 attack TARGET with drone
19.437 1952 strike with drone
19.438 1952 strike TARGET with drone
19.439 1952 kill TARGET with drone
19.440 1952 kill in drone strike
19.441 1952 kill in drone attack
19.442 1952 target TARGET with drone
19.443 1952 drone strike on TARGET ; noun
19.444 1952 drone strike against TARGET ; noun
19.445 1952 drone strike ; noun
19.446 1952 drone attack on TARGET ; noun
19.447 1952 drone attack against TARGET ; noun
19.448 1952 drone attack ; noun
19.449 1952 armed drone ; noun
19.450 1952 unmanned aerial vehicle ; noun
19.451 1952 predator attack ; noun
19.452 1952 predator strike ; noun
19.453 1952 reaper strike ; noun
19.454 1952 kamikaze drone ; noun
19.455 1952 loitering munition ; noun
19.456 196 violate ceasefire
19.457 196 violate cease-fire
19.458 196 violate truce
19.459 196 violate armistice
19.460 196 breach ceasefire
19.461 196 breach cease-fire
19.462 196 breach truce
19.463 196 break ceasefire
19.464 196 break cease-fire
19.465 196 break truce
19.466 196 break armistice
19.467 196 shatter ceasefire
19.468 196 shatter truce
19.469 196 undermine ceasefire
19.470 196 violate ceasefire agreement
19.471 196 violate truce agreement
19.472 196 breach ceasefire agreement
19.473 196 ceasefire violation ; noun
19.474 196 cease-fire violation ; noun
19.475 196 truce violation ; noun
19.476 196 violation of ceasefire ; noun
19.477 196 violation of cease-fire ; noun
19.478 196 violation of truce ; noun
19.479 196 breach of ceasefire ; noun
19.480 196 breach of truce ; noun
19.481 191 reimpose blockade
19.482 191 reimpose * blockade
19.483 192 mount invasion of TARGET
19.484 192 mount * invasion of TARGET
19.485 192 mount invasion
19.486 192 mount * invasion
19.487 192 launch invasion of TARGET
19.488 190 mount offensive against TARGET
19.489 193 engage TARGET in (a) firefight
19.490 193 engage TARGET in (a) gun battle
19.491 190 engage TARGET in fighting|battle|combat|clash
19.492 191 block TARGET boat|ship|vessel|convoy|shipment|supply|aid|truck ; target
19.493 191 block boat|ship|vessel|convoy|shipment|supply|truck
19.494 190 ram TARGET boat|ship|vessel|ferry|trawler|tanker ; target
19.495 190 ram boat|ship|vessel|ferry|trawler|tanker
19.496 1952 launch|fire|send drone at|against|toward|towards TARGET
19.497 1952 launch|fire|send drone into TARGET
19.498 194 fire|launch ballistic missile at|toward|towards TARGET
19.499 190 clash|fight|battle|skirmish break out between TARGET ; noun, mutual
19.500 190 sink TARGET ship|vessel|boat|warship|submarine|frigate|cruiser ; target
19.501 190 sink ship|vessel|warship|frigate|cruiser
