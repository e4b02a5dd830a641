// Engine behaviour: configuration, suppressions, ordering, offsets through Markdown, and applying fixes.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {applyFixes, ConfigError, createLocator, lint, resolveConfig, ruleIds} from '../../src/core/index.js';
import {DisjointSpans, enclosedByOther, partitionPoint} from '../../src/core/search.js';

const ids = (text: string, config?: ReturnType<typeof resolveConfig>): string[] => lint(text, {config}).findings.map((f) => `${f.ruleId}:${f.actual}`);

describe('configuration', () => {
  it('turns a rule off and changes a severity', () => {
    const text = 'The storm destroyed 1,140 homes. The plan will presumably fail.';
    assert.deepEqual(ids(text), ['unsourced-figure:1,140', 'hedging:presumably']);
    const config = resolveConfig({rules: {'unsourced-figure': 'off', hedging: 'error'}}, ruleIds);
    const result = lint(text, {config});
    assert.deepEqual(result.findings.map((f) => [f.ruleId, f.severity]), [['hedging', 'error']]);
  });
  it('grades unsourced figures by risk, and .sourced.json changes the severity per risk level', () => {
    const text = 'Some 40 people were killed. Unemployment rose to 6.1%. The gallery holds about 100 photographs.';
    const graded = (raw?: unknown) =>
      lint(text, raw === undefined ? {} : {config: resolveConfig(raw, ruleIds)}).findings.map((f) => [f.actual, f.severity]);
    assert.deepEqual(graded(), [['Some 40', 'warning'], ['6.1%', 'warning']]);
    assert.deepEqual(lint(text).figures.map((f) => [f.text, f.kind, f.risk]), [
      ['Some 40', 'harm', 'high'], ['6.1%', 'economy', 'medium'], ['about 100', 'count', 'low'],
    ]);
    assert.deepEqual(graded({risk: {high: 'error', medium: 'info', low: 'info'}}), [['Some 40', 'error'], ['6.1%', 'info'], ['about 100', 'info']]);
    // A newsroom's rule-level gate holds for high and medium figures; low ones keep their risk setting.
    assert.deepEqual(graded({rules: {'unsourced-figure': 'error'}}), [['Some 40', 'error'], ['6.1%', 'error']]);
    assert.throws(() => resolveConfig({risk: {extreme: 'error'}}, ruleIds), (e: unknown) => e instanceof ConfigError && e.key === 'risk.extreme');
    assert.throws(() => resolveConfig({risk: {low: 'loud'}}, ruleIds), (e: unknown) => e instanceof ConfigError && e.key === 'risk.low');
  });
  it('lowers a plan\'s quantities where a named actor set out the plan, and reads its conditionnel as a projection', () => {
    const fr = (body: string): string => `---\nlang: fr\n---\n\n${body}\n`;
    const text = fr('Le gouvernement compte sur une hausse de la fiscalité ; une surtaxe des grandes fortunes rapporterait 2,3 milliards d\'euros.');
    assert.deepEqual(lint(text).figures.map((f) => [f.text, f.risk]), [['2,3 milliards', 'low']]);
    assert.deepEqual(ids(text), []);
    // A past conditionnel reports a claim, not a plan: its figure and its hedge stay.
    assert.deepEqual(ids(fr('Le gouvernement compte sur une hausse de la fiscalité. Le ministre aurait caché 2 milliards d\'euros de dettes.')),
      ['hedging:aurait', 'unsourced-figure:2 milliards']);
    // Nor does an announcement by a vague group open a plan.
    assert.deepEqual(ids(fr('Le tarif augmentera en janvier, ont affirmé mardi des syndicalistes. La lettre prioritaire coûtera 1,29 euro.')),
      ['vague-attribution:ont affirmé mardi des syndicalistes', 'unsourced-figure:1,29 euro']);
  });
  it('adds hedges, vague sources and trusted sources from config, as literal phrases', () => {
    const config = resolveConfig({hedges: ['sort of'], vagueSources: ['the grapevine (a.k.a. gossip)'], trustedSources: ['Met Office']}, ruleIds);
    assert.deepEqual(ids('The plan is sort of finished.', config), ['hedging:sort of']);
    assert.deepEqual(ids('We heard it on the grapevine (a.k.a. gossip) today.', config), ['vague-attribution:the grapevine (a.k.a. gossip)']);
    assert.deepEqual(ids('Rainfall reached 140 mm, a Met Office record.', config), []);
  });
  it('rejects unknown keys, rules and severities with the key at fault', () => {
    assert.throws(() => resolveConfig({rulez: {}}, ruleIds), (e: unknown) => e instanceof ConfigError && e.key === 'rulez');
    assert.throws(() => resolveConfig({rules: {nope: 'off'}}, ruleIds), (e: unknown) => e instanceof ConfigError && e.key === 'rules.nope');
    assert.throws(() => resolveConfig({rules: {hedging: 'loud'}}, ruleIds), (e: unknown) => e instanceof ConfigError && e.key === 'rules.hedging');
    assert.throws(() => resolveConfig({hedges: [3]}, ruleIds), (e: unknown) => e instanceof ConfigError && e.key === 'hedges[0]');
    assert.throws(() => resolveConfig([], ruleIds), ConfigError);
  });
});

