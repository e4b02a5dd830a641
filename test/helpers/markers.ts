// Parse end-of-line expectation markers: `<!-- expect: rule-id "words"; rule-id "words" -->`.

/** One expected finding: its rule, the exact words it must cover, and the 1-based line. */
export interface Expectation {
  ruleId: string;
  words: string;
  line: number;
}

const marker = /<!--\s*expect:\s*(.*?)\s*-->/;
const item = /([a-z-]+)\s+"((?:[^"\\]|\\.)*)"/g;

/**
 * Read the expectations written in a fixture.
 *
 * @param text
 *   Fixture text.
 */
export function readMarkers(text: string): Expectation[] {
  const out: Expectation[] = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    const m = marker.exec(lineText);
    if (!m) return;
    for (const [, ruleId, words] of m[1].matchAll(item)) {
      out.push({ruleId, words: words.replace(/\\(.)/g, '$1'), line: index + 1});
    }
  });
  return out;
}
