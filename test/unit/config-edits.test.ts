// The editor's project fixes as text edits of .sourced.json: trusting a source, turning a rule off, which names to offer.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {resolveConfig, ruleIds} from '../../src/core/index.js';
import {newConfigText, trustSourceIn, trustableNames, turnOffRuleIn} from '../../src/extension/config-edits.js';

describe('.sourced.json edits', () => {
  it('creates trustedSources in an empty or new file, and the result is a valid config', () => {
    const text = trustSourceIn('', 'Met Office');
    assert.deepEqual(resolveConfig(JSON.parse(text), ruleIds).trustedSources, ['Met Office']);
  });
  it('appends to an existing list, keeps the layout of the rest and never adds a name twice', () => {
    const before = '{\n  "rules": {"hedging": "info"},\n  "trustedSources": ["ONS"]\n}\n';
    const after = trustSourceIn(before, 'Met Office');
    assert.ok(after.startsWith('{\n  "rules": {"hedging": "info"},\n'), after);
    assert.deepEqual(JSON.parse(after).trustedSources, ['ONS', 'Met Office']);
    assert.equal(trustSourceIn(after, 'met office'), after);
  });
  it('turns a rule off, keeping the other rules', () => {
    const after = turnOffRuleIn('{\n  "rules": {"hedging": "info"}\n}\n', 'anonymous-source');
    assert.deepEqual(JSON.parse(after).rules, {'hedging': 'info', 'anonymous-source': 'off'});
    assert.deepEqual(JSON.parse(turnOffRuleIn('', 'hedging')), {rules: {hedging: 'off'}});
  });
  it('writes a new config the core accepts', () => {
    assert.deepEqual(resolveConfig(JSON.parse(newConfigText), ruleIds).trustedSources, []);
  });
  it('offers capitalised names, not the sentence\'s first word or a weekday', () => {
    assert.deepEqual(trustableNames('The Met Office recorded 140 mm of rain at Kelton Rowing Club on Friday.'), ['Kelton Rowing Club', 'Met Office']);
    assert.deepEqual(trustableNames('Insurers received 6,000 claims.'), []);
  });
});
