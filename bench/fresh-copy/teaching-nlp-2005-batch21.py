#!/usr/bin/env python3
# Draws session 37's French batch 21 from the pool teaching-nlp-2005.py writes (pool.json, in SHA-1 order); paths are this machine's.
"""Batch 21: the next 85 of the teaching_nlp 2005 pool (SHA-1 order), after batch 20; none shares text with the corpus."""
import json, re, unicodedata, glob, os
def norm(t):
    t = unicodedata.normalize('NFKD', t); t=''.join(c for c in t if not unicodedata.combining(c)).lower()
    return ' '.join(re.findall(r'[a-z0-9]+', t))
def shingles(t, n=8):
    w = norm(t).split(); return {' '.join(w[i:i+n]) for i in range(max(0,len(w)-n+1))}
pool=json.load(open('/work/s36/b20/pool.json'))
used={l.strip() for l in open('/work/main/bench/fresh-copy/used-fr20-ids.txt') if l.strip()}
used_titles=set(); used_sh=set()
for p in glob.glob('/work/main/test/corpus/*/*.md'):
    s=open(p,encoding='utf-8').read()
    m=re.search(r'^# (.*)$',s,re.M)
    if m: used_titles.add(norm(m.group(1)))
    if '/news-fr' in p: used_sh|=shingles(re.sub(r'<!--.*?-->','',s,flags=re.S))
rest=[r for r in pool if r['id'] not in used]
print('left', len(rest))
batch=[]; skipped=0
for r in rest:
    if len(batch)==85: break
    sh=shingles(r['text'])
    if norm(r['title']) in used_titles or (sh and len(sh&used_sh)/len(sh)>0.1): skipped+=1; continue
    batch.append(r); used_sh|=sh; used_titles.add(norm(r['title']))
print('skipped', skipped)
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
    open('/work/s37/b21/plain/'+name,'w',encoding='utf-8').write(f'{head}\n\n# {r["title"]}\n\n{r["text"].strip()}\n')
open('/work/s37/b21/list.txt','w').write('\n'.join(names)+'\n')
open('/work/s37/used-fr21-ids.txt','w').write('\n'.join(r['id'] for r in batch)+'\n')
json.dump(batch, open('/work/s37/b21/batch.json','w'), ensure_ascii=False)
print(len(names), sum(r['words'] for r in batch))
