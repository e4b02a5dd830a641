// English: the words and forms the core was built and tuned on (news copy in English, AP style). The lists are the
// ones the attribution model, the figure finder and the sentence splitter used before languages had resources; they
// live here unchanged, and lexicons/ keeps the larger English lexicons this object gathers.
import {agentVerbs, anaphors, documentNouns, handlingAgentVerbs, anonymousHeads, cueVerbs, dataNouns, feelingCues, institutionNouns, intentionCues, vagueHeads} from '../lexicons/attribution.js';
import * as figureWords from '../lexicons/figures.js';
import {hedges} from '../lexicons/hedges.js';
import type {AfterCue, LanguageResources} from './types.js';
import {gated} from './gate.js';

// Sentences (sentences.ts).

// Titles, months and the like that end in a period but rarely end a sentence (AP style abbreviations).
const neverFinal = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'cpl',
  'pvt', 'st', 'ft', 'mt', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'no', 'nos', 'vs', 'v', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs',
  'fri', 'sat', 'sun', 'e.g', 'i.e', 'cf', 'approx', 'est', 'fig', 'vol', 'ch', 'art', 'sec', 'para', 'ave', 'blvd',
  'rd', 'mass', 'calif', 'conn', 'fla', 'ill', 'md', 'mich', 'minn', 'pa', 'tenn', 'tex', 'va', 'wash', 'wis', 'ariz',
  'colo', 'okla', 'ore',
]);

// Abbreviations that may end a sentence; they end one only when a typical sentence opener follows.
const maybeFinal = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'inc', 'co', 'corp', 'ltd', 'jr', 'sr', 'a.m', 'p.m', 'etc', 'al']);

const openers = new Set([
  'The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'I', 'But', 'And', 'In', 'On', 'At', 'This', 'That', 'There',
  'Its', 'His', 'Her', 'Their', 'Our', 'After', 'As', 'When', 'While', 'Police', 'Officials', 'However', 'Meanwhile',
]);

const closers = '"\'”’)]*_»';

const openersPunct = '"\'“‘([*_«';


// The attribution model (analysis.ts).

// Words that end a noun phrase when walking back from a verb.
const npBreakers = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'but', 'and', 'or', 'when', 'while', 'as', 'because', 'if', 'after',
  'before', 'since', 'although', 'though', 'than', 'where', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has',
  'have', 'had', 'not', 'also', 'to', 'so', 'yet', 'then', 'there', 'however', 'what', 'how', 'why', 'said', 'says',
  'maybe', 'perhaps', 'probably', 'possibly',
  // (Not a source's words either: "was delayed amid reports that …" has no source before "reports".)
  'amid', 'despite',
]);

const npInner = new Set(['of', 'for', 'the', 'a', 'an', 'at', 'in', 'from', 'with', 'on', 'to', 'by', 'and', '&']);

const determiners = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those']);

// Adverbs and auxiliaries allowed between a subject and its cue verb ("the ministry also said", "police have said").
const betweenSubjectAndVerb = new Set([
  'also', 'later', 'previously', 'separately', 'repeatedly', 'recently', 'earlier', 'publicly', 'privately', 'further',
  'has', 'have', 'had', 'then', 'initially', 'first', 'now', 'already', 'again', 'once', 'subsequently',
  'officially', 'formally', 'jointly', 'tentatively', 'provisionally', 'reportedly', 'would', 'will', 'did', 'does',
  'do', 'last', 'today', 'yesterday', 'tonight', 'overnight', 'still', 'frequently', 'often', 'regularly', 'widely',
  'long', 'increasingly', 'consistently', 'openly', 'loudly', 'quietly', 'even', 'never', 'always',
  // Negated auxiliaries: "he didn't want", "she hasn't said".
  "didn't", 'didn’t', "doesn't", 'doesn’t', "don't", 'don’t', "hasn't", 'hasn’t', "haven't", 'haven’t', "won't", 'won’t',
  "wouldn't", 'wouldn’t',
]);

const progressiveAux = new Set(['is', 'are', 'was', 'were', 'been']);

