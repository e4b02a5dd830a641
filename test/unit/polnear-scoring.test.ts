// The PolNeAR scorer and brat reader on sentences written for this test (no corpus text: the corpus has no licence).
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {codePointOffsets, goldAttributions, parseAnn} from '../../bench/polnear.js';
import {
  addArticle,
  attributionMetrics,
  coveringRange,
  distinctSpans,
  emptyTotals,
  exactMetrics,
  matchSpans,
  overlapMetrics,
  overlapRatio,
  prf,
  scoreArticle,
  trimRange,
  wordTokens,
  type AttributionSpans,
  type Range,
  type ScoredSpan,
} from '../../bench/polnear-scoring.js';

// The range of the `nth` (0-based) occurrence of `words` in `text`.
function at(text: string, words: string, nth = 0): Range {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(words, start + 1);
  assert.ok(start >= 0, `${words} not in text`);
  return {start, end: start + words.length};
}

const slice = (text: string, r: Range): string => text.slice(r.start, r.end);

function totalsOf(text: string, gold: AttributionSpans[], pred: AttributionSpans[]) {
  const totals = emptyTotals();
  addArticle(totals, scoreArticle(text, gold, pred));
  return totals;
}

describe('trimRange', () => {
  const text = 'The harbour master said: “The pier will reopen in May.” Nobody asked why.';
  it('drops whitespace, punctuation and curly or straight quote marks from both ends', () => {
    const quoted = {start: text.indexOf(':'), end: text.indexOf('Nobody')};
    assert.equal(slice(text, trimRange(text, quoted)), 'The pier will reopen in May');
    const plain = 'She wrote "soon," then left.';
    assert.equal(slice(plain, trimRange(plain, {start: plain.indexOf('"'), end: plain.indexOf(' then')})), 'soon');
  });
  it('keeps inner punctuation and leaves an all-punctuation span empty at its end', () => {
    const inner = at(text, 'master said');
    assert.deepEqual(trimRange(text, inner), inner);
    const colon = at(text, ':');
    assert.deepEqual(trimRange(text, colon), {start: colon.end, end: colon.end});
  });
});

describe('exact match', () => {
  const text = 'Ms. Okafor said the bridge, which opened in 1990, “is unsafe.” The council denied it.';
  const cue = at(text, 'said');
  const source = at(text, 'Ms. Okafor');

  it('counts a gold span and a prediction equal after trimming quotes and punctuation', () => {
    const gold: AttributionSpans[] = [{source: [source], cue: [cue], content: [{start: at(text, 'the bridge').start, end: at(text, '”').start}]}];
    // "said " and " the bridge … “is unsafe.”": a space and the closing quote and period more than gold.
    const content = {start: at(text, 'the bridge').start - 1, end: at(text, '”').end};
    const pred: AttributionSpans[] = [{source: [source], cue: [{start: cue.start, end: cue.end + 1}], content: [content]}];
    const totals = totalsOf(text, gold, pred);
    assert.equal(totals.types.cue.exact, 1);
    assert.equal(totals.types.content.exact, 1);
    assert.equal(totals.types.source.exact, 1);
  });

  it('compares a discontinuous span as its covering range, for gold pieces, predicted ranges and Content plus Content2', () => {
    const piece1 = at(text, 'the bridge');
    const piece2 = at(text, '“is unsafe');
    const gold: AttributionSpans[] = [{source: [source], cue: [cue], content: [piece1, piece2]}];
    const predTwoRanges: AttributionSpans[] = [{source: [source], cue: [cue], content: [piece1, piece2]}];
    const predOneRange: AttributionSpans[] = [{source: [source], cue: [cue], content: [{start: piece1.start, end: piece2.end}]}];
    assert.equal(totalsOf(text, gold, predTwoRanges).types.content.exact, 1);
    assert.equal(totalsOf(text, gold, predOneRange).types.content.exact, 1);
    assert.deepEqual(coveringRange([piece2, piece1]), {start: piece1.start, end: piece2.end});
    const predFirstPieceOnly: AttributionSpans[] = [{source: [source], cue: [cue], content: [piece1]}];
    assert.equal(totalsOf(text, gold, predFirstPieceOnly).types.content.exact, 0);
  });

  it('counts identical spans of one type once per article, gold and predicted', () => {
    const two = 'Mr. Haddad said the ferry is late and added that it is full.';
    const haddad = at(two, 'Mr. Haddad');
    const gold: AttributionSpans[] = [
      {source: [haddad], cue: [at(two, 'said')], content: [at(two, 'the ferry is late')]},
      {source: [haddad], cue: [at(two, 'added')], content: [at(two, 'that it is full')]},
    ];
    const totals = totalsOf(two, gold, gold);
    assert.equal(totals.types.source.gold, 1);
    assert.equal(totals.types.source.pred, 1);
    assert.equal(totals.types.source.exact, 1);
    assert.equal(totals.types.cue.gold, 2);
    assert.equal(totals.attributions.matched, 2);
    // Spans that differ only by a trailing quote mark or space are the same span.
    const withSpace = {start: haddad.start, end: haddad.end + 1};
    const spans = distinctSpans(two, [{source: [haddad], cue: [], content: []}, {source: [withSpace], cue: [], content: []}], 'source');
    assert.equal(spans.length, 1);
    assert.deepEqual(spans[0].from, [0, 1]);
  });

  it('matches each gold span once and matches across attributions of the article', () => {
    const tokens = wordTokens(text);
    const span = (r: Range): ScoredSpan => ({range: r, trimmed: r, from: [0]});
    const m = matchSpans(tokens, [span(source)], [span(source), span(source)]);
    assert.equal(m.exact.length, 1);
    assert.equal(m.overlap.length, 0);
    // The predicted source belongs to another attribution than the gold one; it still counts.
    const denied = at(text, 'denied');
    const gold: AttributionSpans[] = [{source: [source], cue: [cue], content: []}];
    const pred: AttributionSpans[] = [
      {source: [], cue: [cue], content: []},
      {source: [source], cue: [denied], content: []},
    ];
    const totals = totalsOf(text, gold, pred);
    assert.equal(totals.types.source.exact, 1);
    assert.deepEqual(exactMetrics(totals.types.cue), {precision: 0.5, recall: 1, f1: 2 / 3});
  });
});

