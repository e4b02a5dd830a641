// German: the words of attribution, doubt and counting of German news copy (dpa usage: „ “ quotes, "sagte",
// "teilte mit", "laut", "zufolge", "soll … haben", "1.140", "3,5 Prozent", "2,3 Mrd. Euro"). Lists are sorted and
// small; each word was met in German Wikinews copy outside the evaluation set (../shared/data/news/de.jsonl) or is a
// plain inflection of one that was. Every noun is capitalised in German, so capitals never make a figure a label.
import type {CueKind} from '../types.js';
import type {AfterCue, LanguageResources} from './types.js';
import {unicodeWords} from './boundary.js';
import {gated, type GatedPattern} from './gate.js';

/** A pattern whose `\b` is a Unicode word boundary (JavaScript's own `\b` knows only ASCII letters: "considéré"). */
const words = unicodeWords;

const set = (list: string): ReadonlySet<string> => new Set(list.split(' ').filter((w) => w !== ''));
const kinds = (entries: Array<[CueKind, string]>): ReadonlyMap<string, CueKind> =>
  new Map(entries.flatMap(([kind, words]) => words.split(' ').map((w) => [w, kind] as const)));

/**
 * What a figure counts, in every case and gender a German noun phrase gives it (EDITORIAL-STANDARD.md §1): the
 * lists of crowds and tolls below hold one plural each, and this adds its dative ("mit über 200.000 Zuhörern", "von 50.000
 * Flüchtlingen": a plural not ending in -n or -s takes -n) and, for a person noun in -er, the feminine plural
 * ("drei Teilnehmerinnen", "Zuschauerinnen"). The rule of the grammar, not a list of met forms.
 */
const declined = (nouns: ReadonlySet<string>): ReadonlySet<string> => new Set([...nouns].flatMap((w) => [
  w, ...(/[ns]$/.test(w) ? [] : [`${w}n`]), ...(/[^e]er$/.test(w) ? [`${w}innen`] : []),
]));

/**
 * The forms of a weak verb of gathering given in its preterite plural ("protestierten", "versammelten"): the
 * singular preterite and the participle of the perfect and the passive ("haben rund 5.000 Paraguayer …
 * protestiert", "hatten sich 300 Menschen versammelt", "wurde von 2.000 Menschen unterschrieben" is listed as is).
 */
const conjugated = (verbs: ReadonlySet<string>): ReadonlySet<string> => new Set([...verbs].flatMap((w) =>
  w.endsWith('ten') && w.length > 6 ? [w, w.slice(0, -1), w.slice(0, -2)] : [w]));

/**
 * The heads of an unnamed person with the case endings a German phrase gives them after "eines", "einem" ("nach
 * Angaben eines Mitarbeiters des Ministeriums", "einem Diplomaten zufolge"): weak nouns in -e take -n ("Beamten",
 * "Zeugen"), in -at, -ant, -ent, -ist take -en ("Diplomaten", "Informanten", "Polizisten"), others the genitive -s
 * ("Mitarbeiters", "Insiders"); a word ending in -n or -s is left as it is.
 */
const inflectedHeads = (heads: ReadonlySet<string>): ReadonlySet<string> => new Set([...heads].flatMap((w) =>
  [w, ...(/e$/.test(w) ? [`${w}n`] : /(?:at|ant|ent|ist)$/.test(w) ? [`${w}en`] : /[ns]$/.test(w) ? [] : [`${w}s`])]));

/**
 * The preterite of the weak verbs of harm given as participles, singular and plural: "zerstört" -> "zerstörte",
 * "zerstörten"; "getötet" -> "tötete", "töteten" (the "ge" of the participle dropped). So "Das Feuer zerstörte 200
 * Häuser" is a toll as "200 Häuser wurden zerstört" is. Strong participles ("vertrieben", "gestorben") are left.
 */
const preterites = (participles: ReadonlySet<string>): ReadonlySet<string> => new Set([...participles].flatMap((w) => {
  if (!w.endsWith('t') || w.length < 6) return [w];
  const stem = w.startsWith('ge') ? w.slice(2) : w;
  return [w, `${stem}e`, `${stem}en`];
}));

/**
 * The forms of the verbs of a named actor's act (`FigureWords.acts`), from their stems by the rules of German
 * conjugation: a weak verb "plan" gives "plant plante planten planen geplant" ("e" before the ending after "d", "t" or
 * a consonant and "n": "verabschiedet", "ordnet"); an inseparable one (be-, er-, ge-, ver-, zer-, ent-, emp-, miss-,
 * -ieren) has no "ge" in its participle ("genehmigt", "investiert"); a separable one "fest|leg" gives the joined forms
 * "festlegt festlegte festlegten festlegen festgelegt festzulegen" and, apart, "legt fest" (the finite verb and the
 * particle that closes its clause). A strong verb is given by its forms, joined and apart the same way.
 */
const actForms = (weak: string, strong: Array<[string, string]>): {verbs: ReadonlySet<string>; separable: ReadonlySet<string>} => {
  const verbs = new Set<string>();
  const separable = new Set<string>();
  const finite = (stem: string): string[] => {
    const e = /(?:[dt]|[^aeiouäöülrh][mn])$/.test(stem) ? 'e' : '';
    return [`${stem}${e}t`, `${stem}${e}te`, `${stem}${e}ten`, `${stem}en`];
  };
  for (const entry of weak.split(' ')) {
    const [particle, stem] = entry.includes('|') ? entry.split('|') : ['', entry];
    const e = /(?:[dt]|[^aeiouäöülrh][mn])$/.test(stem) ? 'e' : '';
    const ge = /^(?:be|emp|ent|er|ge|miss|ver|zer|über)/.test(stem) || stem.endsWith('ier') ? '' : 'ge';
    for (const f of finite(stem)) {
      verbs.add(particle + f);
      if (particle !== '') separable.add(`${f} ${particle}`);
    }
    verbs.add(`${particle}${ge}${stem}${e}t`);
    if (particle !== '') verbs.add(`${particle}zu${stem}en`);
  }
  // Strong: "particle|form form …", the joined forms written whole, the apart ones after the bar.
  for (const [particle, forms] of strong) {
    for (const f of forms.split(' ')) {
      if (particle === '') verbs.add(f);
      else if (f.startsWith(particle)) verbs.add(f);
      else separable.add(`${f} ${particle}`);
    }
  }
  return {verbs, separable};
};

/** Cue verbs, in the forms news copy uses: preterite, present, participle, and the joined subordinate forms. */
const cueVerbs = kinds([
  // Speech.
  // ("Viele berufen sich auf das Abkommen": the plural too, session 25; only with "sich", see cueFits: not "beruft einen
  // Minister", who is appointed.)
  ['according-to', 'berief beriefen berufen beruft'],
  ['said', 'angab angegeben angekündigt ankündigte antwortete bekanntgab bekräftigte bestätigt bestätigte bestätigten betont ' +
    'betonte betonten einräumte einräumten entgegnete erklärt erklärte erklärten erläuterte ergänzte erwiderte erzählte fügt fügte gab gaben gesagt gestand gibt hinwies hinwiesen hinzufügte ' +
    'kündigte meinte meint mitgeteilt mitteilte mitteilten räumte sagen sagt sagte sagten schreibt schrieb sprach ' +
    'eingeräumt zugegeben ' +
    // ("hat bekannt gegeben, dass …": see cueFits; "hatte getwittert, es sei …".)
    'erläutert gegeben geschrieben getwittert geäußert gewarnt hingewiesen twittert twitterte twitterten unterstrichen verkündet versichert ' +
    'sprachen spricht sprechen stellt stellte stellten teilt teilte teilten unterstrich verkündete verlautete versicherte warnte warnt warnten weisen weist wies wiesen wiederholte äußerte'],
  // Beliefs ("vertreten die Ansicht", "ist der Meinung": only with the opinion noun, see opinionVerbs).
  ['said', 'befürchtet befürchtete bezweifelt bezweifelte glaubt glaubte hofft hoffte ist sind vermutet vermutete vertraten vertreten vertrat vertritt war waren'],
  // ("Experten nahmen eine natürliche Ursache an", "Beobachter halten es für unwahrscheinlich": see assumeVerbs and
  // judgeVerbs.)
  ['said', 'halten hielt hielten hält nahm nahmen nehmen nimmt'],
  // ("Das Ministerium betrachtet jeden als arm, der …": a named body's definition; see cueFits, only with "als".)
  ['said', 'betrachtet betrachtete betrachten betrachteten'],
  // The present plural (the infinitive's form), which a plural subject takes and vague groups always are:
  // "Kritiker befürchten", "Beobachter vermuten", "Experten warnen".
  ['said', 'befürchten betonen bezweifeln erklären glauben hoffen meinen vermuten warnen zweifeln äußern'],
  // Reports and data.
  // (A poll or a report that certifies or records a finding: "Eine Umfrage der Zeitung Maariv bescheinigt Olmert 14
  // Prozent Unterstützung", "Die Studie dokumentierte, dass 73 Prozent …".)
  ['reported', 'berichtet berichtete berichteten berichten bescheinigt bescheinigte bescheinigten dokumentiert dokumentierte dokumentierten ' +
    'ergab ergaben gemeldet meldet meldete meldeten herausgegeben veröffentlicht veröffentlichte veröffentlichten zeigt zeigte zeigen zählte zählten'],
  // ("Die Polizei geht von 56 Toten aus": see separableCues. "Das Ministerium beziffert die Kosten auf 5,7 Milliarden
  // Euro", "veranschlagt 30 Millionen Euro"; the passive "werden auf … beziffert" names nobody, see cueFits.)
  ['estimated', 'beziffert bezifferte bezifferten erwartet erwartete erwarten gehen geht ging gingen prognostiziert prognostizierte rechnen rechnet rechnete rechneten ' +
    'schätzt schätzte schätzen schätzten veranschlagt veranschlagte veranschlagten'],
  ['claimed', 'behauptet behauptete behaupteten bestritt bestritten dementiert dementierte vorwarf vorwarfen warf warfen werfen wirft'],
  // Stances: judgements, never the source of a fact.
  ['stance', 'begrüßte bezeichnen bezeichnet bezeichnete bezeichneten fordert forderte forderten kritisieren kritisiert kritisierte kritisierten lobte verurteilte'],
  // Holders (issue 13): verbs of reasoning, speculating, citing, judging and naming, whose subject holds what the
  // clause says ("Dies begründeten türkische Medien mit …", "Viele Analysten argumentieren, …", "Mehrere Zeitungen
  // spekulierten", "Einige Medien zitierten …", "Beobachter werten das Ergebnis als Niederlage"; judging and reasoning
  // verbs only with "als" or "mit" in their clause, see claimFrames), and the plural preterites of listed verbs.
  ['said', 'argumentieren argumentiert argumentierte argumentierten befürchteten begründen begründet begründete begründeten bezweifelten ' +
    'deuten deutet deutete deuteten empfand empfanden empfinden empfindet glaubten hofften interpretieren interpretiert interpretierte interpretierten meinten mutmaßen mutmaßt mutmaßte mutmaßten ' +
    'sah sahen sehen sieht spekulieren spekuliert spekulierte spekulierten vermuteten werten wertet wertete werteten äußerten'],
  ['reported', 'melden zitieren zitiert zitierte zitierten'],
  ['estimated', 'erwarteten'],
  ['claimed', 'behaupten'],
  // (Participles after "haben" in a verb-final or perfect clause: "weil Kritiker ihm Untreue vorgeworfen hatten",
  // "Experten haben die Zahl auf 5.000 geschätzt"; the passive names nobody, see passiveInClause.)
  ['claimed', 'vorgeworfen'],
  ['estimated', 'geschätzt'],
  // ("Einige haben die Theorie aufgestellt, dass …": only with a claim noun, see claimFrames.)
  ['said', 'aufgestellt'],
  // ("monieren", to object, as "bemängeln": "Internationale Wahlbeobachter monieren, dass …"; session 42, a miss on the
  // German tuning set.)
  ['stance', 'beklagen beklagt beklagte beklagten bemängeln bemängelt bemängelte bemängelten monieren moniert monierte monierten nannte nannten nennen nennt verurteilen verurteilten'],
  // ("Datenschützer laufen Sturm gegen die Pläne": protest; only with "Sturm", see claimFrames. Session 25.)
  ['stance', 'laufen lief liefen läuft'],
]);

// Separable cue verbs whose stem alone is everyday German ("teilte die Beute", "gab Geld", "stellte Stühle auf",
// "wies den Weg"): a cue only when its particle closes the clause ("teilte die Polizei mit", "„…“, gab sie an").
const separableCues: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...['gab', 'gaben', 'gibt'].map((w) => [w, set('an bekannt zu')] as const),
  ...['geht', 'gehen', 'ging', 'gingen'].map((w) => [w, set('aus')] as const),
  ...['nahm', 'nahmen', 'nehmen', 'nimmt'].map((w) => [w, set('an')] as const),
  ...['stellte', 'stellten', 'stellt'].map((w) => [w, set('fest klar')] as const),
  ...['teilt', 'teilte', 'teilten'].map((w) => [w, set('mit')] as const),
  // ("wies darauf hin, dass …", also written as one word: "wies Malmström daraufhin, dass …"; the plural too, "Viele
  // Mitglieder wiesen darauf hin, dass …", session 24.)
  ...['weisen', 'weist', 'wies', 'wiesen'].map((w) => [w, set('daraufhin hin')] as const),
  // ("Kritiker werfen der Regierung vor, …"; not "warf einen Stein".)
  ...['warf', 'warfen', 'werfen', 'wirft'].map((w) => [w, set('vor')] as const),
]);

// Verbs that state an opinion only with its noun after them ("vertreten die Ansicht, dass …", "ist der Meinung, dass
// …"; not "ist der Minister", "vertreten die Interessen"), the subject standing before or after the verb.
const opinionVerbs = set('ist sind vertraten vertreten vertrat vertritt war waren');
const opinionNouns = set('ansicht auffassung meinung überzeugung');

const publishedParticiples = set('herausgegeben veröffentlicht');

// "annehmen" is "assume" and "accept" ("nahm das Angebot an", "Mattarella, der Staatspräsident, nahm den Rücktritt
// an"): a belief only before "dass" or with a vague group in its clause ("Experten nahmen eine natürliche Ursache
// an", "…, nehmen Beobachter an").
const assumeVerbs = set('nahm nahmen nehmen nimmt');

// "halten … für" + an adjective is a judgement ("Beobachter halten es für unwahrscheinlich, dass …", "hält den Plan
// für falsch"); not "hielt eine Rede für die Opfer", "halten an dem Plan fest".
const judgeVerbs = set('halten hielt hielten hält');
/** Words of degree before an adjective ("für immer unwahrscheinlicher", "für sehr gefährlich", "für wenig sinnvoll"). */
const degreeWords = set('durchaus eher höchst immer kaum recht sehr wenig zunehmend äußerst');

// Holders (issue 13): verbs that hold a view only in their frame, anywhere in the clause: judging "als" ("werten das
// Ergebnis als Niederlage", "Als Farce deuteten Beobachter …", "sehen darin einen Wendepunkt"), reasoning "mit"
// ("begründeten den Rückzug mit dem Druck"); not "sah den Unfall", "deutet darauf hin", "begründete eine Stiftung".
const claimFrames: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...['begründen', 'begründet', 'begründete', 'begründeten'].map((w) => [w, set('damit mit')] as const),
  // ("Viele Zeitungen empfinden das als Zumutung", session 25: judging "als" too.)
  ...['deuten', 'deutet', 'deutete', 'deuteten', 'empfand', 'empfanden', 'empfinden', 'empfindet', 'interpretieren', 'interpretiert', 'interpretierte', 'interpretierten', 'werten', 'wertet', 'wertete',
    'werteten'].map((w) => [w, set('als')] as const),
  ...['sah', 'sahen', 'sehen', 'sieht'].map((w) => [w, set('als darin')] as const),
  ['aufgestellt', set('behauptung behauptungen hypothese theorie these thesen vermutung')],
  ...['laufen', 'lief', 'liefen', 'läuft'].map((w) => [w, set('sturm')] as const),
]);

/** Articles and possessives that open a noun phrase. */
const nounDeterminers = set('das dem den der des die ein eine einem einen einer eines ihr ihre sein seine');

/** Quantifiers, with their genitive plurals ("Experten mehrerer Länder"). */
const quantifierWords = set('einige einiger manche mancher mehrere mehrerer verschiedene verschiedener viele vieler zahlreiche zahlreicher');

/** Vague groups as sources: "Experten", "Beobachter", "Medienberichte" (also the heads `vagueHeads` lists). */
// ("Man geht davon aus, dass …": "man" is nobody in particular. "Wahlforscher", "Atomkraftgegner",
// "Menschenrechtsgruppen": compounds count by their last part. "unter Berufung auf Parlamentarier", "Diplomaten zufolge": members of parliament or diplomats no one
// names.)
const vagueGroups = set('abgeordnete abgeordneten analysten augenzeugen beobachter beobachtern berichte berichten diplomaten einige experten expertinnen fachleute forscher forschern gegner gegnern gerüchte gerüchten gruppen insider insidern kommentatoren ' +
  'kreise kreisen kritiker kritikern man manche medien medienberichte medienberichten organisationen parlamentarier parlamentariern quellen schätzungen stimmen umfragen viele zeugen ' +
  // (Issue 13, holders: kinds of people, outlets and studies, as plurals: "Politiker warnen", "Tageszeitungen
  // berichteten", "in einigen westlichen Publikationen", "Ökonomen erwarten", "Studien zeigen"; "Andere meinen";
  // the press as a whole, "laut Presse", "Die Presse berichtete".)
  'andere juristen politiker politikern presse publikationen regierungen studien zeitungen ökonomen ' +
  // (Session 45: measurements of no owner, "An etlichen Stellen der Stadt ergaben Messungen … einen höheren Wert", as
  // "Studien zeigen"; a de.wikinews article read as an editor.)
  'messungen ' +
  // (Session 25: a trade as a whole, "Die Branche rechnet mit …", "nach Industrieangaben", "die Autoindustrie warnt";
  // missed on German batch 11.)
  'branche industrie');

