// Figures: counts, tolls, percentages, money, fractions and vague magnitudes — and the numbers that are none of these.
import type {Token} from './analysis.js';
import type {LanguageResources} from './languages/types.js';
import type {FigureForm} from './risk.js';
import {defineWordClass} from './word-classes.js';
import {lowerText} from './token-text.js';

/** A figure inside a sentence, in block plain-text offsets. */
export interface FigureMatch {
  text: string;
  from: number;
  to: number;
  /** How the figure is written. */
  kind: FigureForm;
  /** Token range of the figure in its sentence: `[first, end)`. */
  first: number;
  end: number;
}

const currencySymbols = new Set(['$', '£', '€', '¥', '₹', '₪', '₩', '₽', '₦', '₴']);

/** Value of a spelled-out number word in the draft's language ("twenty-five" → 25, "vingt" → 20), or undefined. */
export function wordValue(L: LanguageResources, word: string): number | undefined {
  return L.numbers.words.get(word);
}

const fractionWord = /^(?:one|two|three|four|five|six|seven|eight|nine)-(?:halves|thirds?|quarters?|fifths?|sixths?|tenths?)$/;
const digitScaled = /^\d+(?:\.\d+)?(?:m|bn|b|k|tn|mn)$/i;

/**
 * The class of words that pass one of findFigures' first tests: a digit first, a spelled-out number, a vague magnitude,
 * a fraction word (the language's fraction nouns too: "moitié", "Hälfte"), "twice" and the like, a scale ("thousand"
 * after "several"). Every other word is skipped at once, as each of those tests would skip it.
 */
const figureWord = defineWordClass((L, word) =>
  /^\d/.test(word) || word === 'one' || word === 'two' || word === 'three' || word === 'half' || L.numbers.magnitudes.test(word) ||
  fractionWord.test(word) || /^(?:third|quarter|fifth|tenth|half)$/.test(word) || /^(?:twice|double|triple|treble)$/.test(word) ||
  L.numbers.fractionNouns.has(word) || wordValue(L, word) !== undefined || L.numbers.scales.has(word));

/**
 * Where a toll of one that opens a sentence ends (`FigureWords.singleToll`: "Une personne a été tuée dans …"): one past
 * its participle's token, or 0 when the sentence opens with none. Tested on its first ten words only when its first
 * word is an indefinite article ("un", "une").
 */
export function singleToll(L: LanguageResources, tokens: readonly Token[]): number {
  const pattern = L.figureWords.singleToll;
  if (pattern === undefined || tokens.length < 4 || !/^(?:un|une|ein|eine|a|an)$/.test(tokens[0].lower)) return 0;
  const match = pattern.exec(lowerText(tokens, 0, 10));
  // (The match's words, joined by single spaces, are its tokens; its last is the word after the participle.)
  return match === null ? 0 : match[0].split(' ').length - 1;
}

/**
 * Find the figures of one sentence that need a source.
 *
 * @param L
 *   The draft's language.
 * @param text
 *   The sentence's plain text.
 * @param tokens
 *   Its tokens (block plain-text offsets).
 * @param offset
 *   Block offset of the sentence's first character.
 * @param headingStart
 *   True for a heading's first sentence, whose leading number is section numbering.
 */
