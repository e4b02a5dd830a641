#!/usr/bin/env python3
"""Extract fresh open-licence news copy into JSONL (standard library only).

Sources (git snapshots under /work/.mirror, read with `git show`):
  fr: YoannDupont/WiNER-fr  (French Wikinews 2016-2018, CC BY 2.5 text)
Dedup against /work/shared/data/news/*.jsonl and the headline / attribution lines of
/work/main/test/corpus/news*/ (only '# ' headline and the first https:// line are read).
"""
import html, glob, json, os, re, subprocess, sys, unicodedata, urllib.parse
from collections import Counter

OUT = '/work/s29/fresh'
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
            head = url = None
            with open(f, encoding='utf-8') as fh:
                for line in fh:
                    if head is None and line.startswith('# '):
                        head = line[2:].strip()
                    if url is None and 'https://' in line:
                        url = line
                    if head is not None and url is not None:
                        break
            if os.path.basename(f).lower() == 'readme.md':
                # README: collect every title/URL it lists
                txt = open(f, encoding='utf-8').read()
                for u in re.findall(r'https?://[a-z.]*(?:wikinews|globalvoices)[^\s)>\]|"]+', txt):
                    urls.add(norm_url(u)); titles.add(title_from_url(u))
                for t in re.findall(r'"([^"\n]{8,200})"', txt):
                    titles.add(norm_title(t))
                continue
            if head:
                titles.add(norm_title(head))
            if url:
                m = re.search(r'Source: "(.*?)",', url)
                if m:
                    titles.add(norm_title(m.group(1)))
                for u in re.findall(r'https?://[^\s,)>]+', url):
                    urls.add(norm_url(u)); titles.add(title_from_url(u))
                m = re.search(r'page id (\d+)', url)
                if m:
                    ids.add('pageid:' + m.group(1))
    # French Wikinews from nicolashernandez/teaching_nlp: every title in the zip (not only the 483 used)
    try:
        import io, zipfile
        gd = MIRROR + '/nicolashernandez+teaching_nlp/repo'
        z = zipfile.ZipFile(io.BytesIO(git(gd, 'show', 'HEAD:data/wikinews_2500articles.zip')))
        for n in z.namelist():
            if n.endswith('.txt'):
                first = z.read(n).decode('utf-8', 'replace').split('\n', 1)[0]
                titles.add(norm_title(first))
    except Exception as e:
        print('teaching_nlp titles not loaded:', e, file=sys.stderr)
    titles.discard('')
    return titles, urls, ids

def words(t):
    return len(re.findall(r'\w+', t))

def ok_text(t):
    n = words(t)
    return 120 <= n <= 900 and bool(re.search(r'[0-9"«»“”„‚‘’]', t))

# ---------------- French: WiNER-fr ----------------
FR_MONTHS = {m: i + 1 for i, m in enumerate(
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split())}
FR_VERBS = set('''est sont a ont était étaient avait avaient sera seront fut furent été
 fait font dit déclare déclaré affirme annonce annoncé indique explique selon peut doit
 va vont devrait pourrait reste restent compte estime'''.split())

def fr_detok(p):
    p = re.sub(r' ?\[\d{1,3}\]', '', p)          # footnote markers pointing at the dropped source list
    p = re.sub(r' +([,.)\]])', r'\1', p)
    p = re.sub(r'([(\[]) +', r'\1', p)
    p = re.sub(r"\b([lLdDjJnNsScCmMtT]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]uoiqu|[Pp]resqu)(['’]) +(?=\w)", r'\1\2', p)
    p = re.sub(r'(\d) (e|er|ère|eme|ème)\b', r'\1\2', p)
    p = re.sub(r'[ \t]+', ' ', p)
    return p.strip()

def fr_is_caption(p):
    toks = set(re.findall(r"\w+", p.lower()))
    return words(p) <= 20 and not (toks & FR_VERBS)

