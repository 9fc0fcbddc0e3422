# 20 Use unconventional mass violence. Format: docs/patterns.md (ID CODE ELEMENTS [; flags]).
20.001 200 use unconventional mass violence
20.002 200 commit atrocity
20.003 200 commit atrocities
20.004 200 carry out atrocity
20.005 200 commit crime against humanity
20.006 200 commit war crime
20.007 200 commit war crimes
20.008 200 perpetrate atrocity
20.009 200 unleash violence against TARGET
20.010 200 atrocity against TARGET ; noun
20.011 200 atrocity ; noun
20.012 200 crime against humanity ; noun
20.013 200 war crime ; noun
20.014 201 expel population
20.015 201 expel civilian
20.016 201 expel resident
20.017 201 expel inhabitant
20.018 201 expel villager
20.019 201 expel entire population
20.020 201 mass expulsion of TARGET
20.021 201 forcibly displace
20.022 201 forcibly displace civilian
20.023 201 forcibly displace TARGET
20.024 201 forcibly remove
20.025 201 forcibly relocate
20.026 201 forcibly transfer population
20.027 201 drive out population
20.028 201 drive out resident
20.029 201 drive out villager
20.030 201 drive out civilian
20.031 201 drive TARGET from home
20.032 201 drive from home
20.033 201 force TARGET from home
20.034 201 force from home
20.035 201 force TARGET to flee
20.036 201 force civilian to flee
20.037 201 force resident to flee
20.038 201 uproot TARGET
20.039 201 uproot population
20.040 201 depopulate
20.041 201 mass deportation of TARGET
20.042 201 deport population
20.043 201 deport entire
20.044 201 mass expulsion ; noun
20.045 201 mass deportation ; noun
20.046 201 forced displacement ; noun
20.047 201 forced relocation ; noun
20.048 201 population transfer ; noun
20.049 202 massacre TARGET
20.050 202 massacre
20.051 202 commit massacre
20.052 202 carry out massacre
20.053 202 perpetrate massacre
20.054 202 kill hundred
20.055 202 kill thousand
20.056 202 kill hundreds of
20.057 202 kill thousands of
20.058 202 slaughter hundred
20.059 202 slaughter thousand
20.060 202 mass killing of TARGET
20.061 202 commit genocide
20.062 202 commit genocide against TARGET
20.063 202 carry out genocide
20.064 202 perpetrate genocide
20.065 202 exterminate TARGET
20.066 202 exterminate
20.067 202 annihilate TARGET
20.068 202 wipe out village
20.069 202 wipe out population
20.070 202 mow down
20.071 202 mow down civilian
20.072 202 execute hundred
20.073 202 mass execution ; noun
20.074 202 mass killing ; noun
20.075 202 massacre of TARGET ; noun
20.076 202 massacre ; noun
20.077 202 genocide against TARGET ; noun
20.078 202 genocide ; noun
20.079 202 mass grave ; noun
20.080 202 mass murder ; noun
20.081 202 bloodbath ; noun
20.082 202 pogrom ; noun
20.083 203 carry out ethnic cleansing
20.084 203 commit ethnic cleansing
20.085 203 conduct ethnic cleansing
20.086 203 engage in ethnic cleansing
20.087 203 ethnically cleanse
20.088 203 ethnically cleanse TARGET
20.089 203 cleanse TARGET of
20.090 203 purge TARGET of
20.091 203 drive out ethnic
20.092 203 expel ethnic
20.093 203 ethnic cleansing of TARGET ; noun
20.094 203 ethnic cleansing ; noun
20.095 204 use weapon of mass destruction
20.096 204 use weapon of mass destruction against TARGET
20.097 204 use wmd
20.098 204 use wmd against TARGET
20.099 204 deploy weapon of mass destruction
20.100 204 unleash weapon of mass destruction
20.101 204 attack with weapon of mass destruction
20.102 204 weapon of mass destruction attack ; noun
20.103 204 wmd attack ; noun
20.104 2041 use chemical weapon
20.105 2041 use chemical weapon against TARGET
20.106 2041 use chemical weapon on TARGET
20.107 2041 use chemical arm
20.108 2041 use poison gas
20.109 2041 use poison gas against TARGET
20.110 2041 use nerve agent
20.111 2041 use nerve gas
20.112 2041 use sarin
20.113 2041 use mustard gas
20.114 2041 use chlorine gas
20.115 2041 use chlorine
20.116 2041 use biological weapon
20.117 2041 use biological weapon against TARGET
20.118 2041 use radiological weapon
20.119 2041 use dirty bomb
20.120 2041 detonate dirty bomb
20.121 2041 launch chemical attack
20.122 2041 launch chemical attack on TARGET
20.123 2041 carry out chemical attack
20.124 2041 carry out chemical attack on TARGET
20.125 2041 carry out chemical weapon attack
20.126 2041 gas TARGET ; verb
20.127 2041 gas civilian ; verb
20.128 2041 drop chemical bomb
20.129 2041 fire chemical shell
20.130 2041 release nerve agent
20.131 2041 release poison gas
20.132 2041 release anthrax
20.133 2041 spread anthrax
20.134 2041 chemical attack on TARGET ; noun
20.135 2041 chemical attack ; noun
20.136 2041 chemical weapon attack ; noun
20.137 2041 gas attack ; noun
20.138 2041 poison gas attack ; noun
20.139 2041 nerve agent attack ; noun
20.140 2041 sarin attack ; noun
20.141 2041 biological attack ; noun
20.142 2041 bioterror attack ; noun
20.143 2041 anthrax attack ; noun
20.144 2041 dirty bomb ; noun
20.145 2042 detonate nuclear weapon
20.146 2042 detonate nuclear bomb
20.147 2042 detonate nuclear device
20.148 2042 explode nuclear bomb
20.149 2042 explode nuclear device
20.150 2042 drop nuclear bomb
20.151 2042 drop atomic bomb
20.152 2042 drop atom bomb
20.153 2042 use nuclear weapon
20.154 2042 use nuclear weapon against TARGET
20.155 2042 use nuclear weapon on TARGET
20.156 2042 use nuclear bomb
20.157 2042 fire nuclear missile
20.158 2042 fire nuclear missile at TARGET
20.159 2042 launch nuclear missile
20.160 2042 launch nuclear missile at TARGET
20.161 2042 launch nuclear strike
20.162 2042 launch nuclear strike on TARGET
20.163 2042 launch nuclear attack
20.164 2042 launch nuclear attack on TARGET
20.165 2042 carry out nuclear strike
20.166 2042 carry out nuclear attack
20.167 2042 nuke TARGET
20.168 2042 nuke
20.169 2042 nuclear strike on TARGET ; noun
20.170 2042 nuclear strike ; noun
20.171 2042 nuclear attack on TARGET ; noun
20.172 2042 nuclear attack ; noun
20.173 2042 nuclear explosion ; noun
20.174 2042 nuclear detonation ; noun
20.175 2042 atomic bombing ; noun
20.176 201 force out * refugee
20.177 201 force out * resident
20.178 201 force out * villager
20.179 201 force out * civilian
20.180 2041 use of poison|poisonous|toxic|chlorine|nerve|mustard gas ; noun
