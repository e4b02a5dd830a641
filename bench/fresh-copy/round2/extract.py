#!/usr/bin/env python3
"""Extract fresh open-licence French/German news copy into JSONL (Python 3 standard library only).

Sources are git snapshots under /work/.mirror (fetched with the `fetch` tool), read with `git show`.
  fr: andreapdr/SBDTesting  data/selected_multilingual_wikinews{,_test}.jsonl
      (French Wikinews articles selected from PrimerAI's WikiNews-multilingual; CC BY 2.5 / PD)
  de: none found (the 8 German Wikinews texts in the same files sit under French/Italian titles and are dropped)
De-duplication: everything session 29's extractor treated as used (/work/shared/data/news/*.jsonl, headline and
attribution line of /work/main/test/corpus/news*/*.md, README titles/URLs, all 2,500 teaching_nlp titles) PLUS all
1,191 WiNER-fr articles (titles and URLs) and all 100 WikinewsKeyphraseCorpus (boudinfl/wikinews-2013-pre) titles.
Helpers norm_title / norm_url / title_from_url / load_used are copied from /work/s32/tools/extract.py.
"""
import html, glob, io, json, os, re, subprocess, sys, unicodedata, urllib.parse, zipfile
from collections import Counter

OUT = '/work/s34/fresh2'
MIRROR = '/work/.mirror'

def git(gitdir, *args):
    return subprocess.run(['git', '--git-dir=' + gitdir] + list(args), check=True,
                          capture_output=True).stdout

def norm_title(t):
    t = unicodedata.normalize('NFKD', t or '')
    t = ''.join(c for c in t if not unicodedata.combining(c)).lower()
    t = t.replace('_', ' ')
    return re.sub(r'[^a-z0-9]+', ' ', t).strip()

def norm_url(u):
    if not u:
        return ''
    u = urllib.parse.unquote(u.strip()).replace(' ', '_')
    u = re.sub(r'^https?://', '', u)
    return u.rstrip('/').lower()

def title_from_url(u):
    u = urllib.parse.unquote(u or '')
    m = re.search(r'/wiki/(.+)$', u) or re.search(r'[?&]search=([^&]+)', u)
    return norm_title(m.group(1)) if m else ''

