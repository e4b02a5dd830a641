// Shared data shapes of the lint core: everything here is plain, serialisable data.

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
  /** Shown in the quick-fix menu, e.g. "Add attribution…". */
  title: string;
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
  /** Short, plain-language message. */
  message: string;
  /** Longer explanation for hover and panel. */
  note?: string;
  /** `[start, end)` UTF-16 offsets into the original text. */
  start: number;
  end: number;
  /** The flagged text, `source.slice(start, end)`; guards fixes against stale text. */
  actual: string;
  fixes: Fix[];
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
  | 'continuation';

/** Whether a source can be checked by a reader. */
export type SourceQuality = 'named' | 'vague' | 'anonymous';

/** One attribution found in the draft. */
export interface Attribution {
  /** The source as written, e.g. "the Hamas government in Gaza". */
  name: string;
  /** Offsets of the source's name in the original text. */
  start: number;
  end: number;
  /** The cue word or phrase used ("said", "according to", "reported by", a link). */
  cue: string;
  cueKind: CueKind;
  quality: SourceQuality;
  /** Sentence the attribution sits in (offsets into the original text). */
  sentenceStart: number;
  sentenceEnd: number;
}

/** A figure in the draft and whether an attribution covers it. */
export interface Figure {
  text: string;
  start: number;
  end: number;
  kind: 'count' | 'percent' | 'money' | 'fraction' | 'magnitude';
  /** Index into `LintResult.attributions` of the covering attribution, if any. */
  attribution?: number;
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
  findings: Finding[];
  attributions: Attribution[];
  figures: Figure[];
  sources: SourceEntry[];
}

/** Resolved configuration (after defaults and `.sourced.json` are merged). */
export interface Config {
  /** Per-rule severity overrides; missing rules keep their default. */
  rules: Record<string, SeverityOrOff>;
  /** Extra hedge phrases (literal, case-insensitive). */
  hedges: string[];
  /** Extra vague-source phrases (literal, case-insensitive). */
  vagueSources: string[];
  /** Source names that count as attribution wherever they are mentioned. */
  trustedSources: string[];
  /** Globs of files the CLI skips. */
  ignore: string[];
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
export interface ProseBlock {
  kind: 'paragraph' | 'heading' | 'tableCell';
  /** Plain text with inline markup removed; inline code becomes U+FFFC. */
  text: string;
  /** `map[i]` is the source offset where `text[i]` starts. */
  map: number[];
  /** `ends[i]` is the source offset where `text[i]` ends (inline code spans its whole source). */
  ends: number[];
  /** Plain-text ranges that are link texts or footnote references (both act as attribution). */
  links: Array<{ from: number; to: number; url: string }>;
  /** True inside a blockquote. */
  quoted: boolean;
  /** Index of the enclosing paragraph group: list items and blockquotes keep their own. */
  parent: number;
}

/** What a rule reports; the engine adds severity and fills `actual`. */
export interface Report {
  start: number;
  end: number;
  message: string;
  note?: string;
  fixes?: Fix[];
}

/** Read-only view of a document, built once and shared by all rules. */
export interface RuleContext {
  source: string;
  blocks: readonly ProseBlock[];
  sentences: readonly Sentence[];
  /** The attribution model's view of the document (see analysis.ts). */
  analysis: import('./analysis.js').Analysis;
  config: Readonly<Config>;
  report(report: Report): void;
}

/** A lint rule: one file per rule under `rules/`, file name equal to `id`. */
export interface Rule {
  id: string;
  description: string;
  defaultSeverity: Severity;
  tags: readonly string[];
  fixable: 'none' | 'suggestion' | 'safe';
  check(context: RuleContext): void;
}
