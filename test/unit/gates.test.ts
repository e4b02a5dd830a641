// Gates: the cheap word test a sentence passes before a costly language pattern runs on it (languages/gate.ts).
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {gated, gateOpen, patternOf, type GatedPattern} from '../../src/core/languages/gate.js';
import {resourcesFor} from '../../src/core/languages/index.js';

describe('gateOpen', () => {
  const soll = gated(/\b(?:soll|sollen)\b/giu, 'soll sollen');
  it('opens on a gate word in any case, and only on a whole word (a run of letters and digits)', () => {
    assert.equal(gateOpen(soll, 'Er soll das Geld unterschlagen haben.'), true);
    assert.equal(gateOpen(soll, 'SOLLEN sie doch.'), true);
    assert.equal(gateOpen(soll, 'Die Sollbruchstelle hielt nicht.'), false);
    assert.equal(gateOpen(soll, 'Er hat das Geld unterschlagen.'), false);
  });
  it('splits words where the patterns\' Unicode \\b does: at hyphens and dots inside a token', () => {
    const kritik = gated(/\bKritik\b/giu, 'kritik');
    assert.equal(gateOpen(kritik, 'Die Anti-Kritik blieb aus.'), true);
    assert.equal(kritik.test('Die Anti-Kritik blieb aus.'), true);
  });
  it('folds the long s as the i flag does', () => {
    assert.equal(/\bsoll\b/iu.test('Er ſoll es getan haben.'), true);
    assert.equal(gateOpen(soll, 'Er ſoll es getan haben.'), true);
  });
  it('opens on a listed beginning of the text, for alternatives anchored at its start', () => {
    const davon = gated(/^davon\b/iu, 'sei', 'davon');
    assert.equal(gateOpen(davon, 'Davon waren 40 Kinder.'), true);
    assert.equal(gateOpen(davon, 'Es waren 40 Kinder davon.'), false);
  });
  it('opens on a whole word ending with a listed ending, for an open class', () => {
    const conditional = gated(/\b\p{L}*rai(?:en)?t\b/giu, '', '', 'rait raient');
    assert.equal(gateOpen(conditional, 'Le ministre DÉMISSIONNERAIT demain.'), true);
    assert.equal(gateOpen(conditional, 'Les rats développeraient des tumeurs.'), true);
    assert.equal(gateOpen(conditional, 'Le traitement raite mal.'), false);
    assert.equal(gateOpen(conditional, 'Il démissionne demain.'), false);
  });
  it('leaves a pattern without a gate open everywhere', () => {
    assert.equal(gateOpen(/x/g, 'abc'), true);
  });
});

// The sentences of the repository's drafts and fixtures in a language (naive split: a gate must hold for any text).
function sentences(code: 'de' | 'fr'): string[] {
  const out: string[] = [];
  const walk = (dir: string, keep: (name: string) => boolean): void => {
    if (!existsSync(dir)) return; // a held-out folder is absent between batches
    for (const e of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path, keep);
      else if (keep(path)) out.push(readFileSync(path, 'utf8'));
    }
  };
  walk(`test/corpus/news-${code}`, (p) => p.endsWith('.md'));
  walk(`test/corpus/news-${code}-holdout`, (p) => p.endsWith('.md'));
  walk('test/fixtures/rules', (p) => p.endsWith(`.${code}.md`));
  return out.flatMap((t) => t.split(/\n\s*\n/)).flatMap((p) => p.split(/(?<=[.!?“])\s+/u));
}

/**
 * The pattern with every look-around that no other look-around holds taken out, or undefined when it has none (or
 * refers back to a group, whose numbers this would change): a look-around consumes nothing and only rejects, so
 * every match of the pattern is a match of this one at the same place, and a text this one does not match the
 * pattern does not match either. Without them (the Unicode word boundaries at every position, look-behinds reaching
 * back over the sentence) it runs in a few µs a text where the pattern takes 2–8 ms, most of this test's time.
 */
function withoutLookArounds(pattern: RegExp): RegExp | undefined {
  const source = pattern.source;
  if (/\\[1-9]|\\k</.test(source)) return undefined;
  let out = '';
  let depth = 0;
  // The depth of the look-around being taken out, or -1.
  let cut = -1;
  for (let i = 0; i < source.length; i++) {
    const from = i;
    if (source[i] === '\\') i++;
    else if (source[i] === '[') {
      // A class (no nesting without the v flag): its brackets and parentheses are characters.
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (source[i] === '(') {
      depth++;
      if (cut < 0 && /^\(\?<?[!=]/.test(source.slice(i, i + 4))) {
        cut = depth;
        continue;
      }
    } else if (source[i] === ')') {
      depth--;
      if (cut === depth + 1) {
        cut = -1;
        continue;
      }
    }
    if (cut < 0) out += source.slice(from, i + 1);
  }
  return out === source ? undefined : new RegExp(out, pattern.flags);
}

describe('gated language patterns', () => {
  it('takes out the outermost look-arounds only, and keeps the flags', () => {
    const stieß = withoutLookArounds(/(?<!\b(?:bei|[(\](?=])[^.]*)(?:(?<![\p{L}])(?=\p{L})|x)stieß(?! (?:bei|vom)\b)[.]/giu);
    assert.equal(stieß?.source, '(?:|x)stieß[.]');
    assert.equal(stieß?.flags, 'giu');
    assert.equal(withoutLookArounds(/\bstieß\b/giu), undefined);
    assert.equal(withoutLookArounds(/(?<=(a))b\1/u), undefined);
  });
  for (const [code, corpus] of [['de', 'German'], ['fr', 'French']] as const) {
    const L = resourcesFor(code)!;
    // Each text once: a text seen twice answers the same.
    const all = [...new Set(sentences(code))];
    const patterns: Array<[string, GatedPattern]> = [
      ['continuation', L.continuation],
      ...L.hedgePatterns.map((p, i) => [`hedgePatterns[${i}]`, p] as [string, GatedPattern]),
      ...L.hiddenClaims.map((c, i) => [`hiddenClaims[${i}]`, c.pattern] as [string, GatedPattern]),
      ...L.impersonalHearsay.map((p, i) => [`impersonalHearsay[${i}]`, p] as [string, GatedPattern]),
      ...(L.anonymity ? [['anonymity', L.anonymity] as [string, GatedPattern]] : []),
    ];
    for (const [name, gatedPattern] of patterns.filter(([, p]) => p.gate !== undefined)) {
      it(`${code} ${name}: never matches a sentence of the ${corpus} corpus or fixtures whose gate is closed`, () => {
        const pattern = patternOf(gatedPattern);
        const relaxed = withoutLookArounds(pattern);
        const matches = (text: string): boolean => {
          if (relaxed !== undefined) {
            relaxed.lastIndex = 0;
            if (!relaxed.test(text)) return false;
          }
          pattern.lastIndex = 0;
          return pattern.test(text);
        };
        // A match where the gate is open is what the gate allows: one is enough to show the check saw matches.
        let matched = false;
        for (const text of all) {
          if (gateOpen(gatedPattern, text)) matched ||= matches(text);
          else assert.equal(matches(text), false, `gate closed on a match: ${text}`);
        }
        // The check is only as good as the matches it saw.
        assert.ok(matched, 'no text matched');
        pattern.lastIndex = 0;
      });
    }
  }
});
