// The Sources panel's view model: sources with cues and claims, findings grouped by rule, figure counts, copy text.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {lint} from '../../src/core/index.js';
import type {Finding, LintResult} from '../../src/core/types.js';
import {buildSourcesModel, formatSourceList} from '../../src/extension/sources-model.js';
import {isSourcesModel} from '../../src/webview/protocol.js';

const text = [
  'The Hamas government in Gaza reported a death toll of 20,000.',
  'It resulted in 1,140 casualties.',
  'Around 250 people were abducted, reportedly.',
  'John Kirby said the talks were serious.',
].join('\n');

/** Offsets of `needle` in `text` (its first occurrence). */
function at(needle: string): {start: number; end: number} {
  const start = text.indexOf(needle);
  assert.notEqual(start, -1, `fixture lacks ${needle}`);
  return {start, end: start + needle.length};
}

function finding(ruleId: string, actual: string, message: string, severity: Finding['severity'] = 'warning'): Finding {
  return {ruleId, severity, message, actual, fixes: [], ...at(actual)};
}

function sentence(needle: string): {start: number; end: number; text: string} {
  return {...at(needle), text: needle};
}

const hamas = 'The Hamas government in Gaza reported a death toll of 20,000.';
const kirby = 'John Kirby said the talks were serious.';

const result: LintResult = {
  attributions: [
    {
      name: 'The Hamas government in Gaza',
      ...at('The Hamas government in Gaza'),
      source: {...at('The Hamas government in Gaza'), text: 'The Hamas government in Gaza'},
      cue: {...at('reported'), text: 'reported'},
      content: [],
      kind: 'report',
      cueKind: 'reported',
      quality: 'named',
      sentenceStart: at(hamas).start,
      sentenceEnd: at(hamas).end,
    },
    {
      name: 'John Kirby',
      ...at('John Kirby'),
      source: {...at('John Kirby'), text: 'John Kirby'},
      cue: {...at('said'), text: 'said'},
      content: [],
      kind: 'speech',
      cueKind: 'said',
      quality: 'named',
      sentenceStart: at(kirby).start,
      sentenceEnd: at(kirby).end,
    },
  ],
  sources: [
    {
      name: 'John Kirby',
      key: 'john kirby',
      quality: 'named',
      cues: ['said'],
      attributions: [1],
      claims: [sentence(kirby)],
    },
    {
      name: 'The Hamas government in Gaza',
      key: 'hamas government in gaza',
      quality: 'named',
      cues: ['reported', 'estimated'],
      attributions: [0],
      claims: [sentence(hamas)],
    },
  ],
  figures: [
    {text: '20,000', ...at('20,000'), form: 'count', kind: 'harm', risk: 'high', attribution: 0},
    {text: '1,140', ...at('1,140'), form: 'count', kind: 'harm', risk: 'high'},
    {text: '250', ...at('250'), form: 'count', kind: 'harm', risk: 'high'},
  ],
  findings: [
    finding('hedging', 'reportedly', "Hedge 'reportedly' weakens the claim", 'info'),
    finding('unsourced-figure', '250', "Figure '250' has no source"),
    finding('unsourced-figure', '1,140', "Figure '1,140' has no source", 'error'),
    finding('custom-rule', 'talks', 'Custom'),
  ],
};

describe('buildSourcesModel', () => {
  const model = buildSourcesModel({fileName: 'drafts/gaza.md', text, result});

  it('produces a model the webview guard accepts', () => {
    assert.equal(isSourcesModel(model), true);
    assert.equal(isSourcesModel(JSON.parse(JSON.stringify(model))), true);
  });

  it('lists every named source with its cues, first mention and claims', () => {
    assert.deepEqual(
      model.sources.map((s) => [s.name, s.quality, s.cues]),
      [
        ['John Kirby', 'named', ['said']],
        ['The Hamas government in Gaza', 'named', ['reported', 'estimated']],
      ],
    );
    const kirbySource = model.sources[0];
    assert.deepEqual(kirbySource.mention, {...at('John Kirby'), line: 4});
    assert.deepEqual(kirbySource.claims, [{...at(kirby), line: 4, text: kirby}]);
    assert.equal(model.sources[1].mention?.line, 1);
  });

  it('groups findings by rule, known rules in panel order, unknown rules last, each sorted by offset', () => {
    assert.deepEqual(
      model.groups.map((g) => [g.ruleId, g.label, g.findings.map((f) => f.text)]),
      [
        ['unsourced-figure', 'Unsourced figures', ['1,140', '250']],
        ['hedging', 'Hedged claims', ['reportedly']],
        ['custom-rule', 'custom-rule', ['talks']],
      ],
    );
    const [first] = model.groups[0].findings;
    assert.deepEqual(first, {
      ...at('1,140'),
      line: 2,
      text: '1,140',
      message: "Figure '1,140' has no source",
      severity: 'error',
    });
  });

  it('counts sourced and unsourced figures', () => {
    assert.deepEqual(model.figures, {total: 3, sourced: 1, unsourced: 2});
  });

  it('drops ranges that do not fit the text instead of pointing at the wrong words', () => {
    const stale = buildSourcesModel({fileName: 'a.md', text: text.slice(0, 70), result});
    assert.deepEqual(
      stale.groups.map((g) => g.ruleId),
      [],
    );
    assert.deepEqual(stale.sources[0].claims, []);
    assert.equal(stale.sources[0].mention, undefined);
    assert.equal(stale.sources[1].claims.length, 1);
  });

  it('collapses line breaks and shortens long claims', () => {
    const long = `${'word '.repeat(100)}end.`;
    const doc = `Officials said\nthat ${long}`;
    const model2 = buildSourcesModel({
      fileName: 'b.md',
      text: doc,
      result: {
        findings: [],
        attributions: [],
        figures: [],
        sources: [
          {
            name: 'Officials',
            key: 'officials',
            quality: 'vague',
            cues: ['said'],
            attributions: [5],
            claims: [{start: 0, end: doc.length, text: doc}],
          },
        ],
      },
    });
    const [claim] = model2.sources[0].claims;
    assert.equal(claim.text.startsWith('Officials said that word word'), true);
    assert.equal(claim.text.includes('\n'), false);
    assert.equal(claim.text.length, 240);
    assert.equal(claim.text.endsWith('…'), true);
    // Attribution index 5 does not exist: no mention rather than a crash.
    assert.equal(model2.sources[0].mention, undefined);
  });

  it('shows an empty draft as no sources, no groups and no figures', () => {
    const empty = buildSourcesModel({
      fileName: 'c.md',
      text: '',
      result: {findings: [], attributions: [], figures: [], sources: []},
    });
    assert.deepEqual(empty, {fileName: 'c.md', sources: [], groups: [], figures: {total: 0, sourced: 0, unsourced: 0}});
  });

  it('counts lines after CRLF and lone CR line endings', () => {
    const crlf = 'A.\r\nB.\rC said 5.';
    const withFinding = buildSourcesModel({
      fileName: 'd.md',
      text: crlf,
      result: {
        findings: [{ruleId: 'unsourced-figure', severity: 'warning', message: 'm', actual: '5', fixes: [], start: 14, end: 15}],
        attributions: [],
        sources: [],
        figures: [],
      },
    });
    assert.equal(withFinding.groups[0].findings[0].line, 3);
  });
});

