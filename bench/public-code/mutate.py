#!/usr/bin/env python3
# Writes one folder per defect of a real publiccode.yml (each mandatory key removed, values out of range),
# for bench/public-code/run.sh: the recall of code/public-code/publiccode-yml. Usage: mutate.py <publiccode.yml> <out folder>
import sys, yaml, os, copy
src, outdir = sys.argv[1], sys.argv[2]
d = yaml.safe_load(open(src))
muts = {}
for k in ['publiccodeYmlVersion','name','url','platforms','categories','developmentStatus','softwareType','description','legal','maintenance','localisation']:
    m = copy.deepcopy(d); del m[k]; muts['drop-'+k] = m
lang = list(d['description'].keys())[0]
m = copy.deepcopy(d); m['developmentStatus'] = 'finished'; muts['bad-developmentStatus'] = m
m = copy.deepcopy(d); m['softwareType'] = 'website'; muts['bad-softwareType'] = m
m = copy.deepcopy(d); m['legal']['license'] = 'Proprietary'; muts['bad-license'] = m
m = copy.deepcopy(d); m['description'][lang]['shortDescription'] = 'x' * 151; muts['long-shortDescription'] = m
m = copy.deepcopy(d); del m['description'][lang]['features']; muts['drop-features'] = m
m = copy.deepcopy(d); del m['maintenance']['contacts']; muts['drop-contacts'] = m
m = copy.deepcopy(d); m['url'] = 'not a url'; muts['bad-url'] = m
for name, m in muts.items():
    folder = os.path.join(outdir, os.path.basename(os.path.dirname(src)) + '--' + name)
    os.makedirs(folder, exist_ok=True)
    yaml.safe_dump(m, open(os.path.join(folder, 'publiccode.yml'), 'w'), allow_unicode=True, sort_keys=False)
print(len(muts))
