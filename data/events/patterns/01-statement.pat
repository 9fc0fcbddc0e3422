# 01 Make public statement. Format: docs/patterns.md (ID CODE ELEMENTS [; flags]).
01.001 010 make statement on|about TARGET
01.002 010 issue statement on|about TARGET
01.003 010 release statement on|about TARGET
01.004 010 comment on TARGET
01.005 010 speak about|of TARGET
01.006 010 speak on TARGET
01.007 010 remark on TARGET
01.008 010 describe TARGET as
01.009 010 brief TARGET on
01.010 010 brief reporter
01.011 010 hold press conference
01.012 010 hold news conference
01.013 010 give interview
01.014 010 tell reporter
01.015 010 tell journalist
01.016 010 reiterate position
01.017 010 reaffirm position
01.018 010 restate position
01.019 010 clarify position
01.020 010 outline position
01.021 010 outline policy
01.022 010 explain position
01.023 010 explain policy
01.024 010 address nation
01.025 010 address parliament
01.026 010 address assembly
01.027 010 deliver speech
01.028 010 make speech
01.029 010 give speech
01.030 010 declare that
01.031 010 announce that
01.032 010 insist that
01.033 010 stress that
01.034 010 emphasize that
01.035 010 emphasise that
01.036 010 underline that
01.037 010 underscore that
01.038 010 reiterate that
01.039 010 argue that
01.040 010 maintain that
01.041 010 contend that
01.042 010 assert that
01.043 010 point out that
01.044 010 acknowledge that
01.045 010 stated position ; noun
01.046 010 statement by SOURCE ; noun
01.047 010 statement from SOURCE ; noun
01.048 011 decline to comment
01.049 011 refuse to comment
01.050 011 decline comment
01.051 011 decline to elaborate
01.052 011 decline to confirm
01.053 011 decline to confirm or deny
01.054 011 refuse to confirm
01.055 011 refuse to say
01.056 011 decline to say
01.057 011 decline to discuss
01.058 011 refuse to discuss
01.059 011 no comment ; noun
01.060 011 would not comment
01.061 011 not immediately available for comment
01.062 011 not respond to request for comment
01.063 011 remain silent
01.064 011 keep silent
01.065 011 stay silent
01.066 011 maintain silence
01.067 011 remain tight-lipped
01.068 012 express pessimism about|over TARGET
01.069 012 voice pessimism
01.070 012 be pessimistic about
01.071 012 pessimistic about
01.072 012 express doubt about|over
01.073 012 voice doubt about|over
01.074 012 cast doubt on
01.075 012 raise doubt about|over
01.076 012 express skepticism about|over
01.077 012 express scepticism about|over
01.078 012 voice skepticism
01.079 012 skeptical about|over|of
01.080 012 sceptical about|over|of
01.081 012 doubtful about
01.082 012 express concern about|over TARGET
01.083 012 voice concern about|over TARGET
01.084 012 raise concern about|over TARGET
01.085 012 express worry about|over
01.086 012 gloomy about
01.087 012 downbeat about
01.088 012 warn of difficulty
01.089 012 see little chance
01.090 012 see little prospect
01.091 012 see no prospect
01.092 012 see no chance
01.093 012 little hope of
01.094 012 dim hope
01.095 012 express fear that
01.096 012 express alarm at|over
01.097 012 express unease
01.098 012 express disappointment at|with|over
01.099 012 voice disappointment
01.100 012 disappointed with|by|at TARGET
01.101 013 express optimism about|over
01.102 013 voice optimism
01.103 013 be optimistic about
01.104 013 optimistic about|that
01.105 013 hopeful about|that
01.106 013 express hope that
01.107 013 express confidence that|in
01.108 013 voice confidence
01.109 013 confident that
01.110 013 upbeat about
01.111 013 see good chance
01.112 013 see real chance
01.113 013 see progress
01.114 013 note progress
01.115 013 welcome progress
01.116 013 hail progress
01.117 013 positive sign
01.118 013 encouraging sign
01.119 013 cautiously optimistic
01.120 013 express satisfaction with|at|over
01.121 013 voice satisfaction
01.122 013 satisfied with
01.123 013 pleased with|by
01.124 014 consider option
01.125 014 consider proposal
01.126 014 consider plan
01.127 014 consider measure
01.128 014 consider sanction
01.129 014 consider request
01.130 014 weigh option
01.131 014 weigh response
01.132 014 weigh proposal
01.133 014 weigh possibility
01.134 014 mull option
01.135 014 mull proposal
01.136 014 mull plan
01.137 014 study proposal
01.138 014 study plan
01.139 014 study option
01.140 014 review policy
01.141 014 review relation with TARGET
01.142 014 review tie with TARGET
01.143 014 reconsider policy
01.144 014 reconsider position
01.145 014 reassess policy
01.146 014 reassess relation with TARGET
01.147 014 examine option
01.148 014 explore option
01.149 014 ponder
01.150 014 contemplate
01.151 014 debate whether
01.152 014 discuss option
01.153 015 claim responsibility for
01.154 015 claim credit for
01.155 015 assume responsibility for
01.156 015 accept responsibility for
01.157 015 take responsibility for
01.158 015 admit responsibility for
01.159 015 acknowledge responsibility for
01.160 015 admit to
01.161 015 admit carry out
01.162 015 acknowledge carry out
01.163 015 acknowledge role in
01.164 015 admit role in
01.165 015 admit involvement in
01.166 015 acknowledge involvement in
01.167 015 confess to
01.168 015 own up to
01.169 015 concede mistake
01.170 015 admit mistake
01.171 015 admit error
01.172 015 acknowledge mistake
01.173 015 acknowledge error
01.174 015 claim of responsibility ; noun
01.175 016 deny responsibility for
01.176 016 deny involvement in
01.177 016 deny role in
01.178 016 deny any role in
01.179 016 deny any involvement
01.180 016 deny carry out
01.181 016 deny link to|with
01.182 016 deny tie to|with
01.183 016 deny connection to|with
01.184 016 deny report
01.185 016 deny accusation
01.186 016 deny allegation
01.187 016 deny charge
01.188 016 deny claim
01.189 016 deny that
01.190 016 disclaim responsibility
01.191 016 reject responsibility
01.192 016 reject accusation
01.193 016 reject allegation
01.194 016 reject charge
01.195 016 dismiss accusation
01.196 016 dismiss allegation
01.197 016 dismiss charge
01.198 016 dismiss claim
01.199 016 dismiss report
01.200 016 refute accusation
01.201 016 refute allegation
01.202 016 refute claim
01.203 016 rebut accusation
01.204 016 rebut charge
01.205 016 denial of responsibility ; noun
01.206 016 denial of involvement ; noun
01.207 017 lay wreath
01.208 017 lay wreath at
01.209 017 observe minute of silence
01.210 017 observe moment of silence
01.211 017 hold minute of silence
01.212 017 commemorate
01.213 017 hold ceremony
01.214 017 hold memorial
01.215 017 attend ceremony
01.216 017 attend funeral
01.217 017 attend memorial
01.218 017 mark anniversary
01.219 017 celebrate anniversary
01.220 017 hoist flag
01.221 017 raise flag
01.222 017 lower flag
01.223 017 fly flag at half-mast
01.224 017 declare day of mourning
01.225 017 declare national mourning
01.226 017 hold vigil
01.227 017 light candle
01.228 017 unveil monument
01.229 017 unveil memorial
01.230 017 plant tree
01.231 017 symbolic gesture ; noun
01.232 018 express condolence to TARGET
01.233 018 offer condolence to TARGET
01.234 018 send condolence to TARGET
01.235 018 extend condolence to TARGET
01.236 018 convey condolence to TARGET
01.237 018 express sympathy to|for|with TARGET
01.238 018 offer sympathy to TARGET
01.239 018 send sympathy to TARGET
01.240 018 express sorrow over|at
01.241 018 express grief
01.242 018 express solidarity with TARGET
01.243 018 voice solidarity with TARGET
01.244 018 show solidarity with TARGET
01.245 018 stand in solidarity with TARGET
01.246 018 mourn
01.247 018 mourn death of
01.248 018 mourn victim
01.249 018 console TARGET
01.250 018 comfort TARGET
01.251 018 pay tribute to TARGET
01.252 018 pay respect to TARGET
01.253 018 pay homage to TARGET
01.254 018 sympathize with TARGET
01.255 018 sympathise with TARGET
01.256 018 message of condolence ; noun
01.257 018 message of sympathy ; noun
01.258 019 express agreement with TARGET
01.259 019 voice agreement with TARGET
01.260 019 agree with TARGET on
01.261 019 agree with TARGET that
01.262 019 share view of TARGET
01.263 019 share view with TARGET
01.264 019 share concern of TARGET
01.265 019 share position of TARGET
01.266 019 see eye to eye with TARGET
01.267 019 concur with TARGET
01.268 019 echo TARGET
01.269 019 echo view of TARGET
01.270 019 echo concern of TARGET
01.271 019 echo call by TARGET
01.272 019 side with TARGET
01.273 019 take side of TARGET
01.274 019 identical view
01.275 019 common position
01.276 019 common ground with TARGET
01.277 019 find common ground
01.278 019 express accord
01.279 019 in accord with TARGET
01.280 019 in agreement with TARGET
01.281 019 agree in principle
# Publishing a document is a statement, not the release of a prisoner (`release TARGET`, 084).
01.282 010 release statement
01.283 010 issue statement
01.284 010 release report on|about TARGET
01.285 010 release report
01.286 010 publish report on|about TARGET
01.287 010 publish report
01.288 010 issue report on|about TARGET
01.289 010 issue report
01.290 010 release video
01.291 010 release footage
01.292 010 release recording
01.293 010 release figure
01.294 010 release data
01.295 010 release document
01.296 010 release result
01.297 010 release detail
01.298 010 release transcript
01.299 018 express sorrow for|about
01.300 018 express sadness over|at|for|about
01.301 018 voice sorrow over|at|for
01.302 018 express shock and sorrow
01.303 016 deny attack|fire|bomb|shell|kill|strike|raid|target|launch|shoot|abduct|kidnap|torture
01.304 016 deny bombing|shelling|killing|abduction|assault|massacre|incursion|involvement
01.305 016 deny send|supply|ship|sell|arm|fund|finance|help|support|back|aid|interfere|meddle|spy
01.306 016 deny send|deploy troop|force|soldier|weapon|arm into|to TARGET
