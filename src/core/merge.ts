// One problem, one finding (EDITORIAL-STANDARD.md §7): the engine's step that folds the findings of two rules on one
// claim into one, after the rules ran and the draft's directives were applied. Pure: findings in, findings out.
import type {LanguageResources} from './languages/types.js';
import {formatMessage} from './messages/index.js';
import type {Finding, Severity} from './types.js';

/**
 * What a rule's report tells the merge step about a finding beyond its rule and range (`Report.mood`), by the
 * finding's key (`mergeKey`). Only hedging's reportive moods are marked: the French conditionnel ("habiteraient"),
 * German "soll … haben", whose hedge is a verb form, not a hedge word.
 */
export type MergeMarks = ReadonlyMap<string, 'reportive'>;

/** The key of a finding in `MergeMarks`: rule, start and end (UTF-16 offsets), which a finding keeps through the directives. */
export function mergeKey(f: Pick<Finding, 'ruleId' | 'start' | 'end'>): string {
  return `${f.ruleId}:${f.start}:${f.end}`;
}

/** What the merge step reads of the draft besides the findings. */
export interface MergeContext {
  /** The whole draft (the findings' offsets index it). */
  source: string;
  /**
   * Index of the sentence that holds a source offset, or -1 outside every sentence (a heading counts as one). Called
   * only for findings of a candidate pair.
   */
  sentenceAt(offset: number): number;
  /** The draft's language: its `vagueHeads` and `anonymousHeads` decide which source finding a phrase keeps. */
  language: LanguageResources;
  marks: MergeMarks;
}

