// The Sources panel's view model: sources with the content they support, findings by rule, figure counts, copy text.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {lint} from '../../src/core/index.js';
import type {Attribution, Figure, Finding, LintResult} from '../../src/core/types.js';
import {buildSourcesModel, countFigures, formatSourceList} from '../../src/extension/sources-model.js';
import {isSourcesModel} from '../../src/webview/protocol.js';

const text = [
  'The Hamas government in Gaza reported a death toll of 20,000.',
  'It resulted in 1,140 casualties.',
  'Around 250 people were abducted, reportedly.',
  'John Kirby said the talks were serious.',
  'They lasted 90 minutes.',
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
      content: [at('a death toll of 20,000.')],
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
      content: [at('the talks were serious.')],
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
    {text: '90', ...at('90'), form: 'count', kind: 'time', risk: 'none'},
  ],
  findings: [
    finding('hedging', 'reportedly', "Hedge 'reportedly' weakens the claim", 'info'),
    finding('unsourced-figure', '250', "Figure '250' has no source"),
    finding('unsourced-figure', '1,140', "Figure '1,140' has no source", 'error'),
    finding('custom-rule', 'talks', 'Custom'),
  ],
};

/** A minimal attribution of `name` whose content is `content` (offsets into whatever text the test uses). */
function attribution(
  name: string,
  content: Array<{start: number; end: number}>,
  extra: Partial<Attribution> = {},
): Attribution {
  return {
    name,
    start: 0,
    end: 0,
    source: {start: 0, end: 0, text: name},
    cue: {start: 0, end: 0, text: 'said'},
    content,
    kind: 'speech',
    cueKind: 'said',
    quality: 'named',
    sentenceStart: 0,
    sentenceEnd: 0,
    ...extra,
  };
}

/** A lint result with one source over the given attributions. */
function oneSource(attributions: Attribution[], figures: Figure[] = []): LintResult {
  return {
    findings: [],
    attributions,
    figures,
    sources: [
      {
        name: attributions[0]?.name ?? 'Someone',
        key: 'someone',
        quality: 'named',
        cues: ['said'],
        attributions: attributions.map((_, i) => i),
        claims: [],
      },
    ],
  };
}

