# 18 Assault (unconventional violence). Format: docs/patterns.md (ID CODE ELEMENTS [; flags]).
18.001 180 attack TARGET with knife
18.002 180 attack TARGET with machete
18.003 180 attack TARGET with axe
18.004 180 carry out terrorist attack
18.005 180 carry out terror attack
18.006 180 carry out terrorist attack on TARGET
18.007 180 launch terrorist attack
18.008 180 launch terror attack
18.009 180 stage terrorist attack
18.010 180 commit terrorist attack
18.011 180 commit terrorism
18.012 180 commit act of terrorism
18.013 180 terrorize TARGET
18.014 180 terrorise TARGET
18.015 180 terrorize
18.016 180 terrorise
18.017 180 ambush TARGET
18.018 180 ambush
18.019 180 stab TARGET
18.020 180 stab
18.021 180 hack to death
18.022 180 hack TARGET to death
18.023 180 lynch TARGET
18.024 180 lynch
18.025 180 poison TARGET
18.026 180 poison
18.027 180 attack civilian
18.028 180 attack village
18.029 180 attack camp
18.030 180 attack refugee camp
18.031 180 attack church
18.032 180 attack mosque
18.033 180 attack temple
18.034 180 attack market
18.035 180 attack bus
18.036 180 attack school
18.037 180 attack hospital
18.038 180 attack aid convoy
18.039 180 attack aid worker
18.040 180 attack pilgrim
18.041 180 attack worshipper
18.042 180 attack tourist
18.043 180 attack settler
18.044 180 attack checkpoint
18.045 180 attack police station
18.046 180 attack police post
18.047 180 attack polling station
18.048 180 attack pipeline
18.049 180 raid village
18.050 180 storm village
18.051 180 terrorist attack on TARGET ; noun
18.052 180 terrorist attack ; noun
18.053 180 terror attack on TARGET ; noun
18.054 180 terror attack ; noun
18.055 180 terrorism ; noun
18.056 180 militant attack ; noun
18.057 180 knife attack ; noun
18.058 180 arson attack ; noun
18.059 180 acid attack ; noun
18.060 181 abduct TARGET
18.061 181 abduct
18.062 181 kidnap TARGET
18.063 181 kidnap
18.064 181 take TARGET hostage
18.065 181 take hostage
18.066 181 take TARGET captive
18.067 181 take captive
18.068 181 take TARGET prisoner
18.069 181 take prisoner
18.070 181 hold TARGET hostage
18.071 181 hold hostage
18.072 181 hold TARGET captive
18.073 181 hold captive
18.074 181 seize hostage
18.075 181 seize TARGET as hostage
18.076 181 snatch TARGET
18.077 181 hijack TARGET
18.078 181 hijack
18.079 181 hijack plane
18.080 181 hijack aircraft
18.081 181 hijack airliner
18.082 181 hijack bus
18.083 181 hijack ship
18.084 181 hijack vessel
18.085 181 hijack tanker
18.086 181 commandeer plane
18.087 181 seize plane
18.088 181 seize ship with crew
18.089 181 board and seize
18.090 181 capture hostage
18.091 181 kidnapping of TARGET ; noun
18.092 181 kidnapping ; noun
18.093 181 abduction of TARGET ; noun
18.094 181 abduction ; noun
18.095 181 hijacking of TARGET ; noun
18.096 181 hijacking ; noun
18.097 181 hostage-taking ; noun
18.098 181 hostage taking ; noun
18.099 182 assault TARGET
18.100 182 assault
18.101 182 beat TARGET
18.102 182 beat
18.103 182 beat up TARGET
18.104 182 beat up
18.105 182 beat TARGET up
18.106 182 attack TARGET physically
18.107 182 physically attack
18.108 182 physically assault
18.109 182 punch TARGET
18.110 182 kick TARGET
18.111 182 slap TARGET
18.112 182 whip TARGET
18.113 182 flog TARGET
18.114 182 flog
18.115 182 lash TARGET
18.116 182 cane TARGET
18.117 182 club TARGET
18.118 182 bludgeon TARGET
18.119 182 maul TARGET
18.120 182 manhandle TARGET
18.121 182 rough up TARGET
18.122 182 injure TARGET
18.123 182 injure
18.124 182 wound TARGET
18.125 182 wound
18.126 182 maim TARGET
18.127 182 maim
18.128 182 hurt TARGET
18.129 182 brutalize TARGET
18.130 182 mistreat TARGET
18.131 182 mistreat
18.132 182 ill-treat TARGET
18.133 182 abuse TARGET
18.134 182 abuse prisoner
18.135 182 abuse detainee
18.136 182 assault on TARGET ; noun
18.137 182 beating of TARGET ; noun
18.138 182 beating ; noun
18.139 182 physical assault ; noun
18.140 1821 rape TARGET
18.141 1821 rape
18.142 1821 sexually assault TARGET
18.143 1821 sexually assault
18.144 1821 sexually abuse TARGET
18.145 1821 sexually abuse
18.146 1821 molest TARGET
18.147 1821 molest
18.148 1821 gang-rape
18.149 1821 gang rape
18.150 1821 rape of TARGET ; noun
18.151 1821 rape ; noun
18.152 1821 sexual assault ; noun
18.153 1821 sexual abuse ; noun
18.154 1821 sexual violence ; noun
18.155 1822 torture TARGET
18.156 1822 torture
18.157 1822 torture prisoner
18.158 1822 torture detainee
18.159 1822 subject TARGET to torture
18.160 1822 subject to torture
18.161 1822 waterboard
18.162 1822 waterboard TARGET
18.163 1822 torture of TARGET ; noun
18.164 1822 torture ; noun
18.165 1822 abuse of prisoner ; noun
18.166 1822 abuse of detainee ; noun
18.167 1823 beat TARGET to death
18.168 1823 beat to death
18.169 1823 stab TARGET to death
18.170 1823 stab to death
18.171 1823 stone TARGET to death
18.172 1823 stone to death
18.173 1823 hack to death
18.174 1823 burn TARGET to death
18.175 1823 burn to death
18.176 1823 strangle TARGET
18.177 1823 strangle
18.178 1823 lynch to death
18.179 1823 kill TARGET with knife
18.180 1823 kill TARGET with machete
18.181 1823 kill TARGET with axe
18.182 1823 behead TARGET
18.183 1823 behead
18.184 1823 decapitate TARGET
18.185 1823 decapitate
18.186 1823 slit throat of TARGET
18.187 1823 slit throat
18.188 1823 murder TARGET
18.189 1823 murder
18.190 1823 execute TARGET
18.191 1823 execute
18.192 1823 execute hostage
18.193 1823 execute prisoner
18.194 1823 execute TARGET hostage
18.195 1823 summarily execute
18.196 1823 slaughter TARGET
18.197 1823 slaughter
18.198 1823 butcher TARGET
18.199 1823 butcher
18.200 1823 murder of TARGET ; noun
18.201 1823 murder ; noun
18.202 1823 beheading of TARGET ; noun
18.203 1823 beheading ; noun
18.204 1823 execution of TARGET ; noun
18.205 1823 execution ; noun
18.206 1823 lynching ; noun
18.207 1823 stabbing ; noun
18.208 183 bomb TARGET
18.209 183 bomb
18.210 183 set off bomb
18.211 183 set off explosive
18.212 183 detonate bomb
18.213 183 detonate explosive
18.214 183 detonate device
18.215 183 explode bomb
18.216 183 explode device
18.217 183 plant bomb
18.218 183 plant bomb in TARGET
18.219 183 plant explosive
18.220 183 plant explosive device
18.221 183 blow up TARGET
18.222 183 blow up
18.223 183 blow themselves up
18.224 183 blow himself up
18.225 183 blow herself up
18.226 183 carry out bombing
18.227 183 carry out bomb attack
18.228 183 stage bombing
18.229 183 launch bombing
18.230 183 throw grenade
18.231 183 throw grenade at TARGET
18.232 183 hurl grenade
18.233 183 lob grenade
18.234 183 toss grenade
18.235 183 bombing of TARGET ; noun
18.236 183 bombing in TARGET ; noun
18.237 183 bombing ; noun
18.238 183 bomb attack on TARGET ; noun
18.239 183 bomb attack ; noun
18.240 183 bomb blast ; noun
18.241 183 blast ; noun
18.242 183 explosion ; noun
18.243 183 bomb explosion ; noun
18.244 183 grenade attack ; noun
18.245 183 bomb ; noun
18.246 183 improvised explosive device ; noun
18.247 183 explosive device ; noun
18.248 183 parcel bomb ; noun
18.249 183 letter bomb ; noun
18.250 183 minefield explosion ; noun
18.251 183 mine explosion ; noun
18.252 183 landmine explosion ; noun
18.253 1831 carry out suicide bombing
18.254 1831 carry out suicide attack
18.255 1831 carry out suicide bomb attack
18.256 1831 launch suicide attack
18.257 1831 launch suicide bombing
18.258 1831 stage suicide attack
18.259 1831 stage suicide bombing
18.260 1831 blow himself up
18.261 1831 blow herself up
18.262 1831 blow themselves up
18.263 1831 detonate suicide vest
18.264 1831 detonate explosive vest
18.265 1831 detonate explosive belt
18.266 1831 suicide bombing ; noun
18.267 1831 suicide attack ; noun
18.268 1831 suicide bomb attack ; noun
18.269 1831 suicide bomber ; noun
18.270 1831 suicide blast ; noun
18.271 1831 suicide car bombing ; noun
18.272 1832 detonate car bomb
18.273 1832 set off car bomb
18.274 1832 explode car bomb
18.275 1832 plant car bomb
18.276 1832 carry out car bombing
18.277 1832 ram car into
18.278 1832 ram truck into
18.279 1832 ram vehicle into
18.280 1832 drive car into
18.281 1832 drive truck into
18.282 1832 drive vehicle into
18.283 1832 car bomb ; noun
18.284 1832 car bombing ; noun
18.285 1832 car bomb explosion ; noun
18.286 1832 truck bomb ; noun
18.287 1832 truck bombing ; noun
18.288 1832 vehicle bomb ; noun
18.289 1832 vehicle-borne ; noun
18.290 1832 booby-trapped car ; noun
18.291 1832 booby-trapped vehicle ; noun
18.292 1832 suicide car bomb ; noun
18.293 1832 ramming attack ; noun
18.294 1833 plant roadside bomb
18.295 1833 detonate roadside bomb
18.296 1833 set off roadside bomb
18.297 1833 explode roadside bomb
18.298 1833 roadside bomb ; noun
18.299 1833 roadside bombing ; noun
18.300 1833 roadside explosion ; noun
18.301 1833 improvised explosive ; noun
18.302 1833 ied ; noun
18.303 1833 landmine ; noun
18.304 1833 land mine ; noun
18.305 1833 mine blast ; noun
18.306 1834 bomb market
18.307 1834 bomb mosque
18.308 1834 bomb church
18.309 1834 bomb hotel
18.310 1834 bomb restaurant
18.311 1834 bomb cafe
18.312 1834 bomb embassy
18.313 1834 bomb office
18.314 1834 bomb station
18.315 1834 bomb bus station
18.316 1834 bomb train
18.317 1834 bomb bus
18.318 1834 bomb building
18.319 1834 bomb school
18.320 1834 bomb hospital
18.321 1834 bomb shrine
18.322 1834 bomb temple
18.323 1834 bomb stadium
18.324 1834 bomb airport
18.325 1834 blow up market
18.326 1834 blow up mosque
18.327 1834 blow up church
18.328 1834 blow up hotel
18.329 1834 blow up bus
18.330 1834 blow up train
18.331 1834 blow up embassy
18.332 1834 blow up office
18.333 1834 blow up station
18.334 1834 blow up shrine
18.335 1834 market bombing ; noun
18.336 1834 mosque bombing ; noun
18.337 1834 church bombing ; noun
18.338 1834 hotel bombing ; noun
18.339 1834 embassy bombing ; noun
18.340 1834 bus bombing ; noun
18.341 1834 train bombing ; noun
18.342 184 use TARGET as human shield
18.343 184 use civilian as human shield
18.344 184 use as human shield
18.345 184 use human shield
18.346 184 use hostage as shield
18.347 184 use civilian as shield
18.348 184 hide behind civilian
18.349 184 hide among civilian
18.350 184 shield behind civilian
18.351 184 human shield ; noun
18.352 185 attempt to assassinate TARGET
18.353 185 attempt to assassinate
18.354 185 try to assassinate TARGET
18.355 185 try to assassinate
18.356 185 try to kill TARGET
18.357 185 attempt to kill TARGET
18.358 185 plot to assassinate TARGET
18.359 185 plot to assassinate
18.360 185 plot to kill TARGET
18.361 185 survive assassination attempt
18.362 185 survive attempt on life
18.363 185 escape assassination attempt
18.364 185 escape assassination
18.365 185 target TARGET in assassination attempt
18.366 185 make attempt on life of TARGET
18.367 185 assassination attempt on TARGET ; noun
18.368 185 assassination attempt ; noun
18.369 185 attempt on life of TARGET ; noun
18.370 185 attempt on life ; noun
18.371 185 assassination bid ; noun
18.372 185 assassination plot ; noun
18.373 185 failed assassination ; noun
18.374 186 assassinate TARGET
18.375 186 assassinate
18.376 186 kill TARGET in assassination
18.377 186 gun down TARGET
18.378 186 gun down
18.379 186 shoot dead TARGET
18.380 186 shoot TARGET dead
18.381 186 shoot dead
18.382 186 shoot and kill TARGET
18.383 186 target killing
18.384 186 carry out assassination
18.385 186 carry out targeted killing
18.386 186 eliminate TARGET
18.387 186 assassination of TARGET ; noun
18.388 186 assassination ; noun
18.389 186 targeted killing of TARGET ; noun
18.390 186 targeted killing ; noun
18.391 1823 hang TARGET ; target, verb
18.392 1823 publicly hang