describe('formatSourceList', () => {
  it('writes a Markdown list of sources with their cues, quality and claims', () => {
    const model = buildSourcesModel({fileName: 'drafts/gaza.md', text, result});
    assert.equal(
      formatSourceList(model),
      [
        '# Sources in drafts/gaza.md',
        '',
        '- **John Kirby** (said): named',
        `  - Line 4: ${kirby}`,
        '- **The Hamas government in Gaza** (reported, estimated): named',
        `  - Line 1: ${hamas}`,
        '',
      ].join('\n'),
    );
  });

  it('escapes Markdown and HTML in source names and claims', () => {
    const list = formatSourceList({
      fileName: 'x_y.md',
      figures: {total: 0, sourced: 0, unsourced: 0},
      groups: [],
      sources: [
        {
          name: '**Evil** <script>alert(1)</script> [x](javascript:alert(1))',
          quality: 'anonymous',
          cues: ['said'],
          claims: [{start: 0, end: 1, line: 1, text: '<img src=x onerror=alert(1)> `code`'}],
        },
      ],
    });
    assert.doesNotMatch(list, /(?<!\\)</, 'no unescaped < may start an HTML tag');
    assert.doesNotMatch(list, /(?<!\\)\]\(javascript:/, 'a link must not survive unescaped');
    assert.match(list, /^# Sources in x\\_y\.md$/m);
    assert.match(list, /^- \*\*\\\*\\\*Evil\\\*\\\* \\<script\\>alert\(1\)\\<\/script\\> \\\[x\\\]\(javascript:alert\(1\)\)\*\* \(said\): anonymous$/m);
    assert.match(list, /^ {2}- Line 1: \\<img src=x onerror=alert\(1\)\\> \\`code\\`$/m);
  });

  it('says so when no source is named', () => {
    const list = formatSourceList({fileName: 'a.md', figures: {total: 0, sourced: 0, unsourced: 0}, groups: [], sources: []});
    assert.equal(list, '# Sources in a.md\n\nNo sources named.\n');
  });
});

describe('buildSourcesModel over the core lint of the seed draft', () => {
  const seed = readFileSync('test/fixtures/seed-article.md', 'utf8');
  const linted = lint(seed);
  const model = buildSourcesModel({fileName: 'seed-article.md', text: seed, result: linted});

  it('lists every source the core found, with its cues', () => {
    assert.deepEqual(
      model.sources.map((s) => [s.name, s.cues]),
      linted.sources.map((s) => [s.name, s.cues]),
    );
    const hamas = model.sources.find((s) => s.name === 'Hamas government in Gaza');
    assert.ok(hamas, 'the Hamas government in Gaza is a named source');
    assert.deepEqual(hamas.cues, ['reported']);
    assert.equal(hamas.quality, 'named');
    assert.match(hamas.claims[0].text, /death toll of 20,000/);
  });

  it('points every row at the words it shows', () => {
    for (const source of model.sources) {
      if (source.mention) assert.equal(seed.slice(source.mention.start, source.mention.end).replace(/\s+/g, ' '), source.name);
      for (const claim of source.claims) {
        assert.equal(seed.slice(claim.start, claim.end).replace(/\s+/g, ' ').trim(), claim.text);
      }
    }
    for (const group of model.groups) {
      for (const row of group.findings) assert.equal(seed.slice(row.start, row.end).replace(/\s+/g, ' '), row.text);
    }
  });

  it('shows the unsourced 1,140 casualties and counts the figures', () => {
    const unsourced = model.groups.find((g) => g.ruleId === 'unsourced-figure');
    assert.ok(unsourced?.findings.some((f) => f.text.includes('1,140')));
    assert.equal(model.groups.reduce((n, g) => n + g.findings.length, 0), linted.findings.length);
    assert.equal(model.figures.total, linted.figures.length);
    assert.ok(model.figures.sourced >= 1 && model.figures.unsourced >= 1, JSON.stringify(model.figures));
  });
});