// "in Fachkreisen", "unter Beobachtern", "bei Experten": a vague group as where a view is held. A passive belief with
// one ("wird in Fachkreisen bezweifelt", "Unter Experten wird befürchtet, dass …") has a holder, a vague one
// (vague-attribution reports it, not missing-attribution).
// (Issue 13, holders: the place of publication of no name is a circle too: "in einigen westlichen Publikationen", "in
// den Medien", "in Medienberichten", "in der türkischen Presse", "in sozialen Netzwerken"; not with its owner after
// it, "in Berichten der New York Times", nor one paper, "in der Zeitung".)
const publicationCircle = String.raw`in (?:(?:den|der|einigen|manchen|mehreren|verschiedenen|vielen|zahlreichen) )?(?:\p{L}+e[nr]? ){0,2}?(?:\p{L}*medien|\p{L}*publikationen|\p{L}*berichten|\p{L}*zeitungen|\p{L}*presse|netzwerken)\b(?! (?:der|des|von|vom)\b)`;
// (Also with the adjective of a circle's standing before "Kreisen": "in maßgeblichen Kreisen", "in gut unterrichteten
// Kreisen", "in politischen Kreisen"; not an article or a number, "in den Kreisen und Städten" (districts). Session 46,
// a miss on a de.wikinews article never in the corpus, Bildungsreport Deutschland.)
const circleAdjectives = 'diplomatischen|eingeweihten|führenden|informierten|kirchlichen|maßgeblichen|militärischen|parteinahen|politischen|regierungsnahen|unterrichteten';
const vagueCircle = String.raw`(?:in (?:(?:gut |gewöhnlich gut )?(?:${circleAdjectives}) )?\p{L}*kreisen|(?:bei|unter) (?:\p{L}+ )?(?:${[...vagueGroups].join('|')})|${publicationCircle})`;
// Documents that say what they say: "In dem Gesetz heißt es, dass …", "In einer Anfrage der Fraktion heißt es: „…“"
// (compounds count by their last part: "Urteilsbegründung", "Pressemitteilung"; a written analysis or expert opinion
// reads the same, "In ihrer Analyse des Systems heißt es", "Im Gutachten heißt es").
const documentNouns = 'abkommen|analyse|anfrage|antrag|antwort|begründung|beschluss|bericht|brief|dokument|entwurf|erklärung|gesetz|gutachten|mitteilung|papier|' +
  'protokoll|resolution|schreiben|stellungnahme|studie|urteil|verordnung|vertrag';
/**
 * Participles of judging something "as" something, whose passive hides the judge ("wurde als Drohung verstanden",
 * "was vielfach als Propaganda interpretiert wurde"; session 25 added "interpretiert", "gedeutet", "bewertet",
 * "eingeschätzt", "eingestuft", the verbs of the same frame, missed on German batch 11).
 */
const judgedParticiples = 'angesehen|betrachtet|bewertet|eingeschätzt|eingestuft|gedeutet|gesehen|gewertet|interpretiert|verstanden';
const beliefParticiples = 'angenommen|angesehen|befürchtet|behauptet|betrachtet|bezweifelt|erwartet|gemunkelt|gesehen|gewertet|kritisiert|spekuliert|vermutet';

// Agentless passive clauses (issue 13, recall): a claim whose holder the passive hides however long its middle field
// ("Der Regierung werden systematische Massaker an der Bevölkerung im Westen vorgeworfen", "wird er seit einiger Zeit
// kritisiert", "ihr wird das Verdienst zugeschrieben"). The slots: the finite auxiliary, a middle field of up to 14
// words with no agent ("von", "vom", "durch", "seitens") and no vague circle, then the claim's participle closing the
// clause (before a comma, a full stop, "dass"); or, verb-final, the participle and the auxiliary closing a subordinate
// clause ("dass", "weil", a relative pronoun) whose words name no agent ("…, dass ihm Untreue vorgeworfen wird"; not an
// infinitive after a modal: "Es muss mit dem doppelten Betrag gerechnet werden").
/**
 * The predicates of a rule's or a plan's state (session 26, issue 13's "soll" of a plan): the state passive of the
 * verbs of permitting, forbidding, limiting, opening and closing, and the adjectives of what a rule allows. "Der
 * Einsatz soll auf sechs Monate begrenzt sein", "Der Friseurbesuch soll nur mit Test zulässig sein" say what is to be,
 * not what someone reports; "Die Männer sollen Mitglieder der Gruppe sein" (a noun), "soll in den Fall verwickelt
 * sein" (a participle of involvement) stay hearsay. (A noun predicate cannot tell a plan from a report: "Die Stadt
 * soll eine Wirtschaftszone sein" is a plan; tried letting the span cross a quoted name, „Ansar al Islam“, to reach
 * batch 12's missed "sollen Mitglieder … sein", and dropped it: it flagged that plan on news-de.)
 */
const regulated = 'befristet|begrenzt|beschränkt|erlaubt|geöffnet|geschlossen|gestattet|gültig|möglich|pflicht|untersagt|unzulässig|verboten|verpflichtend|vorgeschrieben|zulässig';
/** Participles of accusing and crediting: someone accuses, the passive hides who. */
const accusationParticiples = 'angekreidet|angelastet|beschuldigt|kritisiert|nachgesagt|unterstellt|verdächtigt|vorgehalten|vorgeworfen|zugeschrieben|zur Last gelegt';
/** Participle phrases of proposing and doubting: "in die Diskussion gebracht", "in Frage gestellt". */
const proposalParticiples = String.raw`(?:in die Diskussion|ins Gespräch|ins Spiel) gebracht|in Erwägung gezogen|(?:in Frage|infrage) gestellt|angezweifelt`;
/** A claim noun and the verb that raises it: "wurde der Vorwurf erhoben", "Zweifel wurden laut". */
const claimNouns = String.raw`\p{L}*(?:Vorwurf|Vorwürfe|Kritik|Forderung|Forderungen|Verdacht|Zweifel|Bedenken|Befürchtungen|Spekulationen|Anschuldigungen)`;
const raisingVerbs = 'erhoben|geäußert|laut|vorgebracht';
/** The passive auxiliaries, finite. */
const passiveFinite = 'wird|werden|wurde|wurden';
/**
 * The predicate of "für … halten", one or two words after "für" that are no determiner or pronoun (so the judgement
 * "für unsinnig", "für sehr wahrscheinlich", not the beneficiary "für die Gäste", "für ihn").
 */
const judgedFor = String.raw`(?!(?:alle|den|der|des|dem|die|das|diese|diesen|dieser|dieses|dich|ein|eine|einem|einen|einer|eines|euch|ihn|ihm|ihre|ihren|jede|jeden|mich|seine|seinen|sich|sie|uns)\b)(?:[\p{L}-]+ ){1,2}?`;
/**
 * The middle field of a clause: up to `reach` words, none an agent's preposition or a vague circle. ("von" before a
 * figure or a bare plural after a noun is a genitive, not an agent: "die Möglichkeit von Sanktionen", "eine Beteiligung
 * von 90 Prozent"; after the auxiliary or an adverb it is the agent: "wurde von Unionspolitikern in die Diskussion
 * gebracht". Words only, no capitals: the patterns are case-insensitive. "von Experten" deep in the field is a vague
 * agent, which vague-attribution reports instead.)
 */
const middleField = (reach: number): string =>
  String.raw`(?:(?!(?:vom|durch|seitens)\b|von (?:(?<=\b(?:${passiveFinite}|auch|bereits|erneut|häufig|immer|mehrfach|nun|oft|schon|vielfach|wieder|zuvor|zunächst) von )|(?![\p{N}]|[\p{L}-]+(?:en|ern|n)\b))|(?:${vagueCircle})\b)[\p{L}\p{N}][\p{L}\p{N}'’.-]* ){0,${reach}}?`;
/** What closes a clause after its verb: punctuation, a quotation mark, "dass", or the text's end. */
const clauseClose = String.raw`(?= ?(?:[,.;:!?–—)„“"]|dass\b|$))`;
/** Participles of finding, when what was found is named (not "wird festgestellt, dass …", a document's words). */
const findingParticiples = String.raw`(?:festgestellt|nachgewiesen)(?!,? dass\b)`;
/**
 * A reason or example given by nobody: "Als Grund wurden Sicherheitsbedenken genannt", "Als Beispiel wird Abdelbaki Es
 * Satty, der Imam in Ripoll, genannt" (an apposition may stand before the participle).
 */
const reasonGiven = String.raw`\bals (?:Auslöser|Beispiel|Begründung|Grund|Hintergrund|Motiv|Ursache)\p{L}* (?:[\p{L}\p{N}-]+ ){0,4}?(?:${passiveFinite}) ${middleField(10)}(?:[^,.;:!?]{1,60}, [^,.;:!?]{1,80}, )?(?:angeführt|angegeben|genannt)${clauseClose}`;
/** Builds an agentless passive clause pattern whose closing participle is one of `participles` (an alternation). */
const agentlessPassive = (participles: string): string =>
  String.raw`\b(?=(?:${passiveFinite}) )(?<!\b(?:von|vom|durch|seitens|${vagueCircle})\b[^,.;:!?]{0,80}|^[\s"„»]*)(?:${passiveFinite}) ${middleField(14)}(?:${participles})(?: worden)?${clauseClose}|` +
  String.raw`\b(?=(?:${participles}) (?:worden|${passiveFinite})\b)(?<=(?:^|[,;:–—] ?)(?:dass|weil|da|ob|obwohl|nachdem|wenn|der|die|das|dem|den|denen|deren|dessen|was|wie) (?:(?!von |vom |durch |seitens )[\p{L}\p{N}][\p{L}\p{N}'’.-]* ){0,14})(?:${participles}) (?:worden (?:ist|sind|war|waren|sei|seien)|${passiveFinite})${clauseClose}`;

/**
 * A chance or prospect granted by nobody named (session 24, the judge's misses on German batch 9): "Nur wenig Chancen
 * werden dem Kandidaten gegeben", "werden nicht mal Außenseiterchancen eingeräumt", "…, dass ihr kaum Chancen
 * eingeräumt werden" — an estimate whose holder the passive hides, as "gilt als" does. The noun needs a word of degree
 * or a compound ("geringe Chancen", "Siegchancen"), so a chance given to act is not one: "Ihm wurde eine zweite Chance
 * gegeben", "wurde die Chance gegeben, sich zu erklären" (nor with a "zu" infinitive after it). Not with its agent: "von
 * Umfragen werden ihm gute Chancen eingeräumt".
 */
const chanceDegree = String.raw`(?:beste|echte|geringe|gute|große|höchste|intakte|realistische|reelle|wenige)n?|kaum|keine|keinerlei|nur|wenig|nicht (?:mal|einmal)`;
const chanceNoun = String.raw`(?:(?:${chanceDegree}) (?:[\p{L}-]+e[nr]? )?(?:Chancen?|Aussichten|Erfolgsaussichten|Wahrscheinlichkeit)|[\p{L}-]+chancen)`;
const grantParticiples = 'beigemessen|eingeräumt|gegeben|zugebilligt|zugemessen|zugesprochen|zugestanden';
const chanceGranted = String.raw`(?<!\b(?:von|vom|durch|seitens)\b[^,.;:!?]{0,80})(?:\b${chanceNoun} ${middleField(6)}(?:${passiveFinite}) ${middleField(10)}(?:${grantParticiples})(?: worden)?|` +
  String.raw`\b(?:${passiveFinite}) ${middleField(12)}${chanceNoun} ${middleField(6)}(?:${grantParticiples})(?: worden)?|` +
  String.raw`\b${chanceNoun} ${middleField(6)}(?:${grantParticiples}) (?:worden (?:ist|sind|war|waren|sei|seien)|${passiveFinite}))${clauseClose}(?![^.;!?]*\bzu (?!(?:dem|den|der)\b)\p{Ll}+(?:en|ern|eln)\b)`;

/**
 * "Bei der Wahl werden Unregelmäßigkeiten befürchtet", "Vermutet wird, dass …": true when the cue at `i` is a
 * participle with a passive auxiliary anywhere in its clause (verb-second or verb-final order), so the noun before it
 * is what is feared, not who fears it (the hidden-claim patterns report it). With its agent ("von der Polizei wird
 * berichtet") the agent is the source, as in English, and this is false.
 */
