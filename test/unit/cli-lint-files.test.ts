// lintFiles reads ahead of the draft it lints: results stay in the files' order, at most `readAhead` reads are in
// flight, and the run still stops at the first file whose load fails, whatever was read after it.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {defaultConfig} from '../../src/core/index.js';
import {lintFiles, readAhead} from '../../src/cli/lint-files.js';
import type {Draft} from '../../src/cli/files.js';

const files = Array.from({length: 100}, (_, i) => `/drafts/d-${String(i).padStart(3, '0')}.md`);

/** A load that answers each file after a delay that falls as the index rises (later reads finish first). */
function slowLoad(fail: Set<number>) {
  let inFlight = 0;
  let most = 0;
  const load = async (file: string) => {
    const index = files.indexOf(file);
    inFlight++;
    most = Math.max(most, inFlight);
    await new Promise((resolve) => setTimeout(resolve, (files.length - index) % 7));
    inFlight--;
    if (fail.has(index)) throw new Error(`config of ${file} is broken`);
    const draft: Draft = index % 10 === 9 ? {kind: 'skipped', reason: 'too big'} : {kind: 'text', text: `Police said ${index} people were hurt.\n`, bom: false};
    return {config: defaultConfig, draft};
  };
  return {load, most: () => most};
}

describe('lintFiles: reading ahead', () => {
  it('answers in the files\' order with at most readAhead reads in flight', async () => {
    const {load, most} = slowLoad(new Set());
    const results = await lintFiles(files, load, {jobs: 1, fix: false, inlineConfig: true});
    assert.deepEqual(results.map((r) => r.file), files);
    assert.ok(most() > 1 && most() <= readAhead, `${most()} reads in flight`);
    for (const [i, r] of results.entries()) {
      assert.ok('draft' in r);
      if (i % 10 === 9) assert.equal(r.outcome, undefined);
      else assert.ok(r.outcome && 'messages' in r.outcome);
    }
  });

  it('stops at the first failed load, even when a later one failed first', async () => {
    const {load} = slowLoad(new Set([40, 45]));
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const results = await lintFiles(files, load, {jobs: 1, fix: false, inlineConfig: true});
      assert.equal(results.length, 41);
      assert.deepEqual(results.map((r) => r.file), files.slice(0, 41));
      const last = results[40];
      assert.ok('failure' in last && /d-040\.md is broken/.test(String(last.failure)));
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.deepEqual(unhandled, []);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