export function findFigures(L: LanguageResources, text: string, tokens: readonly Token[], offset: number, headingStart: boolean): FigureMatch[] {
  // (Most sentences hold no word a figure can start with: they are done without building anything below.)
  let first = 0;
  while (first < tokens.length && !(tokens[first].word && tokens[first].classes & figureWord)) first++;
  // "Un casque bleu a été tué dans les combats": a toll of one opening its sentence (see `FigureWords.singleToll`),
  // the article its figure; read only where the sentence opens with the article.
  const single = singleToll(L, tokens);
  if (first === tokens.length && single === 0) return [];
  const out: FigureMatch[] = [];
  if (single > 0) {
    out.push({text: text.slice(tokens[0].from - offset, tokens[single - 1].to - offset), from: tokens[0].from, to: tokens[single - 1].to, kind: 'count', first: 0, end: single});
    // (Its words are read: "Une vingtaine" cannot open the same sentence.)
    first = Math.max(first, single);
  }
  // Numbers judged not to be figures, so "aged 5 to 11" treats 11 like 5.
  const skipped = new Set<number>();
  // Numbers skipped as part of a name or label ("Apollo 10", "Article 5"), so the numbers listed after them are too.
  const named = new Set<number>();
  // The last list of bare numbers `listEndsInTime` walked, so each number of a long list does not walk it again.
  const list: NumberList = {from: -1, to: -1, time: false};
  // The last list of days `daysBeforeMonth` walked, so each day of a long list does not walk it again.
  const days: NumberList = {from: -1, to: -1, time: false};
  const lower = (i: number): string => tokens[i]?.lower ?? '';
  const slice = (from: number, to: number): string => text.slice(from - offset, to - offset);
  // ("a mother of four", "père de trois enfants", "Vater von zwei Kindern": the number after a parent and its
  // preposition counts a family, never a figure to source; French and German since session 29, judged noise.)
  // (Also "père de famille de six enfants", "mère de famille de trois enfants": the parent named by "de famille"; session
  // 30, judged noise on the fresh French pool. Not "une famille de cinq personnes", a household, often a toll.)
  const parentOf = (k: number): boolean => /^(?:of|de|d['’]|von)$/.test(lower(k - 1)) && (L.numbers.biographical.has(lower(k - 2)) ||
    L.numbers.parentComplements?.has(lower(k - 2)) === true && lower(k - 3) === lower(k - 1) && L.numbers.biographical.has(lower(k - 4)));

  const push = (start: number, end: number, kind: FigureForm): void => {
    // Widen to the range it closes: "between 10 and 60 percent", "zwischen 2.000 und 3.000 Menschen" (one figure).
    const range = L.numbers.rangeWords;
    if (range !== undefined && start >= 3 && range.join.has(lower(start - 1)) && /^\d/.test(lower(start - 2)) && range.open.has(lower(start - 3))) start -= 3;
    // Widen to the approximator before the figure: "around 250".
    else for (const words of L.numbers.approximators) {
      const s = start - words.length;
      if (s >= 0 && words.every((w, j) => lower(s + j) === w)) {
        start = s;
        break;
      }
    }
    // And to a currency sign before it: "$3.2 million".
    if (start > 0 && currencySymbols.has(tokens[start - 1].text)) start--;
    const from = tokens[start].from;
    const to = tokens[end - 1].to;
    // Figures are found left to right, so only the last one can overlap; a range replaces its lower end.
    const last = out[out.length - 1];
    if (last && last.from < to && from < last.to) {
      if (from > last.from || to <= last.to) return;
      out.pop();
    }
    out.push({text: slice(from, to), from, to, kind, first: start, end});
  };

  for (let i = first; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || !(t.classes & figureWord)) continue;
    const prev = lower(i - 1);
    const next = lower(i + 1);

    // "deux à trois fois plus de tumeurs", "3 fois moins": a multiple, where the language reads them.
    const multiple = multipleEnd(L, tokens, i);
    if (multiple !== undefined) {
      push(i, multiple, 'fraction');
      i = multiple - 1;
      continue;
    }

    // "one in ten", "1 in 4", "one out of five".
    if ((t.lower === 'one' || t.lower === '1' || t.lower === 'two' || t.lower === 'three') && (next === 'in' || next === 'out' && lower(i + 2) === 'of')) {
      const k = next === 'in' ? i + 2 : i + 3;
      const denominator = lower(k);
      if (/^\d+$/.test(denominator) || wordValue(L, denominator) !== undefined) {
        push(i, k + 1, 'fraction');
        i = k;
        continue;
      }
    }

    // "un salarié sur dix", "une personne sur quatre": a share, where the language writes it so (not "une attaque sur
    // trois fronts", "un match sur deux jours": a plural noun or a time after the number is what it counts).
    if (L.numbers.oneIn !== undefined && (wordValue(L, t.lower) === 1 || t.text === '1')) {
      const share = oneInEnd(L, tokens, i);
      if (share !== undefined) {
        push(i, share, 'fraction');
        i = share - 1;
        continue;
      }
    }

    // ("Several thousand people gathered", "a few hundred protesters", "Several thousands gathered": a quantifier of
    // `scaleOpeners` before a scale or a magnitude with no "of" after it is a vague magnitude too; session 46, a crowd
    // missed on the English news set.)
    if (i > 0 && L.numbers.scaleOpeners?.has(prev) === true && (L.numbers.scales.has(t.lower) || L.numbers.magnitudes.test(t.lower)) &&
      !L.numbers.magnitudeOf.has(next)) {
      push(prev === 'few' && lower(i - 2) === 'a' ? i - 2 : i - 1, i + 1, 'magnitude');
      continue;
    }
    // Vague magnitudes: "hundreds of", "tens of thousands of".
    if (L.numbers.magnitudes.test(t.lower) && (L.numbers.magnitudeOf.size === 0 || L.numbers.magnitudeOf.has(next))) {
      // ("Tausende Menschen": where no "of" follows, the magnitude is the one word.)
      let end = L.numbers.magnitudeOf.size === 0 ? i + 1 : i + 2;
      while (/^(?:hundreds|thousands|millions|billions)$/.test(lower(end)) && lower(end + 1) === 'of') end += 2;
      if (t.lower === 'tens' && end === i + 2) continue;
      if (t.lower === 'scores' && !L.numbers.tollNouns.has(lower(end)) && !L.numbers.tollNouns.has(lower(end + 1))) continue;
      push(i, end, 'magnitude');
      // ("Plusieurs centaines de", "quelques milliers de": the quantifier that opens the magnitude is part of its span;
      // its tokens, which the figure's kind is read around, stay the magnitude's own.)
      const made = out[out.length - 1];
      if (L.numbers.magnitudeOpeners?.has(prev) === true && made?.first === i) {
        made.from = tokens[i - 1].from;
        made.text = slice(made.from, made.to);
      }
      i = end - 1;
      continue;
    }

    // Fractions: "two-thirds", "a third of", "nearly half"; "la moitié", "de moitié", "die Hälfte".
    if (L.numbers.fractionNouns.has(t.lower) && L.numbers.fractionOpeners.has(prev)) {
      push(i - 1, i + 1, 'fraction');
      continue;
    }
    if (fractionWord.test(t.lower) && next !== 'majority') {
      push(i, i + 1, 'fraction');
      continue;
    }
    if (/^(?:third|quarter|fifth|tenth|half)$/.test(t.lower) && prev === 'a' &&
      (next === 'of' || /^(?:more|less|fewer|higher|lower)$/.test(next) || lower(i - 2) === 'by')) {
      push(i - 1, /^(?:more|less|fewer|higher|lower)$/.test(next) ? i + 2 : i + 1, 'fraction');
      continue;
    }
    if (/^(?:twice|double|triple|treble)$/.test(t.lower) && next === 'as' && /^(?:many|much)$/.test(lower(i + 2))) {
      push(i, i + 3, 'fraction');
      i += 2;
      continue;
    }
    if (t.lower === 'half' && next === 'a' && L.numbers.scales.has(lower(i + 2))) {
      push(i, i + 3, 'magnitude');
      i += 2;
      continue;
    }
    // ("the first half of the 19th century", "the second half of the match", "half of the decade": a half of a span of
    // time or of a sequence is a period, no share of anything counted; session 26, an editor's noise on Global Voices
    // copy. "The other half of the population", "half of the days" are shares.)
    // (Nor a half of a place or a thing by its side: "we retreated to the rear half of the station", "the northern half of
    // the island", a location, no share; session 40, noise on a Global Voices article never tuned on.)
    if (t.lower === 'half' && (/^(?:first|second|last|latter|final|opening|closing|back|bottom|eastern|front|left|lower|northern|rear|right|southern|top|upper|western)$/.test(prev) ||
      next === 'of' && tokens.slice(i + 2, i + 6).some((w) => /^(?:century|decade|year|month|week|day|season|term|era|period|match|game|\d{4}s)$/.test(w.lower)))) continue;
    if (t.lower === 'half' && (next === 'of' && /^(?:the|all|its|their|those|them|these|our|all|\p{L}+s)$/u.test(lower(i + 2)) ||
      /^(?:nearly|almost|about|over|under|roughly|around|just)$/.test(prev) || prev === 'than' && /^(?:more|less)$/.test(lower(i - 2)))) {
      if (lower(i + 1) !== 'an' && lower(i + 1) !== 'a') {
        push(i, i + 1, 'fraction');
        continue;
      }
    }

    // Spelled-out numbers: "twenty people", "three million".
    const spelled = wordValue(L, t.lower);
    // "une vingtaine de personnes", "un millier de manifestants": the article and the approximate number it opens.
    if (spelled === 1 && L.numbers.magnitudes.test(next) && L.numbers.magnitudeOf.has(lower(i + 2))) {
      push(i, i + 2, 'magnitude');
      i += 2;
      continue;
    }
    if (spelled !== undefined && t.lower !== 'zero') {
      const hyphenPrev = text[t.from - offset - 1] === '-';
      if (hyphenPrev || text[t.to - offset] === '-') continue;
      let end = i + 1;
      let value = spelled;
      while (L.numbers.scales.has(lower(end))) value *= L.numbers.scales.get(lower(end++))!;
      [end, value] = halfAfter(L, tokens, i + 1, end, value);
      // ("Un des enfants a été hospitalisé", "un policier et trois manifestants": the article, no count.)
      const tolls = L.numbers.articleOneTolls;
      const oneToll = end === i + 1 && L.numbers.articleOne?.has(t.lower) === true && tolls !== undefined && tolls.nouns.has(next) && tolls.after.has(prev);
      if ((t.lower === 'one' || L.numbers.articleOne?.has(t.lower) === true) && end === i + 1 && !oneToll) continue;
      // ("Er war ein Schüler des Ajatollah": the article, no count, unless its sentence tells of harm.)
      if (L.numbers.articleTolls?.has(t.lower) === true && end === i + 1 && !tokens.some((w) => L.figureWords.harmWords.has(w.lower))) continue;
      // ("eine halbe Million": the article of a fraction that the next word starts.)
      const fraction = wordValue(L, lower(i + 1));
      if (end === i + 1 && fraction !== undefined && fraction > 0 && fraction < 1) continue;
      if (value < 10 || t.lower === 'one' && value < 1000) {
        if (!oneToll && !countsToll(L, tokens, end) && !tollEllipsis(L, tokens, i) && !harmObject(L, tokens, i, end)) continue;
        if (parentOf(i)) continue;
        if (end === i + 1 && (prev === 'the' || prev === 'these' || prev === 'those' || prev === 'all' || L.numbers.knownGroup?.has(prev))) continue;
      }
      if (L.numbers.timeUnits.has(lower(end)) || lower(end) === 'times') continue;
      if (end === i + 1 && isAge(tokens, i, value)) continue;
      if (value < 100 && parentOf(i)) continue;
      // ("cinquante pour cent": a percent word of two after a spelled-out number.)
      if (end === i + 1 && L.numbers.percentWords.has(`${lower(end)} ${lower(end + 1)}`)) {
        push(i, end + 2, 'percent');
        i = end + 1;
        continue;
      }
      // (A toll of one reads with its noun: "un mort", not "un".)
      if (oneToll) end++;
      push(i, end, L.numbers.currencyWords.has(lower(end)) ? 'money' : 'count');
      i = end - 1;
      continue;
    }

    if (!/^\d/.test(t.text)) continue;
    skipped.add(i);
    const raw = t.text;
    if (headingStart && i === 0 && (next === '.' || next === ')' || next === ':')) continue;
    // "am 1. August", "die 19. Bundesversammlung": an ordinal, where the language writes them with a period.
    if (L.numbers.ordinalDot && next === '.' && tokens[i + 2]?.word === true) continue;
    // Joined to letters or digits by a slash or colon: dates (9/11), times (10:30), scores (24/7).
    if (prev === '/' || next === '/' || prev === ':' && /^\d/.test(lower(i - 2)) || next === ':' && /^\d/.test(lower(i + 2))) continue;
    if (text[t.from - offset - 1] === '-' || /[\p{L}]/u.test(text[t.from - offset - 1] ?? '')) continue;

    // "No. 10", "Jan. 12", "Article 5", "#3": the word before (past an abbreviation's period) labels the number.
    const label = prev === '.' ? lower(i - 2) : prev;
    let kind: FigureForm = 'count';
    let end = i + 1;
    let value: number;
    // A currency before the number is a symbol or a code ("$15", "USD 15"); "won 118-109" is a result, not Korean won.
    const money = currencySymbols.has(prev) || L.numbers.currencyCodes.has(prev);
    if (L.numbers.digits.test(raw)) {
      value = L.numbers.parse(raw);
    } else if (digitScaled.test(raw)) {
      if (!money && !L.numbers.currencyWords.has(next)) continue;
      value = 1e6;
    } else if (/^\d+-\d+$/.test(raw)) {
      // (Read without an array: its kind, small integers or not, would change the shape V8's optimised code expects.)
      const dash = raw.indexOf('-');
      const a = Number(raw.slice(0, dash));
      const b = Number(raw.slice(dash + 1));
      if (a < 100 && b < 100) continue;
      if (a >= 1000 && a <= 2100 && (b < 100 || b >= 1000 && b <= 2100)) continue;
      value = b;
    } else if (/^\d+-\p{L}/u.test(raw)) {
      // "61-year-old", "10-day": ages and durations; "a 10-point lead" is a figure.
      const dash = raw.indexOf('-');
      const n = raw.slice(0, dash);
      const second = raw.indexOf('-', dash + 1);
      const word = raw.slice(dash + 1, second < 0 ? raw.length : second);
      if (L.numbers.timeUnits.has(word) || word === 'year' || L.numbers.durationAdjectives?.test(word) === true || Number(n) < 10) continue;
      // ("2019-nCoV", "2020-Ausgabe", "4-CMC": a year or a code with a capital inside its letters names something; a
      // label, never a count, EDITORIAL-STANDARD.md §1.)
      if (/^\p{L}+\p{Lu}/u.test(word) || /^(?:1[89]|20)\d\d$/.test(n)) continue;
      push(i, i + 1, 'count');
      continue;
    } else continue;

    if (text[t.to - offset] === '%' || next === '%') {
      kind = 'percent';
      if (next === '%') end++;
    } else if (next === 'percent' || next === 'per' && lower(i + 2) === 'cent' || next === 'percentage' && lower(i + 2) === 'points' || next === 'pct') {
      kind = 'percent';
      end = next === 'per' || next === 'percentage' ? i + 3 : i + 2;
    } else if (L.numbers.percentWords.has(next)) {
      kind = 'percent';
      end = i + 2;
    } else if (L.numbers.percentWords.has(`${next} ${lower(i + 2)}`)) {
      // ("50 pour cent": a percent word of two, as English "per cent".)
      kind = 'percent';
      end = i + 3;
    }
    while (kind !== 'percent' && L.numbers.scales.has(lower(end))) value *= L.numbers.scales.get(lower(end++))!;
    if (kind !== 'percent') [end, value] = halfAfter(L, tokens, i + 1, end, value);
    if (lower(end) === '.' && L.numbers.scaleAbbreviations.has(lower(end - 1)) && L.numbers.currencyWords.has(lower(end + 1))) end++;
    if (kind !== 'percent' && (money || L.numbers.currencyWords.has(lower(end)))) {
      kind = 'money';
      if (L.numbers.currencyWords.has(lower(end))) end++;
    }
    if (kind === 'count') {
      // Dates, years, times, ages, durations, labels: not claims that need a source.
      // ("im Dezember 300 Menschen", "in December 300 people": after a month, a count of people is no date.)
      const counted = L.numbers.tollNouns.has(lower(end)) || L.numbers.tollNouns.has(lower(end + 1));
      if (L.numbers.months.has(label) && !counted || L.numbers.months.has(next) && (L.numbers.lowerMonths === true || tokens[i + 1]?.cap !== false)) continue;
      // ("qui sera lancé mercredi 29,", "dans la nuit du samedi 15 au dimanche 16", "on Friday 13 and": a day of the month
      // after its weekday is a date; not "samedi 15 manifestants", a count with its noun. Session 32, judged noise.)
      if (L.weekdays.has(label) && /^\d{1,2}$/.test(raw) && value >= 1 && value <= 31 && !counted &&
        (tokens[i + 1]?.word !== true || next.length <= 3 || L.numbers.months.has(next))) continue;
      // ("… heurté le 13 janvier. Et le 14, Mohamed Ndaw a été fauché": after the singular article and before a comma or
      // the sentence's end, a day of the month whose month the copy gave already; a count would be plural, "les 14".
      // Session 47, judged noise by a fresh editor on the French tuning set.)
      if (label === 'le' && /^\d{1,2}$/.test(raw) && value >= 1 && value <= 31 && /^[,;.]$/.test(tokens[i + 1]?.text ?? '.')) continue;
      // (Not after an approximator: "Environ 1800 écoles … ont été fermés", "plus de 1500 emplois": nobody rounds a year;
      // session 33, a count read as a year on French batch 15.)
      // (Nor before a noun of people, "1800 Teilnehmer gezählt", unless the word before names the year, "im Jahr 1989
      // Jugendliche befragen".)
      // (Nor after a preposition of time that opens the sentence: "In 2019 protesters marched", "En 2019 des
      // manifestants …"; session 42, a false alarm of every language.)
      if (/^\d{4}$/.test(raw) && value >= 1000 && value <= 2100 && (L.numbers.timeUnits.has(prev) || i === 1 && L.numbers.yearOpeners?.has(prev) === true ||
        !L.numbers.tollNouns.has(lower(end)) && !L.numbers.tollNouns.has(lower(end + 1))) &&
        !approximatorBefore(L.numbers.approximators, tokens, i)) continue;
      if (L.numbers.clockWords.has(next) || next === 'a' && lower(i + 2) === '.') continue;
      // "entre le 28 et 30 novembre", "les 12 et 24 juin": a day of a list or range that the month closes.
      if (daysBeforeMonth(L, tokens, i, days)) continue;
      // "(38 - Isère)", "(69 – Rhône)": a code in brackets beside the name it codes (a département), a label.
      if (prev === '(' && /^[-–]$/.test(next) && tokens[i + 2]?.cap === true) continue;
      // "son 80 anniversaire", "le 58 anniversaire": an ordinal whose suffix the copy lost (`NumberFormat.lostOrdinal`).
      if (lostOrdinal(L, tokens, i, raw)) continue;
      if (L.numbers.timeUnits.has(lower(end)) || L.numbers.timeUnits.has(lower(end + 1)) && /^(?:old|long)$/.test(lower(end + 2))) continue;
      // "de 18, 24 et 26 ans", "aged 18, 24 and 26 years": each number of a list that ends in a time unit is one.
      if (listEndsInTime(L, tokens, end, list)) continue;
      // "ramené à 7 mois contre 11 initialement prévus", "7 months against 11": the number set against a duration
      // shares its unit, a duration too (session 47, judged noise by a fresh editor on the French tuning set).
      if (/^(?:against|contre|versus|vs)$/.test(prev) && L.numbers.timeUnits.has(lower(i - 2)) && /^\d/.test(lower(i - 3)) && !L.numbers.tollNouns.has(next)) continue;
      if (next === 'years' || next === 'year-old' || next === 'times') continue;
      if (L.numbers.labelWords.has(label) || prev === '#') {
        named.add(i);
        continue;
      }
      // ("les missions Apollo 10, 13 et 16", "Artikel 11 und 13": a bare number listed after a name's or a label's
      // number, by a comma or the language's "and" or "or", with no noun of its own ("Boeing 737, 150 passagers" counts),
      // names the same series, a label too (EDITORIAL-STANDARD.md §1,
      // names and labels; session 34, judged a name read as a figure on French batch 16).)
      if ((prev === ',' || prev === L.and || /^(?:or|ou|oder)$/.test(prev)) && end === i + 1 && named.has(i - 2) &&
        (tokens[i + 1]?.word !== true || next === L.and || /^(?:or|ou|oder)$/.test(next))) {
        named.add(i);
        continue;
      }
      // "the 400 metres" is an event; "aged 5 to 11" is an age range like its first number.
      if (prev === 'the' && L.numbers.measureUnits.has(next)) continue;
      if ((prev === 'to' || prev === 'and' || prev === '-') && /^\d/.test(lower(i - 2)) && skipped.has(i - 2)) continue;
      const before = tokens[i - 1];
      if (before && before.word && before.cap && L.numbers.capsBeforeFigures !== null && !L.numbers.capsBeforeFigures.has(before.lower) && !/^\d/.test(before.text)) {
        named.add(i);
        continue;
      }
      if (isAge(tokens, i, value)) continue;
      if (value < 10 && end === i + 1) {
        if (!countsToll(L, tokens, end) && !L.numbers.measureUnits.has(next) && !tollEllipsis(L, tokens, i) && !harmObject(L, tokens, i, end)) continue;
        if (parentOf(i)) continue;
      }
      if (value < 100 && parentOf(i)) continue;
      if (value === 0) continue;
    }
    skipped.delete(i);
    push(i, end, kind);
    i = end - 1;
  }
  return out;
}

