// Formatters over hand-built reports: exact stylish text, ESLint JSON fields, SARIF structure, GitHub escaping.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import {describe, it} from 'node:test';
import {rules} from '../../src/core/index.js';
import {escapeData, escapeProperty, github} from '../../src/cli/formatters/github.js';
import {json} from '../../src/cli/formatters/json.js';
import {sarif} from '../../src/cli/formatters/sarif.js';
import {stylish} from '../../src/cli/formatters/stylish.js';
import type {FileReport, Message} from '../../src/cli/report.js';

const cwd = path.resolve('/newsroom');
const msg = (over: Partial<Message>): Message => ({ruleId: 'unsourced-figure', severity: 'warning', message: 'Figure "1,140" has no source', line: 5, column: 124, endLine: 5, endColumn: 129, fingerprint: '0123abcd:1', ...over});

const reports: FileReport[] = [
  {
    filePath: path.join(cwd, 'desk', 'gaza.md'),
    displayPath: 'desk/gaza.md',
    messages: [
      msg({}),
      msg({ruleId: 'hedging', severity: 'info', message: 'Hedge "reportedly"', line: 12, column: 3, endLine: 12, endColumn: 13}),
      msg({ruleId: 'anonymous-source', severity: 'error', message: 'Anonymous source', line: 20, column: 1, endLine: 21, endColumn: 4}),
    ],
  },
  {filePath: path.join(cwd, 'clean.md'), displayPath: 'clean.md', messages: []},
  {filePath: path.join(cwd, 'huge.md'), displayPath: 'huge.md', messages: [], skipped: 'file is 3 MB, above the 2 MB limit (--max-file-size)'},
];