def load_used():
    """Same rules as session 29/32 (only '# ' headline + first https:// line of corpus files are read)."""
    titles, urls, ids = set(), set(), set()
    for f in glob.glob('/work/shared/data/news/*.jsonl'):
        for line in open(f, encoding='utf-8'):
            r = json.loads(line)
            titles.add(norm_title(r.get('title')))
            if r.get('url'):
                urls.add(norm_url(r['url'])); titles.add(title_from_url(r['url']))
            ids.add(r.get('id'))
    dirs = ['news', 'news-holdout', 'news-de', 'news-de-holdout', 'news-fr', 'news-fr-holdout']
    for d in dirs:
        base = '/work/main/test/corpus/' + d
        for f in glob.glob(base + '/*.md'):
            if os.path.basename(f).lower() == 'readme.md':
                txt = open(f, encoding='utf-8').read()
                for u in re.findall(r'https?://[a-z.]*(?:wikinews|globalvoices)[^\s)>\]|"]+', txt):
                    urls.add(norm_url(u)); titles.add(title_from_url(u))
                for t in re.findall(r'"([^"\n]{8,200})"', txt):
                    titles.add(norm_title(t))
                continue
            head = url = None
            with open(f, encoding='utf-8') as fh:
                for line in fh:
                    if head is None and line.startswith('# '):
                        head = line[2:].strip()
                    if url is None and 'https://' in line:
                        url = line
                    if head is not None and url is not None:
                        break
            if head:
                titles.add(norm_title(head))
            if url:
                m = re.search(r'Source: "(.*?)",', url)
                if m:
                    titles.add(norm_title(m.group(1)))
                for u in re.findall(r'https?://[^\s,)>]+', url):
                    urls.add(norm_url(u)); titles.add(title_from_url(u))
    n0 = len(titles)
    # teaching_nlp: every title in the zip (not only the 483 used)
    gd = MIRROR + '/nicolashernandez+teaching_nlp/repo'
    z = zipfile.ZipFile(io.BytesIO(git(gd, 'show', 'HEAD:data/wikinews_2500articles.zip')))
    for n in z.namelist():
        if n.endswith('.txt'):
            titles.add(norm_title(z.read(n).decode('utf-8', 'replace').split('\n', 1)[0]))
    # WiNER-fr: all 1,191 articles are read/used (batches 12-17 + dev pools + dropped ones)
    gd = MIRROR + '/YoannDupont+WiNER-fr/repo'
    for n in git(gd, 'ls-tree', '-r', '--name-only', 'HEAD').decode().split('\n'):
        if n.endswith('-urls.txt'):
            for line in git(gd, 'show', 'HEAD:' + n).decode('utf-8').splitlines():
                if '\t' in line:
                    u = line.split('\t', 1)[1].strip()
                    urls.add(norm_url(u)); titles.add(title_from_url(u))
        elif re.search(r'/\d{4}_\d\d_\d\d-\d+\.txt$', n):
            first = git(gd, 'show', 'HEAD:' + n).decode('utf-8').strip().split('\n', 1)[0]
            titles.add(norm_title(first))
    # WikinewsKeyphraseCorpus (boudinfl/wikinews-2013-pre): all 100 titles (60 used, 40 dropped as short)
    gd = MIRROR + '/boudinfl+wikinews-2013-pre/repo'
    z = zipfile.ZipFile(io.BytesIO(git(gd, 'show', 'HEAD:src/WikinewsKeyphraseCorpus-master.zip')))
    for n in z.namelist():
        if n.endswith('.html'):
            m = re.search(r'<title>(.*?)</title>', z.read(n).decode('utf-8', 'replace'), re.S)
            if m:
                titles.add(norm_title(html.unescape(m.group(1))))
    titles.discard('')
    print('used titles: %d from corpus/shared + %d from teaching_nlp/WiNER/keyphrase corpus; urls %d'
          % (n0, len(titles) - n0, len(urls)), file=sys.stderr)
    return titles, urls, ids

def shingles(t, k=8):
    w = re.findall(r'\w+', t.lower())
    return {' '.join(w[i:i + k]) for i in range(max(0, len(w) - k + 1))}

def load_used_bodies():
    """8-word shingle index of every already-read French body that is allowed to be read for de-duplication:
    teaching_nlp (2,500), WiNER-fr (1,191), WikinewsKeyphraseCorpus (100), /work/shared/data/news/fr.jsonl (60).
    (Test-corpus bodies under /work/main are NOT read; those are covered by headline/URL only.)"""
    bodies = {}
    gd = MIRROR + '/nicolashernandez+teaching_nlp/repo'
    z = zipfile.ZipFile(io.BytesIO(git(gd, 'show', 'HEAD:data/wikinews_2500articles.zip')))
    for n in z.namelist():
        if n.endswith('.txt'):
            bodies['teaching_nlp:' + n] = z.read(n).decode('utf-8', 'replace')
    gd = MIRROR + '/YoannDupont+WiNER-fr/repo'
    for n in git(gd, 'ls-tree', '-r', '--name-only', 'HEAD').decode().split('\n'):
        if re.search(r'/\d{4}_\d\d_\d\d-\d+\.txt$', n):
            bodies['WiNER-fr:' + n] = git(gd, 'show', 'HEAD:' + n).decode('utf-8')
    gd = MIRROR + '/boudinfl+wikinews-2013-pre/repo'
    z = zipfile.ZipFile(io.BytesIO(git(gd, 'show', 'HEAD:src/WikinewsKeyphraseCorpus-master.zip')))
    for n in z.namelist():
        if n.endswith('.html'):
            bodies['keyphrase:' + n] = re.sub('<[^>]+>', ' ', z.read(n).decode('utf-8', 'replace'))
    for line in open('/work/shared/data/news/fr.jsonl', encoding='utf-8'):
        r = json.loads(line)
        bodies['shared:' + r['id']] = r['text']
    idx = {}
    for k, t in bodies.items():
        for s in shingles(t):
            idx.setdefault(s, set()).add(k)
    return idx