/**
 * True when the number at token `i` is a day of a list or range of days that one month closes ("entre le 28 et 30
 * novembre", "les 12 et 24 juin", "between 28 and 30 November"): after it, the language's `NumberFormat.dayJoins` or
 * a comma, optionally an article, and another day (1 to 31), as often as it goes on, then a month. Languages without
 * the list: never. `walked` is the last list walked (token indexes and its answer), updated here: a later day of that
 * list gets its answer without walking again.
 */
/**
 * Whether one of the language's approximators ("around", "plus de") stands right before token `i`. (A function of its
 * own, not a closure in findFigures' loop: one over the token's index would be a context allocated for every token.)
 */
function approximatorBefore(approximators: ReadonlyArray<readonly string[]>, tokens: readonly Token[], i: number): boolean {
  for (const words of approximators) {
    if (i < words.length) continue;
    let all = true;
    for (let j = 0; j < words.length && all; j++) all = (tokens[i - words.length + j]?.lower ?? '') === words[j];
    if (all) return true;
  }
  return false;
}

function daysBeforeMonth(L: LanguageResources, tokens: readonly Token[], i: number, walked: NumberList): boolean {
  const days = L.numbers.dayJoins;
  if (days === undefined) return false;
  const day = (k: number): boolean => /^\d{1,2}$/.test(tokens[k]?.text ?? '') && Number(tokens[k].text) >= 1 && Number(tokens[k].text) <= 31;
  if (!day(i)) return false;
  // A later day of a list already walked ends the same walk: its answer (a long line of "12, 14, 16, …" stays linear).
  if (i > walked.from && i <= walked.to) return walked.time;
  let k = i + 1;
  let items = 0;
  let answer: boolean | undefined;
  while (tokens[k] !== undefined && (tokens[k].text === ',' || days.joins.has(tokens[k].lower))) {
    let d = k + 1;
    if (days.articles.has(tokens[d]?.lower ?? '')) d++;
    if (!day(d)) {
      answer = false;
      break;
    }
    k = d + 1;
    items++;
  }
  answer ??= items > 0 && L.numbers.months.has(tokens[k]?.lower ?? '') && (L.numbers.lowerMonths === true || tokens[k].cap);
  walked.from = i;
  walked.to = k;
  walked.time = answer;
  return answer;
}

