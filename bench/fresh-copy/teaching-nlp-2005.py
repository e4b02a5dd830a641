#!/usr/bin/env python3
# Rebuilds session 36's pool of 2005 French Wikinews articles (teaching_nlp page ids < 4500) and batch 20; paths are this machine's (unzip the archive from the teaching_nlp snapshot into /work/s36/tnlp first).
"""Batch 20: French Wikinews articles of 2005 (teaching_nlp page ids < 4500, never used), the first 85 in SHA-1 order."""
import json, hashlib, re, unicodedata, glob, os, html
d='/work/s36/tnlp/wikinews_2500articles'
def norm(t):
    t = unicodedata.normalize('NFKD', t); t=''.join(c for c in t if not unicodedata.combining(c)).lower()
    return ' '.join(re.findall(r'[a-z0-9]+', t))
def shingles(t, n=8):
    w = norm(t).split(); return {' '.join(w[i:i+n]) for i in range(max(0,len(w)-n+1))}
# used titles and bodies
used_titles=set(); used_sh=set()
for p in glob.glob('/work/main/test/corpus/*/*.md'):
    s=open(p,encoding='utf-8').read()
    m=re.search(r'^# (.*)$',s,re.M)
    if m: used_titles.add(norm(m.group(1)))
    if '/news-fr' in p: used_sh|=shingles(re.sub(r'<!--.*?-->','',s,flags=re.S))
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
    url='https://fr.wikinews.org/wiki/'+r['title'].replace(' ','_')
    r['url']=url
    head=(f'<!-- Source: "{r["title"]}", Contributeurs de Wikinews, Wikinews (français), 2005 (page id {r["pid"]}), {url}, '
          'licensed under CC BY 2.5 (public domain if written before 2005-09-25). Converted to Markdown for Sourced\'s test corpus from '
          'nicolashernandez/teaching_nlp (data/wikinews_2500articles.zip); HTML entities decoded, text otherwise unchanged. -->')
    open('/work/s36/b20/plain/'+name,'w',encoding='utf-8').write(f'{head}\n\n# {r["title"]}\n\n{r["text"].strip()}\n')
open('/work/s36/b20/list.txt','w').write('\n'.join(names)+'\n')
open('/work/s36/used-fr20-ids.txt','w').write('\n'.join(r['id'] for r in batch)+'\n')
json.dump(batch, open('/work/s36/b20/batch.json','w'), ensure_ascii=False)
print(len(names), sum(r['words'] for r in batch))
