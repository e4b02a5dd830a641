// The attribution records `sourced sources --format json` prints: source, cue, content, kind and quality only.
import {partitionPoint} from './search.js';
import type {Attribution, AttributionRecord, LintResult} from './types.js';
import {mapPacked} from './arrays.js';

/**
 * The attributions of a lint result in the shape `sourced sources --format json` prints (see `AttributionRecord`),
 * in document order of their cues. Offsets are UTF-16 code units into the text that was linted.
 *
 * @param result
 *   What `lint` returned for the text.
 * @returns
 *   One record per attribution that is not itself inside another's content or inside a direct quotation; `source`
 *   is null when no source is expressed.
 */
export function attributionRecords(result: Pick<LintResult, 'attributions'>): AttributionRecord[] {
  const nested = nestedAttributions(result.attributions);
  const kept = result.attributions.filter((a, i) => a.cueKind !== 'trusted' && !nested.has(i) && a.inQuotation !== true);
  return mapPacked(kept, (a) => ({
    source: a.source && {start: a.source.start, end: a.source.end, text: a.source.text},
    cue: {start: a.cue.start, end: a.cue.end, text: a.cue.text},
    content: mapPacked(a.content, (r) => ({start: r.start, end: r.end})),
    kind: a.kind,
    quality: a.quality,
  })).sort((a, b) => a.cue.start - b.cue.start);
}

/**
 * Indices of the attributions whose cue lies inside another's content: part of what that source said ("Trump said
 * Clinton thinks …", '"We think it works," he said'), so not a source of the story in its own right.
 *
 * @param attributions
 *   Attributions with their content ranges (UTF-16 offsets into one text).
 */
export function nestedAttributions(attributions: readonly Pick<Attribution, 'cue' | 'content' | 'cueKind'>[]): Set<number> {
  // One label per word, as PolNeAR annotates. (A stance's object is not speech: "refused to pay an architect who
  // said …" keeps the architect's attribution.)
  const contents = attributions.filter((a) => a.cueKind !== 'stance').flatMap((a) => a.content).sort((x, y) => x.start - y.start);
  // Running maximum of the ends, so "does any range that starts at or before the cue reach past it" is one binary search.
  const reach: number[] = [];
  for (const r of contents) reach.push(Math.max(r.end, reach[reach.length - 1] ?? 0));
  const inside = new Set<number>();
  attributions.forEach((a, i) => {
    const after = partitionPoint(contents.length, (k) => contents[k].start > a.cue.start);
    if (after > 0 && reach[after - 1] >= a.cue.end) inside.add(i);
  });
  // Two attributions each inside the other's content ('The pope said it was "…," according to Reuters'): the later
  // cue, a tag on the whole sentence, is the outer one and stays. (Partners and other covering contents are looked
  // for among the few attributions around each one: a content stays near its cue, so they are neighbours.)
  const covers = (x: Pick<Attribution, 'content'>, y: Pick<Attribution, 'cue'>): boolean => x.content.some((r) => r.start <= y.cue.start && y.cue.end <= r.end);
  const out = new Set<number>();
  for (const i of inside) {
    const a = attributions[i];
    const partner = [i - 1, i - 2, i - 3].find((j) => {
      const b = attributions[j];
      return b !== undefined && b.cueKind !== 'stance' && b.cue.start < a.cue.start && covers(a, b) && covers(b, a);
    });
    const outer = partner !== undefined && ![-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6].some((d) => {
      const c = attributions[i + d];
      return i + d !== partner && c !== undefined && c.cueKind !== 'stance' && covers(c, a);
    });
    if (!outer) out.add(i);
  }
  return out;
}
