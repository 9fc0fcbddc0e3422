# 15 Exhibit force posture. Format: docs/patterns.md (ID CODE ELEMENTS [; flags]).
15.001 150 show of force ; noun
15.002 150 show force
15.003 150 flex muscle
15.004 150 flex military muscle
15.005 150 parade troop
15.006 150 parade missile
15.007 150 hold military parade
15.008 150 stage military parade
15.009 150 hold military exercise
15.010 150 stage military exercise
15.011 150 conduct military exercise
15.012 150 hold military drill
15.013 150 stage military drill
15.014 150 conduct military drill
15.015 150 hold war game
15.016 150 stage war game
15.017 150 conduct war game
15.018 150 hold exercise near TARGET
15.019 150 hold drill near TARGET
15.020 150 conduct drill near TARGET
15.021 150 test missile
15.022 150 test-fire missile
15.023 150 test fire missile
15.024 150 fire test missile
15.025 150 launch test missile
15.026 150 conduct missile test
15.027 150 carry out missile test
15.028 150 conduct nuclear test
15.029 150 carry out nuclear test
15.030 150 test nuclear device
15.031 150 test ballistic missile
15.032 150 test-fire ballistic missile
15.033 150 fly warplane over
15.034 150 fly bomber over
15.035 150 send warship to TARGET
15.036 150 send warship
15.037 150 dispatch warship
15.038 150 send aircraft carrier
15.039 150 dispatch aircraft carrier
15.040 150 deploy aircraft carrier
15.041 150 move warship
15.042 150 sail warship
15.043 150 send bomber
15.044 150 fly bomber
15.045 150 prepare to attack
15.046 150 prepare for attack
15.047 150 prepare for war
15.048 150 prepare offensive
15.049 150 prepare to launch offensive
15.050 150 prepare for offensive
15.051 150 gear up for offensive
15.052 150 gear up for war
15.053 150 mass troop
15.054 150 mass troop on border
15.055 150 mass troop near TARGET
15.056 150 mass force on border
15.057 150 amass troop
15.058 150 amass troop on border
15.059 150 build up troop
15.060 150 build up force
15.061 150 build up force near TARGET
15.062 150 patrol
15.063 150 patrol border
15.064 150 step up patrol
15.065 150 increase patrol
15.066 150 military buildup ; noun
15.067 150 military build-up ; noun
15.068 150 troop buildup ; noun
15.069 150 troop build-up ; noun
15.070 150 military exercise ; noun
15.071 150 military drill ; noun
15.072 150 war game ; noun
15.073 150 missile test ; noun
15.074 150 nuclear test ; noun
15.075 151 put police on alert
15.076 151 place police on alert
15.077 151 put police on high alert
15.078 151 place police on high alert
15.079 151 raise police alert
15.080 151 heighten police alert
15.081 151 increase police alert
15.082 151 police on alert ; noun
15.083 151 police on high alert ; noun
15.084 151 tighten security
15.085 151 step up security
15.086 151 beef up security
15.087 151 increase security
15.088 151 boost security
15.089 151 heighten security
15.090 151 raise security level
15.091 151 raise terror alert
15.092 151 raise threat level
15.093 151 raise alert level
15.094 151 heightened security ; noun
15.095 151 tight security ; noun
15.096 151 security alert ; noun
15.097 152 put troop on alert
15.098 152 put troop on high alert
15.099 152 place troop on alert
15.100 152 place troop on high alert
15.101 152 put army on alert
15.102 152 put army on high alert
15.103 152 place army on alert
15.104 152 put military on alert
15.105 152 put military on high alert
15.106 152 place military on alert
15.107 152 put force on alert
15.108 152 put force on high alert
15.109 152 place force on alert
15.110 152 place force on high alert
15.111 152 put air force on alert
15.112 152 put navy on alert
15.113 152 put nuclear force on alert
15.114 152 raise military alert
15.115 152 raise alert status
15.116 152 raise combat readiness
15.117 152 increase combat readiness
15.118 152 heighten combat readiness
15.119 152 declare combat readiness
15.120 152 go on high alert
15.121 152 go on alert
15.122 152 be on high alert
15.123 152 on high alert
15.124 152 on full alert
15.125 152 on maximum alert
15.126 152 put on war footing
15.127 152 place on war footing
15.128 152 high alert ; noun
15.129 152 combat readiness ; noun
15.130 152 war footing ; noun
15.131 153 mobilize police
15.132 153 mobilise police
15.133 153 deploy police
15.134 153 deploy riot police
15.135 153 deploy security force
15.136 153 send police
15.137 153 send riot police
15.138 153 dispatch police
15.139 153 dispatch riot police
15.140 153 bring in police
15.141 153 station police
15.142 153 reinforce police
15.143 153 boost police presence
15.144 153 increase police presence
15.145 153 step up police presence
15.146 153 recruit police
15.147 153 expand police
15.148 153 deploy paramilitary
15.149 153 send paramilitary
15.150 153 deploy national guard
15.151 153 call in national guard
15.152 153 call out national guard
15.153 153 police reinforcement ; noun
15.154 153 police deployment ; noun
15.155 154 mobilize troop
15.156 154 mobilise troop
15.157 154 mobilize army
15.158 154 mobilise army
15.159 154 mobilize force
15.160 154 mobilise force
15.161 154 mobilize reservist
15.162 154 mobilise reservist
15.163 154 mobilize reserve
15.164 154 call up reservist
15.165 154 call up reserve
15.166 154 call up soldier
15.167 154 order mobilization
15.168 154 order mobilisation
15.169 154 declare mobilization
15.170 154 announce mobilization
15.171 154 general mobilization ; noun
15.172 154 deploy troop
15.173 154 deploy troop to TARGET
15.174 154 deploy troop in TARGET
15.175 154 deploy troop near TARGET
15.176 154 deploy troop along
15.177 154 deploy force
15.178 154 deploy force to TARGET
15.179 154 deploy soldier
15.180 154 deploy soldier to TARGET
15.181 154 deploy army
15.182 154 deploy tank
15.183 154 deploy tank to TARGET
15.184 154 deploy missile
15.185 154 deploy missile in TARGET
15.186 154 deploy missile to TARGET
15.187 154 deploy warplane
15.188 154 deploy jet
15.189 154 deploy fighter jet
15.190 154 deploy bomber
15.191 154 deploy warship
15.192 154 deploy navy
15.193 154 deploy artillery
15.194 154 deploy air defense
15.195 154 deploy air defence
15.196 154 deploy additional troop
15.197 154 send troop
15.198 154 send troop to TARGET
15.199 154 send troop into TARGET
15.200 154 send soldier to TARGET
15.201 154 send force to TARGET
15.202 154 send more troop
15.203 154 send additional troop
15.204 154 send reinforcement
15.205 154 send reinforcement to TARGET
15.206 154 dispatch troop
15.207 154 dispatch troop to TARGET
15.208 154 dispatch force
15.209 154 dispatch soldier
15.210 154 dispatch reinforcement
15.211 154 move troop
15.212 154 move troop to TARGET
15.213 154 move troop toward TARGET
15.214 154 move tank
15.215 154 move tank to TARGET
15.216 154 move missile
15.217 154 rush troop
15.218 154 rush troop to TARGET
15.219 154 reinforce troop
15.220 154 reinforce border
15.221 154 reinforce position
15.222 154 reinforce garrison
15.223 154 boost troop
15.224 154 increase troop
15.225 154 increase military presence
15.226 154 boost military presence
15.227 154 expand military presence
15.228 154 strengthen military presence
15.229 154 build military base
15.230 154 establish military base
15.231 154 set up military base
15.232 154 station troop
15.233 154 station troop in TARGET
15.234 154 station missile
15.235 154 rearm
15.236 154 recruit fighter
15.237 154 recruit soldier
15.238 154 conscript
15.239 154 expand army
15.240 154 increase military spending
15.241 154 increase defense spending
15.242 154 increase defence spending
15.243 154 boost defense spending
15.244 154 boost defence spending
15.245 154 troop deployment ; noun
15.246 154 deployment of troop ; noun
15.247 154 deployment of force ; noun
15.248 154 military deployment ; noun
15.249 154 reinforcement ; noun
15.250 154 mobilization ; noun
15.251 154 mobilisation ; noun
15.252 155 mobilize cyber force
15.253 155 deploy cyber force
15.254 155 create cyber command
15.255 155 establish cyber command
15.256 155 set up cyber command
15.257 155 expand cyber capability
15.258 155 boost cyber capability
15.259 155 build cyber army
15.260 155 recruit hacker
15.261 155 cyber force ; noun
15.262 155 cyber army ; noun
15.263 155 cyber command ; noun
15.264 152 remain on alert
15.265 152 stay on alert
15.266 154 strengthen force
15.268 154 reinforce force
15.269 150 send|fly * warplane|aircraft|jet|bomber|warship into TARGET
