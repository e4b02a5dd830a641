// Reads PolNeAR (political news with every attribution annotated, brat standoff) from the shared data folder at run
// time. The corpus has no licence: nothing of it is copied into this repository.
import fs from 'node:fs';
import path from 'node:path';
import type {AttributionSpans, Range} from './polnear-scoring.js';

/** The splits shared with us; the test split is held out by the evaluation. */
export type PolnearSplit = 'dev' | 'train';

/** Absolute path of the corpus folder seen from a checkout: `../shared/data/polnear`. */
export function polnearDir(repoRoot: string): string {
  return path.resolve(repoRoot, '../shared/data/polnear');
}

/** A brat text-bound annotation (`T` line): type, pieces in code-point offsets, and the text brat wrote. */
export interface BratSpan {
  id: string;
  /** `Source`, `Cue`, `Content`, `Attribution`, `Attribution-no-source`, `Discard`, `Discuss`. */
  type: string;
  /** `[start, end)` in Unicode code points, as written; several pieces for a discontinuous span (`a b;c d`). */
  pieces: Range[];
  text: string;
}

/** A brat event (`E` line) with its roles resolved to span ids. */
export interface BratAttribution {
  id: string;
  /** `Attribution`, or `Attribution-no-source` when the annotator found no expressed source. */
  trigger: string;
  triggerSpan: string;
  source?: string;
  cue?: string;
  /** `Content` then `Content2` (a second content of the same attribution), when present. */
  content: string[];
}

/** What parsing one `.ann` file found, plus what it had to skip. */
export interface BratDocument {
  spans: Map<string, BratSpan>;
  attributions: BratAttribution[];
  /** Lines whose first tab-separated field is not an id: the rest of a span text that held a newline. */
  continuedLines: number;
  /** `E` lines with a trigger and no roles. */
  emptyEvents: number;
  /** Roles other than Source, Cue, Content and Content2, or a second Source or Cue; kept out of the gold. */
  oddRoles: string[];
}

const idField = /^[TE#A-Z]\d+$/;

/**
 * Parse a brat standoff `.ann` text. Only lines whose first tab-separated field is an id are read (`T12`, `E3`,
 * `#1`); `#` notes and attribute lines are ignored.
 *
 * @param ann
 *   The file's text.
 */
export function parseAnn(ann: string): BratDocument {
  const doc: BratDocument = {spans: new Map(), attributions: [], continuedLines: 0, emptyEvents: 0, oddRoles: []};
  for (const line of ann.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const fields = line.split('\t');
    if (!idField.test(fields[0])) {
      doc.continuedLines++;
      continue;
    }
    const id = fields[0];
    if (id.startsWith('T')) {
      const [type, ...rest] = (fields[1] ?? '').split(' ');
      const pieces = rest
        .join(' ')
        .split(';')
        .map((piece) => piece.trim().split(/\s+/).map(Number))
        .filter((p) => p.length === 2 && p.every(Number.isInteger))
        .map(([start, end]) => ({start, end}));
      if (pieces.length > 0) doc.spans.set(id, {id, type, pieces, text: fields.slice(2).join('\t')});
    } else if (id.startsWith('E')) {
      const [trigger, ...roles] = (fields[1] ?? '').trim().split(/\s+/);
      if (roles.length === 0) {
        doc.emptyEvents++;
        continue;
      }
      const [triggerType, triggerSpan] = trigger.split(':');
      const attribution: BratAttribution = {id, trigger: triggerType, triggerSpan, content: []};
      for (const role of roles) {
        const [name, ref] = role.split(':');
        if ((name === 'Source' || name === 'Cue') && attribution[name === 'Source' ? 'source' : 'cue'] === undefined) {
          attribution[name === 'Source' ? 'source' : 'cue'] = ref;
        } else if (name === 'Content' || name === 'Content2') attribution.content.push(ref);
        else doc.oddRoles.push(`${id} ${role}`);
      }
      doc.attributions.push(attribution);
    }
  }
  return doc;
}

/**
 * A mapper from code-point offsets (brat's) to UTF-16 offsets (JavaScript's) in `text`; the identity when the text
 * has no character outside the Basic Multilingual Plane.
 */
export function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\ud800-\udbff][\udc00-\udfff]/.test(text)) return (offset) => offset;
  const utf16: number[] = [];
  let unit = 0;
  for (const char of text) {
    utf16.push(unit);
    unit += char.length;
  }
  utf16.push(unit);
  return (offset) => utf16[Math.min(offset, utf16.length - 1)];
}