describe('buildSourcesModel', () => {
  const model = buildSourcesModel({fileName: 'drafts/gaza.md', text, result});

  it('produces a model the webview guard accepts', () => {
    assert.equal(isSourcesModel(model), true);
    assert.equal(isSourcesModel(JSON.parse(JSON.stringify(model))), true);
  });

  it('lists every named source with its cues and first mention', () => {
    assert.deepEqual(
      model.sources.map((s) => [s.name, s.quality, s.cues]),
      [
        ['John Kirby', 'named', ['said']],
        ['The Hamas government in Gaza', 'named', ['reported', 'estimated']],
      ],
    );
    assert.deepEqual(model.sources[0].mention, {...at('John Kirby'), line: 4});
    assert.equal(model.sources[1].mention?.line, 1);
  });

  it('lists exactly the content each source supports, with its cue, kind and figures, not the whole sentence', () => {
    assert.deepEqual(model.sources[0].claims, [
      {
        ...at('the talks were serious.'),
        line: 4,
        text: 'the talks were serious.',
        full: 'the talks were serious.',
        cue: 'said',
        kind: 'speech',
        figures: [],
      },
    ]);
    assert.deepEqual(model.sources[1].claims, [
      {
        ...at('a death toll of 20,000.'),
        line: 1,
        text: 'a death toll of 20,000.',
        full: 'a death toll of 20,000.',
        cue: 'reported',
        kind: 'report',
        figures: [{text: '20,000', kind: 'harm'}],
      },
    ]);
  });

  it('joins a content of several stretches (an interrupted or continued quote) and reveals its first stretch', () => {
    const doc = '"We will," she said, "rebuild every home."\n\n"Every one," she added.';
    const first = {start: 0, end: doc.indexOf(' she said')};
    const second = {start: doc.indexOf('"rebuild'), end: doc.indexOf('\n')};
    const m = buildSourcesModel({
      fileName: 'q.md',
      text: doc,
      result: oneSource([
        attribution('Ms. Ruiz', [second, first]),
        attribution('Ms. Ruiz', [{start: doc.indexOf('"Every'), end: doc.indexOf(' she added')}], {cue: {start: 0, end: 0, text: 'added'}}),
      ]),
    });
    assert.deepEqual(
      m.sources[0].claims.map((c) => [c.start, c.end, c.line, c.text, c.cue]),
      [
        [first.start, first.end, 1, '"We will," … "rebuild every home."', 'said'],
        [doc.indexOf('"Every'), doc.indexOf(' she added'), 3, '"Every one,"', 'added'],
      ],
    );
  });

  it('shortens long content to about 120 characters with an ellipsis, at a word break, and keeps it all for the hover', () => {
    const words = Array.from({length: 60}, (_, i) => `word${i}`).join(' ');
    const doc = `Officials said that ${words.slice(0, 200)}\n${words.slice(200)}.`;
    const content = {start: doc.indexOf('word0'), end: doc.length};
    const m = buildSourcesModel({fileName: 'b.md', text: doc, result: oneSource([attribution('Officials', [content])])});
    const [claim] = m.sources[0].claims;
    assert.equal(claim.full, doc.slice(content.start).replace(/\s+/g, ' '));
    assert.ok(claim.text.length <= 120, `${claim.text.length} characters`);
    assert.ok(claim.text.length >= 100, `${claim.text.length} characters`);
    assert.ok(claim.text.endsWith('…'));
    assert.ok(claim.full.startsWith(claim.text.slice(0, -1)), 'the shortened text is the start of the full text');
    assert.match(claim.text, /word\d+…$/, 'cut after a whole word');
    assert.equal(claim.text.includes('\n'), false);
    assert.equal(claim.start, content.start, 'the row still reveals the content start');
  });

  it('keeps short content whole, with no ellipsis', () => {
    const doc = 'Officials said 40 people died.';
    const content = {start: doc.indexOf('40'), end: doc.length};
    const m = buildSourcesModel({fileName: 'b.md', text: doc, result: oneSource([attribution('Officials', [content])])});
    assert.equal(m.sources[0].claims[0].text, '40 people died.');
    assert.equal(m.sources[0].claims[0].full, '40 people died.');
  });

  it('shows the sentence for a link or footnote, which has no content span', () => {
    const doc = 'Intro.\nThe report was [published](https://x.org) showing 4,000 deaths.';
    const sentenceStart = doc.indexOf('The report');
    const link = attribution('published', [], {cueKind: 'link', kind: 'report', sentenceStart, sentenceEnd: doc.length});
    const figure: Figure = {text: '4,000', start: doc.indexOf('4,000'), end: doc.indexOf(' deaths'), form: 'count', kind: 'harm', risk: 'high', attribution: 0};
    const m = buildSourcesModel({fileName: 'l.md', text: doc, result: oneSource([link], [figure])});
    assert.deepEqual(
      m.sources[0].claims.map((c) => [c.start, c.line, c.text, c.kind, c.figures]),
      [[sentenceStart, 2, 'The report was published showing 4,000 deaths.', 'report', [{text: '4,000', kind: 'harm'}]]],
    );
  });

  it('shows Markdown as the reader reads it: escapes resolved, links as their text; offsets still into the source', () => {
    const doc = 'Tom Smith said the \\<script\\> tag, the `x` and [a *report*](https://x.org "T") were on 40 pages.';
    const content = {start: doc.indexOf('the \\<'), end: doc.length};
    const m = buildSourcesModel({fileName: 'h.md', text: doc, result: oneSource([attribution('Tom Smith', [content])])});
    const [claim] = m.sources[0].claims;
    assert.equal(claim.full, 'the <script> tag, the `x` and a *report* were on 40 pages.');
    assert.equal(claim.start, content.start);
    assert.equal(claim.end, content.end);
  });

  it('shows a content inside another content of the same source once, with the figures of both', () => {
    const doc = 'Ms. Ruiz said: "We counted 4,000 dead and 300 injured."';
    const quote = {start: doc.indexOf('"We'), end: doc.length};
    const inner = {start: doc.indexOf('4,000'), end: doc.length - 1};
    const figures: Figure[] = [
      {text: '4,000', start: inner.start, end: inner.start + 5, form: 'count', kind: 'harm', risk: 'high', attribution: 1, quoted: true},
      {text: '300', start: doc.indexOf('300'), end: doc.indexOf('300') + 3, form: 'count', kind: 'harm', risk: 'high', attribution: 0, quoted: true},
    ];
    const m = buildSourcesModel({
      fileName: 'n.md',
      text: doc,
      result: oneSource([attribution('Ms. Ruiz', [quote]), attribution('Ms. Ruiz', [inner], {cueKind: 'continuation'})], figures),
    });
    assert.deepEqual(
      m.sources[0].claims.map((c) => [c.text, c.figures.map((f) => f.text)]),
      [['"We counted 4,000 dead and 300 injured."', ['300', '4,000']]],
    );
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

  it('counts sourced and unsourced figures; a figure of risk none is not unsourced', () => {
    assert.deepEqual(model.figures, {total: 4, sourced: 1, unsourced: 2, exempt: 1});
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

  it('skips attribution indices the result does not have', () => {
    const m = buildSourcesModel({
      fileName: 'b.md',
      text: 'Officials said so.',
      result: {
        findings: [],
        attributions: [],
        figures: [],
        sources: [{name: 'Officials', key: 'officials', quality: 'vague', cues: ['said'], attributions: [5], claims: []}],
      },
    });
    assert.deepEqual(m.sources[0].claims, []);
    assert.equal(m.sources[0].mention, undefined);
  });

  it('collapses line breaks in source names and shortens long ones', () => {
    const name = `The ${'very '.repeat(60)}long\ncommittee`;
    const m = buildSourcesModel({
      fileName: 'b.md',
      text: name,
      result: {
        findings: [],
        attributions: [],
        figures: [],
        sources: [{name, key: 'committee', quality: 'named', cues: [], attributions: [], claims: []}],
      },
    });
    assert.equal(m.sources[0].name.includes('\n'), false);
    assert.ok(m.sources[0].name.length <= 240 && m.sources[0].name.endsWith('…'));
  });

  it('shows an empty draft as no sources, no groups and no figures', () => {
    const empty = buildSourcesModel({
      fileName: 'c.md',
      text: '',
      result: {findings: [], attributions: [], figures: [], sources: []},
    });
    assert.deepEqual(empty, {
      fileName: 'c.md',
      sources: [],
      groups: [],
      figures: {total: 0, sourced: 0, unsourced: 0, exempt: 0},
    });
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

describe('countFigures', () => {
  const figure = (risk: Figure['risk'], extra: Partial<Figure> = {}, start = 0): Figure => ({
    text: '5',
    start,
    end: start + 1,
    form: 'count',
    kind: risk === 'none' ? 'sport' : risk === 'low' ? 'count' : 'harm',
    risk,
    ...extra,
  });
  const flag = (start: number): Finding => ({
    ruleId: 'unsourced-figure',
    severity: 'info',
    message: 'm',
    actual: '5',
    fixes: [],
    start,
    end: start + 1,
  });

  it('never counts a figure of risk none as unsourced', () => {
    assert.deepEqual(countFigures({figures: [figure('none'), figure('none', {}, 4)], findings: []}), {
      total: 2,
      sourced: 0,
      unsourced: 0,
      exempt: 2,
    });
  });

  it('counts high and medium figures without a source as unsourced', () => {
    assert.deepEqual(countFigures({figures: [figure('high'), figure('medium', {}, 4)], findings: []}), {
      total: 2,
      sourced: 0,
      unsourced: 2,
      exempt: 0,
    });
  });

  it('counts a low-risk figure as unsourced only when it was flagged', () => {
    const figures = [figure('low', {}, 0), figure('low', {}, 4)];
    assert.deepEqual(countFigures({figures, findings: [flag(4)]}), {total: 2, sourced: 0, unsourced: 1, exempt: 1});
    // Another rule's finding on the same words does not make it unsourced.
    assert.deepEqual(countFigures({figures, findings: [{...flag(0), ruleId: 'hedging'}]}), {
      total: 2,
      sourced: 0,
      unsourced: 0,
      exempt: 2,
    });
  });

  it('counts a figure with an attribution as sourced, whatever its risk', () => {
    const figures = [figure('high', {attribution: 0}), figure('low', {attribution: 0}, 4), figure('none', {attribution: 1}, 8)];
    assert.deepEqual(countFigures({figures, findings: []}), {total: 3, sourced: 3, unsourced: 0, exempt: 0});
  });

  it('leaves the speaker\'s figure inside a quote to the quote rules', () => {
    assert.deepEqual(countFigures({figures: [figure('high', {quoted: true})], findings: []}), {
      total: 1,
      sourced: 0,
      unsourced: 0,
      exempt: 1,
    });
  });
});

describe('formatSourceList', () => {
  it('writes a Markdown list of sources with their cues and quality, and what each supports', () => {
    const model = buildSourcesModel({fileName: 'drafts/gaza.md', text, result});
    assert.equal(
      formatSourceList(model),
      [
        '# Sources in drafts/gaza.md',
        '',
        '- **John Kirby** (said): named',
        '  - Line 4: the talks were serious. (said, speech)',
        '- **The Hamas government in Gaza** (reported, estimated): named',
        '  - Line 1: a death toll of 20,000. (reported, report; 20,000 · harm)',
        '',
      ].join('\n'),
    );
  });

  it('escapes Markdown and HTML in source names and claims', () => {
    const list = formatSourceList({
      fileName: 'x_y.md',
      figures: {total: 0, sourced: 0, unsourced: 0, exempt: 0},
      groups: [],
      sources: [
        {
          name: '**Evil** <script>alert(1)</script> [x](javascript:alert(1))',
          quality: 'anonymous',
          cues: ['said'],
          claims: [
            {
              start: 0,
              end: 1,
              line: 1,
              text: '<img src=x…',
              full: '<img src=x onerror=alert(1)> `code`',
              cue: '<b>said</b>',
              kind: 'speech',
              figures: [{text: '_5_', kind: 'harm'}],
            },
          ],
        },
      ],
    });
    assert.doesNotMatch(list, /(?<!\\)</, 'no unescaped < may start an HTML tag');
    assert.doesNotMatch(list, /(?<!\\)\]\(javascript:/, 'a link must not survive unescaped');
    assert.match(list, /^# Sources in x\\_y\.md$/m);
    assert.match(list, /^- \*\*\\\*\\\*Evil\\\*\\\* \\<script\\>alert\(1\)\\<\/script\\> \\\[x\\\]\(javascript:alert\(1\)\)\*\* \(said\): anonymous$/m);
    assert.match(list, /^ {2}- Line 1: \\<img src=x onerror=alert\(1\)\\> \\`code\\` \(\\<b\\>said\\<\/b\\>, speech; \\_5\\_ · harm\)$/m);
  });

  it('says so when no source is named', () => {
    const list = formatSourceList({
      fileName: 'a.md',
      figures: {total: 0, sourced: 0, unsourced: 0, exempt: 0},
      groups: [],
      sources: [],
    });
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
  });

  it('shows what the Hamas government in Gaza supports: the death toll, a harm figure, not the whole sentence', () => {
    const hamas = model.sources.find((s) => s.name === 'Hamas government in Gaza');
    assert.ok(hamas);
    const toll = hamas.claims.find((c) => c.figures.some((f) => f.text === '20,000'));
    assert.ok(toll, JSON.stringify(hamas.claims));
    assert.match(toll.text, /^a death toll of 20,000/);
    assert.doesNotMatch(toll.text, /clashes|reported/, 'the content, not the sentence');
    assert.deepEqual(toll.figures, [{text: '20,000', kind: 'harm'}]);
    assert.equal(toll.cue, 'reported');
  });

  it('shows "reports" as the vague source of the 250', () => {
    const reports = model.sources.find((s) => s.name === 'reports');
    assert.ok(reports);
    assert.equal(reports.quality, 'vague');
    assert.ok(reports.claims.some((c) => c.figures.some((f) => f.text.includes('250') && f.kind === 'harm')), JSON.stringify(reports.claims));
  });

  it('points every row at the words it shows', () => {
    for (const source of model.sources) {
      if (source.mention) assert.equal(seed.slice(source.mention.start, source.mention.end).replace(/\s+/g, ' '), source.name);
      for (const claim of source.claims) {
        const first = seed.slice(claim.start, claim.end).replace(/\s+/g, ' ').trim();
        assert.ok(claim.full.startsWith(first), `${JSON.stringify(first)} starts ${JSON.stringify(claim.full)}`);
        assert.ok(claim.text.length <= 120);
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
    assert.equal(
      model.figures.unsourced,
      linted.findings.filter((f) => f.ruleId === 'unsourced-figure').length,
      'every unsourced figure is one the rule flags',
    );
  });
});