/**
 * True when the bare whole number `raw` at token `i` stands between a singular determiner of `NumberFormat.lostOrdinal`
 * and a singular common noun ("son 80 anniversaire", "le 58 anniversaire"): an ordinal whose suffix was lost, a rank.
 * The noun is a lower-case word of four letters or more not ending in "s" or "x" (a plural counts: "les 58
 * victimes", "le 20 heures"), nor a month, a unit, a currency or a scale ("le 1,5 million" is no bare number anyway).
 */
function lostOrdinal(L: LanguageResources, tokens: readonly Token[], i: number, raw: string): boolean {
  const determiners = L.numbers.lostOrdinal;
  const noun = tokens[i + 1];
  if (determiners === undefined || !/^\d+$/.test(raw) || !determiners.has(tokens[i - 1]?.lower ?? '') || noun === undefined || !noun.word || noun.cap) return false;
  const w = noun.lower;
  const {currencyWords, measureUnits, months, scales, timeUnits} = L.numbers;
  return w.length >= 4 && !/[sx]$/.test(w) && !/\d/.test(w) && !months.has(w) && !measureUnits.has(w) && !timeUnits.has(w) && !currencyWords.has(w) && !scales.has(w);
}

/**
 * One past the last token of a multiple that starts at `i` ("deux à trois fois plus", "3 fois moins"), or undefined:
 * a number, optionally a range to a second number, the language's "times", a comparative and a word that makes it
 * a quantity ("de", "nombreux").
 */