function passiveInClause(tokens: ReadonlyArray<{lower: string}>, i: number): boolean {
  const clauseEnd = (k: number): boolean => /^[,;:.!?„“"]$/.test(tokens[k].lower);
  const agent = (k: number): boolean => /^(?:von|vom|durch)$/.test(tokens[k].lower);
  if (/^(?:wird|werden|wurde|wurden|worden)$/.test(tokens[i + 1]?.lower ?? '')) {
    for (let k = i - 1; k >= 0 && !clauseEnd(k); k--) if (agent(k)) return false;
    return true;
  }
  for (let k = i - 1; k >= 0 && !clauseEnd(k); k--) {
    if (agent(k)) return false;
    if (/^(?:wird|werden|wurde|wurden)$/.test(tokens[k].lower)) return true;
  }
  return false;
}

/**
 * Holders (issue 13) in a vague circle or nowhere, as hearsay: a judgement of "gelten" with a vague circle in its
 * clause ("Ein Wahlsieg gilt unter Beobachtern als wahrscheinlich", "Unter Beobachtern gilt …"); a vague circle before
 * a passive of naming or describing ("In einigen westlichen Publikationen wird der Präsident als Diktator bezeichnet",
 * "In internationalen Medien wurde der Plan als gescheitert dargestellt"); a feeling raised among a group ("rufen große
 * Besorgnis unter Regierungen hervor"); a report passed on with nobody named ("Nachdem gestern noch gemeldet worden
 * war, …", "Es wurde gemeldet, …"; not "wurde der Polizei gemeldet", a fact).
 * Built by `de()`, not at module load: compiling it there took ~40 ms of every CLI start-up, English drafts included.
 */
const holderHearsay = (): GatedPattern => gated(() => words(String.raw`\b(?:gilt|gelten|galt|galten) (?:[\p{L}\p{N}.-]+ ){0,4}?${vagueCircle} (?:[\p{L}\p{N}.-]+ ){0,4}?als\b|${vagueCircle},? (?:gilt|gelten|galt|galten)\b|` +
  String.raw`${vagueCircle},? (?:${passiveFinite}) ${middleField(10)}(?:bezeichnet|beschrieben|dargestellt|diskutiert|gehandelt|genannt)\b|` +
  // (Session 25: the circle after the auxiliary, the term named perhaps in quotation marks: "wird in der Presse bereits
  // als „Superminister“ bezeichnet", "wurde unter Experten als Durchbruch gefeiert"; missed on German batch 11.)
  String.raw`\b(?:${passiveFinite}) (?:[\p{L}-]+ ){0,3}?${vagueCircle} (?:[\p{L}\p{N}-]+ |[„"»][^“"«„.;!?]{1,40}[“"«] ){0,8}?(?:bezeichnet|beschrieben|dargestellt|diskutiert|gefeiert|gehandelt|genannt)\b|` +
  String.raw`\b(?:Besorgnis|Empörung|Kritik|Sorge|Sorgen|Unmut|Zweifel) (?:unter|bei) (?:\p{L}+ )?(?:${[...vagueGroups].join('|')})\b|` +
  String.raw`(?<!\b(?:von|vom|durch|wie)\b[^,.;:!?]{0,80})(?:\b(?:berichtet|gemeldet) worden (?:ist|sei|war)(?=,)|\bes (?:wird|wurde) (?:berichtet|gemeldet)\b|\b(?:wird|wurde) gemeldet(?=,))|` +
  // (Hearsay phrases that say themselves nobody is named: "wie zu erfahren war", "wie in Medienberichten zu lesen war",
  // "dem Vernehmen nach", "wie verlautet", "nach unbestätigten Informationen", "Es kursieren Gerüchte"; a dative
  // group holding a judgement, "Vielen gilt er als Reformer".)
  // (A side named by an adjective, English "the union side": "Von gewerkschaftlicher Seite wird das kritisiert", "waren
  // von palästinensischer Seite unterschiedliche Meinungen zu hören", "wurden von verschiedenen Seiten Bedenken
  // vorgebracht"; judged a vague source on German batch 10. Not a side the text has named, "von seiner Seite", "von der
  // anderen Seite", "von beiden Seiten"; nor a denial or silence, "von keiner Seite bestätigt", "wurden von
  // norwegischer Seite nicht bekanntgegeben".)
  String.raw`\bvon (?!(?:beiden|dem|den|der|dieser|einer|ihrer|jeder|keiner|meiner|seiner|unserer)\b)[a-zäöüß]+(?:er|en) Seiten?\b(?! (?:der|des)\b)(?![^,.;:!?]*\b(?:nicht|nie|keine[mnrs]?)\b)|` +
  // (Session 25: a circle's word in the verb-final order, "wie es in Polizeikreisen hieß", and the same with "es"
  // dropped, "…, hieß in Polizeikreisen"; missed on German batch 11.)
  String.raw`\bwie es (?:[\p{L}-]+ ){0,2}?${vagueCircle} (?:hieß|heißt|verlautete)\b|\b(?:hieß|heißt) in \p{L}*kreisen\b|` +
  String.raw`\bwie (?:${publicationCircle} )?zu (?:erfahren|hören|lesen) (?:ist|war)\b|\bdem Vernehmen nach\b|\bwie verlautet\b(?! aus)|\bnach unbestätigten (?:Angaben|Informationen|Meldungen)\b|` +
  String.raw`\b(?:kursieren|kursierten|kursiert|kursierte) (?:\p{L}+ ){0,2}?(?:Gerüchte|Spekulationen)\b(?!,? (?:nach denen|wonach|denen zufolge)\b)|\b(?:Gerüchte|Spekulationen) (?:kursieren|kursierten)\b|\b(?:anderen|einigen|manchen|vielen) (?:gilt|gelten|galt|galten)\b`, 'giu'),
'angaben bei berichtet beschrieben besorgnis heißt hieß bezeichnet dargestellt diskutiert empörung erfahren galt galten gefeiert gehandelt gelten gemeldet genannt gilt hören informationen kritik kursieren kursiert kursierte kursierten lesen meldungen seite seiten sorge sorgen unmut unter verlautet vernehmen zweifel');

/** Abbreviations before a name, a figure or more text: "Dr.", "z. B.", "u. a.", "Mrd.", "Nr.", "ca.". */
const abbreviations = set('a abs b bzw ca chr dr ehem evtl ggf hl inkl jh mio mrd nr prof s sog st str tsd u usw v vgl z');

/**
 * "nach einer Veröffentlichung", "nach einem Gutachten", "nach einer Pressemitteilung": "nach", an indefinite article
 * and a document (`documentNouns`, and the published figures: "Auswertung", "Statistik", "Veröffentlichung",
 * "Zählung"; compounds by their last part), for each noun and article, but a study, listed on its own in `afterCues`
 * ("nach einer Studie" gives data).
 */
const documentCues: AfterCue[] = `${documentNouns}|auswertung|statistik|veröffentlichung|zählung`.split('|')
  .filter((noun) => noun !== 'studie')
  .flatMap((noun) => ['einem', 'einer'].map((article) => ({words: ['nach', article, `*${noun}`], kind: 'according-to' as const})));

/** Builds the German resources; `resourcesFor` builds them once, on a German draft's first lint (see index.ts). */
export const de = (): LanguageResources => ({
  code: 'de',
  // "1.140" and "3,5" are one number each.
  // (Thousands grouped by a space, a no-break space or a narrow no-break space are one number, as in French: "mehr als
  // 126 000 Menschen".)
  tokenPattern: /(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+|,\d+)*)|\S/gu,
  extraSpaces: '\u202f\u2009',
  neverFinal: abbreviations,
  maybeFinal: set('etc usw'),
  sentenceOpeners: set('Als Am Auch Auf Außerdem Bei Damit Das Dem Den Der Deshalb Die Dies Diese Dieser Doch Ein Eine Er Es Im In Laut Man Mit Nach Seit Sie Vor Während Wie Zudem Zum Zur'),
  closers: '"\'“‘”’)]*_»«',
  openers: '"\'„‚“‘([*_«»',
  quotePairs: {'„': '“', '“': '”', '»': '«', '«': '»', '"': '"'},
  closingQuotes: /["“”«»]/,
  cueVerbs,
  cueFits(tokens, i) {
    if (passiveInClause(tokens, i)) return false;
    // "hat die Gruppe Statistiken herausgegeben": a participle publishes only after "haben" in its clause (not "das
    // 2005 veröffentlichte Buch", "wurde 2005 veröffentlicht").
    if (publishedParticiples.has(tokens[i].lower)) {
      for (let k = i - 1; k >= 0 && k >= i - 8 && tokens[k].word; k--) if (/^(?:hat|haben|hatte|hatten)$/.test(tokens[k].lower)) return true;
      return false;
    }
    if (opinionVerbs.has(tokens[i].lower)) {
      // (The opinion noun after an article, within four words: "vertreten Beobachter die Ansicht".)
      for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
        if (opinionNouns.has(tokens[k].lower)) return /^(?:der|die)$/.test(tokens[k - 1].lower);
        if (!tokens[k].word) return false;
      }
      return false;
    }
    // ("Viele berufen sich auf …": citing is reflexive; "Der Kanzler beruft einen Minister" appoints him.)
    if (/^(?:berief|beriefen|berufen|beruft)$/.test(tokens[i].lower)) return tokens[i + 1]?.lower === 'sich' || tokens[i + 2]?.lower === 'sich';
    // "Dafür spricht, dass …", "Vieles spricht dagegen": an argument, not speech.
    if (/^(?:spricht|sprach|sprechen|sprachen)$/.test(tokens[i].lower) && (/^(?:dafür|dagegen|alles|einiges|manches|nichts|vieles)$/.test(tokens[i - 1]?.lower ?? '') ||
      /^(?:dafür|dagegen)$/.test(tokens[i + 1]?.lower ?? ''))) return false;
    // ("hat bekannt gegeben", not "hat ihm Geld gegeben".)
    if (tokens[i].lower === 'gegeben') return tokens[i - 1]?.lower === 'bekannt';
    // (A dash ends a clause too: "Kritiker gehen von 10.000 Flügen aus - teilweise nachts".)
    const clauseEnd = (k: number): boolean => /^[,.;:!?„“”"»«–—-]$/.test(tokens[k].lower);
    if (/^betrachte/.test(tokens[i].lower)) {
      for (let k = i + 1; k < tokens.length && k <= i + 8 && !clauseEnd(k); k++) if (tokens[k].lower === 'als') return true;
      return false;
    }
    if (judgeVerbs.has(tokens[i].lower)) {
      // (An adjective after "für", then the clause ends: "für unwahrscheinlich, dass", "für falsch."; a word of degree may
      // stand before it, "für immer unwahrscheinlicher", "für sehr gefährlich"; and the subject after the verb may stand
      // between, "halten die Befehlshaber der US-Streitkräfte einen Abzug der Truppen für …", session 25.)
      for (let k = i + 1; k < tokens.length && k <= i + 14 && !clauseEnd(k); k++) {
        if (tokens[k].lower !== 'für') continue;
        const a = degreeWords.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
        return tokens[a]?.word === true && !tokens[a].cap && !nounDeterminers.has(tokens[a].lower) &&
          (tokens[a + 1] === undefined || clauseEnd(a + 1) || tokens[a + 1].lower === 'dass');
      }
      return false;
    }
    const frame = claimFrames.get(tokens[i].lower);
    if (frame !== undefined) {
      // (The clause runs between the punctuation marks around the verb.)
      let from = i - 1;
      while (from >= 0 && !clauseEnd(from)) from--;
      let to = i + 1;
      while (to < tokens.length && !clauseEnd(to)) to++;
      return tokens.slice(from + 1, to).some((t) => frame.has(t.lower));
    }
    const particles = separableCues.get(tokens[i].lower);
    if (particles === undefined) return true;
    // The particle ends the verb's clause: the next comma, colon, quotation mark or full stop follows it.
    for (let k = i + 1; k < tokens.length && k <= i + 24; k++) {
      // (Not the full stop of an abbreviation or an initial: "So stellt der Stifterverband … e.V. fest, dass …",
      // "stellte Barrington D. Parker … fest".)
      if (tokens[k].lower === '.' && (tokens[k - 1].lower.includes('.') || abbreviations.has(tokens[k - 1].lower) || tokens[k - 1].cap && tokens[k - 1].lower.length === 1)) continue;
      if (!clauseEnd(k)) continue;
      // (An apposition after a name stands between the verb and its particle: "stellte Barrington D. Parker, einer
      // der drei Richter, in der Urteilsbegründung fest"; read on after its closing comma.)
      if (tokens[k].lower === ',' && tokens[k - 1].cap && /^(?:der|die|das|ein|eine|einer|eines)$/.test(tokens[k + 1]?.lower ?? '')) {
        let close = k + 2;
        while (close < tokens.length && close <= k + 12 && !clauseEnd(close)) close++;
        if (tokens[close]?.lower === ',') {
          k = close;
          continue;
        }
      }
      if (!particles.has(tokens[k - 1].lower)) return false;
      if (!assumeVerbs.has(tokens[i].lower)) return true;
      let from = i - 1;
      while (from >= 0 && !clauseEnd(from)) from--;
      // (A group named by its noun: "Viele nahmen das Angebot an" is an act.)
      return tokens[k].lower === ',' && tokens[k + 1]?.lower === 'dass' || tokens.slice(from + 1, k).some((t) => vagueGroups.has(t.lower) && !quantifierWords.has(t.lower));
    }
    return false;
  },
  attributionPhrase: {before: 'laut', after: ', so ', article: /^(?:Der|Die|Das|Ein|Eine)(?= )/},
  afterCues: [
    {words: ['laut'], kind: 'according-to'},
    // "Aus dem Bericht geht hervor, dass …", "Wie aus dem Bericht hervorgeht, …", "Dies geht aus einer Antwort des
    // Ministeriums hervor": the document the facts emerge from (not "Aus dem Rennen ging Müller als Sieger hervor").
    {words: ['aus'], kind: 'according-to', clause: words(String.raw`\b(?:geht|ging|gehen|gingen)\b[^.;!?]*\bhervor, (?:dass|ob|wie|was|wer|wo|warum)\b|\b[Ww]ie\b[^.;!?]*\baus\b[^.;!?]*\bhervor(?:geht|ging|gehen|gingen)\b|^\s*(?:Dies|Das|Diese|Dieses) (?:geht|ging|gehen|gingen) aus\b`, 'u')},
    {words: ['gemäß'], kind: 'according-to'},
    {words: ['nach', 'angaben'], kind: 'according-to'},
    {words: ['nach', 'eigenen', 'angaben'], kind: 'according-to', own: true},
    {words: ['nach', 'ersten', 'angaben'], kind: 'according-to'},
    {words: ['nach', 'offiziellen', 'angaben'], kind: 'according-to'},
    {words: ['nach', 'vorläufigen', 'angaben'], kind: 'according-to'},
    {words: ['nach', 'informationen'], kind: 'according-to'},
    // "nach Auskunft der Feuerwehr", "nach Darstellung der Polizei", "nach Aussage des Zeugen", "nach Schätzungen der UN".
    {words: ['nach', 'auskunft'], kind: 'according-to'},
    {words: ['nach', 'aussage'], kind: 'according-to'},
    {words: ['nach', 'aussagen'], kind: 'according-to'},
    {words: ['nach', 'darstellung'], kind: 'according-to'},
    {words: ['nach', 'schätzungen'], kind: 'estimated'},
    // "Nach Ansicht der Demokraten soll er …": whose view the sentence gives.
    {words: ['nach', 'ansicht'], kind: 'according-to'},
    {words: ['nach', 'auffassung'], kind: 'according-to'},
    {words: ['nach', 'einschätzung'], kind: 'according-to'},
    {words: ['nach', 'meinung'], kind: 'according-to'},
    // "nach einer Mitteilung aus dem Präsidialamt", "nach einem Bericht der Zeitung X": the statement's author (see
    // documentCues).
    // ("nach Berichten der New York Times"; "nach Berichten israelischer Medien" is vague.)
    {words: ['nach', 'berichten'], kind: 'according-to'},
    {words: ['nach', 'einer', 'meldung'], kind: 'according-to'},
    // (Session 25: any document a body issues, "Nach einer Veröffentlichung des Arbeitsamtes fiel die Quote …", "nach
    // einer Statistik der Behörde", "nach einem Gutachten des Instituts": the documents of documentNouns and of the
    // statistics, after an indefinite article; "nach der Veröffentlichung des Videos" is a time, not a source. Missed on
    // German batch 11.)
    ...documentCues,
    // "Nach einer Studie des Wissenschaftszentrums …", "nach einer Umfrage des Instituts X": a study's author.
    {words: ['nach', 'einer', 'studie'], kind: 'data'},
    {words: ['nach', 'einer', 'umfrage'], kind: 'data'},
    {words: ['nach', 'einer', 'untersuchung'], kind: 'data'},
    // "„…“, hieß es in einer Erklärung des Ministeriums", "heißt es aus London": the document or place after it.
    ...['heißt', 'hieß'].flatMap((verb) => ['aus', 'beim', 'im', 'in', 'seitens', 'vom', 'von']
      .map((preposition) => ({words: [verb, 'es', preposition], kind: 'according-to' as const}))),
    {words: ['quelle', ':'], kind: 'source-note'},
    {words: ['so'], kind: 'according-to', aside: true},
    {words: ['quellen', ':'], kind: 'source-note'},
    {words: ['unter', 'berufung', 'auf'], kind: 'according-to'},
  ],
  // "Angaben der Polizei zufolge", "dem Bericht nach" is too ambiguous to list.
  beforeCues: new Map([['zufolge', 'according-to']]),
  agentVerbs: set('bekanntgegeben berichtet bestätigt gemeldet veröffentlicht zitiert'),
  agentPrepositions: set('von'),
  // Holders (issue 13): the agent of a passive of saying, judging or naming, before its participle ("wird von
  // Kritikern als Farce bezeichnet", "wurde von der Opposition kritisiert", "die von westlichen Medien verbreiteten
  // Gerüchte"); see analysis.ts, agentBeforeParticiple.
  agentBefore: {
    prepositions: set('seitens vom von'),
    // (Session 25: "das von China als abtrünnige Provinz angesehen wird", "von Beobachtern als Signal gedeutet".)
    // (Session 43: also who counted or recorded, as English "documented by" and French "recensés par" are read: "Vom
    // UN-Menschenrechtsbüro wurden 46 Tote unter Zivilisten dokumentiert", "46 Tote wurden von der Polizei gezählt";
    // a false alarm on the German tuning set.)
    participles: set('abgelehnt angesehen angezweifelt begrüßt behauptet berichtet beschrieben bestritten bestätigt betrachtet bewertet beziffert ' +
      'bezeichnet bezweifelt dargestellt dokumentiert eingeschätzt eingestuft erfasst gedeutet gefeiert gehandelt gelobt gemeldet genannt gesehen ' +
      'gewertet gezählt interpretiert kritisiert registriert verbreitet verurteilt vorgeworfen'),
    // (Session 43: "was zunächst von keiner Seite bestätigt werden konnte", "wurde nicht von der Polizei bestätigt":
    // nobody vouched for it, a caveat the writer gives, as English "was not confirmed by …".)
    negators: set('kein keine keinem keinen keiner keines nicht nie niemals niemand niemandem'),
  },
  dataNouns: set('angaben bericht berichte bilanz daten erhebung messung messungen schätzung schätzungen statistik studie studien umfrage umfragen zahlen'),
  vagueHeads: vagueGroups,
  vagueThings: set('berichte berichten gerüchte gerüchten medien medienberichte medienberichten presse quellen schätzungen'),
  vaguePopulations: set('bürger einwohner menschen'),
  // ("Die nordkoreanischen Staatsmedien teilten mit": a state's own outlets are the state speaking, not "Medien".)
  institutionNouns: set('agentur amt armee behörde behörden botschaft bundesregierung bundestag feuerwehr staatsfernsehen staatsmedien ' +
    'gericht gewerkschaft institut kommission ministerium minister ministerin partei polizei präsident ' +
    'präsidentin regierung sprecher sprecherin staatsanwaltschaft unternehmen universität verband verein ' +
    'verteidiger verwaltung'),
  // (Also one person described but not named, as English lists them: "ein Anwohner", "ein Zeuge", "ein US-General";
  // compounds count by their last part. "Fahnder" beside "Ermittler": "Ein Fahnder sagte laut Focus, …", session 43,
  // a miss on the German tuning set.)
  anonymousHeads: inflectedHeads(set('anwohner beamter beamte diplomat ermittler fahnder general geheimdienstler informant insider mitarbeiter nachrichtendienstler offizier polizist ' +
    'quelle quellen regierungsvertreter vertreter zeuge')),
  anonymousQualifier: words(String.raw`\b(?:(?:nicht )?(?:näher|namentlich) (?:genannte|bezeichnete|benannte)[nr]?|ungenannte[nr]?|(?:der|die) (?:namentlich )?nicht (?:namentlich )?genannt werden (?:wollte|möchte|will)|(?:der|die) anonym bleiben (?:wollte|möchte|will)|aus \p{L}*kreisen(?! (?:erhobenen?|geäußerten?|kommenden?|vorgebrachten?)\b))\b`, 'u'),
  // One person described by a role in a body, not named (issue 13): "Ein Chef eines niederländischen
  // Flugsicherungsunternehmens meinte", "sagte ein Angehöriger des Weißen Hauses", "ein Mitglied des Vorstands": an
  // indefinite, at most one adjective, a person noun (by its ending: -er, -eur, -iger, -ent, -ant, -ist, -or, or "Chef",
  // "Mitglied") and the body in the genitive. Not a spokesperson, who speaks for the body on the record ("ein Sprecher
  // des Ministeriums"); nor a document ("eine Erklärung der Regierung", "ein Papier des Ministeriums").
  unnamedPerson: words(String.raw`^(?:ein|eine|einer) (?:[\p{L}-]+e[nrs]? )?(?!(?:[\p{L}-]*sprecher(?:in)?|papier|schreiben)\b)(?:[\p{L}-]+(?:er|erin|eur|eurin|iger|igte|igter|ent|entin|ant|antin|ist|istin|or|orin)|[\p{L}-]*(?:chef|chefin|glied)) (?:des|der|eines|einer)\b`, 'u'),
  // Unnamed insiders of a named body, in the plural, one adjective at most before them ("Offizielle des FBI sagten",
  // "hochrangige Beamte des Innenministeriums", "Mitarbeiter der Botschaft"; compounds by their last part:
  // "Regierungsbeamte"). Not a body's representatives by office who speak for it on the record ("Sprecher des
  // Ministeriums"), nor politicians of a party ("Abgeordnete der CDU"), who are named by their party. Insiders need no
  // body: "Insider berichten", "laut Insidern" are unnamed people in a position to know, not a vague group.
  unnamedMembers: words(String.raw`^(?:(?!(?:der|die|den|dem|des|diese|dieser|diesen|jene|jener)\b)[\p{L}-]+e[nr]? )?(?:[\p{L}-]*beamten?|diplomaten|ermittlern?|geheimdienstlern?|informanten|insidern?|[\p{L}-]*mitarbeitern?|nachrichtendienstlern?|offizieren?|offiziellen?) (?:des|der)\b|^(?:gut )?(?:[\p{L}-]+e[nr]? )?insidern?$`, 'u'),
  indefinites: set('ein eine einem einer eines zwei drei mehrere'),
  quantifiers: quantifierWords,
  // "Einige Beobachter meinen …, andere sehen …": eine vage Gruppe, zweigeteilt (merge.ts).
  otherGroup: set('andere anderen'),
  rankQualifiers: set('führende führenden namhafte namhaften prominente prominenten'),
  definites: set('die diese jene'),
  // (A genitive after the head qualifies it: "ein Vertreter der Regierung" is a Vertreter.)
  // ("Experten verschiedener Staaten", "Vertreter mehrerer Parteien": a genitive plural without article too.)
  headStops: set('anderer aus bei der des einiger im in mehrerer mit verschiedener vieler von vom zahlreicher'),
  // ("Hier ist der Text:", "Im Folgenden die Erklärung:", "Es folgt der Wortlaut:": nobody named; see presentingLeadIn.)
  presentingLeadIn: /^\s*(?:hier\s+(?:ist|sind|war|waren|folgt|folgen)\b|(?:im\s+)?folgenden?\b|nachfolgend\b|es\s+folg(?:t|en)\b|das\s+ist\s+der\s+(?:volle\s+)?(?:text|wortlaut)\b)/iu,
  leadInArticles: set('das der die'),
  // ("Die Gruppe veröffentlichte einen Bericht. Darin hieß es, …": the report's author; see documentBack.)
  documentBack: /^\s*(?:darin|hierin)\s+(?:(?:heißt|hieß)\s+es|steht|stand)\b/iu,
  // ("Das hat das Bundeskanzleramt mitgeteilt. … werden die Kabinettsmitglieder zusammenkommen, hieß es": the
  // announcement goes on; not "Es heißt, …" opening a sentence, which is rumour, nor "hieß es aus Kreisen", a circle.)
  carriedImpersonal: /^(?:(?:heißt|hieß) es|wie es (?:heißt|hieß))$/iu,
  documentNoun: new RegExp(String.raw`^[\p{L}-]*(?:${documentNouns})$`, 'u'),
  // ("CNN berichtete unter Berufung auf zwei Beamte": CNN's unnamed sources; see citingBefore.)
  citingBefore: /\b(?:unter|mit) Berufung auf\s+$/iu,
  // ("Bereits seit Wochen sagen EU-Diplomaten": diplomats of no named country; see circleHeads.)
  circleHeads: /(?:diplomaten|insidern?|kreisen?|quellen)$/u,
  anaphors: set('er sie es'),
  pronounSuffix: null,
  and: 'und',
  // (Finite modals too, never part of a noun phrase: "Die Männer sollen syrischen Medienberichten zufolge …" has the
  // reports as its source, not the men; missed on German batch 10.)
  npBreakers: set('dass ob weil wenn als aber oder und sondern denn da während nachdem bevor ist sind war waren ' +
    'wird werden wurde wurden hat haben hatte hatten sei seien habe nicht auch jedoch wie so ' +
    'dürfte dürften kann konnte konnten könne könnte könnten muss musste mussten müssen soll solle sollen sollte sollten'),
  npInner: set('der die das des dem den von vom zu zur zum im in für und mit bei'),
  determiners: set('der die das des dem den ein eine einer eines einem sein seine ihr ihre dieser diese dieses'),
  betweenSubjectAndVerb: set('auch bereits dabei damals hat haben hatte hatten heute inzwischen jedoch nun zudem zuvor gestern erneut'),
  // (The main-clause subject of an English '-ing' participle: no use in this language.)
  asides: new Set(),
  lyNouns: new Set(),
  finiteAuxiliaries: new Set(),
  pastForms: new Set(),
  progressiveAux: set(''),
  titleAbbreviations: set('dr prof'),
  cueAuxiliaries: set('auch bereits habe hat haben hatte hatten hätte zudem'),
  notBeforeCue: set('der die das den dem des ein eine einen einem einer'),
  nounDeterminers,
  nounQuantifiers: set(''),
  // Reported speech in the subjunctive of a main clause ("hat möglicherweise den Hintergrund, dass … werde" is the
  // writer's); a sentence that opens on the figure or group before ("Davon", "Von den Fahrzeugen fehlen 38 %") or on
  // "demnach", or that holds "demnach" or "demzufolge" after its verb ("Roßberg hätte demnach das Honorar … erhöht",
  // session 43, a false alarm on the German tuning set); a study's sample or the study itself named again ("80 % der
  // untersuchten Städte", "Ein weiteres Ergebnis der Studie ist …"). (Not the subjunctive of a claim noun's content in the sentence itself: "wurde der
  // Vorwurf erhoben, es würden Informationen gesammelt" reports the accusation, not the paragraph's source.)
  continuation: gated(() => words(String.raw`(?<!\b(?:dass|ob|${claimNouns})\b[^.;:!?]*)\b(?:sei|seien|habe|hätten|würden|werde|könne|müsse|solle|gebe|wolle|liege|stehe)\b|^(?:davon|darunter|demnach|diese Zahl|von den|von diesen)\b|(?<!\b(?:dass|ob|wenn|falls)\b[^.;:!?]*)\b(?:demnach|demzufolge)\b|\b(?:der|den|die) (?:analysierten|ausgewerteten|befragten|untersuchten)\b|\b(?:der|die|dem|des) (?:Erhebung|Studie|Umfrage|Untersuchung)\b`, 'iu'), 'analysierten ausgewerteten befragten demnach demzufolge erhebung gebe habe hätten könne liege müsse sei seien solle stehe studie umfrage untersuchten untersuchung werde wolle würden', 'darunter davon demnach diese von'),
  passiveAuxiliaries: set('wird werden wurde wurden worden'),
  gerundMarker: null,
  // A name after the noun that gives it: "unter dem Motto „Zusammen sind wir Deutschland“", "mit dem Titel „…“".
  // The paragraph-level reading of a quotation's speaker (session 31, `QuoteReach`): "laut", "zufolge" name a source;
  // "man sagt", "sagt man" speak for nobody; „…“ von seinem Trainer has an agent; „der „…“", „für „…“", „der sogenannte „…“", „ein Begriff, „…“" put a
  // term in a noun's place (no agent before it: "von der" names places and origins as often as agents); a subject pronoun or a finite auxiliary or copula makes a clause.
  quoteReach: {
    sourceWords: set('laut zufolge'),
    vagueSubjects: set('man'),
    vagueAfter: set('man'),
    agentAfter: /^[\s,]*(?:\p{Ll}+\s+){0,2}?(?:von|vom)\s+(?:der\s|dem\s|den\s|einem\s|einer\s|seinem\s|seiner\s|ihrem\s|ihrer\s|\p{Lu})/u,
    termSlot: /(?:(?:^|\s)(?:als|am|an|auf|das|dem|den|der|des|die|ein|eine|einem|einen|einer|eines|für|genannten?|im|mit|nach|sogenannten?|über|vom|von|zum|zur)|(?:Ausdruck|Begriff|Formel|Wort)\s*,)\s*$/iu,
    clause: /(?<![\p{L}])(?:bin|du|er|es|hat|haben|hatte|hatten|ich|ist|kann|können|muss|müssen|sie|sind|war|waren|wir|wird|werden|wurde|wurden)(?![\p{L}])/iu,
  },
  termBefore: words(String.raw`\b(?:Motto|Slogan|Thema|Titel|betitelt|namens)\s$`, 'u'),
  reflexives: set('sich'),
  titleQuote: null,
  continuationReach: 8,
  headFirst: false,
  vagueCompounds: true,
  nestedQuotes: false,
  approximatorStarts: set('bis ca circa etwa fast knapp mehr mindestens nahezu rund weniger über'),
  clauseRelatives: set('der die welcher welche'),
  relatives: set('der die welcher welche'),
  invertedAfterAuxiliary: false,
  // ("nach Medienberichten", "laut Presseberichten": the reports' kind, vague when it is a vague group's, see isVagueHead.)
  // (Issue 13: also a view, "nach Expertenmeinung", "nach Expertenansicht".)
  compoundSource: /^(\p{L}{2,}?-?)(?:angaben|ansicht|aussagen|berichten|einschätzung|informationen|meinung|schätzungen)$/u,
  // ("nach spanischen Berichten", "laut übereinstimmenden Medienberichten", "nach unbestätigten Berichten".)
  // (Issue 13, holders: also data of a kind, "nach neuesten Umfragen", "nach vergangenen Studien", "nach ersten
  // Schätzungen"; not an authority's, see officialReports. Not "nach israelischen Angaben": a country's statements
  // are its government's, and a debatable source.)
  unnamedReports: /^\p{L}*(?:berichten|gerüchten|schätzungen|studien|umfragen)$/u,
  officialReports: set('amtlichen offiziellen polizeilichen vorläufigen'),
  // (Not "von", "aus", "bei", "in", "mit", which describe who: "Experten aus Brüssel", "ein Sprecher im Ministerium",
  // "das Zentrum mit Sitz in New York".)
  sourceEndPrepositions: set('auf für gegen gegenüber nach ohne seit trotz um wegen während zu zum zur über'),
  // Holders (issue 13): a head whose complement says what kind of group it is, not who ("Politiker aller Bremer
  // Parteien", "Experten verschiedener Länder"; "Berichten der türkischen Presse": a country's press, no outlet
  // named). Not a named body: "Sprecher der Regierung" has no quantifier; nor a country's broadcaster, often its one
  // state channel ("nach Angaben des iranischen Fernsehens").
  // Holders (issue 13): plural people nouns by their ending, with no article ("Aktivisten warfen der Polizei Gewalt
  // vor", "laut Anwohnern", "Journalisten berichteten"); "-er" only before a plural verb ("Tierschützer kritisieren",
  // "Historiker bezweifeln"; "Daimler meldete" is a name). Not a party's members, who are named by the party; nor
  // "Bayern", a state.
  // (Issue 13, holders: who stands for or against something is no member of it: "Gegner des Projekts",
  // "Kritiker der Regierung", "Anhänger der Partei" are a kind of people, not the project, government or party.)
  opponentHeads: set('anhänger befürworter gegner kritiker unterstützer'),
  pluralPeople: {
    // (And the scientists in -logen, "Chronobiologen behaupten", "rechnen Meteorologen"; session 42, misses on the German
    // tuning set. Not the things in -logen, see except.)
    always: /^\p{L}{3,}(?:anten|eure|euren|enten|ikern|innen|isten|lern|logen|nern|tern)$/u,
    // (Also adjectives used as nouns: "Oppositionelle berichten", "Angehörige befürchten", "Einheimische erzählten".)
    withPluralVerb: /^\p{L}{4,}(?:er|ler|ner)$|^\p{L}{4,}(?:elle|ene|iche|ige|ierte|sche)$|^(?:ärzte|eltern|israelis|leute)$/u,
    except: /(?:bayern|demokraten|dialogen|epilogen|grüne|katalogen|linke|monologen|prologen|republikaner)$/u,
  },
  // (Session 25: the press by a compound too, "Viele Beiträge der Tagespresse", "Kommentare der Boulevardpresse"; missed on
  // German batch 11. Not "der Presse" alone, often whom it was said to: "sagte Alexander Acosta der Presse". And a share
  // of the people as a holder, "wird von einem Großteil der Bevölkerung abgelehnt", "die Mehrheit der Wähler lehnt …":
  // public opinion no poll measured, EDITORIAL-STANDARD.md §2; missed on German batch 11.)
  kindComplement: /^(?!(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen)\b)(?:\S+ ){1,3}?(?:(?:aller|anderer|beider|einiger|mancher|mehrerer|verschiedener|vieler|zahlreicher) |der (?:(?:\p{Ll}+en )+\p{Ll}*|\p{Ll}+)presse$)|^der (?:(?:\p{Ll}+en )+\p{Ll}*|\p{Ll}+)presse$|(?:^|\s)(?:großteil|mehrheit|mehrzahl|teil) der (?:\p{Ll}+en )?(?:bevölkerung|bürger|bürgerinnen|einwohner|wähler)$/u,
  backReference: /^\s*(?:Das|Dies)\s/u,
  // (And a subset of the group just counted, §2 "Of those, 40 were children": "… hatte die Polizei 59 Personen
  // festgenommen. Unter den Demonstranten waren 19 verschleierte Frauen", "Unter ihnen befanden sich 12 Kinder"; judged
  // a second finding for one problem on German batch 10.)
  // (Session 25: and what happened in the same event, "… starben zwölf Menschen durch eine Bombe. Dabei wurden 47
  // Menschen verletzt": one incident, one source, one finding; judged over-counting on German batch 11.)
  derivedOpener: /^\s*(?:Dabei|Damit|Das entspricht|Das entspräche|Das sind|Dies entspricht|Dies entspräche|Unter (?:(?:den|diesen) \p{L}+|ihnen) (?:befanden sich|sind|waren))\s/u,
  // Prepositions and adverbs that open a sentence before its verb: "Am Montag sagte …", "Dazu erklärte …".
  // ("Das berichtete die Washington Post", "Dies teilte das Ministerium mit": the pronoun alone before the verb.)
  // ("Rückblickend sagte ein Nachrichtendienstler", "Abschließend erklärte die Ministerin": adverbs of sequence too.)
  // ("Dennoch geht man davon aus", "Trotzdem rechnen Experten mit …": connectives too.)
  // (Session 25: and the prepositions of cause and concession, which open a fronted phrase of their own: "Angesichts der
  // Lage geht man davon aus", "Wegen der Kosten lehnen Kritiker den Plan ab", "Trotz der Warnungen erwarten Beobachter
  // …"; missed on German batch 11.)
  verbSecondOpeners: set('abschließend allerdings allgemein am angesichts anschließend auch auf aufgrund außerdem bei bereits dabei daher damals danach dank daraufhin darum das dazu demnach dennoch deshalb deswegen dies ergänzend ' +
    'gegenüber gestern gleichzeitig heute hingegen im in indes infolge inzwischen jedoch mit nach nun rückblickend schließlich seit so später trotz trotzdem um unterdessen vor wegen während ' +
    'zudem zugleich zuletzt zuvor'),
  // ("Rice entgegnete, von den Vergewaltigungen bekomme sie Bauchschmerzen; andererseits verteidigte Dr. Rice das Lager,
  // von welchem Menschenrechts-Gruppen sagen, …": a semicolon before a new main clause, or a contrast with another
  // subject after a comma, ends what a verb of saying covers.)
  contentBreak: /;\s+|,\s+(?:während|wohingegen|aber|doch|jedoch)\s+(?=\p{Lu})/u,
  // ("Tatsächlich haben deutsche Internet-Reisebüros bestätigt", "Offensichtlich hat …", "Möglicherweise hat …",
  // "Erstmals hat …": nouns do not end so.)
  adverbOpener: /^\p{L}+(?:dings|falls|lich|mals|seits|weise)$/u,
  // ("Amerikanische Medien hatten Anfang August berichtet", "hatte Mitte Mai mitgeteilt".)
  timeHeads: set('anfang ende mitte'),
  frontedClauseOpeners: set('als bevor da falls nachdem obwohl sobald solange während weil wenn'),
  // Inversion by case and agreement (issue 13): a preposition or an accusative or dative article opens a first
  // constituent that is never the subject ("Als Farce bezeichnete Amnesty International …", "Den Bericht bestätigte
  // die Polizei"); a singular one cannot be the subject of a plural verb ("Dies begründeten türkische Medien mit …",
  // "Das Ergebnis werten Beobachter als …"). Either way the subject follows the verb. Not "die", "diese", a
  // quantifier or a bare noun, which may be the plural subject itself.
  // (Issue 13, holders: the subject of a verb-final clause follows its conjunction, see verbFinalSubject.)
  verbFinalOpeners: set('als bevor da dass falls nachdem ob obwohl sobald solange während weil wenn wie'),
  obliqueOpeners: set('als an auf aus dem den diesem diesen einem einen für gegen mit über unter vor wegen zu'),
  singularOpeners: set('das der dies dieser dieses ein eine es'),
  pluralFinite: /^\p{L}{3,}e[lr]?n$/u,
  phraseBreakers: set('dass ob weil wenn als aber sind ist war waren wird werden wurde wurden hat haben hatte hatten sei seien habe soll sollen'),
  leadingNoise: set('am montag dienstag mittwoch donnerstag freitag samstag sonntag gestern heute zudem außerdem'),
  weekdays: set('montag dienstag mittwoch donnerstag freitag samstag sonntag'),
  commonOpeners: set('der die das den dem des ein eine einer im in am auf aus bei mit nach seit von vor zu zum zur laut wie er sie es man auch doch aber und mehr rund etwa fast über insgesamt viele einige experten kritiker beobachter'),
  beliefCues: set('befürchten befürchtet befürchtete bezweifeln bezweifelt bezweifelte glauben glaubt glaubte hoffen hofft hoffte vermuten vermutet vermutete zweifeln'),
  intentionCues: set('fordert forderte forderten'),
  feelingCues: set(''),
  claimPassive: set(''),
  // A release carried forward (see CarryWords and carriedSources): "Die Bundesagentur für Arbeit hat die
  // Arbeitslosenzahlen veröffentlicht. Im Bundesdurchschnitt liegt die Arbeitslosenquote bei 12,1 Prozent"; not "Diese
  // Zahlen könnten …". Nouns match compounds by their last part ("Arbeitslosenzahlen", "Arbeitslosenquote").
  carry: {
    releaseNouns: set('analyse bericht erhebung prognose statistik studie umfrage untersuchung zahlen'),
    indicators: set('arbeitslose arbeitslosigkeit beschäftigte erwerbstätige geburten umsatz'),
    referents: set('analyse angaben bericht daten ergebnisse erhebung statistik studie umfrage untersuchung zahlen'),
    authors: set('autoren forscher forscherinnen team wissenschaftler'),
    measureNouns: set('anteil niveau quote rate zahl'),
    complements: set('der des von'),
    determiners: set('das dem den der des die diese diesem diesen dieser dieses'),
    openers: /^(?:im einzelnen|im detail|im vergleich zum vorjahr|gegenüber dem vorjahr|im vorjahresvergleich|im jahresvergleich|binnen jahresfrist|insgesamt|im bundesdurchschnitt)(?![\p{L}])/iu,
    pronouns: /^(?:er|sie|es|damit)(?![\p{L}])/iu,
    reasoning: /(?<![\p{L}])(?:könnte|könnten|dürfte|dürften|wohl|vermutlich|wahrscheinlich|möglicherweise|womöglich|scheint|scheinen|offenbar)(?![\p{L}])/iu,
    forecast: /(?<![\p{L}])(?:soll|sollen|sollte|sollten)(?![\p{L}])/iu,
    forecastNouns: set('prognose prognosen projektion vorhersage'),
    changeWords: set('abnahme anstieg minus plus rückgang steigerung zunahme'),
  },
  hedges: [
    // Sentence adverbs: the claim stands without them.
    // ("womöglich", "possibly", as "möglicherweise"; session 42, a miss on the German tuning set.)
    ...['anscheinend', 'möglicherweise', 'offenbar', 'offensichtlich', 'scheinbar', 'vermutlich', 'vielleicht', 'wahrscheinlich', 'wohl', 'womöglich']
      .map((phrase) => ({phrase, removable: true})),
    // Hearsay: "angeblich", "mutmaßlich" and "vermeintlich" are "allegedly".
    ...['angeblich', 'angebliche', 'angeblichen', 'mutmaßlich', 'mutmaßliche', 'mutmaßlichen', 'vermeintlich', 'vermeintliche', 'vermeintlichen']
      .map((phrase) => ({phrase, removable: false, hearsay: true})),
    // Epistemic verbs.
    // (Not "dürfte" in a clause of hypothetical consequence, where it is permission: "ein zu hohes Gut, als dass man es
    // aufweichen dürfte"; session 25, judged noise on German batch 11.)
    ...['dürfte', 'dürften'].map((phrase) => ({phrase, removable: false, notInClause: /\b(?:als|ohne) dass\b[^,.;:!?]*$/u})),
    ...['scheint', 'scheinen'].map((phrase) => ({phrase, removable: false})),
    // "Wahrscheinlicher ist, dass …": the writer's own forecast.
    {phrase: 'wahrscheinlicher ist', removable: false},
    // "Daher könnte das Referendum eine Reaktion sein" (English's "might"): only as a main clause's verb.
    // (Not the effect of the step just reported: "Damit könnte der Weg für Neuwahlen frei werden", "Dadurch könnten
    // 300 Stellen erhalten bleiben"; judged noise on German batch 10. "Daher könnte …" is the writer's inference.)
    ...['könnte', 'könnten'].map((phrase) => ({phrase, removable: false, mainClauseOnly: true, consequenceOpeners: set('dadurch damit')})),
  ],
  // "Er soll das Geld unterschlagen haben": "soll" reports a claim whose source is not named. (And where someone is
  // said to be, "Thiel soll sich seit Tagen im Hungerstreik befinden", "soll sich in Syrien aufhalten"; session 42, a
  // miss on the German tuning set. Not a plan's place: "Das Büro soll sich künftig im Erdgeschoss befinden", "künftig"
  // as a deadline is.)
  // (Not with a deadline and no past, which makes it a plan: "Bis zum 15. September soll die Angelegenheit geregelt
  // sein", "Die Strecke soll spätestens 2025 fertig sein"; "bis zu 100 Menschen sollen getötet worden sein" and "Er
  // soll bis 2019 im Vorstand gewesen sein" are hearsay. Nor the verb of a relative or "dass" clause after a comma: "Er
  // soll Dokumente herausgeben, die Bezug zur Affäre haben" is an order; a clause closed by its comma is passed over:
  // "Er soll das Geld, das er erhielt, unterschlagen haben".)
  // (Also verb-final, in a subordinate clause: "Nachdem Trump sich gegen den Deal ausgesprochen haben soll, …", "die
  // getötet worden sein sollen"; not a plan's "fertig sein soll", nor after a hedge that says it already: "der
  // angeblich nach Syrien unterwegs gewesen sein soll" is one finding, on "angeblich".)
  // (Not across a clause joined by a conjunction after a comma: "Jeder Staat soll dies selbst entscheiden, aber die Zonen
  // sollen …" is an order, whatever the next clause's verb; nor a goal, "sollen so einheitlich wie möglich sein", "soll
  // möglichst bald fertig sein"; judged noise on German batch 10.)
  hedgePatterns: [gated(() => words(String.raw`(?<!\b(?:angeblich|mutmaßlich|offenbar|vermutlich)\b[^,.;:!?]{0,60})\b(?:\p{L}+(?:t|en) haben|gewesen sein|worden sein) (soll|sollen)\b`, 'giu'), 'soll sollen'), gated(() => words(String.raw`(?:(?<!\b(?:[Bb]is (?!zu\b)|[Ss]pätestens |[Kk]ünftig )(?:[^.;:!?]|(?<=\d)\.){0,60})|(?=(?:sollen|soll)\s[^;:!?]*?\b(?:gewesen|worden|haben)\b))\b(sollen|soll)\s(?![^,.;:!?]*?\b(?:möglichst|wie möglich)\b)(?:(?![^;:!?]{0,80}?\b(?:bis (?!zu\b)|spätestens |künftig ))|(?=[^;:!?]*?\b(?:gewesen|worden|haben)\b))(?:,\s*(?:das|dass|dem|den|denen|der|deren|dessen|die|welche[mnrs]?)\b[^,.;:!?„“"]{1,80},|(?!,\s*(?:aber|das|dass|dem|den|denen|der|deren|dessen|die|doch|jedoch|oder|sondern|und|welche[mnrs]?)\b)[^.;:!?„“"]|\.(?=\s?[\p{Ll}\d])){1,120}?\b(?:haben|(?<!\b(?:${regulated})\s)sein|worden|gehören|gehört|stammen|handeln|befinden|aufhalten)\b`, 'giu'), 'soll sollen')],
  hiddenClaims: [
    {
      pattern: gated(() => words(String.raw`\b(?:gilt|gelten|galt|galten)(?:,(?![^,]*\b(?:bei|für|laut|nach|unter|von|zufolge)\b)[^,.;:!?]{1,60},)? (?:(?!(?:bei|für|laut|nach|oder|und|wie|zufolge)\b)[\p{L}\p{N}.-]+ |bei (?:\p{L}+ )?(?:${[...vagueGroups].join('|')}) ){0,5}?als\b(?! [\p{L}-]+(?: [\p{L}-]+)?,? (?:falls|sofern|solange|wenn(?! auch\b))\b)|(?<!\b${vagueCircle}\b[^,.;:!?]{0,40})\b(?:wird|werden|wurde|wurden) (?:(?!${vagueCircle} )\p{L}+ ){0,3}?(?:angelastet|vorgeworfen|verdächtigt|beschuldigt|kritisiert|zur Last gelegt)\b|\bes (?:wird|wurde) (?:(?:allgemein|auch|bereits|darüber|derzeit|immer|inzwischen|jedoch|noch|nun|oft|schon|teilweise|vielfach|weiter|weithin|zudem) ){0,2}(?:angenommen|behauptet|befürchtet|erwartet|gemunkelt|gemutmaßt|geschätzt|spekuliert|vermutet)\b|(?<!\b(?:von (?:der|dem|den|einer|einem)|vom|durch|${vagueCircle})\b[^,.;:!?]{0,80})(?:\b(?:wird|werden|wurde|wurden) (?:(?!von |vom |durch |${vagueCircle} )[\p{L}-]+ ){0,4}?(?:angezweifelt|ausgegangen|befürchtet|behauptet|bezweifelt|erwogen|gemunkelt|gemutmaßt|spekuliert|überlegt|vermutet)\b|\b(?:angezweifelt|ausgegangen|befürchtet|behauptet|bezweifelt|erwogen|gemunkelt|gemutmaßt|spekuliert|überlegt|vermutet) (?:wird|werden|wurde|wurden|worden (?:ist|sind|war|waren))\b)(?! (?:von|vom|durch)\b)|(?<!\b(?:von|vom|durch)(?: (?:der|dem|den|einer|einem))? [\p{L}-]+ )\bals (?:\p{L}[\p{L}/-]* ){1,8}?(?:geltende|gehandelte)[nrs]?\b|(?<!\b${vagueCircle}\b[^,.;:!?]{0,40})\b(?:wird|werden|wurde|wurden) (?:(?!von (?:der|dem|den|einer|einem) |vom |durch |${vagueCircle} )[\p{L}-]+ ){0,6}?(?:verantwortlich gemacht|(?:gern|ungern) gesehen|auf (?:[\p{L}-]+ ){1,6}?zurückgeführt|als (?:[\p{L}-]+ ){1,10}?(?:${judgedParticiples}))\b|(?<!\b(?:von (?:der|dem|den|einer|einem)|vom|durch)\b[^,.;:!?]{0,80})\b(?:verantwortlich gemacht|(?:gern|ungern) gesehen|auf (?:[\p{L}-]+ ){1,8}?zurückgeführt|als (?:[\p{L}-]+ ){1,14}?(?:${judgedParticiples})) (?:wird|werden|wurde|wurden|worden)\b|\b(?:ist|sind|war|waren) (?:(?!von |vom |durch )[\p{L}-]+ ){0,5}?(?:angezweifelt|beschuldigt|bezweifelt|kritisiert|verdächtigt|vorgeworfen|(?:in Misskredit|in Verruf|ins Zwielicht) gebracht) worden\b(?! (?:von|vom|durch)\b)|\b(?:ist|sind|war|waren) (?:(?!von |vom |durch )[\p{L}-]+ ){0,4}?(?:gern|ungern) gesehen\b(?! (?:von|vom|durch|bei)\b)|\b(?:gerät|geraten|geriet|gerieten|steht|stehen|stand|standen) (?:[\p{L}-]+ ){0,5}?(?:in (?:die|der) Kritik|ins Zwielicht|in Verruf|in Misskredit)\b(?! (?:der|des|von|vom|seitens)\b)|\b(?:in die Kritik|ins Zwielicht|in Verruf|in Misskredit) geraten\b|\b(?:allgemein|vielerorts|vielfach|weithin) (?:angenommene|befürchtete|beobachtete|bezweifelte|erwartete|kritisierte|vermutete)[nrs]?\b`, 'giu'), 'allgemein angelastet angenommen angesehen angezweifelt ausgegangen befürchtet behauptet beschuldigt betrachtet bewertet bezweifelt eingeschätzt eingestuft erwartet erwogen galt galten gedeutet gehandelte gehandelten gehandelter gehandeltes gelegt gelten geltende geltenden geltender geltendes gemacht gemunkelt gemutmaßt geschätzt gesehen gewertet gilt interpretiert kritik kritisiert misskredit spekuliert verdächtigt verruf verstanden vermutet vielerorts vielfach vorgeworfen weithin zurückgeführt zwielicht überlegt'),
      messageId: 'passive',
      // (And across an aside set off by commas, "gilt, anders als der bisherige Polizeifunk, als abhörsicher", unless the
      // aside names a holder, "gilt, nach Ansicht der Opposition, als …"; session 42, a miss on the German tuning set.)
      // (Not a definition with its criterion, "So gilt ein Kind nicht als Migrant, wenn beide Eltern in Deutschland geboren
      // sind": a rule's or a statistic's definition, not a view, as French "considéré comme pauvre s'il …"; session 40,
      // noise on a German Wikinews article never tuned on, Bildungsreport Deutschland.)
      examples: ['gilt als', 'wird vorgeworfen'],
      // ("war international als völkerrechtswidrig kritisiert worden", "wurde als Drohung verstanden", "geriet wegen der
      // Kosten in die Kritik", "steht seit Jahren in der Kritik": criticism and judgement nobody owns; not "steht in der
      // Kritik der Opposition". Doubt too, in the pluperfect, "nachdem die Unabhängigkeit der Zentralbank bezweifelt
      // worden war", and "angezweifelt" beside "bezweifelt"; a judgement "als …" may run to ten words, "wird als
      // Prüfstein für den Zustand der Demokratie in Äthiopien angesehen": session 43, misses on the German tuning set.)
      // ("gilt deswegen auch als", "gilt der 18. September als", "gilt bei Beobachtern nicht als": words may stand
      // between; not a holder: "gilt nach Angaben der Polizei als", "gilt bei der UNO als".)
      // (Also a judgement in the passive, in either word order: "wurde als Meilenstein gesehen", "die für den Tod …
      // verantwortlich gemacht werden"; not with its agent: "von der Regierung verantwortlich gemacht". And the same
      // judgement as an attribute: "der als künftiger Innenminister gehandelte Bosbach", "die als sicher geltende Wahl";
      // "Es wird geschätzt, dass …" like "Es wird befürchtet".)
    },
    {
      pattern: words(String.raw`\b(?:\p{L}*[Rr]ekord\p{L}*|Allzeithoch|Allzeittief|historisch (?:gute|hohe|niedrige|schlechte|schwache|starke)[nrs]?|so (?:viele|hoch|stark|niedrig) wie (?:noch )?nie|beispiellose?[nrs]?)\b|\b(?:beste|geringste|größte|heißeste|höchste|kälteste|meiste|niedrigste|schlechteste|schlimmste|schwerste|stärkste|tiefste|tödlichste)[nrs]?\b[^.;!?]{0,40}?\b(?:seit (?:Beginn|Jahrzehnten|Menschengedenken|\d{4})|aller Zeiten|(?:der|ihrer|seiner|unserer) Geschichte|jemals)\b`, 'gu'),
      messageId: 'record',
      examples: ['Rekord', 'so viele wie nie'],
    },
    {
      // The same judgement with "als" first, the verb closing its clause: "Als Hauptursache für den Rücktritt gilt der
      // Streit um …", "der 51-jährige Präsident, der als Intellektueller gilt"; not with its holder: "der bei der UNO
      // als Vermittler gilt", "Als Favorit gilt laut Umfragen Müller", "Als Ursache gilt nach Angaben der Polizei …";
      // nor a rule in force from a date: "Das Gesetz, das ab Januar als verbindlich gilt". "bei" before an election or
      // a vote names the occasion, not a holder: "die auch bei der diesjährigen Wahl als Favorit gilt" (session 43, a
      // miss on the German tuning set).
      pattern: words(String.raw`(?<!\b(?:ab|bei(?! (?:der|den|dem) (?:[\p{L}-]+ )?[\p{L}-]*(?:[Ww]ahl|[Ww]ahlen|[Aa]bstimmung)\b)|durch|laut|nach|von|vom)\b[^,.;:!?]{0,60})\bals (?:[\p{L}\p{N}-]+ ){1,6}?(?:gilt|gelten|galt|galten)\b(?![^.;!?]*\b(?:laut|zufolge|nach (?:\p{L}+ )?(?:Angaben|Ansicht|Auffassung|Einschätzung|Meinung))\b)`, 'giu'),
      messageId: 'passive',
      examples: ['gilt als'],
    },
    {
      // The same judgement with "als" and its noun first, the verb second and the participle closing the clause: "Als
      // Ursache wird teilweise der hohe Anteil von Schulkindern aus Migrantenfamilien gesehen", "Als Nachfolger wird der
      // Innenminister gehandelt"; and the judgement "für … halten" in the passive, in either word order: "Solche
      // Forderungen werden für unsinnig gehalten", "…, dass ein Rücktritt für möglich gehalten wird" (English "is
      // considered"). Not with the holder as agent: "wird von der Polizei als Ursache gesehen", "von Experten für
      // unwahrscheinlich gehalten"; nor "für" before a determiner or pronoun, whom a speech or a meeting was held for:
      // "Die Rede wurde für die Gäste gehalten". Session 46: misses on a de.wikinews article never in the corpus
      // (Bildungsreport Deutschland, article_41). The fronted form's finding sits on "Als Ursache wird", the words that
      // open the judgement, not on the whole clause.
      // (Each alternative looks ahead for its first word before its look-behind: a look-behind first was tried at every
      // position of every sentence the gate let through, about 0.5 ms a sentence; the speed helper's profile, session 46.)
      pattern: gated(() => words(String.raw`\b(?=als )(?<=(?:^|[,;:–—(] ?)[„"»]?)als (?:[\p{L}\p{N}-]+ ){1,4}?(?:${passiveFinite})(?= ${middleField(10)}(?:${judgedParticiples}|gehandelt)${clauseClose})|` +
        String.raw`\b(?=(?:${passiveFinite}) )(?<!\b(?:von (?:der|dem|den|einer|einem)|vom|durch|${vagueCircle})\b[^,.;:!?]{0,80})(?:${passiveFinite}) ${middleField(6)}für ${judgedFor}gehalten${clauseClose}|` +
        String.raw`\b(?=für )(?<!\b(?:von|vom|durch|seitens)\b[^,.;:!?]{0,80})für ${judgedFor}gehalten (?:${passiveFinite}|worden)\b`, 'giu'),
        'gehalten gehandelt ' + judgedParticiples.split('|').join(' ')),
      messageId: 'passive',
      examples: ['Als Ursache wird … gesehen', 'wird für unsinnig gehalten'],
    },
    {
      // Agentless passive clauses of accusing, crediting and proposing (see agentlessPassive): "Der Regierung werden
      // systematische Massaker an der Bevölkerung vorgeworfen", "ihr wird das Verdienst zugeschrieben", "wird immer
      // wieder die Möglichkeit von Sanktionen in die Diskussion gebracht"; a claim noun raised by nobody: "wurde der
      // Vorwurf erhoben, …", "Zweifel wurden laut"; a forecast nobody makes: "Es wird mit einer Beteiligung von 90
      // Prozent gerechnet" (a forecast of a quantity; not a schedule: "Mit einem Urteil wird am 5. Mai gerechnet"); a
      // finding nobody made: "wurden wiederholt Sicherheitsprobleme festgestellt"; a reason
      // nobody gave: "Als Grund wurden Sicherheitsbedenken genannt". Not with its agent: "wird von der Opposition kritisiert", "durch den Bericht in Frage
      // gestellt"; nor "mit dem Zug gerechnet" outside a passive.
      pattern: gated(() => words(String.raw`${agentlessPassive(`${accusationParticiples}|${proposalParticiples}|${findingParticiples}|mit (?=[^;:!?]{0,80}?(?:\d+(?:[.,]\d+)*(?!\.)\b|Prozent|Million|Milliard|Tausend|Hundert))(?:${middleField(10)})gerechnet`)}|${reasonGiven}|\b(?=(?:${passiveFinite}) |${claimNouns} )(?<!\b(?:von|vom|durch|seitens)\b[^,.;:!?]{0,80})(?:(?:${passiveFinite}) ${middleField(6)}(?:der |die |den |ein |eine |einen )?(?:[\p{L}-]+e[nrs]? )?${claimNouns} ${middleField(8)}(?:${raisingVerbs})|${claimNouns} ${middleField(4)}(?:${passiveFinite}) ${middleField(8)}(?:${raisingVerbs}))${clauseClose}`, 'giu'), 'angeführt angegeben angekreidet angelastet angezweifelt beschuldigt erhoben festgestellt gebracht gelegt genannt gerechnet geäußert gestellt gezogen kritisiert laut nachgesagt nachgewiesen unterstellt verdächtigt vorgebracht vorgehalten vorgeworfen zugeschrieben'),
      messageId: 'passive',
      examples: ['wird vorgeworfen', 'wurde der Vorwurf erhoben'],
    },
    {
      // A chance or prospect granted by nobody named: "Nur wenig Chancen werden ihm gegeben" (see chanceGranted).
      pattern: gated(() => words(chanceGranted, 'giu'), 'beigemessen eingeräumt gegeben zugebilligt zugemessen zugesprochen zugestanden'),
      messageId: 'passive',
      examples: ['werden kaum Chancen eingeräumt'],
    },
    {
      // Session 26, issue 13's fourth broad kind, from the grammar: the agentless passive of a verb of judging, of
      // approving and disapproving, hoping and doubting (the evaluation field of Schumacher et al., "Verben in
      // Feldern": "Der Plan wurde allgemein begrüßt", "Die Entscheidung wird bedauert", "Die Reform wird befürwortet"),
      // the view's holder hidden, as "wird kritisiert" (above) hides it. Not with its agent ("von der Opposition
      // begrüßt"); not the verbs whose participle also names an act ("gefeiert", "verteidigt", "abgelehnt", "erwartet":
      // a party is celebrated, a title defended, a motion voted down, a guest expected).
      pattern: gated(() => words(agentlessPassive('bedauert|befürwortet|begrüßt|beklagt|bemängelt|bewundert|erhofft|gelobt|gewürdigt|missbilligt'), 'giu'),
        'bedauert befürwortet begrüßt beklagt bemängelt bewundert erhofft gelobt gewürdigt missbilligt'),
      messageId: 'passive',
      examples: ['wurde begrüßt', 'wird bedauert'],
    },
    {
      // Session 26, the same kind in impersonal form: a view nobody holds, put as something that exists or as the
      // writer's own evaluation of a fact. The verbs of existing with a claim noun, as "es gibt Zweifel" (below):
      // "Es bestehen begründete Zweifel", "Es herrschte Sorge", "Es wachsen Befürchtungen"; an evaluative adjective
      // put before "ist, dass" or after "Es ist": "Erstaunlich ist, dass …", "Es ist bemerkenswert, dass …", "Es ist
      // ein offenes Geheimnis, dass …"; a reputation nobody measured: "genießt hohes Ansehen" (not with whom: "genießt
      // bei den Wählern Vertrauen"). Not with a holder after the noun ("Zweifel bei der Opposition"); not "Fraglich ist,
      // ob …", an open question the writer asks (unlabelled in news-de).
      pattern: gated(() => words(String.raw`\bes (?:besteht|bestehen|bestand|bestanden|herrscht|herrschen|herrschte|herrschten|wachsen|wächst|wuchs|wuchsen) (?:\p{L}+e[nr]? )?(?:Befürchtungen|Bedenken|Hoffnung|Hoffnungen|Skepsis|Sorge|Sorgen|Spekulationen|Vermutungen|Zweifel)\b(?! (?:bei|unter|von|vom|seitens|der|des)\b)|` +
        String.raw`(?:^[\s"„»]*|[,;:–—] )(?:Auffällig|Bemerkenswert|Bezeichnend|Erstaunlich|Merkwürdig|Offensichtlich|Seltsam|Überraschend|Unbestritten|Unstrittig|Verwunderlich) (?:ist|war|sei|bleibt|blieb)\b(?=[^.;!?]*\b(?:dass|ob|wie)\b)|` +
        String.raw`\bes (?:ist|war) (?:(?:allerdings|auch|doch|jedoch|kein|längst|nun|schon) )?(?:auffällig|bemerkenswert|bezeichnend|erstaunlich|merkwürdig|offensichtlich|seltsam|überraschend|unbestritten|unstrittig|verwunderlich|ein offenes Geheimnis)\b(?=,? (?:dass|wie|ob)\b)|` +
        String.raw`\b(?:genießt|genießen|genoss|genossen) (?:(?:großes|hohes|breites|weltweites|viel|großen|hohen) )?(?:Ansehen|Anerkennung|Respekt|Vertrauen)\b(?! (?:bei|unter|in|von|seitens)\b)`, 'giu'),
        'anerkennung ansehen befürchtungen bedenken bemerkenswert bezeichnend erstaunlich geheimnis hoffnung hoffnungen merkwürdig offensichtlich respekt seltsam skepsis sorge sorgen spekulationen unbestritten unstrittig vermutungen vertrauen verwunderlich zweifel auffällig überraschend'),
      messageId: 'impersonal',
      examples: ['es bestehen Zweifel', 'Erstaunlich ist, dass'],
    },
    {
      // A dispute or doubt stated as the writer's own, the holder left out (issue 13): "Trumps Sprecherin ist
      // umstritten", "Ob die Reform bis 2010 möglich ist, ist fraglich". Present tense only and closing its clause; not
      // with a holder in the clause ("ist unter Juristen umstritten" is vague-attribution's, "ist nach Ansicht der
      // Opposition fraglich" is sourced), nor the past of settled background ("Der Text war lange umstritten").
      // (Session 25: the subject may follow the verb, "In Bayern ist dieses Vorgehen ausgesprochen umstritten"; not
      // listed on German batch 11's sheet, but the judge named it.)
      pattern: gated(() => words(String.raw`(?<!(?:${vagueCircle}|\blaut\b|\bnach (?:Ansicht|Auffassung|Einschätzung|Meinung)\b|\bin (?:der |den )?\p{L}+(?:wissenschaft|wissenschaften|forschung|rechtsprechung)\b)[^,.;:!?]{0,80})\b(?:ist|sind) (?:(?:dies|diese|dieser|dieses|das|der|die|es) (?:\p{L}+ )?)?(?:(?:ausgesprochen|durchaus|höchst|nach wie vor|noch|politisch|rechtlich|sehr|stark|unklar und|weiterhin|äußerst) ){0,2}(?:fraglich|fragwürdig|umstritten|zweifelhaft)${clauseClose}`, 'giu'), 'fraglich fragwürdig umstritten zweifelhaft'),
      messageId: 'passive',
      examples: ['ist umstritten', 'ist fraglich'],
    },
    {
      // A superlative that claims a record by "bisher" or a frame of history, whatever the adjective (issue 13): "die
      // bisher langwierigsten Verhandlungen", "der größte Streik in der französischen Geschichte", "ein historisch
      // tiefes Wahlergebnis". Case-sensitive: an attributive superlative is lower-case, a noun that ends alike is not
      // ("die Kosten seit 2010"); not an ordinal ("der bisher erste Fall"). Also a record since a year, "Die Unruhen waren
      // die heftigsten seit 1998" (missed on German batch 10; not "die meisten seit 2010 gestellten Anträge").
      pattern: gated(() => words(String.raw`\b(?:bisher|bislang) (?!erste[nrs]?\b)[a-zäöüß]+[sß]te[nrs]?\b|\b(?:der|die|das|den|dem|des) (?!erste[nrs]?\b)[a-zäöüß]+[sß]te[nrs]? (?:[\p{L}-]+ ){0,4}?in der (?:[a-zäöüß]+en )?Geschichte\b|\b(?:der|die|das|den|dem|des) (?!(?:erste|meiste|nächste)[nrs]?\b)[a-zäöüß]+[sß]te[nrs]? seit (?:Jahren|Jahrzehnten|\d{4})\b|\bhistorisch (?:geringe|große|hohe|kleine|knappe|niedrige|schlechte|schwache|starke|tiefe)[nrs]?\b`, 'gu'), 'bisher bislang geschichte historisch seit'),
      messageId: 'record',
      examples: ['bisher größte', 'in der Geschichte'],
    },
    {
      // A first of a kind of actor, as English's "the first European country to ban …" (a record claim nobody may have
      // checked; AP: a "first" must be verified): "Frankreich ist das erste europäische Land, das …", "der erste
      // Bundesstaat der USA, in dem …", "die erste Frau, die …", "eines der ersten Länder, die …"; and a first in a frame
      // of history, "zum ersten Mal in der österreichischen Geschichte". The noun is one of people or bodies and a
      // relative clause says what was first, so "der erste Zug, der morgen fährt" (no actor) and "die erste Frau des
      // Präsidenten" (no relative) are not records. Session 42, misses on the German tuning set.
      pattern: gated(() => words(String.raw`\b(?:(?:der|die|das|den|dem) (?:allererste|erste)[nrs]?|(?:eine[nrs]?|einer) der ersten) (?:[a-zäöüß]+e[nrs]? )?(?:Aktivist(?:in|en|innen)?|Bundesland|Bundesstaat(?:en)?|Bürger(?:in)?|Frau(?:en)?|Journalist(?:in|en)?|Kanzler(?:in)?|Künstler(?:in)?|Länder[n]?|Land|Musiker(?:in)?|Nation(?:en)?|Politiker(?:in)?|Präsident(?:in|en)?|Regierung(?:en)?|Schule[n]?|Schriftsteller(?:in)?|Sportler(?:in)?|Staat(?:en)?|Städte[n]?|Stadt|Universität(?:en)?|Unternehmen)(?: (?:der|des) \p{Lu}[\p{L}-]+| \p{Lu}[\p{L}-]+s)?(?=, (?:der|die|das|dem|den|in dem|in der|wo)\b)|\bzum ersten Mal in der (?:[a-zäöüß]+en )?Geschichte\b`, 'gu'),
        'allererste allererster allererstes erste ersten erster erstes'),
      messageId: 'record',
      examples: ['das erste Land, das', 'zum ersten Mal in der Geschichte'],
    },
    {
      // Holders (issue 13), impersonal: an expectation or fear nobody holds, "Es ist zu befürchten, dass …", "Es wird
      // damit gerechnet, dass …", "Allgemein wird damit gerechnet", "Es gibt Befürchtungen, dass …", "Es gab Zweifel an
      // …" (English "there are fears that"); not with a holder ("von Experten wird damit gerechnet"). (With particles and
      // a negation between, "Allgemein wird jedoch nicht damit gerechnet, dass …"; session 47, a miss on the German
      // tuning set.)
      pattern: gated(() => words(String.raw`\bes ist zu (?:befürchten|erwarten|vermuten)\b|(?<!\b(?:von|vom|durch|seitens)\b[^,.;:!?]{0,80})\b(?:wird|wurde) (?:(?:aber|allgemein|auch|derzeit|diesmal|fest|jedoch|kaum|nicht|noch|nun|weithin|zudem) ){0,3}damit gerechnet\b(?! (?:von|vom|durch)\b)|` +
        String.raw`\bes (?:gibt|gab) (?:\p{L}+e[nr]? )?(?:Befürchtungen|Bedenken|Spekulationen|Vermutungen|Zweifel)\b(?! (?:bei|unter|von|vom|seitens)\b)`, 'giu'),
      'befürchten befürchtungen bedenken erwarten gerechnet spekulationen vermuten vermutungen zweifel'),
      messageId: 'impersonal',
      examples: ['es wird damit gerechnet', 'es gibt Befürchtungen'],
    },
    {
      // Holders (issue 13), a claim noun met with nobody named (English "has faced sharp criticism"): "Der Plan stieß
      // auf heftige Kritik", "stößt auf Widerstand", "Das Urteil sorgte für Empörung"; not with who criticises, "stieß
      // bei der Opposition auf Kritik", "Beim Ministerpräsidenten stieß das Abkommen auf Kritik", "sorgte für Empörung
      // bei den Grünen", "stieß auf Kritik der Gewerkschaften".
      pattern: gated(() => words(String.raw`(?<!\b(?:bei|beim|seitens)\b[^,.;:!?]{0,120})\b(?:stieß|stießen|stößt|stoßen) (?:(?!bei\b|beim\b|von\b|vom\b|seitens\b)[\p{L}-]+ ){0,3}?auf (?:\p{L}+e[nr]? )?(?:Ablehnung|Empörung|Kritik|Protest|Proteste|Skepsis|Unverständnis|Widerstand)\b(?! (?:bei|der|des|von|vom|seitens|aus|in)\b)|` +
        String.raw`(?<!\b(?:bei|beim|seitens)\b[^,.;:!?]{0,120})\b(?:sorgte|sorgten|sorgt|sorgen) (?:(?!bei\b|beim\b|von\b|vom\b)[\p{L}-]+ ){0,3}?für (?:\p{L}+e[nr]? )?(?:Empörung|Entrüstung|Kritik|Unmut)\b(?! (?:bei|beim|der|des|von|vom|unter|in)\b)`, 'giu'),
      'sorgen sorgt sorgte sorgten stieß stießen stoßen stößt'),
      messageId: 'claimNoun',
      examples: ['stieß auf Kritik', 'sorgte für Empörung'],
    },
    {
      // Holders (issue 13), expectations no one holds: "Entgegen den Erwartungen beschloss die Regierung …", "Wider
      // Erwarten …"; not with whose, "Entgegen den Erwartungen der Opposition" (a vague one is vague-attribution's).
      // Missed on German batch 10.
      pattern: gated(() => words(String.raw`\b(?:entgegen (?:allen|den) Erwartungen|wider Erwarten)\b(?! (?:der|des|von|vom|vieler|einiger)\b)`, 'giu'), 'entgegen erwarten'),
      messageId: 'claimNoun',
      examples: ['entgegen den Erwartungen'],
    },
    {
      // Session 25, public opinion stated by nobody who measured it (EDITORIAL-STANDARD.md §2): "Es gibt einen
      // überwältigenden Rückhalt für die Monarchie in der Bevölkerung", "Die Reform stößt bei der Bevölkerung auf breite
      // Zustimmung" — a degree of support or rejection among the people; not with a poll in the sentence ("laut einer
      // Umfrage", "… Prozent"), nor a goal, "wirbt um Unterstützung in der Bevölkerung". Missed on German batch 11.
      pattern: gated(() => words(String.raw`(?<!\b(?:Befragung|Umfrage|Umfragen|laut|zufolge)\b[^.;!?]*)\b(?:breite|große|hohe|massive|starke|überwältigende|wachsende)[nr]? (?:Rückhalt|Zustimmung|Unterstützung|Ablehnung|Beliebtheit|Popularität)\b[^,.;:!?]{0,60}?\b(?:in|bei|unter) der (?:\p{L}+en )?Bevölkerung\b(?![^.;!?]*\b(?:Befragung|Prozent|Umfrage|Umfragen|laut|zufolge)\b)|` +
        String.raw`(?<!\b(?:Befragung|Umfrage|Umfragen|laut|zufolge)\b[^.;!?]*)\b(?:in|bei|unter) der (?:\p{L}+en )?Bevölkerung (?:[\p{L}-]+ ){0,3}?(?:breite|große|hohe|massive|starke|überwältigende|wachsende)[nr]? (?:Rückhalt|Zustimmung|Unterstützung|Ablehnung|Beliebtheit|Popularität)\b(?![^.;!?]*\b(?:Befragung|Prozent|Umfrage|Umfragen|laut|zufolge)\b)`, 'giu'),
        'bevölkerung'),
      messageId: 'claimNoun',
      examples: ['großer Rückhalt in der Bevölkerung'],
    },
    {
      // Session 25, fears and guesses that move the story with nobody holding them (English "amid fears that"): "zogen ab,
      // wegen Befürchtungen, dass die Lage eskaliert", "angesichts von Spekulationen, wonach …"; a plural claim noun with
      // no article, so no one's (not "aus Sorge, dass …", the subject's motive; nor with its holder after it, "wegen
      // Befürchtungen der Anwohner, dass …"). Missed on German batch 11.
      pattern: gated(() => words(String.raw`\b(?:angesichts|aufgrund|inmitten|trotz|wegen) (?:von )?(?:\p{L}+er )?(?:Befürchtungen|Gerüchten?|Spekulationen|Vermutungen),? (?:dass|wonach)\b`, 'giu'),
        'befürchtungen gerücht gerüchte gerüchten spekulationen vermutungen'),
      messageId: 'claimNoun',
      examples: ['wegen Befürchtungen, dass'],
    },
    {
      // Session 25, a passive of reasoning or judging put first, its holder left out: "Begründet wird der Anstieg mit dem
      // kalten Wetter", "Kritisiert wurde vor allem die Dauer des Verfahrens", "Bezweifelt wird, dass …" (as "Vermutet
      // wird"). Reasoning only with its reason ("mit", "durch", "damit"): "Begründet wurde die Stiftung 1950" founds
      // one. Not with its agent: "Kritisiert wurde der Plan von der Opposition"; nor the reasons of an act, which are its
      // author's, an act named or pointed back to: "Begründet wurde das Urteil mit …" (the court's), "Begründet wurde der
      // Schritt damit, …", "Begründet wurde dies damit, …" (in German news-de). Missed on German batch 11.
      pattern: gated(() => words(String.raw`^[\s"„»]*(?:(?:Begründet|Gerechtfertigt) (?:wird|wurde|werden|wurden)\b(?! (?:das|der|die|diese|dieser|dieses) (?:\p{L}+ )?\p{L}*(?:Absage|Antrag|Beschluss|Entscheidung|Klage|Maßnahme|Maßnahmen|Rücktritt|Schritt|Urteil|Verbot|Vorgehen)\b| (?:das|dies|dieses|er|es|sie) (?:damit|durch|mit)\b)(?=[^.;:!?]*\b(?:damit|durch|mit)\b)|(?:Bemängelt|Bezweifelt|Kritisiert) (?:wird|wurde|werden|wurden)\b)(?![^.;:!?]*\b(?:von|vom|seitens)\b)`, 'giu'),
        'begründet bemängelt bezweifelt gerechtfertigt kritisiert'),
      messageId: 'passive',
      examples: ['Begründet wird', 'Kritisiert wurde'],
    },
    {
      // News that "has emerged" with nobody who made it known: "Mittlerweile sind Forderungen der Besetzer bekannt
      // geworden"; not with who, "ist durch einen Bericht der taz bekannt geworden", and not the "…, dass" form, which
      // vague-attribution reports (impersonalHearsay). Missed on German batch 10.
      pattern: gated(() => words(String.raw`\b(?:ist|sind) (?:(?!aus |durch |von |vom )[\p{L}-]+ ){0,4}?bekannt geworden\b(?!,? dass\b)(?! (?:aus|durch|von|vom)\b)`, 'giu'), 'geworden'),
      messageId: 'passive',
      examples: ['sind bekannt geworden'],
    },
  ],
  // The record of a legal case (§1 and §5: public record, not a view; judged noise on German batch 10): the charge of a
  // proceeding the paragraph names ("Das Amtsgericht hat das Strafverfahren eingestellt. Dem Pfarrer wurde vorgeworfen,
  // …"), and a legal classification ("gelten als Selbständige", "Damit gilt seine Schuld als ausgeglichen"). Not a
  // charge with no case in sight ("Dem Minister wird vorgeworfen, gelogen zu haben"). Case nouns by their last part
  // ("Ermittlungsverfahren", "Strafanzeige", "Landgericht").
  legalRecord: {
    caseNouns: ['amtsenthebungsverfahren', 'anklage', 'anzeige', 'ermittlungsverfahren', 'gericht', 'gerichtsverfahren', 'klage', 'prozess', 'staatsanwaltschaft', 'strafbefehl', 'strafverfahren'],
    charges: set('angelastet beschuldigt gelegt verdächtigt vorgeworfen'),
    statusWords: set('ausgeglichen erledigt geschäftsunfähig minderjährig rechtskräftig scheinselbständig scheinselbständige scheinselbständigkeit scheinselbstständig ' +
      'scheinselbstständige scheinselbstständigkeit schuldunfähig selbständig selbständige selbstständig selbstständige verjährt vorbestraft'),
  },
  // ("Medienberichte, nach denen …", "Gerüchte, wonach …": reports whose source is not named.)
  // ("Unterdessen ist bekannt geworden, dass …", "Am Montag wurde bekannt, dass …": who made it known is hidden.)
  // ("hieß es" names its source when a place or document follows or opens the sentence: "hieß es aus London", "hieß
  // es in der Erklärung Twitters", "heißt es beim Aufrufen des Kontos", "Im Bericht des Sonderermittlers … hieß es"; not "hieß es aus Regierungskreisen".)
  // (A vague circle before a passive clause of any length, see middleField: "In Expertenkreisen werden die Maßnahmen
  // zwar als ein erster Schritt begrüßt", "Unter Diplomaten wird der Plan inzwischen offen kritisiert".)
  impersonalHearsay: [gated(() => words(String.raw`\b(?:\p{L}*(?:[Bb]erichte|[Gg]erüchte)n?,? (?:nach denen|wonach|denen zufolge)|es heißt(?! (?:von|vom) (?:(?!(?:[\p{L}-]*[Kk]reisen|Quellen|informierten)\b)|Quellen, (?:die|welche) (?:\p{L}+ ){1,3}?nahestehen\b))|(?<!^\s*(?:im|in\s+(?:der|dem|einem|einer|ihrem|ihrer|seinem|seiner))\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:${documentNouns})\b[^.;!?]*)(?:heißt|hieß) es(?! (?:aus|bei|beim|in|im|seitens|von|vom) (?!(?:[\p{L}-]*[Kk]reisen|Quellen|informierten)\b))|wie es heißt|wie (?:es )?verlautete(?! aus)|Gerüchten zufolge|(?<!\b(?:von|vom|durch|wie)\b[^,.;:!?]{0,80})(?:\b(?:wird|wurde) (?:(?!von |vom |durch )[\p{L}-]+ ){0,3}?berichtet\b|\bberichtet (?:wird|wurde)\b)(?! (?:von|vom|durch)\b)|man (?:sagt|vermutet|munkelt)|(?:ist|war) (?:[\p{L}-]+ ){0,2}?bekannt geworden(?=, dass)|wurde (?:[\p{L}-]+ ){0,2}?bekannt(?=, dass)|(?:war|ist|sei|waren)\s+(?:[\p{L}-]+\s+){0,4}?zu hören|zu hören (?:war|ist|sei)|(?<!^\s*(?:im|in\s+(?:der|dem|einem|einer|ihrem|ihrer|seinem|seiner))\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:${documentNouns})\b[^.;!?]*)(?:(?:ist|war|sei) (?:[\p{L}-]+ ){0,2}?von\b[^.;:!?]{1,60}? die Rede|(?:ist|war|sei) die Rede von)|${vagueCircle} (?:(?:wird|werden|wurde|wurden) )?(?:[\p{L}-]+ ){0,3}?(?:${beliefParticiples}|für ${judgedFor}gehalten)|(?:wird|werden|wurde|wurden) (?:[\p{L}-]+ ){0,3}?${vagueCircle} (?:[\p{L}\p{N}/-]+ ){0,5}?(?:${beliefParticiples}|für ${judgedFor}gehalten))\b`, 'giu'), 'angenommen angesehen befürchtet behauptet bekannt berichtet betrachtet bezweifelt denen erwartet gehalten gemunkelt gesehen gewertet heißt hieß hören kritisiert munkelt rede sagt spekuliert verlautete vermutet wonach zufolge'), gated(() => words(String.raw`${vagueCircle}\b,? (?:${passiveFinite}) ${middleField(10)}(?:${beliefParticiples}|abgelehnt|begrüßt|gelobt|skeptisch gesehen|für ${judgedFor}gehalten)\b`, 'giu'), 'abgelehnt angenommen angesehen befürchtet behauptet betrachtet bezweifelt begrüßt erwartet gehalten gelobt gemunkelt gesehen gewertet kritisiert spekuliert vermutet'), holderHearsay(),
    // (Rumours, speculation and reports that circulate or multiply with nobody voicing them, the French "Des spéculations
    // sont apparues": "Gerüchte kursieren", "Spekulationen machen die Runde", "vermehrten sich die Berichte"; session 31,
    // the kind judged on French batch 13, missed on the German tuning set.)
    gated(() => words(String.raw`\b(?:(?:Gerüchte|Spekulationen) (?:kursier(?:en|ten)|mach(?:en|ten) die Runde|mehr(?:en|ten) sich|häuf(?:en|ten) sich)|(?:kursier(?:en|ten)|mehr(?:en|ten) sich|häuf(?:en|ten) sich|vermehr(?:en|ten) sich) (?:(?:auch|bereits|jedoch|nun|schon|seither|zudem) )?(?:die )?(?:Berichte|Gerüchte|Spekulationen))\b`, 'gu'), 'berichte gerüchte spekulationen')],
  // ("Es heißt von Quellen, die ihr nahestehen, …", "der Familie nahestehende Kreise": close to someone, unnamed.)
  // ("Die aus Unionskreisen erhobene Forderung": a demand raised in the open debate is a stance of the party's
  // politicians, not facts from an unnamed source; "Ein Beamter sagte unter der Bedingung, dass sein Name nicht
  // genannt wird, …": the unnamed person is part of the finding.)
  // (Session 43: from within a body's ranks or circle, with a verb of hearsay: "so verlautete aus seinen Reihen", "wie
  // aus dem Umfeld des Trainers verlautete", "hieß es aus den Reihen der Partei"; a miss on the German tuning set. Not
  // "Kritik kam aus den Reihen der Partei", a stance.)
  anonymity: gated(() => words(String.raw`\b(?:(?:verlautete|hieß es|heißt es) aus (?:seinen|ihren|deren|dessen|den|dem) (?:Reihen|Umfeld)\b(?: (?:der|des) [\p{L}-]+)?|aus (?:seinen|ihren|deren|dessen|den|dem) (?:Reihen|Umfeld)(?: (?:der|des) [\p{L}-]+(?: [\p{L}-]+)?)? (?:verlautete|hieß es|heißt es)\b|Quellen, (?:die|welche) (?:\p{L}+ ){1,3}?nahestehen|(?:ihm|ihr|ihnen|dem|der) (?:\p{L}+ )?nahestehende[n]? (?:Quellen|Kreise|Kreisen|Personen)|aus \p{L}*kreisen(?! (?:erhobenen?|geäußerten?|kommenden?|vorgebrachten?)\b)|(?:eine|einer|ein) (?:Quelle|Person|Insider|Informant) (?:nahe|aus dem Umfeld|im Umfeld)(?: (?:zum|zur|dem|der|des))? \p{L}+(?: \p{L}+)?|(?:informierte|informierten|gut unterrichtete|gut unterrichteten) Kreise(?:n)?|(?:der|die) (?:(?:namentlich )?nicht (?:namentlich )?genannt werden (?:wollte|möchte|will)|anonym bleiben (?:wollte|möchte|will))|(?:(?:ein|eine|einer|zwei|drei|mehrere) (?:(?!(?:${[...cueVerbs.keys()].join('|')})\b)[\p{L}-]+ ){1,2})?unter (?:der )?(?:Bedingung|Zusicherung),? (?:der Anonymität|dass (?:sein|ihr|ihre) Namen? nicht (?:genannt|veröffentlicht) (?:wird|werde|würde|werden)))\b`, 'giu'), 'anonym bedingung genannt kreise kreisen nahe nahestehen nahestehende nahestehenden reihen umfeld zusicherung', '', 'kreisen'),
  // Why the source is not named: not authorised, fear, their safety ("der nicht befugt war, sich öffentlich zu äußern",
  // "aus Angst vor Repressalien", "aus Sicherheitsgründen"; session 34).
  anonymityReason: /\b(?:nicht (?:befugt|autorisiert|berechtigt)|aus (?:Angst|Furcht|Sicherheitsgründen)|weil\b)/iu,
  numbers: {
    digits: /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$/,
    parse: (text) => Number(text.replace(/[. \u00a0\u202f]/g, '').replace(',', '.')),
    ungroup: (text) => text.replace(/(\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g, '$1'),
    repeatScales: new Map([['million', 1e6], ['millionen', 1e6], ['mio', 1e6], ['milliarde', 1e9], ['milliarden', 1e9], ['mrd', 1e9], ['tausend', 1e3]]),
    repeatDigits: /^(\d[\d.]*(?:,\d+)?)()%?$/,
    scales: new Map([['million', 1e6], ['millionen', 1e6], ['mio', 1e6], ['milliarde', 1e9], ['milliarden', 1e9], ['mrd', 1e9], ['billionen', 1e12]]),
    // "eine Million", "rund eine Million Menschen": "ein" counts only before a scale or a toll noun.
    words: new Map([
      ['ein', 1], ['eine', 1], ['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9], ['zehn', 10],
      ['elf', 11], ['zwölf', 12], ['zwanzig', 20], ['dreißig', 30], ['vierzig', 40], ['fünfzig', 50], ['hundert', 100],
      ['tausend', 1000],
      // ("eine halbe Million Gäste", "anderthalb Millionen": a fraction of a scale.)
      ['anderthalb', 1.5], ['eineinhalb', 1.5], ['halbe', 0.5], ['halben', 0.5], ['viertel', 0.25], ['dreiviertel', 0.75],
    ]),
    months: set('januar februar märz april mai juni juli august september oktober november dezember jan feb mär apr jun jul aug sep sept okt nov dez'),
    yearOpeners: set('seit'),
    timeUnits: set('jahr jahre jahren jahres jahrzehnt jahrzehnte jahrhundert jahrhunderte minute minuten monat monate monaten monats nacht nächte sekunde sekunden stunde stunden tag tage tagen woche wochen'),
    clockWords: set('uhr'),
    currencyWords: set('$ € dollar euro franken peso pfund us-dollar yen yuan'),
    currencyCodes: set('chf eur usd'),
    // ("mindestens fünf Frauen getötet": women and men counted are people, as "Menschen" is.)
    // ("elf Aufständische", "drei Kämpfer": fighters counted are people; German batch 10.)
    // ("1800 Teilnehmer gezählt", "1000 Jugendliche": a crowd's people after a number of four digits, no year; session 42,
    // misses on the German tuning set.)
    tollNouns: declined(set('arbeitsplätze aufständische demonstranten einwohner familien festnahmen flüchtlinge fälle frauen gebäude geiseln häftlinge häuser jugendliche kinder kämpfer männer menschen migranten mitarbeiter opfer personen polizisten schüler soldaten studenten teilnehmer todesfälle todesopfer tote toten verletzte verletzten vermisste zivilisten')),
    labelWords: set('abschnitt artikel band bus flug gleis kapitel klasse linie nr paragraf paragraph platz runde saison seite spieltag stufe teil zimmer'),
    capsBeforeFigures: null,
    // (Session 24, the judge's span defects on batch 9: "weit über 1.000", "mehrere tausend" keep their first word.)
    approximators: [['nicht', 'mehr', 'als'], ['nicht', 'weniger', 'als'], ['weit', 'mehr', 'als'], ['deutlich', 'mehr', 'als'], ['weit', 'über'], ['deutlich', 'über'], ['mehr', 'als'], ['weniger', 'als'], ['bis', 'zu'], ['ca', '.'], ['rund'], ['etwa'], ['knapp'], ['fast'], ['nahezu'], ['mindestens'], ['über'], ['circa'], ['annähernd'], ['mehrere'], ['einige'], ['gut']],
    rangeWords: {open: set('zwischen'), join: set('und')},
    measureUnits: set('acre cm grad hektar kg kilogramm kilometer km liter m megawatt meilen meter mm quadratkilometer tonnen zentimeter'),
    // "den 58-jährigen Franzosen", "ein 21-jähriger Weißer", "die 10-tägige Reise": an age or a duration.
    durationAdjectives: /^(?:jährig|monatig|stündig|tägig|wöchig)(?:e|em|en|er|es)?$/u,
    biographical: set('mutter vater'),
    knownGroup: set('alle allen beiden den der des die diese diesen dieser jene jenen'),
    // (Session 26: the indefinite article is the numeral's form, "Er war ein Schüler des Ajatollah": alone it counts
    // nothing unless its sentence tells of harm, "Bei dem Brand starb ein Mitarbeiter"; "eine Million" keeps its scale.)
    articleTolls: set('ein eine einem einen einer eines'),
    // ("einige Dutzend Menschen", "Hunderte Demonstranten".)
    // (And their datives: "unter dem Jubel von hunderttausenden seiner Anhänger", "mit Tausenden Demonstranten".)
    magnitudes: /^(?:dutzend|dutzende|dutzenden|hunderte|hunderten|hunderttausende|hunderttausenden|tausende|tausenden|zehntausende|zehntausenden|millionen|milliarden)$/,
    magnitudeOf: set(''),
    percentWords: set('prozent prozentpunkte'),
    scaleAbbreviations: set('mio mrd'),
    ordinalDot: true,
    // "fast die Hälfte ihrer Wähler", "ein Drittel der Stellen" (not "in der zweiten Hälfte").
    fractionNouns: set('drittel hälfte viertel'),
    fractionOpeners: set('die ein etwa fast knapp rund'),
  },
  figureWords: {
    // English-only readings (an election's published result): not read in this language.
    electionWords: set(''),
    // Counts anyone can see on the page: "Das Konto hat 61,8 Millionen Follower", "über 2.000 Likes".
    onlineNouns: set('aufrufe follower followern klicks likes retweets tweets'),
    onlineWords: set(''),
    resultWords: set(''),
    // An order or draft that sets the figure after it: "ein Entwurf, der vorsieht, 20.000 Soldaten zu schicken".
    // (Also people a named actor sent: "hatten die USA 30 Amtspersonen zu einer Anhörung geschickt", "entsandte 200
    // Soldaten".)
    // (And money or a quantity a body grants, promises or budgets: "hat der Bund 30 Millionen Euro zugesagt", "sind im
    // Bundeshaushalt 47 Milliarden Euro für Verteidigung eingeplant", "bewilligte der Rat 2 Millionen Euro".)
    // (A registration a body files: "wurde eine Demonstration mit 2.000 Teilnehmern angemeldet"; a grant, "stellte …
    // in Höhe von 57 Milliarden US-Dollar zur Verfügung", by the noun that closes its clause.)
    // (Session 25: not after the conditional of being or standing, or of "können", which makes the quantity hypothetical,
    // someone's calculation: "Damit stünden nur 137 Euro pro Schüler zur Verfügung", "könnten 30 Millionen Euro
    // bereitgestellt werden"; missed on German batch 11.)
    notPlans: set('könnte könnten stünde stünden wäre wären'),
    // A named actor's own act (session 26, issue 13's first broad kind, written from the grammar before reading the
    // dev batch's sentences): the verbs of deciding and enacting, planning, granting and offering, ordering and
    // buying, paying and budgeting, fining and sentencing, appointing and sending, as the verb fields of Schumacher
    // et al., "Verben in Feldern" (1986) group them (Handlungsregulierung, Besitzwechsel, Sanktion); the actors are
    // the bodies that decide, the offices that act for them and the documents that record an act. Not the verbs of
    // saying (cueVerbs) nor of change ("steigen", "sinken"), whose figures are facts about the world.
    // Counts an institution fixes and holds (session 26, issue 13's second broad kind, built from the standard's
    // "settled public record … when the sentence names the body that holds the record"): what a body is made of, with
    // the body named after it; a convention's delegates; the electorate.
    record: {
      delegates: set('delegierte delegierten'),
      electorate: set('stimmberechtigt stimmberechtigte stimmberechtigten wahlberechtigt wahlberechtigte wahlberechtigten'),
      called: set('aufgerufen'),
      members: set('abgeordnete abgeordneten blauhelme delegierte delegierten mitglieder mitgliedern parlamentarier sitze soldaten ' +
        'senatoren truppen'),
    },
    acts: {
      // (Not a negated act: "Die Raten von 280 Millionen Dollar wurden nicht gezahlt" states a default, a fact about the
      // world.)
      negators: set('kein keine keinen keiner keines nicht nie niemals'),
      ...actForms(
        // Weak verbs, by stem ("an|ordn": separable; "be", "ver", "-ier": no "ge").
        'an|ordn aus|zahl bereit|stell bestell bestraf bewillig bezahl billig budgetier ein|plan entsend fest|leg fest|setz ' +
        'finanzier genehmig gewähr investier kauf plan spend stationier veranschlag verabschied vereinbar verhäng verordn ' +
        'versteiger verurteil zahl zu|sag',
        [
          // Strong and mixed verbs, every form ("an|…": the joined forms begin with the particle, the others stand apart).
          ['', 'beschließe beschließen beschließt beschloss beschlossen'],
          ['', 'entschied entschieden entscheiden entscheidet'],
          ['', 'ernannt ernannte ernannten ernennen ernennt'],
          ['', 'entsandt entsandte entsandten'],
          ['', 'erlassen erlasse erlässt erließ erließen'],
          ['', 'erwarb erwarben erwerben erwirbt erworben'],
          ['', 'versprach versprachen versprechen verspricht versprochen'],
          ['', 'überwies überwiesen überweisen überweist'],
          ['an', 'anbieten anbietet anbot anboten angeboten anzubieten bieten bietet bot boten'],
          ['aus', 'auszugeben ausgeben ausgegeben ausgibt ausgab ausgaben gab gaben geben gibt'],
          ['vor', 'sah sahen sehen sieht vorgesehen vorsah vorsahen vorsehen vorsieht'],
        ],
      ),
      // Bodies ("Sicherheitsrat", "Bundeskabinett", "Landtag"; the levels of government, Bund, Land, Staat, Stadt,
      // Gemeinde, and so a country named by one: "Deutschland", "Finnland"), offices ("Innenminister", "Bürgermeisterin") and
      // documents ("Gesetzentwurf", "Haushaltsplan", "Hilfspaket", "Strafbefehl"), compounds by their last part, in every case
      // ("des Rates", "dem Beschluss", "die Ministerinnen"). (Not "Vorrat", "Apparat", "Heirat", "Verrat", "Referat":
      // words in "-rat" that name no council; nor "Raten", "Rate": instalments and rates.)
      actors: /(?:abkommen|ausschuss|bank|beschluss|bund|bundestag|bürgermeister(?:in)?|chef(?:in)?|dekret|direktor(?:in)?|entwurf|erlass|etat|firma|fraktion|gemeinde|gericht|gremium|gerichtshof|gesetz|gewerkschaft|gouverneur(?:in)?|haushalt|kabinett|kammer|kanzler(?:in)?|koalition|kommission|konzern|kreistag|land|landtag|minister(?:in)?|ministerium|paket|parlament|partei|parteitag|plan|programm|präsident(?:in)?|regierung|resolution|richter(?:in)?|richtlinie|senat|stadt|staat|stiftung|strafbefehl|unternehmen|urteil|verband|vereinbarung|verordnung|versammlung|vertrag|verwaltung|vorstand)(?:e|en|er|es|n|nen|s)?$|(?<!(?:appa|hei|inse|kar|refe|ver|vor))rat(?:es|s)?$/u,
    },

    planWords: set('angemeldet angeordnet beschließt beschloss beschlossen bewilligt bewilligte bewilligten bereitgestellt eingeplant entsandt entsandte entsandten geschickt ordnete schickte schickten ' +
      'verfügung versprach versprachen versprochen vorsah vorsehen vorsieht zugesagt'),
    // What a party demands for itself: "fordern die Gläubiger rund 2,2 Milliarden Euro", "Abgaben in Höhe von 50 Prozent
    // fordert" (not "forderte 56 Todesopfer", see risk.ts).
    // "wird die 30.000 Mitarbeiter in der Kommission leiten": a count after an article or a possessive is given.
    givenDeterminers: set('das dem den der des die ihre ihren ihrer seine seinen seiner'),
    // (Also a proposal or a lawsuit: "Die Gläubiger haben vorgeschlagen, die Zinslast um 35 Prozent zu reduzieren",
    // "verklagte die Zeitung auf 2 Millionen Euro".)
    demandWords: set('beanspruchen beansprucht beanspruchte fordern fordert forderte forderten verklagen verklagt verklagte verklagten verlangen verlangt verlangte verlangten ' +
      'vorgeschlagen vorschlagen vorschlägt vorschlug vorschlugen'),
    // The threshold or limit a rule sets: "eine Hürde von 5 Prozent", "oberhalb der Schwelle von 100 Neuinfektionen",
    // "Die Kontaktbeschränkungen auf fünf Personen" (compounds by their last part; not "Grenze", also a border: "An der
    // Grenze sind 3.000 Polizisten").
    thresholdNouns: set('beschränkung beschränkungen grenzwert hürde obergrenze schwelle'),
    // "beträgt der Mindestlohn 7,25 US-Dollar", "die Mehrwertsteuer steigt auf 19 Prozent": a rate the law sets.
    // ("hat die Notenbank den Leitzins gesenkt": a central bank's rate is its own published decision.)
    statutoryRates: set('leitzins leitzinsen mehrwertsteuer mehrwertsteuersatz mindestlohn mindestlohns mindestlöhne steuersatz'),
    // "Die Regierung will die Preise begrenzen … Für 150 Bahnhöfe sollen 150 Millionen Pfund ausgegeben werden": after
    // a named actor's plan in the paragraph, a figure in a clause of "soll" is one of the plan's quantities (see
    // analysis.ts, planQuantities). Not "wird", "werden": they also make forecasts ("Die Arbeitslosenquote wird auf 7
    // Prozent steigen", "Dabei werden 3.000 Stellen wegfallen"), which need a source.
    // (Also a plan the actor presents as its own: "Die Regierung stellte ein geplantes Sparprogramm vor. … Weitere 140
    // Millionen Euro sollen die Behörden sparen", "hat der Senat seinen Entwurf vorgelegt", "möchte man … kürzen".)
    planSubjectVerbs: set('beabsichtigt beabsichtigen geplant geplante geplanten geplantes möchte möchten plant planen plante planten ' +
      'vorgelegt vorgestellt will wollen wollte wollten'),
    futureVerb: /^(?:soll|sollen)$/u,
    // ("150 Bahnhöfe werden für 150 Millionen Pfund modernisiert", "werden … bis zu 500 Euro erstattet": a weak
    // participle ends in -t, a strong one has "ge" before its stem; "wird … steigen", "werden … wegfallen", "wird …
    // gewinnen" are infinitives, forecasts.)
    planPassive: {auxiliary: /^(?:wird|werden)$/u, participle: /^(?!(?:erst|fast|jetzt|längst|meist|nicht|selbst|sonst|zuerst|zuletzt)$)(?:\p{L}{3,}t|(?!ge(?:brauchen|hören|lingen|nügen|raten|schehen|winnen)$)\p{L}*ge\p{L}{3,}en)$/u},
    populationNouns: set('einwohner einwohnerinnen einwohnern'),
    memberNouns: set('mitgliedsländer mitgliedsländern mitgliedsstaaten mitgliedstaaten mitgliedstaaten'),
    // "umgerechnet 11,50 US-Dollar", "dies entspricht 11,90 US-Dollar".
    conversionWords: set('entspricht entsprechen umgerechnet'),
    // "Zur Erinnerung: …".
    recallOpening: /^zur erinnerung\b/u,
    // (Session 25: an earlier event recalled by "bereits" or "schon" and its date, in the pluperfect or the past: "Bereits
    // im September 2004 war er einem Anschlag, bei dem zwei Menschen getötet wurden, entkommen", "Schon 2015 hatte ein
    // Beben 9.000 Menschen getötet"; judged background noise on German batch 11.)
    recallTense: /^(?:bereits|schon) (?:(?:am|im|in|vor|anfang|ende|mitte) )?(?:\p{L}+ |\d{1,2} \. (?:\p{L}+ )?)?(?:1[89]|20)\d\d (?:war|waren|hatte|hatten)\b/u,
    // "Bereits 2006 war es dort zu einem Unglück gekommen. Damals waren sechs Menschen ums Leben gekommen": the sentence
    // after such a recall that refers back to its time (session 31, the French kind of batch 13 in German).
    recallGoesOn: /^damals\b/u,
    // "die restlichen 9 Prozent", "die übrigen 12 Prozent".
    remainderWords: set('restlichen übrigen'),
    businessWords: set('abonnenten absatz arbeitsplätze beschäftigte entlassungen gewinn gewinne kunden mitarbeiter produktion stellen umsatz verkauft verluste'),
    // (And strikes of a war, a party's count: "mit über 100 Luftschlägen"; missed on German batch 10.)
    // (And missiles fired, one side's count of its strikes: "Über 110 Tomahawk-Raketen wurden abgefeuert"; missed on
    // German batch 11.)
    crimeNouns: set('angriffe angriffen anschläge anschlägen diebstähle einbrüche festnahmen luftangriffe luftangriffen luftschläge luftschlägen morde raketen raketenangriffe raketenangriffen straftaten verbrechen vergewaltigungen überfälle'),
    crimeWords: set('beschlagnahmt erbeutet geschmuggelt gestohlen sichergestellt unterschlagen veruntreut'),
    // The forces sent to a scene, as French lists them (FigureWords.responderNouns): fewer than a hundred of them,
    // neither harmed nor gathered, are a count anyone there could see; compounds count by their last part
    // ("Bundeswehrsoldaten", "Feuerwehrleute"). Session 40: "auf dem sich auch 70 Bundeswehrsoldaten befinden", noise
    // on a German Wikinews article never tuned on (Hurrikan Dorian: Opferzahlen steigen).
    responderNouns: set('einsatzkräfte feuerwehrleute helfer polizisten rettungskräfte retter sanitäter soldaten'),
    crowdNouns: declined(set('anhänger besucher delegierte demonstranten fans gäste pilger streikende teilnehmer unterstützer zuhörer zuschauer')),
    crowdWords: conjugated(set('besuchten demonstrierten kamen protestierten unterschrieben unterzeichneten versammelten')),
    // (Also "Kronen": "mit zehn Millionen schwedischen Kronen dotiert"; session 30.)
    currencyNouns: set('dollar euro franken kronen pfund'),
    damageWords: preterites(set('beschädigt verbrannt verwüstet zerstört überflutet')),
    economyWords: set('arbeitslosenquote arbeitslosigkeit armut bip defizit exporte haushalt importe inflation löhne niederschlag preise quote rate schulden steuern temperaturen wachstum wirtschaft'),
    // ("wahrscheinlich 65 weitere Städte": a figure the writer only expects is a forecast.)
    // ("Gegenwärtig arbeiten schätzungsweise 440.000 Crowdworker": missed on German batch 10.)
    estimateWords: set('erwartet geschätzt prognose prognostiziert schätzung schätzungen schätzungsweise voraussichtlich wahrscheinlich'),
    eventNouns: set('finale liga meisterschaft pokal rennen spiel titel turnier'),
    familyNouns: set('brüder enkel kinder schwestern söhne töchter'),
    agentNouns: /\p{L}{3,}(?:innen|enten|anten|isten)$/u,
    // (People who fled are displaced, a toll as English's "refugees" is; "forderte 30 Menschenleben": lives lost.)
    // ("nach zwei Todesfällen": deaths counted; missed on German batch 10.)
    harmNouns: set('flüchtlinge geiseln gefangene häftlinge leichen menschenleben opfer todesfälle todesfällen todesopfer tote toten verletzte verletzten vermisste vermissten vertriebene'),
    // ("kamen ums Leben", "sind umgekommen": died.)
    // (And "erschoss", "erschossen", "sterben": "erschoss ein Mann neun Menschen", "sterben vier Soldaten"; session 40,
    // tolls the German tuning set labelled.)
    harmWords: preterites(set('beschädigt betroffen eingeschlossen entführt erschoss erschossen ertrunken evakuiert festgenommen flohen flüchteten geflohen gerettet gestorben gestrandet getötet hingerichtet inhaftiert obdachlos starb starben sterben stirbt tot tote toten todesopfer umgekommen ums verhaftet verletzt verletzte vermisst vertrieben verwundet zerstört')),
    healthWords: set('epidemie erkrankt erkrankte fälle geimpft infektionen infiziert infizierte krankheit patienten virus'),
    marketWords: set('aktie aktien anleihen barrel börse brent dax dow index kurs nasdaq ölpreis'),
    // (A quote: "Der Euro notierte bei 1,18 Dollar", "Ein Barrel Brent kostete 80 Dollar", "Der Goldpreis stieg auf 2.000
    // Dollar"; session 34.)
    priceSubjects: set('barrel bitcoin brent goldpreis gold öl ölpreis unze'),
    // (Session 36, as French: "zum Preis von 59 Euro", "mit einer Kapazität von 840 Passagieren", "bis zu 330
    // Passagiere befördern kann" reads its verb after the figure and is left out, "eine Geldstrafe von 3.000 Euro".)
    listPriceLead: /(?:^| )(?:zum preis von|verkaufspreis von)$/u,
    specLead: /(?:^| )(?:kapazität von|(?:platz|raum) für(?: bis zu)?)$/u,
    courtAmounts: set('geldbuße geldstrafe kaution'),
    priceVerbs: set('fiel gefallen gestiegen kostete lag notierte sank stieg'),
    measureUnits: set('acre cm grad hektar kg kilometer km kubikmeter kubikmetern liter m meilen meter mm tonnen zentimeter'),
    // ("Abzugsgegner", "Gefängnisinsassen": compounds count by their last part.)
    // ("alle elf Kämpfer getötet", "IS-Kämpfer", "elf Aufständische": fighters counted are people; German batch 10.)
    personNouns: set('arbeiter aufständische aufständischen beschäftigte bürger einwohner familien frauen gegner insassen journalisten jugendliche kinder kämpfer kämpfern menschen migranten ' +
      'mitarbeiter mitglieder männer passagiere personen polizisten schüler soldaten studenten truppen wähler zivilisten ärzte ' +
      // People counted by their nation ("123 Israelis, darunter 40 Zivilisten, und 861 Libanesen wurden getötet", "acht
      // Mexikaner"; "US-Amerikaner" by its last part).
      'afghanen amerikaner briten chinesen deutsche franzosen iraker iraner israelis italiener libanesen mexikaner palästinenser russen ' +
      'spanier syrer türken ukrainer'),
    // ("Die SPD würde auf 24 Prozent der Stimmen kommen": a share in the conditional is a projection, not a result.)
    pollWords: set('befragt befragten hochrechnung prognose umfrage umfragen würde würden'),
    prizeWords: set('gewann gewinnt preisgeld siegprämie'),
    propertyNouns: set('fahrzeuge gebäude haushalte häuser wohnungen'),
    // ("330.000 Haushalte waren ohne Strom", "2.000 Wohnungen ohne Heizung".)
    cutOffWords: set('heizung ohne strom stromausfall wasser'),
    // ("Strafbefehl über 20 Tagessätze zu je 60 Euro": a penalty a court order sets; judged noise on German batch 10.)
    setAmounts: set('belohnung bußgeld bußgelder dotiert eintritt gebühr gebühren gehalt geldstrafe kaution preisgeld strafbefehl strafe tagessatz tagessätze tagessätzen'),
    sportWords: set('bundesliga finale gewann liga meisterschaft medaille medaillen pokal punkte saison satz sieg siegte spiel spiele spieltag tor tore turnier verlor'),
    statNouns: set('einsätze länderspiele punkte runden tore'),
    streetWords: set('allee damm gasse platz ring straße strasse weg'),
    countHeads: set('anzahl zahl'),
    projectionWords: set('dürfte dürften könnte könnten würde würden'),
    bareFollowers: set('bei hat haben im in ist mit oder sind und von war waren werden wurde wurden zu'),
    // (The count of votes cast, a referendum's as an election's: "Nach Auszählung der abgegebenen Voten stimmten 56,52
    // Prozent für …", "62 Senatoren stimmten für das Vorhaben, 36 votierten dagegen".)
    voteWords: set('abgegebenen abstimmung auszählung bundestagswahl bürgermeisterwahl enthaltungen erhielt erhielten errang erreichte erreichten erststimmen europawahl gegenstimmen gewählt kamen kandidat kandidaten kommunalwahl landtagswahl mandate oberbürgermeisterwahl partei parteien präsidentschaftswahl referendum referendums sitze stichwahl stimme stimmen stimmenanteile stimmrechte verbuchen verbuchte volksabstimmung volksentscheid votiert votierte votierten wahl wahlberechtigte wahlberechtigten wahlbeteiligung wahlergebnis wahlgang wahlkreis wähler wählern wählerstimmen wählten zweitstimmen'),
  },
});
