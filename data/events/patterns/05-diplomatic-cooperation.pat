# 05 Engage in diplomatic cooperation. Format: docs/patterns.md (ID CODE ELEMENTS [; flags]).
05.001 050 cooperate with TARGET
05.002 050 work with TARGET
05.003 050 work together with TARGET
05.004 050 work closely with TARGET
05.005 050 team up with TARGET
05.006 050 join force with TARGET
05.007 050 partner with TARGET
05.008 050 collaborate with TARGET
05.009 050 establish diplomatic relation with TARGET
05.010 050 establish diplomatic tie with TARGET
05.011 050 establish relation with TARGET
05.012 050 establish tie with TARGET
05.013 050 restore diplomatic relation with TARGET
05.014 050 restore diplomatic tie with TARGET
05.015 050 restore full diplomatic tie with TARGET
05.016 050 restore full diplomatic relation with TARGET
05.017 050 restore relation with TARGET
05.018 050 restore tie with TARGET
05.019 050 resume diplomatic relation with TARGET
05.020 050 resume diplomatic tie with TARGET
05.021 050 resume relation with TARGET
05.022 050 normalize relation with TARGET
05.023 050 normalise relation with TARGET
05.024 050 normalize tie with TARGET
05.025 050 normalise tie with TARGET
05.026 050 upgrade relation with TARGET
05.027 050 upgrade tie with TARGET
05.028 050 upgrade diplomatic tie with TARGET
05.029 050 improve relation with TARGET
05.030 050 improve tie with TARGET
05.031 050 strengthen relation with TARGET
05.032 050 strengthen tie with TARGET
05.033 050 strengthen cooperation with TARGET
05.034 050 deepen tie with TARGET
05.035 050 deepen relation with TARGET
05.036 050 deepen cooperation with TARGET
05.037 050 deepen partnership with TARGET
05.038 050 deepen partnership
05.039 050 expand cooperation with TARGET
05.040 050 boost tie with TARGET
05.041 050 boost cooperation with TARGET
05.042 050 forge tie with TARGET
05.043 050 forge alliance with TARGET
05.044 050 forge partnership with TARGET
05.045 050 build tie with TARGET
05.046 050 mend tie with TARGET
05.047 050 mend relation with TARGET
05.048 050 mend fence with TARGET
05.049 050 repair tie with TARGET
05.050 050 repair relation with TARGET
05.051 050 reopen embassy in TARGET
05.052 050 open embassy in TARGET
05.053 050 reopen embassy ; mutual
05.054 050 open embassy
05.055 050 exchange ambassador with TARGET
05.056 050 exchange ambassador ; mutual
05.057 050 appoint ambassador to TARGET
05.058 050 name ambassador to TARGET
05.059 050 send ambassador to TARGET
05.060 050 return ambassador to TARGET
05.061 050 restore ambassador
05.062 050 form alliance with TARGET
05.063 050 form coalition with TARGET
05.064 050 join coalition
05.065 050 join alliance
05.066 050 coordinate with TARGET
05.067 050 coordinate position with TARGET
05.068 050 coordinate policy with TARGET
05.069 050 rapprochement with TARGET ; noun
05.070 050 cooperation with TARGET ; noun
05.071 050 cooperation between TARGET ; noun
05.072 050 diplomatic tie with TARGET ; noun
05.073 050 diplomatic relation with TARGET ; noun
05.074 050 partnership with TARGET ; noun
05.075 051 praise TARGET
05.076 051 commend TARGET
05.077 051 hail TARGET
05.078 051 laud TARGET
05.079 051 applaud TARGET
05.080 051 salute TARGET
05.081 051 welcome TARGET ; target
05.082 051 endorse TARGET ; target
05.083 051 congratulate TARGET
05.084 051 thank TARGET
05.085 051 express gratitude to TARGET
05.086 051 express appreciation to|for TARGET
05.087 051 express support for TARGET
05.088 051 voice support for TARGET
05.089 051 declare support for TARGET
05.090 051 announce support for TARGET
05.091 051 reaffirm support for TARGET
05.092 051 reiterate support for TARGET
05.093 051 express backing for TARGET
05.094 051 back TARGET ; target
05.095 051 support TARGET ; target
05.096 051 throw weight behind TARGET
05.097 051 throw support behind TARGET
05.098 051 stand by TARGET
05.099 051 stand behind TARGET
05.100 051 stand with TARGET
05.101 051 side with TARGET
05.102 051 approve TARGET ; target
05.103 051 approve of TARGET
05.104 051 approve plan
05.105 051 approve proposal
05.106 051 welcome decision
05.107 051 welcome move
05.108 051 welcome step
05.109 051 welcome proposal
05.110 051 welcome plan
05.111 051 welcome initiative
05.112 051 welcome agreement
05.113 051 welcome deal
05.114 051 welcome election
05.115 051 welcome release
05.116 051 welcome offer
05.117 051 welcome announcement
05.118 051 welcome statement
05.119 051 welcome effort
05.120 051 welcome resolution
05.121 051 welcome result
05.122 051 hail decision
05.123 051 hail agreement
05.124 051 hail deal
05.125 051 hail effort
05.126 051 praise decision
05.127 051 praise effort
05.128 051 praise role
05.129 051 praise TARGET for
05.130 051 commend TARGET for
05.131 051 thank TARGET for
05.132 051 credit TARGET
05.133 051 compliment TARGET
05.134 051 pay tribute to TARGET
05.135 051 give credit to TARGET
05.136 051 express confidence in TARGET
05.137 051 vote for TARGET
05.138 051 vote in favor of
05.139 051 vote in favour of
05.140 051 elect TARGET
05.141 051 reelect TARGET
05.142 051 re-elect TARGET
05.143 051 nominate TARGET
05.144 051 appoint TARGET
05.145 051 endorsement of TARGET ; noun
05.146 051 praise for TARGET ; noun
05.147 051 support for TARGET ; noun
05.148 051 backing for TARGET ; noun
05.149 052 defend TARGET
05.150 052 defend TARGET against
05.151 052 come to defense of TARGET
05.152 052 come to defence of TARGET
05.153 052 come to aid of TARGET
05.154 052 speak in defense of TARGET
05.155 052 speak in defence of TARGET
05.156 052 speak up for TARGET
05.157 052 speak out for TARGET
05.158 052 stand up for TARGET
05.159 052 justify
05.160 052 justify action of TARGET
05.161 052 defend action
05.162 052 defend decision
05.163 052 defend policy
05.164 052 defend right of TARGET
05.165 052 defend record
05.166 052 defend move
05.167 052 vouch for TARGET
05.168 052 absolve TARGET
05.169 052 exonerate TARGET
05.170 052 clear TARGET of
05.171 052 defense of TARGET ; noun
05.172 052 defence of TARGET ; noun
05.173 053 rally support for TARGET
05.174 053 rally support behind TARGET
05.175 053 rally behind TARGET
05.176 053 rally around TARGET
05.177 053 rally to TARGET
05.178 053 mobilize support for TARGET
05.179 053 mobilise support for TARGET
05.180 053 drum up support for TARGET
05.181 053 muster support for TARGET
05.182 053 gather support for TARGET
05.183 053 build support for TARGET
05.184 053 garner support for TARGET
05.185 053 lobby on behalf of TARGET
05.186 053 campaign for TARGET
05.187 053 campaign on behalf of TARGET
05.188 053 canvass support for TARGET
05.189 053 seek support for TARGET
05.190 053 enlist support for TARGET
05.191 053 solicit support for TARGET
05.192 053 urge support for TARGET
05.193 053 call for support for TARGET
05.194 054 recognize TARGET
05.195 054 recognise TARGET
05.196 054 grant recognition to TARGET
05.197 054 extend recognition to TARGET
05.198 054 accord recognition to TARGET
05.199 054 grant diplomatic recognition to TARGET
05.200 054 formally recognize TARGET
05.201 054 formally recognise TARGET
05.202 054 recognize independence of TARGET
05.203 054 recognise independence of TARGET
05.204 054 recognize sovereignty of TARGET
05.205 054 recognise sovereignty of TARGET
05.206 054 recognize government of TARGET
05.207 054 recognize new government
05.208 054 recognise new government
05.209 054 accept credential of TARGET
05.210 054 accept credential
05.211 054 admit TARGET to
05.212 054 admit TARGET as member
05.213 054 accept TARGET as member
05.214 054 grant membership to TARGET
05.215 054 recognition of TARGET ; noun
05.216 055 apologize to TARGET
05.217 055 apologise to TARGET
05.218 055 apologize for
05.219 055 apologise for
05.220 055 offer apology to TARGET
05.221 055 offer apology
05.222 055 issue apology to TARGET
05.223 055 issue apology
05.224 055 make apology
05.225 055 express apology
05.226 055 express regret to TARGET
05.227 055 express regret for
05.228 055 express regret over
05.229 055 express deep regret
05.230 055 say sorry
05.231 055 beg forgiveness
05.232 055 ask forgiveness
05.233 055 ask for forgiveness
05.234 055 seek forgiveness
05.235 055 apologize
05.236 055 apologise
05.237 055 apology to TARGET ; noun
05.238 055 apology from SOURCE ; noun
05.239 056 forgive TARGET
05.240 056 pardon TARGET
05.241 056 grant pardon to TARGET
05.242 056 grant amnesty to TARGET
05.243 056 grant amnesty
05.244 056 offer amnesty to TARGET
05.245 056 declare amnesty
05.246 056 announce amnesty
05.247 056 extend amnesty
05.248 056 accept apology of TARGET
05.249 056 accept apology from TARGET
05.250 056 accept apology
05.251 056 reconcile with TARGET
05.252 056 make peace with TARGET
05.253 056 make up with TARGET
05.254 056 bury hatchet
05.255 056 let bygone be bygone
05.256 056 forgive and forget
05.257 056 willing to forgive TARGET
05.258 056 commute sentence of TARGET
05.259 056 commute sentence
05.260 056 amnesty for TARGET ; noun
05.261 056 pardon for TARGET ; noun
05.262 057 sign agreement with TARGET
05.263 057 sign agreement
05.264 057 sign deal with TARGET
05.265 057 sign deal
05.266 057 sign accord with TARGET
05.267 057 sign accord
05.268 057 sign treaty with TARGET
05.269 057 sign treaty
05.270 057 sign pact with TARGET
05.271 057 sign pact
05.272 057 sign memorandum with TARGET
05.273 057 sign memorandum
05.274 057 sign memorandum of understanding
05.275 057 sign protocol
05.276 057 sign contract with TARGET
05.277 057 sign contract
05.278 057 sign declaration
05.279 057 sign joint declaration
05.280 057 sign joint statement
05.281 057 sign convention
05.282 057 sign peace agreement
05.283 057 sign peace accord
05.284 057 sign peace treaty
05.285 057 sign peace deal
05.286 057 sign ceasefire
05.287 057 sign cease-fire
05.288 057 sign armistice
05.289 057 ink deal with TARGET
05.290 057 ink deal
05.291 057 ink agreement
05.292 057 seal deal with TARGET
05.293 057 seal deal
05.294 057 seal agreement
05.295 057 conclude agreement with TARGET
05.296 057 conclude agreement
05.297 057 conclude treaty
05.298 057 conclude deal
05.299 057 reach agreement with TARGET
05.300 057 reach agreement
05.301 057 reach deal with TARGET
05.302 057 reach deal
05.303 057 reach accord
05.304 057 reach accord with TARGET
05.305 057 strike deal with TARGET
05.306 057 strike deal
05.307 057 clinch deal
05.320 057 ratify treaty
05.321 057 ratify agreement
05.322 057 ratify accord
05.323 057 ratify pact
05.324 057 ratify convention
05.325 057 ratify deal
05.326 057 ratify protocol
05.327 057 approve treaty
05.328 057 approve agreement
05.329 057 endorse agreement
05.330 057 accede to treaty
05.331 057 join treaty
05.332 057 adopt declaration
05.333 057 adopt resolution
05.334 057 initial agreement
05.335 057 finalize agreement
05.336 057 finalise agreement
05.337 057 finalize deal
05.338 057 sign up to
05.339 057 agreement with TARGET ; noun
05.340 057 agreement between TARGET ; noun
05.341 057 deal with TARGET ; noun
05.342 057 deal between TARGET ; noun
05.343 057 treaty with TARGET ; noun
05.344 057 treaty between TARGET ; noun
05.345 057 accord with TARGET ; noun
05.346 057 accord between TARGET ; noun
05.347 057 pact with TARGET ; noun
05.348 057 pact between TARGET ; noun
05.349 057 signing of agreement ; noun
05.350 057 signing of treaty ; noun
# The giver, critic or sender named after "from" is the source; the clause subject is the target.
05.351 051 receive support from SOURCE
05.352 051 win support from SOURCE
05.353 051 receive backing from SOURCE
05.354 051 win backing from SOURCE
05.355 051 enjoy support from SOURCE
05.356 051 receive praise from SOURCE
05.357 051 win praise from SOURCE
05.358 054 receive recognition from SOURCE
05.359 054 win recognition from SOURCE
05.360 050 upgrade tie ; mutual
05.361 050 upgrade diplomatic tie ; mutual
05.362 050 upgrade relation ; mutual
05.363 050 upgrade diplomatic relation ; mutual
05.364 050 normalize tie ; mutual
05.365 050 normalize relation ; mutual
05.366 050 normalise relation ; mutual
05.367 050 establish (diplomatic|full) relation|tie ; mutual
05.368 050 restore (diplomatic|full) relation|tie ; mutual
05.369 050 resume (diplomatic|full) relation|tie ; mutual
05.370 050 mend relation|tie ; mutual
05.371 050 improve relation|tie ; mutual