/** Most text between a figure and the reportive verb of its clause ("200 000 personnes habiteraient"): a subject's words. */
const subjectGap = 40;
/** Most text between a hedged verb and a conditionnel coordinated with it ("respecterait le pouvoir civil et serait"). */
const verbGap = 60;
/** Most text between a conditionnel and a hedge word right after it ("s'agirait apparemment", "aurait peut-être produit"). */
const adverbGap = 12;
/** What ends the figure's clause before a verb: punctuation, brackets, quotation marks, dashes, a line break. */
const clauseBreak = /[,;:.!?()[\]«»"“”„—–\n]/;

/**
 * Which of two findings on one claim stays, or undefined when they are two problems. `a` starts at or before `b`.
 * The pairs and the survivor of each were chosen from the blind labels of every labelled set (session 31, see
 * README "One finding per problem"):
 *
 * - a figure and the conditionnel of its own clause, the figure in the subject ("Quelque 200 000 personnes
 *   habiteraient la ville", "Six soldats auraient été tués"): one unsourced claim; the labels name the figure in
 *   every such case (7 of 7 in French, none naming the conditionnel alone). A conditionnel before its figure ("aurait
 *   fait au moins douze morts") is left as two: the labels name both there as often as either.
 * - a conditionnel coordinated with another hedged verb of its clause ("il respecterait le pouvoir civil et serait
 *   favorable à …", "aurait quitté le pays et se cacherait"): the same reported account, one source fixes both; the
 *   first stays (labels: the first 2 of 2, the second never). After a comma, a relative pronoun or a new subject
 *   (", qui aurait menacé", ", et ses actionnaires réclameraient") it is another claim.
 * - a conditionnel and a hedge word right after it in its clause ("Il s'agirait apparemment de militaires", "aurait
 *   peut-être produit", "verrait certainement"): one doubt about one claim; the labels name the pair as one span (6 of 6
 *   in French, session 37); the conditionnel stays.
 * - a hedge that governs a que-clause and a conditionnel later in that sentence ("Il semble probable que, dans l'esprit
 *   de l'ancien président, … deviendrait difficilement pensable"): the writer's one guess, the conditionnel its mood;
 *   the hedge stays (session 38, judged "one problem reported twice" on French batch 21). So does a claim whose holder
 *   is hidden ("l'on estime que, rien que pour l'année 2004, 20 000 immigrés auraient été expulsés"): the conditionnel
 *   is the hidden holder's, one problem, which missing-attribution reports (session 38, French batch 20).
 * - a vague group and the "others" that answer it in the same sentence ("Certains analystes expliquent …, d'autres
 *   soulignent …", "selon certaines sources …, selon d'autres …"): one vague source split in two (`otherGroup`); the
 *   first stays (labels: the first 4 of 4, the "others" never).
 * - an anonymous-source and a vague-attribution finding on one source phrase ("Selon des sources judiciaires"): one
 *   source, flagged once. A phrase headed by a group noun that is only vague, in no way one unnamed insider ("some
 *   analysts", `vagueHeads` but not `anonymousHeads`), stays vague-attribution; otherwise anonymous-source stays,
 *   whose message asks for the reason of anonymity.
 *
 * Two problems in one sentence stay two: a hedge and a figure of another clause ("Four were hurt, but their lives are
 * reportedly not in danger"), a record claim and its figure, two vague sources.
 */
function survivor(a: Finding, b: Finding, ctx: MergeContext): Finding | undefined {
  const reportive = (f: Finding): boolean => f.ruleId === 'hedging' && ctx.marks.get(mergeKey(f)) === 'reportive';
  if (a.ruleId === 'unsourced-figure' && reportive(b) && closeInClause(a, b, subjectGap, ctx)) return a;
  if (a.ruleId === 'hedging' && reportive(b) && closeInClause(a, b, verbGap, ctx)) return a;
  if (reportive(a) && b.ruleId === 'hedging' && closeInClause(a, b, adverbGap, ctx)) return a;
  if ((a.ruleId === 'hedging' && !reportive(a) || a.ruleId === 'missing-attribution') && reportive(b) && a.end <= b.start && governsClause(a, ctx) &&
    sameSentence(a, b, ctx)) return a;
  if (a.ruleId === 'vague-attribution' && a.end <= b.start && answersGroup(b, ctx) && sameSentence(a, b, ctx)) return a;
  const sources = [a.ruleId, b.ruleId].sort().join(' ');
  if (sources === 'anonymous-source vague-attribution' && a.start < b.end && b.start < a.end) {
    const anonymous = a.ruleId === 'anonymous-source' ? a : b;
    const vague = anonymous === a ? b : a;
    const words = anonymous.actual.toLowerCase().split(/[^\p{L}’'-]+/u);
    return words.some((w) => ctx.language.vagueHeads.has(w) && !ctx.language.anonymousHeads.has(w)) ? vague : anonymous;
  }
  return undefined;
}

/**
 * Whether finding `f` (a hedge, or a claim whose holder is hidden) governs the clause after it: "que" or "qu'" follows
 * its words, a comma and an aside may stand between ("Il semble probable que, dans l'esprit de l'ancien président, …
 * deviendrait"), or its words end on it ("on estime que").
 */
function governsClause(f: Finding, ctx: MergeContext): boolean {
  return /\bqu(?:e|['’])\s*$/iu.test(f.actual) || /^\s*(?:,\s*)?qu(?:e\b|['’])/iu.test(ctx.source.slice(f.end, f.end + 12));
}

/** Whether `f` is a vague source that answers an earlier one ("d'autres soulignent"): `otherGroup` in its first three words. */
function answersGroup(f: Finding, ctx: MergeContext): boolean {
  return f.ruleId === 'vague-attribution' &&
    f.actual.toLowerCase().split(/[^\p{L}]+/u).slice(0, 3).some((w) => ctx.language.otherGroup?.has(w) === true);
}

/**
 * Whether `b` starts at most `gap` UTF-16 units after `a` ends, with nothing between them that ends a clause
 * (`clauseBreak`), in the same sentence.
 */
function closeInClause(a: Finding, b: Finding, gap: number, ctx: MergeContext): boolean {
  return a.end <= b.start && b.start - a.end <= gap && !clauseBreak.test(ctx.source.slice(a.end, b.start)) && sameSentence(a, b, ctx);
}

function sameSentence(a: Finding, b: Finding, ctx: MergeContext): boolean {
  const s = ctx.sentenceAt(a.start);
  return s >= 0 && s === ctx.sentenceAt(b.start);
}

/** The rules whose findings may fold into another's: the step does nothing (and reads no sentence) without two of them. */
const mergeable: ReadonlySet<string> = new Set(['anonymous-source', 'hedging', 'missing-attribution', 'unsourced-figure', 'vague-attribution']);

const loudness: Record<Severity, number> = {info: 0, warning: 1, error: 2};

/**
 * Fold the findings of one claim into one (EDITORIAL-STANDARD.md §7, one finding per problem).
 *
 * Runs on what the rules reported after the draft's directives: a finding a directive silenced, or of a rule turned
 * off, is not there, so it neither swallows another nor is swallowed (disable the surviving rule on a line and the
 * other finding comes back). The surviving finding keeps its rule, range (UTF-16 offsets), fixes and, for an accepted
 * finding, its acceptance; it takes the loudest severity of the findings it absorbs (a rule the configuration made an
 * error stays an error), and its `data` gains `merged:<rule>`, the words of the absorbed findings by rule, which
 * `formatMessage` adds to the message ("…; "habiteraient" does not name who reports it either"), so nothing is lost
 * for the writer (two findings on one source phrase add nothing: the message is about the same words).
 *
 * @param findings
 *   Sorted by position or not; the result keeps their order, absorbed findings removed.
 * @returns
 *   A new array; findings untouched by a merge are the same objects.
 */
export function mergeSameClaim<T extends Finding>(findings: readonly T[], ctx: MergeContext): T[] {
  const candidates = findings.filter((f) => mergeable.has(f.ruleId));
  if (candidates.length < 2) return [...findings];
  const ordered = [...candidates].sort((x, y) => x.start - y.start || x.end - y.end);
  // Absorbed finding → the finding it folds into (followed to the end of a chain: a figure, its conditionnel, another).
  const into = new Map<T, T>();
  // (Past the widest gap of a pair after `a`, only a vague source answering `a`'s can pair with it: `answering[j]` is
  // the index of the first such finding at or after j, so a sentence of thousands of findings is not read in pairs.)
  const answering = new Int32Array(ordered.length + 1);
  answering[ordered.length] = ordered.length;
  for (let j = ordered.length - 1; j >= 0; j--) answering[j] = answersGroup(ordered[j], ctx) ? j : answering[j + 1];
  for (let i = 0; i < ordered.length; i++) {
    // (A hedge that governs a que-clause pairs with a conditionnel anywhere in its sentence, see `survivor`.)
    const governs = (ordered[i].ruleId === 'hedging' || ordered[i].ruleId === 'missing-attribution') && governsClause(ordered[i], ctx);
    for (let j = i + 1; j < ordered.length; j++) {
      const a = ordered[i];
      let b = ordered[j];
      if (b.start > a.end + verbGap && !governs) {
        if (a.ruleId !== 'vague-attribution') break;
        j = answering[j];
        if (j === ordered.length) break;
        b = ordered[j];
      }
      // (Pairs lie within one sentence or overlap: stop at the first finding past the subject gap of a sentence end.)
      if (b.start > a.end && ctx.sentenceAt(b.start) !== ctx.sentenceAt(a.start)) break;
      if (into.has(a) && into.has(b)) continue;
      const keep = survivor(a, b, ctx);
      if (keep === undefined) continue;
      const lost = keep === a ? b : a;
      if (into.has(lost)) continue;
      into.set(lost, keep as T);
    }
  }
  if (into.size === 0) return [...findings];
  const root = (f: T): T => {
    let r = f;
    // (Bounded: a chain is never longer than the findings absorbed.)
    for (let k = 0; into.has(r) && k <= into.size; k++) r = into.get(r)!;
    return r;
  };
  const absorbed = new Map<T, T[]>();
  for (const lost of into.keys()) {
    const r = root(lost);
    const list = absorbed.get(r);
    if (list) list.push(lost);
    else absorbed.set(r, [lost]);
  }
  const result: T[] = [];
  for (const f of findings) {
    if (into.has(f)) continue;
    const lost = absorbed.get(f);
    result.push(lost ? merged(f, lost) : f);
  }
  return result;
}

/** `keep` with the words of `lost` in its data, by rule, and the loudest severity of them all. */
function merged<T extends Finding>(keep: T, lost: readonly Finding[]): T {
  const data: Record<string, string | readonly string[] | {readonly term: string}> = {...keep.data};
  let severity = keep.severity;
  for (const f of [...lost].sort((x, y) => x.start - y.start)) {
    // (Two findings on one source phrase: the survivor's message is about the same words.)
    if (f.start < keep.end && keep.start < f.end) continue;
    const key = `merged:${f.ruleId}`;
    const words = (data[key] as readonly string[] | undefined) ?? [];
    const text = f.actual.replace(/\s+/g, ' ');
    if (!words.includes(text)) data[key] = [...words, text];
    if (loudness[f.severity] > loudness[severity]) severity = f.severity;
  }
  // (The message in English, as the engine writes it; `localizeFinding` reads the same data.)
  const message = keep.messageId === undefined ? keep.message : formatMessage('en', keep.ruleId, keep.messageId, data).message;
  return {...keep, severity, message, data};
}
