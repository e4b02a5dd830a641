// Edits to `.sourced.json` made by the editor's project fixes, as text in, text out (pure: no vscode, no I/O), through
// jsonc-parser's modify/applyEdits so the file keeps its layout, key order and anything else the writer put there.
import {applyEdits, modify, parse, type FormattingOptions} from 'jsonc-parser';

/** Two-space indentation, as `sourced` documents its own examples. */
const formatting: FormattingOptions = {insertSpaces: true, tabSize: 2, eol: '\n'};

/** The text of a new `.sourced.json`: every setting present and empty, so the writer sees what can go there. */
export const newConfigText = `${JSON.stringify({rules: {}, trustedSources: [], hedges: [], vagueSources: [], ignore: []}, null, 2)}\n`;

/** The file's text, or `{}` when it is empty (a file just created). */
function base(text: string): string {
  return text.trim() === '' ? '{}\n' : text;
}

/**
 * Add a source to `trustedSources`, creating the list if needed; unchanged if the name is already there (any case).
 *
 * @param text
 *   The current `.sourced.json` text ('' for a file that does not exist yet).
 * @param name
 *   The source's name as the draft writes it ("Met Office").
 * @returns
 *   The new text.
 */
export function trustSourceIn(text: string, name: string): string {
  const source = base(text);
  const tree = parse(source) as {trustedSources?: unknown} | undefined;
  const list = Array.isArray(tree?.trustedSources) ? (tree.trustedSources as unknown[]) : undefined;
  if (list?.some((n) => typeof n === 'string' && n.toLowerCase() === name.toLowerCase())) return source;
  const edits = list
    ? modify(source, ['trustedSources', list.length], name, {formattingOptions: formatting, isArrayInsertion: true})
    : modify(source, ['trustedSources'], [name], {formattingOptions: formatting});
  return applyEdits(source, edits);
}

/**
 * Set a rule to `off` under `rules`, creating the object if needed.
 *
 * @param text
 *   The current `.sourced.json` text ('' for a file that does not exist yet).
 * @param ruleId
 *   A rule id ("hedging").
 */
export function turnOffRuleIn(text: string, ruleId: string): string {
  const source = base(text);
  return applyEdits(source, modify(source, ['rules', ruleId], 'off', {formattingOptions: formatting}));
}

// Capitalised words that are dates, not names.
const calendarWords = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * Names a writer may want to trust, from the sentence around a finding: runs of capitalised words ("Met Office",
 * "Kelton Rowing Club"), not the lone first word of the sentence ("Insurers"), longest first, at most three.
 *
 * @param sentence
 *   The text around the finding (its line).
 */
export function trustableNames(sentence: string): string[] {
  const names = new Set<string>();
  const small = /^(?:of|for|the|de|du|van|von)$/;
  for (const m of sentence.matchAll(/\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:of|for|the|de|du|van|von)\s+)?\p{Lu}[\p{L}'’&-]*)*/gu)) {
    const words = m[0].replace(/['’]s$/, '').split(/\s+/).filter((w) => !calendarWords.test(w));
    while (words.length > 0 && small.test(words[words.length - 1])) words.pop();
    const opening = !/[\p{L}\p{N}]/u.test(sentence.slice(0, m.index).replace(/^.*[.!?]\s+/su, ''));
    if (words.length === 0 || (words.length === 1 && opening) || words.join(' ').length < 3) continue;
    names.add(words.join(' ').replace(/^(?:The|A|An)\s+/, ''));
  }
  return [...names].sort((a, b) => b.length - a.length).slice(0, 3);
}
