# 04 Consult. Format: docs/patterns.md (ID CODE ELEMENTS [; flags]).
04.001 040 consult TARGET
04.002 040 consult with TARGET
04.003 040 hold consultation with TARGET
04.004 040 hold consultation
04.005 040 confer with TARGET
04.006 040 discuss with TARGET
04.007 040 discuss TARGET
04.008 040 talk with|to TARGET
04.009 040 hold talk with TARGET
04.010 040 hold talk
04.011 040 have talk with TARGET
04.012 040 hold discussion with TARGET
04.013 040 hold discussion
04.014 040 have discussion with TARGET
04.015 040 exchange view with TARGET
04.016 040 exchange view
04.017 040 exchange idea with TARGET
04.018 040 meet TARGET
04.019 040 meet with TARGET
04.020 040 hold meeting with TARGET
04.021 040 hold meeting
04.022 040 have meeting with TARGET
04.023 040 sit down with TARGET
04.024 043 receive TARGET
04.025 040 brief TARGET
04.026 040 hold bilateral talk
04.027 040 hold bilateral meeting
04.028 040 hold summit
04.029 040 hold summit with TARGET
04.030 040 attend summit
04.031 040 attend meeting
04.032 040 attend conference
04.033 040 attend talk
04.034 040 join talk
04.035 040 join TARGET for talk
04.036 040 convene meeting
04.037 040 convene summit
04.038 040 convene conference
04.039 040 call meeting
04.040 040 host meeting
04.041 040 hold round of talk
04.042 040 hold new round of talk
04.043 040 engage with TARGET
04.044 040 engage TARGET
04.045 040 reach out to TARGET
04.046 040 contact TARGET
04.047 040 be in contact with TARGET
04.048 040 in contact with TARGET
04.049 040 keep in touch with TARGET
04.050 040 liaise with TARGET
04.051 040 consultation with TARGET ; noun
04.052 040 talk with TARGET ; noun
04.053 040 talk between TARGET ; noun
04.054 040 meeting with TARGET ; noun
04.055 040 meeting between TARGET ; noun
04.056 040 summit with TARGET ; noun
04.057 040 summit between TARGET ; noun
04.058 040 discussion with TARGET ; noun
04.059 040 discussion between TARGET ; noun
04.060 041 telephone TARGET
04.061 041 phone TARGET
04.062 041 call TARGET ; target
04.063 041 talk by telephone with TARGET
04.064 041 talk by phone with TARGET
04.065 041 speak by telephone with TARGET
04.066 041 speak by phone with TARGET
04.067 041 speak on telephone with TARGET
04.068 041 speak on phone with TARGET
04.069 041 speak by telephone to TARGET
04.070 041 speak by phone to TARGET
04.071 041 hold telephone conversation with TARGET
04.072 041 hold telephone talk with TARGET
04.073 041 hold phone conversation with TARGET
04.074 041 hold phone talk with TARGET
04.075 041 have telephone conversation with TARGET
04.076 041 have phone conversation with TARGET
04.077 041 have phone call with TARGET
04.078 041 make phone call to TARGET
04.079 041 make telephone call to TARGET
04.080 041 receive phone call from TARGET
04.081 041 receive telephone call from TARGET
04.082 041 receive call from TARGET
04.083 041 hold video call with TARGET
04.084 041 hold video conference with TARGET
04.085 041 hold videoconference with TARGET
04.086 041 speak via video link with TARGET
04.087 041 exchange message with TARGET
04.088 041 exchange letter with TARGET
04.089 041 send letter to TARGET
04.090 041 send message to TARGET
04.091 041 write to TARGET
04.092 041 phone call with TARGET ; noun
04.093 041 telephone call with TARGET ; noun
04.094 041 phone conversation with TARGET ; noun
04.095 041 telephone conversation with TARGET ; noun
04.096 041 phone call between TARGET ; noun
04.097 041 telephone call between TARGET ; noun
04.098 042 visit TARGET
04.099 042 pay visit to TARGET
04.100 042 make visit to TARGET
04.101 042 pay official visit to TARGET
04.102 042 pay state visit to TARGET
04.103 042 make trip to TARGET
04.104 042 travel to TARGET
04.105 042 fly to TARGET
04.106 042 go to TARGET
04.107 042 arrive in TARGET
04.108 042 arrive at TARGET
04.109 042 land in TARGET
04.110 042 leave for TARGET
04.111 042 depart for TARGET
04.112 042 head to TARGET
04.113 042 head for TARGET
04.114 042 tour TARGET
04.115 042 stop in TARGET
04.116 042 stop over in TARGET
04.117 042 stopover in TARGET
04.118 042 come to TARGET
04.119 042 return to TARGET for talk
04.120 042 begin visit to TARGET
04.121 042 begin tour of TARGET
04.122 042 start visit to TARGET
04.123 042 wrap up visit to TARGET
04.124 042 end visit to TARGET
04.125 042 conclude visit to TARGET
04.126 042 on visit to TARGET
04.127 042 on trip to TARGET
04.128 042 on tour of TARGET
04.129 042 during visit to TARGET
04.130 042 visit to TARGET ; noun
04.131 042 trip to TARGET ; noun
04.132 042 tour of TARGET ; noun
04.133 042 state visit to TARGET ; noun
04.134 042 official visit to TARGET ; noun
04.135 042 arrival in TARGET ; noun
04.136 043 host TARGET
04.137 043 play host to TARGET
04.138 043 welcome TARGET to
04.139 043 receive visit by|from TARGET
04.140 043 receive visiting TARGET
04.141 043 hold welcoming ceremony for TARGET
04.142 043 roll out red carpet for TARGET
04.143 043 greet TARGET
04.144 043 invite TARGET to visit
04.145 043 host visit by TARGET
04.146 043 host visit of TARGET
04.147 043 host delegation from TARGET
04.148 043 host talk with TARGET
04.149 043 host summit with TARGET
04.150 043 host delegation
04.151 043 receive delegation from TARGET
04.152 043 receive delegation
04.153 043 receive visiting delegation
04.154 043 welcome delegation from TARGET
04.155 043 welcome visiting TARGET
04.156 043 welcome visit by TARGET
04.157 043 visit by TARGET ; noun
04.158 043 visit of TARGET ; noun
04.159 044 meet in TARGET
04.160 044 meet at TARGET
04.161 044 meet on sideline of
04.162 044 meet on the sideline of
04.163 044 meet on margin of
04.164 044 meet on the margin of
04.165 044 hold talk on sideline of
04.166 044 hold talk on margin of
04.167 044 talk on sideline of
04.168 044 meet in neutral
04.169 044 meet at summit
04.170 044 meet at conference
04.171 044 meet at forum
04.172 044 hold talk in TARGET
04.173 044 hold meeting in TARGET
04.174 044 gather in TARGET
04.175 044 convene in TARGET
04.176 044 meet in third country
04.177 044 meet in neutral country
04.178 044 meet in neutral venue
04.179 044 sideline meeting ; noun
04.180 045 mediate between TARGET
04.181 045 mediate in
04.182 045 mediate talk between TARGET
04.183 045 mediate talk
04.184 045 mediate dispute
04.185 045 mediate conflict
04.186 045 mediate negotiation
04.187 045 mediate ceasefire
04.188 045 mediate truce
04.189 045 mediate peace
04.190 045 mediate TARGET
04.191 045 act as mediator
04.192 045 act as mediator between TARGET
04.193 045 act as intermediary
04.194 045 act as go-between
04.195 045 serve as mediator
04.196 045 serve as intermediary
04.197 045 broker talk
04.198 045 broker talk between TARGET
04.199 045 broker deal between TARGET
04.200 045 broker ceasefire
04.201 045 broker cease-fire
04.202 045 broker truce
04.203 045 broker agreement
04.204 045 broker peace
04.205 045 broker peace deal
04.206 045 broker deal
04.207 045 broker accord
04.208 045 facilitate talk
04.209 045 facilitate talk between TARGET
04.210 045 facilitate dialogue
04.211 045 facilitate dialogue between TARGET
04.212 045 facilitate negotiation
04.213 045 facilitate negotiation between TARGET
04.214 045 facilitate peace talk
04.215 045 facilitate peace process
04.216 045 host talk between TARGET
04.217 045 host peace talk
04.218 045 host negotiation between TARGET
04.219 045 host indirect talk
04.220 045 shuttle between TARGET
04.221 045 carry message between TARGET
04.222 045 carry message from TARGET
04.223 045 pass message between TARGET
04.224 045 relay message
04.225 045 launch mediation effort
04.226 045 launch mediation effort between TARGET
04.227 045 launch mediation
04.228 045 launch peace initiative
04.229 045 step up mediation
04.230 045 intercede with TARGET
04.231 045 intercede
04.232 045 arbitrate
04.233 045 arbitrate between TARGET
04.234 045 mediation effort ; noun
04.235 045 mediation between TARGET ; noun
04.236 045 mediation by SOURCE ; noun
04.237 045 shuttle diplomacy ; noun
04.238 045 good office ; noun
04.239 045 indirect talk ; noun
04.240 045 proximity talk ; noun
04.241 046 negotiate with TARGET
04.242 046 negotiate TARGET
04.243 046 negotiate
04.244 046 hold negotiation with TARGET
04.245 046 hold negotiation
04.246 046 conduct negotiation with TARGET
04.247 046 conduct negotiation
04.248 046 engage in negotiation with TARGET
04.249 046 engage in negotiation
04.250 046 engage in talk with TARGET
04.251 046 engage in talk
04.252 046 engage in dialogue with TARGET
04.253 046 engage in dialogue
04.254 046 enter negotiation with TARGET
04.255 046 enter negotiation
04.256 046 enter talk with TARGET
04.257 046 enter into negotiation with TARGET
04.258 046 enter into talk with TARGET
04.259 046 open negotiation with TARGET
04.260 046 open talk with TARGET
04.261 046 open negotiation
04.262 046 begin negotiation with TARGET
04.263 046 begin negotiation
04.264 046 begin talk with TARGET
04.265 046 start negotiation with TARGET
04.266 046 start talk with TARGET
04.267 046 launch negotiation with TARGET
04.268 046 launch talk with TARGET
04.269 046 launch negotiation
04.270 046 resume negotiation with TARGET
04.271 046 resume negotiation
04.272 046 resume talk with TARGET
04.273 046 resume talk
04.274 046 resume dialogue with TARGET
04.275 046 resume dialogue
04.276 046 restart talk with TARGET
04.277 046 restart negotiation
04.278 046 continue negotiation with TARGET
04.279 046 continue negotiation
04.280 046 continue talk with TARGET
04.281 046 bargain with TARGET
04.282 046 haggle with TARGET
04.283 046 hold peace talk with TARGET
04.284 046 hold peace talk
04.285 046 hold direct talk with TARGET
04.286 046 hold indirect talk with TARGET
04.287 046 hold round of negotiation
04.288 046 hold dialogue with TARGET
04.289 046 hold dialogue
04.290 046 sit at negotiating table
04.291 046 sit at negotiation table
04.292 046 come to negotiating table
04.293 046 return to negotiating table
04.294 046 return to talk
04.295 046 return to negotiation
04.296 046 return to table
04.297 046 negotiation with TARGET ; noun
04.298 046 negotiation between TARGET ; noun
04.300 046 peace talk with TARGET ; noun
04.301 046 peace talk between TARGET ; noun
04.302 046 dialogue with TARGET ; noun
04.303 046 dialogue between TARGET ; noun
04.304 046 bilateral talk ; noun
04.305 046 renew negotiation with TARGET
04.306 046 renew negotiation
04.307 046 renew talk with TARGET
04.308 046 renew talk
04.309 046 reopen negotiation
04.310 046 reopen talk
# Travelling to a meeting held in another country is a visit to it (CAMEO 042); the host's 043 follows.
04.311 042 attend summit in TARGET ; target
04.312 042 attend conference in TARGET ; target
04.313 042 attend meeting in TARGET ; target
04.314 042 attend talk in TARGET ; target
04.315 042 attend ceremony in TARGET ; target
04.316 042 attend funeral in TARGET ; target
04.317 042 attend inauguration in TARGET ; target
04.318 042 attend olympics|games|celebration|festival|parade|commemoration in TARGET ; target
# The same with the host place before the event ("attend the Beijing summit", "the Beijing Olympics").
04.319 042 attend TARGET summit|conference|meeting|talk|ceremony|funeral|inauguration ; target
04.320 042 attend TARGET olympics|games|celebration|festival|parade|commemoration ; target
