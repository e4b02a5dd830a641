// anonymous-source's findings and messages (EDITORIAL-STANDARD.md §6): one finding per unnamed source, its words the
// source with what describes it; "say why" when no reason for anonymity is given, "check the reason" when one is, in
// each language.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {lint} from '../../src/core/index.js';

/** messageId and words of each anonymous-source finding of a one-paragraph draft in `lang`. */
function anonymous(lang: string, body: string): string[] {
  return lint(`---\nlang: ${lang}\n---\n\n${body}\n`).findings.filter((f) => f.ruleId === 'anonymous-source').map((f) => `${f.messageId} "${f.actual}"`);
}

describe('anonymous-source', () => {
  it('reads a French source and the phrase that describes it as one source', () => {
    assert.deepEqual(anonymous('fr', "Au moins 30 personnes ont été tuées, selon une source policière qui a requis l'anonymat."),
      ['unnamed "une source policière qui a requis l\'anonymat"']);
    assert.deepEqual(anonymous('fr', "Selon une source policière s'exprimant sous couvert d'anonymat, au moins 30 personnes ont été tuées."),
      ['unnamed "une source policière s\'exprimant sous couvert d\'anonymat"']);
    // (Two sources in one sentence, set apart by punctuation, stay two.)
    assert.equal(anonymous('fr', "Selon une source policière, contredite par une source judiciaire, 30 personnes ont été tuées.").length, 2);
  });

  it('asks to check the reason when the copy gives one, in each language', () => {
    assert.deepEqual(anonymous('fr', "Au moins 30 personnes ont été tuées, selon un responsable de la police qui n'était pas autorisé à s'exprimer publiquement."),
      ['reasonGiven "un responsable de la police"']);
    assert.deepEqual(anonymous('fr', 'Au moins 30 personnes ont été tuées, selon un responsable de la police.'), ['unnamed "un responsable de la police"']);
    assert.deepEqual(anonymous('en', 'At least 30 people were killed, according to a police official who was not authorized to speak publicly.').map((s) => s.split(' ')[0]),
      ['reasonGiven']);
    assert.deepEqual(anonymous('en', 'At least 30 people were killed, according to a police source who requested anonymity.').map((s) => s.split(' ')[0]), ['unnamed']);
  });

  it('reads an inverted German tag whose speaker a relative clause describes, commas and all (session 35)', () => {
    assert.deepEqual(anonymous('de', 'Der Verdächtige sei festgenommen worden, sagte ein Polizeibeamter, der nicht befugt war, öffentlich zu sprechen.'),
      ['reasonGiven "ein Polizeibeamter"']);
    assert.deepEqual(anonymous('de', 'Der Verdächtige sei festgenommen worden, sagte ein Polizeibeamter.'), ['unnamed "ein Polizeibeamter"']);
  });
});
