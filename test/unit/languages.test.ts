// The language of a draft: front matter, then .sourced.json, then detection; unsupported languages get one finding.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {ConfigError, lint, resolveConfig, ruleIds} from '../../src/core/index.js';
import {detectLanguage, draftLanguage, frontMatterLanguage} from '../../src/core/languages/detect.js';

const spanish =
  'El gobierno de España anunció el martes que más de 200 personas murieron en las inundaciones. Según el ministerio, ' +
  'los daños son muy graves y la reconstrucción costará millones de euros para las regiones afectadas por la tormenta.';
const french =
  'Le gouvernement a annoncé mardi que plus de 200 personnes sont mortes dans les inondations. Selon le ministère, les ' +
  'dégâts sont très graves et la reconstruction coûtera des millions d\'euros aux régions qui ont été touchées par la tempête.';
const german =
  'Die Regierung hat am Dienstag mitgeteilt, dass mehr als 200 Menschen bei den Überschwemmungen ums Leben gekommen sind. ' +
  'Laut dem Ministerium sind die Schäden sehr groß und der Wiederaufbau wird für die betroffenen Regionen Millionen kosten.';
const english =
  'The government said on Tuesday that more than 200 people had died in the floods. According to the ministry, the ' +
  'damage is severe and the rebuilding of the regions that were hit by the storm will cost millions of euros.';

describe('language detection', () => {
  it('tells English, French, German and Spanish prose apart by their function words', () => {
    assert.equal(detectLanguage(english), 'en');
    assert.equal(detectLanguage(french), 'fr');
    assert.equal(detectLanguage(german), 'de');
    assert.equal(detectLanguage(spanish), 'es');
  });
  it('reads the narration, not what it quotes: a long quotation in English leaves a German or French draft as it is', () => {
    const statement = '„The decision today to adopt the directive is a slap in the face for the industry and for the Parliament. ' +
      'The Council has apparently fallen on its knees before the likes of the largest firms, and it has betrayed the interests of ' +
      'the developers that were there to be heard. This is a serious conflict with the will of the Parliament.“';
    assert.equal(detectLanguage(`${german} Eine Abgeordnete sagte: ${statement} ${german}`), 'de');
    assert.equal(detectLanguage(`${french} La députée a déclaré : ${statement.replace('„', '« ').replace('“', ' »')}`), 'fr');
    // (Not the other way: an English story quoting German at length stays English.)
    assert.equal(detectLanguage(`${english} She said: „${german}“ ${english}`), 'en');
    // Where the narration is too short to tell, the quotation decides.
    assert.equal(detectLanguage(`Sie sagte: ${statement}`), 'en');
  });
  it('reads a language whose function words are few but alone (4–8% of the words, no other language a third as many)', () => {
    // French prose heavy in names, numbers and nouns: 4 listed French words of 60 (6.7%), none of another language.
    const sparse = 'La société Areva devrait recevoir l\'aide de l\'État après un avis favorable de la Commission européenne le 10 janvier ' +
      'La France premier actionnaire détient 85 % et prévoit une augmentation de capital de 4,5 milliards d\'euros ' +
      'Le géant nucléaire subit le ralentissement mondial de la filière après le scandale Uramin ' +
      'Le groupe cède plusieurs filiales et se concentre sur l\'uranium';
    assert.equal(detectLanguage(sparse), 'fr');
    // (Not when another language has a third as many: the same share split between two languages stays undecided.)
    assert.equal(detectLanguage(`${sparse} the the`), undefined);
  });
  it('does not guess on short texts or texts without function words', () => {
    assert.equal(detectLanguage('Le gouvernement a annoncé.'), undefined);
    assert.equal(detectLanguage(Array.from({length: 40}, (_, i) => `Xyzzy${i}`).join(' ')), undefined);
  });
  it('reads lang: and language: from YAML front matter, region subtags included', () => {
    assert.equal(frontMatterLanguage('---\ntitle: x\nlang: fr-CH\n---\n\nText.'), 'fr-CH');
    assert.equal(frontMatterLanguage('---\nlanguage: "de"\n---\n'), 'de');
    assert.equal(frontMatterLanguage('lang: fr\n\nText.'), undefined);
    assert.equal(frontMatterLanguage('---\nlang: fr\n'), undefined);
  });
  it('prefers front matter, then the configured language, then detection, then English', () => {
    assert.deepEqual(draftLanguage('---\nlang: de\n---\n', () => french, 'fr'), {code: 'de', origin: 'front-matter'});
    assert.deepEqual(draftLanguage('x', () => german, 'fr-BE'), {code: 'fr', origin: 'config'});
    assert.deepEqual(draftLanguage('x', () => german, undefined), {code: 'de', origin: 'detected'});
    assert.deepEqual(draftLanguage('x', () => 'Short.', undefined), {code: 'en', origin: 'default'});
  });
});

describe('language in .sourced.json', () => {
  it('accepts a language tag and rejects anything else, naming the key', () => {
    assert.equal(resolveConfig({language: 'fr'}, ruleIds).language, 'fr');
    assert.equal(resolveConfig({}, ruleIds).language, undefined);
    for (const bad of [3, '', 'french!', 'f']) {
      assert.throws(() => resolveConfig({language: bad}, ruleIds), (e: unknown) => e instanceof ConfigError && e.key === 'language');
    }
  });
});

