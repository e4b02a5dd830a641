"""Shared by the draw scripts of French batches 23 and 24 (sessions 39 and 40): WiNER-fr briefs that session 29's
extraction left out for being under 120 words. Same extraction as extract.py (token spacing undone, dateline and
trailing captions removed, already-used titles and URLs dropped), with the length window moved to 60-119 words (a digit
or quotation mark still required); articles sharing more than 10 % of their 8-word shingles with any French corpus
article are skipped, and so are the ids listed in `skip_ids` files. A batch is the first `size` of the rest in SHA-1
order of their id. Paths are this machine's: fetch YoannDupont/WiNER-fr into /work/.mirror first; extract.py's module
code up to its EXTRA line is imported as extract_lib (the EXTRA line needs other snapshots)."""
import hashlib, json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from teaching_nlp_2005_common import shingles, used_in_corpus


def extract_lib():
    """extract.py's module code up to its EXTRA line, as a module, with the 60-119-word window."""
    src = open(os.path.join(here, 'extract.py'), encoding='utf-8').read().split('\nEXTRA = ')[0]
    X = type(sys)('extract_lib')
    exec(compile(src, 'extract.py', 'exec'), X.__dict__)
    X.ok_text = lambda t: 60 <= X.words(t) < 120 and bool(re.search(r'[0-9"«»“”„‚‘’]', t))
    return X


def draw(out, ids_file, skip_ids=(), size=110):
    """Write the batch's plain files into OUT/plain, its file list to OUT/list.txt and OUT/batch.json, its ids to
    `ids_file` (in this folder). A file whose name another already has gets the next free number (-2, -3, ...)."""
    X = extract_lib()
    rows, drops = X.extract_fr(X.load_used())
    _, used_sh = used_in_corpus()
    skip = set()
    for f in skip_ids: skip |= set(open(os.path.join(here, f)).read().split())
    pool = []
    for r in rows:
        if r['id'] in skip: drops['skipped id'] += 1; continue
        sh = shingles(r['text'])
        if sh and len(sh & used_sh) / len(sh) > 0.1: drops['text-used'] += 1; continue
        pool.append(r)
    pool.sort(key=lambda r: hashlib.sha1(r['id'].encode()).hexdigest())
    print(len(pool), 'in the pool;', dict(drops))
    batch = pool[:size]
    names = []
    existing = set(os.listdir('/work/main/test/corpus/news-fr')) | set(os.listdir('/work/main/test/corpus/news-fr-holdout'))
    for r in batch:
        name = 'wn-' + X.norm_title(r['title']).replace(' ', '-')[:50].rstrip('-') + '.md'
        stem, n = name[:-3], 2
        while name in existing or name in names: name, n = f'{stem}-{n}.md', n + 1
        names.append(name); r['file'] = name
        head = (f'<!-- Source: "{r["title"]}", Contributeurs de Wikinews, Wikinews (français), {r["date"]}, {r["url"]}, '
                "licensed under CC BY 2.5. Converted to Markdown for Sourced's test corpus from the WiNER-fr corpus "
                '(its token spacing undone); text unchanged. -->')
        open(os.path.join(out, 'plain', name), 'w', encoding='utf-8').write(f'{head}\n\n# {r["title"]}\n\n{r["text"].strip()}\n')
    open(os.path.join(out, 'list.txt'), 'w').write('\n'.join(names) + '\n')
    open(os.path.join(here, ids_file), 'w').write('\n'.join(r['id'] for r in batch) + '\n')
    json.dump(batch, open(os.path.join(out, 'batch.json'), 'w'), ensure_ascii=False)
    print(len(batch), 'articles,', sum(X.words(r['text']) for r in batch), 'words')