def extract_fr(used):
    repo = 'YoannDupont/WiNER-fr'
    gd = MIRROR + '/YoannDupont+WiNER-fr/repo'
    commit = git(gd, 'rev-parse', 'HEAD').decode().strip()
    names = git(gd, 'ls-tree', '-r', '--name-only', 'HEAD').decode().split('\n')
    urlmap = {}
    for n in names:
        if n.endswith('-urls.txt'):
            for line in git(gd, 'show', 'HEAD:' + n).decode('utf-8').splitlines():
                if '\t' in line:
                    k, v = line.split('\t', 1)
                    urlmap[k.strip()] = v.strip()
    rows, drops = [], Counter()
    seen_t = set()
    for n in sorted(names):
        if not re.search(r'/\d{4}_\d\d_\d\d-\d+\.txt$', n):
            continue
        key = os.path.basename(n)[:-4]
        raw = git(gd, 'show', 'HEAD:' + n).decode('utf-8').replace('\r', '')
        paras = [p.strip() for p in re.split(r'\n\s*\n', raw) if p.strip()]
        if len(paras) < 2:
            drops['empty'] += 1; continue
        title = fr_detok(paras[0].replace('\n', ' '))
        body = '\n\n'.join(paras[1:])
        date = None
        m = re.match(r'\s*(\d{1,2})(?:er)? (\w+) (\d{4})[^–\n]{0,40}?–\s*', body)
        if m and m.group(2).lower() in FR_MONTHS:
            date = '%s-%02d-%02d' % (m.group(3), FR_MONTHS[m.group(2).lower()], int(m.group(1)))
            body = body[m.end():]
        if not date:
            d = re.match(r'(\d{4})_(\d\d)_(\d\d)', key)
            date = '-'.join(d.groups())
        ps = [fr_detok(re.sub(r'\s*\n\s*', ' ', p)) for p in re.split(r'\n\s*\n', body)]
        ps = [p for p in ps if p]
        while ps and fr_is_caption(ps[-1]):
            ps.pop()
        text = '\n\n'.join(ps)
        url = urlmap.get(key)
        nt = norm_title(title)
        if not url:
            drops['no url'] += 1; continue
        if nt in used[0] or norm_url(url) in used[1] or title_from_url(url) in used[0]:
            drops['already used (title/url)'] += 1; continue
        if nt in seen_t:
            drops['duplicate inside source'] += 1; continue
        if not ok_text(text):
            drops['length outside 120-900 words' if not (120 <= words(text) <= 900) else 'no digit/quote'] += 1
            continue
        seen_t.add(nt)
        rows.append({'id': 'frwikinews-winer:' + key, 'lang': 'fr', 'outlet': 'Wikinews (français)',
                     'url': url, 'date': date, 'licence': 'CC BY 2.5', 'title': title, 'text': text,
                     'author': 'Contributeurs de Wikinews',
                     'source': '%s@%s:%s' % (repo, commit, n)})
    return rows, drops


# ---------------- German + English: AntoninSlejska/text2test ----------------
def _sql_unescape(t):
    t = re.sub(r'\\+r', '\r', t)
    t = re.sub(r'\\+n', '\n', t)
    t = re.sub(r"\\+(['\"])", r'\1', t)
    t = t.replace('\\\\', '\\')
    return html.unescape(t).replace('\r', '')

def extract_t2t(lang):
    repo = 'AntoninSlejska/text2test'
    gd = MIRROR + '/AntoninSlejska+text2test/repo'
    path = 'install/text2test.sql'
    commit = git(gd, 'rev-parse', 'HEAD').decode().strip()
    s = git(gd, 'show', 'HEAD:' + path).decode('utf-8')
    i = s.index('INSERT INTO `Texts`')
    seg = s[i:s.index(';\n', i)]
    q = r"'((?:[^'\\]|\\.)*)'"
    rx = re.compile(r"\((\d+), '(\w\w)', %s, %s, '(\w*)', %s, %s, (\d)\)" % (q, q, q, q))
    def fn(used):
        rows, drops = [], Counter()
        for tid, lg, title, text, level, source, url, pub in rx.findall(seg):
            if lg != lang:
                continue
            if source != 'Wikinews':
                drops['not Wikinews (literature/Wikisource)'] += 1; continue
            title = _sql_unescape(title); text = _sql_unescape(text)
            date = None
            m = re.match(r'\s*[^\n–]{1,80}?, (\d\d)\.(\d\d)\.(\d{4}) –\s*', text)
            if m:
                date = '%s-%s-%s' % (m.group(3), m.group(2), m.group(1))
                text = text[m.end():]
            ps = [re.sub(r'\s+', ' ', p).strip() for p in re.split(r'\n\s*\n', text)]
            text = '\n\n'.join(p for p in ps if p)
            nt = norm_title(title)
            if nt in used[0] or norm_url(url) in used[1] or title_from_url(url) in used[0]:
                drops['already used (title/url)'] += 1; continue
            if not ok_text(text):
                drops['length outside 120-900 words' if not (120 <= words(text) <= 900) else 'no digit/quote'] += 1
                continue
            outlet = {'de': 'Wikinews (deutsch)', 'en': 'Wikinews (English)'}[lang]
            author = {'de': 'Wikinews-Autoren', 'en': 'Wikinews contributors'}[lang]
            rows.append({'id': '%swikinews-text2test:%s' % (lang, tid), 'lang': lang, 'outlet': outlet,
                         'url': url.replace('http://', 'https://').split('?')[0], 'date': date,
                         'licence': 'CC BY 2.5',
                         'title': title, 'text': text, 'author': author,
                         'source': '%s@%s:%s' % (repo, commit, path)})
        return rows, drops
    return fn

# ---------------- English: Global Voices June 2009 pages in mediacloud/backend test data ----------------
from html.parser import HTMLParser

