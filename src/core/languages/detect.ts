// The language of a draft: front matter (`lang:` / `language:`), then `.sourced.json`, then the text's function words.

/** Languages whose drafts Sourced checks; English is the default. */
export const supportedLanguages = ['en', 'fr', 'de'] as const;

/** A language Sourced checks. */
export type SupportedLanguage = (typeof supportedLanguages)[number];

/** Where the language of a draft came from. */
export type LanguageOrigin = 'front-matter' | 'config' | 'detected' | 'default';

/** The language a draft is checked in, as a lower-case primary tag ("fr" for "fr-CH"), and where it came from. */
export interface DraftLanguage {
  /** Primary language subtag, lower case ("en", "fr", "de", "es", …). */
  code: string;
  origin: LanguageOrigin;
}

// The most frequent function words of each language, chosen so that no word is frequent in two of them ("de", "la",
// "que", "en", "a" and "on" are left out for that reason). After frequency lists of news text in each language;
// small on purpose: a few hundred words of prose settle it. Spanish, Italian, Portuguese and Dutch are here only so
// that a draft in one of them is recognised as unsupported rather than read as French or German.
const functionWords: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set(['auch', 'auf', 'das', 'dem', 'den', 'der', 'des', 'ein', 'eine', 'einer', 'für', 'hat', 'ist', 'mit', 'nicht', 'sich', 'und', 'von', 'wurde', 'zu']),
  en: new Set(['and', 'are', 'by', 'for', 'from', 'has', 'have', 'is', 'it', 'of', 'said', 'that', 'the', 'this', 'to', 'was', 'were', 'with']),
  es: new Set(['al', 'como', 'con', 'del', 'el', 'las', 'los', 'más', 'para', 'pero', 'por', 'su', 'una', 'y']),
  fr: new Set(['au', 'aux', 'avec', 'cette', 'dans', 'des', 'du', 'est', 'et', 'il', 'les', 'ont', 'par', 'pas', 'pour', 'qui', 'sont', 'sur', 'une', 'été']),
  it: new Set(['anche', 'che', 'della', 'di', 'gli', 'nel', 'non', 'per', 'sono', 'una']),
  nl: new Set(['aan', 'dat', 'een', 'het', 'niet', 'ook', 'op', 'te', 'van', 'voor', 'werd', 'zijn']),
  pt: new Set(['com', 'da', 'das', 'do', 'dos', 'foi', 'não', 'os', 'para', 'por', 'uma', 'é']),
};

/**
 * Whether a passage (a paragraph after a colon, a block quote) reads as the draft's language: false when most of its
 * first 400 characters' letters are of a script other than Latin (a German draft quoting a post in Russian), or when
 * the function words of another language outnumber the draft's and make up at least 8% of those characters'
 * words (a French draft quoting a tweet in English). Short passages and passages with no function words read as
 * the draft's language, since the draft's own short lines often hold none of its listed words.
 *
 * @param code
 *   The draft's language, a primary tag ("fr").
 * @param text
 *   Plain prose.
 */
export function readsAs(code: string, text: string): boolean {
  const words = text.slice(0, 400).toLowerCase().match(/\p{L}+/gu) ?? [];
  // (A passage mostly in another script, "Мы будем бороться до конца", reads as none of the Latin-script languages.)
  const letters = words.reduce((n, w) => n + w.length, 0);
  const latin = words.reduce((n, w) => n + (w.match(/[\u0000-\u024f\u1e00-\u1eff]/g)?.length ?? 0), 0);
  if (latin * 2 < letters) return false;
  if (words.length < 4) return true;
  const own = functionWords[code] === undefined ? 0 : words.filter((w) => functionWords[code].has(w)).length;
  for (const [other, list] of Object.entries(functionWords)) {
    if (other === code) continue;
    const hits = words.filter((w) => list.has(w)).length;
    if (hits > own && hits / words.length >= minimumShare) return false;
  }
  return true;
}

const languageCodes = Object.keys(functionWords);
/** For each function word, the indices in `languageCodes` of the languages listing it ("para": Spanish and Portuguese). */
const languagesOfWord = new Map<string, number[]>();
languageCodes.forEach((code, k) => {
  for (const w of functionWords[code]) languagesOfWord.set(w, [...(languagesOfWord.get(w) ?? []), k]);
});
const noLanguages: readonly number[] = [];