def near_dup(text, idx, thr=0.1):
    S = shingles(text)
    c = Counter(k for s in S for k in idx.get(s, ()))
    if c:
        k, n = c.most_common(1)[0]
        if S and n / len(S) > thr:
            return k, n / len(S)
    return None

def words(t):
    return len(re.findall(r'\w+', t))

def ok_text(t):
    n = words(t)
    return 120 <= n <= 900 and bool(re.search(r'[0-9"«»“”„‚‘’]', t))

FR_MONTHS = {m: i + 1 for i, m in enumerate(
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split())}

# ---------------- French: andreapdr/SBDTesting (PrimerAI WikiNews-multilingual selection) ----------------
SBD_REPO = 'andreapdr/SBDTesting'
SBD_COMMIT = '95f4bfe763bb8a67f10386a5f0fcd11078c1fe12'   # both data files present; removed from later history
SBD_FILES = ['data/selected_multilingual_wikinews.jsonl', 'data/selected_multilingual_wikinews_test.jsonl']
# English Wikinews page ids below this are from before 2005-09-25 (public-domain period); see README.
PD_MAX_EN_PAGEID = None

BOILER = [
    r"Cet article mentionne la Wikimedia Foundation ou un de ses projets\. Notez que Wikinews est un projet de la "
    r"Wikimedia Foundation\.?",
    r"Voir aussi, dans l'encyclopédie Wikipédia, l'article [^.]{1,120}\.",
    r"Voir aussi, dans l'encyclopédie Wikipédia, les articles [^.]{1,200}\.",
]

STOP = {'fr': set('le la les des est une dans pour qui que sur du au avec par pas été ont'.split()),
        'de': set('der die das und ist nicht ein eine den dem mit von zu im auf für wurde sich des'.split()),
        'en': set('the and of to in is was that for on with by has have been'.split()),
        'it': set('il la di che è e per una non sono del della con nel ha gli le'.split()),
        'es': set('el la de que y en los las por con una para del se fue'.split())}

def detect_lang(t):
    w = re.findall(r'\w+', t.lower())
    if not w:
        return None
    sc = {l: sum(x in s for x in w) for l, s in STOP.items()}
    return max(sc, key=sc.get)

def fr_clean_para(p):
    p = re.sub(r' ?\[\d{1,3}\]', '', p)
    p = p.replace('\u00a0', ' ').replace('\u00ad', '')
    p = re.sub(r'[ \t]+', ' ', p)
    return p.strip()

BODY_IDX = {}
NEAR_DUPS = []

