#!/usr/bin/env python3
# Draws session 38's French batch 22: what is left of the teaching_nlp 2005 pool. Usage: teaching-nlp-2005-batch22.py POOL.json OUT
# (OUT holds plain/). Write POOL.json with the pool part of teaching-nlp-2005.py first: it filters against test/corpus,
# which now holds batches 20 and 21, so the pool it writes is the 51 left. Paths are this machine's.
import json, glob, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from teaching_nlp_2005_common import write_batch
pool=json.load(open(sys.argv[1])); out=sys.argv[2]
used=set()
for f in glob.glob('/work/main/bench/fresh-copy/used-fr*-ids.txt'):
    used|={l.strip() for l in open(f) if l.strip()}
batch=[r for r in pool if r['id'] not in used]
write_batch(batch, os.path.join(out,'plain'), os.path.join(out,'list.txt'), os.path.join(out,'used-fr22-ids.txt'), os.path.join(out,'batch.json'))