describe('inline control comments', () => {
  it('disables the next line for one rule only', () => {
    const text = '<!-- sourced-disable-next-line unsourced-figure -->\nThe storm destroyed 1,140 homes and presumably more.\n';
    assert.deepEqual(ids(text), ['hedging:presumably']);
  });
  it('disables a region for every rule, until enabled', () => {
    const text = '<!-- sourced-disable -->\n\nThe storm destroyed 1,140 homes.\n\n<!-- sourced-enable -->\n\nIt destroyed 2,000 more.\n';
    assert.deepEqual(ids(text), ['unsourced-figure:2,000']);
  });
  it('honours disable-line and ignores directives inside code', () => {
    assert.deepEqual(ids('The storm destroyed 1,140 homes. <!-- sourced-disable-line -->\n'), []);
    assert.deepEqual(ids('```\n<!-- sourced-disable -->\n```\n\nThe storm destroyed 1,140 homes.\n'), ['unsourced-figure:1,140']);
  });
});

describe('offsets', () => {
  it('point at the right characters through emphasis, links, tables, lists and CRLF', () => {
    const text = '# Title\r\n\r\n- The *storm* destroyed **1,140** homes.\r\n\r\n| a | b |\r\n|---|---|\r\n| x | 2,500 dead |\r\n\r\n1. Tolls of 9,000 were ~~feared~~ `code 42` then.\r\n';
    const found = lint(text).findings.filter((f) => f.ruleId === 'unsourced-figure');
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), ['1,140', '2,500', '9,000']);
    const locator = createLocator(text);
    assert.deepEqual(locator.toPoint(found[0].start), {line: 3, column: 27});
  });
  it('count UTF-16 units after emoji and never split a surrogate pair', () => {
    const text = '🌊🌊 The flood destroyed 1,140 homes.';
    const [f] = lint(text).findings;
    assert.equal(f.start, text.indexOf('1,140'));
    assert.equal(createLocator(text).toPoint(f.start).column, text.indexOf('1,140') + 1);
  });
  it('skip front matter, code, HTML and URLs', () => {
    const text = '---\ncount: 1,140\n---\n\n```\n1,140 dead\n```\n\n<p>1,140 dead</p>\n\nSee <https://example.org/1140-dead> and `1,140`.\n';
    assert.deepEqual(ids(text), []);
  });
  it('sorts findings by position and keeps actual equal to the source slice', () => {
    const text = 'Experts believe 40% of homes will presumably flood. "We have lost everything we had," a caption read below.';
    const result = lint(text);
    const starts = result.findings.map((f) => f.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    for (const f of result.findings) assert.equal(f.actual, text.slice(f.start, f.end));
  });
});

describe('fixes', () => {
  it('applies edits right to left, keeps touching edits and drops overlaps', () => {
    assert.equal(applyFixes('abcdef', [{start: 4, end: 6, text: 'X'}, {start: 0, end: 1, text: ''}, {start: 1, end: 1, text: '+'}]), '+bcdX');
    assert.equal(applyFixes('abcdef', [{start: 0, end: 3, text: 'X'}, {start: 2, end: 4, text: 'Y'}]), 'Xdef');
  });
  it('"Add attribution…" inserts a placeholder attribution at the clause end', () => {
    const text = 'The storm destroyed 1,140 homes, and the bridge collapsed.';
    const [f] = lint(text).findings;
    const add = f.fixes.find((x) => x.title === 'Add attribution…')!;
    assert.equal(applyFixes(text, add.edits), 'The storm destroyed 1,140 homes, according to ⟨source⟩, and the bridge collapsed.');
    const end = 'It was 40%.';
    const [g] = lint(end).findings;
    assert.equal(applyFixes(end, g.fixes.find((x) => x.title === 'Add attribution…')!.edits), 'It was 40%, according to ⟨source⟩.');
  });
  it('removing a hedge keeps the sentence capitalised, and the result lints clean of it', () => {
    const text = 'Presumably, the suspect fled.';
    const [f] = lint(text).findings;
    const fixed = applyFixes(text, f.fixes[0].edits);
    assert.equal(fixed, 'The suspect fled.');
    assert.deepEqual(lint(fixed).findings, []);
  });
  it('never offers an insertion inside a quotation', () => {
    const text = '"The storm destroyed 1,140 homes in our town last night."';
    for (const f of lint(text).findings) {
      for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.start === 0 || e.start >= text.length, JSON.stringify(e));
    }
  });
});

describe('sources', () => {
  it('names the organisation behind a document, without its article, and ignores a headline noun', () => {
    assert.deepEqual(lint('A Gallup poll found 40% support.').sources.map((s) => s.name), ['Gallup']);
    assert.deepEqual(lint('# Flood report\n\nThe water rose quickly.').sources, []);
  });
});

