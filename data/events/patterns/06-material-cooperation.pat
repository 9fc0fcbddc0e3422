# 06 Engage in material cooperation. Format: docs/patterns.md (ID CODE ELEMENTS [; flags]).
06.001 060 cooperate on project with TARGET
06.002 060 launch joint project with TARGET
06.003 060 launch joint project
06.004 060 build jointly
06.005 060 jointly develop
06.006 060 jointly build
06.007 060 joint venture with TARGET
06.008 060 set up joint venture
06.009 060 form joint venture
06.010 060 establish joint venture
06.011 060 joint project ; noun
06.012 060 joint venture ; noun
06.013 061 trade with TARGET
06.014 061 boost trade with TARGET
06.015 061 expand trade with TARGET
06.016 061 increase trade with TARGET
06.017 061 sign trade agreement with TARGET
06.018 061 sign trade agreement
06.019 061 sign trade deal with TARGET
06.020 061 sign trade deal
06.021 061 sign trade pact
06.022 061 sign economic agreement
06.023 061 sign free trade agreement
06.024 061 sign investment agreement
06.025 061 sign energy deal
06.026 061 sign gas deal
06.027 061 sign oil deal
06.028 061 invest in TARGET
06.029 061 invest million in TARGET
06.030 061 invest billion in TARGET
06.031 061 export to TARGET
06.032 061 import from TARGET
06.033 061 buy from TARGET
06.034 061 sell to TARGET
06.035 061 supply TARGET with
06.036 061 supply gas to TARGET
06.037 061 supply oil to TARGET
06.038 061 supply energy to TARGET
06.039 061 ship oil to TARGET
06.040 061 ship gas to TARGET
06.041 061 open market to TARGET
06.042 061 open border to trade
06.043 061 reopen border to trade
06.044 061 lower tariff on TARGET
06.045 061 cut tariff on TARGET
06.046 061 grant trade status
06.047 061 grant most-favored-nation status
06.048 061 grant most-favoured-nation status
06.049 061 cooperate economically with TARGET
06.050 061 expand economic tie with TARGET
06.051 061 expand economic cooperation
06.052 061 boost economic cooperation
06.053 061 strengthen economic tie
06.054 061 economic cooperation with TARGET ; noun
06.055 061 economic cooperation between TARGET ; noun
06.056 061 trade agreement with TARGET ; noun
06.057 061 trade deal with TARGET ; noun
06.058 061 trade pact with TARGET ; noun
06.059 061 investment in TARGET ; noun
06.060 061 pipeline deal ; noun
06.061 062 hold joint exercise with TARGET
06.062 062 hold joint exercise
06.063 062 hold joint military exercise
06.064 062 hold joint military exercise with TARGET
06.065 062 hold joint drill
06.066 062 hold joint drill with TARGET
06.067 062 hold military drill with TARGET
06.068 062 conduct joint exercise
06.069 062 conduct joint exercise with TARGET
06.070 062 conduct joint military exercise
06.071 062 conduct joint drill
06.072 062 stage joint exercise
06.073 062 stage joint drill
06.074 062 hold joint naval exercise
06.075 062 hold joint patrol
06.076 062 conduct joint patrol
06.077 062 conduct joint operation
06.078 062 conduct joint operation with TARGET
06.079 062 launch joint operation
06.080 062 launch joint offensive
06.081 062 sign defense agreement with TARGET
06.082 062 sign defence agreement with TARGET
06.083 062 sign defense pact
06.084 062 sign defence pact
06.085 062 sign military agreement
06.086 062 sign military pact
06.087 062 sign security agreement
06.088 062 sign security pact
06.089 062 sign security deal
06.090 062 sign defense cooperation agreement
06.091 062 cooperate militarily with TARGET
06.092 062 train troop of TARGET
06.093 062 train TARGET force
06.094 062 train soldier
06.095 062 train force
06.096 062 train army
06.097 062 train police
06.098 062 share base with TARGET
06.099 062 allow use of base
06.100 062 grant access to base
06.101 062 grant basing right
06.102 062 station troop in TARGET
06.103 062 deploy troop to TARGET at request
06.104 062 expand military cooperation
06.105 062 boost military cooperation
06.106 062 strengthen military cooperation
06.107 062 deepen military cooperation
06.108 062 military cooperation with TARGET ; noun
06.109 062 military cooperation between TARGET ; noun
06.110 062 defense cooperation with TARGET ; noun
06.111 062 defence cooperation with TARGET ; noun
06.112 062 joint exercise ; noun
06.113 062 joint military exercise ; noun
06.114 062 joint drill ; noun
06.115 063 extradite TARGET
06.116 063 extradite TARGET to
06.117 063 extradite
06.118 063 hand over suspect to TARGET
06.119 063 hand over suspect
06.120 063 hand over fugitive
06.121 063 turn over suspect
06.122 063 deport suspect to TARGET
06.123 063 sign extradition treaty
06.124 063 sign extradition agreement
06.125 063 sign judicial cooperation agreement
06.126 063 cooperate with investigation
06.127 063 cooperate with investigator
06.128 063 cooperate with prosecutor
06.129 063 cooperate with tribunal
06.130 063 cooperate with court
06.131 063 cooperate with inquiry
06.132 063 assist investigation
06.133 063 assist in investigation
06.134 063 help investigation
06.135 063 help investigator
06.136 063 provide evidence to TARGET
06.137 063 provide evidence
06.138 063 hand over evidence
06.139 063 hand over document
06.140 063 surrender suspect to TARGET
06.141 063 transfer suspect to TARGET
06.142 063 transfer TARGET to tribunal
06.143 063 extradition of TARGET ; noun
06.144 063 judicial cooperation ; noun
06.145 063 extradition treaty ; noun
06.146 064 share intelligence with TARGET
06.147 064 share intelligence
06.148 064 share information with TARGET
06.149 064 share information
06.150 064 share data with TARGET
06.151 064 exchange intelligence with TARGET
06.152 064 exchange intelligence
06.153 064 exchange information with TARGET
06.154 064 exchange information
06.155 064 pass intelligence to TARGET
06.156 064 pass information to TARGET
06.157 064 provide intelligence to TARGET
06.158 064 provide intelligence
06.159 064 provide information to TARGET
06.160 064 provide information
06.161 064 give information to TARGET
06.162 064 give intelligence to TARGET
06.163 064 supply intelligence to TARGET
06.164 064 supply information to TARGET
06.165 064 hand over information
06.166 064 hand over intelligence
06.167 064 tip off TARGET
06.168 064 inform TARGET
06.169 064 inform TARGET of
06.170 064 notify TARGET
06.171 064 notify TARGET of
06.172 064 alert TARGET
06.173 064 alert TARGET to
06.174 064 warn TARGET of attack
06.175 064 brief TARGET on intelligence
06.176 064 disclose to TARGET
06.177 064 reveal to TARGET
06.178 064 intelligence sharing ; noun
06.179 064 information sharing ; noun
06.180 064 intelligence-sharing ; noun
06.901 064 share evidence with TARGET
06.902 064 share evidence
06.903 064 share expertise with TARGET
06.904 064 share expertise
06.905 064 share finding with TARGET
06.906 064 hand over evidence to TARGET
06.907 062 launch joint exercise
06.908 062 launch war game with TARGET
06.909 062 launch joint war game
06.910 063 extradite * to TARGET
06.911 063 hand over * suspect|prisoner|detainee|fighter|militant to TARGET
