# 09 Investigate. Format: docs/patterns.md (ID CODE ELEMENTS [; flags]).
09.001 090 investigate TARGET
09.002 090 investigate
09.003 090 launch investigation into
09.004 090 launch investigation
09.005 090 open investigation into
09.006 090 open investigation
09.007 090 begin investigation into
09.008 090 start investigation into
09.009 090 conduct investigation into
09.010 090 conduct investigation
09.011 090 order investigation into
09.012 090 order investigation
09.013 090 announce investigation into
09.014 090 set up inquiry
09.015 090 set up commission of inquiry
09.016 090 launch inquiry into
09.017 090 launch inquiry
09.018 090 open inquiry into
09.019 090 open inquiry
09.020 090 hold inquiry
09.021 090 order inquiry
09.022 090 establish inquiry
09.023 090 establish commission to investigate
09.024 090 launch probe into
09.025 090 launch probe
09.026 090 open probe into
09.027 090 open probe
09.028 090 order probe
09.029 090 conduct probe
09.030 090 probe
09.031 090 look into
09.032 090 examine
09.033 090 review case
09.034 090 audit
09.035 090 put TARGET under investigation
09.036 090 place TARGET under investigation
09.037 090 under investigation ; undergone
09.038 090 send investigator
09.039 090 send fact-finding mission
09.040 090 dispatch fact-finding mission
09.041 090 send team to investigate
09.042 090 investigation into TARGET ; noun
09.043 090 investigation of TARGET ; noun
09.044 090 inquiry into TARGET ; noun
09.045 090 probe into TARGET ; noun
09.046 090 fact-finding mission ; noun
09.047 091 investigate corruption
09.048 091 investigate fraud
09.049 091 investigate bribery
09.050 091 investigate crime
09.051 091 investigate killing
09.052 091 investigate murder
09.053 091 investigate death
09.054 091 investigate assassination
09.055 091 investigate bombing
09.056 091 investigate attack
09.057 091 investigate smuggling
09.058 091 investigate money laundering
09.059 091 investigate embezzlement
09.060 091 investigate TARGET for corruption
09.061 091 investigate TARGET for fraud
09.062 091 investigate TARGET over
09.063 091 probe corruption
09.064 091 probe fraud
09.065 091 probe killing
09.066 091 probe death
09.067 091 probe bombing
09.068 091 launch corruption investigation
09.069 091 launch corruption probe
09.070 091 launch criminal investigation
09.071 091 open criminal investigation
09.072 091 open criminal inquiry
09.073 091 open corruption case
09.074 091 investigate allegation of corruption
09.075 091 investigate allegation of fraud
09.076 091 question TARGET over
09.077 091 question TARGET about
09.078 091 question TARGET
09.079 091 interrogate TARGET
09.080 091 raid office of TARGET
09.081 091 search office of TARGET
09.082 091 search home of TARGET
09.083 091 corruption investigation ; noun
09.084 091 corruption probe ; noun
09.085 091 criminal investigation ; noun
09.086 091 murder investigation ; noun
09.087 092 investigate human right abuse
09.088 092 investigate human right violation
09.089 092 investigate abuse
09.090 092 investigate torture
09.091 092 investigate rights abuse
09.092 092 investigate allegation of abuse
09.093 092 investigate allegation of torture
09.094 092 investigate disappearance
09.095 092 investigate treatment of
09.096 092 investigate mistreatment
09.097 092 investigate ill-treatment
09.098 092 probe abuse
09.099 092 probe torture
09.100 092 probe human right abuse
09.101 092 probe human right violation
09.102 092 document abuse
09.103 092 document human right abuse
09.104 092 monitor human right
09.105 092 monitor human right situation
09.106 092 report on human right
09.107 092 launch human right investigation
09.108 092 human right investigation ; noun
09.109 092 human right inquiry ; noun
09.110 093 investigate military action
09.111 093 investigate air strike
09.112 093 investigate airstrike
09.113 093 investigate shelling
09.114 093 investigate incident
09.115 093 investigate clash
09.116 093 investigate border incident
09.117 093 investigate crash
09.118 093 investigate downing of
09.119 093 investigate shooting
09.120 093 investigate shooting down
09.121 093 investigate use of force
09.122 093 investigate raid
09.123 093 investigate incursion
09.124 093 investigate violation of ceasefire
09.125 093 investigate ceasefire violation
09.126 093 investigate attack on TARGET
09.127 093 probe air strike
09.128 093 probe airstrike
09.129 093 probe shelling
09.130 093 probe incident
09.131 093 probe clash
09.132 093 probe crash
09.133 093 probe shooting
09.134 093 probe raid
09.135 093 probe military action
09.136 093 military investigation ; noun
09.137 094 investigate war crime
09.138 094 investigate war crimes
09.139 094 investigate genocide
09.140 094 investigate crime against humanity
09.141 094 investigate massacre
09.142 094 investigate atrocity
09.143 094 investigate ethnic cleansing
09.144 094 investigate mass grave
09.145 094 investigate use of chemical weapon
09.146 094 probe war crime
09.147 094 probe genocide
09.148 094 probe massacre
09.149 094 probe atrocity
09.150 094 probe use of chemical weapon
09.151 094 open war crime investigation
09.152 094 launch war crime investigation
09.153 094 launch war crimes investigation
09.154 094 exhume mass grave
09.155 094 war crime investigation ; noun
09.156 094 war crimes investigation ; noun
09.157 094 genocide investigation ; noun
09.158 090 open hearing into
09.159 090 hold hearing into
09.160 090 hold hearing on
09.161 090 dispatch inspector to TARGET
09.162 090 send inspector to TARGET