// Linking adverbials between commas after a name: "Ted Cruz, by contrast, wrote …".
const asides = new Set([
  'again', 'also', 'as well', 'by contrast', 'for example', 'for her part', 'for his part', 'for instance',
  'for their part', 'however', 'in contrast', 'in fact', 'in response', 'in turn', 'instead', 'meanwhile', 'now',
  'of course', 'on the other hand', 'once again', 'still', 'then', 'though', 'too',
]);

// Nouns and names of papers in -ly, which an adverb test would skip: "the family said", "the Daily reported".
const lyNouns = new Set([
  'ally', 'anomaly', 'assembly', 'belly', 'bully', 'daily', 'elderly', 'family', 'fly', 'folly', 'homily', 'jelly',
  'lily', 'monopoly', 'quarterly', 'rally', 'reply', 'supply', 'tally', 'weekly',
]);

// Finite auxiliaries and modals that close a clause's subject: "Obama has been on the sidelines, arguing …".
const finiteAuxiliaries = new Set([
  'are', 'can', 'could', 'did', 'does', 'had', 'has', 'have', 'is', 'may', 'might', 'must', 'should', 'was', 'were',
  'will', 'would',
]);

// Common irregular past forms (regular ones end in -ed): "Clinton took aim at Trump, saying …".
const pastForms = new Set([
  'began', 'brought', 'came', 'chose', 'drew', 'fought', 'gave', 'got', 'held', 'hit', 'kept', 'knew', 'led', 'left',
  'lost', 'made', 'met', 'put', 'ran', 'sent', 'set', 'sought', 'spoke', 'stood', 'struck', 'took', 'told', 'threw',
  'went', 'won', 'wrote',
]);

// Titles written with a period before a name ("Mr. Trump", "Sen. Warren"); AP style abbreviations.
const titleAbbreviations = new Set([
  'capt', 'col', 'dr', 'gen', 'gov', 'lt', 'mr', 'mrs', 'ms', 'prof', 'rep', 'rev', 'sen', 'sgt', 'st', 'supt',
]);

// Words that belong to the cue when they stand between the source and its verb: "has said", "also told".
const cueAuxiliaries = new Set([
  'again', 'already', 'also', 'could', 'did', 'does', 'frequently', 'had', 'has', 'have', 'initially', 'is', 'later',
  'long', 'might', 'often', 'once', 'previously', 'publicly', 'recently', 'repeatedly', 'should', 'still', 'was',
  'were', 'will', 'would',
]);

const leadingNoise = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'meanwhile',
  'however', 'additionally', 'also', 'earlier', 'later', 'separately', 'elsewhere', 'overnight', 'tonight',
  // Adverbs that open a clause before its subject: "Recently she announced", "Even Rendell said".
  'even', 'finally', 'instead', 'just', 'now', 'recently',
]);

const weekdays = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

// Sentence-initial words that are capitalised only because they start the sentence.
const commonOpeners = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'some', 'many', 'most', 'several', 'other', 'others', 'experts',
  'sources', 'critics', 'analysts', 'observers', 'reports', 'officials', 'people', 'researchers', 'scientists',
  'economists', 'residents', 'witnesses', 'police', 'its', 'his', 'her', 'their', 'this', 'that', 'these', 'those',
  'according', 'based', 'insiders', 'commentators', 'opponents', 'supporters', 'local', 'media', 'one', 'two',
  'unnamed', 'senior', 'government', 'security', 'military', 'industry', 'health', 'western', 'independent', 'it',
  'they', 'he', 'she', 'we', 'i', 'there', 'however', 'meanwhile', 'still', 'yet', 'also', 'after', 'before', 'when',
  'while', 'as', 'since', 'although', 'though', 'if', 'because', 'for', 'from', 'with', 'by', 'of', 'to', 'about',
  'nearly', 'around', 'more', 'over', 'almost', 'roughly', 'just', 'only', 'half', 'all', 'every', 'each',
]);

// Vague heads that are not people: "the media", "the reports" stay vague even when definite.
const vagueThings = new Set([
  'accounts', 'chatter', 'claims', 'commentary', 'data', 'estimates', 'evidence', 'figures', 'media', 'outlets',
  'polls', 'posts', 'reports', 'research', 'rumors', 'rumours', 'sources', 'speculation', 'statistics', 'studies',
  'surveys', 'websites', 'whispers',
]);

