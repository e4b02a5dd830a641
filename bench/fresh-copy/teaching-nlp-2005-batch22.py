#!/usr/bin/env python3
# Draws session 38's French batch 22: what is left of the teaching_nlp 2005 pool. Usage: teaching-nlp-2005-batch22.py POOL.json OUT
# (OUT holds plain/). Write POOL.json with the pool part of teaching-nlp-2005.py first: it filters against test/corpus,
# which now holds batches 20 and 21, so the pool it writes is the 51 left. Paths are this machine's.
import json, re, unicodedata, glob, os, sys
pool=json.load(open(sys.argv[1])); out=sys.argv[2]
used=set()
for f in glob.glob('/work/main/bench/fresh-copy/used-fr*-ids.txt'):
    used|={l.strip() for l in open(f) if l.strip()}
batch=[r for r in pool if r['id'] not in used]
def slug(t):
    t = unicodedata.normalize('NFKD', t); t = ''.join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r'[^a-z0-9]+', '-', t).strip('-')[:50].rstrip('-')
existing = {os.path.basename(p) for p in glob.glob('/work/main/test/corpus/*/*.md')}
names=[]
for r in batch:
    name='wn-'+slug(r['title'])+'.md'
    if name in existing or name in names: name=name[:-3]+'-2.md'
    assert name not in existing and name not in names, name
    names.append(name); r['file']=name
    url='https://fr.wikinews.org/wiki/'+r['title'].replace(' ','_'); r['url']=url
    head=(f'<!-- Source: "{r["title"]}", Contributeurs de Wikinews, Wikinews (français), 2005 (page id {r["pid"]}), {url}, '
          'licensed under CC BY 2.5 (public domain if written before 2005-09-25). Converted to Markdown for Sourced\'s test corpus from '
          'nicolashernandez/teaching_nlp (data/wikinews_2500articles.zip); HTML entities decoded, text otherwise unchanged. -->')
    open(os.path.join(out,'plain',name),'w',encoding='utf-8').write(f'{head}\n\n# {r["title"]}\n\n{r["text"].strip()}\n')
open(os.path.join(out,'list.txt'),'w').write('\n'.join(names)+'\n')
open(os.path.join(out,'used-fr22-ids.txt'),'w').write('\n'.join(r['id'] for r in batch)+'\n')
json.dump(batch, open(os.path.join(out,'batch.json'),'w'), ensure_ascii=False)
print(len(names), sum(r['words'] for r in batch))
