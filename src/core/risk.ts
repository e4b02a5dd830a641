// Figures by kind and risk (EDITORIAL-STANDARD.md §1): what a number counts, read from the words around it.
import type {Token} from './analysis.js';
import type {FigureWords, LanguageResources} from './languages/types.js';
import type {FigureKind, FigureRisk} from './types.js';
import {singleToll} from './figures.js';
import {lowerText} from './token-text.js';

/** True when `word` is a compound ending in one of `words` of at least five letters ("regierungstruppen"). */
function compoundOf(word: string, words: ReadonlySet<string>): boolean {
  if (word.length < 8) return false;
  for (const w of words) if (w.length >= 5 && word.endsWith(w)) return true;
  return false;
}

/**
 * True when one of the `reach` tokens before `at` (a conversion's "oder", "ou", "or", opening bracket or
 * "umgerechnet") is a currency word or sign, so an amount was just given ("8,50 kanadische Dollar oder", "500 euros (",
 * "13,47 australische Dollar pro Stunde; dies entspricht"). Only words are crossed when `reach` is short.
 */
function moneyBefore(tokens: readonly Token[], at: number, reach: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - reach; k--) {
    const w = tokens[k].lower;
    if (/^(?:dollars?|euros?|pounds?|pfund|franken|francs?|livres?|pesos?|yen|yuan|us-dollar|[$€£¥])$/.test(w)) return true;
    if (!tokens[k].word && reach <= 3) return false;
  }
  return false;
}

/**
 * Whether a demand verb (`FigureWords.demandWords`) governs the figure at tokens `[first, end)`: one stands in the six
 * words before it, in its clause, ends the clause before the colon that opens the figure's own (ten words back at
 * most: "leurs revendications : une hausse de 6 %"), or closes the clause after it within ten words ("Abgaben in Höhe
 * von 50 Prozent fordert."). A comma is crossed into an infinitive clause the verb opens ("haben vorgeschlagen, die Zinslast um 35
 * Prozent zu reduzieren": "zu" in the figure's clause after it). (The words of an amount the figure converts are not
 * counted: "demanded to be paid K1.2 billion or US$ 266,667".) Languages without the list: never.
 */
function demanded(L: LanguageResources, tokens: readonly Token[], first: number, end: number): boolean {
  const demands = L.figureWords.demandWords;
  if (demands === undefined) return false;
  let infinitive = false;
  for (let k = end; k < tokens.length && tokens[k].word; k++) if (tokens[k].lower === 'zu') infinitive = true;
  // (The words of an amount the figure converts are not counted: "K1.2 billion or US$".)
  const amount = (t: Token): boolean => /\d/.test(t.text) || L.numbers.scales.has(t.lower) || L.numbers.currencyCodes.has(t.lower) || /^(?:or|oder|ou|us|[$€£])$/.test(t.lower);
  let words = 0;
  for (let k = first - 1; k >= 0 && words < 6 && !/^[.;:!?]$/.test(tokens[k].text) && (infinitive || tokens[k].text !== ','); k--) {
    if (demands.has(tokens[k].lower)) return true;
    if (!amount(tokens[k])) words++;
  }
  // (Nor before a colon, unless a demand noun opens the list after it, ten words back at most: "leurs revendications :
  // une augmentation générale de salaire de 6 %".)
  for (let k = first - 1; k > 0 && k >= first - 10 && tokens[k].word; k--) {
    if (tokens[k - 1].text === ':') return demands.has(tokens[k - 2]?.lower ?? '');
  }
  for (let k = end; k < tokens.length && k <= end + 10 && tokens[k].word; k++) {
    if (demands.has(tokens[k].lower) && (tokens[k + 1] === undefined || !tokens[k + 1].word)) return true;
  }
  return false;
}

/**
 * Whether one of `nouns` labels the figure at tokens `[first, end)`: it stands in the three words before the figure,
 * in its clause ("threshold of 50,000", "Schwelle von 100", "Kontaktbeschränkungen auf fünf"), or right after it ("a 3%
 * cap"). Where nouns join into compounds (`LanguageResources.vagueCompounds`), a compound counts by its last part.
 */
function labelledBy(L: LanguageResources, tokens: readonly Token[], first: number, end: number, nouns: ReadonlySet<string>): boolean {
  const is = (t: Token | undefined): boolean => t !== undefined && t.word && (nouns.has(t.lower) || L.vagueCompounds && compoundOf(t.lower, nouns));
  if (is(tokens[end])) return true;
  for (let k = first - 1; k >= 0 && k >= first - 3 && tokens[k].word; k--) if (is(tokens[k])) return true;
  return false;
}

/**
 * Whether a noun of `nouns` stands in apposition after the figure's phrase, set off by a comma within four tokens after
 * it (before any full stop, colon or semicolon): "ne devant pas dépasser les 3 % du PIB, limite fixée par l'Union
 * européenne" (session 39, judged a rule's public record on French batch 22).
 */
function namedInApposition(tokens: readonly Token[], end: number, nouns: ReadonlySet<string>): boolean {
  for (let k = end; k < tokens.length && k <= end + 4; k++) {
    if (/^[.;:!?]$/.test(tokens[k].text)) return false;
    if (tokens[k].text === ',') return nouns.has(tokens[k + 1]?.lower ?? '');
  }
  return false;
}

/**
 * Whether the figure at token `first` is the value a threshold noun is set at, by a passive of setting: "ce seuil est
 * abaissé à 30 %", "the cap was raised to 5%" (the noun, a passive auxiliary, one participle, "à"/"to"/"auf", the
 * figure). Not "Ce seuil est franchi par 30 % des familles": who crosses it is a statistic.
 */
function setAt(L: LanguageResources, tokens: readonly Token[], first: number, nouns: ReadonlySet<string>): boolean {
  const at = (k: number): string => tokens[k]?.lower ?? '';
  return first >= 4 && /^(?:à|to|auf)$/.test(at(first - 1)) && tokens[first - 2].word && L.passiveAuxiliaries.has(at(first - 3)) &&
    nouns.has(at(first - 4));
}

/** Relative pronouns that open a clause about the noun before its comma ("ein Gesetz, das …", "der Rat, dessen …"). */
const relatives = /^(?:das|dem|den|denen|der|deren|des|dessen|die|welche|welchem|welchen|welcher|welches)$/;

/**
 * Whether the figure at tokens `[first, end)` is the content of a named actor's act (`FigureWords.acts`): its clause
 * (between commas and ".;:!?", reaching back over the comma before an infinitive clause with "zu" to the clause that
 * governs it) holds one of the act's verbs, or a separable one's finite form with its particle closing the clause,
 * and an actor (a body, an office or a document, capitalised, or a name in capitals: "UNO", "SPD"); a relative clause
 * finds its actor in the clause before it too ("ein Gesetz, das 500 Millionen Euro vorsieht"). Not in a hypothetical
 * clause (`notPlans`, "würde"). Languages without the lists: never.
 */
function enacted(L: LanguageResources, tokens: readonly Token[], first: number, end: number): boolean {
  const acts = L.figureWords.acts;
  if (acts === undefined) return false;
  const stop = (k: number): boolean => clauseStop.test(tokens[k].text);
  const hard = (k: number): boolean => /^[.;:!?]$/.test(tokens[k].text);
  const [from, to] = clauseOf(tokens, first, end);
  const clause = (a: number, b: number): Token[] => tokens.slice(a, b).filter((t) => t.word);
  const own = clause(from, to);
  let words = own;
  // ("beschloss, 500 Soldaten zu entsenden", "will anbieten, dass der Bund 800 Millionen Euro aufbringt": an infinitive
  // or a "dass" clause is the object of the verb that governs it, and reaches back to it.)
  const infinitive = words[0]?.lower === 'dass' || words.some((t) => t.lower === 'zu') || words.some((t) => acts.verbs.has(t.lower) && /\p{L}zu\p{L}+en$/u.test(t.lower));
  let before: Token[] = [];
  if (from > 0 && !hard(from - 1)) {
    let back = from - 1;
    while (back > 0 && !stop(back - 1)) back--;
    before = clause(back, from - 1);
    if (infinitive) words = [...before, ...words];
  }
  // (Nor a negated one, "wurden nicht gezahlt", "kein Geld bewilligt": what an actor did not do is a fact about the world.)
  const hypothetical = (ts: readonly Token[]): boolean => ts.some((t) => L.figureWords.notPlans?.has(t.lower) === true || /^würden?$/.test(t.lower) ||
    acts.negators.has(t.lower) || acts.hypothetical?.test(t.lower) === true);
  if (hypothetical(words)) return false;
  const verbIn = (ts: readonly Token[]): boolean => {
    const last = ts[ts.length - 1]?.lower ?? '';
    // (Where the act's content follows its verb, `acts.participles`: a verb after the figure only as a participle.)
    return ts.some((t) => acts.verbs.has(t.lower) && (acts.participles === undefined || t.from < tokens[first].from || acts.participles.test(t.lower)) ||
      acts.separable.has(`${t.lower} ${last}`));
  };
  const actor = (t: Token): boolean => namesActor(L, t) && !afterPlace(L, tokens, t) || properName(L, tokens, t);
  const relative = (acts.relatives ?? relatives).test(tokens[from]?.lower ?? '') && before.length > 0;
  if (verbIn(own) || words !== own && verbIn(before)) return words.some(actor) || relative && before.some(actor);
  // ("Der Landtag verabschiedete ein Paket, das 200 Millionen Euro umfasst": a relative clause on the act's document,
  // the noun right before its comma, gives the act's content.)
  return relative && !hypothetical(before) && actor(before[before.length - 1]) && verbIn(before) && before.some(actor);
}

/** A comma or a sentence mark ".;:!?": what bounds a figure's clause. */
const clauseStop = /^[,.;:!?]$/;

/**
 * The clause of the figure at tokens `[first, end)`, as token indices `[from, to)`: from just after the comma or
 * sentence mark before it (or the sentence's start) to the next one at or after `end` (or the sentence's end).
 */
