# Purity of servicestandard sample's template clusters on the design-system docs site (BENCHMARKS.md): reads the
# "template N of M: /a /b" lines of `sample --verbosity detailed` and labels pages by their folder.
import sys,re
def label(p):
    if p=='/': return 'language-chooser'
    if p.startswith('/en/components/'): return 'component'
    if p=='/en/patterns/index.html': return 'patterns-index'
    if p.startswith('/en/patterns/'): return 'pattern'
    if p.startswith('/examples/patterns/'): return 'pattern-example'
    if p.startswith('/examples/'): return 'example'
    return p  # home, changelog, foundations: each its own
clusters=[]
for line in open(sys.argv[1]):
    m=re.match(r'^template (\d+) of (\d+): (.*)$',line.strip())
    if m: clusters.append(m.group(3).split())
pages=[p for c in clusters for p in c]; N=len(pages)
from collections import Counter
purity=sum(Counter(label(p) for p in c).most_common(1)[0][1] for c in clusters)/N
temps=Counter(label(p) for p in pages)
inv=0
for t in temps:
    inv+=max(sum(1 for p in c if label(p)==t) for c in clusters)
# templates whose pages are the majority of some cluster (so the sample has one of them)
represented=sum(1 for t in temps if any(Counter(label(p) for p in c).most_common(1)[0][0]==t for c in clusters))
print(f"pages {N} clusters {len(clusters)} known templates {len(temps)} purity {purity:.2f} inverse-purity {inv/N:.2f} templates represented {represented}/{len(temps)}")
