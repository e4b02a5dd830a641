// The eval's bootstrap interval over articles (bench/scoring.ts): reproducible, around the point estimate, and
// degenerate when every article scores the same.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {bootstrapInterval, metrics, type Tally} from '../../bench/scoring.js';

const doc = (labels: number, hits: number, correct: number, falseAlarms: number): Tally => ({labels, hits, correct, falseAlarms});

describe('bootstrapInterval', () => {
  it('is a single point when every article scores the same', () => {
    const {precision, recall} = bootstrapInterval([doc(2, 1, 1, 1), doc(2, 1, 1, 1), doc(2, 1, 1, 1)]);
    assert.deepEqual(precision, [0.5, 0.5]);
    assert.deepEqual(recall, [0.5, 0.5]);
  });

  it('brackets the whole-set estimate and widens when the articles disagree', () => {
    const mixed = [doc(3, 3, 3, 0), doc(3, 0, 0, 3), doc(2, 2, 2, 1), doc(4, 1, 1, 2), doc(1, 1, 1, 0), doc(2, 0, 0, 2)];
    const whole = metrics(mixed.reduce((s, t) => doc(s.labels + t.labels, s.hits + t.hits, s.correct + t.correct, s.falseAlarms + t.falseAlarms)));
    const {precision, recall} = bootstrapInterval(mixed);
    assert.ok(precision && recall);
    assert.ok(precision[0] < whole.precision! && whole.precision! < precision[1], `${precision} around ${whole.precision}`);
    assert.ok(recall[0] < whole.recall! && whole.recall! < recall[1], `${recall} around ${whole.recall}`);
    const doubled = bootstrapInterval([...mixed, ...mixed, ...mixed, ...mixed]);
    assert.ok(doubled.precision![1] - doubled.precision![0] < precision[1] - precision[0], 'four times the articles, a narrower interval');
  });

  it('gives the same interval for the same seed and may differ for another', () => {
    const mixed = [doc(3, 3, 3, 0), doc(3, 0, 0, 3), doc(2, 2, 2, 1), doc(4, 1, 1, 2)];
    assert.deepEqual(bootstrapInterval(mixed, {seed: 7}), bootstrapInterval(mixed, {seed: 7}));
  });

  it('leaves precision undefined when nothing was reported, recall when nothing was labelled', () => {
    assert.deepEqual(bootstrapInterval([doc(2, 0, 0, 0)]), {precision: undefined, recall: [0, 0]});
    assert.deepEqual(bootstrapInterval([doc(0, 0, 0, 2)]), {precision: [0, 0], recall: undefined});
  });

  it('refuses an empty set and a level outside 0–1', () => {
    assert.throws(() => bootstrapInterval([]), RangeError);
    assert.throws(() => bootstrapInterval([doc(1, 1, 1, 0)], {level: 1}), RangeError);
  });
});