function clauseOf(tokens: readonly Token[], first: number, end: number): [number, number] {
  const from = clauseStart(tokens, first);
  let to = end;
  while (to < tokens.length && !clauseStop.test(tokens[to].text)) to++;
  return [from, to];
}

/**
 * The first token of the clause holding token `first`: just after the comma or sentence mark before it, or 0; or, with
 * `limit`, no more than `limit` tokens before `first`.
 */
function clauseStart(tokens: readonly Token[], first: number, limit = Infinity): number {
  let from = first;
  while (from > 0 && first - from < limit && !clauseStop.test(tokens[from - 1].text)) from--;
  return from;
}

/**
 * Whether token `t` names the actor of an act (`FigureWords.acts.actors`: a body, an office or a document, written
 * with a capital) or is a name in capitals ("UNO", "SPD-Fraktion"), in languages with or without the act lists.
 */
function namesActor(L: LanguageResources, t: Token): boolean {
  const acts = L.figureWords.acts;
  return (t.cap || acts?.anyCase === true) && acts?.actors.test(t.lower) === true || t.cap && /^\p{Lu}{2,}$/u.test(t.text.split('-')[0]);
}

/**
 * Whether token `t` of the sentence `tokens` is a name where only names are capitalised inside a sentence
 * (`acts.properNames`): capitalised, not the sentence's first word nor right after a sentence mark, a quotation mark
 * or a preposition of place ("à Paris", "en France": a place, not an actor).
 */
function properName(L: LanguageResources, tokens: readonly Token[], t: Token): boolean {
  const names = L.figureWords.acts?.properNames;
  if (names === undefined || !t.cap || !t.word) return false;
  const k = tokens.indexOf(t);
  const before = tokens[k - 1];
  return k > 0 && before !== undefined && !/^[.!?:;«»"“”(\[]$/.test(before.text) && !names.placePrepositions.has(before.lower) && !L.sentenceOpeners.has(t.text);
}

/**
 * Whether token `t` of the sentence `tokens` stands right after a preposition of place (`acts.properNames`: "au
 * SMIC", "en France"), where no actor stands.
 */
function afterPlace(L: LanguageResources, tokens: readonly Token[], t: Token): boolean {
  const names = L.figureWords.acts?.properNames;
  return names !== undefined && names.placePrepositions.has(tokens[tokens.indexOf(t) - 1]?.lower ?? '');
}

/** Whether a word of the figure's clause (`clauseOf`) is in one of `lists`. */
function clauseHas(tokens: readonly Token[], first: number, end: number, ...lists: ReadonlyArray<ReadonlySet<string>>): boolean {
  const [from, to] = clauseOf(tokens, first, end);
  for (let k = from; k < to; k++) {
    // (Lists tested in a loop of their own: a closure over `k` would be a context allocated for every word.)
    const lower = tokens[k].lower;
    for (const list of lists) if (list.has(lower)) return true;
  }
  return false;
}

/** How a figure is written: a count, a percentage, money, a proportion or a vague magnitude ("hundreds of"). */
export type FigureForm = 'count' | 'percent' | 'money' | 'fraction' | 'magnitude';

/** The risk of each kind of figure, from the standard's table: high and medium need a source, none never does. */
export const riskOfKind: Readonly<Record<FigureKind, FigureRisk>> = {
  harm: 'high',
  crowd: 'high',
  poll: 'high',
  health: 'high',
  crime: 'high',
  economy: 'medium',
  money: 'medium',
  business: 'medium',
  estimate: 'medium',
  proportion: 'medium',
  count: 'low',
  sport: 'none',
  market: 'none',
  vote: 'none',
  measurement: 'none',
  address: 'none',
  label: 'none',
  family: 'none',
  time: 'none',
};

// Every lexicon a sentence is tested against gets one bit; a word's mask says which lexicons hold it (per language).
const lexiconNames = [
  'businessWords', 'crimeWords', 'crowdWords', 'damageWords', 'economyWords', 'estimateWords', 'eventNouns', 'harmWords',
  'healthWords', 'marketWords', 'pollWords', 'prizeWords', 'setAmounts', 'sportWords', 'statNouns', 'voteWords',
  'electionWords', 'onlineWords', 'resultWords', 'statutoryRates',
] as const satisfies ReadonlyArray<keyof FigureWords>;
const bitsByLanguage = new WeakMap<FigureWords, {lexiconBit: Map<ReadonlySet<string>, number>; wordBits: Map<string, number>}>();

function bitsOf(words: FigureWords): {lexiconBit: Map<ReadonlySet<string>, number>; wordBits: Map<string, number>} {
  let bits = bitsByLanguage.get(words);
  if (!bits) {
    const lexicons = lexiconNames.map((name) => words[name]);
    const wordBits = new Map<string, number>();
    lexicons.forEach((set, i) => {
      for (const w of set) wordBits.set(w, (wordBits.get(w) ?? 0) | (1 << i));
    });
    bitsByLanguage.set(words, bits = {lexiconBit: new Map(lexicons.map((set, i) => [set, 1 << i])), wordBits});
  }
  return bits;
}
const sentenceBits = new WeakMap<readonly Token[], number>();

/**
 * The lexicons (as bits) that the words of a sentence, and of a table cell's header, belong to; the sentence's once
 * per token array (the editor's memo shares one array between sentences of the same text, whatever their header).
 */
function lexiconBitsOf(wordBits: ReadonlyMap<string, number>, tokens: readonly Token[], header: string | undefined, reflexive?: FigureWords['reflexiveSenses']): number {
  let bits = sentenceBits.get(tokens);
  if (bits === undefined) {
    bits = 0;
    // ("Nikkei-Index", "DAX-Werte": a hyphenated compound counts by its last part too.)
    // (Not a word whose reflexive verb means something else, its pronoun one to three words before it: "se sont
    // déplacés", went, not displaced; see `FigureWords.reflexiveSenses`.)
    tokens.forEach((t, i) => {
      if (!t.word) return;
      if (reflexive !== undefined && reflexive.words.has(t.lower) && [tokens[i - 1], tokens[i - 2], tokens[i - 3]].some((p) => p !== undefined && reflexive.pronouns.has(p.lower))) return;
      bits! |= wordBits.get(t.lower) ?? (t.lower.includes('-') ? wordBits.get(t.lower.slice(t.lower.lastIndexOf('-') + 1)) ?? 0 : 0);
    });
    sentenceBits.set(tokens, bits);
  }
  if (header) for (const w of header.toLowerCase().match(/\p{L}+/gu) ?? []) bits |= wordBits.get(w) ?? 0;
  return bits;
}

/**
 * Whether the market words of a figure's sentence speak of the figure: always, unless the figure stands in brackets,
 * which gloss only the clause right before them: "une chute des ventes (15,2 % de moins …), ajoutée à une chute libre
 * du titre en bourse (- 33 %)" gives a sales figure, then a market move.
 */
function marketNear(tokens: readonly Token[], first: number, end: number, marketWords: ReadonlySet<string>): boolean {
  let open = first - 1;
  while (open >= 0 && tokens[open].text !== '(' && tokens[open].text !== ')') open--;
  let close = end;
  while (close < tokens.length && tokens[close].text !== ')' && tokens[close].text !== '(') close++;
  if (open < 0 || tokens[open].text !== '(' || close >= tokens.length || tokens[close].text !== ')') return true;
  let from = open - 1;
  while (from >= 0 && !/^[,;:()]$/.test(tokens[from].text)) from--;
  return tokens.slice(from + 1, close).some((t) => marketWords.has(t.lower));
}

/** The members a union counts, in a partitive ("22 des 27 gouvernements de l'Union"): governments, countries, states. */
const unionNouns = /^(?:countries|governments|nations|states|gouvernements|nations|pays|états|länder|regierungen|staaten)$/;

const timeUnits = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|nights?)$/;

/**
 * Classify one figure of a sentence by how the number is used: the unit or noun after it, the word before it, and
 * the verbs and nouns of its sentence.
 *
 * @param L
 *   The draft's language.
 * @param tokens
 *   The sentence's tokens.
 * @param first
 *   Index of the figure's first token (its approximator or currency sign included).
 * @param end
 *   One past the figure's last token.
 * @param form
 *   How the figure is written.
 * @param header
 *   For a table cell, its column's header, whose words say what the cell counts.
 * @returns
 *   The figure's kind; its risk is `riskOfKind[kind]`.
 */
