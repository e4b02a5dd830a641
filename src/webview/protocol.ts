// Message protocol and view model shared by the Sources panel's extension side and its webview script.
// Pure types and guards: no DOM, no Node, no vscode, so both bundles can import it.

/** Bumped whenever a message or the model changes shape incompatibly. */
export const protocolVersion = 2;

/** Whether a source can be checked by a reader (mirrors the core's SourceQuality). */
export type SourceQuality = 'named' | 'vague' | 'anonymous' | 'absent';

/** How loudly a finding is reported (mirrors the core's Severity). */
export type Severity = 'error' | 'warning' | 'info';

/** What an attribution attributes (mirrors the core's AttributionKind). */
export const attributionKinds = ['speech', 'report', 'estimate', 'belief', 'other'] as const;
export type AttributionKind = (typeof attributionKinds)[number];

/** What a figure counts (mirrors the core's FigureKind). */
export const figureKinds = [
  'harm', 'crowd', 'poll', 'health', 'crime',
  'economy', 'money', 'business', 'estimate', 'proportion',
  'count',
  'sport', 'market', 'vote', 'measurement', 'address', 'label', 'family', 'time',
] as const;
export type FigureKind = (typeof figureKinds)[number];

/** A span of the draft the panel can reveal: `[start, end)` UTF-16 offsets plus its 1-based line. */
export interface ModelRange {
  start: number;
  end: number;
  line: number;
}

/** A figure an attribution covers, e.g. "20,000" counting harm. */
export interface FigureTag {
  text: string;
  kind: FigureKind;
}

/**
 * What one attribution of a source supports: its content (PolNeAR's content span). The range is the content's first
 * stretch, so revealing it selects exactly the attributed words.
 */
export interface ClaimRow extends ModelRange {
  /** The content's text (several stretches joined by " … "), whitespace collapsed, shortened to about 120 characters. */
  text: string;
  /** The same text in full, for the row's hover. */
  full: string;
  /** The cue as written: "reported", "said", "according to". */
  cue: string;
  kind: AttributionKind;
  /** Figures this attribution covers, in document order. */
  figures: FigureTag[];
}

/** One source the draft names. */
export interface SourceRow {
  name: string;
  quality: SourceQuality;
  /** Distinct cue words used with this source ("said", "reported", …). */
  cues: string[];
  /** Where the source is first named, if the core reported it. */
  mention?: ModelRange;
  /** What the source supports, one row per attribution, in document order. */
  claims: ClaimRow[];
}

/** One finding shown under its rule. */
export interface FindingRow extends ModelRange {
  /** The flagged text. */
  text: string;
  message: string;
  severity: Severity;
}

/** A finding an editor accepted in the draft (`sourced-accept`), with the reason they wrote. */
export interface AcceptedRow extends FindingRow {
  ruleId: string;
  reason: string;
}

/** The findings of one rule. */
export interface RuleGroup {
  ruleId: string;
  /** Plural, human heading such as "Unsourced figures". */
  label: string;
  findings: FindingRow[];
}

/**
 * Figures in the draft: `sourced` (an attribution covers them), `unsourced` (none does, and their risk says they need
 * one) and `exempt` (none does and none is needed: risk none, low risk that is not flagged, or the speaker's figure
 * inside a quote). `total` is the sum of the three.
 */
export interface FigureCounts {
  total: number;
  sourced: number;
  unsourced: number;
  exempt: number;
}

/** Everything the panel shows for one draft. */
export interface SourcesModel {
  /** Workspace-relative name of the draft. */
  fileName: string;
  sources: SourceRow[];
  groups: RuleGroup[];
  figures: FigureCounts;
  /** Findings accepted in the draft, in document order (absent in models from before acceptances existed). */
  accepted?: AcceptedRow[];
}

/** Extension → webview: the panel's new content (`model: null` when no Markdown draft is active). */
export interface SourcesUpdateMessage {
  type: 'sources/update';
  protocol: typeof protocolVersion;
  docUri: string | null;
  version: number | null;
  model: SourcesModel | null;
}

/** Extension → webview: the source list was copied to the clipboard. */
export interface CopiedMessage {
  type: 'copied';
  count: number;
}

/** Every message the extension sends to the webview. */
export type ExtensionToWebview = SourcesUpdateMessage | CopiedMessage;