function multipleEnd(L: LanguageResources, tokens: readonly Token[], i: number): number | undefined {
  const multiple = L.numbers.multiple;
  if (multiple === undefined) return undefined;
  const number = (k: number): boolean => /^\d/.test(tokens[k]?.text ?? '') || wordValue(L, tokens[k]?.lower ?? '') !== undefined;
  let k = i + 1;
  if (multiple.range.has(tokens[k]?.lower ?? '') && number(k + 1)) k += 2;
  return tokens[k]?.lower === multiple.word && multiple.comparatives.has(tokens[k + 1]?.lower ?? '') &&
    multiple.next.has(tokens[k + 2]?.lower ?? '') ? k + 2 : undefined;
}

/**
 * A list of bare numbers joined by commas or "and" that `listEndsInTime` has walked: token indices `from` (the
 * separator after its first number) to `to` (one past its last number), and whether a time unit closes it.
 */
interface NumberList {
  from: number;
  to: number;
  time: boolean;
}

/**
 * True when the tokens from `end` go on with a list of bare numbers ("…, 24 et 26 ans", "…, 24 and 26 years") joined
 * by commas and the language's "and", and a time unit closes it: the number before `end` is an age or a duration.
 * `list` remembers the last list walked: a later number of the same list gets the same answer without walking it
 * again (a draft line of thousands of comma-separated numbers was quadratic).
 */
