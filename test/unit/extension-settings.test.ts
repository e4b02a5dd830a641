// Settings reads fall back to the defaults for missing or mistyped values.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {readSettings, settingDefaults} from '../../src/extension/settings.js';

const from = (values: Record<string, unknown>) => ({get: <T>(key: string) => values[key] as T});

test('missing values are the defaults', () => {
  assert.deepEqual(readSettings(from({})), settingDefaults);
});

test('valid values are read as given', () => {
  assert.deepEqual(readSettings(from({enable: false, run: 'onSave', debounceMs: 0, maxFileSize: 1000, inlineConfig: false})), {
    enable: false,
    run: 'onSave',
    debounceMs: 0,
    maxFileSize: 1000,
    inlineConfig: false,
  });
});

test('mistyped or out-of-range values fall back', () => {
  assert.deepEqual(readSettings(from({enable: 'yes', run: 'always', debounceMs: -5, maxFileSize: Number.NaN, inlineConfig: 'no'})), settingDefaults);
});