def sbd_fr(used):
    BODY_IDX.update(load_used_bodies())
    gd = MIRROR + '/andreapdr+SBDTesting/repo'
    rows, drops, seen = [], Counter(), set()
    recs = []
    for path in SBD_FILES:
        for line in git(gd, 'show', '%s:%s' % (SBD_COMMIT, path)).decode('utf-8').splitlines():
            if line.strip():
                r = json.loads(line)
                r['_path'] = path
                recs.append(r)
    drops['read (all records of the two files, all languages)'] = len(recs)
    frs = []
    for r in recs:
        lab, det = r.get('lang'), detect_lang(r.get('text') or '')
        if lab == 'fr' or det == 'fr':
            drops['read (labelled fr or detected as French)'] += 1
            if lab != 'fr':
                drops['French text under a %s-labelled (non-French) title' % lab] += 1; continue
            if det not in ('fr', None):
                # text in another language under a French title (de: 8, es: 11): real title/URL unknown
                drops['text not in French (%s) under a French title' % det] += 1; continue
            frs.append(r)
    for r in frs:
        title = re.sub(r'\s+', ' ', r['title']).strip()
        raw = r.get('text') or ''
        if isinstance(raw, list):
            raw = '\n'.join(raw)
        t = raw.replace('\r', '')
        for b in BOILER:
            t = re.sub(b, '\n', t)
        date = None
        standfirst = None
        m = re.search(r'Publié le (\d{1,2})(?:er)? (\w+) (\d{4})', t)
        if m and m.group(2).lower() in FR_MONTHS and m.start() < 400:
            date = '%s-%02d-%02d' % (m.group(3), FR_MONTHS[m.group(2).lower()], int(m.group(1)))
            before = t[:m.start()].strip()
            # drop coordinates boxes and 'Page actualisée : <date> — « <follow-up title> »' banners
            before = re.sub(r'^[\d°′″\s.,NSEOW/-]+$', '', before)
            before = re.sub(r'^Page actualisée\s*:.*$', '', before, flags=re.S).strip()
            if before:
                standfirst = before
            t = t[m.end():]
        # place dateline on its own first line, e.g. "Paris, France -"
        t = re.sub(r'^\s*[A-ZÉÈÀÂÎÔÛÇ][^\n.]{0,60}\s[-–—]\s*\n', '', t)
        t = re.sub(r'^\s*[A-ZÉÈÀÂÎÔÛÇ][^\n.]{0,60},\s*[A-ZÉÈÀÂÎÔÛÇ][^\n.]{0,40}\s[-–—]\s+', '', t)
        # the selection joined the source's paragraph list with spaces; where a double space or a newline survives
        # after a sentence end it marks a paragraph boundary
        t = re.sub(r'(?<=[.!?»”])\s{2,}(?=\S)', '\n', t)
        ps = [fr_clean_para(p) for p in re.split(r'\n+', t)]
        ps = [p for p in ps if p]
        if standfirst:
            ps.insert(0, fr_clean_para(standfirst))
        text = '\n\n'.join(ps)
        url = 'https://fr.wikinews.org/wiki/' + title.replace(' ', '_')   # same readable form as WiNER's url lists
        nt = norm_title(title)
        if not text:
            drops['no text in source (title only)'] += 1; continue
        if nt in used[0] or norm_url(url) in used[1]:
            drops['already used/read (title/url)'] += 1; continue
        if nt in seen:
            drops['duplicate inside source'] += 1; continue
        nd = near_dup(text, BODY_IDX)
        if nd:
            drops['near-duplicate of an already-read text (>10% shared 8-word shingles)'] += 1
            NEAR_DUPS.append((r['id'], title, nd[0], round(nd[1], 2))); continue
        if text.rstrip().endswith(':'):
            drops['ends with a colon (trailing list lost in the source)'] += 1; continue
        if not ok_text(text):
            drops['length outside 120-900 words' if not (120 <= words(text) <= 900) else 'no digit/quote'] += 1
            continue
        seen.add(nt)
        cats = r.get('categories') or []
        if isinstance(cats, str):
            cats = re.findall(r"'([^']*)'", cats)
        pd = 'Public domain articles' in cats
        if date and date < '2005-09-25':
            pd = True
        lic = 'Public domain (Wikinews text before 2005-09-25)' if pd else 'CC BY 2.5'
        rows.append({'id': 'frwikinews-sbd:%s' % r['id'], 'lang': 'fr', 'outlet': 'Wikinews (français)',
                     'url': url, 'date': date, 'licence': lic, 'title': title, 'text': text,
                     'author': 'Contributeurs de Wikinews',
                     'source': '%s@%s:%s' % (SBD_REPO, SBD_COMMIT, r['_path'])})
    return rows, drops