describe('unsupported languages', () => {
  it('give one info finding on the first word, and nothing else', () => {
    const result = lint(spanish);
    assert.equal(result.language, 'es');
    assert.deepEqual(result.findings.map((f) => [f.ruleId, f.severity, f.actual]), [['unsupported-language', 'info', 'El']]);
    assert.match(result.findings[0].message, /reads as Spanish/);
    assert.deepEqual([result.attributions.length, result.figures.length], [0, 0]);
  });
  it('say where the language came from, and a configured English lints the draft as English', () => {
    const declared = lint('---\nlang: it\n---\n\nIt resulted in 1,140 casualties.');
    assert.match(declared.findings[0].message, /declares its language as Italian/);
    assert.equal(declared.findings[0].actual, 'It');
    const forced = lint(spanish, {config: resolveConfig({language: 'en'}, ruleIds)});
    assert.equal(forced.language, 'en');
    assert.ok(!forced.findings.some((f) => f.ruleId === 'unsupported-language'));
  });
  it('leave short English drafts English', () => {
    assert.equal(lint('It resulted in 1,140 casualties.').language, 'en');
  });
});

describe('French and German number formats, quotes and sentences', () => {
  const figures = (text: string, lang: string): string[] =>
    lint(text, {config: resolveConfig({language: lang}, ruleIds)}).figures.map((f) => `${f.text}:${f.kind}`);
  it('read French grouping with spaces and no-break spaces, decimal commas and "%" after a space', () => {
    assert.deepEqual(figures('Au total, 1 140 personnes sont mortes.', 'fr'), ['1 140:harm']);
    assert.deepEqual(figures('Au total, 1\u202f140 personnes sont mortes.', 'fr'), ['1\u202f140:harm']);
    assert.deepEqual(figures('Le chômage a atteint 9,8\u00a0% en septembre.', 'fr'), ['9,8\u00a0%:economy']);
    assert.deepEqual(figures('Le plan coûtera 3,5 milliards d\'euros.', 'fr'), ['3,5 milliards:money']);
  });
  it('read German grouping with periods, "Prozent", "Mrd. Euro", "rund" and spelled-out millions', () => {
    assert.deepEqual(figures('Bei dem Anschlag wurden 1.140 Menschen getötet.', 'de'), ['1.140:harm']);
    assert.deepEqual(figures('Die Arbeitslosigkeit stieg auf 6,1 Prozent.', 'de'), ['6,1 Prozent:economy']);
    assert.deepEqual(figures('Das Defizit stieg auf 2,3 Mrd. Euro.', 'de'), ['2,3 Mrd. Euro:money']);
    assert.deepEqual(figures('Rund 250 Menschen wurden evakuiert.', 'de'), ['Rund 250:harm']);
    assert.deepEqual(figures('Zwei Millionen Menschen flohen aus der Region.', 'de'), ['Zwei Millionen:harm']);
  });
  it('take a German ordinal for a date, not a figure or a sentence end', () => {
    const result = lint('Am 1. August 2005 trat die Reform in Kraft, die am 3. Oktober beschlossen wurde.', {config: resolveConfig({language: 'de'}, ruleIds)});
    assert.deepEqual(result.figures, []);
    assert.equal(result.findings.length, 0);
  });
  it('pair « » and „ “ quotes, and find the speaker after a quote', () => {
    const fr = lint('« Nous partons demain », a déclaré le ministre.', {config: resolveConfig({language: 'fr'}, ruleIds)});
    assert.deepEqual(fr.attributions.map((a) => [a.source?.text, a.cue.text]), [['le ministre', 'a déclaré']]);
    const de = lint('„Wir gehen morgen“, sagte der Minister.', {config: resolveConfig({language: 'de'}, ruleIds)});
    assert.deepEqual(de.attributions.map((a) => [a.source?.text, a.cue.text]), [['der Minister', 'sagte']]);
    assert.deepEqual([...fr.findings, ...de.findings], []);
  });
  it('keep "M.", "z. B." and "u. a." inside their sentence', () => {
    const fr = lint('Selon M. Dupont, 40 personnes sont mortes.', {config: resolveConfig({language: 'fr'}, ruleIds)});
    assert.deepEqual(fr.findings, []);
    const de = lint('Laut Polizei wurden u. a. 40 Menschen z. B. in Berlin getötet.', {config: resolveConfig({language: 'de'}, ruleIds)});
    assert.deepEqual(de.findings, []);
  });
});

describe('German vague magnitudes', () => {
  it('are one word, with no "of" after them', () => {
    const result = lint('Hunderttausende wurden obdachlos, als die Regierung die Siedlungen räumte.', {config: resolveConfig({language: 'de'}, ruleIds)});
    assert.deepEqual(result.figures.map((f) => `${f.text}:${f.form}:${f.kind}`), ['Hunderttausende:magnitude:harm']);
  });
});