function listEndsInTime(L: LanguageResources, tokens: readonly Token[], end: number, list: NumberList): boolean {
  if (end > list.from && end < list.to && (end - list.from) % 2 === 0) return list.time;
  let k = end;
  let items = 0;
  while ((tokens[k]?.text === ',' || tokens[k]?.lower === L.and) && /^\d+$/.test(tokens[k + 1]?.text ?? '')) {
    k += 2;
    items++;
  }
  if (items === 0) return false;
  list.from = end;
  list.to = k;
  list.time = L.numbers.timeUnits.has(tokens[k]?.lower ?? '');
  return list.time;
}

/**
 * One past the denominator of a share "un salarié sur dix" that starts at `i` (`NumberFormat.oneIn`), or undefined:
 * at most two words, the preposition, a number from 2 to 100, and no plural noun or unit after it.
 */
function oneInEnd(L: LanguageResources, tokens: readonly Token[], i: number): number | undefined {
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    if (!tokens[k].word) return undefined;
    if (tokens[k].lower !== L.numbers.oneIn) continue;
    const denominator = tokens[k + 1]?.lower ?? '';
    const value = /^\d+$/.test(denominator) ? Number(denominator) : wordValue(L, denominator);
    if (value === undefined || value < 2 || value > 100) return undefined;
    const after = tokens[k + 2];
    if (after?.word === true && (/[sx]$/.test(after.lower) || L.numbers.timeUnits.has(after.lower) || L.numbers.measureUnits.has(after.lower))) return undefined;
    return k + 2;
  }
  return undefined;
}