def fr_date_estimates(rows):
    """Rough year-month for undated rows: linear interpolation of the English Wikinews page id (the id the selection
    keeps) between anchors = records whose text carries 'Publié le <date>'. Written to fr-date-estimates.tsv only."""
    import datetime
    gd = MIRROR + '/andreapdr+SBDTesting/repo'
    anchors = []
    for path in SBD_FILES:
        for line in git(gd, 'show', '%s:%s' % (SBD_COMMIT, path)).decode('utf-8').splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            m = re.search(r'Publié le (\d{1,2})(?:er)? (\w+) (\d{4})', r.get('text') or '')
            if r.get('lang') == 'fr' and m and m.group(2).lower() in FR_MONTHS:
                anchors.append((int(r['id']), datetime.date(int(m.group(3)), FR_MONTHS[m.group(2).lower()],
                                                             int(m.group(1))).toordinal()))
    anchors.sort()
    # drop anchors that break monotonicity (a later French article linked to an older English page)
    # (longest non-decreasing subsequence of dates along the page ids)
    n = len(anchors); best = [1] * n; prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if anchors[j][1] <= anchors[i][1] and best[j] + 1 > best[i]:
                best[i], prev[i] = best[j] + 1, j
    i = max(range(n), key=lambda k: best[k]); mono = []
    while i >= 0:
        mono.append(anchors[i]); i = prev[i]
    mono.reverse()
    out = ['id\tenglish_pageid\testimated_month\tbetween_anchors\tevent_date_in_text']
    days = 'lundi mardi mercredi jeudi vendredi samedi dimanche'.split()
    def text_date(text, est_ord):
        # '<weekday> <d> <month>' in the first paragraph: the year within ±1 of the estimate whose calendar puts that
        # weekday on that day (only if exactly one year fits); this is the EVENT day named in the lead, usually the
        # publication day or the day before.
        first = text.split('\n\n')[0]
        m = re.search(r'\b(%s) (\d{1,2})(?:er)? (%s)\b(?! \d{4})' % ('|'.join(days), '|'.join(FR_MONTHS)), first)
        if not m:
            return ''
        y0 = datetime.date.fromordinal(int(est_ord)).year
        fits = []
        for y in (y0 - 1, y0, y0 + 1):
            try:
                d = datetime.date(y, FR_MONTHS[m.group(3)], int(m.group(2)))
            except ValueError:
                continue
            if d.weekday() == days.index(m.group(1)) and abs(d.toordinal() - est_ord) < 200:
                fits.append(d)
        return fits[0].isoformat() if len(fits) == 1 else ''
    for r in rows:
        if r['date']:
            continue
        pid = int(r['id'].split(':')[1])
        lo = max([a for a in mono if a[0] <= pid], default=mono[0])
        hi = min([a for a in mono if a[0] >= pid], default=mono[-1])
        if hi[0] == lo[0]:
            est = lo[1]
        else:
            est = lo[1] + (hi[1] - lo[1]) * (pid - lo[0]) / (hi[0] - lo[0])
        d = datetime.date.fromordinal(int(est))
        out.append('%s\t%d\t%s\t%s..%s\t%s' % (r['id'], pid, d.strftime('%Y-%m'),
                                          datetime.date.fromordinal(lo[1]), datetime.date.fromordinal(hi[1]),
                                          text_date(r['text'], est)))
    open(os.path.join(OUT, 'fr-date-estimates.tsv'), 'w').write('\n'.join(out) + '\n')

def write(lang, rows):
    with open(os.path.join(OUT, lang + '.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

SOURCES = [('fr', [sbd_fr])]

def main():
    used = load_used()
    stats = {}
    for lang, fns in SOURCES:
        rows, drops = [], Counter()
        for fn in fns:
            r, d = fn(used)
            for x in r:
                used[0].add(norm_title(x['title'])); used[1].add(norm_url(x['url']))
            rows += r; drops.update(d)
        write(lang, rows)
        if lang == 'fr':
            fr_date_estimates(rows)
        stats[lang] = {'kept': len(rows), 'words': sum(words(r['text']) for r in rows), 'counts': dict(drops),
                       'licences': dict(Counter(r['licence'] for r in rows)),
                       'dated': sum(1 for r in rows if r['date'])}
        print(lang, json.dumps(stats[lang], ensure_ascii=False), file=sys.stderr)
    stats['near_duplicates_dropped'] = NEAR_DUPS
    json.dump(stats, open(os.path.join(OUT, 'stats.json'), 'w'), indent=1, ensure_ascii=False)

if __name__ == '__main__':
    main()