describe('overlap', () => {
  const text = 'The new mayor of Springfield told reporters the budget is balanced.';
  const tokens = wordTokens(text);

  it('scores shared tokens over tokens in either span', () => {
    assert.equal(overlapRatio(tokens, at(text, 'The new mayor of Springfield'), at(text, 'mayor of Springfield')), 3 / 5);
    assert.equal(overlapRatio(tokens, at(text, 'new mayor'), at(text, 'mayor of Springfield')), 1 / 4);
    assert.equal(overlapRatio(tokens, at(text, 'The new'), at(text, 'mayor')), 0);
  });

  it('credits remaining overlapping pairs, one to one, best ratio first, on top of exact matches', () => {
    const gold: AttributionSpans[] = [
      {source: [at(text, 'The new mayor of Springfield')], cue: [at(text, 'told')], content: [at(text, 'the budget is balanced')]},
    ];
    const pred: AttributionSpans[] = [
      {source: [at(text, 'mayor of Springfield')], cue: [at(text, 'told')], content: [at(text, 'budget is balanced')]},
      {source: [at(text, 'Springfield')], cue: [at(text, 'reporters')], content: []},
    ];
    const score = scoreArticle(text, gold, pred);
    assert.deepEqual(score.types.source.overlap, [{gold: 0, pred: 0, ratio: 3 / 5}]);
    const totals = emptyTotals();
    addArticle(totals, score);
    assert.deepEqual(overlapMetrics(totals.types.source), prf(0.6, 1, 2));
    assert.deepEqual(overlapMetrics(totals.types.content), prf(0.75, 1, 1));
    assert.deepEqual(overlapMetrics(totals.types.cue), prf(1, 1, 2));
  });
});

describe('attribution level', () => {
  const text = 'The agency said in a statement that rents rose. Tenants, it added, were not told.';

  it('matches attributions whose cues overlap, each gold and each prediction once', () => {
    const gold: AttributionSpans[] = [
      {source: [at(text, 'The agency')], cue: [at(text, 'said in a statement')], content: [at(text, 'that rents rose')]},
      {source: [at(text, 'it')], cue: [at(text, 'added')], content: [at(text, 'Tenants'), at(text, 'were not told')]},
    ];
    const pred: AttributionSpans[] = [
      {source: [], cue: [at(text, 'said')], content: []},
      {source: [], cue: [at(text, 'in a statement')], content: []},
      {source: [], cue: [at(text, 'told')], content: []},
    ];
    const score = scoreArticle(text, gold, pred);
    assert.deepEqual(score.attributions.pairs, [{gold: 0, pred: 1}]);
    const totals = emptyTotals();
    addArticle(totals, score);
    assert.deepEqual(attributionMetrics(totals.attributions), prf(1, 2, 3));
  });

  it('has no precision without predictions', () => {
    assert.deepEqual(prf(0, 4, 0), {precision: undefined, recall: 0, f1: undefined});
  });
});