/**
 * True when the words after a small number name what is being counted as a toll ("two soldiers were killed", "six
 * Tibétains se sont immolés", see FigureWords.demonyms). Where
 * every noun is capitalised, the article "ein" counts only the noun right after it ("ein Opfer"; not "ein Deutscher
 * wurde Opfer", where "Opfer" is what the one German became).
 */
function countsToll(L: LanguageResources, tokens: readonly Token[], end: number): boolean {
  const article = L.numbers.capsBeforeFigures === null && wordValue(L, tokens[end - 1]?.lower ?? '') === 1;
  // ("six fonctionnaires étaient encore gardés à vue": a phrase of harm after the noun, see `FigureWords.harmAfter`.)
  if (L.figureWords.harmAfter?.test(lowerText(tokens, end, end + 10)) === true) return true;
  for (let k = end; k < Math.min(tokens.length, end + 3); k++) {
    if (L.numbers.tollNouns.has(tokens[k].lower)) return true;
    // ("6 Tibétains se sont immolés": a people by its place name, then a word of harm in the next four.)
    const {demonyms, personNouns, propertyNouns, harmWords} = L.figureWords;
    const harmAfter = (): boolean => tokens.slice(k + 1, k + 5).some((t) => harmWords.has(t.lower));
    if (demonyms !== undefined && tokens[k].cap && demonyms.test(tokens[k].text) && harmAfter()) return true;
    // ("trois jeunes ont été interpellés", "two men were arrested", "deux maisons ont été détruites": people or
    // property, then a word of harm in the next four, the clause's predicate; session 26, the class of tolls whose
    // noun is no toll noun of its own.)
    if (!tokens[k].cap && (personNouns.has(tokens[k].lower) || propertyNouns.has(tokens[k].lower)) && harmAfter()) return true;
    // ("Deux kayakistes sont décédés", "three hikers were killed": whatever plural noun the number opens, the word of
    // harm that is its predicate makes it a toll; session 28, the French batches' missed tolls. Not a time, a unit or
    // an amount: "deux ans après l'attaque meurtrière".)
    const {currencyWords, measureUnits, multiple, timeUnits} = L.numbers;
    const w = tokens[k].lower;
    // ("trois Gilets jaunes ont été blessés": a plural capitalised as a movement's or a force's name counts its people
    // too, where only names are capitalised; session 32, a toll the French batch 14 judges expected.)
    if (k === end && tokens[k].word && (!tokens[k].cap || L.numbers.capsBeforeFigures !== null) && /^\p{L}{3,}[sx]$/u.test(w) && !timeUnits.has(w) && !measureUnits.has(w) && !currencyWords.has(w) &&
      w !== multiple?.word && harmAfter()) return true;
    if (!tokens[k].word || article && tokens[k].cap) return false;
  }
  return false;
}