export function classifyFigure(L: LanguageResources, tokens: readonly Token[], first: number, end: number, form: FigureForm, header?: string): FigureKind {
  const {
    businessWords, crimeNouns, crimeWords, crowdNouns, crowdWords, currencyNouns, damageWords, economyWords, estimateWords,
    eventNouns, familyNouns, harmNouns, harmWords, healthWords, marketWords, measureUnits, personNouns, pollWords,
    prizeWords, propertyNouns, setAmounts, sportWords, statNouns, streetWords, agentNouns, voteWords,
  } = L.figureWords;
  const {lexiconBit, wordBits} = bitsOf(L.figureWords);
  const lower = (i: number): string => tokens[i]?.lower ?? '';
  const figureText = lowerText(tokens, first, end);
  const last = tokens[end - 1];
  // "two prisoners, Bilal Dhiab and Thaer Halahleh, …": a small count whose members are named is a detail.
  const named = tokens[end + 1]?.text === ',' && tokens[end + 2]?.cap === true;
  // ("deux individus, A et B, dans une pièce": the same in every language, its numbers in words; session 34.)
  const small = L.numbers.words.get(last?.lower ?? '');
  if (named && form === 'count' && (/^(?:two|three|four|five|[2-5])$/.test(last?.lower ?? '') || small !== undefined && small >= 2 && small <= 5)) return 'count';
  // Words after the figure, up to the first punctuation (its head noun is among them).
  const after: string[] = [];
  for (let k = end; k < tokens.length && after.length < 4 && tokens[k].word; k++) after.push(tokens[k].lower);
  // The noun phrase after the figure, names and modifiers included ("2,000 Palestinian prisoners", "300 remaining
  // demonstrators"): the figure counts whichever of its words says what is counted.
  const nounPhrase = after.slice(0, 3);
  // A label before the figure says what it counts too: "Deaths: 1,140", "a death toll of 20,000".
  // (Not across "von" or "aus" when a noun follows the figure: "Repräsentanten von 60 Ländern" counts countries.)
  const ownNoun = after.length > 0 && /^(?:aus|von)$/.test(tokens[first - 1]?.lower ?? '');
  for (let k = first - 1; !ownNoun && k >= 0 && k >= first - 3 && (tokens[k].word || tokens[k].text === ':'); k--) if (tokens[k].word) nounPhrase.push(tokens[k].lower);
  // ("Les visiteurs, environ un millier, qui étaient à l'intérieur", "The protesters, about 1,000, marched": a figure set
  // off by commas right after a noun, with no noun of its own, counts that noun; session 30.)
  if (after.length === 0 && tokens[first - 1]?.text === ',' && tokens[end]?.text === ',') {
    for (let k = first - 2; k >= 0 && k >= first - 3 && tokens[k].word; k--) nounPhrase.push(tokens[k].lower);
  }
  // ("De nombreux foyers ont été privés d'électricité (jusqu'à 330 000, puis 237 000)": a figure with no noun of its own
  // that opens brackets glosses the clause before them, whose words say what it counts (up to eight, back to the
  // clause's start); session 33, a count the French batch 15 judges expected.)
  const glossed: string[] = [];
  if (after.length === 0 && tokens[first - 1]?.text === '(') {
    for (let k = first - 2; k >= 0 && k >= first - 9 && !clauseStop.test(tokens[k].text); k--) if (tokens[k].word) glossed.push(tokens[k].lower);
    nounPhrase.push(...glossed);
  }
  // ("le nombre de manifestants s'est élevé à 282 000 environ", "the number of protesters rose to 282,000", "die Zahl
  // der Demonstranten stieg auf …": a subject "number of X" in the figure's clause before it says what it counts, however
  // many words its verb takes; the word after the count noun's one or two linking words, and the next. Session 42, a
  // crowd the French tuning set's judges agreed was missed.)
  const countHeads = L.figureWords.countHeads;
  if (countHeads !== undefined) {
    for (let k = first - 1; k >= 0 && k >= first - 10 && !clauseStop.test(tokens[k].text); k--) {
      if (!countHeads.has(tokens[k].lower)) continue;
      let n = k + 1;
      while (n < first && n <= k + 2 && (!tokens[n].word || tokens[n].lower.length <= 3)) n++;
      if (n < first && tokens[n].word) nounPhrase.push(tokens[n].lower, lower(n + 1));
      break;
    }
  }
  // A table cell's column header names what its numbers count.
  if (header) nounPhrase.push(...(header.toLowerCase().match(/\p{L}+/gu) ?? []));
  // (Where compounds are one word, "Regierungstruppen" counts troops.)
  const counts = (words: ReadonlySet<string>): boolean => nounPhrase.some((w) => words.has(w) || L.vagueCompounds && compoundOf(w, words));
  const next = after[0] ?? '';
  const prev = lower(first - 1);
  const sentenceLexicons = lexiconBitsOf(wordBits, tokens, header, L.figureWords.reflexiveSenses);
  // Which lexicons the sentence's words belong to, one bit each, computed once per sentence.
  const has = (words: ReadonlySet<string>): boolean => (sentenceLexicons & (lexiconBit.get(words) ?? 0)) !== 0;
  // No noun after the figure ("12 died", "tolls of 9,000 were feared"): it counts what its sentence is about.
  // ("un manifestant est mort, 44 autres ont été blessés", "two died and 12 others were hurt": "others" stands for the
  // noun counted before, an ellipsis, and the figure is as bare as without it.)
  const elliptic = /^(?:autres|others)$/.test(next) && (after.length === 1 || L.figureWords.bareFollowers.has(after[1]) || harmWords.has(after[1]));
  const bare = after.length === 0 || L.figureWords.bareFollowers.has(next) ||
    harmWords.has(next) || crowdWords.has(next) || elliptic;
  const head = bare ? '' : after.find((w) => !/^(?:more|other|new|young|local|of|the|a|an)$/.test(w)) ?? '';

  // "Es sollen 117 Straßensperren errichtet werden, mehr als die Hälfte soll aus Betonklötzen bestehen": a fraction
  // with nothing after it that it is a share of ("die Hälfte der Wähler") splits the figure before it in its sentence;
  // it is that figure's claim, one problem (EDITORIAL-STANDARD.md §7). (Where every noun is capitalised: German.)
  if (form === 'fraction' && L.numbers.capsBeforeFigures === null && (after.length === 0 || !tokens[end]?.cap && !/^(?:aller|der|des|dieser|ihrer|seiner|unserer)$/.test(next)) &&
    tokens.slice(0, first).some((t) => L.numbers.digits.test(t.text) && !/^\d{4}$/.test(t.text))) return 'count';
  // ("Le sondage réalisé par l'institut BVA auprès d'un échantillon de 1002 personnes", "a sample of 1,000 adults": the
  // size of a poll's or a study's sample is its method, given with it, no count anyone must vouch for; session 32,
  // judged noise on the French tuning set.)
  if (form === 'count' && (/^(?:échantillon|sample|stichprobe)$/.test(prev) ||
    /^(?:d['’]|de|of|von)$/.test(prev) && /^(?:échantillon|sample|stichprobe)$/.test(lower(first - 2)))) return 'count';
  // Never a figure to source.
  // "a microblog titled 99% Spring": a number in a name.
  if (/^(?:titled|entitled|called|named|dubbed)$/.test(prev) || /^(?:titled|entitled|called|named|dubbed)$/.test(lower(first - 2)) && tokens[first - 1]?.cap) return 'label';
  // "elects 70 members of the Legislative Council": the size of a named body is its public record.
  if (next === 'members' && after[1] === 'of' && (tokens[end + 2]?.cap || tokens[end + 3]?.cap)) return 'label';
  if (prev === 'top' || /^(?:no|number|ranked|rank)$/.test(prev)) return 'label';
  const compound = /^\d[\d,.]*-(\p{L}+)$/u.exec(last?.lower ?? '');
  if (compound && (measureUnits.has(compound[1]) || timeUnits.test(compound[1]))) return 'measurement';
  // A rate ("400,000 barrels a day", "600 lorries a day") is a statistic.
  // ("plus de 10 000 appels par demi-heure": the language's own prepositions and time units.)
  const rate = after.some((w, k) => (w === 'a' || w === 'per' || w === 'each') && timeUnits.test(after[k + 1] ?? '') ||
    L.figureWords.ratePrepositions?.has(w) === true && L.numbers.timeUnits.has(after[k + 1] ?? ''));
  const descriptive = !has(harmWords) && !has(crimeWords) && !has(estimateWords);
  // "à 450 km environ des côtes", "à 30 km au nord de Gao", "50 miles from the border": a place given by its distance
  // is a measurement, whatever the sentence says happened there (so before the area destroyed below: "l'ATV qui se
  // détruit … à 450 km environ des côtes").
  const unitAt = measureUnits.has(next) ? 1 : /^(?:environ|about|around|some)$/.test(next) && measureUnits.has(after[1] ?? '') ? 2 : 0;
  const away = after[unitAt] ?? '';
  // ("à environ 70 km à l'ouest de Bagdad": "à" and a direction too; session 33.)
  if (form === 'count' && unitAt > 0 && (away === 'from' || prev === 'à' && /^(?:à|au|d['’]|de|des|du|environ)$/.test(away))) return 'measurement';
  // "scorched 12,000 hectares": an area or amount destroyed is a toll.
  if (form === 'count' && !descriptive && measureUnits.has(next) && has(damageWords)) return 'harm';
  if (form === 'count' && descriptive && (measureUnits.has(next) || measureUnits.has(after[1] ?? '') && /^(?:high|long|wide|deep|tall)$/.test(after[2] ?? ''))) return 'measurement';
  // ("le couteau de 20 centimètres qui l'a tuée", "a 20 cm blade": in a sentence of harm or crime that tells of no damage
  // and no estimate, a length or a weight describes a thing, it counts no victim; session 32, judged noise.)
  if (form === 'count' && measureUnits.has(next) && !has(damageWords) && !has(estimateWords)) return 'measurement';
  // ("éjectée à des vitesses de plusieurs milliers de kilomètres par seconde", "thousands of miles away": a vague
  // magnitude of a unit is a measurement too, in a sentence that tells of no harm; "Plusieurs milliers de kilomètres de
  // routes ont été détruits" stays a toll. Session 31, judged noise on French batch 13.)
  if (form === 'magnitude' && descriptive && measureUnits.has(next)) return 'measurement';
  if (form === 'count' && (streetWords.has(after[1] ?? '') && tokens[end]?.cap || /^(?:route|highway|junction|exit|interstate|motorway|platform)$/.test(prev))) return 'address';
  // ("au 10, Downing Street", "au 12, rue de la Paix", "le 5 rue Mouffetard": a number set off by a comma from a street's
  // name, or a street word right after it then a name, is an address too; session 37, judged a misread on French
  // batch 20.)
  if (form === 'count') {
    const k = tokens[end]?.text === ',' ? end + 1 : end;
    const w = tokens[k];
    if (w?.word === true && (k > end && w.cap && streetWords.has(tokens[k + 1]?.lower ?? '') && tokens[k + 1].cap ||
      streetWords.has(w.lower) && (tokens[k + 1]?.cap === true || /^(?:de|des|du|d['’])$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.cap === true ||
        /^(?:de|du)$/.test(tokens[k + 1]?.lower ?? '') && /^(?:la|l['’])$/.test(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.cap === true))) return 'address';
  }
  // "33 millions", "fünf Millionen Auslandsungarn": nobody at the scene counts millions; a count that large is a
  // statistic someone compiled (a population, a membership), not a thing anyone could see, nor, unless it counts
  // votes, an election's result. (Not a conversion in brackets: "$875,000 (10 million Korean Won)".)
  // ("40 000 milliards de km", "27,5 Milliarden Kubikmetern": a unit after the scale makes it a measurement.)
  const millions = form === 'count' && prev !== '(' && !after.slice(0, 3).some((w) => measureUnits.has(w)) && tokens.slice(first, end).some((t) =>
    (L.numbers.scales.get(t.lower) ?? 0) >= 1e6 || L.numbers.digits.test(t.text) && L.numbers.parse(t.text) >= 1e6);
  // "51 % des voix", "38,7 Prozent der Zweitstimmen": an election result is the returning officer's record.
  // (Not a crowd in the same sentence: "brachten zur Abstimmung zehntausende ihrer Anhänger in die Stadt".)
  // (Not a projection: "Sie könnten 38 Prozent der Stimmen erhalten", "Ils pourraient obtenir 38 % des voix" is someone's
  // forecast; session 42, a miss on the German tuning set.)
  if (has(voteWords) && !(millions && !counts(voteWords)) && !has(pollWords) && !has(harmWords) && !counts(harmNouns) && !counts(crowdNouns) && (form === 'percent' || form === 'count' || form === 'magnitude' || form === 'fraction') &&
    !projection(L, tokens, first)) return 'vote';
  if (/^(?:votes?|ayes|nays|abstentions)$/.test(next) || /^(?:voted|vote)$/.test(prev) || prev === 'to' && /^votes?$/.test(lower(first - 2))) return 'vote';
  // ("Des 1500 membres présents, 79,9 % ont voté en faveur", "312 députés ont approuvé le texte": a tally whose own verb
  // is a vote; not in a poll's sentence; session 30.)
  const {voteVerbs} = L.figureWords;
  if (voteVerbs !== undefined && form !== 'money' && after.slice(0, 4).some((w) => voteVerbs.has(w)) && !has(pollWords) && !has(harmWords)) return 'vote';
  // ("Quelque 330 000 salariés ont voté sur 4,5 millions": the total after a vote verb and "sur", "out of", is the roll
  // the turnout is counted against, public record as the tally; session 40, judged noise on French batch 23.)
  if (voteVerbs !== undefined && prev === 'sur' && voteVerbs.has(lower(first - 2)) && !has(pollWords)) return 'vote';
  // "the official turnout figure of 42.9%", "results for the party were less than 40%": an election's published result.
  // (English lists these words; in a language whose lists are empty neither reading applies.)
  const {electionWords, onlineNouns, onlineWords, resultWords} = L.figureWords;
  if ((form === 'percent' || form === 'fraction') && has(electionWords) && has(resultWords) && !has(estimateWords)) return 'vote';
  // "United Russia won less than 40% of the vote": a share of the vote that a party won is its result, with or without
  // the election named in the sentence; "would win 40% of the vote" is a projection.
  if (form === 'percent' && after[0] === 'of' && after[1] === 'the' && /^(?:ballots|vote|votes)$/.test(after[2] ?? '') &&
    has(resultWords) && !has(estimateWords) && !has(pollWords) && !projection(L, tokens, first)) return 'vote';
  // "2,548 tweets per minute", "over 2,400 members have joined a Facebook group": counts anyone can see on the page.
  if (form === 'count' && (counts(onlineNouns) || next === 'members' && has(onlineWords)) && !has(harmWords) && !has(crimeWords)) return 'count';
  if (/^(?:youngest|eldest|oldest|father|mother|parent|one)$/.test(lower(first - 2)) && prev === 'of' && familyNouns.has(next || 'children')) return 'family';
  // "his wife and four children", "their three sons": a person's own family counted.
  if (form === 'count' && familyNouns.has(next) && (/^(?:his|her|their|my|our)$/.test(prev) ||
    prev === 'and' && /^(?:husband|partner|spouse|wife)$/.test(lower(first - 2)))) return 'family';
  // ("elle était mariée et avait deux enfants", "il a trois fils": the object of a verb of having; not in a sentence of
  // harm, "avait tué ses deux enfants"; session 30.)
  // ("les emplois de sa femme et de deux de ses enfants", "two of his children", "zwei ihrer Kinder": some of a person's
  // own children, a family count too; not in a sentence of harm, "a tué deux de ses enfants"; session 32, judged noise.)
  const possessive = /^(?:his|her|ihrer|leurs|seiner|ses|their)$/;
  if (form === 'count' && !has(harmWords) && (/^(?:de|of)$/.test(next) && possessive.test(after[1] ?? '') && familyNouns.has(after[2] ?? '') ||
    possessive.test(next) && familyNouns.has(after[1] ?? ''))) return 'family';
  const {haveVerbs} = L.figureWords;
  if (haveVerbs !== undefined && form === 'count' && familyNouns.has(next) && haveVerbs.has(prev) && !has(harmWords)) return 'family';
  if (form === 'count' && (timeUnits.test(next) || /^(?:to|and|-|–)$/.test(next) && timeUnits.test(lower(end + 2)))) return 'time';
  // ("de 10 à 20 ans de réclusion", "entre 5 et 7 ans", "il y a environ 5 millions d'années", "décédée à l'âge de 94",
  // "de 14 h à 18 h 30": a range of durations, a span of years, an age and a clock time in the language's own words,
  // never a figure to source (EDITORIAL-STANDARD.md §1); session 30, noise in the French tuning set.)
  const {timeUnits: units, clockWords} = L.numbers;
  if (form === 'count' && (/^(?:à|et|ou)$/.test(next) && units.has(lower(end + 2)) || /^(?:d['’]|de)$/.test(next) && units.has(after[1] ?? '') ||
    prev === 'de' && /^(?:âge|âgée?s?)$/.test(lower(first - 2)) || clockWords.has(prev) && /^\d{1,2}$/.test(lower(first - 2)))) return 'time';
  // ("Le score final est de 47 - 3": a score written with spaces around its dash is the match's public record.)
  if (form === 'count' && /^[-–]$/.test(tokens[end]?.text ?? '') && /^\d{1,3}$/.test(tokens[end + 1]?.text ?? '') && /^\d{1,3}$/.test(last?.text ?? '') &&
    (has(sportWords) || has(statNouns) || tokens.some((t) => t.lower === 'score'))) return 'sport';
  if (form === 'count' && /^(?:at|was|aged|age)$/.test(prev) && after.length === 0 && /^(?:\d{1,2}|\p{L}+teen|\p{L}+ty)$/u.test(figureText)) return 'time';
  // ("commercialisée … au prix de 59 euros", "priced at $999": a seller's list price is public, like a market's; "une
  // capacité maximale de 840 passagers", "can carry up to 330 passengers": a specification; "3 000 euros d'amende", "une
  // caution de 200 000 £", "a $5,000 fine": the amount a court set, its public record, like its tallies. EDITORIAL-
  // STANDARD.md §1; session 36, judged noise on French batch 19 and the French tuning set.)
  const {courtAmounts, listPriceLead, specLead} = L.figureWords;
  if (form === 'money' && listPriceLead !== undefined && !has(harmWords) && !has(crimeWords) &&
    (listPriceLead.test(leadOf(tokens, first)) || listedBefore(L, tokens, first, listPriceLead))) return 'market';
  if (form === 'money' && courtAmounts !== undefined && counts(courtAmounts)) return 'count';
  if ((form === 'count' || form === 'magnitude') && specLead !== undefined && !has(harmWords) && specLead.test(leadOf(tokens, first))) return 'measurement';
  if (has(marketWords) && (form === 'percent' || next === 'points' || form === 'money') && !has(harmWords) && marketNear(tokens, first, end, marketWords)) return 'market';
  if ((form === 'money' || form === 'count') && exchangeRate(L, tokens, first, end, after)) return 'market';
  if (form === 'money' && priceQuote(L, tokens, first)) return 'market';
  // Prize money of a match or tournament is the event's public record ("won the championship and $50,000").
  if (form === 'money' && has(eventNouns) && has(prizeWords)) return 'sport';
  if (statNouns.has(next) || has(sportWords) && (/^\d+-\d+$/.test(last?.text ?? '') || /^(?:games|matches|races|starts)$/.test(next) || form === 'count' && after.length === 0 && has(statNouns))) return 'sport';
  // "19 des 20 skippers sont partis des Sables d'Olonne … avant même le départ": the starters or finishers of a race
  // are its public record, like its score (not when the sentence tells of harm or crime: "deux coureurs blessés").
  const {competitorNouns} = L.figureWords;
  if (competitorNouns !== undefined && form === 'count' && counts(competitorNouns) && (has(eventNouns) || has(sportWords)) && !has(harmWords) && !has(crimeWords)) return 'sport';
  // ("est en capacité d'accueillir 20 000 personnes": a venue's size; see `FigureWords.capacityBefore`; session 41.)
  if ((form === 'count' || form === 'magnitude') && L.figureWords.capacityBefore?.test(lowerText(tokens, Math.max(0, first - 5), first)) === true) return 'count';
  // ("Trente hommes participent au programme court", "43 pays participeront à cette édition": those who take part in a
  // contest, whatever noun counts them; see `FigureWords.contestAfter`; session 41.)
  if (form === 'count' && L.figureWords.contestAfter?.test(lowerText(tokens, end, end + 8)) === true && !has(harmWords) && !has(crimeWords)) return 'sport';
  // "domine le match jusqu'à 6-1, 4-2, avec 17 aces et 56 % de premières balles": a player's share in a match whose
  // score the sentence gives is the match's public record (the official statistics), like its score.
  if (form === 'percent' && has(sportWords) && !has(economyWords) && !has(harmWords) && !has(pollWords) && tokens.some((t) => /^\d{1,2}-\d{1,2}$/.test(t.text))) return 'sport';

  // "22 des 27 États membres", "22 of the 27 member states": the members of a named union are its public record.
  // ("22 des 27 gouvernements de l'Union", "22 of the 27 governments": a share of a union's members, both numbers.)
  const partitive = /^(?:des|der|of)$/.test(after[0] ?? '') && /^\d+$/.test(after[1] === 'the' ? after[2] ?? '' : after[1] ?? '') ||
    /^(?:des|der)$/.test(prev) && /^\d+$/.test(lower(first - 2)) || prev === 'the' && lower(first - 2) === 'of' && /^\d+$/.test(lower(first - 3));
  // (Only the figure's own words, before an "and" that adds another: "147 passagers et 6 membres d'équipage"; nor past
  // a word that opens a subset of them: "embarquait 92 personnes dont 64 membres des chœurs de l'Armée rouge", where
  // the members are some of the 92, not what the 92 count. Session 41, a missed toll on French batch 24.)
  const joined = after.findIndex((w) => w === L.and || w === 'dont' || w === 'including' || w === 'darunter');
  const own = joined < 0 ? after : after.slice(0, joined);
  if ((own.some((w) => L.figureWords.memberNouns.has(w)) || partitive && own.some((w) => L.figureWords.memberNouns.has(w) || unionNouns.test(w))) &&
    (form === 'count' || form === 'magnitude') && !has(harmWords)) return 'label';
  // "8,50 kanadische Dollar oder 8,15 US-Dollar", "umgerechnet 11,50 US-Dollar", "500 euros (about $550)": a
  // conversion of an amount is arithmetic, like a measurement's.
  if (form === 'money' && (L.figureWords.conversionWords.has(prev) && moneyBefore(tokens, first - 1, first - 1) || (prev === '(' || prev === 'oder' || prev === 'ou' || prev === 'or') && moneyBefore(tokens, first - 1, 3))) return 'measurement';
  // "Un casque bleu a été tué dans les combats": a toll of one, its article the figure (see `FigureWords.singleToll`).
  if (first === 0 && form === 'count' && end > 1 && singleToll(L, tokens) === end) return 'harm';
  // ("les victimes des attentats de janvier 2015 (17 morts)", "the 2004 tsunami (230,000 dead)": a figure in brackets
  // that glosses an event dated by its year just before them is that past event's settled public record, background,
  // not the story's news; "l'incendie de mardi (42 morts)" stays the news. Session 31, judged noise on French batch 13.)
  if ((form === 'count' || form === 'magnitude') && prev === '(' && tokens.slice(end, end + 3).some((t) => t.text === ')') && tokens.slice(Math.max(0, first - 4), first - 1).some((t) => /^(?:1[89]|20)\d\d$/.test(t.text))) return 'count';
  // "Rappelons que cet accident avait fait 228 morts": a figure recalled as background is settled public record.
  const {recallOpening} = L.figureWords;
  if (recallOpening !== null && recallOpening.test(lowerText(tokens, 0, 4))) return 'count';
  // (The toll of an event its sentence remembers: "le centième anniversaire de cette catastrophe qui fit 1099 morts".)
  const {memorialWords} = L.figureWords;
  // (Not "anniversaire" as a birthday, "lors d'un anniversaire", "une fête d'anniversaire": the anniversary of an event has
  // an ordinal before it or its event after it, "le 58e anniversaire de l'indépendance"; session 41, a missed toll on
  // French batch 24.)
  const memorial = (k: number): boolean => memorialWords!.has(tokens[k].lower) && (!/^anniversaires?$/.test(tokens[k].lower) ||
    /(?:ième|^\d+e|^premier)$/.test(lower(k - 1)) || /^(?:de|du|des|d['’])$/.test(lower(k + 1)));
  if (memorialWords !== undefined && (counts(harmNouns) || has(harmWords)) && tokens.some((_, k) => memorial(k))) return 'count';
  // "La région avait été dévastée en mars 2011 par un séisme, suivi d'un tsunami qui avait fait plus de 18 000 morts":
  // the pluperfect of a dated past event recalls it as background, like "Rappelons que".
  // (Read up to the end of the figure's clause: "Le mois d'août, avec un total de 1574 personnes tuées, est loin du
  // record de septembre 2006 où 3539 Irakiens avaient perdu la vie" recalls the second toll, not the first, which is
  // the news; session 28, a missed toll on French batch 10.)
  if (L.figureWords.recallTense?.test(lowerText(tokens, 0, clauseOf(tokens, first, end)[1])) === true) return 'count';
  // "La France, premier actionnaire d'Areva à hauteur de 85 %", "le fonds détient 12 % du capital": a named owner's
  // stake, background of public record (see `FigureWords.stake`; session 30).
  const {stake} = L.figureWords;
  if (stake !== undefined && form === 'percent' && (after.slice(0, 2).some((w) => stake.nouns.has(w)) || stake.nouns.has(lower(first - 2))) &&
    clauseHas(tokens, first, end, stake.holders)) return 'count';
  // ("recevra la moitié de la dotation du prix": a share of a set amount, a prize or a fine, is the set amount's public
  // record; session 30.)
  if (form === 'fraction' && after.slice(0, 3).some((w) => setAmounts.has(w)) && !has(estimateWords)) return 'count';
  // ("payer les 10 % de majoration prévus en cas de retard": a percentage that is itself the set amount, its noun right
  // after "de", is the rule's; not "une hausse de 10 % du salaire", a change of it; session 37.)
  if (form === 'percent' && /^(?:de|d['’])$/.test(after[0] ?? '') && setAmounts.has(after[1] ?? '') && !has(estimateWords)) return 'count';
  // "beträgt der Mindestlohn 7,25 US-Dollar", "une TVA à 5,5 %": a rate the law sets is public record.
  // (Not the gap between two groups the sentence compares: "le taux des femmes au SMIC était supérieur de 78 %".)
  const gap = prev === 'de' && L.figureWords.gapWords?.has(lower(first - 2)) === true;
  if ((form === 'money' || form === 'percent' || counts(currencyNouns)) && has(L.figureWords.statutoryRates) && !has(harmWords) && !has(estimateWords) && !gap) return 'count';

  // "en ordonnant le retrait de 2 000 des 3 550 soldats": a quantity in a plan a named actor set is low risk; the
  // plan's verb stands at most six words before the figure, in the same clause, or twelve before a conjunction
  // that adds the figure to the plan's ("supprimer 1 600 emplois dans son usine de Rennes, ainsi que 3 600 emplois").
  // (Not a toll: "300 Tote gemeldet" repeats a count that the actor did not set.)
  // (A count that a release sets free is the release's, not a toll: "la libération de 400 prisonniers".)
  const freed = L.figureWords.releaseWords?.has(prev === 'de' ? lower(first - 2) : prev) === true;
  const toll = counts(harmNouns) && !freed;
  let reach = first - 6;
  for (let k = first - 1; !toll && k >= 0 && k >= reach && !/^[.;:!?]$/.test(tokens[k].text); k--) {
    if (L.figureWords.planWords.has(tokens[k].lower) && !L.figureWords.notPlans?.has(lower(k - 1))) return 'count';
    if (reach === first - 6 && L.figureWords.planJoins?.has(tokens[k].lower) === true) reach = k - 12;
  }
  // ("hatten die USA 30 Amtspersonen zu einer Anhörung geschickt", "hat der Rat 30 Millionen Euro für den Bau
  // beschlossen", "wurde eine Demonstration mit 2.000 Teilnehmern angemeldet": in a verb-second language the
  // participle closes the clause, after the figure.)
  // (Not in a hypothetical clause, a `notPlans` word before the figure: "Damit stünden nur 137 Euro pro Schüler zur
  // Verfügung" is someone's calculation, not a grant; session 25, the judge's miss on German batch 11.)
  const {notPlans} = L.figureWords;
  const hypothetical = notPlans !== undefined && tokens.slice(clauseStart(tokens, first), first).some((t) => notPlans.has(t.lower));
  if (L.verbSecondOpeners !== undefined && !toll && !hypothetical) {
    for (let k = end; k < tokens.length && k <= end + 10 && tokens[k].word; k++) {
      if (L.figureWords.planWords.has(tokens[k].lower) && (tokens[k + 1] === undefined || !tokens[k + 1].word)) return 'count';
    }
  }

  // ("les 100 milliards proposés par François Fillon", "les 2 000 postes supprimés par la direction": a participle of an
  // act, a demand or a plan after the figure's noun, with a named agent after "par", gives the act's content; session 30.)
  if (!toll && proposedBy(L, tokens, end) && !clauseHas(tokens, first, end, harmWords, crimeWords, healthWords, pollWords)) return 'count';
  // ("EDF va augmenter ses tarifs de 3 %": a named seller's own price; see `FigureWords.ownPrice`.)
  if (!toll && ownPriceOf(L, tokens, first) && !clauseHas(tokens, first, end, harmWords, crimeWords, healthWords, pollWords)) return 'count';
  // ("Le groupe anticipe une baisse d'environ 10 %": a named or definite subject's own forecast; session 30.)
  if (!toll && forecastOf(L, tokens, first) && !clauseHas(tokens, first, end, harmWords, crimeWords, healthWords, pollWords)) return 'count';
  // "Der Sicherheitsrat beschloss die Entsendung von 15.000 Soldaten", "Das Gesetz sieht 500 Millionen Euro vor": the
  // content of a named actor's act is sourced by the act (not a toll, a poll, a health figure nor a crime, nor a
  // clause of harm: "nachdem 300 Menschen starben" is a fact about the world; see `enacted`).
  if (!toll && !counts(crimeNouns) && enacted(L, tokens, first, end) && !clauseHas(tokens, first, end, harmWords, crimeWords, healthWords, pollWords)) return 'count';

  // "15.000 Friedenssoldaten der UNO", "564 Delegierte", "5,3 Millionen stimmberechtigte Bürger … zur Abstimmung
  // aufgerufen": counts an institution fixes and holds, settled public record (see `FigureWords.record`).
  const {record} = L.figureWords;
  // (The make-up of a body read by `record.joins` or `record.composedOf`: low risk once the harm of its clause is read
  // below, "4036 soldats de la coalition ont perdu la vie" being a toll.)
  let heldBy = false;
  if (record !== undefined && !toll && (form === 'count' || form === 'magnitude') && !has(harmWords) && !has(crimeWords) && !has(crowdWords)) {
    const member = (w: string): boolean => record.members.has(w) || compoundOf(w, record.members);
    const headAt = after.findIndex((w) => member(w));
    // (The holder is a body, an office or a name in capitals, `acts.actors`: not "Elf weitere Mitglieder der Crew".)
    const body = tokens[end + headAt + 2];
    let holder = headAt >= 0 && /^(?:der|des)$/.test(after[headAt + 1] ?? '') && body !== undefined && namesActor(L, body);
    // ("les 22 000 hommes de la mission de l'Union africaine", "8 000 hommes des Nations unies": a preposition and an
    // article before the body, which a capital, an actor's noun or a force's noun names; "la force « Barkhane »,
    // constituée de 4 000 hommes": the body's make-up. Session 33, judged settled background on French batch 15.)
    const {joins, forces, composedOf} = record;
    if (!holder && joins !== undefined && headAt >= 0) {
      // (Past the members' words: "casques bleus".)
      let head = headAt;
      while (head + 1 < after.length && member(after[head + 1])) head++;
      let k = end + head + 1;
      while (k < tokens.length && k <= end + head + 2 && joins.has(tokens[k].lower)) k++;
      const held = tokens[k];
      heldBy = k > end + head + 1 && held !== undefined && held.word && (held.cap || namesActor(L, held) || forces?.has(held.lower) === true);
    }
    if (!holder && composedOf !== undefined && headAt === 0 && /^(?:de|d['’])$/.test(prev) && composedOf.has(lower(first - 2))) heldBy = true;
    if (heldBy && clauseHas(tokens, first, end, L.figureWords.notPlans ?? new Set())) heldBy = false;
    // (Or called to vote, the infinitive right after: "un million d'électeurs étaient appelés à voter"; session 37. Or
    // to elect: "Quarante-sept millions d'Iraniens sont appelés à élire le président"; session 38, judged public record on
    // French batch 21.)
    const elected = counts(record.electorate) || tokens.some((t) => record.called.has(t.lower)) && has(voteWords) ||
      tokens.some((t, k) => record.called.has(t.lower) && tokens.slice(k + 1, k + 3).some((u) => /^(?:elect|vote|voter|wählen|abstimmen|élire)$/.test(u.lower))) ||
      record.voters !== undefined && counts(record.voters) && tokens.some((t) => record.called.has(t.lower));
    // (A people named after "de" counts citizens too: "d'Iraniens", "of Iranians", not "de personnes".)
    const people = /^(?:de|d['’]|of)$/.test(tokens[end]?.lower ?? '') && tokens[end + 1]?.word === true && tokens[end + 1].cap && /s$/.test(tokens[end + 1].lower);
    // (Stated as fact: "Fünf Millionen wären wahlberechtigt" for a banned vote is someone's reckoning, no roll.)
    if ((holder || counts(record.delegates) || elected && (counts(personNouns) || counts(record.electorate) || people)) && !clauseHas(tokens, first, end, L.figureWords.notPlans ?? new Set())) return 'count';
  }

  // "a threshold of 50,000 signatures", "die Schwelle von 100 Neuinfektionen", "a 3% cap": the quantity a rule sets.
  const {thresholdNouns} = L.figureWords;
  if (thresholdNouns !== undefined && !toll && (labelledBy(L, tokens, first, end, thresholdNouns) || setAt(L, tokens, first, thresholdNouns) ||
    namedInApposition(tokens, end, thresholdNouns))) return 'count';
  // "Leur objectif est de 1,5 million de votants", "L'objectif vise …, pour arriver à 8 000": the quantity a goal aims at.
  const {targetNouns, purposeOpeners} = L.figureWords;
  if (targetNouns !== undefined && !toll && !has(harmWords)) {
    const from = clauseStart(tokens, first);
    const goal = (a: number, b: number): boolean => tokens.slice(a, b).some((t) => t.word && targetNouns.has(t.lower));
    if (goal(from, first) || from > 1 && purposeOpeners?.has(lower(from)) === true && goal(clauseStart(tokens, from - 1), from - 1)) return 'count';
  }

  // People harmed or gathered, polls, health, crime: high risk.
  // People: a listed noun, or a plural of agent ("commuters", "pensioners", "economists").
  const agents = nounPhrase.some((w) => agentNouns.test(w) && !/^(?:numbers|orders|letters|centers|meters|papers|others|members)$/.test(w));
  // ("145 000 Philippins ont dû être évacués", "des centaines de Tibétains manifestent": a people by its place name.)
  const {demonyms} = L.figureWords;
  const demonym = demonyms !== undefined && [tokens[end], L.numbers.magnitudeOf.has(lower(end)) ? tokens[end + 1] : undefined].some((t) => t?.cap === true && demonyms.test(t.text));
  const people = counts(personNouns) || counts(crowdNouns) || agents || demonym || counts(propertyNouns) || head === '' && form !== 'money';
  // (A share or an amount a party demands is its own; a count of people it "demands" may be lives claimed.)
  if (demanded(L, tokens, first, end) && !counts(harmNouns) && (form === 'money' || form === 'percent' || form === 'fraction' || !people)) return 'count';
  // "left 1,140 homes without power": homes cut off are affected.
  if (counts(propertyNouns) && [...after, ...glossed].some((w) => L.figureWords.cutOffWords?.has(w) ?? (w === 'without' || w === 'power' || w === 'water'))) return 'harm';
  // ("deux cents maisons ont été inondées": property and a word of damage is a damage toll, as an area is above.)
  // ("a tué 32 ouvriers", "blessant 15 policiers et gendarmes", "killed 40 villagers": the object of a verb of harm is
  // its toll, whatever noun it counts; session 29, the judges' missed tolls on French batches 10 and 11.)
  // ("a coûté la vie à quatre soldats": see `FigureWords.harmBefore`; session 30.)
  const harmed = (form === 'count' || form === 'magnitude') && (harmWords.has(prev) && tokens[first - 1]?.cap === false ||
    L.figureWords.harmBefore?.test(lowerText(tokens, Math.max(0, first - 4), first)) === true ||
    L.figureWords.harmAfter?.test(lowerText(tokens, end, end + 10)) === true);
  if (counts(harmNouns) || harmed || people && (has(harmWords) || after.some((w) => harmWords.has(w))) || counts(propertyNouns) && has(damageWords)) return 'harm';
  // ("Ce sont 46 radars sur les 49 qui ont été dégradés", "533 stations-service sont en rupture de carburant", "deux
  // écoles détruites": things counted by their own noun, no person, that a word of damage or of being cut off
  // (`cutOffWords`) follows in their clause are a damage toll, the things affected, as homes are above. Languages
  // without `cutOffWords` read homes only. Session 34, the judges' missed damage tallies on French batch 16 and the
  // tuning set's stations.)
  if (form === 'count' && head !== '' && !people && L.figureWords.cutOffWords !== undefined && affectedAfter(L, tokens, end)) return 'harm';
  // ("wird die 30.000 Mitarbeiter in der Kommission leiten": a count after a definite article or a possessive is
  // given, the size of something the reader is taken to know, background of public record, not the story's news;
  // a toll stays a toll, and millions are a statistic someone compiled, see above. Not a relative pronoun: "eine
  // Garnisonsstadt, in der 40.000 Soldaten stationiert waren".) (Nor a crowd: "Les 3 000 manifestants se sont dispersés",
  // "die etwa 50 Demonstranten", a gathering the story reports; session 34.)
  const relative = lower(first - 2) === ',' || lower(first - 3) === ',' && L.npInner.has(lower(first - 2));
  if (form === 'count' && !millions && !relative && L.figureWords.givenDeterminers?.has(prev) === true && !counts(crowdNouns)) return 'count';
  if (heldBy) return 'count';
  // ("Une quarantaine de secouristes avaient été mobilisés", "Une trentaine de gendarmes ont été mobilisés": forces sent
  // to a scene, fewer than a hundred, are the count anyone there could see that `responderNouns` describes, below, when
  // the only word of gathering in their clause is a passive, what someone did with them; "50 policiers ont manifesté"
  // is a crowd. Session 34, judged a rescue deployment, low risk, three times on French batch 16.)
  if (people && has(crowdWords) && sentResponders(L, tokens, first, end, nounPhrase) && !largeCount(L, tokens, first, end)) return 'count';
  if (counts(crowdNouns) || people && has(crowdWords)) return 'crowd';
  // ("une manifestation réunissant quelques centaines d'Imbonerakure", "a attiré des milliers de touristes": a hundred or
  // more right after a word of gathering are the crowd it gathered, whatever noun counts them. Session 41, two missed
  // crowds on French batch 24.)
  // (One time adverb may come between: "réunissant hier quelques centaines".)
  const {gatherBefore} = L.figureWords;
  const gatherer = /^(?:aujourd['’]hui|déjà|encore|hier)$/.test(prev) ? lower(first - 2) : prev;
  if (gatherBefore?.has(gatherer) === true && (form === 'count' || form === 'magnitude') && largeCount(L, tokens, first, end)) return 'crowd';
  // "condamné par le tribunal à deux ans de prison et 300 000 euros d'amende": a penalty a named court handed down is
  // its public record, like its vote.
  const {courtRuling} = L.figureWords;
  if (courtRuling !== undefined && (form === 'money' || counts(currencyNouns)) && has(setAmounts) &&
    courtRuling.test(lowerText(tokens))) return 'count';
  if (counts(crimeNouns) || has(crimeWords)) return 'crime';
  // "Der Landkreis hat ca. 50.000 Einwohner": a place's population is a settled statistic.
  if (counts(L.figureWords.populationNouns)) return 'count';
  // "La SNCF compte 270 000 salariés", "L'entreprise emploie près de 12 000 personnes": a named body's own size.
  const {headcountVerbs, employVerbs} = L.figureWords;
  const sizeVerb = (w: string): boolean => headcountVerbs?.has(w) === true || employVerbs?.has(w) === true;
  if ((headcountVerbs !== undefined || employVerbs !== undefined) && form === 'count' && (counts(personNouns) || counts(L.figureWords.memberNouns))) {
    let verb = first - 1;
    while (verb > 0 && tokens[verb].word && !sizeVerb(tokens[verb].lower) && first - verb <= 3) verb--;
    if (sizeVerb(tokens[verb]?.lower ?? '') && tokens.slice(0, verb).some((t, k) => t.word &&
      (t.cap && (k > 0 || !L.commonOpeners.has(t.lower)) || L.institutionNouns.has(t.lower)))) return 'count';
    // ("L'usine emploie 800 personnes", "the new plant will employ 500 people": a definite subject in the four words
    // before a verb of employing.)
    if (employVerbs?.has(tokens[verb]?.lower ?? '') === true && definiteSubject(L, tokens, verb)) return 'count';
  }
  // "aux 332 millions d'Européens", "les 65 millions de Français": a people counted in millions after a definite
  // article is its population recalled as background, settled public record; not what some of them did or suffer
  // ("10 millions de Français ont regardé le match", "les 3 millions de Français au chômage").
  if (millions && /^(?:aux|des|les)$/.test(prev) && /^(?:de|d['’])$/.test(after[0] ?? '') && tokens[end + 1]?.cap === true &&
    /[sx]$/.test(tokens[end + 1].lower) && !has(economyWords) && !has(healthWords) && !has(pollWords)) return 'count';
  if ((form === 'percent' || form === 'fraction') && has(pollWords)) return 'poll';
  if (counts(healthWords) || (form === 'percent' || form === 'fraction') && has(healthWords)) return 'health';

  // Economic statistics, money, company results, estimates, proportions: medium risk.
  if (form === 'money' || counts(currencyNouns)) {
    return (counts(setAmounts) || has(setAmounts)) && !has(estimateWords) && !has(businessWords) ? 'count' : 'money';
  }
  if (counts(businessWords) || has(businessWords) && form === 'count') return 'business';
  // ("une série de dix compétitions … pour le Grand Prix ISU": a word of the economy capitalised inside the sentence is
  // part of a name, not a statistic, where only names are capitalised; session 32, judged noise on French batch 14.)
  if (has(economyWords) && (L.numbers.capsBeforeFigures === null ||
    tokens.some((t, k) => t.word && economyWords.has(t.lower) && !(t.cap && k > 0 && tokens[k - 1].text !== '«'))) || rate) return 'economy';
  if (has(estimateWords) || /(?:^| )an estimated\b/.test(figureText)) return 'estimate';
  if (form === 'percent' || form === 'fraction') return 'proportion';
  // ("au moins 5 000 djihadistes", "Quelque 100 000 combattants": fighters of a war in their hundreds or more are a war
  // figure someone estimated; see `FigureWords.fighterNouns`; session 30.)
  const {fighterNouns} = L.figureWords;
  if (fighterNouns !== undefined && counts(fighterNouns) && largeCount(L, tokens, first, end)) return 'crowd';
  // ("Des milliers d'Irakiens", "plus de 2 000 Tibétains": a people by its place name in its hundreds or more is a crowd.)
  if (counts(personNouns) || demonym && largeCount(L, tokens, first, end)) {
    // ("ce sont quelque 6,2 millions de personnes qui sont inscrites", "2 million people use the service": people counted
    // in millions, neither gathered nor harmed, are a statistic someone compiled (see `millions` above), medium risk,
    // which a release of statistics carries forward; no crowd anyone saw. Session 34, judged a source carried forward
    // on French batch 16.)
    if (millions) return 'economy';
    // ("Alertés, une trentaine de pompiers se sont rendus sur place", "Le contingent devrait comprendre 50 militaires":
    // the forces sent to a scene, fewer than a hundred and neither harmed nor gathered, are counts anyone there could
    // see, low risk; "Près de 3000 pompiers … ont été envoyés" is a deployment someone counted (EDITORIAL-STANDARD.md §1;
    // session 29, the judges' noise on French batches 10 and 11). Languages without `responderNouns`: a crowd.)
    const responders = L.figureWords.responderNouns;
    if (responders !== undefined && nounPhrase.slice(0, 2).some((w) => responders.has(w) || L.vagueCompounds && compoundOf(w, responders)) &&
      !largeCount(L, tokens, first, end)) return 'count';
    // ("Il était accompagné de deux autres personnes", "Elle laisse derrière elle quatre enfants": a dozen people or
    // fewer, one exact number, neither harmed, arrested nor gathered, are a count anyone at the scene could see
    // (EDITORIAL-STANDARD.md §1, low risk: "two men walked out"), no crowd. Session 40, 14 unlabelled of 23 such
    // findings on the French tuning set.)
    // (Not those on board a vehicle, whom a crash makes its toll's count: "L'appareil transportait 7 personnes", "carrying
    // 7 people", "an Bord"; the words of carrying and boarding in English, French and German, four words back at most.)
    const aboard = tokens.slice(Math.max(0, first - 4), first).some((t) => /^(?:aboard|bord|board|carried|carrying|transport\p{L}*)$/u.test(t.lower));
    if (end - first === 1 && (/^\d+$/.test(tokens[first].text) || L.numbers.words.has(tokens[first].lower)) && countValue(L, tokens, first, end) <= 12 &&
      !aboard) return 'count';
    return 'crowd';
  }
  if (/-fold$/.test(figureText) || next === 'times' && /^(?:more|higher|faster|as|shared|viewed|retweeted)$/.test(prev + (after[1] ?? ''))) return 'proportion';
  if (millions) return 'economy';
  return 'count';
}

/**
 * Whether a word of damage (`damageWords`) or of being cut off (`cutOffWords`) stands in the clause after the figure
 * ending at token `end`, within twelve words ("radars sur les 49 qui ont été dégradés", "stations-service sont en
 * rupture"): what the counted things suffered.
 */
function affectedAfter(L: LanguageResources, tokens: readonly Token[], end: number): boolean {
  const {cutOffWords, damageWords} = L.figureWords;
  for (let k = end; k < tokens.length && k < end + 12 && !clauseStop.test(tokens[k].text); k++) {
    if (damageWords.has(tokens[k].lower) || cutOffWords?.has(tokens[k].lower) === true) return true;
  }
  return false;
}

/**
 * Whether the figure at tokens `[first, end)` counts forces sent to a scene (`FigureWords.responderNouns`, one of the
 * first two words of its noun phrase `nounPhrase`), and every word of gathering (`crowdWords`) in its clause, within
 * thirty words of it, stands after it, right after a passive auxiliary ("ont été mobilisés"): what someone did with
 * them, not a crowd they formed.
 * Languages without `responderNouns`: never.
 */
function sentResponders(L: LanguageResources, tokens: readonly Token[], first: number, end: number, nounPhrase: readonly string[]): boolean {
  const responders = L.figureWords.responderNouns;
  if (responders === undefined || !nounPhrase.slice(0, 2).some((w) => responders.has(w))) return false;
  // (Thirty words either side at most: linear on a clause of thousands of figures.)
  const [from, to] = clauseOf(tokens, first, end);
  let gathered = false;
  for (let k = Math.max(from, first - 30); k < Math.min(to, end + 30); k++) {
    if (!L.figureWords.crowdWords.has(tokens[k].lower)) continue;
    if (k < end || !L.passiveAuxiliaries.has(tokens[k - 1].lower)) return false;
    gathered = true;
  }
  return gathered;
}

/**
 * Vague magnitudes of hundreds or more, in the three languages ("hundreds of", "des milliers de", "Tausende"); "dozens",
 * "des dizaines de", "une trentaine de" are not.
 */
const largeMagnitudes = /^(?:hundreds|thousands|millions|billions|centaines|milliers|millions|milliards|hunderte|hunderten|hunderttausende|hunderttausenden|tausende|tausenden|zehntausende|zehntausenden)$/;

/**
 * Whether the figure at tokens `[first, end)` counts a hundred or more: a number of 100 or more in digits or words
 * (its scale words multiplied in: "deux cents", "3 millions"), or a magnitude of hundreds or more, in the figure or
 * right after it ("des dizaines de milliers de personnes" is one figure split at "milliers").
 */
function largeCount(L: LanguageResources, tokens: readonly Token[], first: number, end: number): boolean {
  if (largeMagnitudes.test(tokens[end]?.lower ?? '')) return true;
  return countValue(L, tokens, first, end) >= 100;
}

/**
 * The value of the count at tokens `[first, end)`, digits or words, times its scale ("3 millions" is 3e6); Infinity for
 * a magnitude of no exact value (`largeMagnitudes`: "des milliers", "hundreds"); NaN when no number is read. An
 * approximate noun is not read: "une dizaine" is its article's 1, so a caller that wants an exact count tests for one
 * token first.
 */
function countValue(L: LanguageResources, tokens: readonly Token[], first: number, end: number): number {
  let value = NaN;
  for (let k = first; k < end; k++) {
    const t = tokens[k];
    if (largeMagnitudes.test(t.lower)) return Infinity;
    const scale = L.numbers.scales.get(t.lower);
    if (scale !== undefined && value > 0) value *= scale;
    else if (L.numbers.digits.test(t.text)) value = L.numbers.parse(t.text);
    else if (L.numbers.words.has(t.lower)) value = L.numbers.words.get(t.lower)!;
  }
  return value;
}

/**
 * Whether the money figure at token `first` is a traded thing's price quote, the market's public record (EDITORIAL-
 * STANDARD.md §1): its clause opens with what is traded (a currency or `priceSubjects`, after "and" and its determiners: "The
 * euro traded at $1.18", "Le bitcoin a dépassé les 60 000 dollars", "Le prix de l'once d'or a atteint 2 000 dollars"),
 * a verb of quoting or moving (`priceVerbs`) stands between, and no other thing does: a determiner there must
 * introduce a traded thing or the figure itself ("The pound lost the company $20 million" is a loss, not a quote).
 * At most eight tokens between the subject and the figure.
 */
function priceQuote(L: LanguageResources, tokens: readonly Token[], first: number): boolean {
  const {priceSubjects, priceVerbs} = L.figureWords;
  const traded = (w: string | undefined): boolean => w !== undefined && (priceSubjects.has(w) || L.numbers.currencyWords.has(w));
  let k = first - 1;
  while (k >= 0 && !/^[,;:()]$/.test(tokens[k].text)) k--;
  k++;
  if (tokens[k]?.lower === L.and) k++;
  while (k < first && L.determiners.has(tokens[k].lower)) k++;
  // ("Le prix de l'once d'or", "the price of gold": a price of a traded thing; not "Le prix du gazole", a pump price, a
  // statistic someone measured.)
  if (/^(?:cours|preis|price|prices|prix)$/.test(tokens[k]?.lower ?? '')) {
    k++;
    while (k < first && /^(?:de|des|du|d['’]|l['’]|of|the)$/.test(tokens[k].lower)) k++;
  }
  if (!traded(tokens[k]?.lower) || first - k - 1 > 8) return false;
  let verb = false;
  for (let j = k + 1; j < first; j++) {
    const t = tokens[j];
    if (/\d/.test(t.text)) return false;
    if (priceVerbs.has(t.lower)) verb = true;
    if (L.determiners.has(t.lower) && j + 1 < first && !traded(tokens[j + 1].lower)) return false;
  }
  return verb;
}

/**
 * Whether the figure at tokens `[first, end)` is an exchange rate, the market's (or the central bank's) public record:
 * a currency (the figure's last word, or the word after it, optionally followed by one lower-case adjective: "livre
 * chypriote"), "per", "je", "pour", "to the" or the like, and a second currency, itself optionally after an article or
 * an amount ("20 Peso je US-Dollar", "20 pesos to the dollar", "1.10 dollars per euro", "0,585274 livre chypriote pour
 * un euro", "1 euro pour 1,37 USD"); or the second term of one, right after "pour", "per" and a currency in the two
 * words before ("une livre soudanaise pour 100 dinars"). `after` holds the lower-cased words after the figure.
 * (French forms since session 29: fixed conversion rates were judged noise on French batch 10.)
 */
function exchangeRate(L: LanguageResources, tokens: readonly Token[], first: number, end: number, after: readonly string[]): boolean {
  const currency = (w: string | undefined): boolean => w !== undefined && (L.numbers.currencyWords.has(w) || L.numbers.currencyCodes.has(w));
  const per = (w: string | undefined): boolean => w !== undefined && /^(?:a|je|par|per|pour|pro|to)$/.test(w);
  const before = tokens[first - 1]?.lower;
  // (The second term after one unit of the first: "une livre soudanaise pour 100 dinars", "one euro to 1.37 dollars";
  // not "5 millions d'euros pour 300 emplois", an amount spent on something.)
  const unit = (k: number): boolean => currency(tokens[k]?.lower) && /^(?:1|a|an|one|un|une)$/.test(tokens[k - 1]?.lower ?? '');
  if (per(before) && before !== 'a' && (unit(first - 2) || unit(first - 3))) return true;
  let at = currency(tokens[end - 1]?.lower) ? 0 : currency(after[0]) ? 1 : -1;
  if (at < 0) return false;
  // ("livre chypriote pour un euro": one adjective of the currency, lower case, before the preposition.)
  if (!per(after[at]) && tokens[end + at]?.word === true && !tokens[end + at].cap && per(after[at + 1])) at++;
  if (!per(after[at])) return false;
  const second = after[at + 1] ?? '';
  return currency(second) || (/^(?:the|one|un|une|einen)$/.test(second) || /^\d/.test(second)) && currency(after[at + 2]);
}

/**
 * Whether a definite noun phrase that is not a vague group stands in the four words before the verb at token `verb`,
 * in its clause: a determiner that is not indefinite ("l'", "the", "cette", "its"; not "un", "a", "des") and a word
 * after it that is not a vague head ("les experts", "the analysts").
 */
function definiteSubject(L: LanguageResources, tokens: readonly Token[], verb: number): boolean {
  for (let k = verb - 1; k >= 0 && k >= verb - 4 && tokens[k].word; k--) {
    const t = tokens[k].lower;
    if (L.nounDeterminers.has(t) && !L.indefinites.has(t) && !L.quantifiers.has(t) && t !== 'no' && k + 1 < verb && !L.vagueHeads.has(tokens[k + 1].lower)) return true;
  }
  return false;
}

/**
 * Whether a modal of `FigureWords.projectionWords` within the six tokens before the figure at token `first`, in its clause, makes it a projection
 * ("would win 40% of the vote", "Sie könnten 38 Prozent der Stimmen erhalten"). Languages without the list: never.
 */
function projection(L: LanguageResources, tokens: readonly Token[], first: number): boolean {
  const words = L.figureWords.projectionWords;
  if (words === undefined) return false;
  for (let k = first - 1; k >= 0 && k >= first - 6 && tokens[k].word; k--) if (words.has(tokens[k].lower)) return true;
  return false;
}

/**
 * Whether a participle of an act, a demand or a plan (`acts.verbs`, `demandWords`, `planWords`, agreeing in gender and
 * number: "proposés", "supprimées") stands in the three words after the figure ending at token `end`, followed by
 * "par" and a named agent: a body or an office (`acts.actors`), a name in capitals, or a capitalised name ("les 100
 * milliards proposés par François Fillon", "les 300 postes supprimés par la direction"). Languages without `acts`: never.
 */
function proposedBy(L: LanguageResources, tokens: readonly Token[], end: number): boolean {
  const {acts, demandWords, planWords} = L.figureWords;
  if (acts === undefined || acts.participles === undefined) return false;
  const known = (w: string): boolean => acts.verbs.has(w) || demandWords?.has(w) === true || planWords.has(w);
  for (let k = end; k < tokens.length && k <= end + 3 && tokens[k].word; k++) {
    const w = tokens[k].lower;
    if (!acts.participles.test(w) || !(known(w) || known(w.replace(/(?:es|e|s)$/u, '')))) continue;
    if (tokens[k + 1]?.lower !== 'par') return false;
    const agent = tokens[k + 2];
    const head = agent !== undefined && L.nounDeterminers.has(agent.lower) ? tokens[k + 3] : agent;
    return head !== undefined && head.word && !L.vagueHeads.has(head.lower) && (namesActor(L, head) || head.cap);
  }
  return false;
}

/**
 * Whether a verb of forecasting (`FigureWords.forecastVerbs`) stands in the six words before the figure at token
 * `first`, in its clause, with a subject that names its holder: the clause opens on a definite determiner and a noun
 * that is not a vague group ("Le groupe anticipe", not "Les analystes anticipent" nor "On anticipe"), or a body or a
 * name stands before the verb ("Renault table sur"). Languages without the list: never.
 */
function forecastOf(L: LanguageResources, tokens: readonly Token[], first: number): boolean {
  const verbs = L.figureWords.forecastVerbs;
  if (verbs === undefined) return false;
  for (let k = first - 1; k >= 0 && k >= first - 6 && !clauseStop.test(tokens[k].text); k--) {
    if (verbs.has(tokens[k].lower)) return holderBefore(L, tokens, k);
  }
  return false;
}

/**
 * Whether the clause of the verb at token `k` has a subject that names its holder: the clause opens on a definite
 * determiner and a noun that is not a vague group ("Le groupe", not "Les analystes" nor "On"), or a body or a name
 * stands before the verb ("Renault", "EDF").
 */
function holderBefore(L: LanguageResources, tokens: readonly Token[], k: number): boolean {
  const from = clauseStart(tokens, k);
  const opener = tokens[from].lower;
  const definite = L.nounDeterminers.has(opener) && !L.indefinites.has(opener) && !L.quantifiers.has(opener) &&
    tokens[from + 1] !== undefined && from + 1 < k && !L.vagueHeads.has(tokens[from + 1].lower);
  return definite || tokens.slice(from, k).some((t) => namesActor(L, t) || properName(L, tokens, t));
}

/**
 * Whether the amount at token `first` is joined by the language's "and" to an amount whose lead `lead` matches ("au
 * prix de 7 € par mois jusqu'au 31 décembre et 12 € par la suite": the 12 after the 7). The amount joined to is the
 * last one (a token opening with a digit and ending on a currency sign or followed by a currency word) within twelve
 * tokens before the "and" right before the figure, in its sentence. A second price of a list price is a list price too
 * (session 39, judged a named seller's own tariff on French batch 22).
 */
function listedBefore(L: LanguageResources, tokens: readonly Token[], first: number, lead: RegExp): boolean {
  if (tokens[first - 1]?.lower !== L.and) return false;
  for (let k = first - 2; k >= 0 && k >= first - 14; k--) {
    if (/^[.;:!?]$/.test(tokens[k].text)) return false;
    if (/^\d/.test(tokens[k].text) && !/^\d/.test(tokens[k - 1]?.text ?? '') && (/\p{Sc}$/u.test(tokens[k].text) ||
      L.numbers.currencyWords.has(tokens[k + 1]?.lower ?? ''))) return lead.test(leadOf(tokens, k));
  }
  return false;
}

/**
 * The lower-cased words of the figure's clause right before it (at most six tokens, back to a clause's punctuation),
 * joined by single spaces: what `FigureWords.listPriceLead` and `specLead` are matched against ("au prix de").
 */
function leadOf(tokens: readonly Token[], first: number): string {
  const from = clauseStart(tokens, first, 6);
  let lead = '';
  for (let k = from; k < first; k++) lead += (k === from ? '' : ' ') + tokens[k].lower;
  return lead;
}

/**
 * Whether the figure at token `first` is a named seller's own price decision (see `FigureWords.ownPrice`): a verb of
 * changing up to twelve tokens before it, in its clause, a noun of what is charged between the verb and the figure, and a
 * subject that names the seller (see `holderBefore`).
 */
function ownPriceOf(L: LanguageResources, tokens: readonly Token[], first: number): boolean {
  const own = L.figureWords.ownPrice;
  if (own === undefined) return false;
  // (Twelve tokens back, for a second price the verb governs: "va augmenter l'électricité de 26,7 % et le gaz de 37,5 %".)
  for (let k = first - 1; k >= 0 && k >= first - 12 && !clauseStop.test(tokens[k].text); k--) {
    if (!own.verbs.has(tokens[k].lower)) continue;
    // (A definite subject refers back to the seller: "Le groupe a augmenté la facture de 48,25 euros".)
    return tokens.slice(k + 1, first).some((t) => own.objects.has(t.lower)) && holderBefore(L, tokens, k);
  }
  return false;
}
