#!/usr/bin/env python3
# Draws session 37's French batch 21 from the pool teaching-nlp-2005.py writes (pool.json, in SHA-1 order); paths are this machine's.
"""Batch 21: the next 85 of the teaching_nlp 2005 pool (SHA-1 order), after batch 20; none shares text with the corpus."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from teaching_nlp_2005_common import norm, shingles, used_in_corpus, write_batch
pool=json.load(open('/work/s36/b20/pool.json'))
used={l.strip() for l in open('/work/main/bench/fresh-copy/used-fr20-ids.txt') if l.strip()}
used_titles, used_sh = used_in_corpus()
rest=[r for r in pool if r['id'] not in used]
print('left', len(rest))
batch=[]; skipped=0
for r in rest:
    if len(batch)==85: break
    sh=shingles(r['text'])
    if norm(r['title']) in used_titles or (sh and len(sh&used_sh)/len(sh)>0.1): skipped+=1; continue
    batch.append(r); used_sh|=sh; used_titles.add(norm(r['title']))
print('skipped', skipped)
write_batch(batch, '/work/s37/b21/plain', '/work/s37/b21/list.txt', '/work/s37/used-fr21-ids.txt', '/work/s37/b21/batch.json')
