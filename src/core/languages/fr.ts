// French: the words of attribution, doubt and counting of French news copy (AFP and Le Monde usage: « » quotes,
// "a déclaré", "selon", the conditionnel journalistique, "1 140" and "3,5 %"). Lists are sorted and small; each word
// was met in French Wikinews copy outside the evaluation set (../shared/data/news/fr.jsonl) or is its plain variant.
import type {CueKind} from '../types.js';
import type {LanguageResources} from './types.js';
import {unicodeWords} from './boundary.js';
import {gated} from './gate.js';

/** A pattern whose `\b` is a Unicode word boundary (JavaScript's own `\b` knows only ASCII letters: "considéré"). */
const words = unicodeWords;

const set = (list: string): ReadonlySet<string> => new Set(list.split(' ').filter((w) => w !== ''));
const kinds = (entries: Array<[CueKind, string]>): ReadonlyMap<string, CueKind> =>
  new Map(entries.flatMap(([kind, words]) => words.split(' ').map((w) => [w, kind] as const)));

/**
 * The forms of a regular "-er" verb that report speech in news copy: present ("déclare", "déclarent"), participle
 * ("a déclaré"), imperfect ("déclarait"), passé simple ("déclara", "déclarèrent") and present participle
 * ("déclarant"), and the infinitive after "vient de" ("vient d'annoncer"); "annoncer" and "juger" keep their soft consonant ("annonça", "jugeait").
 */
function erForms(lemma: string): string[] {
  const stem = lemma.slice(0, -2);
  const soft = stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem.endsWith('g') ? `${stem}e` : stem;
  return [lemma, `${stem}e`, `${stem}ent`, `${stem}é`, `${soft}ait`, `${soft}aient`, `${soft}a`, `${stem}èrent`, `${soft}ant`];
}

/**
 * The forms of the verbs of finding ("s'apercevoir", "découvrir", "remarquer"), cues only before "que" (see cueFits).
 * (Also "ressortir" after "faire", a document's finding: "Cette étude fait ressortir que …", "les chiffres font ressortir
 * que …"; before "que" only, so "il est ressorti de prison" is none. Session 28, judged noise on French batch 10.)
 * (Also "déterminer", what an inquiry establishes: "les ingénieurs de la Nasa ont déterminé que les joints dépassaient
 * de 7,5 cm"; before "que" only, so "un homme déterminé" and "déterminé à agir" are none. Session 38, a source named in
 * the same sentence, judged noise on French batch 21.)
 */
const frFindingForms = ['déterminer', 'remarquer'].flatMap(erForms).join(' ') + ' aperçoit aperçoivent aperçu aperçue aperçues aperçurent aperçus aperçut ' +
  'découvert découvre découvrent découvrit ressortir';
const frFindingSet = set(frFindingForms);
/**
 * Whether `test` holds for the index of one of the eight tokens before `i` in its clause (no punctuation between): the
 * subjects of a verb of finding (cueFits: "Une équipe d'astronomes a découvert", "Des chercheurs ont observé").
 */
function inClauseBefore(tokens: ReadonlyArray<{lower: string}>, i: number, test: (k: number) => boolean): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8 && !/^[.,;:!?]$/.test(tokens[k].lower); k--) if (test(k)) return true;
  return false;
}

/**
 * Whether the verb at `i` (or its auxiliary "a", "ont", "avait", "avaient" before it) follows a closing quotation mark,
 * with or without a comma: the inversion "« … » a assuré un proche de Macron", "», assure le ministre", where the word
 * after the verb is its subject, not its object (cueFits).
 */
