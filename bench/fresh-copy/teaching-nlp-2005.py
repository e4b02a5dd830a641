#!/usr/bin/env python3
# Rebuilds session 36's pool of 2005 French Wikinews articles (teaching_nlp page ids < 4500) and batch 20; paths are this machine's (unzip the archive from the teaching_nlp snapshot into /work/s36/tnlp first).
"""Batch 20: French Wikinews articles of 2005 (teaching_nlp page ids < 4500, never used), the first 85 in SHA-1 order."""
import json, hashlib, re, os, html, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from teaching_nlp_2005_common import norm, shingles, used_in_corpus, write_batch
d='/work/s36/tnlp/wikinews_2500articles'
# used titles and bodies
used_titles, used_sh = used_in_corpus()
for l in open('/work/shared/data/news/fr.jsonl'):
    r=json.loads(l); used_titles.add(norm(r['title'])); used_sh|=shingles(r['text'])
rows=[];why={}
for f in os.listdir(d):
    pid=int(f[:-4])
    if pid>=4500: continue
    t=open(os.path.join(d,f),encoding='utf-8').read()
    lines=[l.strip() for l in t.split('\n') if l.strip()]
    title,body=lines[0],lines[1:]
    text='\n\n'.join(body)
    words=len(re.findall(r'\w+',text))
    r=None
    if words<120 or words>900: r='len'
    elif re.search(r'\S  +\S',text): r='dblspace'
    elif re.search(r'\(\s*\)|\[\s*\]|\{\{|\}\}|\[\[|<[a-z/]',text): r='markup'
    elif re.search(r'[a-zé]\.[A-Z]',text): r='nospace'
    elif any(len(re.findall(r'\w+',p))<8 for p in body): r='shortpara'
    elif text.count('«')!=text.count('»') or text.count('"')%2: r='quotes'
    elif not re.search(r'\d|«|"',text): r='nodigit'
    elif norm(title) in used_titles: r='title-used'
    else:
        sh=shingles(text)
        if sh and len(sh&used_sh)/len(sh)>0.1: r='text-used'
    if r: why[r]=why.get(r,0)+1; continue
    text=html.unescape(text)
    rows.append({'id':f'frwikinews-teaching_nlp:{pid}','pid':pid,'title':html.unescape(title),'text':text,'words':words})
rows.sort(key=lambda r: hashlib.sha1(r['id'].encode()).hexdigest())
print(len(rows), why)
json.dump(rows, open('/work/s36/b20/pool.json','w'), ensure_ascii=False)
batch=rows[:85]
write_batch(batch, '/work/s36/b20/plain', '/work/s36/b20/list.txt', '/work/s36/used-fr20-ids.txt', '/work/s36/b20/batch.json')
