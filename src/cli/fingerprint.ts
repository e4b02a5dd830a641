// Fingerprints of findings for SARIF's partialFingerprints and for baselines: stable when the draft changes
// anywhere but the flagged words and the few words around them, so a finding keeps its identity across edits.
import {createHash} from 'node:crypto';
import type {Finding} from '../core/index.js';

/** The key of Sourced's entry in SARIF `partialFingerprints` (versioned: a new recipe gets a new key). */
export const fingerprintKey = 'sourcedFindingHash/v1';

/** Words of context taken on each side of the flagged words, within the same paragraph. */
const contextWords = 3;

/** Lower-case words (letters and digits); punctuation, markup and spacing do not count. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * One fingerprint per finding, in order: a SHA-256 (first 32 hex digits) of the rule id, the flagged words and up
 * to three words on each side within the paragraph (normalised: lower case, words only), never of the line or the
 * offset, followed by `:n`, the occurrence of that hash in the draft (1 for the first), as CodeQL's
 * `primaryLocationLineHash` does.
 *
 * @param text
 *   The draft the findings' UTF-16 offsets index.
 */
export function fingerprints(text: string, findings: readonly Pick<Finding, 'ruleId' | 'start' | 'end'>[]): string[] {
  const seen = new Map<string, number>();
  return findings.map(({ruleId, start, end}) => {
    const before = text.slice(Math.max(0, start - 400), start).split(/\n[ \t>]*\n/).pop() ?? '';
    const after = text.slice(end, end + 400).split(/\n[ \t>]*\n/)[0];
    const key = [ruleId, words(text.slice(start, end)).join(' '), words(before).slice(-contextWords).join(' '), words(after).slice(0, contextWords).join(' ')].join('\u0000');
    const hash = createHash('sha256').update(key).digest('hex').slice(0, 32);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  });
}