function afterQuotation(tokens: ReadonlyArray<{lower: string}>, i: number): boolean {
  let end = /^(?:a|ont|avait|avaient)$/.test(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1;
  if (tokens[end]?.lower === ',') end--;
  return /^[»"”]$/.test(tokens[end]?.lower ?? '');
}

/** Stressed personal pronouns (see `LanguageResources.stressedPronouns`; also the aside of "parlent, eux, de", cueFits). */
const frStressedPronouns = set('elle elles eux lui');
/** Nouns of researchers (see `LanguageResources.researcherNouns`; also the subjects that make a discovery a cue, cueFits). */
const frResearcherNouns = set('archéologues astronomes astrophysiciens biologistes chercheurs chimistes géologues physiciens scientifiques');

/**
 * The participles of carrying out a study ("menée", "réalisé", "conduite", "effectués"): agents' verbs only after a
 * study or data noun (see `handlingAgentVerbs`), listed once for both lists.
 */
const frStudyParticiples = 'conduit conduite conduites conduits effectué effectuée effectuées effectués mené menée menées menés réalisé réalisée réalisées réalisés';

/** Verbs of feeling that are cues only with their reflexive ("s'inquiètent", "se sont indignés"): "l'alarme", "interroge le suspect" are not. */
const frReflexiveCueForms = 'alarme alarmé alarmée alarmées alarment alarmés alarmait alarmaient alarma indigne indigné indignée indignées indignent ' +
  'indignés indignait indignaient indigna inquiète inquiété inquiétée inquiétées inquiètent inquiétés inquiétait inquiétaient inquiéta ' +
  'interroge interrogé interrogée interrogées interrogent interrogés interrogeait interrogeaient interrogea';
const frReflexiveCues = set(frReflexiveCueForms);

/**
 * Cues in one construction only (session 35, vague sources the French tuning set labelled): "avancer" before a
 * figure, a toll or a hypothesis it puts forward, or "que" ("des médias locaux avancent des chiffres plus élevés"; not
 * "l'armée avance"); "ne pas exclure que", a possibility held ("Certains médias n'excluent pas que …"); "s'accorder à
 * dire", "pour dire", a view shared ("Les spécialistes s'accordent à dire que …"). See cueFits.
 */
const frAdvanceForms = 'avance avancent avançaient avançait avancé';
const frAdvanceSet = set(frAdvanceForms);
// (And "évaluation": "des témoins avançaient une évaluation de « plusieurs dizaines de morts »"; session 37.)
const frAdvanceObjects = set('argument arguments bilan chiffre chiffres estimation estimations évaluation évaluations explication hypothèse hypothèses nombre thèse');
const frExcludeForms = 'exclu excluaient excluait excluent exclut';
const frExcludeSet = set(frExcludeForms);
const frAgreeForms = 'accordaient accordait accorde accordent accordé accordés';
const frAgreeSet = set(frAgreeForms);

/**
 * A poll's verbs of giving a result, cues only when a poll is their subject (see cueFits): "Un sondage TNS-Sofres …
 * donne le « oui » gagnant avec 52 %", "Deux sondages (CSA et Ipsos) avaient enregistré une baisse du « non »"; "le
 * gouvernement donne 20 millions", "la région a enregistré 40 morts" are none. (Session 37, judged a source named in
 * the same sentence on French batch 20.)
 */
const frPollForms = ['donner', 'enregistrer'].flatMap(erForms).join(' ');
const frPollSet = set(frPollForms);

/** Adverbs that may stand between "faire" and the noun of its support construction ("faisait ainsi savoir"), besides "-ment". */
const frSupportAdverbs = set('ainsi alors aussi déjà encore enfin également ensuite pourtant toutefois');

/** "s'attendre à" (expect), a cue only reflexive and before "à": "les analystes s'attendent à une hausse"; "attendent le bus" is none. */
const frExpectForms = 'attend attendaient attendait attendent attendirent attendit attendu attendue attendues attendus';
const frExpectSet = set(frExpectForms);

/**
 * The participles of a study's steps (a sample taken, examined or bred): cues only after their auxiliary, and those
 * of doing in general ("réalisé", "effectué", "mené") only before a research noun (see cueFits).
 */
const frStudySteps = 'analysé analysés analysée analysées capturé capturés capturée capturées croisé croisés effectué effectués ' +
  'examiné examinés examinée examinées mené menés menée menées mesuré mesurés mesurée mesurées prélevé prélevés prélevée prélevées ' +
  'réalisé réalisés réalisée réalisées testé testés testée testées';
const frStudyStepSet = set(frStudySteps);
// The general verbs of doing, a study's step only with one of these for object: "ont réalisé des reproductions".
const frGeneralSteps = /^(?:effectu|men|réalis)/u;
const frResearchNouns = set('analyses croisements essais expériences mesures observations prélèvements relevés reproductions tests');

/**
 * The impersonal modal constructions of likelihood (session 27): "il" + a tense of "être" + an optional adverb of
 * degree + an adjective of probability ("il est probable", "il était fort possible", "il serait peu vraisemblable"),
 * and the double negatives of possibility ("il n'est pas exclu", "il n'est pas impossible"). Hedges before "que" only.
 */
// (Also the verbs of appearance in the impersonal, "il apparaît peu probable que", "il paraît peu vraisemblable que";
// session 29, judged a miss on French batch 11.)
const frImpersonalModals = ['apparaît', 'est', 'était', 'paraît', 'serait', 'sera', 'semble'].flatMap((be) =>
  ['', 'donc ', 'fort ', 'très ', 'assez ', 'bien ', 'hautement ', 'peu '].flatMap((degree) =>
    ['envisageable', 'plausible', 'possible', 'probable', 'vraisemblable'].map((adjective) => `il ${be} ${degree}${adjective}`)))
  .concat(['est', 'était', 'serait'].flatMap((be) => ['exclu', 'impossible', 'improbable', 'invraisemblable'].flatMap((adjective) =>
    ["'", '’'].map((apostrophe) => `il n${apostrophe}${be} pas ${adjective}`))));

/**
 * The gate of the passive judgement pattern (hiddenClaims, "est considéré comme …"): every participle it reads, in its
 * four forms (agreement in gender and number), one of which each match holds.
 */
const passiveJudgementGate = ['accueilli', 'accusé', 'apprécié', 'approuvé', 'attesté', 'considéré', 'contesté', 'craint', 'critiqué', 'décrit',
  'dénoncé', 'donné', 'imposé', 'interprété', 'jugé', 'mis', 'perçu', 'présenté', 'pressenti', 'qualifié', 'reconnu', 'réputé', 'salué',
  'soupçonné', 'suspecté', 'vu'].flatMap((stem) => [stem, `${stem}e`, `${stem}s`, `${stem}es`]).join(' ');

/** Cue verbs: regular "-er" lemmas conjugated by `erForms`, and the forms of irregular verbs as written. */
const cueVerbs = kinds([
  // Speech.
  ['said', [
    'affirmer ajouter annoncer assurer avouer commenter confier confirmer conseiller constater déclarer déplorer détailler lâcher ' +
      'évoquer expliquer indiquer insister mentionner noter nuancer observer plaider poursuivre préciser raconter rapporter recommander ' +
      'réaffirmer relater relever réitérer répliquer résumer signaler souligner suggérer témoigner tweeter parler',
  ].flatMap((l) => l.split(' ').flatMap(erForms)).join(' ') +
    // (Also the verbs of avowal beside "avouer" and "admettre", whose stem takes a grave accent: "plusieurs
    // parlementaires concèdent un retard"; session 27.)
    ' concède concèdent concédé concédait concédaient concéda concédèrent concédant' +
    ' promet promettent promis admet admettent admis avertit averti conclut conclu dit disent disait déclara-t-il dément démenti écrit ' +
    // (And the participle of "se dire" agreeing with its subject, a view of oneself: "La chanteuse s'est dite « très
    // honorée … »"; reflexive only, see cueFits, not "la ville dite « X »"; session 40.)
    'dite dites dits ' +
    'écrivent écrivait martèle martelé prévient prévenu rappelle rappelé rappelait reconnaît reconnait reconnaissent reconnu ' +
    'répond répondent répondu répondait réagi réagit révèle révélé révélait révéla réjoui réjouit' +
    // (And the plural present and imperfect of the forms above, which this hand-written list had left out: "Des documents
    // analysés par la BBC révèlent que …", "les ONG avertissent que …", "ils rappellent que …"; session 34, the
    // passive in what a named document reveals read as the writer's on the French tuning set.)
    ' admettaient avertissaient avertissent concluent démentaient démentent martèlent préviennent promettaient rappelaient' +
    ' rappellent réagissent reconnaissaient répondaient révélaient révèlent' +
    // ("reconnait" without its circumflex is the spelling of the 1990 reform, which French copy uses too: "M. Junji
    // reconnait d'ailleurs que le projet suscitait des doutes"; session 32, judged noise on the French tuning set.)
    // The passé simple of the irregular ones (the "-er" verbs' is in erForms): « … », répondit-il.
    ' admit écrivit promit reconnut répondit répondirent' +
    // ("twitter", the other spelling of "tweeter" (Le Petit Robert), in its finite forms and participle only: the
    // infinitive is the network's name, "sur Twitter"; session 30, a quotation after "a twitté :" judged noise on the
    // second fresh French pool.)
    ' twitte twittent twittait twittaient twitté twittée twittés twittées'],
  // Beliefs.
  ['said', ['estimer juger penser'].flatMap((l) => l.split(' ').flatMap(erForms)).join(' ') +
    ' craint craignent croit croient croyait espère espèrent espéré considère considèrent considéré' +
    // (The imperfect of fearing and hoping too: "avant les élections, certains craignaient que …".)
    ' craignaient craignait croyaient espéraient espérait' +
    // (And "voir" and "percevoir" before "comme", a view taken of something, as "considérer … comme" (Dubois et
    // Dubois-Charlier, class P): "beaucoup d'entre eux voient la Chine comme un concurrent"; only with "comme" after
    // their object, see cueFits; session 27.)
    ' perçoit perçoivent percevait percevaient voient voit voyaient voyait' +
    // Knowledge claimed for a group: "les médecins et chercheurs le savent bien".
    ' sait savaient savait savent' +
    // Doubt held as a state: "de nombreux experts restent sceptiques" (after "rester" or "demeurer", see cueFits).
    ' sceptique sceptiques'],
  // Reports and data.
  // (And "dévoiler", a release made public: "L'institut Eurostat dévoile les chiffres du chômage"; session 30.)
  // (And "communiquer", a toll or figures released: "La junte a communiqué via la radio d'État un bilan revu à la
  // hausse"; the noun "un communiqué" stays a noun after its article; session 45, judged noise on the French tuning set.)
  ['reported', ['chiffrer communiquer comptabiliser dénombrer dévoiler montrer publier recenser'].flatMap((l) => l.split(' ').flatMap(erForms)).join(' ') +
    // "a fait état de 28 exécutions", "l'ONG fait état de 40 morts" (see cueFits).
    // (And "faire mention de", its synonym, the same support construction: "la préfecture a fait mention de 14 morts",
    // "Les média turcs font aussi mention d'une passerelle effondrée"; session 33, judged a source in the same sentence
    // on French batch 15, and a miss on the French tuning set.)
    ' état mention'],
  // (Also "prédire", a forecast, and "créditer", a poll's share for a candidate (session 29, judged noise on French
  // batch 11: "le Ministère des Finances, qui avait prédit 6,7 %", "un sondage LH2 … le créditant de 20 %").)
  // (And "tabler sur", a forecast counted on: "la dernière prévision du gouvernement, qui tablait en septembre sur 5,2
  // milliards"; before "sur" only, see cueFits; session 40, a source in the same sentence judged on French batch 23.)
  ['estimated', ['créditer', 'évaluer', 'tabler'].flatMap(erForms).join(' ') + ' ' + frPollForms + ' prévoit prévu prévoient prédit prédisent prédisait prédisaient prédisant prédirent' +
    // (And "s'attendre à", an expectation as English "expect": "Les analystes s'attendent à une hausse"; reflexive
    // and before "à" only, see cueFits; session 35, a probe of hand-written attributions.)
    ' ' + frExpectForms + ' ' + frAdvanceForms + ' ' + frExcludeForms],
  ['claimed', ['accuser'].flatMap(erForms).join(' ') + ' prétend prétendent prétendit prétendu soutient soutiennent soutenu soutint'],
  // Saying by a support verb and its noun (session 27, issue 13's fourth broad kind; the "verbes supports" of Gross,
  // Grammaire transformationnelle du français: syntaxe du nom, 1986, and Riegel, Pellat et Rioul ch. VIII § 4.3): "a
  // fait part de ses doutes", "a fait savoir que", "est d'avis que", "est de l'opinion que" (see cueFits: only in that
  // construction, the noun's verb right before it); "a émis des réserves", "a formulé des critiques", "a manifesté son
  // inquiétude" (only before a noun of saying or feeling, frSpeechNouns); "exprimer", a verb of saying on its own.
  ['said', frAgreeForms + ' avis opinion part savoir entendre ' + ['exprimer', 'formuler', 'manifester'].flatMap(erForms).join(' ') + ' émet émettent émettait émettaient émis émit'],
  // Findings: "les chercheurs se sont aperçus que …", "ont découvert que …", "a remarqué que …" (before "que" only, see
  // cueFits: "ont découvert un corps", "auraient remarqué un signe" tell what someone saw, not what they report).
  ['reported', frFindingForms],
  // A study's steps, the source of what they counted (see cueFits and studySteps): "les scientifiques ont capturé 144
  // papillons", "ont prélevé 238 papillons", "ont réalisé des reproductions".
  ['reported', frStudySteps],
  // Feelings a group voices, after their reflexive only (see cueFits): "Les médecins s'inquiètent des risques", "un
  // groupe s'est indigné", "les élus s'interrogent sur …".
  ['stance', frReflexiveCueForms],
  // Stances: judgements and requests ("demandant aux clients de …"), never the source of a fact.
  // (Also the verbs of reproach, session 27: "reproche au ministre d'avoir menti", "blâme la direction", judgements like
  // "critiquer"; "accuser", which charges a fact, is a claim above.)
  // (Also "contester" and "reprocher", blame in Dubois et Dubois-Charlier's class C, Les verbes français, 1997: "d'autres
  // reprochaient au président d'avoir accepté …"; session 27.)
  // (Also "attribuer", a cause or a role given to someone, a judgement: "Certains observateurs attribuent un rôle
  // déterminant au Premier ministre indien"; session 38, a miss on French batch 21 its judges agreed with.)
  ['stance', ['appeler attribuer blâmer condamner contester critiquer demander dénoncer exiger féliciter fustiger qualifier réclamer regretter reprocher saluer surnommer traiter'].flatMap((l) => l.split(' ').flatMap(erForms)).join(' ')],
]);

// Speech verbs whose first transitive sense is not speech (Le Petit Robert: "assurer la liaison, la sécurité",
// "observer une minute de silence", "poursuivre sa route, un suspect"; not "relever", whose object is a reading it
// reports, "Météo France a relevé 27 degrés"): cues only before what a verb of saying takes, a "que" clause, its
// addressee ("à", "aux"), an infinitive of "avoir" or "être", a colon or a quotation mark, or nothing (an inverted
// "poursuit-il"); not before a direct object (see cueFits). (Session 26: "un train … assurant la liaison" had given
// the next sentence's toll a source.)
const frTransitiveSenses = new Set(['assurer', 'observer', 'poursuivre'].flatMap((l) => l.endsWith('er') ? erForms(l) :
  ['poursuit', 'poursuivent', 'poursuivi', 'poursuivait', 'poursuivaient', 'poursuivit', 'poursuivant', l]));
/** Nouns of a cause or reason, which explain without speaking: "De nombreuses raisons expliquent …" (see cueFits). */
const frCauseNouns = new Set(['causes', 'éléments', 'facteurs', 'motifs', 'raisons']);
const frSpeechComplement = /^(?:que|qu['’]|à|au|aux|avoir|être|n['’]|ne|lui|leur|ainsi|encore|alors|même|également|aussi)$/u;

// The verbs of a support construction that say only with a noun of saying or feeling for object ("a émis des
// réserves", "a manifesté son inquiétude"; not "ont manifesté dans les rues", "a formulé une demande" is still one),
// and those nouns: doubt, fear, hope, regret, reproach, approval and refusal, as said or felt (session 27).
const frSupportVerbs = new Set([...['formuler', 'manifester'].flatMap(erForms), 'émet', 'émettent', 'émettait', 'émettaient', 'émis', 'émit']);
// (Also "hypothèse": "Les spécialistes émettent l'hypothèse que …"; session 35, a vague source the French tuning set
// labelled.)
const frSpeechNouns = set('accord colère craintes crainte critiques critique demande doutes doute espoir hypothèse hypothèses indignation inquiétude inquiétudes ' +
  'intention mécontentement objections opposition préoccupation préoccupations refus regret regrets réserve réserves satisfaction scepticisme souhait soutien volonté');

/** The auxiliaries of a compound tense that an adverb may follow before the participle ("a récemment chiffré", "a d'ailleurs confirmé"). */
const frAuxiliary = /^(?:a|ont|avait|avaient|aurait|auraient|est|sont|était)$/;

// What may stand right before a participle that is a verb: its auxiliary, an adverb or a reflexive.
// (Also the passé antérieur, futur antérieur and subjunctive auxiliaries: "après qu'une ONG eut annoncé", "aura
// déclaré", "qu'il ait affirmé"; session 26.)
const frBeforeParticiple = set('a ont avait avaient aurait auraient ait aient aura auront eut eurent est sont était été aussi alors déjà encore ensuite enfin également notamment lui même pour sa part toutefois cependant d\'ailleurs juste pourtant seulement');
// The verbs of a state held ("restent sceptiques"): they stand between a source and an adjective of doubt.
const frStateVerbs = set('demeure demeurent demeurait demeuraient reste restent restait restaient');

// What "accuser" records when it is not an accusation: a change or a blow ("accuse une baisse", "accuse le coup").
const frChangeNouns = set('baisse chute coup déficit hausse perte pertes recul repli retard');
const frChangeDeterminers = set('de des le un une');

// "… comme un échec par le ministre": an agent after a hidden claim holds the view; not "par tout le monde", "par des
// experts", nor "par ailleurs", "par rapport à". Compiled on the first French draft (by `fr()`), not at module load.
// (Nor the agent of another participle in the clause, one with no auxiliary nor article before it: "est considéré comme une copie
// du parchemin original rédigée par le philosophe"; "…, jugée excessive, a été rejetée par le gouvernement" keeps its
// agent. Session 39, a miss on French batch 22 that its judges agreed with.)
let namedAgent: RegExp | undefined;
const frNamedAgent = (): RegExp => namedAgent ??= words(String.raw`(?<!(?<!\b(?:a|ait|avait|été|est|étaient|était|ont|sera|seront|sont|la|le|les|un|une|des|du|de|cette|ces|son|sa|ses|leur|leurs)\s|\b[ld]['’])\b\p{L}{2,}(?:é|ée|ées|és|ise|ises|it|ite|ites|its)\s)\bpar (?!(?:ailleurs|avance|conséquent|défaut|exemple|la suite|rapport|suite|beaucoup|certaine?s|d['’]autres|de nombreu(?:x|ses)|des|la plupart|nombre|plusieurs|tous|tout le monde)\b)\S`, 'iu');

/**
 * The French cardinals from one to ninety-nine as one token each (the tokeniser keeps a hyphenated word whole):
 * the simple ones ("un" … "seize", "vingt", "trente", "quarante", "cinquante", "soixante", and the Belgian and Swiss
 * "septante", "huitante", "nonante"), the teens "dix-sept" … "dix-neuf", and the compounds of a ten and a unit,
 * joined by hyphens ("vingt-deux", "soixante-quinze", "quatre-vingt-dix-neuf"), with "et" for one ("vingt-et-un",
 * the 1990 spelling; "soixante-et-onze"). (Grevisse, Le Bon usage, §§ 592–596: the cardinal adjectives and their
 * compounding; "vingt" and "cent" take an "s" when multiplied and last: "quatre-vingts", "trois cents".) "Cent" and
 * "mille" stand alone and multiply as scales ("trois cents", "deux mille"). Maps word → value.
 */
function frCardinals(): Array<[string, number]> {
  const units = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize',
    'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
  const out: Array<[string, number]> = units.slice(1).map((w, n) => [w, n + 1]);
  // A ten and the units after it: a ten of 10 units ("vingt" … "cinquante", "septante", "nonante"), of 20 ("soixante",
  // "quatre-vingt": 61 to 79, 81 to 99).
  const tens: Array<[string, number, number]> = [['vingt', 20, 10], ['trente', 30, 10], ['quarante', 40, 10], ['cinquante', 50, 10],
    ['soixante', 60, 20], ['septante', 70, 10], ['huitante', 80, 10], ['nonante', 90, 10], ['quatre-vingt', 80, 20]];
  for (const [ten, value, span] of tens) {
    out.push([ten === 'quatre-vingt' ? 'quatre-vingts' : ten, value]);
    if (ten === 'quatre-vingt') out.push([ten, value]);
    for (let n = 1; n < span; n++) {
      out.push([`${ten}-${units[n]}`, value + n]);
      // "vingt-et-un", "soixante-et-onze" (not "quatre-vingt-un": no "et" after "quatre-vingt").
      if ((n === 1 || n === 11) && ten !== 'quatre-vingt') out.push([`${ten}-et-${units[n]}`, value + n]);
    }
  }
  return out;
}

/**
 * The four forms of each past participle in `list` as it agrees in gender and number ("détruit" → "détruite",
 * "détruits", "détruites"; "blessés" → "blessé", "blessée", "blessées"): French participles agree with their subject
 * after "être" and with a preceding object (Grevisse §§ 936–949), so "maisons endommagées" is "endommagés" read
 * for a feminine noun. Words that end otherwise ("bilan", "décès", "fuyant") are kept as they are.
 */
function agreed(list: string): ReadonlySet<string> {
  return new Set(list.split(' ').filter((w) => w !== '').flatMap((w) => {
    const m = /^(.+?(?:é|i|it|u|rt))(?:e|s|es)?$/u.exec(w);
    return m ? [w, m[1], `${m[1]}e`, `${m[1]}s`, `${m[1]}es`] : [w];
  }));
}

/**
 * The verbs and nouns that govern a "que" clause of reported speech or thought (the "verbes introducteurs" of indirect
 * speech and the verbs of opinion and expectation, with their nouns: Riegel, Pellat et Rioul, Grammaire méthodique du
 * français, ch. XXIII § 2.2 and ch. XVII § 3.2): saying ("affirmer", "annoncer", "assurer", "déclarer", "dire",
 * "écrire", "expliquer", "indiquer", "préciser", "promettre", "répondre"), thinking and believing ("croire", "estimer",
 * "imaginer", "juger", "penser", "supposer"), expecting ("s'attendre", "espérer", "prévoir", "craindre"), making
 * believe ("laisser croire", "laisser entendre"), and the nouns of the same ("annonce", "assurance", "crainte",
 * "espoir", "idée", "promesse"). As stems, every form. A conditionnel in the clause they govern is the future in
 * the past that the concord of tenses asks for ("X a affirmé que les travaux dureraient deux ans", "l'annonce de
 * la firme qu'elle briderait …", "laissait croire qu'il y aurait"), the holder's, not the writer's hedge.
 * (And "alléguer", the verb of a charge: "la junte ayant allégué qu'elle représenterait un danger"; session 30.)
 * (Also arguing a case, "montrer", "démontrer", "prétendre" que: "la candidate veut montrer qu'une victoire de son
 * rival serait un recul", the candidate's argument; session 30, judged noise on the fresh French pool.)
 * (And "réaffirmer", "réitérer" que, saying again: "Il a réaffirmé lundi qu'il irait au bout de sa campagne".)
 * (And "avancer" que, the verb of a thesis put forward: "Des astrophysiciens avancent que la Lune aurait été formée …";
 * session 33, judged noise on French batch 15.)
 * (And "conjecturer", the verb of a conjecture, "L'équipe conjecture que la planète se serait formée plus loin"; and up
 * to six words between the verb and "que", an adverbial of the occasion, "a assuré dans une conférence de presse que
 * …"; session 31, judged noise on French batch 13.)
 */
const frReportingStems = String.raw`(?:(?:affirm|ajout|allégu|annon[cç]|assur|avan[cç]|attend|avou|conjectur|craign|craint|cr[ouû]|croy|décla|(?:dé)?montr|écri|entend|esp[eéè]r|estim|expliqu|idée|imagin|indiqu|jug|pens|précis|prédi|prétend|prév|promes|promet|promi|réaffirm|réitér|rappel|reconn|répon|souhait|soulign|suppos)\p{L}*|di(?:re|s|se|sent|sait|saient|sant|t|te|tes|ts)|fai(?:re|t|sait|saient|sant)\s+savoir)`;
/**
 * A "que" clause governed by one of frReportingStems, up to three words after it and before the hedge, in the
 * sentence; not the conjunctions that end in "que" ("ainsi que", "alors que", "parce que", "plus … que"). (A number
 * may be one of the words, "une déclaration le jour de son 80e anniversaire que …"; and "faire savoir" reports, "ont
 * fait savoir qu'ils sont âgés de 17 à 69 ans, et proviendraient de milieux divers"; session 32, judged noise on the
 * French tuning set.)
 */
const frReportedClause = String.raw`(?<!\b${frReportingStems}\s+(?:[\p{L}\p{N}'’-]+\s+){0,6}?(?<!\b(?:afin|ainsi|alors|après|autant|avant|bien|depuis|dès|mieux|moins|parce|pendant|plus|pour|sans|tandis|tant)\s+)qu(?:e\s+|['’])[^.!?;«»]*)`;

/**
 * What a place, a thing or a light looks like, after "sembler" (Hedge.notBefore): the look described, not the
 * writer's doubt ("la maison, qui semblait inoccupée", "la mer semble briller"). Physical appearance only: adjectives
 * of emptiness and of stillness, and verbs of light and motion.
 */
const frLookWords = set('abandonné abandonnée abandonnées abandonnés briller désert déserte désertes déserts ' +
  'flotter inhabité inhabitée inhabitées inhabités inoccupé inoccupée inoccupées inoccupés scintiller vide vides');

/**
 * The frames that make a conditionnel hypothetical rather than reportive, as negative lookbehinds on the sentence
 * before the verb. The reportive conditionnel ("conditionnel de l'information incertaine", Kronning 2002; Abouda
 * 1997) asserts an event or state of the story's world on someone else's word; it stands in a main clause or a
 * relative clause on a real referent, and nothing in its sentence makes its event imagined. The conditionnel
 * that reports nothing is the one a frame makes hypothetical (Riegel, Pellat et Rioul, ch. X § 2.5, the
 * "conditionnel d'hypothèse" and the future in the past; Grevisse, Le Bon usage, § 889):
 * - a conjunction of eventuality or time whose clause it is, up to its clause's end: "au cas où la digue céderait",
 *   "aux cas où les approvisionnements seraient mis en cause",
 *   "dans l'hypothèse où des ressortissants décideraient", "au moment où le pays serait en train de fêter",
 *   "quand la mairie aurait obtenu le permis" (the future in the past of a planned event); and the preposition of
 *   eventuality to the sentence's end, "en cas de match nul, l'Italie resterait en tête" (session 32);
 * - an imagined referent: "tel" as a determiner ("Une telle opération se heurterait", "De telles mesures
 *   coûteraient"), the concessive "quel que soit" ("quelle que soit son ampleur"), and an event qualified as eventual
 *   before its noun ("Une éventuelle jonction avec les FDS empêcherait …", "l'hypothétique retrait"; session 33, judged
 *   noise on French batch 15), anywhere before it;
 * - the content of a noun of conjecture or of a work's thesis ("hypothèse", "idée", "thème", "thèse", "théorie", "scénario", "argument"), after the copula
 *   and "que" or after a colon: "Une autre hypothèse, avancée par …, est qu'un wagon aurait perdu une roue", "Le
 *   principal argument : ce serait la seule manière …" (the conjecture is its holder's, stated as one).
 * (Conditions with "si" are the patterns' own lookahead; relative clauses of a class are frClassRelative.)
 */
const frHypotheticalFrame = String.raw`(?<!\b(?:(?:au|aux|dans\s+les?|pour\s+les?)\s+cas|dans\s+l['’]hypothèse|au\s+moment|le\s+jour)\s+où\s+[^,.;:!?]*|\b(?:quand|lorsqu(?:e\s+|['’]))[^,.;:!?]*|\ben\s+cas\s+d(?:e|['’]|u|es)\b[^.;:!?]*)` +
  String.raw`(?<!\b(?:(?:un|une|de)\s+tel(?:le)?s?|quel(?:le)?s?\s+que\s+soi(?:en)?t|(?:un|une|des|le|la|les|l['’]|d['’])\s*(?:éventuel(?:le)?s?|hypothétiques?))\b[^.!?]*)` +
  String.raw`(?<!\b(?:argument|hypothèse|idée|scénario|thème|théorie|thèse)s?\b[^.!?;]*(?:\b(?:est|était|serait|reste)\s+qu(?:e\s+|['’])[^.!?;]*|:\s*[^.!?;]*))`;

/**
 * A relative clause on a class, which imagines its members rather than reports on one (Riegel, Pellat et Rioul,
 * ch. XVI § 4.3, the relative of an indefinite or generic antecedent): after an indefinite ("un gouvernement qui
 * continuerait cette politique", "des « puissances régionales » qui seraient tentées", "aucun pays qui …") or the
 * plural demonstrative ("ceux qui auraient redistribué ce matériel encourent …"), with up
 * to three words (four before a simple conditionnel: "un nouveau standard à présenter qui inclurait") and a quotation mark between, and the clitics after "qui" ("qui se déclareraient", "qui n'auraient"), as
 * a negative lookbehind. Not in a cleft sentence, which asserts of
 * one referent what the relative says: "C'est un passager du train qui aurait alerté les secours" reports.
 * With `definite`, it adds the definite and universal plurals ("les nouveaux cas qui se déclareraient", "tous les
 * véhicules qui circuleraient") for the simple conditionnel only: with a compound one, "les deux hommes qui auraient
 * attaqué la banque", the event is past and its doers are real.
 */
// (With `definite`, the simple conditionnel, also a relative clause whose antecedent is qualified as to come or as
// possible, "une possible et future réforme qui autoriserait …", "la future loi qui interdirait …": a prospect
// described, not hearsay; session 30, judged noise on the second fresh French pool. Not the reportive past,
// "aurait" + participle.)
const frClassRelative = (definite: boolean): string =>
  String.raw`(?<!(?:(?<!\b(?:c['’]est|ce\s+sont|c['’]était|ce\s+serait)\s+)\b(?:un|une|des|aucun|aucune${definite ? '|les|ces|(?:tou(?:s|tes)\\s+les)' : ''})\s+(?:[«“"]\s*)?(?:[\p{L}'’-]+(?:\s+|(?=[»”"]))){1,${definite ? 4 : 3}}(?:[»”"]\s*)?|\b(?:ceux|celles)\s+${definite ? String.raw`|\b(?:éventuel(?:le)?s?|futur(?:e)?s?|hypothétiques?|possibles?)\s+(?:[\p{L}'’-]+,?\s+){0,4}` : ''})qui\s+(?:(?:ne|se|y|en|lui|leur|le|la|les)\s+|[nsl]['’])*)`;

/**
 * The end of a conditionnel's stem, the future stem before "-ait", "-aient" (Grevisse, Le Bon usage, § 803: the
 * future and conditionnel are built on the infinitive, or on an irregular stem). "-erait", "-irait" are the regular
 * ones ("déclarerait", "finirait", "dirait"); the others are the closed class of third-group stems: "-drait"
 * ("prendrait", "viendrait", "atteindrait"; not the imperfect of "cadrer", "engendrer"), "-ttrait", "-îtrait"
 * ("mettrait", "battrait", "connaîtrait"), "-vrait" of "suivre", "vivre", "-cevoir", "pleuvoir" (not "livrait",
 * "ouvrait", imperfects), "-rrait" of "voir", "envoyer", "courir", "mourir", "-quérir", "vaincrait", "romprait",
 * "croirait", "boirait", "conclurait", "plairait", "tairait". (Not "-urait", "-trait" in general: "assurait",
 * "inaugurait", "rencontrait" are imperfects.) And "agirait", too short a stem for the first rule: "Il s'agirait d'un
 * homme de 31 ans", the impersonal conditionnel that reports an identification (session 30, a miss on French batch
 * 12 and on the tuning set). Not the imperfect of the "-irer" verbs, which ends alike ("désirait", "attirait",
 * "retirait", "admirait", "aspirait", "respirait", "soupirait", "déchirait"): a past fact, not the conditionnel of an
 * "-ir" verb (session 33, "désirait" judged a misread on French batch 15). And the irregular stems of "faire" and "aller", "ferait" (also "déferait", "referait",
 * "satisferait") and "irait": "Cette décision ferait suite à des anomalies" (session 33, a judged miss on French batch 15).
 */
/**
 * A self-description right before a uniqueness or superlative claim: the subject claims it of itself, so the claim
 * has its holder ("Elle se présente comme la seule candidate à …", "le parti se décrit désormais comme le premier …",
 * one word between; session 30, judged noise on the second fresh French pool). Tested on the words before the claim
 * (ClaimPattern.holderBefore).
 */
const frSelfDescribed = /\b(?:se\s+|s['’](?:est\s+|était\s+)?)(?:décri|défini|présent|proclam|revendiqu|vant)\p{L}*\s+(?:[\p{L}'’]+\s+)?(?:comme\s+|d['’]être\s+)?$/iu;

/**
 * A condition in a sentence, which makes its conditionnel hypothetical: "si" before the subject of its clause (an
 * article, a determiner, a pronoun or a number: "si le vent tombait", "s'il pleuvait", "si 10 % des salariés") or in
 * the elliptic conditions ("si nécessaire", "si besoin", "si possible"). Not the adverb of degree before an adjective,
 * "ne serait pas si évident", "un si long retard" (Riegel, Pellat et Rioul, ch. XVIII § 2.4; session 30, a reportive
 * "ne serait cependant pas si évident" missed on French batch 12). (No capital for a name: the patterns are
 * case-insensitive, where \p{Lu} matches any letter.)
 */
/**
 * "apprendre auprès de": what one learned from someone ("…, a-t-on appris auprès de la préfecture", "apprend-on auprès
 * des pompiers", "selon ce qu'on a appris auprès du parquet"): see afterCues. Not "auprès de" after another verb, where
 * or to whom something happened ("a été hospitalisé auprès de sa famille", "s'est excusé auprès des victimes").
 */
const frLearnedFrom = /\b(?:appris|apprend|apprenait|apprenons)\b(?:-on|-t-on)?(?:\s+\S+){0,3}?\s+auprès\s+(?:de|des|du|d['’])/iu;

/** "en croire" before its complement, not a negation ("n'en croit pas ses yeux"): see afterCues. */
const frEnCroire = /\ben\s+croi(?:re|t)\s+(?!(?:pas|plus|rien|guère|jamais)\b)/iu;

const frCondition = String.raw`\b(?:si\s+(?:l['’]|(?:le|la|les|un|une|des|du|on|il|ils|elle|elles|je|j['’]|tu|nous|vous|ce|cet|cette|ces|c['’]|ça|cela|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|leurs|tout|toute|tous|toutes|aucun|aucune|personne|rien|chacun|même|jamais|seulement|oui|non|nécessaire|besoin|possible|tel|telle|tels|telles)\b|\d)|s['’]ils?\b)`;

const frConditionalStem = String.raw`(?:(?<=\p{Ll}{3})(?:e|(?<!\b(?:(?:at|re|sou)t|chav|dés|adm|(?:as|cons|ex|ins|res|trans)p|soup|dél|emp|déch))i)r|(?<=\bag)ir|(?<=\b(?:contre|dé|re|satis)?f)er|(?<![\p{L}])ir|(?<!(?:ca|engen))dr|ttr|îtr|aitr|(?:suiv|viv|cev|pleuv)r|(?:ver|cour|mour|quer)r|vaincr|mpr|(?:cr|b)oir|(?:conclu|exclu|inclu)r|(?:plai|tai)r)`;

/**
 * The forms of the verbs of a named actor's act (`FigureWords.acts`), from their lemmas by the rules of French
 * conjugation (Grevisse, Le Bon usage, §§ 790–812): for a regular "-er" verb, the infinitive, present, imperfect, passé
 * simple and present participle of erForms, the future ("versera", "verseront"; not the conditionnel, which makes
 * the act hypothetical) and the past participle as it agrees, for the passive and the compound tenses ("adoptée",
 * "alloués", "ont été accordées"). The verbs whose stem changes ("achète", "décrète", "octroie", "prévoit") and the
 * other groups are written out in `irregular`.
 */
function frActForms(lemmas: string, irregular: string): ReadonlySet<string> {
  const forms = new Set(irregular.split(' ').filter((w) => w !== ''));
  for (const lemma of lemmas.split(' ')) {
    for (const f of erForms(lemma)) forms.add(f);
    const participle = `${lemma.slice(0, -2)}é`;
    for (const f of [`${participle}e`, `${participle}s`, `${participle}es`, `${lemma}a`, `${lemma}ont`]) forms.add(f);
  }
  return forms;
}

/** Builds the French resources; `resourcesFor` builds them once, on a French draft's first lint (see index.ts). */
export const fr = (): LanguageResources => ({
  code: 'fr',
  // Elisions are words of their own ("l'armée" → "l'" "armée"); "1 140" with a space or a (narrow) no-break space
  // is one number; "3,5" keeps its decimal comma.
  tokenPattern: /((?:[cdjlmnstCDJLMNST]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=[\p{L}\p{N}])|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?!\d)|[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+|,\d+)*)|\S/gu,
  extraSpaces: '\u202f\u2009',
  // Titles and abbreviations before a name or a figure: "M. Hollande", "Mme", "Dr", "av. J.-C.", "env.".
  neverFinal: set('av apr art boul cf ch dr env etc ex hab mgr mlle mm mme m n no p pr st ste vol'),
  maybeFinal: set('etc'),
  sentenceOpeners: set('Alors Après Au Aux Ce Cela Cette Ces Dans De Depuis Elle Elles En Et Il Ils La Le Les Lors Mais Pour Selon Un Une'),
  closers: '"\'”’)]*_»',
  openers: '"\'“‘([*_«',
  quotePairs: {'«': '»', '“': '”', '"': '"'},
  closingQuotes: /["”»]/,
  cueVerbs,
  attributionPhrase: {before: 'selon', after: ', selon ', article: /^(?:Le|La|Les|Un|Une)(?= )|^L['’](?=\p{L})/u},
  afterCues: [
    {words: ['selon'], kind: 'according-to'},
    {words: ['d\'', 'après'], kind: 'according-to'},
    {words: ['d’', 'après'], kind: 'according-to'},
    {words: ['source', ':'], kind: 'source-note'},
    {words: ['sources', ':'], kind: 'source-note'},
    {words: ['citant'], kind: 'according-to'},
    // "à en croire les calculs d'astronomes du Caltech", "si l'on en croit les chiffres fournis par la Russie": the
    // locution of "selon" whose complement is the source (Grevisse § 1024, "en croire"); not the "on" of a view,
    // "on croit que" (session 34, judged noise on French batch 16 and the tuning set: the source taken for none).
    // (Not the disbelief of "n'en croit pas ses yeux".)
    {words: ['en', 'croire'], kind: 'according-to', clause: frEnCroire},
    {words: ['en', 'croit'], kind: 'according-to', clause: frEnCroire},
    // The wire's "a-t-on appris auprès de X": X is the source of the clause (session 34, a probe of hand-written
    // attributions; only after "apprendre", see frLearnedFrom).
    ...['de', 'des', 'du', 'd\'', 'd’'].map((of) => ({words: ['auprès', of], kind: 'according-to' as const, clause: frLearnedFrom})),
    {words: ['pour'], kind: 'according-to', aside: true},
    // "Aux yeux des musulmans, …", "jugés insuffisants aux yeux de l'opposition": whose view it is (session 27).
    ...['de', 'des', 'du', 'd\'', 'd’'].map((of) => ({words: ['aux', 'yeux', of], kind: 'according-to' as const})),
    // Warnings are stances: "malgré les mises en garde de nombreux médecins", "les avertissements des experts".
    ...['avertissements', 'mises en garde'].flatMap((noun) => ['de', 'des', 'du', 'd\'', 'd’'].map((of) =>
      ({words: [...noun.split(' '), of], kind: 'stance' as const}))),
  ],
  beforeCues: new Map(),
  // (And the participles of counting and measuring, as English "calculated", "compiled", "counted", "recorded" (session 30,
  // judged noise on the fresh French pool: "Le taux de chômage calculé par le ministère", "tel que calculé par Eurostat").)
  // (And of estimating, as English "estimated by": "le taux de chômage, évalué à 9,5 % par l'Insee", "une somme estimée à
  // 13 millions d'euros par …"; session 32, a source named after the figure in its own sentence, judged noise.)
  // (And of putting a figure forward, "un bilan de 40 morts a été avancé par la police"; session 38.)
  agentVerbs: set('annoncé annoncée annoncés avancé avancée avancées avancés calculé calculée calculées calculés cité citée cités communiqué communiqués ' +
    frStudyParticiples + ' ' +
    'comptabilisé comptabilisée comptabilisées comptabilisés confirmé confirmée dénombré dénombrée dénombrées dénombrés ' +
    'diffusé diffusée enregistré enregistrée enregistrées enregistrés estimé estimée estimées estimés évalué évaluée évaluées évalués fourni fournis mesuré mesurée mesurées mesurés ' +
    'publié publiée publiés rapporté rapportée rapportés recensé recensée recensées recensés révélé révélée'),
  // The participles of carrying out a study, sources only when a study or data noun stands in the four words before
  // them, as English "conducted by" (see `handlingAgentVerbs`): "une étude menée par l'INSERM … sur 3000 hommes", "un
  // sondage réalisé par l'Ifop"; not "l'offensive menée par l'armée a fait 40 morts". Session 38, a source named in the
  // same sentence, judged noise on French batch 21.
  handlingAgentVerbs: {
    verbs: set(frStudyParticiples),
    objects: set('analyse analyses enquête enquêtes étude études expertise expertises recensement sondage sondages test tests'),
  },
  agentPrepositions: set('par'),
  // ("qualifiée de brillante par tous les observateurs", "jugé d'irresponsable par ses adversaires"; session 30.)
  // ("estimée injurieuse par de nombreux observateurs"; session 41, a miss on the French tuning set.)
  namingAgentVerbs: set('considéré considérée considérées considérés estimé estimée estimées estimés jugé jugée jugées jugés qualifié qualifiée qualifiées qualifiés ' +
    'surnommé surnommée surnommées surnommés taxé taxée taxées taxés traité traitée traitées traités'),
  // The nouns of an act of saying or counting, whose agent "par" follows (the "complément d'agent du nom", Riegel,
  // Pellat et Rioul, ch. VII § 4.5): "À la suite de l'annonce par l'armée américaine de la mort de 6 soldats",
  // "l'estimation par la police de 3 000 manifestants" (session 29, judged noise on French batch 11, F26).
  // The verbs of telling (present and imperfect) of an "on" that passes news on, a vague source (session 29, judged
  // misses on French batch 11: "On signale que 28 personnes auraient été secourues", "On rapporte également que …");
  // not "on dit", read by impersonalHearsay and hiddenClaims, nor the verbs of belief and knowledge ("on sait", "on
  // croyait que"), whose holder is hidden (missing-attribution).
  impersonalTellers: set('indique indiquait précise précisait raconte racontait rapporte rapportait signale signalait'),
  agentNouns: set('annonce communication confirmation décompte diffusion divulgation estimation évaluation publication recensement révélation'),
  // The participles of judging and condemning (Dubois et Dubois-Charlier, Les verbes français, 1997, class C, verbs of
  // communication that judge: "condamner", "critiquer", "dénoncer", "contester", "saluer", "juger"), whose agent holds
  // a stance: "condamnés par la communauté internationale" (session 27).
  // (And the participles of asking, whose agent holds the request: "plusieurs millions d'euros sont réclamés par les
  // parties civiles"; session 38, a source named in the same sentence, judged noise on French batch 21.)
  // (And "considérer", whose agent holds the view: "Il est considéré par la plupart des Turcs comme un « chef terroriste »";
  // session 41, a miss on the French tuning set.)
  stanceAgentVerbs: set(['condamner', 'considérer', 'contester', 'critiquer', 'demander', 'dénoncer', 'exiger', 'réclamer', 'saluer'].flatMap((l) => [`${l.slice(0, -2)}é`, `${l.slice(0, -2)}ée`, `${l.slice(0, -2)}és`, `${l.slice(0, -2)}ées`]).join(' ') +
    ' jugé jugée jugés jugées'),
  // (Also the footage and papers a story describes: "une vidéo … semble montrer", "selon le document".)
  // (Also "méta-analyse", a study of studies, as unnamed as "une étude": "Une méta-analyse montre que …"; and "dépêche",
  // a wire report, its agency's document, "selon plusieurs dépêches de l'AFP"; session 33, a judged miss on French
  // batch 15 and noise on the tuning set.)
  dataNouns: set('bilan bilans chiffre chiffres communiqué dépêche dépêches document documents données enquête enregistrement enregistrements ' +
    'estimation estimations étude études méta-analyse méta-analyses rapport rapports recensement sondage sondages statistiques vidéo vidéos'),
  // What someone said, whose complement is who said it: "selon les déclarations des témoins" (see classifySource).
  // (And "constatations", what an inquiry found: "Selon les premières constatations, l'accident serait dû au verglas";
  // session 40, two vague sources the French tuning set labelled.)
  speechNouns: set('affirmations constatations déclarations dires informations messages propos récits témoignages'),
  // ("selon le bilan le plus récent": a toll nobody is said to have drawn up; "ce bilan" refers back, see definites.)
  // (Also the forecasters of weather copy, "selon les prévisionnistes", a trade where the weather service can be named.)
  // (Also the trades that speak as a body in science and health copy, as English lists "doctors", "scientists":
  // "Les médecins s'inquiètent", "de nombreux économistes"; "les chercheurs" that refers back is named, see echoDefinites.)
  // (Also a collective of a whole population, community or public with no name, "La population grecque pense",
  // "la communauté internationale condamne", "l'opinion publique", and the outlets in the plural, "les agences de
  // presse iraniennes", "pour beaucoup de radios", as English "local media"; session 27.)
  // (And the faithful of a religion taken whole, a community of no name: "aux yeux des musulmans", "les catholiques
  // estiment"; session 27.)
  // (And "ses proches", "leurs proches", the circle of a person, no one of them named; "un de ses proches" is one
  // unnamed person, see anonymousQualifier.)
  // (And "critiques", the critics as a body, and "voix", a group heard but not named: "Les critiques dénoncent …",
  // "d'autres voix signalent …"; session 37, misses on French batch 20 that its judges agreed with.)
  vagueHeads: set('agences analystes bilan bilans catholiques certains chaînes chercheurs chrétiens commentateurs communauté communautés critiques croyants investisseurs ' +
    'détracteurs économistes experts fidèles historiens internautes journaux juristes médecins météorologues musulmans observateurs média médias on ' +
    'opinion opposants peuple peuples plusieurs population populations presse prévisionnistes protestants proches quotidiens radios réseaux rumeurs scientifiques ' +
    'sondages sources spécialistes télévisions témoins travailleurs voix'),
  // ("La presse s'interroge", "selon la presse": the press is the media, as English "media".)
  // ("média", the invariable spelling of the plural that French copy also uses, "les média turcs"; session 33, a miss on
  // the French tuning set.)
  // ("selon les réseaux sociaux", social media posts, EDITORIAL-STANDARD.md §2; session 34.)
  // (Session 35: "selon une chaîne de télévision turque", a vague source the French tuning set labelled.)
  outletNouns: set('agence chaîne hebdomadaire journal magazine quotidien radio site télévision'),
  vagueSingulars: set('expert experte organisme'),
  officeAdjectives: set('élyséen gouvernemental gouvernementale ministériel ministérielle municipal municipale préfectoral préfectorale présidentiel ' +
    'présidentielle royal royale'),
  vagueThings: set('agences bilans chaînes chiffres données estimations journaux média médias presse quotidiens radios rapports réseaux rumeurs sondages sources télévisions'),
  vaguePopulations: set('catholiques chrétiens communauté communautés croyants fidèles gens habitants internautes musulmans opinion peuple peuples ' +
    'population populations protestants'),
  institutionNouns: set('agence armée association autorités avocat avocats ambassade bureau cabinet chaîne commission ' +
    'comité conseil cour direction entreprise fédération gendarmerie gouvernement groupe hôpital institut journal justice ligue ' +
    'mairie maire ministre municipalité ministère office onu organisation parlement parquet parti police porte-parole ' +
    'préfecture président procureur sénat service société syndicat tribunal université'),
  // (Also the other nouns of a body of people that speaks as one, unnamed after an indefinite: "une ONG a annoncé",
  // "une fondation", "des organisations"; a name makes it named: "l'ONG Greenpeace". Session 26.)
  // (And "une équipe d'astronomes", a research team of no institution; "une équipe de l'université de Genève" is
  // named. Session 31, a judged miss on French batch 13.)
  groupNouns: set('association associations collectif collectifs comité comités équipe équipes fondation fondations groupe groupes ong ongs organisation organisations'),
  // (Also one person described but not named, as English lists them: "un habitant", "un témoin", "un général".)
  // ("Un officiel américain": the noun of an official, as English "an official"; session 26.)
  // (And an elected member of no name, "Un député du nord du pays a accusé …", "Un élu socialiste de Haute-Garonne
  // pense …": one person described, never named; session 40, misses on the French tuning set.)
  anonymousHeads: set('député diplomate élu enquêteur fonctionnaire général habitant membre militaire officiel officier policier proche responsable sénateur source sources témoin'),
  unnamedPerson: words(String.raw`^(?:un|une) (?:(?:ancien|ancienne) \p{L}|ex-\p{L}|(?:(?:haut|haute|jeune|petit|petite|simple) )?(?!(?:calendrier|courrier|dernier|dernière|important|importante|premier|première|quotidien)\b)\p{L}+(?:ant|ante|eur|euse|ien|ienne|ier|ière|iste|logue|naute|trice)\b)`, 'u'),
  // Adjectives before the head noun: "un ancien guide", "un haut responsable", "une jeune femme".
  // (Also the adjectives of time and order that stand before their noun, Riegel, Pellat et Rioul, ch. XI § 3.3:
  // "de récents rapports", "les derniers sondages", "de nouveaux témoignages"; session 27.)
  // ("bon" of "bon nombre de", see quantifiers.)
  // ("différents", "différentes" before their noun, "selon les différents bilans"; session 30.)
  // ("premiers", "premières" in the plural only, the first of a series, as "derniers": "Les premiers rapports font état de
  // …"; the singular is a title's, "le premier ministre", or a pronoun's, "le premier a déclaré"; session 33, a judged
  // miss on French batch 15.)
  // The adjectives of evidence, certainty and likelihood (Riegel, Pellat et Rioul, ch. XXIII § 5, modalisation), whose
  // "pour" after a verb of appearance is whom it appears so: "Les motivations semblent limpides pour des observateurs",
  // "paraît évident pour les enquêteurs" (session 33, judged on French batch 15); not "semble prometteuse pour l'OM".
  evidenceAdjectives: new Set(['acquis', 'certain', 'clair', 'évident', 'flagrant', 'incontestable', 'indéniable', 'inévitable', 'limpide',
    'manifeste', 'probable'].flatMap((a) => a === 'acquis' ? ['acquis', 'acquise', 'acquises'] : /e$/.test(a) ? [a, `${a}s`] :
    [a, `${a}e`, `${a}s`, `${a}es`])),
  // ("certain" of "un certain nombre de", as "bon" of "bon nombre de": "pour un certain nombre d'observateurs"; session
  // 33, a judged miss on French batch 15.)
  prenominals: set('ancien ancienne autre bon certain dernier dernière dernières derniers différentes différents haut haute jeune nouveau nouveaux nouvel nouvelle nouvelles petit premières premiers ' +
    'petite précédentes précédents récent récente récentes récents simple vieil vieille vieux'),
  // ("L'un des témoins a déclaré", "une des victimes raconte": one person picked out of a group of people the story
  // does not name is an unnamed person, an anonymous source (EDITORIAL-STANDARD.md §6), not a vague group; session 30,
  // judged on French batch 12, where editors allowed anonymous-source.)
  // One person described by a trade or a role ending like one ("un commerçant", "une infirmière", "un agriculteur",
  // "un historien", "un militant") or by what they were ("un ancien guide touristique", "un ex-policier"); not the
  // things that end alike and speak ("un quotidien", "un courrier").
  // (Not the adjectives of order and size that stand before a thing, "Un premier bilan faisait état de neuf victimes",
  // "selon une première estimation", "un important incendie", nor a thing of the person's suffix, "un calendrier";
  // session 34, judged noise on French batch 16, two more in the tuning set.)
  // (And officials of a named body or a country, in the plural after a number or an indefinite, unnamed ("des responsables du
  // ministère américain de la Défense", "selon des fonctionnaires de l'anti-terrorisme", "deux hauts officiels du Parti
  // communiste", "des officiers américains"): anonymous sources, as English's "officials" are (session 41, from the
  // French labels: anonymous twice expected and twice allowed, vague twice allowed). Not the bare plural, "des
  // responsables", a vague group.)
  unnamedMembers: words(String.raw`^(?:l['’]\s?)?une?\s+(?:des|d['’]\s?entre)\s+(?:\p{L}+\s+)?(?:employés|enquêteurs|habitants|manifestants|médecins|militaires|participants|passagers|policiers|proches|responsables|riverains|salariés|soldats|spectateurs|survivants|témoins|victimes|voisins)\b|^(?:des|deux|trois|quatre|cinq|plusieurs|quelques)\s+(?:(?:hauts?|hautes?)\s+)?(?:diplomates|fonctionnaires|officiels|officiers|responsables)(?:\s+[\p{L}-]+(?:ains|aines|ais|aises|ens|ennes|ois|oises|iens|iennes|ans|anes|ols|oles|ques|ins|ines)(?:\s+(?:de|du|des|d['’])|$)|\s+(?:de|du|des|d['’]))`, 'u'),
  // (Not "proche de" after "connue pour être", "réputé": the affiliation of a body the copy names, "l'agence Tass,
  // connue pour être proche du Kremlin"; session 30, judged noise on the second fresh French pool.)
  anonymousQualifier: words(String.raw`\b(?:(?<!(?:connue?s?|réputée?s?) (?:pour être )?)proches? d[eu]s?|(?:un|une|l['’]une?)\s+de\s+(?:ses|leurs)\s+proches|sous couvert d['’]anonymat|ayant requis l['’]anonymat|qui a requis l['’]anonymat|sous le couvert de l['’]anonymat|de source (?:policière|judiciaire|diplomatique|militaire|proche|sûre|gouvernementale|sécuritaire))\b`, 'u'),
  indefinites: set('un une deux trois plusieurs'),
  // (The plural indefinite article "des" says "some": "des leaders du Parti populaire".)
  // ("d'autres témoignages", "d'autres sources": "others" of no name, after the partitive "d'"; see classifySource.)
  // (And "quelques", the indefinite of a small number, Grevisse § 626: "quelques élus estiment"; session 27.)
  // (And the other indefinite determiners of plurality, Riegel, Pellat et Rioul, ch. VII § 2.6: "divers" before its
  // noun, "(bon) nombre de": "selon diverses sources", "bon nombre d'observateurs"; judged misses on French batches
  // 9+10. Not "différents", most often the adjective after an article, "selon les différentes académies", which
  // classifySource would read as "des" + quantifier.)
  // (And "tous", "toutes" before the article, the universal of a group no one names: "qualifiée de brillante par tous
  // les observateurs"; session 30.)
  // (And "la plupart de", the quantifier of a majority, Grevisse § 627: "selon la plupart des témoignages"; session 33,
  // a miss on the French tuning set.)
  quantifiers: set('autres beaucoup certaines certains des divers diverses nombre nombreuses nombreux partie plupart plusieurs quelques tous toutes'),
  // « Certains analystes expliquent …, d'autres soulignent … » : un groupe vague en deux (merge.ts).
  otherGroup: set('autres'),
  // ("Les experts" is as vague as "des experts" in French copy: only a demonstrative refers back.)
  definites: set('ces ce cette'),
  // ("Les chercheurs se sont aperçus que …" after "Joji Otaki, chercheur": "les" refers back to a group already met.)
  echoDefinites: set('les'),
  // A singular finite form ("a", "est", "annonçait", "déclare", "dit"; not "ont", "disent") after a phrase that opens
  // plural ("d'autres", "des", "plusieurs").
  agreement: {singular: /^(?:a|est|\p{L}*[^n\P{L}]t|\p{L}*[^é\P{L}]e|\p{L}+a)$/u, pluralStarts: set('autres certaines certains ces des les plusieurs nombreuses nombreux quelques')},
  cliticVerb: /\p{L}{2,}ent$/u,
  headStops: set('de du des d\' d’ à au aux en qui proche proches'),
  // "il", "elle" and the inverted forms of "a déclaré" ("a-t-il déclaré").
  anaphors: set('il elle ils elles a-t-il a-t-elle ont-ils ont-elles avait-il avait-elle'),
  stressedPronouns: frStressedPronouns,
  researcherNouns: frResearcherNouns,
  // (Session 40: "quand ses médecins avaient annoncé un état de santé critique", the president's own doctors, judged a
  // source in a position to know on French batch 23. Not "ses proches", his circle, nor "ses détracteurs".)
  retainedExpertNouns: set('experts juristes médecins spécialistes'),
  pronounSuffix: /-(?:t-)?(?:il|elle|ils|elles)$/,
  and: 'et',
  // (Also the finite auxiliaries and modal verbs, which no noun phrase holds: "qui selon certains pourrait
  // atteindre …", "selon des pompiers devrait …"; session 26.)
  npBreakers: set('que qu\' qu’ qui dont où mais ou quand lorsque car si puisque alors est sont était étaient été ' +
    'être ne n\' n’ pas aussi donc a ont avait avaient aura auront aurait auraient devait devaient devrait devraient doit doivent ' +
    'eut eurent fut furent peut peuvent pourrait pourraient pouvait pouvaient sera seront serait seraient va vont'),
  npInner: set('de du des d\' d’ la le les l\' l’ à au aux en pour sur par avec et'),
  determiners: set('ce ces cette des l\' l’ la le les leur leurs sa ses son un une'),
  // ("Le gouvernement vient d'annoncer": "venir de" before the infinitive is the recent past, part of the verb.)
  // ("Les chercheurs se sont aperçus que", "les médecins le savent bien": the auxiliary of a reflexive, an object pronoun.)
  // ("Les talibans ont pour leur part reconnu …", "le ministre a de son côté affirmé": the asides that set a speaker
  // against another; session 27.)
  betweenPhrases: ['de leur côté', 'de nouveau', 'de son côté', 'encore une fois', 'pour leur part', 'pour sa part', 'un temps', 'une fois de plus', 'une nouvelle fois', 'à nouveau'].map((p) => p.split(' ')),
  // ("Il l'a annoncé", "est de l'opinion que": the elided object pronoun or article.)
  // ("ainsi", "pourtant", "toutefois": "la Commission faisait ainsi savoir que"; session 37.)
  // (And "laisser", the support of "laisser entendre": "Certains sondages laissent entendre que …"; session 38.)
  betweenSubjectAndVerb: set('a aient ailleurs ainsi ait alors aura auront aussi avaient avait d\' de demeure demeurent déjà d’ encore enfin ensuite est eurent eut faisaient faisait fait fit font l\' laissa laissait laissaient laisse laissent laissé le longtemps lui l’ notamment ont parfois pourtant reste restent récemment s\' se sont souvent s’ toujours toutefois venaient venait viennent vient également y'),
  // (The main-clause subject of an English '-ing' participle: no use in this language.)
  asides: new Set(),
  lyNouns: new Set(),
  finiteAuxiliaries: new Set(),
  pastForms: new Set(),
  progressiveAux: set(''),
  titleAbbreviations: set('m mme mgr dr pr'),
  // (And "ainsi", the adverb of a summing-up incise, "« … », a-t-elle ainsi concédé", "a-t-il ainsi confié", as "aussi",
  // "encore"; session 34, judged noise on French batch 16, three more in the tuning set.)
  cueAuxiliaries: set('a aient ainsi ait aura auront eut eurent alors aussi aurait auraient avait avaient déjà encore ensuite est fait faisait faisaient fit font notamment ont s\' s’ également'),
  notBeforeCue: set('le la les un une des du'),
  nounDeterminers: set('ce cette la le les leur leurs l\' l’ sa ses son un une'),
  nounQuantifiers: set(''),
  // (A breakdown or a demonstrative that points back at the sentence before carries on its source: "Parmi ces
  // coupes, …", "Cette annonce fait suite à …"; so does an opening possessive that refers back to it: "Renault a
  // publié jeudi ses résultats semestriels. Son bénéfice net atteint 2,1 milliards d'euros". The conditionnel
  // journalistique right after an attributed sentence does too: "D'après V. Sapounov, le Kouzbass ne serait pas la
  // seule zone. Ces espèces seraient également présentes …"; the simple conditionnel too: "Michel Mayor pense que …
  // D'autres exoplanètes orbiteraient …".)
  // (Not one that opens on a contrast, which sets a new claim against the source's: "Ce signalement faisait état d'un
  // homme soupçonné de … . Mais il n'y aurait finalement aucun lien entre les deux affaires"; session 33, a judged miss
  // on French batch 15.)
  continuation: words(String.raw`^(?:parmi (?:eux|elles|les|ces|ceux-ci|celles-ci)|(?:\d[\d ,.]*\s?%|(?:la|une) (?:moitié|majorité)|(?:les )?(?:deux|trois) (?:tiers|quarts)|(?:un|le) (?:quart|tiers)|la plupart) (?:\([^)]*\) )?des \p{L}+|(?:ce|cette|ces) (?:annonces?|bilans?|chiffres?|décisions?|mesures?|nombre|plans?|total)|(?:son|sa|ses|leur|leurs) \p{L}+)\b|^(?!(?:cependant|en revanche|mais|pourtant|toutefois)\b)[^]*?\b(?:aurai(?:en)?t|serai(?:en)?t|(?!(?:pour|dev|voud|fau|aime|souhaite|préfére|sau)rai(?:en)?t\b)\p{Ll}{3,}[ei]rai(?:en)?t)\b`, 'iu'),
  // ("16 % de réussite au BEPC. C'est le taux de réussite annoncé par la Direction des examens", "… 76 morts et 62
  // blessés. Le porte-parole du ministère a fait cette annonce": the sentence after the figures says whose they are;
  // session 32, judged noise on French batch 14.)
  // (Also the definite article that opens the next sentence: "Au moins 42 personnes sont mortes … Le bilan, publié par
  // l'agence Chine nouvelle, a été revu à la hausse"; session 35, judged noise on French batch 18.)
  figureBackReference: gated(/(?:^\s*(?:c['’]est|ce sont)(?![\p{L}])|^\s*(?:le|la|les|l['’])\s*(?:(?:dernier|nouveau|nouvel|premier)\s+)?(?:bilan|chiffres?|estimation|total)(?![\p{L}])|(?<![\p{L}])(?:ce|cet|cette|ces)\s+(?:annonces?|bilans?|chiffres?|estimations?|nombres?|statistiques|taux|total|totaux)(?![\p{L}]))/iu,
    'annonce annonces bilan bilans chiffre chiffres est estimation estimations nombre nombres sont statistiques taux total totaux'),
  // "82,2 millions de tonnes, ce qui correspond par rapport à 2010 à une baisse de 16 %", "…, soit 8 %", "(en
  // baisse de 16 %)": at most eight words after the restating words, and no bracket between the two figures but the
  // restating one ("une chute des ventes (15,2 % …), ajoutée à une chute du titre en bourse (- 33 %)" is two measures).
  // "300 blessés, dont 40 enfants", "20 skippers, dont 19 hommes", "parmi lesquels 12 mineurs".
  // (And the running total the count brings, the same claim summed: "il a signé 130 nouvelles commandes, portant le total
  // à 730"; session 32, judged one problem reported twice on French batch 14.)
  subsetOpener: /^[\p{L}\s'’-]{0,40},\s*(?:dont|parmi (?:eux|elles|lesquel(?:le)?s)|port(?:ant|e|ent) (?:ainsi )?(?:le|leur|son) (?:bilan|nombre|total) à)\s+$/iu,
  restatement: words(String.raw`^[^()]*?(?:\bsoit|\bce qui (?:correspond|représente|équivaut|fait)|\()(?:[\s,]*[\p{L}\p{N}'’-]+){0,8}[\s,]*$`, 'iu'),
  topicColon: true,
  passiveAuxiliaries: set('est sont était étaient été être fut furent'),
  gerundMarker: 'en',
  // (Also a name after the noun or participle that gives it: "conserve le thème « Époques et styles architecturaux »",
  // "sous le slogan « … »", "intitulé « … »".)
  // (And the noun of a named publication, broadcast, work, group or operation: "Le magazine « 60 millions de
  // consommateurs »", "le quotidien « La Voix du Nord »", "le collectif « Sauvons l'hôpital »"; judge-fr9-1 F44.)
  termBefore: words(String.raw`(?:\bl['’]|\b(?:le|la|les|du|des|au|aux)\s|\b(?:album|association|chanson|collectif|comité|devise|émission|film|hebdomadaire|intitulée?s?|journal|livre|magazine|mensuel|mouvement|opération|ouvrage|quotidien|revue|roman|série|slogan|surnommée?s?|thème|titre)\s)$`, 'iu'),
  // A noun phrase: no sentence punctuation or comma, no subject pronoun, no form of "être", "avoir" or a modal that
  // would make it a clause (Riegel, Pellat et Rioul, ch. VII: a clause needs its finite verb).
  nominalQuote: /^(?![^»]*(?<![\p{L}])(?:je|j['’]|tu|nous|vous|on|il|ils|elle|elles|c['’]est|est|sont|était|étaient|sera|seront|a|ont|avait|avaient|doit|doivent|peut|peuvent|va|vont|faut)(?![\p{L}]))[^.!?;:,]{1,100}$/u,
  reflexives: set('s\' s’ se'),
  alsoWords: set('aussi également'),
  breakdown: words(String.raw`^parmi (?:eux|elles|les|ces|ceux-ci|celles-ci)\b`, 'iu'),
  // ("…, tandis que SFR pourrait …", "…, mais de nombreux experts restent sceptiques": a new subject, named or a
  // group, after a contrast.)
  contentBreak: /,\s+(?:(?:tandis|alors|bien) qu(?:e\s+|['’])|mais\s+)(?=\p{Lu}|(?:de nombreu|des |certaine?s |plusieurs |beaucoup |la plupart |d['’]autres ))/u,
  // (Also the infinitive of saying, whose subject is the speaker or would be: "sans pouvoir dire « mission terminée »",
  // "a refusé de répondre « pas de commentaire »".)
  // (And the gerund of shouting or saying, whose subject is the main clause's: "Il a frappé le gardien en criant « … »",
  // Riegel, Pellat et Rioul, ch. XII § 3.3, the gerund shares its subject; and a document named before the colon that
  // introduces its words: "a proposé de signer une déclaration : « … »", the document as speaker, EDITORIAL-STANDARD.md
  // §3; session 30, French batch 12.)
  // (And "Pour lui, « … »": the view of the person the pronoun takes up, framed as theirs; session 30, judged noise on
  // the fresh French pool.)
  // (And the quotation as the attribute of a personal pronoun's verb of judgement, "qu'il tenait pour « … »", "elle
  // les qualifie de « … »": the pronoun's referent holds the words; not "on", nor a passive, "considéré comme « … »";
  // session 30, judged noise on the second fresh French pool.)
  // The paragraph-level reading of a quotation's speaker (session 31, `QuoteReach`): "selon" and "d'après" name a
  // source; "on dit", "dit-on", "a-t-on dit", "rien ne dit" speak for nobody; "« … » par un ami" and "rejetée par le
  // gouvernement, qui …  « … »" have an agent (not "par la suite", "par exemple"); "d'une « … »", "pour « … »", "le test
  // appelé « … »", "une expression, « … »" put a term in a noun's place; a subject pronoun, "c'est" or a finite
  // auxiliary make a clause.
  quoteReach: {
    sourceWords: set('d\'après d’après selon'),
    vagueSubjects: set('a-t-on l\'on l’on on personne rien'),
    vagueAfter: set('-on -t-on on t-on'),
    agentAfter: /^[\s,]*(?:\p{Ll}+\s+){0,2}?par\s+(?:l['’]\s?|le\s|la\s|les\s|un\s|une\s|des\s|du\s|son\s|sa\s|ses\s|leur\s|leurs\s|\p{Lu})/u,
    agentBefore: /(?<![\p{L}])par\s+(?:l['’]\s?|le\s|la\s|les\s|un\s|une\s|son\s|sa\s|ses\s|leur\s|leurs\s|\p{Lu})(?!suite|exemple|rapport|ailleurs)/u,
    termSlot: /(?:(?:^|[\s'’])(?:à|appel[ée]e?s?|au|aux|baptisée?s?|ce|cet|cette|contre|d['’]|de|des|du|en|intitulée?s?|l['’]|la|le|les|leur|leurs|nommée?s?|pour|sa|ses|son|sur|surnommée?s?|un|une)|(?:expression|formule|mot|surnom|terme)\s*,)\s*$/iu,
    clause: /(?<![\p{L}])(?:a|ai|as|avait|avaient|avons|avez|c['’]est|ce\s+sont|doit|doivent|elle|elles|est|était|étaient|étions|fait|faut|il|ils|j['’]|je|nous|ont|on|peut|peuvent|sera|seront|sommes|sont|suis|tu|va|vais|vont|vous)(?![\p{L}])/iu,
  },
  quoteIntro: words(String.raw`\b(?:(?:suivante?s?|en ces termes)\s*:|(?:crier|dire|lancer|prononcer|répondre)|pour\s+(?:lui|elle|eux|elles)\s*,|en\s+(?:ajoutant|chantant|concluant|criant|déclarant|disant|expliquant|hurlant|lançant|précisant|répétant|scandant)(?:\s*:)?|(?:appel|communiqué|déclaration|lettre|motion|pétition|résolution)\s*:|\b(?:il|elle|ils|elles)\s+(?:les?\s+|la\s+|l['’]\s?)?(?:considér|qualifi|ten|tien)\p{L}*\s+(?:comme|pour|de|d['’]))\s*$`, 'iu'),
  // (An auxiliary of the passé composé, lower-case words of its verb group, not the passive "a été", then a first name
  // and surname that end the clause; session 30, French batch 12: "« … », a cependant tenu à tempérer Jean Martin".)
  // (Or, after a comma, a verb of wanting or preferring in any tense, then the infinitive of a verb of saying, then its
  // subject, a name or a definite description ending the clause: "« … », préférait nuancer le maire", "« … », tient à
  // rappeler l'intéressée"; Riegel, Pellat et Rioul, ch. XXIII § 2.1, the incise; session 30, judged noise on the
  // fresh French pool.)
  // (Or, after a comma, any verb inverted with its subject pronoun, the form of the incise itself, whatever the verb:
  // "« … », continue-t-il", "« … », enchaîne-t-elle"; not "on", whose speaker is nobody, nor "sembler" or "paraître".)
  invertedIncise: /^\s*(?:,\s*(?!(?:sembl|par)\p{Ll}*-)\p{Ll}+-(?:t-)?(?:il|elle|ils|elles)\b|,?\s*(?:a|avait|ont|avaient)\s+(?!été\b)(?:\p{Ll}[\p{Ll}'’]*\s+){1,4}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+|,\s*(?:(?:a|avait|ont|avaient)\s+)?(?:aim\p{Ll}*|pr[ée]f[èée]r\p{Ll}*|ten\p{Ll}*|tien\p{Ll}*|tenu|voul\p{Ll}*|veu\p{Ll}*)\s+(?:à\s+)?(?:ajouter|corriger|dire|expliquer|insister|nuancer|préciser|rappeler|rassurer|rectifier|résumer|souligner|tempérer)\s+(?:l['’]\s?|les?\s+|la\s+|\p{Lu})[\p{L}'’ -]{2,60}?)\s*(?:[,.;]|$)/u,
  // Titles of works and events start with an article and hold no pronoun or verb of speech.
  workBefore: /(?<![\p{L}])(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|ce|cet|cette)\s*(?:[\p{L}-]+\s+)?(?:album|chanson|devise|documentaire|émission|film|hashtag|livre|ouvrage|phrase|pièce|poème|roman|série|single|slogan|spectacle|tube)\s*,?\s*$/iu,
  titleQuote: /^(?:Les?|La|L['’]|Une?|Des)\s(?![^»]*(?<![\p{L}])(?:je|j['’]|nous|vous|on|est|sont|c['’]est|il|elle)(?![\p{L}]))[^.!?;:]{0,60}$/u,
  // A participle ("chiffré") is a cue only after its auxiliary or an adverb of the verb group ("a chiffré", "a
  // ensuite chiffré"), not after a noun ("un bilan chiffré à"); an infinitive only after "vient de" ("vient
  // d'annoncer").
  cueFits(tokens, i) {
    const word = tokens[i].lower;
    const before = tokens[i - 1]?.lower ?? '';
    // "s'inquiètent", "se sont indignés", "s'était aperçu": the reflexive right before, or before the auxiliary.
    const reflexive = /^(?:s['’]|se)$/.test(before) || frBeforeParticiple.has(before) && /^(?:s['’]|se)$/.test(tokens[i - 2]?.lower ?? '');
    // ("en un temps où l'on s'interroge sur …", "des sites où l'on parle de …": "on" in a relative of place or time tells
    // where or when people do it, not what anyone reports; session 41, noise on the French tuning set.)
    let onAt = reflexive ? (/^(?:s['’]|se)$/.test(before) ? i - 2 : i - 3) : i - 1;
    if (/^(?:a|avait)$/.test(tokens[onAt]?.lower ?? '')) onAt--;
    if (tokens[onAt]?.lower === 'on' && (tokens[onAt - 1]?.lower === 'où' || /^l['’]$/.test(tokens[onAt - 1]?.lower ?? '') && tokens[onAt - 2]?.lower === 'où')) return false;
    if (frReflexiveCues.has(word)) return reflexive;
    if (/^dit(?:e|es|s)$/.test(word)) return reflexive;
    // (A poll's verb: a poll noun before it in its sentence, no full stop, colon or semicolon between; not reflexive.)
    if (frPollSet.has(word)) {
      if (reflexive) return false;
      // (Nor past a comma that opens another subject: "Selon des sondages, la région a enregistré …".)
      for (let k = i - 1; k >= 0 && k >= i - 24 && !/^[.;:!?]$/.test(tokens[k].lower); k--) {
        if (tokens[k].lower === ',' && /^(?:ce|ces|cet|cette|des|la|le|les|l['’]|un|une)$/.test(tokens[k + 1]?.lower ?? '')) return false;
        if (/^(?:baromètres?|sondages?)$/.test(tokens[k].lower)) return true;
      }
      return false;
    }
    if (frExpectSet.has(word)) return reflexive && /^(?:à|au|aux|ce)$/.test(tokens[i + 1]?.lower ?? '');
    if (frAdvanceSet.has(word)) {
      const next = tokens[i + 1]?.lower ?? '';
      return /^(?:que|qu['’])$/.test(next) || /^(?:des|les|le|la|l['’]|un|une|ce|cette|ces|de|d['’])$/.test(next) &&
        (frAdvanceObjects.has(tokens[i + 2]?.lower ?? '') || tokens[i + 2]?.word === true && frAdvanceObjects.has(tokens[i + 3]?.lower ?? ''));
    }
    if (frExcludeSet.has(word)) return /^(?:n['’]|ne)$/.test(before) && tokens[i + 1]?.lower === 'pas' && /^(?:que|qu['’])$/.test(tokens[i + 2]?.lower ?? '');
    // (A quantifier of the subject may stand between: "Les spécialistes s'accordaient tous à penser"; session 37.)
    if (frAgreeSet.has(word)) {
      const j = /^(?:tous|toutes|unanimement)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
      return reflexive && /^(?:à|pour)$/.test(tokens[j]?.lower ?? '') && /^(?:affirmer|considérer|dire|estimer|penser|reconnaître|souligner)$/.test(tokens[j + 1]?.lower ?? '');
    }
    // ("si l'on en croit les chiffres …", "à en croire le procureur": the locution of "selon", read as an after cue
    // whose source follows; "on" is not its source.)
    if (before === 'en' && /^croi/.test(word)) return false;
    // ("On en sait un peu plus sur les circonstances …", "on n'en savait rien": knowing more or less about a thing, the
    // stock lead of a follow-up, holds no claim; "on sait que …" still hides its holder. Session 39, judged noise on
    // French batch 22.)
    if (before === 'en' && /^s[ae]?[vi]/.test(word)) return false;
    // ("On aura noté parmi les démos …", "on notera que …": the writer's aside to the reader, in the future or the future
    // perfect, not a vague source. Session 39, judged noise on French batch 22.)
    if (/^(?:not|remarqu)(?:é|era)$/.test(word) && (before === 'on' || before === 'aura' && tokens[i - 2]?.lower === 'on')) return false;
    // ("On lui reproche notamment un enrichissement personnel": the impersonal "on" of a charge hides its holder as "il
    // lui est reproché" does, a hidden claim (missing-attribution), not a vague source.)
    if (/^reproch/.test(word) && (before === 'on' || /^(?:lui|leur)$/.test(before) && tokens[i - 2]?.lower === 'on')) return false;
    // ("Un incendie s'est déclaré dans la nuit", "un feu s'était déclaré vers 22 heures": the reflexive "se déclarer"
    // of an event, which breaks out, before where or when; not "s'est déclaré candidat", "favorable", "incompétent".)
    // (Also before "pendant", "durant", "avant", "après", "peu": "L'incendie s'est déclaré pendant le concert"; session 41,
    // a fixture that read the fire as a speaker.)
    if (reflexive && /^déclarée?s?$/.test(word) && /^(?:à|au|aux|après|avant|dans|durant|en|lors|pendant|peu|près|sur|vers|hier|ce|cette|cet|[,.;:])$/.test(tokens[i + 1]?.lower ?? '.')) return false;
    // ("Des chercheurs ont observé une structure hors du commun autour de l'étoile": researchers who observe a thing report
    // a scientific finding, whose source they are, vague with no institution, as a team's discovery is below; not "Des
    // policiers ont observé …" nor "observer une minute de silence". Session 41, a miss on French batch 24.)
    if (/^observ(?:é|ée|és|ées|ent|ons)$/.test(word) && inClauseBefore(tokens, i, (k) => frResearcherNouns.has(tokens[k].lower))) return true;
    // ("un train assurant la liaison Thionville-Luxembourg", "la police poursuit l'enquête": a direct object after it.)
    // (Not in the inversion after a quotation, where the word after the verb is its subject: "« La question n'est pas
    // tranchée » a assuré un proche de Macron", "», assure le ministre"; session 41, a miss on French batch 24.)
    const following = tokens[i + 1];
    if (frTransitiveSenses.has(word) && following?.word === true && !frSpeechComplement.test(following.lower) && !afterQuotation(tokens, i)) return false;
    // (Also a discovery with its object when a team of researchers makes it: "Une équipe d'astronomes a découvert un corps
    // d'une densité 10 fois supérieure …", a scientific finding whose source is the team, vague with no institution
    // (three teams labelled on the French tuning set, session 40); not "Des policiers ont découvert un corps", which
    // finds no claim, nor "Des archéologues ont découvert une tombe", researchers who are not a team, never labelled.)
    if (frFindingSet.has(word)) {
      if (/^(?:que|qu['’])$/.test(tokens[i + 1]?.lower ?? '')) return true;
      if (!/^découv/.test(word)) return false;
      return inClauseBefore(tokens, i, (k) => /^équipes?$/.test(tokens[k].lower) && tokens.slice(k + 1, i).some((t) => frResearcherNouns.has(t.lower)));
    }
    // "les scientifiques ont une nouvelle fois prélevé des papillons": the auxiliary up to four words before, not "les
    // papillons prélevés aux mêmes endroits"; "ont réalisé des reproductions", not "a réalisé un film".
    if (frStudyStepSet.has(word)) {
      let k = i - 1;
      while (k >= 0 && k >= i - 4 && tokens[k].word && !/^(?:a|ont|avait|avaient|aurait|auraient)$/.test(tokens[k].lower)) k--;
      if (k < 0 || k < i - 4 || !tokens[k].word) return false;
      return !frGeneralSteps.test(word) || tokens.slice(i + 1, i + 4).some((t) => frResearchNouns.has(t.lower));
    }
    // "On a relevé des vents à 125 km/h", "on constate une baisse": "on" noting a thing, not a claim ("on a
    // constaté que …" still is one).
    const subject = frBeforeParticiple.has(before) ? tokens[i - 2]?.lower : before;
    if (subject === 'on' && /^(?:relev|constat|observ|not)/.test(word) && (frChangeDeterminers.has(tokens[i + 1]?.lower ?? '') ||
      /^(?:la|les|l['’]|\d.*)$/.test(tokens[i + 1]?.lower ?? ''))) return false;
    if (/^sceptiques?$/.test(word)) return frStateVerbs.has(before);
    // "a fait part de ses doutes", "a fait savoir que"; "est d'avis que", "est de l'opinion que" (the form of "être"
    // before "d'" or "de l'", "que" after).
    // (An adverb may stand between: "faisait ainsi savoir que", "a également fait part de"; session 37, a source in the
    // same sentence judged on French batch 20.)
    const support = frSupportAdverbs.has(before) || /\p{L}{3,}ment$/u.test(before) ? tokens[i - 2]?.lower ?? '' : before;
    if (word === 'part') return /^(?:fait|faisait|font|faisaient|fit)$/.test(support) && /^(?:de|d['’]|des|du)$/.test(tokens[i + 1]?.lower ?? '');
    if (word === 'savoir') return /^(?:fait|faisait|font|faisaient|fit|faire)$/.test(support);
    // ("Certains sondages laissent entendre qu'elle pourrait …", "le ministre a laissé entendre que": "laisser entendre",
    // to imply, before "que" only, not "laisser entendre sa voix"; session 38, a vague source the French tuning set
    // labelled.)
    if (word === 'entendre') return /^(?:laissa|laissait|laissaient|laissant|laisse|laissé|laissent|laisser)$/.test(support) && /^(?:que|qu['’])$/.test(tokens[i + 1]?.lower ?? '');
    if (word === 'avis' || word === 'opinion') {
      const be = /^(?:d['’])$/.test(before) ? tokens[i - 2] : /^(?:l['’])$/.test(before) && tokens[i - 2]?.lower === 'de' ? tokens[i - 3] : undefined;
      return be !== undefined && /^(?:est|sont|était|étaient|fut|furent|serait|seraient)$/.test(be.lower) && /^(?:que|qu['’])$/.test(tokens[i + 1]?.lower ?? '');
    }
    if (frSupportVerbs.has(word)) {
      let k = i + 1;
      while (k < tokens.length && k <= i + 4 && tokens[k].word && !frSpeechNouns.has(tokens[k].lower)) k++;
      if (k >= tokens.length || k > i + 4 || !frSpeechNouns.has(tokens[k].lower)) return false;
    }
    // ("voient la Chine comme un concurrent": a view only with "comme" within five words after it; "voit le jour",
    // "perçoit un salaire" are not.)
    // (Nor "y voir", a view taken of the thing just named: "Les opposants y voient une atteinte à la liberté"; session
    // 29, judged a miss on French batch 11; not after "on", a sight more often than a view: "On y voit des enfants jouer".)
    if (/^(?:perç|perc|voi|voy)/.test(word)) {
      // (Within eight words in the clause, the object may carry its participle and agent: "voit la polémique lancée par
      // Sean Spicer comme un contre-feu"; session 30, a miss on French batch 12.)
      if (before === 'y' && /^(?:voi|voy)/.test(word) && !/^(?:on|l['’]on)$/.test(tokens[i - 2]?.lower ?? '')) return true;
      for (let k = i + 1; k < tokens.length && k <= i + 8 && tokens[k].word; k++) if (tokens[k].lower === 'comme') return true;
      return false;
    }
    // ("la population a dit oui", "les électeurs ont dit non": an answer or a vote, not a claim; session 27.)
    // (Also in quotation marks: "Le peuple a dit « oui » au référendum"; session 30.)
    const answer = following !== undefined && /^[«"“]$/.test(following.lower) ? tokens[i + 2] : following;
    if (/^(?:oui|non)$/.test(answer?.lower ?? '') && /^(?:dit|disent|disait|disaient|dire)$/.test(word)) return false;
    // ("la population active croit naturellement de 150 000 personnes par an": "croît", growth by a quantity, written
    // without its circumflex, not "croire"; session 30.)
    if (/^(?:croit|croient)$/.test(word)) {
      let k = i + 1;
      while (k < tokens.length && k <= i + 2 && /\p{L}{3,}ment$/u.test(tokens[k].lower)) k++;
      if (/^(?:de|d['’])$/.test(tokens[k]?.lower ?? '') && /^(?:\d|plus$|moins$|près$|environ$|quelque$)/u.test(tokens[k + 1]?.lower ?? '')) return false;
    }
    // ("une vidéo montrait Paul Durand se moquant des élus", "les images montrent Marie Roy franchissant la ligne":
    // footage that shows a named person doing something depicts a scene, it reports no claim; a name, then a reflexive
    // or a present participle; session 30, judged noise on the fresh French pool.)
    if (word.startsWith('montr')) {
      let k = i + 1;
      while (k < tokens.length && k <= i + 3 && tokens[k].cap && tokens[k].word) k++;
      if (k > i + 1 && /^(?:se|s['’]|\p{L}{3,}ant)$/u.test(tokens[k]?.lower ?? '')) return false;
    }
    // ("Les chercheurs ont écrit une étude sur …", "il écrit des romans": writing a work, a determiner and its noun
    // right after, reports no claim; "écrit que", "écrit :", "écrit dans un communiqué" still do; session 30, judged
    // noise on the fresh French pool.)
    if (/^écri/.test(word) && /^(?:un|une|des|le|la|les|l['’]|son|sa|ses|leur|leurs|plusieurs)$/.test(following?.lower ?? '')) return false;
    // ("reconnu comme l'un des plus exigeants", "reconnu coupable d'espionnage": a reputation or a verdict, the passive of
    // the judging sense (Le Petit Robert, "reconnaître" II), not an avowal; "a reconnu que", "a reconnu les faits" still
    // are. Session 33, judged a miss on French batch 15 and noise on the tuning set.)
    if (word === 'reconnu' && /^(?:comme|coupables?|innocente?s?|responsables?)$/.test(following?.lower ?? '')) return false;
    // ("Des groupes de défense des droits de l'Homme parlent de répression", "Une source à la Maison Blanche parle d'un
    // échec": "parler de", naming what happened in one's own words, a characterisation; only before its "de"; not "parler
    // avec", "parler à". Session 40, a miss on French batch 23 that its judges agreed with.)
    // (A stressed pronoun set off by commas may stand between: "parlent, eux, de violences".)
    if (/^parl/.test(word)) {
      const j = tokens[i + 1]?.lower === ',' && frStressedPronouns.has(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower === ',' ? i + 4 : i + 1;
      return /^(?:de|d['’]|du|des)$/.test(tokens[j]?.lower ?? '');
    }
    // ("qui tablait en septembre sur 5,2 milliards": "tabler" only before its "sur", a time phrase of up to three words
    // between.)
    if (word.startsWith('tabl')) return tokens.slice(i + 1, i + 5).some((t) => t.lower === 'sur');
    // ("un état de santé critique.", "une situation critique, selon …": "critique" before punctuation is the adjective,
    // "critical"; the verb takes an object, "critique le gouvernement". Session 40, a misread on French batch 23.)
    if (/^critiquen?t?$/.test(word) && (following === undefined || /^[.,;:!?)»]$/.test(following.lower))) return false;
    // ("De nombreuses raisons expliquent le début de la guerre": a cause, not a speaker, explains; session 30.)
    if (word.startsWith('expliqu') && frCauseNouns.has(before)) return false;
    if (word === 'état' || word === 'mention') {
      // (An adverb may stand between the support verb and its noun: "font aussi mention de".)
      const support = /^(?:aussi|également|encore|déjà|notamment|même)$/.test(before) ? tokens[i - 2]?.lower ?? '' : before;
      // (And when it was said may stand between the noun and its "de": "a fait état dimanche de douze morts", "faisait
      // état mardi soir de …"; session 34, a probe of hand-written attributions.)
      let of = i + 1;
      while (of < i + 4 && /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|matin|soir|midi)$/.test(tokens[of]?.lower ?? '')) of++;
      if (!/^(?:fait|faisait|font|faisaient|fit)$/.test(support) || !/^(?:de|d['’]|des|du)$/.test(tokens[of]?.lower ?? '')) return false;
      // ("Le bilan fait état de huit blessés graves", "Un premier bilan faisait état de 20 morts": a toll as the subject,
      // with no one who drew it up, is the count itself, not its source; the figure has none (the French tuning set
      // labels the figure: four tolls, with the toll's subject only allowed as a vague source). Not "Le bilan de la
      // police", "Le bilan officiel", nor "Ce bilan", which refers back to one the story sourced. Session 40, misses on
      // French batch 23.)
      let s = support === before ? i - 2 : i - 3;
      // (An aside between commas may stand between the toll and its verb: "Un nouveau bilan, peu après 10 heures, fait
      // état de seize morts".)
      if (tokens[s]?.lower === ',') {
        let open = s - 1;
        while (open > 0 && open >= s - 6 && tokens[open].lower !== ',' && !/^[.;:!?]$/.test(tokens[open].lower)) open--;
        if (tokens[open]?.lower === ',') s = open - 1;
      }
      if (/^(?:initial|provisoire)$/.test(tokens[s]?.lower ?? '')) s--;
      if (!/^bilans?$/.test(tokens[s]?.lower ?? '')) return true;
      s--;
      if (/^(?:dernier|nouveau|premier|premiers)$/.test(tokens[s]?.lower ?? '')) s--;
      return !(/^(?:le|les|l['’]|un)$/.test(tokens[s]?.lower ?? '') && (s === 0 || /^[.,;:!?]$/.test(tokens[s - 1].lower)));
    }
    if (/er$/.test(word)) return /^(?:d['’]|de)$/.test(before) && /^(?:vient|venait|viennent|venaient)$/.test(tokens[i - 2]?.lower ?? '');
    // ("a fermement condamné": an adverb in "-ment" right after the auxiliary; not "le gouvernement condamné".)
    // (Nor an adverb of time or frequency, or "un temps", between the auxiliary and the participle: "avaient un temps
    // estimé", "avait longtemps pensé", "ont souvent affirmé"; session 27.)
    const adverbs = /^(?:longtemps|parfois|souvent|toujours)$/.test(before) ? 1 : before === 'temps' && tokens[i - 2]?.lower === 'un' ? 2 : 0;
    // (After "avoir" only: "est souvent considéré comme" is a passive, whose subject holds no view.)
    if (adverbs > 0) return /^(?:a|ont|avait|avaient|aurait|auraient)$/.test(tokens[i - 1 - adverbs]?.lower ?? '');
    // ("a d'ailleurs confirmé": the adverb in two tokens, right after the auxiliary; session 35.)
    if (/é$/.test(word)) return frBeforeParticiple.has(before) || /ment$/.test(before) && frAuxiliary.test(tokens[i - 2]?.lower ?? '') ||
      before === 'ailleurs' && /^d['’]$/.test(tokens[i - 2]?.lower ?? '') && frAuxiliary.test(tokens[i - 3]?.lower ?? '');
    // "La chute s'explique par …", "la reprise se confirme": a reflexive verb in a simple tense is not speech
    // (but "il se dit prêt à" is).
    if (/^(?:s['’]|se)$/.test(before) && !/^(?:dit|disent|disait|disaient|aperç\p{L}+)$/u.test(word)) return false;
    // "HP accuse une baisse de 3 %", "accusait un retard": "accuser" with a change for its object records it.
    if (word.startsWith('accus') && frChangeNouns.has(tokens[i + 2]?.lower ?? '') && frChangeDeterminers.has(tokens[i + 1]?.lower ?? '')) return false;
    return true;
  },
  continuationReach: 1,
  // (Indirect speech runs on in the conditionnel, each sentence continuing the one before, to the paragraph's end while
  // it does: "Le maire a affirmé que … . Les hôtels auraient loué 3 000 lits. Les restaurants auraient servi 200 000
  // repas." Riegel, Pellat et Rioul ch. XXIII § 2.3, the "discours indirect libre" that goes on without a verb of
  // saying; session 27, issue 13's second broad kind.)
  continuationChains: true,
  // ("Selon celle-ci, l'étoile aurait englouti une exoplanète. Ceci pourrait expliquer la hausse de sa luminosité. Les
  // baisses seraient expliquées par le passage des restes de la planète": the modal conditionnel between two reported
  // sentences leaves the run of indirect speech going; session 33, judged a source carried forward on French batch 15.)
  chainPassesThrough: /\b(?:pourr|devr)ai(?:en)?t\b/iu,
  // "Le gouvernement a décidé d'augmenter le SMIC de 2 %. Cela correspond à 9,40 euros de l'heure": the figures of an
  // opening that converts the figure before are that figure's claim, with its source or its one finding. (Session
  // 24, from the judge's noise on French batch 5a; German's "Das entspricht".)
  // (And the change of the figure just given, its noun alone before the verb: "La baisse s'établit à 3,0 % sur un an" after
  // "l'Insee estime le nombre de naissances à 63 500, contre 65 449"; not "La hausse des loyers atteint 3,2 %", another
  // measure; session 30, judged noise on the fresh French pool.)
  derivedOpener: /^\s*(?:(?:Cela|Ceci|Ce qui|Ce chiffre|Ce montant) (?:correspond|équivaut|représente)\s|(?:La|Cette) (?:baisse|hausse|progression|diminution) (?:s['’]établit|atteint|est de)\s|(?:Le|Ce) recul (?:s['’]établit|atteint|est de)\s)/u,
  headFirst: true,
  vagueCompounds: false,
  nestedQuotes: true,
  approximatorStarts: set('au environ moins plus presque près quelque'),
  clauseRelatives: set('qui'),
  relatives: set('qui'),
  invertedAfterAuxiliary: true,
  // (And the finite modals: "qui selon certains pourrait atteindre …"; session 26.)
  phraseBreakers: set('que qu\' qu’ qui mais quand lorsque car comme est sont était a ont avait sera devait devaient devrait devraient ' +
    'doit doivent peut peuvent pourrait pourraient pouvait pouvaient'),
  // (Also between an inverted cue and its speaker: "…, a annoncé mardi soir la direction".)
  // (Also "comme" opening a clause of comparison before its subject: "Comme certains observateurs le pensaient, …";
  // session 27.)
  // "Lundi, la préfecture a annoncé 14 morts", "Dans la soirée, …", "Ce matin, …", "Le lendemain, …", "Le 3 mai, …": a
  // short phrase of time or place put first, then the source (see LanguageResources.frontedAdverbial). Not "Ce chiffre,
  // …" nor "Le bilan, …", which may be what is said.
  // (Also a connective put first, "De son côté, la radio X annonce la mort de six personnes", "Pour sa part, …",
  // "Par ailleurs, …": it joins the sentence to the story, it is not what is said; session 35, judged noise on French
  // batch 17 and a probe of hand-written attributions.)
  frontedAdverbial: /^\s*(?:(?:de\s+(?:son|leur)\s+côté|pour\s+(?:sa|leur)\s+part|quant\s+(?:à|aux)\s+(?:lui|elle|eux|elles)|par\s+ailleurs|en\s+outre|de\s+plus|en\s+revanche|parallèlement|entre-temps|néanmoins|cependant|toutefois|pourtant|enfin|également)\s*,|(?:à|au|aux|après|avant|dans|depuis|dès|durant|en|hier|lors|pendant|vers|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[\s,]|aujourd['’]hui\b|(?:ce|cet|cette)\s+(?:matin|midi|soir|soir-là|week-end|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine|mois|année|jour-là)\b|(?:le|la)\s+(?:veille|lendemain|nuit|semaine|soirée|matinée)\b|le\s+\d)/iu,
  // (And the adverbs an incise puts between its cue and its inverted speaker: "…, répond encore Moscovici"; session 45.)
  // (And "néanmoins", "pourtant", sentence adverbs of contrast as "cependant" and "toutefois" are: "Pourtant, certaines
  // sources ont prétendu …"; session 46.)
  leadingNoise: set('alors aujourd\'hui aussi cependant comme dimanche également encore enfin ensuite hier jeudi lundi mardi matin mercredi néanmoins pourtant samedi soir toutefois vendredi'),
  // To whom or where it was said: "à l'AFP", "au Monde", "aux journalistes", "auprès de la presse", "dans un communiqué",
  // "devant les députés", "lors d'une conférence de presse", "sur Twitter" (session 34: the wire's "…, a déclaré à l'AFP
  // un porte-parole" read with no speaker).
  inciseComplements: set('à au auprès aux dans devant lors sur'),
  weekdays: set('lundi mardi mercredi jeudi vendredi samedi dimanche'),
  commonOpeners: set('le la les l\' l’ un une des du de au aux en dans sur pour par avec selon ce cette ces il elle ils elles on mais et ou après avant depuis lors plus moins environ près plusieurs certains'),
  // (In the imperfect too: "certains craignaient que …", "on pensait".)
  beliefCues: set('craignaient craignait craint craignent croient croit croyaient croyait espère espèrent espéraient espérait pensaient pensait pense pensent'),
  // (Requests: what they ask for is the asker's own target, not a claim: "La CGT réclame une hausse de 10 %".)
  // (And their participles in the passive, the asker named after "par": "sont réclamés par les parties civiles".)
  intentionCues: set('appelant appelle appellent appelé demandant demande demandent demandé demandée demandées demandés exige exigent exigé exigée exigées exigés ' +
    'réclamant réclame réclament réclamé réclamée réclamées réclamés'),
  feelingCues: set(''),
  studySteps: frStudyStepSet,
  // A release carried forward (see CarryWords and carriedSources): "Selon l'étude mensuelle de Pôle emploi, …" and then
  // "Dans le détail, Pôle emploi enregistre …", "Le chômage des jeunes …"; not "Ces chiffres pourraient rendre …".
  carry: {
    // (Also "baromètre", a survey or index published at intervals: "D'après le baromètre XiTi Monitor, la part
    // d'utilisation de Firefox … est passée à 23,2 %" then "… avec un taux d'utilisation de 40,5 %"; session 34.)
    releaseNouns: set('baromètre baromètres enquête étude études note perspectives prévisions publication rapport relevé résultats sondage sondages statistiques'),
    indicators: set('chômeurs effectifs embauches emploi emplois inscrits licenciements naissances ventes'),
    // (A body refers back by the noun of its own name, see CarryWords.)
    // ("l'estimation": "Le FMI évaluait le PIB par habitant à 312,5 dollars. Pour 2016, l'estimation tombe à 260
    // dollars" goes on with the body's estimate; session 32, judged noise on French batch 14.)
    // ("Selon une étude de l'Observatoire des inégalités, le tabac reste un marqueur social. Si …, les ouvriers continuent
    // à fumer deux fois plus que les cadres (38 contre 19 %)": a study's findings go on in the next sentences of its
    // paragraph; session 32, judged noise on French batch 14. Not "chiffres", "résultats", "rapport": "Renault a publié
    // ses résultats. Le marché automobile a reculé de 3 %", "L'Office a publié son rapport annuel. La baisse s'établit à
    // 8,7 %" give another measure.)
    studyNouns: set('enquête enquêtes étude études sondage sondages'),
    referents: set('chiffres données enquête estimation estimations étude rapport relevé relevés résultats sondage statistiques'),
    authors: set('auteurs chercheurs équipe interrogées interrogés scientifiques sondés'),
    measureNouns: set('nombre niveau part proportion taux total'),
    complements: set('d\' d’ de des du'),
    determiners: set('ce ces cet cette l\' l’ la le les'),
    // (And "en un an", "sur deux ans", "en trois mois": a release's period, "Les derniers chiffres donnés par l'ACPM …
    // En un an, Le Figaro et Le Monde baissent de 2,4 et 2,7 %"; session 35, judged noise on French batch 17.)
    openers: /^(?:dans le détail|en détail|(?:en|sur) (?:un|deux|trois|quatre|cinq|six|dix|\d+) (?:ans?|années|mois|semaines|trimestres?)|sur l['’]année|sur (?:un|le) (?:mois|trimestre)|en glissement annuel|en rythme annuel|au total|en revanche|à l['’]inverse|par rapport (?:à|au|aux))(?![\p{L}])/iu,
    pronouns: /^(?:il|elle|ils|elles|ceci|cela|celui-ci|celle-ci|ceux-ci|celles-ci|ces derni(?:er|ère)s)(?![\p{L}-])/iu,
    // (Conditionals, "serait", "pourraient", "s'avèrerait" — not "portrait", "retrait", "extrait", nor "devrait", a
    // forecast — and hedges.)
    // (Not "il faut remonter à 2009 pour trouver …": the writer places the source's figure in its own series, no hedge;
    // session 30, judged noise on the fresh French pool.)
    reasoning: /(?<![\p{L}])(?:(?!devr|(?:abs|at|dis|ex|por|re|sous)?trait(?![\p{L}]))\p{Ll}{2,}rai(?:en)?t|pourr(?:a|ont)|peut-être|probablement|sans doute|semble(?:nt)?|il faut(?! remonter)|il faudra|il sera nécessaire)(?![\p{L}])/iu,
    forecast: /(?<![\p{L}])(?:devrai(?:en)?t|devr(?:a|ont))(?![\p{L}])/iu,
    forecastNouns: set('perspectives prévision prévisions projection projections'),
    changeWords: set('augmentation augmentations baisse baisses diminution hausse hausses progression recul'),
  },
  claimPassive: set('dit cru censé'),
  hedges: [
    // Sentence adverbs: the claim stands without them.
    // ("papillons donc sûrement irradiés": "sûrement" and "certainement" say "probably" in French copy, not "surely",
    // except in a denial, "certainement pas"; "lentement mais sûrement" is manner, see the hedging rule.)
    ...['apparemment', 'certainement', 'manifestement', 'peut-être', 'possiblement', 'probablement', 'sans doute', 'semble-t-il',
      'sûrement', 'visiblement', 'vraisemblablement'].map((phrase) => ({phrase, removable: true,
      ...(phrase === 'certainement' || phrase === 'sûrement' ? {deniedBy: set('jamais non pas plus point')} : {})})),
    // Hearsay: the claim is someone's, and nobody is named. "Présumé" and "prétendument" are "allegedly".
    // ("Présumé" in the copy is the presumption of innocence, "l'auteur présumé", "diffamation présumée": a hedge only
    // in a headline whose lede names nobody; session 30.)
    ...['présumé', 'présumée', 'présumés', 'présumées', 'prétendument', 'selon toute vraisemblance']
      .map((phrase) => ({phrase, removable: false, hearsay: true, ...(phrase.startsWith('présum') ? {headlineOnly: true} : {})})),
    // (And its kin, "in all likelihood" too: "selon toute probabilité", "selon toute apparence"; session 38, labelled on
    // the French tuning set.)
    ...['selon toute apparence', 'selon toute probabilité'].map((phrase) => ({phrase, removable: false, hearsay: true})),
    // The writer's inference and estimate, as "il est probable que" below: "Ce retard laissait supposer un problème
    // technique", "Un second tour est très probable" (not before "que", which the impersonal modals read; session 38,
    // labelled on the French tuning set).
    ...['est fort probable', 'est probable', 'est très probable', 'laissaient supposer', 'laissait supposer', 'laisse supposer', 'laissent supposer']
      .map((phrase) => ({phrase, removable: false, notBefore: set('que qu\' qu’')})),
    // (And the superlative of likelihood, as English "most likely": "La cause la plus vraisemblable de l'accident est le
    // verglas", "l'hypothèse la plus probable"; session 40, a miss on French batch 23.)
    ...['la plus probable', 'la plus vraisemblable', 'le plus probable', 'le plus vraisemblable', 'les plus probables', 'les plus vraisemblables']
      .map((phrase) => ({phrase, removable: false})),
    // Epistemic verbs: speculation the writer has not pinned to anyone.
    // ("Il se pourrait que dimanche soit la journée la plus chaude", "il se peut que": "it may be that", impersonal.)
    // (Every tense of "sembler" that states the writer's impression: "semblait", "semblerait"; session 26, the class of
    // verbs of appearance, Riegel, Pellat et Rioul, ch. XXIII § 5, modalisation.)
    // (In a sports story, before an infinitive of action, the play described: "semble survoler ses concurrents";
    // `Hedge.describesPlay`, session 30.)
    // (Not before a word of what a scene looks like, the look described, which anyone there saw: "la maison, qui semblait
    // inoccupée", "la mer semble briller", "la salle semblait vide"; session 32, judged noise on French batch 14. Not
    // "semble calme" of a situation, "semble intact" of a plan, which judge; only the plain look of a place or a light.)
    // (A connective may stand between the verb and "que": "Il se pourrait cependant que THQ Nordic prépare …"; session 40,
    // a miss on French batch 23.)
    ...['il se peut que', 'il se pourrait que', 'il semble que', 'il semblerait que', 'semblaient',
      'semblait', 'semble', 'semblent', 'semblerait', 'sembleraient',
      ...['aussi', 'bien', 'cependant', 'donc', 'également', 'même', 'néanmoins', 'pourtant', 'toutefois']
        .flatMap((connective) => [`il se peut ${connective} que`, `il se pourrait ${connective} que`])]
      .map((phrase) => ({phrase, removable: false, ...(phrase.startsWith('sembl') ? {describesPlay: true, notBefore: frLookWords} : {})})),
    // The impersonal modal constructions as a class (session 27): "il est (adverbe de degré) adjectif de probabilité
    // que …", the writer's estimate of likelihood (Riegel, Pellat et Rioul, ch. XXIII § 5, modalisation: "il est
    // probable / possible / vraisemblable que"; Grevisse § 1125, the impersonal + adjective + "que"), in any tense of
    // "être", negated for the double negatives of possibility ("il n'est pas exclu que"), before "que" or its elision
    // only ("Il est probable qu'il fera des annonces"; "il est possible de réserver" is a means, not a doubt).
    ...frImpersonalModals.map((phrase) => ({phrase, removable: false, onlyBefore: set('que qu\' qu’')})),
    // "pouvoir bien" in the conditionnel is the writer's "may well" (the standard's §4): "La Chine pourrait bien se
    // voir forcée de …"; (also with "fort" or "très" before "bien").
    ...['pourrait bien', 'pourraient bien', 'pourrait fort bien', 'pourraient fort bien', 'pourrait très bien', 'pourraient très bien']
      .map((phrase) => ({phrase, removable: false})),
    // "pouvoir" in the conditionnel doubled by a hedge, "pourrait éventuellement demander", and on who is among the
    // victims or a group, "Le chauffeur et sa famille pourraient faire partie des victimes", "pourrait figurer parmi
    // les disparus": the writer's guess at a fact of the story, not a forecast ("pourrait coûter", "pourrait décider de
    // l'élection" stay unread, a possibility). (Session 31, judged misses on French batch 13.) Not in a condition's
    // clause nor a relative clause, which describe a plan or a case imagined ("une date butoir après laquelle ils
    // pourraient éventuellement durcir les sanctions").
    ...['pourrait', 'pourraient'].flatMap((modal) => ['', 'aussi ', 'également ', 'même '].flatMap((adverb) =>
      ['compter parmi', 'éventuellement', 'faire partie', 'figurer parmi'].map((what) => `${modal} ${adverb}${what}`)))
      .map((phrase) => ({phrase, removable: false, notInClause: /(?:^|\s)(?:auquel|auxquelles|auxquels|desquelles|desquels|dont|duquel|laquelle|lequel|lesquelles|lesquels|où|qui|si|s['’]ils?)(?:\s[^,.;:!?()]*)?$/u})),
    // The writer's own inference given to the impersonal "on" with a modal (session 29, judged misses on French batch
    // 11): "on peut penser que", "On peut donc supposer que", "l'on pourrait croire que"; and the impersonal
    // conjecture "il pourrait s'agir de", "il peut s'agir d'" (what a thing may be, nobody said to think so).
    // (With any connective of the class between, "On peut toutefois supposer que", "l'on pourrait néanmoins penser que";
    // session 33, a miss on the French tuning set.)
    ...['on peut', 'on pourrait', 'l\'on peut', 'l\'on pourrait', 'l’on peut', 'l’on pourrait'].flatMap((modal) => ['', 'alors ', 'aussi ', 'cependant ',
      'donc ', 'dès lors ', 'également ', 'néanmoins ', 'toutefois '].flatMap((adverb) =>
      ['croire', 'imaginer', 'penser', 'supposer'].map((verb) => `${modal} ${adverb}${verb}`)))
      .map((phrase) => ({phrase, removable: false, onlyBefore: set('que qu\' qu’')})),
    ...['il peut s\'agir', 'il peut s’agir', 'il pourrait s\'agir', 'il pourrait s’agir', 'il pourrait bien s\'agir', 'il pourrait bien s’agir']
      .map((phrase) => ({phrase, removable: false})),
    // The writer's guess at who is behind an event, "pouvoir être" in the conditionnel before a phrase of cause or
    // authorship: "les séparatistes, qui pourraient être à l'origine de l'attaque", "pourrait être derrière l'attentat",
    // "pourrait être l'auteur des tirs"; as "pourrait figurer parmi les victimes", a fact of the story guessed, in a
    // relative clause on a real referent too (session 33, a judged miss on French batch 15). Not "pourrait être à
    // l'origine d'un projet" as a forecast: the blame phrases only.
    // (And the cause named as such, "Le brouillard pourrait être la cause principale de cet accident"; session 41, a miss
    // on French batch 24 its judges agreed with. Not "pourrait être due à", which the tuning set's one case shows
    // inside a view "Pour les buralistes, …" that Sourced does not read as a source.)
    ...['pourrait', 'pourraient'].flatMap((modal) => ['à l\'origine', 'à l’origine', 'derrière', 'la cause', 'les causes', 'l\'auteur', 'l’auteur', 'les auteurs', 'responsable', 'responsables']
      .map((what) => `${modal} être ${what}`))
      .map((phrase) => ({phrase, removable: false, notInClause: /(?:^|\s)(?:si|s['’]ils?)\s/u})),
    // "Il paraît que …", "…, paraît-il": "it is said", hearsay with nobody named.
    ...['il paraît que', 'paraît-il'].map((phrase) => ({phrase, removable: false, hearsay: true})),
    // (Not "risquer de" before an infinitive, "La mort du chef risque d'aggraver les tensions", read as a hedge from
    // session 26 to 31: the outcome the story's facts make likely, stated as such. The French tuning set's editors never
    // required it as a hedge in 863 articles (session 32) (10 allowed, 7 judged noise, one labelled a judgement with no holder);
    // session 32.)
  ],
  // The conditionnel journalistique: "aurait été tué", "serait en fuite", "serait dû à une panne" reports an
  // unverified claim; "aurait dû", "aurait pu" are the plain past of a modal (and "aurait du" before an infinitive, its
  // common misspelling: "le rôle qu'il aurait du avoir"; not "aurait du mal à") (after "aurait" only: "serait dû à" is
  // "être dû à", a cause; and "aurait publié" is no "aurait pu"). (Also with a negation's second word between, "n'aurait
  // jamais pu se produire", "n'aurait pas dû"; session 31, judged noise on French batch 13.) (Nor the age a person
  // who died would have reached, "Il aurait eu 70 ans à la fin du mois", "il aurait fêté ses 90 ans", a conditionnel of
  // hypothesis; session 41, judged noise on French batch 24.)
  hedgePatterns: [
    // (Not in a relative clause of an indefinite, which imagines a kind of thing: "un gouvernement qui continuerait
    // cette politique", "une loi qui serait votée sans débat", "un système de coupons » qui plafonneraient les
    // dépenses", a proposal described, with up to three words and a closing quotation mark before "qui"; judge-fr5b F10.)
    // (Nor in a sentence with a condition, a hypothetical: "Si le vent tombait, l'incendie serait maîtrisé", "s'il
    // pleuvait, le match serait reporté".)
    // (An abbreviation's period may stand before the verb: "Le suspect, M. Durand, aurait quitté le pays".)
    // (An incise may stand between the auxiliary and the participle: "Deux Turcs auraient, dans le contexte de la visite,
    // détourné un avion"; the negation before it too, "n'aurait pas quitté".)
    // (Gated: the auxiliary is a whole word, "aurait", "auraient", "serait", "seraient"; 3% of French news sentences hold
    // one. The look-ahead before the look-behinds, which the auxiliary after them implies, tries them only where it
    // starts: tried at every character, they cost 5–10 ms a sentence.)
    gated(() => words(String.raw`^(?![^.!?]*${frCondition})[^!?]*?(?=\b(?:aurai|serai)(?:en)?t\b)${frClassRelative(false)}${frHypotheticalFrame}${frReportedClause}\b(aurai(?:en)?t(?=\s+(?!(?:(?:jamais|pas|plus|guère|certainement|sans\s+doute)\s+)?(?:dû|pu|voulu|fallu|aimé|préféré|souhaité|du\s+\p{L}+(?:er|ir|re|oir)|eu\s+[\p{L}\d-]+\s+ans|fêté\s+(?:ses|son|leurs?)\s+[\p{L}\d-]+\s+ans)\b)|\s*,[^,.;:!?]{1,120},\s*\p{Ll}+[éiust]e?s?\b)|serai(?:en)?t)(?:\s*,[^,.;:!?]{1,120},)?\s+\p{L}`, 'giu'), 'aurait auraient serait seraient'),
    // The simple conditionnel of any other verb, reporting a fact ("Il se déplacerait à 25 km/h", "les rats
    // développeraient deux fois plus de tumeurs"): not the modals ("pourrait", "devrait", "voudrait", "faudrait"),
    // not a wish ("aimerait", "souhaiterait"), and not in a sentence with a condition ("si …").
    // (The stem may be the whole verb before "-rait": "exclurait", "suivrait", "mourrait", "croirait".)
    // (Gated: the verb is a whole word ending in "-rait" or "-raient", since every stem of frConditionalStem ends in
    // "r"; 7% of French news sentences hold one. The look-ahead, which the verb implies, tries the look-behinds only at
    // the start of such a word.)
    gated(() => words(String.raw`^(?![^.!?]*${frCondition})[^.!?]*?(?=\b\p{L}*rai(?:en)?t\b)${frClassRelative(true)}${frHypotheticalFrame}${frReportedClause}\b((?!(?:pour|dev|voud|faud|vaud|aime|souhaite|préfére|sau|suffi|conviend)rai(?:en)?t\b)\p{Ll}*?${frConditionalStem}ai(?:en)?t)\b`, 'giu'), '', '', 'rait raient'),
  ],
  // The simple conditionnel describes a plan's terms in its description (see planReference): "Le projet de X prévoit
  // un revenu de base ; les ménages recevraient 800 euros" (not "aurait", "serait" + participle, the reportive past).
  // The sports and their ranks that mark a sports story (the titles of French Wikinews sports copy: "Athlétisme :",
  // "Coupe du monde de rugby", "Golf :"), beside the figures' event nouns and sport words; session 28, judged noise on
  // French batches 9+10 (records of a marathon, a rugby cup, a skating championship, a top scorer).
  // (Also "duathlon", "triathlon", "peloton", "circuit": session 30.)
  sportRecordWords: set('athlétisme basket basket-ball buteur buteurs champion championnats championne champions circuit cyclisme duathlon ' +
    'football golf handball marathon natation olympique olympiques patinage peloton rugby ski tennis triathlon volley'),
  // (Not a first or an only one "à avoir" done something, a perfect infinitive that sums up a career or a history, not
  // the competition's result: "le seul skieur à avoir gagné sur les trois pistes" stays; "la seule nation … à être
  // présente" is the draw's standing.)
  // (Also the field's best described in the plural, "les meilleures nageuses du peloton", "les meilleurs mondiaux de la
  // spécialité": who leads a race, not a ranking anyone vouches for; the whole claim, so "les meilleurs … de
  // l'histoire" stays; session 30, judged noise on French batch 12.)
  // (And the best start of a race, "a pris le meilleur départ de la finale", the race as it was run; session 32, judged
  // noise on French batch 14.)
  sportResult: words(String.raw`^les\s+meilleure?s\s+\p{L}+$|^(?![^]*\bà\s+avoir\b)[^]*\b(?:records?|premi(?:er|ère)s?|seule?s?|derni(?:er|ère)s?|meilleure?s?\s+(?:buteurs?|buteuses?|chronos?|départs?|marqueurs?|notes?|performances?|scores?|temps))\b`, 'iu'),
  supportNouns: set('avis opinion part'),
  planMood: /^(?!aurai(?:en)?t$|serai(?:en)?t$)\p{Ll}+ai(?:en)?t$/u,
  // A hypothesis the next sentences' simple conditionnel carries on (Riegel, Pellat et Rioul, ch. X § 2.5: the
  // conditionnel of a "système hypothétique" continues the scenario across sentences): a condition ("si" before its
  // subject, not the adverb of degree "si grand"; "au cas où"), an imagined referent ("un tel", "de telles"), a modal of possibility in the conditionnel ("pourraient
  // embraser la région"); judged noise on French batches 9+10 (the Iran scenario).
  // An infinitive that opens its clause (the sentence, or after a comma or "que") and is followed by its complement
  // is the subject of the conditionnel, an act imagined, not a fact reported (Riegel, Pellat et Rioul, ch. XI § 2.2,
  // the infinitive as subject): "Accéder aux demandes des radicaux aurait eu pour effet de …", "Fermer l'usine
  // coûterait 3 millions". (Not a noun or adverb of the same ending: "hier", "premier", "notre", "entre".) And
  // "cela", "ce qui" before a verb of equivalence, the restatement of a figure just given: "Cela représenterait donc une
  // hausse de 0,5 point". (Session 30, judged noise on French batch 12.) Also "permettrait" after them, the
  // consequence of a measure just described: "Ceci permettrait de juger ces actes" (session 30, second fresh pool).
  // (And the present conditionnel of a verb of consequence, what something would bring about, not what someone reports:
  // "une défaite de Romney dans cet État compromettrait ses chances", "Une baisse entraînerait …", "1 kg de combustible
  // produirait autant d'énergie que …"; not reflexive, "se produirait", an event reported; not "coûterait",
  // "rapporterait", a figure's; not "permettrait", as often what a law passed is said to allow, "elle permettrait de
  // supprimer des postes"; session 37, judged a conditional of consequence on French batch 20 and noise on the tuning
  // set, where 1 of 17 such verbs is labelled.)
  // (And a condition whose subject is a name, "Si WASP-39b a bien été bombardée, celle-ci n'aurait …", at the sentence's
  // start or after its punctuation, not the concessive "même si": the hedge patterns' conditions read no capital, being
  // case-insensitive; session 31, judged noise on French batch 13.)
  irrealisConditional: /(?:(?:^|[,;:]\s+|\bqu(?:e\s+|['’]))(?:ne\s+pas\s+|n['’]|se\s+|s['’])?(?!(?:[Hh]ier|[Pp]remier|[Dd]ernier|[Ee]ntier|[Nn]otre|[Vv]otre|[Aa]utre|[Cc]ontre|[Ee]ntre|[Oo]utre)\s)[A-ZÀÂÉÈÊÎÔa-zàâçéèêëîïôûùüÿœ]+(?:er|ir|re|oir)\s+(?:le|la|les|l['’]|un|une|des|du|de|d['’]|à|au|aux|ce|cet|cette|ces|son|sa|ses|leur|leurs|sur|avec|contre|plus|moins)(?![\p{L}])[^,;:.!?]*|\b(?:[Cc]ela|[Cc]eci|[Çç]a|[Cc]e\s+qui)\s+(?:ne\s+|n['’])?(?:\p{Ll}+\s+)?(?=(?:équivaudr|correspondr|permettr|représenter|reviendr)ai(?:en)?t$))\p{Ll}+ai(?:en)?t$|^(?:[^.!?]*?[,;:]\s+)?[Ss]i\s+\p{Lu}[^.!?]*\s(?:n['’])?\p{Ll}+ai(?:en)?t$|(?<!\bse\s|\bs['’])\b(?:compromettr|conduir|entraîner|produir|provoquer)ai(?:en)?t$/u,
  // "Cette mesure aurait pour effet un refus …", "aurait pour conséquence de …": the present conditionnel of "avoir pour
  // effet" says what something would bring about, as the verbs of consequence above (session 38, judged a conditional of
  // consequence on French batch 20). Not "aurait eu pour effet", the past, which reports what happened.
  consequenceAfter: /^\s+pour\s+(?:conséquences?|effets?|résultat)\b/u,
  hypothesisSentence: words(String.raw`\b(?:si\s+(?:l['’]|(?:le|la|les|un|une|des|on|il|ils|elle|elles|nous|vous|ce|cet|cette|ces|son|sa|ses|leur|leurs)\b|\p{Lu})|s['’]ils?|(?:au|aux|dans\s+les?)\s+cas\s+où|(?:un|une|de)\s+tel(?:le)?s?|pourrai(?:en)?t)\b`, 'iu'),
  hiddenClaims: [
    {
      // (Also with an adverb inside the compound tense and the elided "d'": "avait déjà été soupçonné", "a longtemps
      // été considéré comme", "est soupçonné d'avoir".)
      // (Any adverb of time, degree or manner between the auxiliary and the participle, as the class: "est déjà perçu
      // comme une tendance", "est aussi considéré comme", "sont désormais jugés"; session 27.)
      // (Also the present participle "étant" (not "ayant été", whose holder is the main clause's subject: "Ils ont
      // suspendu les négociations, l'offre ayant été jugée insuffisante"), a pronoun's emphasis and the adverbs of frequency and
      // degree: "les forces de police étant fréquemment soupçonnées", "ces taux sont eux-mêmes très critiqués";
      // session 30, judged misses on French batch 12.)
      // (Nor "considéré comme" + an attribute + the criterion that defines it, a rule's or a statistic's definition, not
      // a view: "un couple était considéré comme pauvre s'il disposait de moins de 2 200 €", "un enfant est considéré
      // comme orphelin dès lors qu'il a perdu un parent"; session 32, judged noise on the French tuning set.)
      // (Any adverb in "-ment" between the auxiliary and the participle, up to two, as the class the list above samples:
      // "a été particulièrement critiqué", "sont très largement considérés"; and the judgements of a tip and a reception,
      // "étaient donnés largement favoris", "a été accueillie positivement", whose holder is hidden as a critic's is;
      // session 32, judged misses on French batch 14 and the tuning set.)
      // (Not after a reflexive pronoun, whose subject holds the view of itself: "Berlusconi s'était présenté comme le seul
      // rempart", "ils se sont présentés comme des policiers"; session 32, judged noise on French batch 14.)
      // (And "interprété comme", a reading of an event someone made: "L'ordre était interprété comme le début des
      // préparations des funérailles"; session 40, a miss on French batch 23 that its judges agreed with.)
      // (And the other compound forms and judgements the French tuning set labelled and Sourced missed, session 40: "après
      // avoir été critiquée", "Ayant été vivement critiquée, la réforme …" at the sentence's start (after a main clause
      // "ayant été" keeps that clause's holder, above), "sont suspectés d'avoir volé", "des violences étaient craintes",
      // "est fréquemment donné comme un des favoris".)
      // (And "perçu" with a place or a group between it and "comme", "Le dinar était perçu dans le sud comme une
      // manifestation de l'arabisation" (not "perçus par les Sindumuja comme", whose agent holds the view), and "pressenti"
      // with no agent, wherever its role is said, "Jacob Zuma était pressenti dans son parti, …"; session 41, misses on
      // the French tuning set.)
      // ("jugé" with no attribute after it is a trial, a fact of the court record: "deux manifestants ont été jugés,
      // l'un a écopé de …", "a été jugé lundi", "sont jugés pour vol"; session 30, judged noise on the fresh French pool.)
      // (And the other judgements of the class, blame and acclaim held by nobody, "est aussi dénoncée", "reconnue comme un
      // des plus difficiles", after the connectives a sentence goes on with, "cependant", "pourtant", "toutefois", and
      // "depuis longtemps"; session 33, judged misses on French batch 15.)
      // (And blame and a tip of the same class: "dont la légalité est contestée", "a largement été mise en cause", "est
      // donné vainqueur", and a fact vouched for by nobody, "des agressions ont été attestées"; session 37, misses on
      // French batch 20 that its judges agreed with.)
      pattern: gated(() => words(String.raw`\b(?<!\bs['’]|\bse\s)(?:est|sont|était|étaient|étant|fut|furent|sera|seront|soit|soient|(?:a|ont|avait|avaient|(?<=\b(?:après|sans)\s+)avoir|(?<=^\s*)ayant)\s+(?:(?:alors|déjà|longtemps|souvent|toujours|\p{L}{4,}ment)\s+){0,2}été)\s+(?:(?:eux|elles|lui|elle)-mêmes?\s+)?(?:(?:aussi|cependant|communément|couramment|de plus en plus|déjà|depuis longtemps|désormais|également|en effet|encore|fortement|fréquemment|généralement|habituellement|largement|mondialement|parfois|pourtant|régulièrement|sévèrement|souvent|toujours|toutefois|traditionnellement|très|unanimement|universellement|vivement|volontiers|\p{L}{4,}ment)\s+){0,2}(?:considérée?s?(?!\s+comme\s+[\p{L}-]+\s+(?:si\s|s['’]ils?\b|lorsqu(?:e\s|['’])|dès\s+(?:lors\s+)?qu(?:e\s|['’])|quand\s|à\s+partir\s+d|au-delà\s+d|en\s+dessous\s+d))|jugée?s?(?!\s*(?:[,.;:!?]|$)|\s+(?:à|au|aux|coupables?|devant|en|hier|irrecevables?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|non|pour|sur)\b)|critiquée?s?|dénoncée?s?|accusée?s?(?=\s+de\b|\s*d['’])|soupçonnée?s?|suspectée?s?(?=\s+de\b|\s*d['’])|crainte?s?|donnée?s? comme|perçue?s?(?:\s+(?!par\b|comme\b)[\p{L}'’-]+){0,4}?\s+comme|interprétée?s? comme|reconnue?s? comme|vue?s? comme|décrite?s? comme|présentée?s?(?:,\s[^,.;:!?]{1,30},)?\s+comme|pressentie?s?(?!\s+par\b)|(?<=(?:généralement|largement|majoritairement|unanimement)\s)(?:approuvée?s?|appréciée?s?|saluée?s?)|qualifiée?s? de|réputée?s?|donnée?s?\s+(?:\p{L}{4,}ment\s+)?(?:grande?s?\s+)?(?:favori(?:te)?s?|gagnante?s?|vainqueurs?)|contestée?s?|mise?s?\s+en\s+cause|attestée?s?|accueillie?s?\s+(?:très\s+|plutôt\s+)?(?:chaleureusement|favorablement|fraîchement|froidement|négativement|positivement))\b|\bs['’](?:est|sont) (?:\p{L}+ ){0,3}?imposée?s? comme\b`, 'giu'), passiveJudgementGate),
      messageId: 'passive',
      examples: ['est considéré comme', 'a été critiqué'],
      // ("s'est imposé comme un symbole": a reputation nobody is said to hold.)
      agent: frNamedAgent(),
    },
    {
      // A participle of blame that opens the sentence, with no auxiliary and no agent, the writer's own charge on the
      // subject after it: "Controversé pour son rôle obscur dans la mort de …, il …", "Accusé de faire le bonheur des
      // trafiquants, il est …" (read by the charges' pattern), "Critiqué pour sa gestion, le ministre …" (session 41, the
      // two the French tuning set holds, both labelled). With its agent, "Critiqué par l'opposition pour …", the agent
      // holds it.
      pattern: words(String.raw`(?<=^\s*)(?:controversée?s?|décriée?s?|(?:critiquée?s?|contestée?s?)(?=\s+pour\b))`, 'giu'),
      messageId: 'passive',
      examples: ['Controversé', 'Critiqué'],
      agent: frNamedAgent(),
    },
    {
      // The same participles of judging with no auxiliary, after the noun they qualify (session 29, judged a miss on
      // French batch 11): "des sorties jugées trop dangereuses", "un joueur considéré comme le favori". Not after an
      // auxiliary or its adverb (the pattern above), not a trial ("jugé pour meurtre", "jugé coupable", "jugé en appel"),
      // not with its agent ("jugées trop dangereuses par la NASA").
      // (And "reconnu comme", acclaim held by nobody: "un triathlon reconnu comme un des plus difficiles au monde";
      // session 33, a judged miss on French batch 15.)
      // (And a reputation, "réputé" before its attribute or "pour", as after an auxiliary: "le quartier des Grésilles,
      // réputé difficile", "une unité réputée pour sa combattivité", "un quartier pourtant réputé sûr"; not "réputé dans
      // le domaine", renowned; session 34, four labelled on the French tuning set and one on batch 16.)
      // (And "donné comme", a tip nobody is said to give: "López, fréquemment donné comme un des favoris"; session 40, a
      // miss on the French tuning set.)
      // (Nor after "avoir", a compound tense whose subject holds the view: "l'élection qu'il avait considérée comme
      // suicidaire", "qu'il a jugée truquée"; session 38, judged a misread on French batch 20.)
      // (Nor after a conditional auxiliary and its negation, "l'état du médecin ne serait pas jugé critique": the
      // hearsay conditional is the problem, hedging's, as with no negation; session 40, a miss on French batch 23.)
      pattern: words(String.raw`(?<=[\p{L},]\s+)(?<!\b(?:serait|seraient)\s+(?:pas|plus|jamais)\s+)(?<!\b(?:a|ai|as|avait|avaient|avoir|ayant|aura|auront|aurait|auraient|avons|avez|ont|est|sont|était|étaient|fut|furent|sera|seront|soit|soient|serait|seraient|été|être|étant|aussi|communément|couramment|déjà|désormais|également|encore|généralement|habituellement|largement|longtemps|parfois|souvent|toujours|unanimement|volontiers)\s+)(?:jugée?s?\s+(?:(?:trop|très|peu|plus|moins|particulièrement|extrêmement|insuffisamment|suffisamment)\s+)?(?!(?:à|au|aux|coupables?|devant|en|irrecevables?|la|le|les|l['’]|non|par|pour|recevables?|responsables?|sur)\b)\p{L}{4,}|(?:considérée?s?|donnée?s?|reconnue?s?)\s+comme|réputée?s?\s+(?:pour|être|(?!(?:à|au|aux|comme|dans|de|des|du|en|par|pour|sur)\b)\p{Ll}{3,}))\b`, 'giu'),
      messageId: 'passive',
      examples: ['jugées trop dangereuses', 'considéré comme'],
      agent: frNamedAgent(),
    },
    {
      // The same participles opening the sentence, in apposition to its subject (session 30, judged a miss on French
      // batch 12): "Qualifié de « charismatique », il s'oppose …", "Considéré comme le favori, il …", "Réputée pour sa
      // rigueur, elle …"; not with its agent ("Qualifié de … par ses partisans").
      // (And the charges of blame, "Accusé de faire le bonheur des trafiquants, il …", "Soupçonné de fraude, le maire …";
      // session 33, a judged miss on French batch 15.)
      pattern: gated(() => words(String.raw`^(?:(?:qualifiée?s?|accusée?s?|soupçonnée?s?)\s+d(?:e\b|['’])|(?:considérée?s?|décrite?s?|perçue?s?|présentée?s?)\s+comme\b|réputée?s?\s+pour\b)`, 'giu'), 'qualifié qualifiée qualifiés qualifiées accusé accusée accusés accusées soupçonné soupçonnée soupçonnés soupçonnées considéré considérée considérés considérées décrit décrite décrits décrites perçu perçue perçus perçues présenté présentée présentés présentées réputé réputée réputés réputées'),
      messageId: 'passive',
      examples: ['qualifié de', 'considéré comme'],
      agent: frNamedAgent(),
    },
    {
      // The same judgements as a participle right after its noun or a comma, with no auxiliary (a reduced relative):
      // "de nouveaux membres supposés lui être dévoués", "et, à ce titre, considéré comme un des artisans de la
      // victoire", "un candidat pressenti pour la présidence"; not with its agent ("considéré comme le favori par les
      // sondages"), nor after an auxiliary, where the passive above reads it or the subject holds the view ("qu'il avait
      // considérée comme suicidaire"). Session 39, misses on French batch 22 that its judges agreed with.
      pattern: gated(() => words(String.raw`(?<=\p{L}{3,}\s|,\s)(?<!\b(?:a|ai|aient|ait|as|aurait|avaient|avais|avait|avez|avons|ayant|eu|ont|est|sont|était|étaient|été|étant|fut|furent|sera|seront|soit|soient)\s)(?:(?:considérée?s?|présentée?s?)\s+comme\b|supposée?s?\s+(?:(?:lui|leur)\s+)?être\b|pressentie?s?\s+(?:pour|comme)\b)`, 'giu'), 'considéré considérée considérés considérées présenté présentée présentés présentées supposé supposée supposés supposées pressenti pressentie pressentis pressenties'),
      messageId: 'passive',
      examples: ['supposés lui être', 'considéré comme'],
      agent: frNamedAgent(),
    },
    {
      // An act the writer judges arbitrary or abusive, with nobody named who judges it (session 30, a judged miss on
      // French batch 12; "choisies arbitrairement" was labelled in the tuning set): "détenus de façon arbitraire",
      // "arrêtés arbitrairement", "licenciés de manière abusive"; a participle and the adverb of judgement, not with its
      // agent ("jugée abusive par le tribunal" is the court's), nor the noun ("une détention arbitraire", often a
      // charge someone lays and names).
      pattern: gated(() => words(String.raw`\b\p{L}{3,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)\s+(?:de\s+(?:façon|manière)\s+(?:arbitraire|abusive)|arbitrairement|abusivement)\b`, 'giu'), 'arbitraire abusive arbitrairement abusivement'),
      messageId: 'passive',
      examples: ['détenus de façon arbitraire', 'arrêtés arbitrairement'],
      agent: frNamedAgent(),
    },
    {
      // A reputation nobody is said to hold (session 27): "passer pour" before what one is taken for ("Le dinar passait
      // pour une monnaie faible", "passe pour être le plus riche"), the agentless "il est reproché à …" and its kin
      // with a dative clitic ("il leur est reproché d'avoir", "il lui est contesté le droit"), the impersonal passive
      // of the verbs of judging and blaming (Dubois et Dubois-Charlier, Les verbes français, 1997, class C:
      // "reprocher", "contester", "imputer", "prêter" des intentions). Not "passer pour aller" (a way), nor with an
      // agent ("par la direction").
      pattern: words(String.raw`\bpass(?:e|ent|ait|aient|era|eront|erait|eraient)\s+(?:aussi\s+|souvent\s+|généralement\s+|volontiers\s+)?pour\s+(?:une?|l['’]une?|être|avoir|le plus|la plus|les plus|le meilleur|la meilleure)\b|\bil\s+(?:(?:lui|leur|nous|vous)\s+)?(?:est|était|sera|a été|avait été)\s+(?:(?:aussi|également|notamment|souvent)\s+)?(?:reproché|contesté|imputé|prêté)\b`, 'giu'),
      messageId: 'passive',
      examples: ['passe pour', 'il leur est reproché'],
      agent: frNamedAgent(),
    },
    {
      // Blame or identification nobody is said to make: "l'accident nucléaire étant tout désigné", "le coupable tout
      // désigné", "les pilotes sont pointés du doigt", "la direction est mise en cause", "il est tenu pour
      // responsable"; not a wish ("souhaitent être désignés comme francophones") nor with its agent ("désigné par
      // l'enquête comme …").
      // (With any adverb of the class before the participle, "a cependant été pointé du doigt", "est notamment mise en
      // cause", as the pattern above; session 33, a judged miss on French batch 15.)
      pattern: gated(() => words(String.raw`\btout(?:e|es)? désignée?s?\b|\b(?:est|sont|était|étaient|fut|furent|sera|seront|étant|(?:a|ont|avait|avaient)\s+(?:(?:aussi|cependant|déjà|également|pourtant|souvent|toutefois)\s+)?été)\s+(?:(?:aussi|aussitôt|cependant|clairement|déjà|également|généralement|immédiatement|largement|notamment|pourtant|souvent|toutefois|unanimement|\p{L}{4,}ment)\s+)?(?:désignée?s?\s+comme|(?:pointée?s?|montrée?s?)\s+du doigt|tenue?s?\s+pour\s+responsables?|mise?s?\s+en\s+cause)\b`, 'giu'), 'cause désigné désignée désignées désignés doigt responsable responsables'),
      messageId: 'passive',
      examples: ['étant tout désigné', 'sont pointés du doigt'],
      agent: frNamedAgent(),
    },
    {
      // A conjecture raised by nobody: the passive of a verb of putting forward ("avancer", "émettre", "évoquer",
      // "envisager", "privilégier", "soulever", "suggérer") whose subject, earlier in its clause, is a noun of conjecture
      // ("hypothèse", "idée", "piste", "possibilité", "scénario", "théorie", "thèse"): "L'hypothèse d'un essaim de comètes
      // a aussi été évoquée", "la piste criminelle est privilégiée"; not with its agent ("avancées par les gendarmes"), nor
      // a noun that says no more than itself, "Plusieurs hypothèses ont été avancées.", the lead-in of conjectures whose
      // holders follow ("Pour L'Orient-Le Jour, …"). (Session 33, a judged miss on French batch 15.)
      pattern: gated(() => words(String.raw`(?<=\b(?:hypothèses?|idées?|pistes?|possibilités?|scénarios?|théories?|thèses?)\s+[^.;:!?]{1,60}?)\b(?:(?:a|ont|avait|avaient)\s+(?:(?:aussi|déjà|également|longtemps|souvent)\s+)?été|est|sont|était|étaient)\s+(?:(?:aussi|déjà|désormais|également|\p{L}{4,}ment)\s+)?(?:avancée?s?|émise?s?|évoquée?s?|envisagée?s?|privilégiée?s?|soulevée?s?|suggérée?s?)\b`, 'giu'),
        'hypothèse hypothèses idée idées piste pistes possibilité possibilités scénario scénarios théorie théories thèse thèses'),
      messageId: 'passive',
      examples: ['a été évoquée', 'est privilégiée'],
      agent: frNamedAgent(),
    },
    {
      // "La chute des ventes s'explique par …": a cause nobody is said to give ("par" names the cause, not an agent).
      pattern: words(String.raw`\bs['’]expliqu(?:e|ent|ait|aient|erait|eraient) (?:notamment |surtout |en partie |aussi )?par\b`, 'giu'),
      messageId: 'passive',
      examples: ['s\'explique par'],
    },
    {
      // "Ces 7,2 milliards manquants sont dus à une détérioration de la conjoncture", "la panne est imputable à un
      // défaut de maintenance": a cause stated as fact, which someone must vouch for; not a debt ("les sommes dues à
      // l'État", "les salaires sont dus aux employés"); in the conditionnel ("serait dû à") hedging reports it.
      // (Not "être dû à" as fact, "Ce phénomène est dû à la forte pression", "Ces décès sont dus aux inondations", "La
      // rotation est due à un traité": an explanation, settled or plain, that the French tuning set labelled once in 8 and
      // left unlabelled 6 times; session 41. Blame's own words, "imputable", "attribuable", stay.)
      pattern: words(String.raw`\b(?:est|sont|était|étaient|fut|furent|sera|seront)\s+(?:(?:notamment|surtout|essentiellement|principalement|largement|en partie|en grande partie|avant tout)\s+)?(?:imputables?|attribuables?)\s+(?!(?:à|aux?)\s+(?:la\s+|l['’]|les\s+|ses\s+|leurs?\s+)?(?:banques?|créanciers|employés|État|fisc|fournisseurs|actionnaires|propriétaires?|salariés|Trésor)\b)(?:à|aux?)\b`, 'giu'),
      messageId: 'passive',
      examples: ['est imputable à', 'sont attribuables à'],
      // (Nor a cause asked, not asserted, in an indirect question: "impossible de dire (précisément) si cette hausse est imputable à
      // …", "reste à savoir si"; session 30, judged noise on the second fresh French pool.)
      holderBefore: /\b(?:déterminer|dire|établir|préciser|savoir|vérifier)\s+(?:\p{L}+ment\s+)?si\s+[^.;:!?]{0,70}$/u,
    },
    {
      // Someone's fault given as the cause, as fact: "a heurté la glissière suite à une vitesse trop élevée", "en raison
      // d'une erreur humaine", "à cause de la négligence du chauffeur"; not a plain sequence ("suite à l'accident d'un
      // camion") nor a failure of a thing ("suite à la défaillance d'une valve"), which are events, not blame; nor "sans
      // faute", flawless, "en raison du parcours sans faute des Sud-Africains" (session 32, judged noise on the French
      // tuning set); nor "trop" right after its determiner, a quantity, "en raison d'un trop grand nombre de
      // participants", "de trop nombreuses fautes techniques" (session 41, unlabelled twice on the tuning set).
      pattern: gated(() => words(String.raw`\b(?:suite à|à la suite d(?:e|u|es|['’])|à cause d(?:e|u|es|['’])|en raison d(?:e|u|es|['’])|du fait d(?:e|u|es|['’]))\s*(?:une?\s+|la\s+|le\s+|l['’]|des\s+|sa\s+|son\s+|ses\s+)?(?:[\p{L}-]+\s+){0,3}?(?:erreurs?|excessi(?:f|fs|ve|ves)|(?<!\bsans\s)fautes?|imprudences?|négligences?|(?<!\b(?:une?|la|le|les|des|de|d['’])\s?)trop)\b`, 'giu'), 'cause fait raison suite'),
      messageId: 'passive',
      examples: ['en raison d\'une erreur humaine', 'suite à une vitesse trop élevée'],
    },
    {
      // ("Ces 400 millions d'euros de déficit sont dus à une gestion hasardeuse", "est dû à une erreur de pilotage": "être
      // dû à" a fault, as fact, is blame someone must vouch for, as "en raison d'une erreur" is above; a plain cause is an
      // explanation, see the pattern of "imputable" above; session 41.)
      pattern: words(String.raw`\b(?:est|sont|était|étaient|fut|furent|sera|seront)\s+(?:(?:notamment|surtout|essentiellement|principalement|largement|en partie|en grande partie|avant tout)\s+)?(?:dû|dus|due|dues)\s+(?:à|aux?)(?=\s+(?:[\p{L}'’-]+\s+){0,3}?(?:erreurs?|excessi(?:f|fs|ve|ves)|(?<!\bsans\s)fautes?|gestion|imprudences?|incompétence|laxisme|mauvaise?s?|négligences?|trop)\b)`, 'giu'),
      messageId: 'passive',
      examples: ['sont dus à', 'est dû à'],
    },
    {
      // Criticism, accusations and fears nobody is said to voice: "le projet a suscité de vives critiques", "sur fond
      // d'accusations de fraude", "les critiques se multiplient"; not when their owner follows ("les critiques de
      // l'opposition", "de la part des syndicats", "de ses partenaires").
      // (Also criticism received, "avait reçu dans le passé de nombreuses critiques quant à son aide au gouvernement";
      // session 38, a miss on French batch 21 its judges agreed with.)
      pattern: gated(() => words(String.raw`\b(?:(?:suscit|soulev|provoqu|essui|essuy|attir|reç|recev)\p{L}*(?:\s+(?:aussi|déjà|également|souvent|dans le passé|à plusieurs reprises))?|fai(?:t|sait|saient|sant) l['’]objet|fai(?:t|sait|saient) face|face|malgré|sous le feu|sur fond|au milieu)\s+(?:(?:à\s+)?(?:de\s+|d['’]|des\s+|les\s+|la\s+|l['’]|une\s+|un\s+)|aux?\s+)?(?:(?:fortes|graves|lourdes|multiples|nombreuses|premières|sérieuses|sévères|vives|violentes)\s+)?(?:accusations|controverses?|craintes|critiques|doutes|inquiétudes|polémiques?|reproches|soupçons)\b|\b(?:les\s+)?(?:accusations|craintes|critiques|doutes|inquiétudes|soupçons)\s+(?:se multipli\p{L}+|fus\p{L}+|pleuv\p{L}+|grandiss\p{L}+|s['’]accumul\p{L}+)`, 'giu'), 'accusations controverse controverses craintes critiques doutes inquiétudes polémique polémiques reproches soupçons'),
      messageId: 'claimNoun',
      examples: ['a suscité de vives critiques', 'les critiques se multiplient'],
      agent: words(String.raw`^\s*(?:de la part|émanant|venues? d|formulées? par|exprimées? par)\b|^\s*(?:de|d['’]|du|des)\s*(?:(?:ses|son|sa|leurs?|\p{Lu}\p{L}*)\b|(?:la\s+|le\s+|l['’]|les\s+)?(?:\p{Lu}|opposition|gouvernement|syndicats?|partis?|ministres?|président|associations?|ONG|élus|riverains|habitants|voisins|partenaires|alliés|adversaires))`, 'u'),
    },
    {
      // ("il est décevant que ce reportage n'ait pas abordé …": a judgement nobody is said to make.)
      // (In the past too, "il a été établi que", and the hope of "on", "On espère que le temps perdu sera rattrapé";
      // session 32, judged misses on the French tuning set. And the impersonal passive of hoping, "Il est espéré que …",
      // "il est souhaité que"; session 33, a judged miss on French batch 15.)
      // ("On apprend ce samedi que les résultats seront annoncés demain", "on a appris mardi que …": news with no
      // teller, as English "it emerged that"; at most forty characters of when and where before "que". Not when it says
      // from whom, "on a appris auprès de la préfecture que …", a named source: see frLearnedFrom; session 34.)
      // (The class of "on" + a verb of thinking in any tense, the impersonal holder of a view (session 27; Dubois et
      // Dubois-Charlier's class P, "croire", "penser", "supposer", "présumer", "soupçonner"): "on croyait le problème
      // réglé", "que l'on suppose", "on le croyait perdu", "était un droit acquis… pensait-on", "on a longtemps cru
      // que"; and certainty nobody vouches for, "il va de soi que", "il est certain que", "il est notoire que". Not "on
      // estime à 200 le nombre", a figure's estimate, which the figure's own finding reports; nor, for the same reason,
      // "on estime que" with a figure at most three words on, "On estime que 1 % des adultes sont infectés", "on estime
      // que d'ores et déjà 17 % de la forêt a disparu": one problem, one finding; session 32, judged noise on French
      // batch 14.)
      // (And the impersonal passive of telling, "Il a été annoncé que le suspect disposait de couteaux", "il a été
      // rapporté que": news with no teller; session 35, a miss the French tuning set labelled. Not with its agent, "il a
      // été annoncé par la préfecture que", which the pattern leaves: "par" stands before "que".)
      // ("On lui reproche notamment un enrichissement personnel": the charge of "on", as "il lui est reproché"; session 34,
      // judged on French batch 16 and labelled so on the tuning set, where it was read as a vague source.)
      // (And the cause "on" gives, "On attribue le recul du souverain aux pressions déjà citées"; session 38, a miss on
      // French batch 21 its judges agreed with.)
      // (And a fear no one is said to hold, the causative "faire craindre": "Cette action fait craindre une séparation
      // partielle de l'armée", as "il y a des craintes"; and the forecast of "on", "on peut s'attendre à une augmentation
      // de la crise", as "on s'attend à ce que"; session 37, misses on French batch 20 that its judges agreed with.)
      // (And knowledge and suspicion given to "on", "On sait aussi que deux de ses proches sont en garde à vue", "On
      // soupçonne un acte terroriste"; not "lorsque l'on sait que", the writer's aside, whose
      // claim is what follows; session 41, misses on French batch 24 and the tuning set.)
      // (And the writer's observation given to "on": "On note cependant que", "on constate que", "on remarque que";
      // not in a relative, "dont on remarque qu'elle a été votée par …", which points at a record; session 30, a judged
      // miss on French batch 12.)
      // (Nothing of "on" after "si", "quand" or "lorsque": "si l'on considère que …", "quand on pense que …" are the
      // writer's premise, not a view hidden behind "on"; session 45, judged noise on the French tuning set.)
      pattern: gated(() => words(String.raw`\b(?<!\b(?:lorsque?|lorsqu['’]|quand|si)\s*(?:l['’]\s*)?)(?:on (?:apprend|a appris|vient d['’]apprendre)(?![^.;:!?«»]{0,40}?\bauprès\s)(?:\s[^.;:!?«»]{0,40}?)?\s(?:que|qu['’])|on (?:estime|pense|craint|dit|affirme|considère|espère|espérait|s['’]attend à) que?(?!\s+(?:[\p{L}'’]+\s+){0,3}\d)|(?<!\bl['’])on sait (?:(?:aussi|déjà|désormais|maintenant|également)\s+)?(?:que\b|qu['’])|on (?:soupçonne|soupçonnait)(?=\s+(?:un|une|des)\s)|(?<!\bdont\s)on (?:constate|note|remarque)(?:\s+(?:aussi|cependant|d['’]ailleurs|donc|également|pourtant|toutefois))?\s+(?:que\b|qu['’])|(?:l['’])?on (?:(?:a|avait)\s+(?:longtemps\s+|toujours\s+|souvent\s+)?)?(?:(?:croi[st]|croyait|cru|pensait|pensé|estimait|estimé|supposait|suppose|supposé|présumait|présume|présumé|craignait|considérait|considéré|jugeait|jugé|soupçonnait|soupçonne|soupçonné|imaginait)\s+(?:que\b|qu['’])|(?:croi[st]|croyait|cru|supposait|suppose|supposé|présumait|présume|présumé|considérait|considéré|jugeait|jugé|soupçonnait|soupçonne|soupçonné|imaginait)\s+(?:(?:le|la|les)(?=\s)|l['’](?=\p{L})))|(?<=\bque\s)l['’]on (?:croi[st]|croyait|dit|disait|estime|estimait|imagine|imaginait|juge|jugeait|pense|pensait|présume|présumait|soupçonne|soupçonnait|suppose|supposait)\b|(?:l['’])?on (?:le|la|les|l['’])\s*(?:croi[st]|croyait|disait|pensait|supposait|présumait|considérait|jugeait|soupçonnait|imaginait)\b|\b(?:croi|croyai|pensai|estimai|supposai|présumai|craignai|imaginai)t-on\b|il (?:est|était|a été|avait été) (?:(?:communément|généralement|largement|unanimement)\s+)?(?:admis|annoncé|attendu|dit|espéré|estimé|établi|indiqué|présumé|pronostiqué|rapporté|reconnu|signalé|souhaité|supposé) que|on (?:(?:lui|leur) )?(?:reproche|reprochait|reprochent|reprochaient)|(?:l['’])?on (?:(?:lui|leur) )?(?:attribue|attribuait)|il va de soi que|il est de notoriété publique que|il (?:est|était|semble|paraît) (?:(?:donc|bien|assez|très|particulièrement|profondément) )?(?:apparent|certain|clair|décevant|dommage|étonnant|évident|incontestable|indéniable|indiscutable|inquiétant|notoire|regrettable|scandaleux|significatif|surprenant) que|il y a (?:une |des )?(?:peurs?|craintes?|inquiétudes?|doutes?|soupçons?)|fai(?:t|sait|saient|sant|ait) (?:désormais |donc |également |aussi )?craindre|(?:l['’])?on (?:peut|pourrait) (?:donc |dès lors |également )?s['’]attendre (?:à|au|aux))\b`, 'giu'), 'craindre il on'),
      messageId: 'impersonal',
      examples: ['on estime que', 'on apprend que'],
      // (Nor "on" that reads a document the sentence names first, with its author: "Dans un communiqué de la mairie,
      // on apprend que …", "Selon le rapport de l'ONU, on constate que"; session 30, judged noise on the second fresh
      // French pool. A document of no author, "Dans un communiqué, on apprend", stays.)
      holderBefore: /\b(?:dans|selon|d['’]après)\s+(?:un|une|le|la|l['’]|son|sa|leur)\s*(?:\p{L}+\s+)?(?:article|bilan|communiqué|document|lettre|message|note|rapport)\s+(?:de|du|des|d['’])\s*[^,.;:!?]{1,60},\s*(?:l['’])?$/iu,
    },
    // (Not plain "pour la première fois", the news's own novelty: "Pour la première fois, le rapport explique …", as
    // English leaves "for the first time" alone; "pour la toute première fois" claims a record.)
    {
      pattern: gated(() => words(String.raw`\b(?:(?<!\b(?:ce|ces|cet|cette) )(?:un |le |nouveau |triste )?records?(?!\s+personnels?\b)|sans précédent|(?:(?:le|la|les|l['’])\s?(?:\p{L}+\s+){0,3}?(?:plus|moins)\s+\p{L}+(?:\s+\p{L}+){0,3}?\s+)?jamais (?:atteint|enregistré|mesuré|observé|relevé|vu)e?s?(?!\s+(?:sa|son|ses|leur|leurs)\b)|(?:plus haut|plus bas|niveau|sommet) historique|(?:ampleur|échelle|niveau|proportions?) inédite?s?|de tous les temps|depuis (?:le début des|que les) (?:relevés|mesures)|pour la toute première fois|une première(?= (?:pour|en|depuis|dans|mondiale|historique|absolue)\b|\s*[,.;!?]))|\b(?:le|la|les|l['’]|du)\s?(?:plus \p{L}+|premi(?:er|ère)s?(?!\s+(?:adjointe?s?|dames?|ministres?|secrétaires?|vice)\b)|meilleure?s?|pires?)\b[^.,;:!?«»]{0,40}?\b(?:(?:de|dans) l['’]histoire|depuis(?=\s+(?:\d|(?:au moins|ce|cent|ces|cet|cette|cinq|cinquante|de|des|deux|dix|douze|huit|la|le|les|l['’]|leur|leurs|longtemps|lors|mi|neuf|onze|plus|plusieurs|près|qu['’]|quarante|quatre|que|quelques|quinze|sa|sept|ses|six|soixante|son|toujours|trente|trois|une?|vingt|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b))|de tous les temps|au monde)\b|(?:le|la|les|l['’])\s?(?:\p{L}+\s+){0,3}?(?:plus|moins)\s+\p{L}+(?:\s+\p{L}+){0,3}?\s+jamais\s+(?!(?:atteint|enregistré|mesuré|observé|relevé|vu)e?s?\b)\p{L}{3,}(?:ée?s?|ie?s?|ue?s?|ite?s?)\b`, 'giu'), 'depuis fois histoire historique inédit inédite inédites inédits jamais mesures monde précédent première record records relevés temps'),
      messageId: 'record',
      examples: ['sans précédent', 'un record'],
      // (And "dans l'histoire" as "de l'histoire", "pour la première fois dans l'histoire de l'UE"; and a superlative before
      // "jamais" and any participle, the class the list of "jamais atteint, enregistré …" samples: "l'une des plus
      // précises jamais effectuées", "le plus grand jamais construit"; session 33, judged misses on French batch 15.)
      // ("Il s'agit du premier titre du club depuis 1985": "du", the article after "de", too.)
      // ("depuis" of a time, a date, an article or a possessive: "Le premier train se dirigeait à Mashhad depuis Semnan"
      // says where from, no record; session 45, judged noise on the French tuning set.)
      // ("38 °C à Paris, une première pour la deuxième moitié du mois": a first is a record; "une première
      // victoire", "une première fois" are not. "Ces records sont la conséquence …" refers back to a record the story
      // has stated.)
      // (A superlative right before "jamais enregistré" is the record's own words, and the finding starts there: "la
      // deuxième nuit la plus chaude jamais enregistrée"; session 30, a span the French tuning set labelled.)
      // (The scope, "depuis", "de l'histoire", "au monde", stands in the superlative's own clause: not past a comma, where
      // it belongs to the next clause, "l'usine, la plus importante de la région, est bloquée depuis dix jours", "la
      // catégorie la plus saine, la profession fait depuis face à une crise"; nor after a title, "du Premier ministre
      // depuis son annonce"; session 32, judged noise on French batch 14.)
      // (Not an athlete's own best, "a battu son record personnel", a result of the event (§1, public record); nor a
      // negated event with a possessive object, "il n'a jamais atteint sa voiture", something that did not happen to
      // someone, unlike "un niveau jamais atteint". Session 40, judged noise on French batch 23.)
    },
    {
      // A ranking before its noun, by size, weight or worth: "La plus importante conférence se tiendra à Manchester",
      // "le meilleur joueur du tournoi", "la plus grande manifestation", a ranking someone must have made
      // (EDITORIAL-STANDARD.md §5, superlatives nobody vouches for); not a generic phrase ("la meilleure façon de", "la
      // plus grande partie", "le plus grand nombre", "le meilleur moyen"), nor the superlative as a noun ("éviter le pire grâce à
      // …", "le meilleur reste à venir", "le plus important est de …"), nor the lexicalised relation "meilleur ami",
      // "pire ennemi", which ranks nothing ("la meilleure amie de la victime"; judge-fr9-1). (Session 24, from the judge's miss on French
      // batch 5a; English reads only a superlative with a scope, "the most popular blog on …".)
      // (Nor an award's name after "de" or a verb of rewarding, "le prix de la meilleure actrice", "les récompenses … de
      // la meilleure musique", "le prix qui récompense le meilleur court-métrage";
      // session 30, judged noise on French batch 12.) (Nor whatever the award's noun names right before "de": "le prix de
      // la meilleure mise en scène", "le César de la meilleure actrice"; session 38, judged a misread on French batch 21.)
      // (Nor "la plus grande ville" of a country or region, here or with its scope below: a census rank, settled public
      // record (EDITORIAL-STANDARD.md §1, low risk); session 30, judged noise on the fresh French pool.)
      // (Nor "les plus grands noms", the stars of a field, an idiom that ranks nobody in particular: "les plus grands noms
      // de la spécialité ont fait le déplacement"; session 47, judged noise by a fresh editor on the French tuning set.)
      pattern: words(String.raw`(?<!\brécompens\p{L}*\s+)(?<!\b(?:césars?|oscars?|prix|récompenses?|trophées?)\s+de\s+)\b(?:le|la|les|l['’])\s?(?:\p{L}+ième\s+)?(?:plus\s+(?:grande?s?(?!\s+villes?\b)|importante?s?)|meilleure?s?|pire?s?)\s+(?!(?<=\bde\s+la\s+meilleure\s+)(?:actrice|adaptation|chanson|interprétation|musique|photographie|réalisation|série)\b)(?!(?:avec|chances?|choses?|dans|des|est|était|façons?|fois|grâce|manières?|moments?|moyens?|noms|nombre|part|parties?|possible|pour|que|qui|reste|restait|sans|sera|serait|souvent|sur|tard|tôt)\b)(?!(?:amie?s?|copains?|copines?|ennemie?s?)\b)\p{L}{3,}`, 'giu'),
      holderBefore: frSelfDescribed,
      messageId: 'record',
      // (An ordinal may rank it further down: "le troisième meilleur démarrage de l'année" is a ranking too; session 25,
      // judge-fr5b M4.)
      examples: ['la plus importante conférence', 'le meilleur joueur'],
    },
    {
      // The first of a people or a region: "une première sainte nord-américaine", "le premier astronaute africain",
      // "la première femme présidente sénégalaise"; not a title ("le Premier ministre britannique", "la première dame
      // américaine"), nor an adjective that only looks like a demonym ("la première édition quotidienne", "le
      // premier vol aérien", "le premier ministre canadien").
      // (A capital "Premier" is a title, as French typography writes it, "le Premier ministre", "le Premier secrétaire",
      // misspelt or not, "le Premier minsitre français"; judge-fr9-1 F24: so "premier" is matched in lower case.)
      // (The adjective follows its noun, or a second adjective or noun: not a preposition or an article, whose noun is
      // the whole a part is first of, "la première voiture du train", "le premier étage du bâtiment romain"; session
      // 31, judged noise on French batch 13.)
      pattern: words(String.raw`\b(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Uu]ne?)\s?premi(?:er|ère)s?\s+(?!(?:[Aa]djointe?s?|[Dd]ames?|[Ff]ois|[Mm]inistres?|[Ss]ecrétaires?|[Vv]ice)\b)\p{L}+(?:\s+(?!(?:à|au|aux|dans|de|des|du|en|la|le|les|sur)\s)\p{L}+)?\s+(?!(?:aérien|ancien|certain|humain|lointain|mauvais|prochain|quotidien|soudain|urbain)(?:ne|e)?s?\b)(?:\p{L}+-)?\p{L}{2,}(?:ain|ais|ois|ien|éen)(?:ne|e)?s?\b`, 'gu'),
      messageId: 'record',
      examples: ['le premier astronaute africain'],
    },
    {
      // The first, last or only one of a kind to have done something (session 27: the class of uniqueness claims, the
      // superlative's kin, EDITORIAL-STANDARD.md §5): "le premier Français membre d'une ONG à être enlevé", "le seul
      // biathlète à pratiquer son sport sans gants", "la première femme à diriger le pays"; a noun of a kind between the
      // ordinal and "à" before an infinitive. Not a title ("le Premier ministre à"), nor "la première fois", nor the
      // pronoun alone ("le premier à réagir", an event's order), nor a named ranking ("à la première place").
      // (Also an ordinal, "le cinquième homme politique à être tué au Japon"; session 30.)
      // (Nor a stage of a sequence, "la première phase de l'offensive", nor an "à" past a gerund ("en réussissant à") or
      // before a month ("remonte à octobre"); session 30, judged noise on French batch 12; every month whose name ends like an
      // infinitive, "la dernière remontant à janvier 2014", session 32, judged noise on French batch 14.)
      // (Nor an option of a list, "la première idée consiste à envoyer", "la seconde piste", "la dernière solution";
      // session 30, judged noise on the second fresh French pool.)
      // (Nor the last one "à avoir" done something, a perfect infinitive that sums up a history, "le dernier dictateur à
      // avoir dirigé l'Uruguay", "le dernier homme à avoir foulé le sol lunaire": settled record, judged noise on French
      // batch 24; the French sets never expected one (2 unlabelled, 3 allowed). The first and the only one stay claims,
      // "le seul skieur à avoir gagné sur les trois pistes"; session 41.)
      pattern: words(String.raw`\b(?:le|la|les|l['’])\s?(?:premi(?:er|ère)s?|seule?s?|derni(?:er|ère)s?(?!(?:\s+[\p{L}'’-]+){1,6}?\s+à\s+avoir\b)|(?:deux|trois|quatr|cinqu|six|sept|huit|neuv|dix)ième)\s+(?!(?:adjointe?s?|dames?|étapes?|fois|hypothèses?|idées?|manches?|ministres?|options?|phases?|pistes?|places?|rangs?|secrétaires?|solutions?|tranches?|vagues?|vice)\b)\p{L}[\p{L}'’-]+(?:\s+(?!(?:à|en)\b)[\p{L}'’-]+){0,5}?\s+à\s+(?:(?:avoir|être)\s+\p{L}+|(?:(?:ne|n['’]|se|s['’])\s*)?(?!(?:janvier|février|septembre|octobre|novembre|décembre)\b)\p{L}+(?:er|ir|re|oir)\b)`, 'giu'),
      holderBefore: frSelfDescribed,
      messageId: 'record',
      examples: ['le premier … à', 'le seul … à'],
    },
    {
      // A superlative whose scope is a relative clause of experience or observation (session 30, judged misses on French
      // batch 12; the French side of English's "one of the most violent episodes that Mexicans have witnessed"): "l'une
      // des attaques les plus violentes qu'ait connues le pays", "la crue la plus forte que la ville ait jamais vécue",
      // "l'étoile la plus proche d'un trou noir qui ait été observée"; or a span of time, "l'un des attentats les plus
      // meurtriers de ces dernières semaines".
      pattern: gated(() => words(String.raw`\b(?:le|la|les|l['’])\s?(?:plus|moins)\s+\p{L}{3,}(?:\s+[^.;!?«»]{0,30}?)?\s+(?:(?:que|qu['’])\s*(?:\p{L}+\s+){0,3}?(?:ait|aient|a|ont|avait|avaient)\s+(?:jamais\s+)?(?:connue?s?|vécue?s?|vue?s?|enregistrée?s?)|qui\s+(?:ait|aient|a|ont)\s+(?:jamais\s+)?été\s+(?:observée?s?|enregistrée?s?|mesurée?s?|vue?s?)|de\s+(?:ces|les)\s+(?:derni(?:ers|ères)|\d+|\p{L}+)\s+(?:jours|semaines|mois|années|ans|décennies))\b`, 'giu'), 'plus moins'),
      messageId: 'record',
      examples: ['la plus violente qu\'ait connue le pays'],
    },
    {
      // A superlative with its scope, a place or the world (session 27; the French side of English's "one of the most
      // popular in North America", "the first country in Africa"): "le club le plus populaire en France", "la plus
      // ancienne écriture du continent américain", "la plus haute tour du monde". Not an adverb ("le plus souvent en
      // France"), nor distance ("le plus proche de Paris", "la plus éloignée du Soleil"), nor a share ("la plus grande partie du pays").
      // (Session 30, from the French tuning set's misses: at the sentence's start too, "Le plus puissant supercalculateur
      // d'Europe"; up to two words after the adjective, "la plus ancienne armée régulière du monde"; and a first with a
      // place for its scope, "Ces deux cas sont les premiers en Asie".)
      // (Also a country named with its article, "le plus conservateur de la Norvège", "de l'Italie", and the superlative
      // in apposition, which drops its article: "les Portes du Soleil, plus grand domaine skiable au monde"; session 32,
      // judged misses on French batch 14 and the tuning set.)
      // (Nor a rank by population, "la ville la plus peuplée du pays": a census's, settled public record, as "la plus grande
      // ville" above; session 32, judged noise on French batch 14.)
      pattern: gated(() => words(String.raw`\b(?:[Ll]es\s+premiers|[Ll]es\s+premières|[Ll]e\s+premier|[Ll]a\s+première)\s+(?:en|au|aux)\s+\p{Lu}\p{L}+|(?:\b(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s?|(?<=,\s))plus\s+(?!grande?s?\s+villes?\b)(?!(?:densément\s+)?peuplée?s?\b)(?!(?:distante?s?|éloignée?s?|loin|lointaine?s?|possible|près|proches?|rapidement|souvent|tard|tôt|vite)\b)\p{L}{3,}(?:\s+(?!(?:majorité|nombre|part|partie|plupart)\b)\p{L}{3,}){0,2}\s+(?:au monde|du monde|dans le monde|de la planète|du pays|du continent|(?:en|de|du|de\s+la)\s+\p{Lu}\p{L}+|d['’]\p{Lu}\p{L}+|de\s+l['’]\p{Lu}\p{L}+)`, 'gu'), 'plus premier premiers première premières'),
      messageId: 'record',
      examples: ['le plus populaire en France', 'la plus ancienne … du continent'],
    },
    {
      // (Last of the record patterns: a sentence's first record claim is the one reported, and the others name it
      // more exactly.) One of the most: "l'un des hommes les plus influents d'Hollywood", "une des plus longues grèves", "l'un des plus
      // puissants", "l'une des attaques les plus violentes" (session 38: 17 labels of the French tuning set, expected or
      // allowed, none found). Not the census rank, "l'une des plus grandes villes", as above; not "l'un des plus
      // jeunes", an age anyone can check, nor the smallest of a list, "un des plus petits pays", nor a rank in a
      // hierarchy, "l'un des plus hauts responsables".
      pattern: words(String.raw`\b(?:l['’]\s?)?une?\s+des\s+(?:(?:plus|moins)\s+(?!(?:grandes?\s+villes?|hautes?|hauts?|jeunes|âgée?s|vieux|vieilles|petite?s?)\b)\p{L}{4,}|\p{Ll}{3,}\s+(?:les\s+)?(?:plus|moins)\s+(?!(?:hautes?|hauts?|jeunes|âgée?s|vieux|vieilles|petite?s?)\b)\p{L}{4,})`, 'giu'),
      messageId: 'record',
      examples: ["l'un des plus puissants", "l'une des attaques les plus violentes"],
      // (Held by the agent after it in its clause: "reconnu comme l'un des plus exigeants du Tour par les organisateurs".)
      agent: /^[^,;:.!?]*?\spar\s+(?:les?\s|la\s|l['’]|des\s|\p{Lu})/u,
    },
  ],
  // The record of a legal case (EDITORIAL-STANDARD.md §1, §5: public record, not a view; as English and German): the
  // charge or suspicion of a proceeding that the sentence or the one before it in the paragraph names ("Le juge a émis
  // neuf mandats d'arrêt. Ces personnes sont soupçonnées d'avoir …", "La plainte vise une tentative d'assassinat ; Abdeslam
  // est désigné comme coauteur", "la police peut détenir les suspects vingt-huit jours. Les quatre hommes sont
  // soupçonnés de …"); session 32, judged noise on French batch 14 and the tuning set. Not a suspicion with no case in
  // sight ("des agents du MI6 sont soupçonnés", "Le ministre est accusé de mentir"), nor "police" alone, which is
  // often the suspect ("les forces de police étant fréquemment soupçonnées"), nor "enquête", "enquêteurs", often the
  // charge's object ("est accusé d'avoir menti aux enquêteurs").
  legalRecord: {
    // (And the inquiry and the courts' adjective, "une enquête a été ouverte", "selon une source judiciaire", "le juge
    // d'instruction": a proceeding named as surely; session 34, judged noise on French batch 16, "… selon une source
    // judiciaire. Ils sont accusés de « violences … »", the charge of the case just sourced.)
    // (And the case's other words: its procedure and dispute, the lawyers, the bail, the courts and the sentence
    // requested, "Le litige porte sur une vente … Airbus est accusé d'avoir …", "libérer sous caution … qui est accusé
    // de …", "La procédure visant à remettre l'ancien commandant à la justice internationale est en cours … Mladić est
    // accusé de génocide"; session 37, judged noise on the French tuning set. Not across a paragraph's break: "les juges
    // de la CPI ont décidé …" then "L'armée du Myanmar est accusée de …", an accusation the court has not yet taken up,
    // is labelled.)
    caseNouns: ['arrestation', 'arrestations', 'audience', 'avocat', 'avocats', 'caution', 'cour', 'enquête', 'enquêtes', 'enquêteurs',
      'inculpation', 'inculpé', 'inculpés', 'instruction', 'judiciaire', 'judiciaires', 'juge', 'juges', 'justice', 'litige', 'mandat', 'mandats',
      'parquet', 'plainte', 'plaintes', 'procédure', 'procès', 'procureur', 'procureurs', 'requis', 'réquisitoire', 'suspect',
      'suspects', 'tribunal', 'tribunaux'],
    // (And the courts' plural adjective: "recherché par les autorités judiciaires de Pennsylvanie. Il est accusé de …";
    // session 46, noise on the French tuning set. Not "reprocher": "Le premier décret avait été suspendu par un juge
    // fédéral. Il lui était reproché de discriminer …" is the critics' reproach, which editors labelled.)
    charges: set('accusé accusée accusées accusés désigné désignée désignées désignés soupçonné soupçonnée soupçonnées soupçonnés ' +
      'suspecté suspectée suspectées suspectés'),
    // A person's standing in a case, which the police or the court gives, not an opinion: "le premier, qui n'est plus
    // considéré comme un suspect, …" (session 33, judged noise on French batch 15).
    statusWords: set('complice complices suspect suspecte suspectes suspects témoin témoins'),
  },
  // (Also, session 29, judged misses on French batch 11: impersonal "on" with any verb of telling in the present,
  // imperfect or perfect and an adverb between, "On signale que", "On rapporte également que", "l'on parle même
  // d'interdire", "on évoque déjà", not a condition, "quand on parle de sécurité", nor a relative of place or time, "des
  // sites où l'on parle de l'histoire du Tibet" (session 41); "que l'on dit très lié", "ce
  // qu'on dit"; rumours and other sources with any verb of telling, "les rumeurs prédisaient une victoire", "D'autres
  // sources parlent d'une centaine de naufragés".)
  // (And rumours and speculation that appear or circulate, nobody said to voice them: "Des spéculations sont pourtant
  // apparues", "Certaines rumeurs circulent", "les rumeurs vont bon train"; session 31, judged misses on French batch
  // 13 and the tuning set. A determiner first: "les rumeurs … ont été démenties par le club" is a denial.)
  // (And a group of opinion's holders with no name as a clause's subject, whatever its verb: "Quelques observateurs ne
  // cachaient pas leur pessimisme", "Nombre d'observateurs ont mis en relation …", "Certaines voix s'étaient élevées pour
  // y voir une manœuvre"; a plural finite verb right after the group, so "Quelques observateurs de l'OSCE ont …", a named
  // body's, is not one; nor a copula or a passive, "Plusieurs observateurs sont arrivés", "ont été expulsés", what
  // befalls them. Session 39, misses on French batch 22 that its judges agreed with.)
  impersonalHearsay: [
    gated(() => words(String.raw`(?:^|(?<=,\s?))(?:quelques|certains|certaines|plusieurs|de nombreux|de nombreuses|nombre d['’]\s?|bon nombre d['’]\s?|beaucoup d['’]\s?|la plupart des|d['’]autres)\s*(?:analystes|commentateurs|critiques|détracteurs|éditorialistes|observateurs|spécialistes|voix)(?=\s+(?:(?:ne|se|y|en)\s+|[ns]['’]\s?|(?!(?:sont|étaient|seront|ont été|avaient été)\b))\p{Ll}*(?:ent|ont)\b)`, 'giu'), 'analystes commentateurs critiques détracteurs éditorialistes observateurs spécialistes voix'),
    gated(() => words(String.raw`\b(?:selon (?:certaines|plusieurs|des) (?:sources|rumeurs|informations)|(?:des |les )?rumeurs (?:font état|affirment|disent|annon\p{L}+|évoqu\p{L}+|parl\p{L}+|prédis\p{L}+)|(?:des|les|certaines|de nombreuses|plusieurs) (?:rumeurs|spéculations) (?:(?:sont|étaient|se sont) (?:\p{L}+ment |pourtant |aussi |déjà |alors )?(?:apparues|fait jour|répandues)|apparaissent|apparaissaient|circul\p{L}+|courent|couraient|vont bon train|allaient bon train)|(?<!\b(?:quand|si|lorsque?|lorsqu['’]|où)\s*(?:l['’])?)on (?:(?:a|avait)\s+)?(?:dit|raconte|racontait|raconté|rapporte|rapportait|rapporté|signale|signalait|signalé|évoque|évoquait|évoqué|parle|parlait)(?:\s+(?:aussi|déjà|désormais|encore|également|même|notamment))?(?=\s+(?:que\b|qu['’]|de\b|d['’]|du\b|des\b))|(?:d['’]autres|certaines|plusieurs|des) sources (?:parl|évoqu)\p{L}*|(?:dit|raconte|rapporte)-on|il se (?:dit|murmure) que)`, 'giu'), 'il on rumeurs selon sources spéculations'),
  ],
  // (The copy may quote another outlet's own words for its source: "en évoquant une « source proche du dossier »".)
  anonymity: gated(() => words(String.raw`\b(?:sous (?:le )?couvert (?:de l['’]|d['’])anonymat|(?:qui|ayant) (?:a )?(?:requis|demandé|souhaité garder) l['’]anonymat|(?:qui|ayant) (?:a )?souhaité rester anonyme|(?:une|des) (?:«\s?)?sources? (?:proches? (?:de l['’]|d['’]|de la |d[eu]s? )\p{L}+|policières?|judiciaires?|diplomatiques?|gouvernementales?|militaires?|sécuritaires?)|de sources? (?:policière|judiciaire|diplomatique|militaire|proche|sûre|gouvernementale|sécuritaire)s?)\b`, 'giu'), 'anonymat anonyme source sources'),
  // Why the source is not named: not authorised to speak, fear of reprisals, their safety ("un responsable qui n'était pas
  // autorisé à s'exprimer publiquement", "par crainte de représailles", "pour des raisons de sécurité"; session 34).
  anonymityReason: /\b(?:n['’](?:est|était|étaient|sont) pas (?:autorisée?s?|habilitée?s?)|non autorisée?s? à|parce qu|par (?:crainte|peur)|de (?:crainte|peur) d|craignant|pour (?:des raisons de|sa|leur) sécurité)/iu,
  numbers: {
    digits: /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$/,
    parse: (text) => Number(text.replace(/[ \u00a0\u202f]/g, '').replace(',', '.')),
    ungroup: (text) => text.replace(/(\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g, '$1'),
    repeatScales: new Map([['million', 1e6], ['millions', 1e6], ['milliard', 1e9], ['milliards', 1e9], ['mille', 1e3]]),
    repeatDigits: /^(\d+(?:,\d+)?)()%?$/,
    // (Also "cent" and "mille" after a spelled-out number, which multiply it: "deux cent mille dollars" is one amount.)
    scales: new Map([['cent', 100], ['cents', 100], ['mille', 1e3], ['million', 1e6], ['millions', 1e6], ['milliard', 1e9], ['milliards', 1e9], ['md', 1e9], ['mds', 1e9]]),
    // "un million", "une centaine": "un" counts only before a scale or a magnitude (the article is far commoner:
    // "Un des enfants a été hospitalisé", "un policier et trois manifestants ont été blessés"; see articleOne).
    // (The whole class of cardinals to 99, see frCardinals; until session 26 only fifteen of them were read, so
    // "quatorze soldats", "soixante civils", "dix-sept morts" were no figure.)
    words: new Map([['une', 1], ...frCardinals(), ['cent', 100], ['mille', 1000]]),
    // ("le 16 novembre 2006": French writes its months in lower case; the number before one is the day; session 27.)
    lowerMonths: true,
    months: set('janvier février mars avril mai juin juillet août septembre octobre novembre décembre janv févr avr juil sept oct nov déc'),
    yearOpeners: set('depuis dès en'),
    timeUnits: set('an ans année années décennie décennies demi-heure heure heures jour jours minute minutes mois nuit nuits saison saisons seconde secondes semaine semaines siècle siècles'),
    clockWords: set('h heures'),
    currencyWords: set('$ € dollar dollars euro euros franc francs livre livres yen yens yuan yuans'),
    currencyCodes: set('chf eur usd'),
    // (Also the suspects of a crime, as police copy counts them: "les policiers ont interpellé trois individus", "deux
    // individus ont lancé des cocktails Molotov", "trois assaillants"; session 34, missed on the French tuning set three
    // times. See crimeNouns. Not "suspects", whom copy counts once they are arrested, which harmWords read, or names.)
    tollNouns: set('agresseurs arrestations assaillants balles blessés bâtiments cas civils disparus détenus enfants familles gendarmes habitants individus logements ' +
      'maisons malfaiteurs manifestants migrants militaires morts otages personnes policiers pompiers prisonniers réfugiés soldats tués victimes élèves étudiants'),
    labelWords: set('article chapitre classe catégorie ligne n° niveau numéro page phase route saison salle section secteur tome version vol zone étape épisode'),
    capsBeforeFigures: set('au aux avec ces dans de depuis des en entre environ et la le les leurs lors mais moins par plus pour près quelque quelques selon ses seulement sur vers'),
    // ("au minimum", "au maximum", as "au moins": "au minimum 300 manifestants", a bound of the count, not the ceiling a
    // rule sets that "un maximum de 15 000 hommes" names, see thresholdNouns; session 34.)
    approximators: [['pas', 'plus', 'de'], ['pas', 'moins', 'de'], ['plus', 'de'], ['moins', 'de'], ['près', 'de'], ['au', 'moins'], ['au', 'minimum'], ['au', 'maximum'],
      ['jusqu\'', 'à'], ['environ'], ['quelque'], ['presque']],
    rangeWords: {open: new Set(['entre']), join: new Set(['et'])},
    // (Also "centimètres" and "années-lumière", a length and an astronomical distance: "à 700 millions d'années-lumière de
    // la Terre"; session 32, judged noise on French batch 14.) (And the plurals copy writes on both halves or the second,
    // "à 900 millions d'année-lumières de la Terre"; session 40, judged settled background on French batch 23.)
    measureUnits: set('année-lumière année-lumières années-lumière années-lumières centimètres cm degrés hectares kg kilomètres kilos km litres m mm mètres mégawatts mw tonnes °c'),
    biographical: set('mère père'),
    // ("père de famille de six enfants": session 30, judged noise on the fresh French pool.)
    parentComplements: set('famille'),
    // (Also the approximate numbers: "une vingtaine de", "une centaine de", "un millier de", "des dizaines de".)
    magnitudes: /^(?:centaines?|cinquantaines?|dizaines?|douzaines?|huitaines?|milliards|milliers?|millions|quarantaines?|quinzaines?|soixantaines?|trentaines?|vingtaines?)$/,
    // The singular approximate numbers and the count each rounds to: "une centaine d'élèves" after "107 élèves" is the
    // same count (session 33, judged one problem reported twice on French batch 15).
    roundNumbers: new Map([['centaine', 100], ['cinquantaine', 50], ['dizaine', 10], ['douzaine', 12], ['millier', 1000], ['quarantaine', 40],
      ['quinzaine', 15], ['soixantaine', 60], ['trentaine', 30], ['vingtaine', 20]]),
    magnitudeOf: set('de d\' d’'),
    // ("Plusieurs centaines de", "des milliers de", "quelques dizaines de": the judges' span, session 27.)
    magnitudeOpeners: set('des plusieurs quelques'),
    // ("50 pour cent": the spelled-out percent sign, one figure with its number, not "50" and "cent"; session 27.)
    percentWords: new Set(['pour cent']),
    scaleAbbreviations: set('md mds'),
    // ("Un million et demi d'électeurs …": the half belongs to the figure; session 39, a figure cut to "Un million" on
    // French batch 22.)
    halfAfterScale: set('demi demie'),
    ordinalDot: false,
    // ("son 80 anniversaire", "le 58 anniversaire de l'indépendance": "80e", "58e" with the suffix lost; a count after a
    // singular determiner would be ungrammatical. Session 28, judged noise on French batches 9 and 10.)
    lostOrdinal: set('au ce cet cette du la le leur ma mon notre sa son ton votre'),
    // ("entre le 28 et 30 novembre", "les 12 et 24 juin", "du 28 au 30 novembre"; session 28, judged noise.)
    dayJoins: {joins: set('au et ou à'), articles: set('le')},
    // "la moitié des électeurs", "réduit de moitié", "un tiers des postes" (not "la première moitié du match").
    fractionNouns: set('moitié quart tiers'),
    articleOne: set('un une'),
    // ("Le bilan est lourd : un mort et une blessée grave …", "l'accident a fait un mort": the article before a noun of
    // the dead or injured counts them; session 32, a toll of one the French batch 14 judges expected, whose others
    // counted in the same clause stood alone as a second finding.)
    articleOneTolls: {nouns: set('blessé blessée mort morte tué tuée'), after: set(', : causant causé déplore fait faisant fera ferait provoquant provoqué')},
    // ("la sœur des deux adolescents décédés dimanche", "les trois otages libérés hier", "ces deux soldats": a small
    // count after a definite or possessive determiner is a group the story already gave, like English "the two".
    // "des" before a number is "de les", never the indefinite. Session 28: the class the new tolls of plural nouns
    // would otherwise flag.)
    knownGroup: set('ces des leurs les ses tous toutes'),
    fractionOpeners: set('de la presque près un'),
    // "un salarié sur dix", "une personne sur quatre", "un sur trois": a share of a population.
    oneIn: 'sur',
    multiple: {
      word: 'fois', comparatives: set('moins plus'), range: set('- à ou'),
      next: set('d\' d’ de élevé élevée élevées élevés fréquent fréquents importante importantes important importants nombreuses nombreux'),
    },
  },
  figureWords: {
    // English-only readings (an election's published result, counts on a public page): not read in this language.
    electionWords: set(''),
    onlineNouns: set(''),
    onlineWords: set(''),
    resultWords: set(''),
    // An order or decision that sets the figure after it: "a ordonné le retrait de 2 000 soldats".
    // And the infinitive of a cut or a hire the subject will make ("PSA va supprimer 8 000 emplois", "prévoit de
    // supprimer 1 600 emplois"), unless a modal makes it a possibility ("SFR pourrait supprimer 1 000 postes").
    // (A deployment is the deploying actor's own decision too: "La France, qui a déployé 4 000 soldats", "a dépêché 300
    // policiers".)
    // (And "fixer", a rate or a price a named body sets: "Les ministres des finances ont fixé les taux de change à
    // 0,585274 livre chypriote pour un euro"; session 39, noise on the French tuning set.)
    planWords: set('créer décidé décide décidant déploie déployé déployer déployant dépêche dépêché dépêcher embaucher ' +
      'fermer fixe fixé fixée fixées fixent fixer fixés licencier ordonne ordonné ordonnant ordonnait retirer supprimer'),
    notPlans: set('devrait devraient pourrait pourraient'),
    // (A release's count of prisoners is the release's, not a toll: "a décidé de différer la libération de 400
    // prisonniers", "L'accord prévoyait la libération de 900 prisonniers"; session 39, judged plans of a named actor on
    // French batch 22.)
    releaseWords: set('élargissement libération libérer libère libèrent relâcher relâche relâchent'),
    // What a party asks, hopes or proposes for itself sets the figure after it: "Force ouvrière, qui espérait une
    // augmentation de 5 %", "la CGT réclame 1 700 euros", "le syndicat demande une hausse de 10 %" (not a toll nor a
    // count of people, see risk.ts). (Session 24, from the judge's noise on French batch 5a.)
    // (Also an offer, proposing's other verb: "M. Dupont a offert de verser 10 millions d'euros"; session 26.)
    // (Also "solliciter": "La Croix-Rouge a sollicité la somme de 15 millions de dollars"; session 30.)
    // The threshold or limit a rule sets (session 30, judged noise on the fresh French pool): "le seuil de 50 % des voix",
    // "un plafond de 15 % des dépenses", "ce seuil est abaissé à 30 %" (see risk.ts). Not "barre", also a bar.
    // (Also "maximum", "minimum", the ceiling or floor a resolution or a scheme sets: "passant de 2 000 à un maximum de
    // 15 000 hommes", "Le tout pour un maximum de 159 208 $", "un minimum de deux tiers des votes"; session 34, noise on
    // the French tuning set. A toll stays one: "au minimum un mort", see risk.ts.)
    // (And "limite", the noun of a rule's bound: "les 3 % du PIB, limite fixée par l'Union européenne"; session 39.)
    thresholdNouns: set('limite limites maximum minimum plafond plafonds seuil seuils'),
    // A goal an actor sets itself (session 33, judged a plan's figure on French batch 15): "Leur objectif est de 1,5
    // million de votants", "les objectifs qui étaient fixés à 4,2 %", "L'objectif … vise la suppression de postes, pour
    // arriver à 8 000" (see risk.ts). Not "but", also a goal scored.
    targetNouns: set('objectif objectifs'),
    purposeOpeners: set('afin pour'),
    demandWords: set(['demander', 'espérer', 'exiger', 'proposer', 'réclamer', 'solliciter', 'souhaiter'].flatMap(erForms).join(' ') + ' espère espèrent ' +
      'offert offerte offerts offertes offre offrent offrir offrait offraient offrit offrant ' +
      // (And a requirement a rule sets, as English "requires": "il faut obtenir 25 % des inscrits", "les 12,5 % des
      // inscrits requis"; session 29, the judges' noise on a legal threshold, French batch 11.)
      'faut requis requise requises ' +
      // (And the nouns of a demand before the colon that opens it, "faire entendre leurs revendications : une
      // augmentation générale de salaire de 6 %" (see risk.ts); session 40, judged a named party's demand on French
      // batch 23.)
      'exigences revendication revendications'),
    // A named actor's own act (session 27, issue 13's first broad kind, as German has it since session 26; written from
    // the grammar before reading the dev batch's sentences): the verbs of deciding and enacting, planning, granting and
    // paying, buying, sanctioning, appointing and sending, as Dubois et Dubois-Charlier, Les verbes français (Larousse,
    // 1997) class them by meaning (the classes of giving and depriving, of getting and owning, of bringing about a
    // state by a decision); the actors are the bodies that decide, the offices that act for them, the documents that
    // record an act (French writes them in lower case: "le gouvernement", "le projet de loi") and the names of persons
    // and bodies. A figure in a clause with both is the act's content, sourced by the act ("Le conseil municipal a
    // voté une enveloppe de 2 millions d'euros", "La loi accorde 300 euros aux familles", "M. Dupont a acheté 40 %
    // du capital"), unless it counts a toll, a poll, a health figure or a crime (risk.ts), or the clause is negated or
    // hypothetical ("n'a pas versé", "verserait", "si"). Not the verbs of saying (cueVerbs), nor of change
    // ("augmenter", "baisser"), nor "donner", "fixer", "affecter", whose first senses are not an act ("donner lieu",
    // "fixer un rendez-vous", "affecté par la crise").
    acts: {
      verbs: frActForms(
        // Deciding and enacting; planning; granting and paying; buying; sanctioning; appointing and sending.
        'adopter approuver décider entériner instaurer promulguer ratifier voter ' +
          'budgéter planifier programmer ' +
          'accorder allouer attribuer consacrer débloquer distribuer financer rembourser subventionner verser ' +
          'commander racheter ' +
          'condamner infliger sanctionner ' +
          'désigner déployer dépêcher nommer',
        // "acheter", "décréter", "octroyer", "payer", "envoyer", "projeter" change their stem; "prévoir", "acquérir",
        // "investir", "dépenser" (regular but listed with its own forms' agreement), written out.
        'achète achètent acheté achetée achetés achetées acheter achetait achetaient acheta achetèrent achètera achèteront ' +
        'décrète décrètent décrété décrétée décrétés décrétées décréter décrétait décréta ' +
        'octroie octroient octroyé octroyée octroyés octroyées octroyer octroyait octroya octroiera octroieront ' +
        'paie paient paye payent payé payée payés payées payer payait payaient paya payèrent paiera paieront ' +
        'envoie envoient envoyé envoyée envoyés envoyées envoyer envoyait envoya envoyèrent enverra enverront ' +
        'projette projettent projeté projetait ' +
        'prévoir prévoit prévoient prévu prévue prévus prévues prévoyait prévoyaient prévoyant prévit prévoira prévoiront ' +
        'acquérir acquiert acquièrent acquis acquise acquises acquit acquérait ' +
        'investir investit investissent investi investie investis investies investissait investira investiront ' +
        'dépenser dépense dépensent dépensé dépensée dépensés dépensées dépensait dépensera ' +
        // ("le Pacte de stabilité, qui limite le déficit à 3 % du PIB", "la loi plafonne les loyers à 12 euros": the
        // limit a rule sets and holds, public record; session 33, judged settled background on French batch 15. Only
        // the active present, imperfect and future, the standing rule: not the participle of a result, "la hausse a été
        // limitée à 2 %", "le gouvernement a limité le déficit à 4 %", someone's figure.)
        'limite limitent limitait limitaient limitera limiteront plafonne plafonnent plafonnait plafonnaient plafonnera plafonneront'),
      separable: new Set(),
      // (Not a negated act: "n'a pas versé les 300 euros promis", "aucun crédit n'a été accordé".)
      negators: set('aucun aucune jamais n\' n’ ne'),
      anyCase: true,
      // Bodies, offices and documents, singular and plural.
      actors: /^(?:accords?|administrations?|agences?|arrêtés?|assemblées?|banques?|budgets?|cabinets?|chambres?|chanceli(?:er|ère)s?|chartes?|comités?|commissions?|communes?|congrès|conseils?|contrats?|conventions?|cour|décrets?|départements?|directeurs?|directions?|directives?|directrices?|entreprises?|états?|fédérations?|firmes?|fondations?|gouvernements?|gouverneurs?|initiatives?|jugements?|juges?|lois?|mairies?|maires?|ministères?|ministres?|municipalités?|ordonnances?|organisations?|parlements?|parquets?|partis?|plans?|préfectures?|préfets?|présidentes?|présidents?|procureurs?|programmes?|projets?|propositions?|réformes?|régions?|règlements?|reines?|résolutions?|rois?|sénats?|sociétés?|syndicats?|traités?|tribunal|tribunaux|verdicts?|villes?)$/u,
      // (Not "de": "le projet de Dieter Althaus" names the actor.)
      properNames: {placePrepositions: set('à au aux chez en dans vers')},
      // The past participles as they agree ("débloqués", "prévue", "acquis", "investies").
      participles: /(?:é|i|is|u|t)(?:e|s|es)?$/u,
      // The conditionnel (see frConditionalStem) and a condition: "les ménages recevraient 800 euros", "si la loi est
      // votée, 300 euros seraient versés".
      hypothetical: new RegExp(String.raw`^(?:si|aurai(?:en)?t|serai(?:en)?t|\p{Ll}+?${frConditionalStem}ai(?:en)?t)$`, 'u'),
      relatives: /^(?:dont|laquelle|lequel|lesquelles|lesquels|qui|que|qu['’])$/u,
    },
    planJoins: set('et que'),
    // "10 000 appels par demi-heure", "400 000 barils par jour": a rate is a statistic.
    ratePrepositions: set('par'),
    // "Le Smic passe à 9,40 euros", "une TVA à 5,5 %": a rate the law sets.
    statutoryRates: set('smic tva'),
    // "supérieur de 78 % à celui des hommes", "inférieurs de 12 %": a gap between two groups is a statistic.
    gapWords: set('inférieur inférieure inférieures inférieurs supérieur supérieure supérieures supérieurs'),
    // A count after a definite article or a possessive is given, background the reader is taken to know ("Des 24 hommes
    // ayant voyagé vers la Lune", "Les 120 soldats supplémentaires du 2e bataillon", "aux 18 postes"; "des" before a
    // number is always "de les"), low risk unless a toll or a crowd (see risk.ts; session 34, judged settled background
    // on French batch 16 and noise on the tuning set, as German reads it).
    givenDeterminers: set('aux des les leurs ses'),
    populationNouns: set('habitants'),
    // "22 des 27 États membres".
    memberNouns: set('membres'),
    // The troops or seats of a body the sentence names, its settled public record (EDITORIAL-STANDARD.md §1; session 33,
    // judged settled background on French batch 15): "les 22 000 hommes de la mission de l'Union africaine", "8 000
    // casques bleus des Nations unies", "les 577 députés de l'Assemblée", "la force « Barkhane », constituée de 4 000
    // hommes". Not a toll, a crime or a crowd (risk.ts); not "Douze hommes à bord de la baleinière", which names no body.
    record: {
      // (No convention's delegates: French copy rarely counts them this way. The electorate "appelé" to vote, "42 millions
      // d'électeurs français sont appelés aux urnes", is the electoral roll, public record; those who turned out, "1,3
      // million d'électeurs se sont déplacés", are not; session 37, judged settled background on French batch 20.)
      delegates: set(''),
      electorate: set('inscrits'),
      called: set('appelé appelée appelées appelés'),
      voters: set('électeurs électrices'),
      // ("hommes", troops counted as men, only with the body after them.)
      members: set('bleus casques députés hommes militaires sénateurs soldats troupes'),
      // The preposition and article between the members and the body.
      joins: set("d' d’ de des du l' l’ la le les"),
      // Bodies named by a common noun ("de la mission de l'ONU", "du contingent français").
      forces: set('armée bataillon brigade coalition contingent force forces mission régiment'),
      // Participles and adjectives of a body's make-up, before its members.
      composedOf: set('composé composée composées composés constitué constituée constituées constitués forte fortes'),
    },
    conversionWords: set('soit'),
    // "Rappelons que cet accident avait fait 228 morts le 1er juin 2009", "Pour rappel, …", "Pour mémoire, …".
    recallOpening: /^(?:pour (?:rappel|mémoire)|rappelons)\b/u,
    // ("Le centième anniversaire de cette terrible catastrophe minière qui fit officiellement 1099 morts …"; session 39,
    // noise on the French tuning set. Not "hommage", paid the day after as often: "La cérémonie rend hommage aux victimes
    // de l'incendie de mardi (42 morts)" gives the news's toll.)
    memorialWords: set('anniversaire anniversaires bicentenaire centenaire cinquantenaire commémoration commémorations commémore commémoré commémorent ' +
      'commémorer'),
    // "Le gouvernement compte sur une hausse de la fiscalité ; 53 % des nouveaux impôts porteront sur les ménages",
    // "le projet de loi prévoit de …", "la direction envisage de …": a named actor's plan, whose figures follow.
    // "condamné jeudi à 300 000 euros d'amende par le tribunal correctionnel", "la cour d'appel l'a condamné à …".
    courtRuling: words(String.raw`\b(?:condamn|inflig)\p{L}*\b.*\b(?:cour|juge|tribunal)\b|\b(?:cour|juge|tribunal)\b.*\b(?:condamn|inflig)`, 'u'),
    // The pluperfect ("avait fait", "avaient été détruits") in a sentence that names a year: "La région avait été
    // dévastée en mars 2011 par un séisme, suivi d'un tsunami qui avait fait plus de 18 000 morts". (Anchored: it
    // tests one line, and an unanchored look-ahead with `.*` was tried again at every position of it.)
    // (Also the reflexive pluperfect and that of "mourir" and "décéder": "une collision s'était produite le 11 octobre
    // 2006", "six personnes étaient mortes en 2006"; session 31, judged noise on French batch 13.)
    // (Or a date the copy marks as past, "l'an dernier", "le 19 décembre dernier": "l'attentat de Berlin commis le 19
    // décembre dernier, où un camion avait foncé dans la foule, tuant 12 personnes"; session 35, judged settled
    // background on French batch 18.)
    // (Or the passé simple of a toll, the tense of history: "le crash … en 2004 où 55 passagers trouvèrent la mort", "le
    // séisme de 1908 qui tua plus de 70 000 personnes"; session 46, noise on the French tuning set.)
    recallTense: words(String.raw`^(?=.*\b(?:(?:1[89]|20)\d\d|(?:l['’] an|l['’] année|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) derni(?:er|ère))\b).*(?:\b(?:trouva|trouvèrent) la mort|\b(?:causa|causèrent|coûta|coûtèrent|fit|firent|moururent|mourut|périrent|périt|tua|tuèrent)\b|\bavai(?:en)?t (?:(?:déjà|été|alors|notamment) )*\p{L}+(?:é|i|u|s|t)e?s?|\bs['’] étai(?:en)?t (?:(?:déjà|alors|notamment) )*\p{L}+(?:é|i|u|s|t)e?s?|\bétai(?:en)?t (?:(?:déjà|alors) )*(?:décédée?s?|morte?s?))\b`, 'u'),
    // The same pluperfect with no year, right after a sentence the pattern above reads: "… s'était déjà produite le 11
    // octobre 2006. Six personnes y avaient laissé la vie" (session 31, judged noise on French batch 13).
    recallGoesOn: words(String.raw`(?:\bavai(?:en)?t (?:(?:déjà|été|alors|notamment) )*\p{L}+(?:é|i|u|s|t)e?s?|\bs['’] étai(?:en)?t (?:(?:déjà|alors|notamment) )*\p{L}+(?:é|i|u|s|t)e?s?|\bétai(?:en)?t (?:(?:déjà|alors) )*(?:décédée?s?|morte?s?))\b`, 'u'),
    // "Un casque bleu a été tué dans les combats", "Une personne a été blessée lors de l'incendie": the passive, whose
    // agent nobody names (session 31, the judges' missed tolls on French batch 13); not "Un détenu a été tué par son
    // codétenu", nor "Un randonneur est mort dans le massif", a death the sentence tells, no count.
    singleToll: words(String.raw`^(?:un|une) (?:[\p{L}-]+ ){1,3}a été (?:(?:grièvement|légèrement|mortellement|sérieusement) )?(?:blessée?|tuée?) (?:au cours|dans|lors|pendant)\b`, 'u'),
    // "La SNCF compte 270 000 salariés", "le groupe emploie 12 000 personnes", "le syndicat revendique 600 000 adhérents".
    headcountVerbs: set('compte comptait emploie employait regroupe regroupait réunit revendique'),
    // "L'usine emploie 800 personnes", "le site emploiera 500 salariés": present, imperfect and future of "employer".
    employVerbs: set('emploie emploient emploiera emploieront employait employaient'),
    // (And "suggérer", a proposal put forward: "Le Luxembourg suggère un mécanisme qui permettrait à chaque pays de limiter
    // sa fiscalité à 5,5 %"; session 38, judged a proposal's figure and conditionals on French batch 21.)
    planSubjectVerbs: new Set(['compte sur', 'comptent sur', ...set('annonce annoncé annoncent entend entendent envisage envisagent ' +
      'prévoie prévoient prévoit prévoyait projette propose proposé proposent suggère suggèrent suggéré veulent veut')]),
    // A named plan referred to (session 27, issue 13's first broad kind): a noun of a plan or a proposal, the
    // nominalisations of planSubjectVerbs and of the acts (Dubois et Dubois-Charlier's "projeter", "proposer",
    // "réformer", "programmer", "mesurer" in its sense of a decision), with a demonstrative or a possessive ("dans ce
    // modèle", "selon leur proposition", "cette réforme"), or with its author after "de": a name or an institution ("le
    // projet de Dieter Althaus", "le plan du gouvernement"); a bill, whose author the definite article presumes ("le
    // projet de loi", "la proposition de loi"). Its paragraph describes the plan from there on.
    planReference: words(String.raw`\b(?:(?:ce|cet|cette|ces|son|sa|ses|leur|leurs)\s+(?:\p{L}+\s+)?(?:dispositifs?|initiatives?|modèles?|plans?|programmes?|projets?|propositions?|réformes?)\b|(?:le|la|les|l['’])\s*(?:dispositifs?|initiatives?|modèles?|plans?|programmes?|projets?|propositions?|réformes?)(?:\s+de\s+loi)?\s+(?:de\s+(?:M\.\s+|Mme\s+)?\p{Lu}|d['’]\p{Lu}|du\s+(?:gouvernement|ministre|ministère|président|parti|syndicat|maire|conseil))|\b(?:le|la|l['’])\s*(?:projet|proposition) de loi)\b`, 'u'),
    // The future ("seront", "porteront", "devra", "ira"), the conditional ("rapporterait", "coûteraient") and "va", "vont"
    // before an infinitive; not the nouns and presents that end alike ("le front", "le retrait", "il paraît"), nor
    // "aurait", whose past conditional reports a claim ("aurait caché 2 milliards"), not a plan.
    // (Session 40: "De plus, il compte augmenter l'effectif sur le terrain de 650 à 830 militaires", after "Justin Trudeau
    // a annoncé que …", judged a plan's figure on French batch 23.)
    intentionVerbs: set('compte comptent entend entendent envisage envisagent prévoient prévoit projette projettent'),
    futureVerb: /^(?!(?:af)?front$|(?:at|ex|por|re)?trait$|(?:ap|dis)?para[iî]t$|aurai(?:en)?t$)(?:\p{Ll}+(?:era|ira|ura|dra|rra|vra|ront|rait|raient)|ira|va|vont)$/u,
    // "seront également réduits", "sera progressivement supprimée", "seront placés": "sera" or "seront", at most one
    // adverb, then a past participle (session 38).
    futurePassive: /\bser(?:a|ont)\s+(?:\p{Ll}+\s+)?\p{Ll}{2,}(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites|u|ue|us|ues)\b/u,
    // "Les 9 % restants vont aux petits partis" (session 38, judged on French batches 20 and 21).
    remainderWords: set('restant restante restantes restants'),
    // (Also "exemplaires", the copies a title sold or printed: "Le roman s'est déjà vendu à 250 000 exemplaires", "Le
    // journal ne tire qu'à 56 000 exemplaires"; session 34, missed three times on the French tuning set.)
    businessWords: set('abonnés bénéfice bénéfices clients emplois exemplaires licenciements pertes postes production salariés ventes vendus'),
    // (Also "attaques" and "cyberattaques", counted as attentats are: "Plus de 75 000 cyberattaques sont survenues dans 99
    // pays"; session 33, a count the French batch 15 judges expected.)
    // (Also the suspects counted, a figure of a crime: "cinq individus portaient une arme", "trois assaillants"; session 34.)
    crimeNouns: set('agresseurs agressions arrestations assaillants attaques attentats crimes cyberattaques délits homicides individus malfaiteurs meurtres ' +
      'viols vols'),
    crimeWords: agreed('abattu abattue abattus assassiné assassinée détourné détournés escroquerie fraude fraudes piratage piraté piratés saisi saisie saisies saisis volé volés'),
    crowdNouns: set('délégués fidèles grévistes manifestants participants pèlerins spectateurs supporters visiteurs'),
    // (Also the present: "des centaines de Tibétains manifestent".)
    // (Also the gathering participles "attiré", "rassemblant", "réunissant", "attirant": "une manifestation réunissant
    // quelques centaines de militants"; session 41.)
    crowdWords: agreed('assisté attirant attiré défilé défilent manifestaient manifesté manifestent mobilisés participé rassemblant rassemblés réunis ' +
      'réunissant signé'),
    gatherBefore: agreed('attirant attiré rassemblant rassemblé réunissant réuni'),
    // (Also "couronnes": "un prix doté de 8 millions de couronnes suédoises"; session 30.)
    currencyNouns: set('couronnes dollars euros francs livres'),
    // (Also "incendiées", "saccagés": the damage of a riot; session 30.)
    // (Also "dégradés", "vandalisés": "46 radars sur les 49 qui ont été dégradés"; session 34, a damage tally the judges
    // expected on French batch 16.)
    damageWords: agreed('brûlés dégradés détruites détruits endommagés incendiés inondés ravagés saccagés vandalisés'),
    economyWords: set('budget chômage croissance dette déficit exportation exportations importation importations impôts inflation pauvreté pib précipitations prix salaires taux températures économie'),
    // (And the participles of counting, a tally someone made: "107 actions ont été recensées sur le réseau autoroutier";
    // its agent, when named, sources it (agentVerbs); session 40, two misses on the French tuning set.)
    estimateWords: set('comptabilisé comptabilisée comptabilisées comptabilisés dénombré dénombrée dénombrées dénombrés estimation estimations estimé estimée ' +
      'estimés prévision prévisions prévu prévue recensé recensée recensées recensés'),
    // (Also a race's start and finish and its legs: "avant même le départ", "à l'arrivée de la 3e étape".)
    eventNouns: set('arrivée championnat coupe course départ étape finale ligue match régate titre tournoi'),
    // The plural nouns of peoples by their place, capitalised in French ("Philippins", "Tibétains", "Espagnols",
    // "Français", "Syriens", "Afghans", "Irakiens", "Européens"): the endings of French demonyms.
    demonyms: /^\p{Lu}\p{Ll}+(?:ains|aines|ais|aises|ans|anes|ens|ennes|ins|ines|ois|oises|ols|oles|ites|ons|onnes)$/u,
    // "19 des 20 skippers sont partis": a race's competitors (see risk.ts).
    capacityBefore: /(?:(?:capacité d['’] ?|(?:peut|peuvent|pourra|pourront|pouvant) )(?:accueillir|contenir|recevoir)|capacité de)(?: jusqu['’] ?à)?$/u,
    contestAfter: /^(?:[\p{L}-]+ ){0,2}(?:participent|participeront|participaient|prennent part|prendront part|prenaient part) (?:à|au|aux) (?:la |le |l['’] ?|cette |ce |cet )?(?:championnat|compétition|concours|course|édition|épreuve|finale|programme|tournoi)\b/u,
    competitorNouns: set('athlètes concurrents coureurs cyclistes équipages équipes joueurs joueuses marins navigateurs nageurs pilotes skippers sportifs'),
    familyNouns: set('enfants filles fils frères petits-enfants sœurs'),
    agentNouns: /\p{L}{3,}(?:eurs|euses|ants|antes|ents|istes|iens|iennes)$/u,
    // (The dead counted by their bodies too: "cadavres", "dépouilles"; not "corps", also a body of people, "le corps enseignant".)
    harmNouns: set('blessés cadavres disparus décès déplacés dépouilles détenus morts otages prisonniers réfugiés sinistrés tués victimes'),
    // (Also the infinitives and present participles whose object is the toll: "de tuer entre 9 et 13 civils", "blessant
    // 15 policiers", "tuant deux personnes"; session 29.)
    // (Also "renversés", people knocked down by a vehicle: "Six militaires ont été renversés par une voiture"; session 30.)
    // (Also the present of "tuer" and "blesser", the narrative present of news copy: "une frappe aérienne tue entre 60 et
    // 90 soldats et en blesse 110 autres"; outside `agreed`, which would add "tu"; session 33, a toll missed on the
    // French tuning set.)
    // (And "fauchés" by a vehicle, "périt", the missing "recherchés", the arrested "appréhendés", the buried "enterrés",
    // "inhumés"; session 40, tolls the French tuning set labelled.)
    harmWords: new Set([...agreed('appréhendés arrêtés bilan blessant blessé blessées blesser blessés brûlés décédés décès déplacés détruites détruits disparus emprisonnés endommagés enlevés enterrés évacués exécutés fauchés fui fuient fuyant hospitalisés immolés inhumés interpellés kidnappés mort morte mortes morts noyés péri périt recherchés renversés sans-abri sinistrés tuant tué tuée tuées tuer tués'),
      'blesse', 'blessent', 'tue', 'tuent']),
    healthWords: set('cas contaminés infectés maladie malades patients vaccinés virus épidémie'),
    // (Also the foreign indexes and the trading day's words, "a clôturé en baisse de 1,5 %", "a terminé la séance en
    // hausse de 5 %", as English `marketWords`; not "titre", a paper's title as often as a share, nor "action", a deed
    // as often; session 35, a probe of market moves.)
    // (Also "nyse" and "indices", the plural: "Les principaux indices du NYSE ont gagné près de 10 %"; session 36, a
    // market move judged noise on French batch 19.)
    // (And the imperfect and plural present of "clôturer": "l'action … clôturait à 28,5 euros (+22,84 %)"; session 39,
    // a closing price judged public record on French batch 22.)
    marketWords: set('actions bourse cac clôturaient clôturait clôture clôturé clôturent dax dow ftse indice indices nasdaq nikkei nyse obligations séance'),
    // (A quote: "L'euro s'échangeait à 1,18 dollar", "Le baril de Brent a atteint 80 dollars", "Le bitcoin a dépassé les
    // 60 000 dollars"; session 34, a probe of market prices. "or", gold, only as a quoted subject after its article or
    // "de": "l'once d'or", "L'or a atteint 2 000 dollars"; the conjunction opens its clause with no article.)
    priceSubjects: set('baril bitcoin brent cuivre once or pétrole'),
    // (Session 35: "Electric Ireland va augmenter l'électricité de +26,7 %", "a augmenté la facture mensuelle de 48,25
    // euros", judged a plan a named actor announced on French batch 18, and a probe of price decisions.)
    ownPrice: {
      verbs: set(['augmenter', 'baisser', 'relever'].flatMap((v) => [...erForms(v), `${v}a`, `${v}ont`]).join(' ') +
        ' réduira réduire réduiront réduisant réduisent réduit'),
      objects: set('abonnement abonnements électricité facture factures forfait forfaits gaz loyer loyers prix tarif tarifs'),
    },
    // (Session 36: "commercialisée … au prix de 59 euros", "Vodafone vend l'iPhone à 499 €", "un avion d'une capacité
    // maximale de 840 passagers", "pouvant transporter jusqu'à 330 passagers", "condamné … à 3 000 euros d'amende",
    // "libérer sous caution de 200 000 £": a list price, a specification and a court's sentence, judged noise on French
    // batch 19 and the French tuning set.)
    listPriceLead: /(?:^| )(?:au prix de|prix de vente de|vendue?s?(?: à| pour)?|(?:vend|vendra) [\p{L}'’ ]{1,30} à|commercialisée?s? (?:à|pour))$/u,
    specLead: /(?:^| )(?:capacité(?: maximale| d['’] accueil| totale)? de|(?:pouvant|peut|peuvent|pourra|pourront) (?:accueillir|contenir|embarquer|stocker|transporter)(?: jusqu['’] à)?)$/u,
    courtAmounts: set('amende amendes caution'),
    priceVerbs: set('atteint bondi chuté clôturé cotait coté dépassé échangeait échange franchi grimpé reculé tombé tombée valait vaut'),
    // (Also "centimètres" and "années-lumière", as in `numbers.measureUnits`; session 32.)
    measureUnits: set('année-lumière année-lumières années-lumière années-lumières centimètres cm degrés hectares kg kilomètres km litres m mm mètres tonnes'),
    // (Also the rescue trades beside police and soldiers, "pompiers", "secouristes", "sauveteurs", and travellers beside
    // "passagers", "voyageurs", "usagers"; session 26.)
    // (Also "militants", "ouvriers", "individus", "hooligans": the people of a rally, a factory and a police report,
    // whose counts the judges expected sourced on French batches 10 and 11; session 29.)
    personNouns: set('francophones hooligans individus locuteurs militants ouvriers citoyens civils employés enfants familles femmes gendarmes gens habitants hommes jeunes journalistes ' +
      'membres migrants militaires médecins passagers personnes policiers pompiers salariés sauveteurs secouristes soldats travailleurs usagers ' +
      'voyageurs élèves électeurs étudiants'),
    pollWords: set('sondage sondages sondés électorat'),
    // The forces sent to a scene: the rescue trades, the police and the army (see FigureWords.responderNouns; session
    // 29, from the judges' noise "une trentaine de pompiers", "une centaine de pompiers", "50 militaires et 35 policiers").
    responderNouns: set('gendarmes militaires policiers pompiers sapeurs-pompiers sauveteurs secouristes soldats'),
    // The fighters of a war, in their hundreds or more a war figure someone estimated (session 30, French batch 12's
    // missed "au moins 5 000 djihadistes", "Quelque 100 000 combattants"; see FigureWords.fighterNouns).
    fighterNouns: set('combattants djihadistes insurgés islamistes jihadistes miliciens rebelles'),
    // "elle avait deux enfants", "il a trois fils": a person's own family (session 30; see FigureWords.haveVerbs).
    haveVerbs: set('a ai aura avaient avait ont'),
    // "79,9 % ont voté en faveur", "312 députés ont approuvé le texte": an assembly's or a congress's tally (session 30).
    voteVerbs: set('adopté approuvé rejeté voté votent votaient votèrent'),
    // "La France, premier actionnaire d'Areva à hauteur de 85 %", "le fonds détient 12 % du capital" (session 30).
    stake: {
      holders: set('actionnaire actionnaires détenait détenaient détenant détient détiennent possède possédait possèdent'),
      nouns: set('capital hauteur parts'),
    },
    // "Le groupe anticipe une baisse d'environ 10 %", "Renault table sur une hausse de 5 %": a body's own forecast
    // (session 30; see FigureWords.forecastVerbs).
    forecastVerbs: set('anticipait anticipaient anticipe anticipent table tablait tablaient tablent'),
    // "L'embuscade a coûté la vie à quatre soldats", "causant la mort d'au moins 25 personnes": the object of "coûter la
    // vie" and of a cause of death is a toll (session 30).
    harmBefore: /\b(?:co[uû]t\p{L}* la vie à|(?:caus|entraîn|provoqu)\p{L}* la mort (?:de|d['’]))$/u,
    // "Quelque 45 000 habitants sont affectés", "six fonctionnaires étaient encore gardés à vue": people affected or in
    // custody (session 31, the judges' missed tolls on French batch 13); not "affectés à la surveillance".
    // (And whatever the noun, a passive of harm as its predicate: "trois Gilets jaunes ont été blessés"; session 32, a
    // toll the French batch 14 judges expected, read as a bare count. Not a part of a group counted before, "Deux des
    // suspects ont été arrêtés", nor a conditional, the hedging rule's.)
    // (And "ont perdu la vie", a death told with no word of harm, its subject up to six words long: "six militaires ont
    // perdu la vie", "4036 soldats de la coalition américaine ont perdu la vie"; session 33, a toll the French batch 15
    // judges expected, read as a bare count.)
    harmAfter: words(String.raw`^(?:[\p{L}-]+ ){1,3}(?:(?:(?:sont|étaient|ont été|avaient été|restent|seraient) )?(?:(?:encore|toujours|déjà|également) )?(?:affectée?s?(?! (?:à|au|aux)\b)|gardée?s? à vue|placée?s? en garde à vue)|(?<=^(?!des |d['’]entre )(?:[\p{L}-]+ ){1,3})(?:ont été|avaient été|sont) (?:(?:grièvement|gravement|légèrement|mortellement) )?(?:arrêtée?s|blessée?s|enlevée?s|hospitalisée?s|interpellée?s|morte?s|pris(?:es?)? en charge|tuée?s))\b|^(?!des |d['’]entre )(?:[\p{L}'’-]+ ){1,6}(?:ont|avaient) (?:(?:ainsi|déjà|également|tous|toutes) )?perdu la vie\b`, 'u'),
    prizeWords: set('gains gagné remporté'),
    // (Also "voitures": "soixante voitures ont été incendiées"; session 30.)
    propertyNouns: set('bâtiments foyers habitations immeubles logements maisons voitures véhicules'),
    // Words after a count of homes that cut them off: "600 000 foyers étaient privés d'électricité", "1 500 maisons
    // étaient sans électricité", "2 000 foyers restaient coupés" (session 33, missed on the French tuning set six times).
    // (Also "pénurie", "rupture", a shortage: "533 stations-service sont en rupture de carburant"; session 34, counts the
    // French tuning set and batch 16 expected.)
    cutOffWords: set('coupées coupés électricité pénurie privées privés rupture'),
    // "31,21 % des électeurs se seraient déplacés", "1,3 million d'électeurs se sont déplacés": "se déplacer" is to go
    // somewhere (to vote), not to be displaced (session 33, judged a misread on the French tuning set).
    // (And "s'abattre sur", to fall upon, not to be shot dead: "Des torrents de boue se sont abattus sur le village,
    // peuplé de 700 habitants"; session 35, the French tuning set.)
    reflexiveSenses: {words: set('abattu abattue abattues abattus déplacé déplacée déplacées déplacés'), pronouns: set("s' s’ se")},
    // (Also the tariff a seller sets: "au tarif de 1,20 €", "le tarif d'entrée était de 2 €"; session 29, judged noise.)
    // (Also a prize's "dotation": "recevra la moitié de la dotation du prix", "un prix doté de …"; session 30.)
    // (And a rule's surcharge or rebate: "les 10 % de majoration prévus en cas de retard", "une remise de 20
    // euros sur l'impôt"; session 37, judged settled figures of a public rule on French batch 20.)
    setAmounts: set('amende amendes billet billets caution doté dotée dotation majoration prime récompense remise salaire tarif tarifs'),
    sportWords: set('but buts championnat coupe finale gagné ligue match matchs médaille médailles points saison sets tournoi victoire'),
    statNouns: set('buts passes points sélections'),
    // (And "street": French copy names London's and New York's streets as they are, "10, Downing Street".)
    streetWords: set('allée avenue boulevard chemin place quai route rue street'),
    countHeads: set('nombre'),
    projectionWords: set('devrait devraient obtiendrait obtiendraient pourra pourrait pourraient pourront'),
    bareFollowers: set('a au aux avec dans en est et ont ou par pour sont sur à était étaient'),
    // ("B. Obama a recueilli 303 grands électeurs": what a candidate gathers is counted by the returning officer.)
    // (Also "votes", the ballots counted, as "voix" and "suffrages": "Haddad a reçu 44,8 % des votes valides"; session 34,
    // judged an official election result on French batch 16. Not "vote", the act: "les intentions de vote" of a poll.)
    // (And "l'emporter", a win's verb: "le projet l'ayant emporté auprès des électeurs et dans 13 cantons"; session 37,
    // an election's public figures, judged noise on French batch 20.)
    // (And a party's "score" in an election: "Le SPD voit son score passer de 42,8 % à 37,1 %"; session 38, an election's
    // result judged public record on French batch 21. A match's score is a sport's result, no source either; a poll's
    // "score", "crédité d'un score de 20 %", is not read: a poll word in the sentence keeps the figure a poll's.)
    voteWords: set('abstention emporte emportent emporté emportait emportaient emportant participation recueille recueilli recueillent score scores scrutin siège sièges ' +
      'suffrages urnes voix votants votes élu élue élus'),
  },
});
