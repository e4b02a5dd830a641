// Sentence splitting on news copy: abbreviations, initials, decimals, dates and quotes closing after the stop.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {splitSentences} from '../../src/core/sentences.js';

const split = (text: string): string[] => splitSentences(text).map(([a, b]) => text.slice(a, b));

describe('splitSentences', () => {
  it('keeps U.S., Dr., Oct. 7, No. 10, 3.5 and initials inside one sentence', () => {
    assert.deepEqual(split('The U.S. Embassy said 3.5 million people left on Oct. 7. Dr. Smith agreed.'), [
      'The U.S. Embassy said 3.5 million people left on Oct. 7.',
      'Dr. Smith agreed.',
    ]);
    assert.deepEqual(split('He lives at No. 10 Downing St. in London. John F. Kennedy died in 1963.'), [
      'He lives at No. 10 Downing St. in London.',
      'John F. Kennedy died in 1963.',
    ]);
  });
  it('ends a sentence after a quote that closes after the period', () => {
    assert.deepEqual(split('"We will win." She said so. “It is over,” he said. ‘Fine.’ They left.'), [
      '"We will win."',
      'She said so.',
      '“It is over,” he said.',
      '‘Fine.’',
      'They left.',
    ]);
  });
  it('lets an abbreviation end a sentence when a typical opener follows', () => {
    assert.deepEqual(split('She moved to the U.S. The move was hard. It ended at 5 p.m. The end.'), [
      'She moved to the U.S.',
      'The move was hard.',
      'It ended at 5 p.m.',
      'The end.',
    ]);
  });
  it('does not split on a lower-case continuation, and handles ?, ! and an unterminated last sentence', () => {
    assert.deepEqual(split('Was it e.g. a fire? No! It was a flood. and then'), ['Was it e.g. a fire?', 'No!', 'It was a flood. and then']);
  });
});
