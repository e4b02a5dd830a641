// Attribution fixes: where they insert (never inside a number, quote, link or name), what they prefer (only a
// certain source), how sources are ranked (by evidence, never by distance alone), and sentence-initial grammar.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {applyFixes, lint, type Finding} from '../../src/core/index.js';
import {singularCue} from '../../src/core/attribution-fixes.js';

/** The text after the finding's fix with this title. */
function fixed(text: string, finding: Finding | undefined, title: string): string {
  assert.ok(finding, 'finding');
  const fix = finding.fixes.find((f) => f.title === title);
  assert.ok(fix, `${title} in ${finding.fixes.map((f) => f.title).join(', ')}`);
  return applyFixes(text, fix.edits);
}

function finding(text: string, ruleId: string, actual?: string): Finding | undefined {
  return lint(text).findings.find((f) => f.ruleId === ruleId && (actual === undefined || f.actual === actual));
}

describe('hedge fixes', () => {
  it('"reportedly" before a number moves the attribution to the clause end, never inside "6,000"', () => {
    const text = 'Insurers reportedly received more than 6,000 claims in the first week.';
    assert.equal(fixed(text, finding(text, 'hedging'), 'Replace with an attribution…'),
      'Insurers received more than 6,000 claims in the first week, according to ⟨source⟩.');
  });
  it('"£1,250,000" stays whole', () => {
    const text = 'The repair bill reportedly reached £1,250,000 by March.';
    assert.equal(fixed(text, finding(text, 'hedging'), 'Replace with an attribution…'),
      'The repair bill reached £1,250,000 by March, according to ⟨source⟩.');
  });
  it('a sentence-opening "Reportedly," becomes "According to ⟨source⟩," with its capital', () => {
    const text = 'Reportedly, the repair bill will reach £1,250,000.';
    assert.equal(fixed(text, finding(text, 'hedging'), 'Replace with an attribution…'),
      'According to ⟨source⟩, the repair bill will reach £1,250,000.');
    const bare = 'Reportedly the bridge will close.';
    assert.equal(fixed(bare, finding(bare, 'hedging'), 'Replace with an attribution…'), 'According to ⟨source⟩, the bridge will close.');
  });
  it('deleting a hearsay hedge is never preferred; deleting "presumably" is', () => {
    const hearsay = finding('Insurers reportedly received 600 claims.', 'hedging')!;
    assert.equal(hearsay.fixes[0].title, 'Replace with an attribution…');
    assert.ok(hearsay.fixes.every((f) => f.isPreferred !== true));
    const plain = finding('The suspect presumably fled.', 'hedging')!;
    assert.deepEqual(plain.fixes.filter((f) => f.isPreferred).map((f) => f.title), ['Remove "presumably"']);
  });
});

describe('vague-attribution fixes', () => {
  it('a sentence-opening "Based on reports," becomes "According to ⟨source⟩,"', () => {
    const text = 'Based on reports, the river crested at 5.2 metres on Friday.';
    assert.equal(fixed(text, finding(text, 'vague-attribution'), 'Name the source…'), 'According to ⟨source⟩, the river crested at 5.2 metres on Friday.');
    const mid = 'The river crested at 5.2 metres, based on reports from the area.';
    assert.equal(fixed(mid, finding(mid, 'vague-attribution'), 'Name the source…'), 'The river crested at 5.2 metres, according to ⟨source⟩.');
  });
  it('the verb agrees with the one source to be named', () => {
    const text = 'Experts believe the dam will hold.';
    assert.equal(fixed(text, finding(text, 'vague-attribution'), 'Name the source…'), '⟨source⟩ believes the dam will hold.');
    assert.equal(singularCue('say'), 'says');
    assert.equal(singularCue('have said'), 'has said');
    assert.equal(singularCue('said'), 'said');
    assert.equal(singularCue('would say'), 'would say');
  });
  it('is never preferred: a placeholder is not a source', () => {
    const f = finding('Sources say the minister will resign.', 'vague-attribution')!;
    assert.ok(f.fixes.every((x) => x.isPreferred !== true));
  });
});

