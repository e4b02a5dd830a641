// Guards of the Sources panel protocol: everything malformed or unknown is rejected, valid messages pass.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
  isExtensionToWebview,
  isRevealable,
  isSourcesModel,
  isWebviewToExtension,
  protocolVersion,
  type SourcesModel,
} from '../../src/webview/protocol.js';

const model: SourcesModel = {
  fileName: 'drafts/gaza.md',
  sources: [
    {
      name: 'the Hamas government in Gaza',
      quality: 'named',
      cues: ['reported'],
      mention: {start: 220, end: 248, line: 1},
      claims: [
        {
          start: 200,
          end: 300,
          line: 1,
          text: 'a death toll of 20,000',
          full: 'a death toll of 20,000',
          cue: 'reported',
          kind: 'report',
          figures: [{text: '20,000', kind: 'harm'}],
        },
      ],
    },
    {name: 'sources', quality: 'vague', cues: [], claims: []},
  ],
  groups: [
    {
      ruleId: 'unsourced-figure',
      label: 'Unsourced figures',
      findings: [{start: 10, end: 15, line: 2, text: '1,140', message: 'No source', severity: 'warning'}],
    },
  ],
  figures: {total: 4, sourced: 1, unsourced: 2, exempt: 1},
};

describe('isWebviewToExtension', () => {
  it('accepts the three message kinds', () => {
    assert.equal(isWebviewToExtension({type: 'ready'}), true);
    assert.equal(isWebviewToExtension({type: 'copySources'}), true);
    assert.equal(isWebviewToExtension({type: 'reveal', start: 0, end: 0}), true);
    assert.equal(isWebviewToExtension({type: 'reveal', start: 3, end: 17}), true);
  });

  const rejected: Array<[string, unknown]> = [
    ['null', null],
    ['undefined', undefined],
    ['a string', 'ready'],
    ['a number', 1],
    ['an array', [{type: 'ready'}]],
    ['no type', {}],
    ['an unknown type', {type: 'openLink', id: 1}],
    ['a type of the wrong case', {type: 'Ready'}],
    ['a type that is not a string', {type: 1}],
    ['an extension-to-webview message', {type: 'sources/update', protocol: 1, docUri: null, version: null, model: null}],
    ['ready with extra fields', {type: 'ready', html: '<script>'}],
    ['copySources with extra fields', {type: 'copySources', to: 'file:///etc/passwd'}],
    ['reveal without offsets', {type: 'reveal'}],
    ['reveal without end', {type: 'reveal', start: 1}],
    ['reveal with string offsets', {type: 'reveal', start: '1', end: '2'}],
    ['reveal with a negative start', {type: 'reveal', start: -1, end: 2}],
    ['reveal with a fractional offset', {type: 'reveal', start: 1.5, end: 2}],
    ['reveal with NaN', {type: 'reveal', start: Number.NaN, end: 2}],
    ['reveal with Infinity', {type: 'reveal', start: 0, end: Number.POSITIVE_INFINITY}],
    ['reveal with an unsafe integer', {type: 'reveal', start: 0, end: 2 ** 53}],
    ['reveal with start after end', {type: 'reveal', start: 9, end: 2}],
    ['reveal with extra fields', {type: 'reveal', start: 0, end: 2, uri: 'file:///etc/passwd'}],
  ];
  for (const [name, value] of rejected) {
    it(`rejects ${name}`, () => {
      assert.equal(isWebviewToExtension(value), false);
    });
  }
});

describe('isRevealable', () => {
  const doc = {version: 7, length: 100};
  it('accepts a range inside the shown version', () => {
    assert.equal(isRevealable({start: 0, end: 100}, doc, 7), true);
    assert.equal(isRevealable({start: 100, end: 100}, doc, 7), true);
  });
  it('rejects a range past the end of the document', () => {
    assert.equal(isRevealable({start: 90, end: 101}, doc, 7), false);
  });
  it('rejects a range when the document changed since the panel was updated', () => {
    assert.equal(isRevealable({start: 0, end: 10}, doc, 6), false);
  });
  it('rejects a range when nothing was shown', () => {
    assert.equal(isRevealable({start: 0, end: 10}, doc, undefined), false);
  });
  it('rejects a reversed range', () => {
    assert.equal(isRevealable({start: 10, end: 5}, doc, 7), false);
  });
});