// Vague heads that are whole populations: "the netizens", "the residents" do not refer back to anyone in particular.
const vaguePopulations = new Set(['bloggers', 'citizens', 'locals', 'netizens', 'people', 'residents', 'users', 'voters']);

const anonymousQualifier =
  /\b(?:familiar with|with (?:direct |first-hand |firsthand )?knowledge|close to|briefed on|involved in|privy to|who (?:asked|spoke|requested|declined|was not|were not|is not|are not|insisted|did not want)|speaking on (?:the )?condition|on (?:the )?condition of anonymity|not authori[sz]ed|asked not to be|requested anonymity|declined to be (?:named|identified))\b/;

const claimPassive = new Set(['thought', 'believed', 'said', 'feared', 'hoped', 'rumoured', 'rumored', 'understood']);

// Cue verbs of belief and opinion (PolNeAR's "thoughts, intentions and beliefs"), as opposed to speech.
const beliefCues = new Set([
  'believe', 'believed', 'believes', 'consider', 'considers', 'doubt', 'doubts', 'fear', 'feared', 'fears', 'feel',
  'feels', 'felt', 'hope', 'hoped', 'hopes', 'hoping', 'regard', 'regards', 'saw', 'see', 'sees', 'think', 'thinks', 'thought', 'view',
  'viewed', 'views',
]);


/** Cue phrases that introduce a source after them. */
const afterCues: readonly AfterCue[] = [
  {words: ['according', 'to'], kind: 'according-to'},
  {words: ['based', 'on'], kind: 'according-to'},
  {words: ['citing'], kind: 'according-to'},
  {words: ['per'], kind: 'according-to'},
  {words: ['in', 'the', 'opinion', 'of'], kind: 'according-to'},
  {words: ['in', 'the', 'view', 'of'], kind: 'according-to'},
  {words: ['in', 'the', 'words', 'of'], kind: 'according-to'},
  {words: ['source', ':'], kind: 'source-note'},
  {words: ['sources', ':'], kind: 'source-note'},
];

// Figures (figures.ts).

const months = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

const timeUnits = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year',
  'years', 'decade', 'decades', 'century', 'centuries', 'night', 'nights', 'weekend', 'weekends', 'term', 'terms',
  'season', 'seasons', 'semester', 'semesters', 'yrs', 'hrs', 'mins', 'secs',
]);

const clockWords = new Set(['a.m', 'p.m', 'am', 'pm', 'gmt', 'bst', 'est', 'edt', 'pst', 'pdt', 'cet', 'utc', 'et', "o'clock", 'o’clock']);

const currencyWords = new Set([
  'dollars', 'dollar', 'euros', 'euro', 'pounds', 'yen', 'yuan', 'rupees', 'shekels', 'francs', 'pesos', 'rubles',
  'roubles', 'cents', 'pence', 'usd', 'eur', 'gbp', 'naira', 'rand', 'won', 'lira', 'dinars', 'riyals', 'dirhams',
]);

const currencyCodes = new Set(['usd', 'eur', 'gbp', 'chf', 'jpy', 'cny', 'inr', 'us$', 'k']);

// Unnamed media and reports as the support of a claim (EDITORIAL-STANDARD.md §2: "reports", "local media" are not a
// source): "there were media speculations that …", "followed by reports of new attacks", "amid reports that …",
// "online speculation points to …".
const mediaHearsay = gated(new RegExp(String.raw`\b(?:there\s+(?:are|were|have\s+been|has\s+been)\s+(?:\p{L}+\s+)?(?:media|news|online|press)\s+` +
  String.raw`(?:reports|rumou?rs|speculations?)|(?:amid|despite|followed\s+by|following)\s+(?:(?:media|new|news|press|unconfirmed)\s+)?reports\s+(?:of|that)` +
  String.raw`|(?:media|online|press)\s+speculations?\s+(?:has\s+it|is\s+rife|points?\s+to|suggests?))\b`, 'giu'), 'reports rumors rumours speculation speculations');