/** Annotation problems met while turning one article's `.ann` into gold attributions, for the data report. */
export interface GoldNotes {
  continuedLines: number;
  emptyEvents: number;
  /** A role pointing at an id with no `T` line. */
  missingSpans: string[];
  /** A role whose span has another type (a `Content` role on a `Source` span): the role decides. */
  typeMismatches: string[];
  /** A `T` line whose text is not the document's text at its offsets (pieces joined by one space). */
  textMismatches: string[];
  /** `Source`, `Cue` or `Content` spans used by no attribution: not scored. */
  orphanSpans: number;
  /** Attributions with no `Cue` role; their trigger span stands in for the cue. */
  cueFromTrigger: number;
  oddRoles: string[];
}

/**
 * Turn a parsed `.ann` into gold attributions in UTF-16 offsets into `text`. The cue is the `Cue` role, or the
 * trigger span when an attribution has none; content is `Content` plus `Content2`.
 *
 * @param text
 *   The article text exactly as read (UTF-8 decoded, nothing stripped).
 */
export function goldAttributions(text: string, doc: BratDocument): {gold: AttributionSpans[]; notes: GoldNotes} {
  const toUtf16 = codePointOffsets(text);
  const notes: GoldNotes = {
    continuedLines: doc.continuedLines,
    emptyEvents: doc.emptyEvents,
    missingSpans: [],
    typeMismatches: [],
    textMismatches: [],
    orphanSpans: 0,
    cueFromTrigger: 0,
    oddRoles: doc.oddRoles,
  };
  const used = new Set<string>();
  const pieces = (ref: string | undefined, role: string, attribution: string): Range[] => {
    if (ref === undefined) return [];
    const span = doc.spans.get(ref);
    if (!span) {
      notes.missingSpans.push(`${attribution} ${role}:${ref}`);
      return [];
    }
    used.add(ref);
    if (span.type !== role.replace(/2$/, '') && !(role === 'Cue' && span.type.startsWith('Attribution'))) {
      notes.typeMismatches.push(`${attribution} ${role}:${ref} is ${span.type}`);
    }
    return span.pieces.map((p) => ({start: toUtf16(p.start), end: toUtf16(p.end)}));
  };
  const gold = doc.attributions.map((a): AttributionSpans => {
    let cue = pieces(a.cue, 'Cue', a.id);
    if (a.cue === undefined) {
      notes.cueFromTrigger++;
      cue = pieces(a.triggerSpan, 'Cue', a.id);
    }
    return {
      source: pieces(a.source, 'Source', a.id),
      cue,
      content: a.content.flatMap((ref, i) => pieces(ref, i === 0 ? 'Content' : 'Content2', a.id)),
    };
  });
  for (const span of doc.spans.values()) {
    if (['Source', 'Cue', 'Content'].includes(span.type) && !used.has(span.id)) notes.orphanSpans++;
    const written = span.pieces.map((p) => text.slice(toUtf16(p.start), toUtf16(p.end))).join(' ');
    // A span text with a newline breaks its line, so only the part before the newline is on the T line.
    if (written !== span.text && !written.startsWith(`${span.text}\n`)) notes.textMismatches.push(span.id);
  }
  return {gold, notes};
}

/** One article with the gold of the annotator the evaluation uses. */
export interface PolnearArticle {
  split: PolnearSplit;
  /** File name without extension, e.g. `<publisher>_<date>_<slug>`. */
  name: string;
  annotator: string;
  text: string;
  gold: AttributionSpans[];
  notes: GoldNotes;
}