class _Blocks(HTMLParser):
    """Turn WordPress post HTML into Markdown-ish paragraphs; drop captions and credit lines."""
    BLOCK = {'p', 'li', 'h1', 'h2', 'h3', 'h4', 'blockquote', 'div', 'br'}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.buf, self.stack, self.skip, self.quote = [], [], [], 0, 0
    def flush(self):
        t = re.sub(r'\s+', ' ', ''.join(self.buf)).strip()
        self.buf = []
        if t:
            pre = '> ' if self.quote else ''
            self.out.append(pre + t)
    def handle_starttag(self, tag, attrs):
        a = dict(attrs); cls = a.get('class') or ''
        if tag in ('br',):
            self.flush(); return
        skip = tag in ('script', 'style') or 'wp-caption' in cls or 'contributors' in cls
        if tag in ('img', 'hr', 'input', 'meta', 'link'):
            return
        if tag in self.BLOCK:
            self.flush()
        self.stack.append((tag, skip, tag == 'blockquote' or 'translation' in cls))
        if skip: self.skip += 1
        if tag == 'blockquote' or 'translation' in cls: self.quote += 1
    def handle_endtag(self, tag):
        if tag in self.BLOCK:
            self.flush()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for t, sk, q in self.stack[i:]:
                    if sk: self.skip -= 1
                    if q: self.quote -= 1
                del self.stack[i:]
                break
    def handle_data(self, d):
        if not self.skip:
            self.buf.append(d)

def html_paras(h):
    p = _Blocks(); p.feed(h); p.close(); p.flush()
    return p.out

def extract_gv_mediacloud(used):
    repo = 'mediacloud/backend'
    gd = MIRROR + '/mediacloud+backend/repo'
    commit = '4840dd2b8fbef68cf3c3d61771d3a934b3260a60'   # t/data was removed from later commits
    names = git(gd, 'ls-tree', '-r', '--name-only', commit, '--', 't/data/crawler_stories/gv/').decode().split()
    rows, drops = [], Counter()
    for n in sorted(names, key=lambda x: int(re.sub(r'\D', '', os.path.basename(x)) or 0)):
        if not re.search(r'/gv/\d+\.json$', n):
            continue
        d = json.loads(git(gd, 'show', '%s:%s' % (commit, n)))
        c = d['content']
        m = re.search(r'<h2 class="post-title"[^>]*><a href="([^"]+)"', c)
        url = m.group(1) if m else None
        m = re.search(r's-author-([^"]+)"', c)
        author = html.unescape(m.group(1)).strip() if m else None
        title = html.unescape(d['title']).strip()
        if not d.get('description'):
            drops['no post body in the test record'] += 1; continue
        paras = html_paras(d['description'])
        text = '\n\n'.join(paras)
        nt = norm_title(title)
        if not url:
            drops['no permalink'] += 1; continue
        if nt in used[0] or norm_url(url) in used[1]:
            drops['already used (title/url)'] += 1; continue
        if not ok_text(text):
            drops['length outside 120-900 words' if not (120 <= words(text) <= 900) else 'no digit/quote'] += 1
            continue
        pid = re.search(r'\?p=(\d+)', d.get('guid') or '')
        rows.append({'id': 'globalvoices:' + (pid.group(1) if pid else os.path.basename(n)), 'lang': 'en',
                     'outlet': 'Global Voices', 'url': url, 'date': (d.get('publish_date') or '')[:10] or None,
                     'licence': 'CC BY 3.0', 'title': title, 'text': text, 'author': author,
                     'source': '%s@%s:%s' % (repo, commit, n)})
    return rows, drops

def write(lang, rows):
    with open(os.path.join(OUT, lang + '.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')

def main():
    used = load_used()
    print('used titles %d urls %d' % (len(used[0]), len(used[1])), file=sys.stderr)
    stats = {}
    for lang, fn in [('fr', extract_fr)] + EXTRA:
        rows, drops = fn(used)
        # keep later languages from colliding with earlier ones
        for r in rows:
            used[0].add(norm_title(r['title'])); used[1].add(norm_url(r['url']))
        write(lang, rows)
        stats[lang] = (len(rows), sum(words(r['text']) for r in rows), dict(drops))
        print(lang, stats[lang], file=sys.stderr)
    json.dump(stats, open(os.path.join(OUT, 'stats.json'), 'w'), indent=1)

def _both(*fns):
    def fn(used):
        rows, drops = [], Counter()
        for f in fns:
            r, d = f(used)
            for x in r:
                used[0].add(norm_title(x['title'])); used[1].add(norm_url(x['url']))
            rows += r; drops.update(d)
        return rows, drops
    return fn

EXTRA = [('de', extract_t2t('de')), ('en', _both(extract_t2t('en'), extract_gv_mediacloud))]

if __name__ == '__main__':
    main()
