// Shared data shapes of the lint core: everything here is plain, serialisable data.
import type {MessageData} from './messages/index.js';

/** How loudly a finding is reported. */
export type Severity = 'error' | 'warning' | 'info';

/** A severity, or `off` to disable a rule. */
export type SeverityOrOff = Severity | 'off';

/** One text edit against the original source: `[start, end)` in UTF-16 code units. */
export interface TextEdit {
  start: number;
  end: number;
  /** Replacement text; empty deletes, `start === end` inserts. */
  text: string;
}

/** The placeholder a writer must replace in a suggested attribution. */
export const sourcePlaceholder = '⟨source⟩';

/** A fix offered for a finding. */
export interface Fix {
  /** Shown in the quick-fix menu, e.g. "Add attribution…" (English; `localizeFinding` translates it). */
  title: string;
  /** Key of the title in the message catalogue's `fixes` (messages/en.ts), when the core made the fix. */
  messageId?: string;
  /** Values for the title's placeholders. */
  data?: MessageData;
  /** `safe` may be applied in bulk; `suggestion` only when the writer picks it. */
  kind: 'safe' | 'suggestion';
  /** At most one preferred fix per finding. */
  isPreferred?: boolean;
  /** Non-overlapping edits, applied together as one change. */
  edits: TextEdit[];
}

/** A problem found in a draft. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Short, plain-language message, in English (`localizeFinding` gives it in French or German). */
  message: string;
  /** Longer explanation for hover and panel, in English. */
  note?: string;
  /**
   * Key of the message in the rule's part of the message catalogue (messages/en.ts), as in ESLint; set on every finding
   * the engine makes, absent only on findings built by hand.
   */
  messageId?: string;
  /** Values for the message's placeholders (the flagged words, a term to translate). */
  data?: MessageData;
  /** `[start, end)` UTF-16 offsets into the original text. */
  start: number;
  end: number;
  /** The flagged text, `source.slice(start, end)`; guards fixes against stale text. */
  actual: string;
  fixes: Fix[];
}

/**
 * A finding an editor checked and recorded in the draft with `<!-- sourced-accept rule "words": reason -->`. It is
 * shown as accepted (greyed, listed apart) and never counts as a problem or fails a run.
 */
export interface AcceptedFinding extends Finding {
  accepted: {
    /** The editor's reason, as written after the colon. */
    reason: string;
    /** The quoted words; the acceptance holds only while the finding's text contains them. */
    words: string;
    /** `[start, end)` UTF-16 offsets of the accept comment. */
    start: number;
    end: number;
  };
}

/** How an attribution was expressed. */
export type CueKind =
  | 'said'
  | 'reported'
  | 'estimated'
  | 'claimed'
  | 'according-to'
  | 'data'
  | 'link'
  | 'footnote'
  | 'source-note'
  | 'trusted'
  | 'continuation'
  /** A source's judgement ("criticised", "praised", "called for"): an attribution that never sources a fact. */
  | 'stance';

/**
 * Whether a source can be checked by a reader: `named` (a person, body, document or outlet a reader can check),
 * `vague` ("experts", "reports"), `anonymous` ("a senior official") or `absent` (no source is expressed, as in
 * "it is believed" or "is widely seen as").
 */
export type SourceQuality = 'named' | 'vague' | 'anonymous' | 'absent';

/**
 * What an attribution attributes, after PolNeAR's categories: `speech` (said, told, wrote, a quote), `report`
 * (a document, data or record: "figures show", "the report found", a link), `estimate` (estimated, projected,
 * expected), `belief` (believes, thinks, fears, hopes, claims as opinion) or `other`.
 */
export type AttributionKind = 'speech' | 'report' | 'estimate' | 'belief' | 'other';

/** A stretch of the original text: `[start, end)` UTF-16 offsets and the text itself (`source.slice(start, end)`). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A stretch of the original text without its text: `[start, end)` UTF-16 offsets. */
export interface Range {
  start: number;
  end: number;
}

/**
 * One attribution found in the draft, in PolNeAR's terms: a source, a cue and a content. Example: in "The ministry
 * said 40 people died", source "The ministry", cue "said", content "40 people died".
 */