/** A `metadata.tsv` row: the columns the evaluation needs. */
export interface PolnearMeta {
  split: string;
  name: string;
  /** In the order listed; the evaluation uses the first one with a file. */
  annotators: string[];
}

/** Read `metadata.tsv` (header row, then one row per article; annotators separated by `|`). */
export function readMetadata(dir: string): PolnearMeta[] {
  const [header, ...rows] = fs.readFileSync(path.join(dir, 'metadata.tsv'), 'utf8').split(/\r?\n/);
  const columns = header.split('\t');
  const at = (name: string): number => {
    const i = columns.indexOf(name);
    if (i < 0) throw new Error(`metadata.tsv has no ${name} column`);
    return i;
  };
  const [split, name, annotators] = [at('compartment'), at('filename'), at('annotators')];
  return rows
    .filter((row) => row.trim() !== '')
    .map((row) => row.split('\t'))
    .map((cells) => ({split: cells[split], name: cells[name], annotators: cells[annotators].split('|').filter(Boolean)}));
}

/**
 * Load the articles of one split, in `metadata.tsv` order, each with the first listed annotator who has a file.
 *
 * @param dir
 *   The corpus folder (`polnearDir(repoRoot)`).
 * @param split
 *   `dev` or `train`.
 * @returns
 *   The articles, and the names of articles listed with no annotation file (skipped).
 */
export function loadPolnear(dir: string, split: PolnearSplit): {articles: PolnearArticle[]; missing: string[]} {
  const articles: PolnearArticle[] = [];
  const missing: string[] = [];
  for (const meta of readMetadata(dir)) {
    if (meta.split !== split) continue;
    const annotator = meta.annotators.find((a) => fs.existsSync(path.join(dir, split, 'attributions', `${meta.name}_${a}.ann`)));
    if (annotator === undefined) {
      missing.push(meta.name);
      continue;
    }
    const text = fs.readFileSync(path.join(dir, split, 'text', `${meta.name}.txt`), 'utf8');
    const ann = fs.readFileSync(path.join(dir, split, 'attributions', `${meta.name}_${annotator}.ann`), 'utf8');
    articles.push({split, name: meta.name, annotator, text, ...goldAttributions(text, parseAnn(ann))});
  }
  return {articles, missing};
}

/** How often one word is part of a gold cue, of all its uses (`npm run eval:polnear -- --cue-stats`). */
export interface CueWordStat {
  /** Lower-cased. */
  word: string;
  /** Uses that overlap a gold cue span. */
  cues: number;
  /** All uses in the article texts. */
  occurrences: number;
  /** `cues / occurrences`. */
  ratio: number;
}

/** A word, for the cue statistics: letters, with inner apostrophes or hyphens ("didn't", "so-called"). */
const cueStatWord = /\p{L}+(?:['’-]\p{L}+)*/gu;

/**
 * Count, per lower-cased word, its uses in the articles' texts and the uses that overlap one of the gold cue spans
 * (the `Cue` role, or the trigger where there is none), with one tokenisation for both counts. Only numbers leave
 * here: no corpus text but the word itself.
 *
 * @returns
 *   Every word used inside a cue at least once, most cue uses first (then higher ratio, then alphabetical).
 */
export function cueWordStats(articles: readonly PolnearArticle[]): CueWordStat[] {
  const cues = new Map<string, number>();
  const occurrences = new Map<string, number>();
  for (const {text, gold} of articles) {
    const pieces = gold.flatMap((g) => g.cue);
    for (const match of text.matchAll(cueStatWord)) {
      const word = match[0].toLowerCase();
      const start = match.index;
      const end = start + match[0].length;
      occurrences.set(word, (occurrences.get(word) ?? 0) + 1);
      if (pieces.some((p) => p.start < end && start < p.end)) cues.set(word, (cues.get(word) ?? 0) + 1);
    }
  }
  return [...cues]
    .map(([word, n]) => ({word, cues: n, occurrences: occurrences.get(word)!, ratio: n / occurrences.get(word)!}))
    .sort((a, b) => b.cues - a.cues || b.ratio - a.ratio || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}