const scaleWords = new Map([['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12]]);

// What a small number must count for it to be a claim rather than a detail ("two soldiers were killed").
const tollNouns = new Set([
  'people', 'persons', 'dead', 'deaths', 'died', 'killed', 'injured', 'wounded', 'casualties', 'victims', 'civilians',
  'soldiers', 'children', 'fatalities', 'hostages', 'migrants', 'refugees', 'patients', 'cases', 'arrests',
  'protesters', 'troops', 'bodies', 'homes', 'houses', 'buildings', 'infections', 'militants', 'fighters',
  'journalists', 'students', 'workers', 'residents', 'passengers', 'prisoners', 'detainees', 'survivors',
  'missing', 'displaced', 'evacuated', 'hospitalised', 'hospitalized', 'murders', 'shootings', 'attacks',
]);

// Words before a number that make it a name or label ("Article 5", "Flight 370", "No. 10").
const labelWords = new Set([
  'no', 'nos', 'number', 'page', 'pages', 'p', 'pp', 'chapter', 'section', 'article', 'room', 'flight', 'route',
  'highway', 'interstate', 'gate', 'platform', 'bus', 'level', 'grade', 'phase', 'stage', 'round', 'game', 'episode',
  'volume', 'vol', 'version', 'model', 'type', 'class', 'category', 'step', 'item', 'exhibit', 'amendment', 'district',
  'ward', 'precinct', 'unit', 'apartment', 'suite', 'floor', 'lot', 'resolution', 'bill', 'case', 'docket', 'line',
  'track', 'channel', 'terminal', 'pier', 'lane', 'seat', 'row', 'verse', 'division', 'battalion', 'brigade',
  'regiment', 'zone', 'sector', 'block', 'building', 'plot', 'hall', 'wing', 'week', 'day', 'year', 'grades', 'size',
  'aged', 'age', 'ages', 'under', 'issue', 'series', 'part', 'figure', 'table', 'paragraph', 'rule', 'clause', 'title',
  'schedule', 'form', 'code', 'covid', 'mile', 'km', 'exit', 'junction', 'bed', 'box', 'window',
  'windows', 'iphone', 'tier', 'act', 'scene', 'hole', 'lap', 'match', 'leg', 'gen', 'generation', 'mark',
]);

// Capitalised words that may stand before a figure without making it a name ("About 40", "In 2023").
const capsBeforeFigures = new Set([
  'about', 'around', 'nearly', 'almost', 'some', 'over', 'under', 'more', 'less', 'fewer', 'at', 'only', 'just',
  'roughly', 'approximately', 'up', 'exactly', 'and', 'but', 'the', 'in', 'of', 'with', 'by', 'for', 'to', 'from',
  'since', 'until', 'on', 'an', 'a', 'all', 'another', 'between', 'among', 'than', 'as', 'estimated', 'least', 'those',
  'these', 'its', 'their', 'his', 'her', 'our', 'they', 'we', 'it', 'he', 'she', 'when', 'while', 'after', 'before',
  'once', 'if', 'then', 'yet', 'so', 'also', 'still', 'even', 'however', 'including', 'included', 'across', 'per',
]);

// (Session 24: "well over 1,000", "far more than 200" keep their first word, as German's "weit über" does. Session 29:
// a negated bound keeps its negation, "no fewer than 40", "not less than half": without it the words say the opposite.)
const approximators = [
  ['no', 'fewer', 'than'], ['no', 'less', 'than'], ['no', 'more', 'than'], ['not', 'less', 'than'], ['not', 'more', 'than'], ['not', 'fewer', 'than'],
  ['far', 'more', 'than'], ['well', 'more', 'than'], ['well', 'over'], ['well', 'above'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['at', 'least'], ['up', 'to'], ['as', 'many', 'as'],
  ['as', 'much', 'as'], ['an', 'estimated'], ['close', 'to'], ['just', 'over'], ['just', 'under'], ['nearly'],
  ['almost'], ['around'], ['about'], ['some'], ['roughly'], ['approximately'], ['over'], ['under'], ['upwards', 'of'],
];

// Units of measure: a small number of tonnes or miles is a measurement someone made.
const numberMeasureUnits = new Set([
  'tonnes', 'tons', 'kilograms', 'kg', 'miles', 'km', 'kilometres', 'kilometers', 'metres', 'meters', 'feet', 'litres',
  'liters', 'gallons', 'acres', 'hectares', 'barrels', 'megawatts', 'gigawatts', 'mm', 'cm', 'inches', 'degrees',
]);

const biographical = new Set(['father', 'mother', 'parent', 'grandfather', 'grandmother', 'grandparent', 'mum', 'mom', 'dad']);

const units = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];

const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];


// Every spelled-out number below a hundred, built once: lookups run for every token.
const numberWords = new Map<string, number>();
units.forEach((w, i) => numberWords.set(w, i));
tens.forEach((w, t) => {
  if (t < 2) return;
  numberWords.set(w, t * 10);
  for (let u = 1; u < 10; u++) numberWords.set(`${w}-${units[u]}`, t * 10 + u);
});

/** English resources: the default language. */
export const en: LanguageResources = {
  code: 'en',
  // (Thousands grouped by a space, a no-break space or a narrow no-break space are one number, as in French: "more than
  // 126 000 people".)
  tokenPattern: /((?<!\b(?:Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August|Sep|Sept|September|Oct|October|Nov|November|Dec|December)\.?\s)\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+|,\d{3})*)|\S/gu,
  extraSpaces: '',
  neverFinal,
  maybeFinal,
  sentenceOpeners: openers,
  closers,
  openers: openersPunct,
  quotePairs: {'“': '”', '"': '"', "''": "''", '«': '»'},
  closingQuotes: /["”’']/,
  cueVerbs,
  attributionPhrase: {before: 'according to', after: ', according to ', article: /^(?:The|A|An)(?= )/},
  afterCues,
  beforeCues: new Map(),
  agentVerbs,
  handlingAgentVerbs: {verbs: handlingAgentVerbs, objects: new Set([...dataNouns, ...documentNouns])},
  agentPrepositions: new Set(['by']),
  dataNouns,
  vagueHeads,
  vagueThings,
  // (Session 35: "according to a Turkish television channel", from a probe of the French kind.)
  outletNouns: new Set(['broadcaster', 'channel', 'daily', 'newspaper', 'outlet', 'paper', 'station', 'tabloid', 'website']),
  vaguePopulations,
  institutionNouns,
  anonymousHeads,
  anonymousQualifier,
  indefinites: new Set(['a', 'an', 'one', 'two', 'three', 'several']),
  quantifiers: new Set(['some', 'many', 'several', 'most', 'certain', 'various', 'numerous', 'other', 'few']),
  // "Some analysts say …, others warn …": one vague group split in two (merge.ts).
  otherGroup: new Set(['others']),
  rankQualifiers: new Set(['leading', 'prominent']),
  definites: new Set(['the', 'these', 'those']),
  headStops: new Set(['of', 'with', 'from', 'at', 'in', 'who', 'close']),
  // (A block quote or list after "Here is the text:" has no speaker unless one is named; see presentingLeadIn.)
  presentingLeadIn: /^\s*(?:(?:here|below)\s+(?:is|are|was|were)\b|(?:the\s+)?following\s+(?:is|are)\b|what\s+follows\b|this\s+is\s+(?:the|a)\s+(?:full\s+)?text\b)/i,
  // ("Svetov tweeted:" > original > translation, then "and:" > original > translation: the same speaker; see
  // continuingLeadIn. Connectives that add a further item, from the Global Voices lead-ins of English batch 5.)
  // (And a bare date, the next entry of the same diary or feed: "April 7, 2012:", "On 9 May:"; session 46, a false alarm
  // on the English held-out news.)
  continuingLeadIn: /^\s*(?:and|also|and\s+also|and\s+then|then|later|and\s+later|plus|as\s+well\s+as|followed\s+by|(?:on\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:,?\s+\d{4})?))\s*[:：]\s*$/i,
  leadInArticles: new Set(['the']),
  // ("Reuters, citing two officials, reported": Reuters's unnamed sources; see citingBefore.)
  citingBefore: /\b(?:citing|quoting|(?:which|who)\s+(?:cited|quoted))\s+$/i,
  anaphors,
  pronounSuffix: null,
  and: 'and',
  npBreakers,
  npInner,
  determiners,
  betweenSubjectAndVerb,
  asides,
  lyNouns,
  finiteAuxiliaries,
  pastForms,
  progressiveAux,
  titleAbbreviations,
  cueAuxiliaries,
  notBeforeCue: new Set(['ever', 'an', 'a']),
  // Determiners before any cue word make it a noun: "some hope", "the report", "his claim".
  nounDeterminers: new Set(['a', 'an', 'her', 'his', 'its', 'my', 'no', 'our', 'such', 'the', 'their', 'these', 'this', 'those', 'whose', 'your']),
  nounQuantifiers: new Set(['any', 'many', 'more', 'most', 'much', 'several', 'some']),
  // Sentences that continue the previous one's attribution: "Of those, 40 were children."
  continuation: /^(?:of (?:those|them|these|the)|among (?:them|those|the)|most of (?:them|those)|many of (?:them|those)|some of (?:them|those)|the (?:figures?|data|report|survey|study|poll|toll|tally|count|statement) (?:also )?(?:show|shows|showed|found|said|put|includes?|included)|that (?:figure|number|total|toll|count)|this (?:figure|number|total|toll))\b/i,
  passiveAuxiliaries: new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']),
  gerundMarker: null,
  // The paragraph-level reading of a quotation's speaker (session 31, `QuoteReach`): "according to" names a source;
  // "people say", "it is said" speak for nobody; '"…" by his coach' and 'rejected by the government, which …
  // "…"' have an agent (not "by the end", "by the time"); 'the "…"', 'for "…"', 'a test called "…"', 'an expression,
  // "…"' put a term in a noun's place; a subject pronoun or a finite auxiliary or copula makes a clause.
  quoteReach: {
    sourceWords: new Set(['according']),
    vagueSubjects: new Set(['people']),
    vagueAfter: new Set(),
    agentAfter: /^[\s,]*(?:\p{Ll}+\s+){0,2}?by\s+(?:the\s|a\s|an\s|his\s|her\s|their\s|its\s|\p{Lu})/u,
    agentBefore: /(?<![\p{L}])by\s+(?:the\s|a\s|an\s|his\s|her\s|their\s|its\s|\p{Lu})(?!end\b|time\b|way\b)/u,
    termSlot: /(?:(?:^|\s)(?:a|an|as|at|called|dubbed|for|in|its|named|of|on|so-called|the|their|this|titled|to)|(?:expression|phrase|slogan|term|word)\s*,)\s*$/iu,
    clause: /(?<![\p{L}])(?:am|are|can|could|did|do|does|had|has|have|he|i|is|it['’]s|must|she|should|they|was|we|were|will|would|you)(?![\p{L}])/iu,
  },
  termBefore: null,
  reflexives: new Set(),
  titleQuote: null,
  continuationReach: 1,
  headFirst: false,
  vagueCompounds: false,
  nestedQuotes: false,
  approximatorStarts: new Set(['over', 'about', 'around', 'nearly', 'almost', 'some', 'more', 'fewer', 'less', 'at']),
  clauseRelatives: new Set(['which', 'who']),
  relatives: new Set(['who', 'that']),
  invertedAfterAuxiliary: false,
  phraseBreakers: new Set([
    'are', 'as', 'because', 'but', 'had', 'has', 'have', 'is', 'said', 'says', 'that', 'was', 'were', 'when', 'which',
    'while', 'who', 'will', 'would',
  ]),
  leadingNoise,
  weekdays,
  commonOpeners,
  beliefCues,
  intentionCues,
  feelingCues,
  claimPassive,
  // A release carried forward (see CarryWords and carriedSources): "A University of Utah study published on Tuesday …"
  // and then "The team analysed …", "the scientists noticed …"; not "These figures may hide …".
  carry: {
    releaseNouns: new Set(['analysis', 'census', 'findings', 'forecast', 'outlook', 'release', 'report', 'research', 'review', 'statistics', 'studies', 'study', 'survey']),
    indicators: new Set(['births', 'claims', 'employment', 'enrollment', 'jobs', 'payrolls', 'sales', 'unemployed', 'unemployment']),
    referents: new Set(['analysis', 'data', 'figures', 'findings', 'poll', 'report', 'research', 'results', 'statistics', 'study', 'survey']),
    authors: new Set(['authors', 'researchers', 'scientists', 'team']),
    measureNouns: new Set(['figure', 'level', 'number', 'proportion', 'rate', 'share', 'total']),
    complements: new Set(['of']),
    determiners: new Set(['that', 'the', 'these', 'this', 'those']),
    openers: /^(?:in detail|over the (?:past )?(?:year|month|quarter)|year[- ]on[- ]year|in total|by contrast|in comparison|compared with)(?![\p{L}])/iu,
    pronouns: /^(?:it|they)(?![\p{L}'’])/iu,
    reasoning: /(?<![\p{L}])(?:may|might|could|would|likely|probably|perhaps|possibly|apparently|seems?|appears? to)(?![\p{L}])/iu,
    forecast: /(?<![\p{L}])(?:will|should|(?:is|are) (?:expected|projected|forecast) to)(?![\p{L}])/iu,
    forecastNouns: new Set(['forecast', 'forecasts', 'outlook', 'projection', 'projections']),
    changeWords: new Set(['decline', 'decrease', 'drop', 'fall', 'increase', 'increases', 'rise']),
  },
  hedges,
  hedgePatterns: [],
  hiddenClaims: [],
  // The charge of a case the paragraph names (§1, §5: public record): "The district court dropped its case against the
  // vicar. He was accused of helping a refugee stay illegally"; not "The minister was accused of lying" with no case.
  legalRecord: {
    caseNouns: ['court', 'indictment', 'lawsuit', 'prosecution', 'prosecutors', 'trial', 'tribunal'],
    charges: new Set(['accused', 'charged']),
    statusWords: new Set<string>(),
  },
  impersonalHearsay: [mediaHearsay],
  anonymity: null,
  numbers: {
    digits: /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/,
    parse: (text) => Number(text.replace(/[, \u00a0\u202f]/g, '')),
    ungroup: (text) => text.replace(/(\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g, '$1'),
    repeatScales: new Map([['million', 1e6], ['m', 1e6], ['billion', 1e9], ['bn', 1e9], ['thousand', 1e3], ['trillion', 1e12]]),
    repeatDigits: /^(\d[\d,]*(?:\.\d+)?)(m|bn|k)?%?$/,
    scales: scaleWords,
    words: numberWords,
    months,
    yearOpeners: new Set(['in', 'since']),
    timeUnits,
    clockWords,
    currencyWords,
    currencyCodes,
    tollNouns,
    labelWords,
    capsBeforeFigures,
    approximators,
    rangeWords: {open: new Set(['between']), join: new Set(['and'])},
    measureUnits: numberMeasureUnits,
    biographical,
    magnitudes: /^(?:dozens|hundreds|thousands|millions|billions|scores|tens)$/,
    magnitudeOf: new Set(['of']),
    // ("several thousand people", "a few hundred protesters"; session 46.)
    scaleOpeners: new Set(['few', 'several']),
    percentWords: new Set(),
    scaleAbbreviations: new Set(),
    ordinalDot: false,
    // ("between 28 and 30 November", "on 12 and 24 June": days of one month; session 28.)
    dayJoins: {joins: new Set(['and', 'or', 'to']), articles: new Set(['the'])},
    // (English fractions, "a third of", "nearly half", are read by figures.ts.)
    fractionNouns: new Set(),
    fractionOpeners: new Set(),
  },
  // "300 injured, including 40 children", "20 skippers, among them 19 men".
  // (And the running total it brings: "it signed 130 new orders, bringing the total to 730"; session 32.)
  subsetOpener: /^[\p{L}\s'’-]{0,40},\s*(?:including|among them|of whom|bringing (?:the|its|their) (?:tally|toll|total) to)\s+$/iu,
  figureWords: {
    ...figureWords,
    agentNouns: /\p{L}{3,}(?:ers|ors|ists|ians|ants|ents)$/u,
    voteWords: new Set(),
    countHeads: new Set(['number']),
    projectionWords: new Set(['could', 'may', 'might', 'will', 'would', "'d", '’d', "'ll", '’ll']),
    bareFollowers: new Set([
      'and', 'are', 'as', 'at', 'by', 'for', 'from', 'had', 'has', 'have', 'in', 'is', 'of', 'on', 'or', 'than', 'to', 'was',
      'were', 'will', 'with', 'would',
    ]),
  },
};