export interface Attribution {
  /** The source as written, or null when none is expressed ("it is believed"). */
  source: Span | null;
  /** The words that introduce the attribution: "said", "according to", "told reporters", "is expected to". */
  cue: Span;
  /**
   * What is attributed, as one or more ranges in document order. A continued quote runs over several paragraphs;
   * an interrupted one ("'We will,' she said, 'rebuild.'") has two ranges. Empty only for a link or footnote.
   */
  content: Range[];
  kind: AttributionKind;
  quality: SourceQuality;
  /**
   * Display name of the source: the source's text, or the name a pronoun or "the agency" refers back to
   * ("He said" after "Antony Blinken" is named "Antony Blinken"); "" when the source is absent.
   */
  name: string;
  /**
   * Offsets of the words that name the source in the original text: `source`'s span, or its head when the source
   * runs on with a description ("Brian Fallon" of "Brian Fallon, the campaign's press secretary"); the cue's start
   * when the source is absent.
   */
  start: number;
  end: number;
  /** How the attribution was expressed (cue verb, "according to", link, carried forward, …). */
  cueKind: CueKind;
  /** Sentence the cue sits in (offsets into the original text). */
  sentenceStart: number;
  sentenceEnd: number;
  /**
   * True when the cue stands inside a direct quotation ('"I think we will win," she said'): the words of whoever
   * speaks the quotation, so part of that attribution rather than a source of the story (PolNeAR leaves such nested
   * attributions unmarked, and `sourced sources` leaves them out).
   */
  inQuotation?: boolean;
}

/**
 * One attribution as `sourced sources --format json` prints it: exactly this shape, UTF-16 offsets into the file as
 * read.
 */
export interface AttributionRecord {
  source: Span | null;
  cue: Span;
  content: Range[];
  kind: AttributionKind;
  quality: SourceQuality;
}

/**
 * What a figure counts (EDITORIAL-STANDARD.md §1). High risk: `harm` (people killed, injured, missing, arrested,
 * displaced, affected), `crowd`, `poll`, `health`, `crime`. Medium: `economy`, `money` (spent, lost, owed, costing),
 * `business` (company results, jobs), `estimate`, `proportion`. Low: `count` (things anyone could see, amounts a body
 * set). None: `sport`, `market`, `vote`, `measurement`, `address`, `label`, `family`, `time`.
 */
export type FigureKind =
  | 'harm' | 'crowd' | 'poll' | 'health' | 'crime'
  | 'economy' | 'money' | 'business' | 'estimate' | 'proportion'
  | 'count'
  | 'sport' | 'market' | 'vote' | 'measurement' | 'address' | 'label' | 'family' | 'time';

/** How much a figure needs a source: it sets the severity of an unsourced-figure finding (see `Config.risk`). */
export type FigureRisk = 'high' | 'medium' | 'low' | 'none';

/** A figure in the draft, what it counts, and whether an attribution covers it. */
export interface Figure {
  text: string;
  start: number;
  end: number;
  /** How it is written: a count, a percentage, money, a proportion ("a third of") or a magnitude ("hundreds of"). */
  form: 'count' | 'percent' | 'money' | 'fraction' | 'magnitude';
  /** What it counts. */
  kind: FigureKind;
  risk: FigureRisk;
  /** Index into `LintResult.attributions` of the covering attribution, if any. */
  attribution?: number;
  /** True when the figure is inside quoted material: the speaker's figure. */
  quoted?: boolean;
}

/** A source the draft names, grouped over all its attributions. */
export interface SourceEntry {
  /** Display name (first spelling met). */
  name: string;
  /** Case- and article-insensitive key used for grouping. */
  key: string;
  quality: SourceQuality;
  /** Distinct cues used with this source, e.g. ["said", "reported"]. */
  cues: string[];
  /** Indices into `LintResult.attributions`. */
  attributions: number[];
  /** Claims (sentences) this source supports, as offsets into the original text. */
  claims: Array<{ start: number; end: number; text: string }>;
}

/** Everything the core computes for one document. */
export interface LintResult {
  /** Findings to act on, sorted by position. */
  findings: Finding[];
  /**
   * Findings an editor accepted in the draft (sourced-accept), sorted by position; never problems. `lint` always sets
   * it; it is optional so results built by hand (tests, other producers) stay valid.
   */
  accepted?: AcceptedFinding[];
  attributions: Attribution[];
  figures: Figure[];
  sources: SourceEntry[];
  /** The language the draft was checked in ("en", "fr", "de"), or the unsupported one it was found to be in. */
  language?: string;
}

/** Resolved configuration (after defaults and `.sourced.json` are merged). */
export interface Config {
  /** Per-rule severity overrides; missing rules keep their default. */
  rules: Record<string, SeverityOrOff>;
  /** Extra hedge phrases (literal, case-insensitive). */
  hedges: string[];
  /** Extra vague-source phrases (literal, case-insensitive). */
  vagueSources: string[];
  /** Source names that count as attribution wherever they are mentioned (a name with no letter or digit matches nothing). */
  trustedSources: string[];
  /** Globs of files the CLI skips. */
  ignore: string[];
  /**
   * Severity of an unsourced figure by its risk (defaults: high and medium `warning`, low `off`). A severity set
   * for the `unsourced-figure` rule under `rules` applies to high and medium figures instead.
   */
  risk: Record<'high' | 'medium' | 'low', SeverityOrOff>;
  /**
   * Language of the drafts ("en", "fr", "de", or a tag such as "fr-CH"), used when a draft's front matter declares
   * none; undefined means detect it from the text (English when unsure).
   */
  language?: string;
}