/** Fewest words a text needs before its function words are trusted; shorter texts stay English. */
const minimumWords = 30;
/** Share of a text's words that must be function words of the winning language. */
const minimumShare = 0.08;
/**
 * Or this smaller share, when no other language has a third as many hits: a French article of 213 words with 17 French
 * function words and none of any other language's (7.98%) read as English, and one word more decided it (session 29,
 * French batch 12: a fix's ", selon La France" flipped the draft's language and changed every figure).
 */
const clearShare = 0.04;
/**
 * Quotations in the marks of the supported languages, on one line each: „…“, “…”, «…», "…" (French « » and German
 * » « both ways); one the sample cuts off runs to the end of its line.
 */
const quotations = /„[^“”\n]*(?:[“”]|$)|“[^”\n]*(?:”|$)|«[^»\n]*(?:»|$)|»[^«\n]*(?:«|$)|"[^"\n]*(?:"|$)/gm;
/** Characters of prose `detectLanguage` reads (the rest of a long draft is not needed to tell its language). */
export const detectionLength = 3000;

/**
 * Guess the language of prose from its most frequent function words.
 *
 * @param text
 *   Plain prose (markup already removed); only its first `detectionLength` (3,000) characters are read, and words
 *   inside quotation marks count only when the rest has fewer than 30 words.
 * @returns
 *   A primary language tag ("en", "fr", "de", "es", "it", "nl", "pt"), or undefined when the text is too short or
 *   has too few function words of any language to tell: the leading language's under 8% of its words, or under 4%
 *   when another language has a third as many.
 */
export function detectLanguage(text: string): string | undefined {
  const sample = text.slice(0, detectionLength).toLowerCase();
  // A draft's language is that of its narration, not of what it quotes: a German story quoting a statement in
  // English at length reads as German. (Quoted words still count where the narration alone is too short to tell.)
  const narration = sample.replace(quotations, ' ').match(/\p{L}+/gu) ?? [];
  const words = narration.length >= minimumWords ? narration : sample.match(/\p{L}+/gu) ?? [];
  if (words.length < minimumWords) return undefined;
  // One look-up per word: hits per language, in the order of `languageCodes`.
  const hits = languageCodes.map(() => 0);
  for (const w of words) for (const k of languagesOfWord.get(w) ?? noLanguages) hits[k]++;
  let best: string | undefined;
  let bestHits = 0;
  let secondHits = 0;
  languageCodes.forEach((code, k) => {
    if (hits[k] > bestHits) {
      best = code;
      secondHits = bestHits;
      bestHits = hits[k];
    } else if (hits[k] > secondHits) secondHits = hits[k];
  });
  const share = bestHits / words.length;
  return share >= minimumShare || share >= clearShare && bestHits >= 3 * secondHits ? best : undefined;
}

/**
 * The language a YAML front matter declares (`lang: fr`, `language: "de-CH"`).
 *
 * @param source
 *   The whole draft.
 * @returns
 *   The declared tag as written (trimmed, quotes removed), or undefined when there is no front matter or no such key.
 */
export function frontMatterLanguage(source: string): string | undefined {
  const start = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!source.startsWith('---', start)) return undefined;
  const close = source.indexOf('\n---', start + 3);
  if (close < 0) return undefined;
  const m = /^(?:lang|language)[ \t]*:[ \t]*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)["']?[ \t]*\r?$/m.exec(source.slice(start, close));
  return m?.[1];
}

/** The primary subtag of a language tag, lower case: "fr-CH" → "fr", "DE" → "de". */
export function primaryTag(tag: string): string {
  return tag.split(/[-_]/)[0].toLowerCase();
}

/**
 * Decide the language of a draft: its front matter, then the configured language, then detection, then English.
 *
 * @param source
 *   The whole draft (front matter included).
 * @param prose
 *   Its prose as plain text, for detection.
 * @param configured
 *   `.sourced.json`'s `"language"`, if set.
 * @param detect
 *   Detection (`detectLanguage`; the editor's linter passes one that remembers its last answer).
 */
export function draftLanguage(source: string, prose: () => string, configured: string | undefined, detect: (text: string) => string | undefined = detectLanguage): DraftLanguage {
  const declared = frontMatterLanguage(source);
  if (declared !== undefined) return {code: primaryTag(declared), origin: 'front-matter'};
  if (configured !== undefined) return {code: primaryTag(configured), origin: 'config'};
  const detected = detect(prose());
  return detected === undefined ? {code: 'en', origin: 'default'} : {code: detected, origin: 'detected'};
}

/** English names of the languages detection knows, for messages. */
export const languageNames: Readonly<Record<string, string>> = {
  de: 'German', en: 'English', es: 'Spanish', fr: 'French', it: 'Italian', nl: 'Dutch', pt: 'Portuguese',
};