describe('attribution fixes', () => {
  it('puts the placeholder first and prefers no guessed source ("Hopes were raised" is nobody\'s yet)', () => {
    const text = 'The Met Office said more rain was expected on Tuesday.\n\nHopes were raised on Sunday that the water would recede.';
    const f = finding(text, 'missing-attribution')!;
    assert.equal(f.fixes[0].title, 'Add attribution…');
    assert.ok(f.fixes.every((x) => x.isPreferred !== true));
  });
  it('offers no source without evidence, however near it is', () => {
    const text = 'A man outside the rest centre said he had lost his sofa.\n\nInsurers received 6,000 claims in a week.';
    const titles = finding(text, 'unsourced-figure')!.fixes.map((x) => x.title);
    assert.deepEqual(titles, ['Add attribution…']);
  });
  it('ranks a source that talks about the same thing above a nearer one', () => {
    const text = 'The Association of British Insurers said flooded homes would be repaired within weeks. ' +
      'Marsh said the rest centres were full.\n\nAbout 6,000 flooded homes were insured.';
    const f = finding(text, 'unsourced-figure')!;
    const titles = f.fixes.map((x) => x.title);
    assert.equal(titles[1], 'Attribute to The Association of British Insurers');
    assert.equal(applyFixes(text, f.fixes[1].edits).split('\n\n')[1], 'About 6,000 flooded homes were insured, according to the Association of British Insurers.');
    assert.ok(!titles.includes('Attribute to Marsh'), titles.join(', '));
  });
  it('prefers the only source the sentence names: certain, so first and preferred', () => {
    // (A bare "As Marsh said on Friday," tags the clause after it, so its figure is sourced; "said he would" is not a tag.)
    const text = 'As Marsh said he would on Friday, 400 people were evacuated from the estate.';
    const f = finding(text, 'unsourced-figure', '400');
    assert.ok(f, JSON.stringify(lint(text).findings.map((x) => x.actual)));
    assert.equal(f.fixes[0].title, 'Attribute to Marsh');
    assert.equal(f.fixes[0].isPreferred, true);
    assert.equal(applyFixes(text, f.fixes[0].edits), 'As Marsh said he would on Friday, 400 people were evacuated from the estate, according to Marsh.');
    assert.equal(finding('As Marsh said on Friday, 400 people were evacuated from the estate.', 'unsourced-figure', '400'), undefined);
  });
  it('a table row\'s Source cell sources the row\'s figures, not the paragraph after the table', () => {
    const text = '| Town | Homes flooded | Source |\n| --- | --- | --- |\n| Ashby | 270 | Ashby Town Council |\n\nThe Met Office said more rain was expected.\n';
    const result = lint(text);
    const figure = result.figures.find((f) => f.text === '270')!;
    assert.equal(result.attributions[figure.attribution!].name, 'Ashby Town Council');
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'unsourced-figure'), []);
  });
  it('never inserts inside a link or a quotation', () => {
    const text = 'Insurers received 6,000 claims, [the ABI](https://abi.org.uk/a,b) noted in "a report, published late".';
    for (const f of lint(text).findings) {
      for (const fix of f.fixes) {
        for (const e of fix.edits) {
          assert.ok(!(e.start > text.indexOf('[') && e.start < text.indexOf(')') + 1), `${fix.title} inside the link`);
          assert.ok(!(e.start > text.indexOf('"') && e.start < text.lastIndexOf('"')), `${fix.title} inside the quote`);
        }
      }
    }
  });
  it('the flood story: no attribution fix is preferred, and the placeholder comes first', () => {
    const text = readFileSync(path.join(import.meta.dirname, '../fixtures/stories/flood.md'), 'utf8');
    const attributing = lint(text).findings.filter((f) => f.fixes.some((x) => x.title.startsWith('Attribute to ')));
    assert.ok(attributing.length >= 3, `${attributing.length} findings with "Attribute to" fixes`);
    for (const f of attributing) {
      assert.equal(f.fixes[0].title, 'Add attribution…', f.actual);
      assert.deepEqual(f.fixes.filter((x) => x.isPreferred).map((x) => x.title), [], f.actual);
    }
  });
});

describe('attribution fixes in the draft\'s language', () => {
  it('write "selon" in French and ", so" / "Laut" in German, with the article lower-cased mid-sentence', () => {
    const fr = '---\nlang: fr\n---\n\nLe ministère a publié un rapport mardi. Environ 250 personnes ont été enlevées.\n';
    assert.ok(fixed(fr, finding(fr, 'unsourced-figure'), 'Add attribution…').includes('enlevées, selon ⟨source⟩.'));
    assert.ok(fixed(fr, finding(fr, 'unsourced-figure'), 'Attribute to Le ministère').includes('enlevées, selon le ministère.'));
    const de = '---\nlang: de\n---\n\nBeobachtern zufolge war die Wahl nicht frei.\n';
    assert.ok(fixed(de, finding(de, 'vague-attribution'), 'Name the source…').includes('Laut ⟨source⟩ war die Wahl nicht frei.'));
    const de2 = '---\nlang: de\n---\n\nDie Polizei hat am Dienstag informiert. Rund 250 Menschen wurden verletzt.\n';
    assert.ok(fixed(de2, finding(de2, 'unsourced-figure'), 'Add attribution…').includes('verletzt, so ⟨source⟩.'));
    // English is unchanged.
    const en = 'Around 250 people were abducted, based on reports.';
    assert.equal(fixed(en, finding(en, 'vague-attribution'), 'Name the source…'), 'Around 250 people were abducted, according to ⟨source⟩.');
  });
});

describe('lint without suggestions (what `sourced check` asks for)', () => {
  it('reports the same findings with only their safe fixes, on drafts in each language', () => {
    const drafts = [
      'Insurers reportedly received more than 6,000 claims in the first week. Hopes were raised that the bridge would reopen.',
      'The council said the repairs would cost £2m. Officials say 400 homes flooded, and it is widely believed the dam failed.',
      '---\nlang: de\n---\nDer Schaden soll 2 Millionen Euro betragen haben. Laut Polizei wurden 400 Häuser überflutet.',
      '---\nlang: fr\n---\nLes dégâts auraient atteint 2 millions d\'euros. Selon la police, 400 maisons ont été inondées.',
    ];
    for (const text of drafts) {
      const full = lint(text);
      const lean = lint(text, {suggestions: false});
      assert.ok(full.findings.some((f) => f.fixes.some((x) => x.kind === 'suggestion')), 'the draft has suggestions to drop');
      assert.deepEqual(lean.findings, full.findings.map((f) => ({...f, fixes: f.fixes.filter((x) => x.kind === 'safe')})));
      assert.deepEqual({...lean, findings: []}, {...full, findings: []});
    }
  });
});