/** A sentence inside a prose block. */
export interface Sentence {
  /** Plain text of the sentence (inline markup removed). */
  text: string;
  /** Index of the block the sentence belongs to. */
  block: number;
  /** Offsets of the sentence in the block's plain text. */
  from: number;
  to: number;
}

/** A run of prose (paragraph, heading, table cell) as plain text plus a map back to the source. */
/**
 * Source offsets of a block's plain text, one run per stretch copied verbatim from the source and one per character
 * that stands for something else, instead of two numbers per character.
 */
export interface OffsetRuns {
  /** Plain-text index where each run starts, ascending from 0; a run lasts until the next one (or the text's end). */
  text: number[];
  /** Source offset (UTF-16, before `base`) of each run's first character; in a verbatim run, character k is at source + k. */
  source: number[];
  /**
   * -1 for a verbatim run (each character spans one code unit); otherwise the run is one character (inline code, an
   * image, a bare URL, a footnote call, a decoded character reference) spanning the source up to this end.
   */
  end: number[];
  /** Added to every offset: where the block's chunk starts in the document (the editor's linter), else 0. */
  base: number;
}

export interface ProseBlock {
  kind: 'paragraph' | 'heading' | 'tableCell';
  /** Plain text with inline markup removed; inline code becomes U+FFFC. */
  text: string;
  /**
   * Where each character of `text` lies in the source, as runs (read them with `sourceStart` and `sourceEnd` of
   * prose.ts): inline code spans its whole source, a character reference its whole reference.
   */
  offsets: OffsetRuns;
  /** Plain-text ranges that are link texts or footnote references (both act as attribution). */
  links: Array<{ from: number; to: number; url: string }>;
  /** True inside a blockquote. */
  quoted: boolean;
  /** Index of the enclosing paragraph group: list items and blockquotes keep their own. */
  parent: number;
  /** For a table body cell: the text of its column's header cell ("Homes flooded"). */
  header?: string;
  /** For a table cell: its row in the table, 0 for the header row (cells of one row are consecutive blocks). */
  row?: number;
}

/** What a rule reports; the engine adds severity and fills `actual`. */
export interface Report {
  start: number;
  end: number;
  /** Severity of this finding when the rule grades its findings (unsourced-figure by risk); `off` drops it. */
  severity?: SeverityOrOff;
  /** Key of the message and note in the rule's part of the catalogue (messages/en.ts); the engine fills them in. */
  messageId: string;
  /** Values for the placeholders of the message and note. */
  data?: MessageData;
  fixes?: Fix[];
  /**
   * `reportive`: the finding is a verb's reportive mood (the French conditionnel "habiteraient", German "soll … haben"),
   * not a hedge word; the engine's merge step (merge.ts) folds it into the unsourced figure of its own clause. Not part
   * of the finding.
   */
  mood?: 'reportive';
}

/** Read-only view of a document, built once and shared by all rules. */
export interface RuleContext {
  source: string;
  blocks: readonly ProseBlock[];
  sentences: readonly Sentence[];
  /** The attribution model's view of the document (see analysis.ts). */
  analysis: import('./analysis.js').Analysis;
  config: Readonly<Config>;
  /**
   * Problems with the draft's inline control comments, known only after every other rule ran; filled for a rule with
   * `afterDirectives` (empty otherwise, and when `inlineConfig` is false).
   */
  directiveProblems: readonly import('./suppressions.js').DirectiveProblem[];
  /** The words, number formats and patterns of the draft's language. */
  language: import('./languages/types.js').LanguageResources;
  /**
   * The editor's linter's memo (see memo.ts), for a rule helper whose result depends only on a text and is worth
   * keeping between lints; undefined for `lint`.
   */
  memo?: import('./memo.js').AnalysisMemo;
  /**
   * False when the caller wants no suggestions (`LintOptions.suggestions`): the engine drops every fix of kind
   * `suggestion` a rule reports, and a rule may skip building them. Undefined means true.
   */
  suggestions?: boolean;
  report(report: Report): void;
}

/** A lint rule: one file per rule under `rules/`, file name equal to `id`. */
export interface Rule {
  id: string;
  description: string;
  defaultSeverity: Severity;
  tags: readonly string[];
  fixable: 'none' | 'suggestion' | 'safe';
  /**
   * Run after the other rules' findings were matched against the draft's directives (`context.directiveProblems`
   * is filled); its own findings are never silenced or accepted by a directive.
   */
  afterDirectives?: boolean;
  check(context: RuleContext): void;
}