describe('hostile input', () => {
  it('caps container nesting without moving any offset', () => {
    // A block quote nobody introduces is one unattributed quotation; its figure is the (unknown) speaker's.
    const text = '> '.repeat(5000) + 'The storm killed 1,140 people.';
    const [f] = lint(text).findings;
    assert.equal(f.ruleId, 'unattributed-quote');
    // Past the cap the markers are plain text; the quotation's range still ends exactly at the sentence's end.
    assert.ok(f.actual.endsWith('The storm killed 1,140 people.'));
    assert.equal(f.end, text.length);
  });
  it('keeps nesting up to the cap as Markdown', () => {
    const text = '> > - 1. The storm killed 1,140 people.';
    assert.deepEqual(lint(text).findings.map((f) => f.actual), ['The storm killed 1,140 people.']);
    assert.deepEqual(lint('- - - 1. The storm killed 1,140 people.').findings.map((f) => f.actual), ['1,140']);
  });
});

describe('case folding', () => {
  it('keeps trusted-source ranges exact after characters whose lower case is longer ("İ")', () => {
    const config = resolveConfig({trustedSources: ['Met Office']}, ruleIds);
    const text = 'İİİ The Met Office recorded 140 mm of rain.';
    const result = lint(text, {config});
    assert.deepEqual(result.attributions.map((a) => text.slice(a.start, a.end)), ['Met Office']);
    assert.deepEqual(result.findings, []);
  });
});

describe('emphasis bombs', () => {
  it('lints text inside a 10,000-marker emphasis run at its true offsets', () => {
    const text = '*'.repeat(10_000) + 'presumably 12 died' + '*'.repeat(10_000);
    assert.deepEqual(lint(text).findings.map((f) => [f.ruleId, f.actual, f.start]), [
      ['hedging', 'presumably', 10_000],
      ['unsourced-figure', '12', 10_011],
    ]);
  });
  it('survives thousands of nested emphasis openers without recursion', () => {
    const text = '*a '.repeat(8000) + 'The toll was 1,140.' + ' a*'.repeat(8000);
    assert.deepEqual(lint(text).findings.map((f) => f.actual), ['1,140']);
  });
});

describe('alternating emphasis', () => {
  it('caps a line that opens with thousands of mixed delimiters, keeping "* " bullets', () => {
    const half = '*_'.repeat(25_000);
    const text = `${half}x The toll was 1,140.${[...half].reverse().join('')}\n\n* A bullet with 2,000 dead.\n`;
    assert.deepEqual(lint(text).findings.map((f) => f.actual), ['1,140', '2,000']);
  });
});

describe('pronouns', () => {
  it('resolve to a person named as the subject of the sentence before, even without a cue', () => {
    const text = 'US Secretary of State Antony Blinken also expressed optimism. He said 40% of aid had arrived.';
    const result = lint(text);
    assert.deepEqual(result.findings, []);
    assert.deepEqual(result.sources.map((s) => [s.name, s.cues]), [['US Secretary of State Antony Blinken', ['expressed', 'said']]]);
  });
});

describe('partitionPoint', () => {
  it('finds the first index past a sorted boundary, or the length', () => {
    const xs = [1, 3, 3, 7];
    assert.equal(partitionPoint(xs.length, (i) => xs[i] >= 3), 1);
    assert.equal(partitionPoint(xs.length, (i) => xs[i] > 3), 3);
    assert.equal(partitionPoint(xs.length, (i) => xs[i] > 9), 4);
    assert.equal(partitionPoint(0, () => true), 0);
  });
});

/** A fixed sequence of small integers (mulberry32), so the random cases below are the same on every run. */
function smallInts(seed: number): (below: number) => number {
  let a = seed >>> 0;
  return (below) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}

describe('DisjointSpans', () => {
  it('answers as a scan of every span kept so far does, empty spans included', () => {
    const next = smallInts(7);
    for (let round = 0; round < 300; round++) {
      const spans = new DisjointSpans();
      const kept: Array<[number, number]> = [];
      for (let k = 0; k < 25; k++) {
        const from = next(30);
        const to = from + next(4);
        const overlaps = kept.some(([f, t]) => f < to && from < t);
        assert.equal(spans.overlaps(from, to), overlaps, `[${from}, ${to}) against ${JSON.stringify(kept)}`);
        if (!overlaps) {
          spans.add(from, to);
          kept.push([from, to]);
        }
      }
    }
  });
});

describe('enclosedByOther', () => {
  it('answers as testing every pair does', () => {
    const next = smallInts(11);
    for (let round = 0; round < 300; round++) {
      const n = next(6);
      const probes = Array.from({length: n}, () => {
        const start = next(20);
        return [start, start + next(5)] as const;
      });
      const ranges = Array.from({length: n === 0 ? 0 : next(8)}, () => {
        const start = next(20);
        return [start, start + next(10), next(n)] as const;
      });
      const naive = probes.map(([s, e], i) => ranges.some(([rs, re, owner]) => owner !== i && rs <= s && e <= re));
      assert.deepEqual(enclosedByOther(probes, ranges), naive, JSON.stringify({probes, ranges}));
    }
  });
});
