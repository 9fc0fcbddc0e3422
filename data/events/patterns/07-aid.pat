# 07 Provide aid. Format: docs/patterns.md (ID CODE ELEMENTS [; flags]).
07.001 070 provide aid to TARGET
07.002 070 provide aid
07.003 070 provide assistance to TARGET
07.004 070 provide assistance
07.005 070 give aid to TARGET
07.006 070 give aid
07.007 070 give assistance to TARGET
07.008 070 give assistance
07.009 070 send aid to TARGET
07.010 070 send aid
07.011 070 send assistance to TARGET
07.012 070 send assistance
07.013 070 deliver aid to TARGET
07.014 070 deliver aid
07.015 070 deliver assistance
07.016 070 extend aid to TARGET
07.017 070 extend assistance to TARGET
07.018 070 grant aid to TARGET
07.019 070 grant aid
07.020 070 donate to TARGET
07.021 070 donate
07.022 070 contribute to TARGET
07.023 070 contribute million
07.024 070 contribute billion
07.025 070 give million to TARGET
07.026 070 give billion to TARGET
07.027 070 allocate aid
07.028 070 allocate fund to TARGET
07.029 070 approve aid to TARGET
07.030 070 approve aid
07.031 070 approve assistance
07.032 070 release aid
07.033 070 release fund
07.034 070 disburse aid
07.035 070 disburse fund
07.036 070 airlift aid
07.037 070 airlift supply
07.038 070 fly in aid
07.039 070 ship aid
07.040 070 help TARGET ; target
07.041 070 assist TARGET ; target
07.042 070 aid TARGET ; target
07.043 070 support TARGET with
07.044 070 resume aid to TARGET
07.045 070 resume aid
07.046 070 increase aid to TARGET
07.047 070 increase aid
07.048 070 boost aid to TARGET
07.049 070 step up aid
07.050 070 aid to TARGET ; noun
07.051 070 assistance to TARGET ; noun
07.052 070 aid package ; noun
07.053 070 aid shipment ; noun
07.054 070 aid convoy ; noun
07.055 070 aid delivery ; noun
07.056 071 provide economic aid to TARGET
07.057 071 provide economic aid
07.058 071 provide financial aid to TARGET
07.059 071 provide financial aid
07.060 071 provide financial assistance to TARGET
07.061 071 provide financial assistance
07.062 071 provide economic assistance
07.063 071 give economic aid
07.064 071 give financial aid
07.065 071 give financial assistance
07.066 071 grant economic aid
07.067 071 grant financial aid
07.068 071 extend credit to TARGET
07.069 071 extend credit
07.070 071 extend loan to TARGET
07.071 071 extend loan
07.072 071 provide loan to TARGET
07.073 071 provide loan
07.074 071 grant loan to TARGET
07.075 071 grant loan
07.076 071 give loan to TARGET
07.077 071 give loan
07.078 071 lend TARGET
07.079 071 lend money to TARGET
07.080 071 lend million
07.081 071 lend billion
07.082 071 approve loan to TARGET
07.083 071 approve loan
07.084 071 approve credit
07.085 071 disburse loan
07.086 071 release loan
07.087 071 forgive debt
07.088 071 forgive debt of TARGET
07.089 071 write off debt
07.090 071 write off debt of TARGET
07.091 071 cancel debt
07.092 071 cancel debt of TARGET
07.093 071 reschedule debt
07.094 071 restructure debt
07.095 071 grant debt relief
07.096 071 provide debt relief
07.097 071 provide budget support
07.098 071 bail out TARGET
07.099 071 bail out
07.100 071 provide bailout
07.101 071 approve bailout
07.102 071 grant bailout
07.103 071 provide grant to TARGET
07.104 071 provide grant
07.105 071 provide fund to TARGET
07.106 071 provide funding to TARGET
07.107 071 provide funding
07.108 071 finance project
07.109 071 fund project
07.110 071 fund TARGET
07.111 071 finance TARGET
07.112 071 deposit million in
07.113 071 deposit billion in
07.114 071 economic aid to TARGET ; noun
07.115 071 financial aid to TARGET ; noun
07.116 071 financial assistance to TARGET ; noun
07.117 071 loan to TARGET ; noun
07.118 071 bailout of TARGET ; noun
07.119 071 debt relief ; noun
07.120 072 provide military aid to TARGET
07.121 072 provide military aid
07.122 072 provide military assistance to TARGET
07.123 072 provide military assistance
07.124 072 give military aid
07.125 072 give military assistance
07.126 072 send military aid
07.127 072 send military assistance
07.128 072 send weapon to TARGET
07.129 072 send weapon
07.130 072 send arm to TARGET
07.131 072 send arm
07.132 072 supply weapon to TARGET
07.133 072 supply weapon
07.134 072 supply arm to TARGET
07.135 072 supply arm
07.136 072 supply TARGET with weapon
07.137 072 supply TARGET with arm
07.138 072 provide weapon to TARGET
07.139 072 provide weapon
07.140 072 provide arm to TARGET
07.141 072 provide arm
07.142 072 deliver weapon to TARGET
07.143 072 deliver weapon
07.144 072 deliver arm
07.145 072 deliver missile
07.146 072 deliver tank
07.147 072 deliver jet
07.148 072 ship weapon to TARGET
07.149 072 ship arm to TARGET
07.150 072 arm TARGET ; verb
07.151 072 equip TARGET
07.152 072 sell weapon to TARGET
07.153 072 sell arm to TARGET
07.154 072 sell jet to TARGET
07.155 072 sell missile to TARGET
07.156 072 sell tank to TARGET
07.157 072 approve arm sale to TARGET
07.158 072 approve arm sale
07.159 072 approve weapon sale
07.160 072 approve military aid
07.161 072 transfer weapon to TARGET
07.162 072 send military adviser
07.163 072 send military advisor
07.164 072 send troop to help
07.165 072 continue military aid
07.166 072 resume military aid
07.167 072 military aid to TARGET ; noun
07.168 072 military assistance to TARGET ; noun
07.169 072 arm sale to TARGET ; noun
07.170 072 arm shipment to TARGET ; noun
07.171 072 weapon delivery to TARGET ; noun
07.172 072 arm delivery ; noun
07.173 072 arm supply ; noun
07.174 073 provide humanitarian aid to TARGET
07.175 073 provide humanitarian aid
07.176 073 provide humanitarian assistance to TARGET
07.177 073 provide humanitarian assistance
07.178 073 send humanitarian aid to TARGET
07.179 073 send humanitarian aid
07.180 073 send humanitarian assistance
07.181 073 deliver humanitarian aid to TARGET
07.182 073 deliver humanitarian aid
07.183 073 deliver humanitarian assistance
07.184 073 give humanitarian aid
07.185 073 give humanitarian assistance
07.186 073 provide food aid to TARGET
07.187 073 provide food aid
07.188 073 send food aid
07.189 073 deliver food aid
07.190 073 send food to TARGET
07.191 073 send food
07.192 073 deliver food
07.193 073 deliver food to TARGET
07.194 073 provide food
07.195 073 distribute food
07.196 073 distribute aid
07.197 073 distribute relief
07.198 073 send medicine
07.199 073 send medicine to TARGET
07.200 073 deliver medicine
07.201 073 provide medicine
07.202 073 send medical aid
07.203 073 send medical supply
07.204 073 provide medical aid
07.205 073 provide medical assistance
07.206 073 send doctor
07.207 073 send medical team
07.208 073 send rescue team
07.209 073 send relief team
07.210 073 send relief
07.211 073 send relief supply
07.212 073 provide relief
07.213 073 deliver relief
07.214 073 airlift food
07.215 073 airlift medicine
07.216 073 airlift relief
07.217 073 airdrop aid
07.218 073 airdrop food
07.219 073 provide shelter
07.220 073 send tent
07.221 073 provide emergency aid
07.222 073 send emergency aid
07.223 073 provide disaster relief
07.224 073 rescue TARGET
07.225 073 evacuate TARGET
07.226 073 evacuate civilian
07.227 073 evacuate wounded
07.228 073 humanitarian aid to TARGET ; noun
07.229 073 humanitarian assistance to TARGET ; noun
07.230 073 food aid to TARGET ; noun
07.231 073 relief supply ; noun
07.232 073 humanitarian convoy ; noun
07.233 074 deploy peacekeeper to TARGET
07.234 074 deploy peacekeeper
07.235 074 send peacekeeper to TARGET
07.236 074 send peacekeeper
07.237 074 deploy peacekeeping force
07.238 074 deploy peacekeeping troop
07.239 074 send peacekeeping force
07.240 074 send peacekeeping troop
07.241 074 contribute peacekeeper
07.242 074 contribute troop to peacekeeping
07.243 074 contribute troop to force
07.244 074 deploy monitor
07.245 074 send monitor
07.246 074 deploy observer
07.247 074 send observer
07.248 074 send troop to protect
07.249 074 deploy troop to protect
07.250 074 provide protection to TARGET
07.251 074 provide protection
07.252 074 provide security for TARGET
07.253 074 provide security
07.254 074 protect TARGET ; target
07.255 074 guard TARGET ; target
07.256 074 escort TARGET ; target
07.257 074 extend mandate of peacekeeping
07.258 074 extend peacekeeping mandate
07.259 074 extend mandate of force
07.260 074 renew mandate
07.261 074 establish no-fly zone
07.262 074 enforce no-fly zone
07.263 074 set up safe zone
07.264 074 establish safe zone
07.265 074 provide security guarantee to TARGET
07.266 074 provide security guarantee
07.267 074 give security guarantee
07.268 074 extend nuclear umbrella
07.269 074 peacekeeping mission ; noun
07.270 074 peacekeeping force ; noun
07.271 074 peacekeeper ; noun
07.272 075 grant asylum to TARGET
07.273 075 grant asylum
07.274 075 give asylum to TARGET
07.275 075 give asylum
07.276 075 offer asylum to TARGET
07.277 075 offer asylum
07.278 075 provide asylum to TARGET
07.279 075 provide asylum
07.280 075 grant political asylum
07.281 075 grant refuge to TARGET
07.282 075 give refuge to TARGET
07.283 075 give refuge
07.284 075 provide refuge
07.285 075 offer refuge
07.286 075 shelter TARGET
07.287 075 harbor TARGET
07.288 075 harbour TARGET
07.289 075 take in refugee
07.290 075 take in TARGET refugee|migrant|exile|asylum-seeker|evacuee ; target
07.291 075 admit refugee
07.292 075 accept refugee
07.293 075 receive refugee
07.294 075 resettle refugee
07.295 075 welcome refugee
07.296 075 open border to refugee
07.297 075 grant refugee status
07.298 075 grant residency to TARGET
07.299 075 asylum for TARGET ; noun
07.300 075 asylum to TARGET ; noun
# The giver, critic or sender named after "from" is the source; the clause subject is the target.
07.301 070 receive aid from SOURCE
07.302 070 receive assistance from SOURCE
07.303 070 get aid from SOURCE
07.304 070 accept aid from SOURCE
07.305 070 accept assistance from SOURCE
07.306 071 receive economic aid from SOURCE
07.307 071 receive loan from SOURCE
07.308 071 receive fund from SOURCE
07.309 071 receive funding from SOURCE
07.310 071 receive grant from SOURCE
07.311 072 receive weapon from SOURCE
07.312 072 receive arm from SOURCE
07.313 072 receive arms from SOURCE
07.314 072 receive military aid from SOURCE
07.315 072 obtain weapon from SOURCE
07.316 072 receive military assistance from SOURCE
07.317 073 receive humanitarian aid from SOURCE
07.318 073 receive food aid from SOURCE
07.319 074 receive protection from SOURCE
07.320 070 hand over aid to TARGET
07.321 073 hand over medicine to TARGET
07.322 073 deliver medicine to TARGET
07.323 070 give TARGET * aid
07.324 070 give TARGET * in aid
07.325 071 give TARGET * grant
07.326 071 give TARGET * loan
07.327 072 provide * weapon to TARGET
07.328 072 provide * military intelligence to TARGET
07.329 072 supply * weapon to TARGET
07.330 073 provide * food aid to TARGET
07.331 073 deliver * food to TARGET
07.332 073 hand over * medicine|food|supplies to TARGET
07.333 070 hand over * aid to TARGET
07.334 073 deliver * medicine|supplies to TARGET
07.335 072 send|supply|deliver|ship|provide|transfer missile|ammunition|munition|howitzer|artillery|drone to TARGET
07.336 072 send|supply|deliver|ship|provide|transfer air defense|air defence to TARGET
07.337 072 send|supply|ship|transfer missile|ammunition|munition|howitzer|drone
07.338 072 supply TARGET with missile|ammunition|munition|drone
07.339 072 send|supply|deliver|ship|provide|transfer patriot|missile|rocket|weapon|artillery|radar|defense|defence system to TARGET
07.340 072 deliver|supply|ship|transfer tank|jet|warplane|helicopter|warship to TARGET
07.341 072 sale of * jet|missile|weapon|arm|tank|drone|aircraft|fighter|helicopter|munition to TARGET ; noun