describe('stylish', () => {
  it('prints aligned path:line:col lines per file and a summary', () => {
    assert.equal(
      stylish(reports, {color: false, cwd, root: cwd}),
      [
        'desk/gaza.md:5:124  warning  Figure "1,140" has no source  unsourced-figure',
        'desk/gaza.md:12:3   info     Hedge "reportedly"            hedging',
        'desk/gaza.md:20:1   error    Anonymous source              anonymous-source',
        '',
        'huge.md  skipped  file is 3 MB, above the 2 MB limit (--max-file-size)',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '1 file skipped.',
        '',
      ].join('\n'),
    );
  });
  it('never calls a --quiet run clean when it hid warnings', () => {
    const out = stylish([{filePath: '/a.md', displayPath: 'a.md', messages: []}], {color: false, cwd, root: cwd, hidden: 3});
    assert.equal(out, '✔ No errors in 1 file (3 warning or info findings not shown: --quiet)\n');
  });
  it('marks baselined findings, leaves them out of the count, and names files not checked', () => {
    const out = stylish([
      {filePath: '/a.md', displayPath: 'a.md', messages: [msg({baselined: true})]},
      {filePath: '/b.md', displayPath: 'b.md', messages: [], error: 'binary file, not a text draft'},
    ], {color: false, cwd, root: cwd});
    assert.equal(out, [
      'a.md:5:124  warning  Figure "1,140" has no source  unsourced-figure  (baseline)',
      '',
      'b.md  not checked  binary file, not a text draft',
      '',
      '✔ No attribution problems in 1 file',
      '1 problem in the baseline (not counted).',
      '1 file could not be checked.',
      '',
    ].join('\n'));
  });
  it('says so when all is well, and mentions fixes', () => {
    assert.equal(stylish([{filePath: '/a.md', displayPath: 'a.md', messages: [], fixed: 2}], {color: false, cwd, root: cwd}), 'a.md  fixed  2 problems with safe fixes\n\n✔ No attribution problems in 1 file\nFixed 2 problems with safe fixes.\n');
  });
  it('prints draft text with control characters neutralised', () => {
    const out = stylish([{filePath: '/a.md', displayPath: 'a\u001b]0;x\u0007.md', messages: [msg({message: 'Figure "\u001b[2J1,140\n" has no source'})]}], {color: false, cwd, root: cwd});
    assert.doesNotMatch(out, /[\u0000-\u0009\u000b-\u001f]/);
    assert.match(out, /^a\ufffd\]0;x\ufffd\.md:5:124  warning  Figure "\ufffd\[2J1,140 " has no source  unsourced-figure$/m);
  });
  it('colours severities only when asked', () => {
    const coloured = stylish(reports, {color: true, cwd, root: cwd});
    assert.match(coloured, /\u001b\[31merror {2}\u001b\[39m/);
    assert.match(coloured, /\u001b\[33mwarning\u001b\[39m/);
    assert.match(coloured, /\u001b\[36minfo {3}\u001b\[39m/);
    assert.equal(coloured.replace(/\u001b\[\d+m/g, ''), stylish(reports, {color: false, cwd, root: cwd}));
  });
});

describe('json', () => {
  const results = JSON.parse(json(reports, {color: false, cwd, root: cwd}));
  it('has ESLint result fields with severities 2 (error) and 1 (warning, info)', () => {
    assert.deepEqual(results[0], {
      filePath: path.join(cwd, 'desk', 'gaza.md'),
      messages: [
        {ruleId: 'unsourced-figure', severity: 1, sourcedSeverity: 'warning', message: 'Figure "1,140" has no source', line: 5, column: 124, endLine: 5, endColumn: 129, fingerprint: '0123abcd:1'},
        {ruleId: 'hedging', severity: 1, sourcedSeverity: 'info', message: 'Hedge "reportedly"', line: 12, column: 3, endLine: 12, endColumn: 13, fingerprint: '0123abcd:1'},
        {ruleId: 'anonymous-source', severity: 2, sourcedSeverity: 'error', message: 'Anonymous source', line: 20, column: 1, endLine: 21, endColumn: 4, fingerprint: '0123abcd:1'},
      ],
      errorCount: 1,
      fatalErrorCount: 0,
      warningCount: 1,
      infoCount: 1,
      baselinedCount: 0,
    });
  });
  it('lists clean and skipped files too', () => {
    assert.deepEqual(results[1], {filePath: path.join(cwd, 'clean.md'), messages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 0, infoCount: 0, baselinedCount: 0});
    assert.equal(results[2].skipped, 'file is 3 MB, above the 2 MB limit (--max-file-size)');
  });
  it('gives a file that could not be read one ESLint fatal message, and counts baselined findings apart', () => {
    const [broken, known] = JSON.parse(json([
      {filePath: '/n/photo.md', displayPath: 'photo.md', messages: [], error: 'binary file, not a text draft'},
      {filePath: '/n/a.md', displayPath: 'a.md', messages: [msg({baselined: true}), msg({severity: 'error', baselined: false})]},
    ], {color: false, cwd, root: cwd}));
    assert.deepEqual(broken.messages, [{ruleId: null, fatal: true, severity: 2, sourcedSeverity: 'error', message: 'Not checked: binary file, not a text draft', line: 1, column: 1}]);
    assert.equal(broken.errorCount, 1);
    assert.equal(broken.fatalErrorCount, 1);
    assert.equal(broken.error, 'binary file, not a text draft');
    assert.deepEqual([known.errorCount, known.warningCount, known.baselinedCount], [1, 0, 1]);
    assert.deepEqual(known.messages.map((m: {baselined: boolean}) => m.baselined), [true, false]);
  });
});

describe('sarif', () => {
  const log = JSON.parse(sarif(reports, {color: false, cwd, root: cwd}));
  const run = log.runs[0];
  it('describes the tool and every rule', () => {
    assert.equal(log.version, '2.1.0');
    assert.equal(run.tool.driver.name, 'sourced');
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.tool.driver.rules.length, rules.length);
    for (const [i, rule] of run.tool.driver.rules.entries()) {
      assert.deepEqual(rule.shortDescription, {text: rules[i].description});
      assert.ok(rule.fullDescription.text.length > 20 && !rule.fullDescription.text.includes('\n'), rule.id);
      assert.ok(rule.help.markdown.startsWith(`# \`${rule.id}\``), rule.id);
      assert.match(rule.help.text, /^WHAT IT FLAGS$/m);
      assert.doesNotMatch(rule.help.text, /```|`/);
      assert.ok(['high', 'medium', 'low', 'very-high'].includes(rule.properties.precision), rule.id);
      assert.equal(rule.properties['problem.severity'], {error: 'error', warning: 'warning', info: 'recommendation'}[rules[i].defaultSeverity]);
      assert.ok(rule.properties.tags.includes('journalism'));
      assert.equal(rule.helpUri, undefined, 'no link to a site that does not exist');
    }
  });
  it('gives each result a partial fingerprint, and URIs relative to the repository root, not the working folder', () => {
    const root = path.dirname(cwd);
    const fromSub = JSON.parse(sarif(reports, {color: false, cwd, root}));
    assert.equal(fromSub.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'newsroom/desk/gaza.md');
    assert.equal(fromSub.runs[0].originalUriBaseIds['%SRCROOT%'].uri, new URL(`file://${root.endsWith('/') ? root : `${root}/`}`).href);
    assert.deepEqual(run.results[0].partialFingerprints, {'sourcedFindingHash/v1': '0123abcd:1'});
  });
  it('maps severities to levels and lines/columns to regions relative to %SRCROOT%', () => {
    assert.deepEqual(run.results.map((r: {level: string}) => r.level), ['warning', 'note', 'error']);
    assert.deepEqual(run.results[2].locations[0].physicalLocation, {
      artifactLocation: {uri: 'desk/gaza.md', uriBaseId: '%SRCROOT%'},
      region: {startLine: 20, startColumn: 1, endLine: 21, endColumn: 4},
    });
    assert.match(run.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/newsroom\/$/);
    for (const result of run.results) assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
  });
  it('reports skipped files as tool notifications, not results', () => {
    const [note] = run.invocations[0].toolExecutionNotifications;
    assert.equal(note.message.text, 'Skipped: file is 3 MB, above the 2 MB limit (--max-file-size)');
    assert.equal(note.locations[0].physicalLocation.artifactLocation.uri, 'huge.md');
  });
  it('percent-encodes relative URIs and uses file URIs outside the working folder', () => {
    const odd = JSON.parse(
      sarif(
        [
          {filePath: path.join(cwd, 'my drafts', 'x#1.md'), displayPath: 'my drafts/x#1.md', messages: [msg({})]},
          {filePath: path.resolve('/elsewhere/y.md'), displayPath: path.resolve('/elsewhere/y.md'), messages: [msg({})]},
        ],
        {color: false, cwd, root: cwd},
      ),
    );
    const uris = odd.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation);
    assert.deepEqual(uris[0], {uri: 'my%20drafts/x%231.md', uriBaseId: '%SRCROOT%'});
    assert.match(uris[1].uri, /^file:\/\/.*\/elsewhere\/y\.md$/);
    assert.equal(uris[1].uriBaseId, undefined);
  });
});

describe('github', () => {
  it('writes one command per finding; info becomes a notice', () => {
    assert.equal(
      github(reports, {color: false, cwd, root: cwd}),
      [
        '::warning file=desk/gaza.md,line=5,col=124,endLine=5,endColumn=129,title=unsourced-figure::Figure "1,140" has no source',
        '::notice file=desk/gaza.md,line=12,col=3,endLine=12,endColumn=13,title=hedging::Hedge "reportedly"',
        '::error file=desk/gaza.md,line=20,col=1,endLine=21,endColumn=4,title=anonymous-source::Anonymous source',
        '::warning file=huge.md,title=sourced::Skipped: file is 3 MB, above the 2 MB limit (--max-file-size)',
        '',
      ].join('\n'),
    );
  });
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    assert.equal(escapeData('100% sure,\r\nreally: yes'), '100%25 sure,%0D%0Areally: yes');
    assert.equal(escapeProperty('a,b:c%d\ne'), 'a%2Cb%3Ac%25d%0Ae');
    const out = github([{filePath: '/x', displayPath: 'a,b:c.md', messages: [msg({message: '50% of\nvoters'})]}], {color: false, cwd, root: cwd});
    assert.equal(out, '::warning file=a%2Cb%3Ac.md,line=5,col=124,endLine=5,endColumn=129,title=unsourced-figure::50%25 of%0Avoters\n');
  });
  it('keeps terminal escape codes out of the workflow log', () => {
    assert.equal(escapeData('a\u001b[31mb\tc'), 'a\ufffd[31mb c');
  });
  it('writes nothing for a clean run', () => {
    assert.equal(github([reports[1]], {color: false, cwd, root: cwd}), '');
  });
});
