"""What the teaching_nlp 2005 draw scripts share (teaching-nlp-2005.py, -batch21.py, -batch22.py): text normalising for
title and 8-word-shingle comparisons, and writing a drawn batch as corpus files with their attribution lines."""
import glob, json, os, re, unicodedata


def norm(t):
    """Lower-case ASCII letters and digits of `t`, accents stripped, one space between runs."""
    t = unicodedata.normalize('NFKD', t); t = ''.join(c for c in t if not unicodedata.combining(c)).lower()
    return ' '.join(re.findall(r'[a-z0-9]+', t))


def shingles(t, n=8):
    """The set of `n`-word runs of `norm(t)`."""
    w = norm(t).split(); return {' '.join(w[i:i+n]) for i in range(max(0, len(w)-n+1))}


def slug(t):
    """A file-name slug of a title: accents stripped, lower case, runs of other characters as '-', at most 50 characters."""
    t = unicodedata.normalize('NFKD', t); t = ''.join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r'[^a-z0-9]+', '-', t).strip('-')[:50].rstrip('-')


def used_in_corpus(corpus_glob='/work/main/test/corpus/*/*.md'):
    """The normalised `# ` headlines of every corpus article, and the 8-word shingles of the French ones (markers and
    comments removed): what a new article must not share."""
    used_titles = set(); used_sh = set()
    for p in glob.glob(corpus_glob):
        s = open(p, encoding='utf-8').read()
        m = re.search(r'^# (.*)$', s, re.M)
        if m: used_titles.add(norm(m.group(1)))
        if '/news-fr' in p: used_sh |= shingles(re.sub(r'<!--.*?-->', '', s, flags=re.S))
    return used_titles, used_sh


def write_batch(batch, plain_dir, list_path, ids_path, batch_path, corpus_glob='/work/main/test/corpus/*/*.md'):
    """Write each row of `batch` (id, pid, title, text, words) as `wn-<slug>.md` in `plain_dir` with its attribution
    comment, headline and text; then the file names to `list_path`, the ids to `ids_path` and the rows (with `file` and
    `url` added) to `batch_path`. A name already in the corpus or the batch gets '-2'. Prints the count and the words."""
    existing = {os.path.basename(p) for p in glob.glob(corpus_glob)}
    names = []
    for r in batch:
        name = 'wn-'+slug(r['title'])+'.md'
        if name in existing or name in names: name = name[:-3]+'-2.md'
        assert name not in existing and name not in names, name
        names.append(name); r['file'] = name
        url = 'https://fr.wikinews.org/wiki/'+r['title'].replace(' ', '_'); r['url'] = url
        head = (f'<!-- Source: "{r["title"]}", Contributeurs de Wikinews, Wikinews (français), 2005 (page id {r["pid"]}), {url}, '
                'licensed under CC BY 2.5 (public domain if written before 2005-09-25). Converted to Markdown for Sourced\'s test corpus from '
                'nicolashernandez/teaching_nlp (data/wikinews_2500articles.zip); HTML entities decoded, text otherwise unchanged. -->')
        open(os.path.join(plain_dir, name), 'w', encoding='utf-8').write(f'{head}\n\n# {r["title"]}\n\n{r["text"].strip()}\n')
    open(list_path, 'w').write('\n'.join(names)+'\n')
    open(ids_path, 'w').write('\n'.join(r['id'] for r in batch)+'\n')
    json.dump(batch, open(batch_path, 'w'), ensure_ascii=False)
    print(len(names), sum(r['words'] for r in batch))