describe('brat .ann reading', () => {
  // An invented article and its annotation, in the corpus's format.
  const text = 'Ana said the dam,\nwe hear, will hold.\nIt is assumed rain stops. Bo said "yes" and "no."';
  const t = (id: string, type: string, ranges: Range[]): string =>
    `${id}\t${type} ${ranges.map((r) => `${r.start} ${r.end}`).join(';')}\t${ranges.map((r) => slice(text, r)).join(' ')}`;
  const damPieces = [at(text, 'the dam'), at(text, 'will hold')];
  const ann = [
    t('T1', 'Source', [at(text, 'Ana')]),
    t('T2', 'Cue', [at(text, 'said')]),
    // The span text holds a newline, so the next line continues it and starts with a word, not an id.
    `T3\tContent ${at(text, 'the dam').start} ${at(text, 'we hear').end}\tthe dam,`,
    'The rest of T3 after its newline',
    t('T4', 'Attribution', [at(text, 'said')]),
    'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
    t('T5', 'Cue', [at(text, 'is assumed')]),
    t('T6', 'Content', [at(text, 'rain stops')]),
    t('T7', 'Attribution-no-source', [at(text, 'is assumed')]),
    'E2\tAttribution-no-source:T7 Cue:T5 Content:T6',
    t('T8', 'Source', [at(text, 'Bo')]),
    t('T9', 'Cue', [at(text, 'said', 1)]),
    t('T10', 'Content', [at(text, 'yes')]),
    t('T11', 'Content', [at(text, 'no')]),
    t('T12', 'Attribution', [at(text, 'said', 1)]),
    'E3\tAttribution:T12 Source:T8 Cue:T9 Content:T10 Content2:T11',
    t('T13', 'Content', damPieces),
    t('T14', 'Discuss', [at(text, 'we hear')]),
    'E4\tAttribution:T4 ',
    '#1\tAnnotatorNotes T14\tcheck this',
    'E5\tAttribution:T4 Cue:T2 Content:T13',
  ].join('\n');

  it('reads T and E lines, skips continued lines and E lines without roles, and keeps Content2', () => {
    const doc = parseAnn(ann);
    assert.equal(doc.continuedLines, 1);
    assert.equal(doc.emptyEvents, 1);
    assert.deepEqual(
      doc.attributions.map((a) => [a.id, a.trigger, a.source, a.cue, a.content]),
      [
        ['E1', 'Attribution', 'T1', 'T2', ['T3']],
        ['E2', 'Attribution-no-source', undefined, 'T5', ['T6']],
        ['E3', 'Attribution', 'T8', 'T9', ['T10', 'T11']],
        ['E5', 'Attribution', undefined, 'T2', ['T13']],
      ],
    );
    assert.deepEqual(doc.spans.get('T13')!.pieces, damPieces);
    assert.equal(doc.spans.get('T13')!.text, 'the dam will hold');
  });

  it('turns them into gold attributions: no source, discontinuous pieces, Content plus Content2', () => {
    const {gold, notes} = goldAttributions(text, parseAnn(ann));
    assert.equal(gold.length, 4);
    assert.deepEqual(gold[1].source, []);
    assert.deepEqual(gold[2].content, [at(text, 'yes'), at(text, 'no')]);
    assert.deepEqual(gold[3].content, damPieces);
    assert.deepEqual(notes.textMismatches, []);
    assert.equal(notes.orphanSpans, 0);
    const spans = distinctSpans(text, gold, 'content');
    assert.ok(spans.some((s) => slice(text, s.trimmed) === 'yes" and "no'));
    assert.ok(spans.some((s) => slice(text, s.trimmed) === 'the dam,\nwe hear, will hold'));
  });

  it('converts code-point offsets to UTF-16 when the text has characters outside the BMP', () => {
    const astral = '🙂 Kim said so.';
    const kim = at(astral, 'Kim');
    // Brat counts the emoji as one character: Kim starts at code point 2.
    const ann = ['T1\tSource 2 5\tKim', 'T2\tCue 6 10\tsaid', 'T3\tAttribution 6 10\tsaid', 'E1\tAttribution:T3 Source:T1 Cue:T2'];
    const {gold} = goldAttributions(astral, parseAnn(ann.join('\n')));
    assert.deepEqual(gold[0].source, [kim]);
    assert.equal(codePointOffsets('plain')(3), 3);
  });
});
