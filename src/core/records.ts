// The attribution records `sourced sources --format json` prints: source, cue, content, kind and quality only.
import type {AttributionRecord, LintResult} from './types.js';

/**
 * The attributions of a lint result in the shape `sourced sources --format json` prints (see `AttributionRecord`),
 * in document order of their cues. Offsets are UTF-16 code units into the text that was linted.
 *
 * @param result
 *   What `lint` returned for the text.
 * @returns
 *   One record per attribution; `source` is null when no source is expressed.
 */
export function attributionRecords(result: Pick<LintResult, 'attributions'>): AttributionRecord[] {
  return result.attributions
    .filter((a) => a.cueKind !== 'trusted')
    .map((a) => ({
      source: a.source && {start: a.source.start, end: a.source.end, text: a.source.text},
      cue: {start: a.cue.start, end: a.cue.end, text: a.cue.text},
      content: a.content.map((r) => ({start: r.start, end: r.end})),
      kind: a.kind,
      quality: a.quality,
    }))
    .sort((a, b) => a.cue.start - b.cue.start);
}