/**
 * True when the small number at `i` counts the victims of a toll whose noun the clause before gave: "ein Soldat
 * getötet und zwei verletzt", "one soldier was killed and two wounded" (a conjunction, the number, then a lower-case
 * harm participle that ends the clause). Judged a missed casualty figure on German batch 10.
 */
function tollEllipsis(L: LanguageResources, tokens: readonly Token[], i: number): boolean {
  const harm = tokens[i + 1];
  const after = tokens[i + 2];
  return /^(?:and|und)$/.test(tokens[i - 1]?.lower ?? '') && harm !== undefined && harm.word && !harm.cap &&
    L.figureWords.harmWords.has(harm.lower) && (after === undefined || !after.word);
}

/**
 * True when the small number at tokens `[i, end)` is the object of a verb of harm right before it, and a plural noun
 * it counts follows: "Des grenades ont blessé deux lycéens", "tuant deux personnes", "killed three villagers" (not a
 * time, a unit nor a multiple: "blessé deux fois", "tué trois jours plus tôt"). Session 29, the judges' missed tolls.
 */
function harmObject(L: LanguageResources, tokens: readonly Token[], i: number, end: number): boolean {
  const verb = tokens[i - 1];
  const noun = tokens[end];
  if (verb === undefined || !verb.word || verb.cap || !L.figureWords.harmWords.has(verb.lower)) return false;
  if (noun === undefined || !noun.word || noun.cap) return false;
  const w = noun.lower;
  const {currencyWords, measureUnits, multiple, timeUnits} = L.numbers;
  return /^\p{L}{3,}[sx]$/u.test(w) && !timeUnits.has(w) && !measureUnits.has(w) && !currencyWords.has(w) && w !== multiple?.word && w !== 'times';
}

/** "Mr. Okafor, 61, said": a number set off by commas right after a name is an age. */
function isAge(tokens: readonly Token[], i: number, value: number): boolean {
  if (value > 120 || !Number.isInteger(value)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev) return false;
  if (prev.lower === 'aged' || prev.lower === 'age' || prev.lower === 'ages' || /^turn(?:s|ed|ing)$/.test(prev.lower)) return true;
  // "died at the age of 83", "between the ages of 18 and 43": an age, unless a noun follows that the number counts
  // ("the average age of 300 workers").
  if (prev.lower === 'of' && /^ages?$/.test(tokens[i - 2]?.lower ?? '')) {
    return next === undefined || !next.word || next.cap ||
      /^(?:after|and|at|from|in|on|or|to|when|while|year|years)$/.test(next.lower);
  }
  if (prev.text === '(' && next?.text === ')' && tokens[i - 2]?.cap) return true;
  return prev.text === ',' && tokens[i - 2]?.cap === true && (next === undefined || next.text === ',' || next.text === '.' || next.lower === 'and' || next.text === ';');
}

/**
 * A half after the figure's last scale (`NumberFormat.halfAfterScale`, "un million et demi"): the token after the
 * figure and its value, past "et demi" when the figure ends on a scale after token `first`. Unchanged otherwise.
 */
function halfAfter(L: LanguageResources, tokens: readonly Token[], first: number, end: number, value: number): [number, number] {
  const half = L.numbers.halfAfterScale;
  if (half === undefined || end <= first || tokens[end]?.lower !== L.and || !half.has(tokens[end + 1]?.lower ?? '')) return [end, value];
  const scale = L.numbers.scales.get(tokens[end - 1].lower);
  return scale === undefined ? [end, value] : [end + 2, value + scale / 2];
}