/** Every message the webview sends to the extension. */
export type WebviewToExtension =
  | {type: 'ready'}
  | {type: 'reveal'; start: number; end: number}
  | {type: 'copySources'};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Narrow an untrusted message from the webview. Rejects unknown types, extra fields and offsets that are not
 * non-negative integers with `start <= end`; the document-dependent checks are `isRevealable`'s job.
 *
 * @param value
 *   Whatever `onDidReceiveMessage` delivered.
 */
export function isWebviewToExtension(value: unknown): value is WebviewToExtension {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'ready':
    case 'copySources':
      return Object.keys(value).length === 1;
    case 'reveal':
      return (
        Object.keys(value).length === 3 && isOffset(value.start) && isOffset(value.end) && value.start <= value.end
      );
    default:
      return false;
  }
}

/**
 * Whether a reveal request may be acted on: the webview must be showing the document's current version, and the
 * range must lie inside it.
 *
 * @param message
 *   A validated reveal message.
 * @param document
 *   The version and text length of the document now.
 * @param shownVersion
 *   The document version of the model the webview was last sent.
 */
export function isRevealable(
  message: {start: number; end: number},
  document: {version: number; length: number},
  shownVersion: number | undefined,
): boolean {
  return shownVersion === document.version && message.start <= message.end && message.end <= document.length;
}

/** A record carrying valid `ModelRange` fields (typed as a record so callers can check more fields). */
function hasRange(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && isOffset(value.start) && isOffset(value.end) && isOffset(value.line);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

function isFigureTag(value: unknown): value is FigureTag {
  return isRecord(value) && typeof value.text === 'string' && isOneOf(figureKinds, value.kind);
}

function isClaim(value: unknown): value is ClaimRow {
  return (
    hasRange(value) &&
    typeof value.text === 'string' &&
    typeof value.full === 'string' &&
    typeof value.cue === 'string' &&
    isOneOf(attributionKinds, value.kind) &&
    Array.isArray(value.figures) &&
    value.figures.every(isFigureTag)
  );
}

function isSource(value: unknown): value is SourceRow {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    (value.quality === 'named' || value.quality === 'vague' || value.quality === 'anonymous' || value.quality === 'absent') &&
    isStringArray(value.cues) &&
    (value.mention === undefined || hasRange(value.mention)) &&
    Array.isArray(value.claims) &&
    value.claims.every(isClaim)
  );
}

function isFinding(value: unknown): value is FindingRow {
  return (
    hasRange(value) &&
    typeof value.text === 'string' &&
    typeof value.message === 'string' &&
    (value.severity === 'error' || value.severity === 'warning' || value.severity === 'info')
  );
}

function isAccepted(value: unknown): value is AcceptedRow {
  return isFinding(value) && isRecord(value) && typeof value.ruleId === 'string' && typeof value.reason === 'string';
}

function isGroup(value: unknown): value is RuleGroup {
  return (
    isRecord(value) &&
    typeof value.ruleId === 'string' &&
    typeof value.label === 'string' &&
    Array.isArray(value.findings) &&
    value.findings.every(isFinding)
  );
}

/**
 * Narrow a view model received from elsewhere (a message or restored webview state).
 *
 * @param value
 *   The candidate model.
 */
export function isSourcesModel(value: unknown): value is SourcesModel {
  if (!isRecord(value) || typeof value.fileName !== 'string') return false;
  const figures = value.figures;
  return (
    isRecord(figures) &&
    isOffset(figures.total) &&
    isOffset(figures.sourced) &&
    isOffset(figures.unsourced) &&
    isOffset(figures.exempt) &&
    figures.total === figures.sourced + figures.unsourced + figures.exempt &&
    Array.isArray(value.sources) &&
    value.sources.every(isSource) &&
    Array.isArray(value.groups) &&
    value.groups.every(isGroup) &&
    (value.accepted === undefined || Array.isArray(value.accepted) && value.accepted.every(isAccepted))
  );
}

/**
 * Narrow a message received by the webview. The webview only trusts its host, but validating keeps a malformed or
 * out-of-date message from breaking the render.
 *
 * @param value
 *   `MessageEvent.data`.
 */
export function isExtensionToWebview(value: unknown): value is ExtensionToWebview {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'sources/update':
      return (
        value.protocol === protocolVersion &&
        (value.docUri === null || typeof value.docUri === 'string') &&
        (value.version === null || (typeof value.version === 'number' && Number.isSafeInteger(value.version))) &&
        (value.model === null || isSourcesModel(value.model))
      );
    case 'copied':
      return isOffset(value.count);
    default:
      return false;
  }
}