describe('isExtensionToWebview', () => {
  const update = {type: 'sources/update', protocol: protocolVersion, docUri: 'file:///a.md', version: 3, model};

  it('accepts an update with a model, an empty update and a copy acknowledgement', () => {
    assert.equal(isExtensionToWebview(update), true);
    assert.equal(
      isExtensionToWebview({type: 'sources/update', protocol: protocolVersion, docUri: null, version: null, model: null}),
      true,
    );
    assert.equal(isExtensionToWebview({type: 'copied', count: 2}), true);
  });

  it('rejects another protocol version', () => {
    assert.equal(isExtensionToWebview({...update, protocol: protocolVersion + 1}), false);
  });

  it('rejects unknown and webview-to-extension types', () => {
    assert.equal(isExtensionToWebview({type: 'ready'}), false);
    assert.equal(isExtensionToWebview({type: 'sources/replace', protocol: 1}), false);
    assert.equal(isExtensionToWebview(null), false);
  });

  it('rejects malformed fields', () => {
    assert.equal(isExtensionToWebview({...update, docUri: 1}), false);
    assert.equal(isExtensionToWebview({...update, version: '3'}), false);
    assert.equal(isExtensionToWebview({...update, model: undefined}), false);
    assert.equal(isExtensionToWebview({type: 'copied', count: -1}), false);
  });
});

describe('isSourcesModel', () => {
  it('accepts a well-formed model', () => {
    assert.equal(isSourcesModel(model), true);
    assert.equal(isSourcesModel(structuredClone(model)), true);
  });

  /** Copy the model and break one part of it. */
  function broken(edit: (m: Record<string, any>) => void): unknown {
    const copy = structuredClone(model) as unknown as Record<string, any>;
    edit(copy);
    return copy;
  }

  const cases: Array<[string, (m: Record<string, any>) => void]> = [
    ['fileName missing', (m) => delete m.fileName],
    ['sources not an array', (m) => (m.sources = {})],
    ['a source name that is not a string', (m) => (m.sources[0].name = {toString: () => '<b>'})],
    ['an unknown quality', (m) => (m.sources[0].quality = 'trusted')],
    ['cues that are not strings', (m) => (m.sources[0].cues = [1])],
    ['a malformed mention', (m) => (m.sources[0].mention = {start: 0})],
    ['a claim without text', (m) => delete m.sources[0].claims[0].text],
    ['a claim with a negative line', (m) => (m.sources[0].claims[0].line = -1)],
    ['a claim without its full text', (m) => delete m.sources[0].claims[0].full],
    ['a claim whose cue is not a string', (m) => (m.sources[0].claims[0].cue = ['said'])],
    ['a claim of an unknown kind', (m) => (m.sources[0].claims[0].kind = 'rumour')],
    ['a claim whose figures are not an array', (m) => (m.sources[0].claims[0].figures = {})],
    ['a figure of an unknown kind', (m) => (m.sources[0].claims[0].figures[0].kind = '<b>')],
    ['a figure without text', (m) => delete m.sources[0].claims[0].figures[0].text],
    ['a group without label', (m) => delete m.groups[0].label],
    ['a finding with an unknown severity', (m) => (m.groups[0].findings[0].severity = 'fatal')],
    ['a finding with a string offset', (m) => (m.groups[0].findings[0].start = '10')],
    ['figures missing', (m) => delete m.figures],
    ['a fractional figure count', (m) => (m.figures.total = 2.5)],
    ['figure counts without exempt', (m) => delete m.figures.exempt],
    ['figure counts that do not add up', (m) => (m.figures.total = 3)],
  ];
  for (const [name, edit] of cases) {
    it(`rejects ${name}`, () => {
      assert.equal(isSourcesModel(broken(edit)), false);
    });
  }
});
