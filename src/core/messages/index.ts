// Finding messages, notes and quick-fix titles in the reader's language, from one catalogue per locale. ESLint's
// model: a rule reports a `messageId` and `data`, never a sentence, and the text is looked up and filled in here.
// Pure: no vscode, no node:*, no I/O, so the CLI, the extension and its web worker all use it.
import type {Finding, Fix} from '../types.js';
import {de} from './de.js';
import {en} from './en.js';
import {fr} from './fr.js';
import type {Catalogue} from './types.js';
import {mapPacked} from '../arrays.js';

export type {Catalogue, RuleMessages, Translation} from './types.js';

/** The locales Sourced has messages for; `en` is the default and the fallback. */
export const locales = ['en', 'fr', 'de'] as const;

/** One of {@link locales}. */
export type Locale = (typeof locales)[number];

/**
 * A value for a placeholder: a string is copied as it is (words of the draft, a rule id); a list of strings (words of
 * the draft) is written with each item in the locale's quotation marks, joined by ", " (`"3.6%", "4%"`,
 * `« 3,6 % », « 4 % »`); `{term}` is a word the catalogue translates (`{term: 'figure.percent'}` → "Percentage",
 * "Pourcentage", "Prozentangabe").
 */
export type MessageValue = string | readonly string[] | {readonly term: string};

/** Placeholder name → value, as in ESLint's `context.report({messageId, data})`. */
export type MessageData = Readonly<Record<string, MessageValue>>;

const catalogues: Readonly<Record<Locale, Catalogue>> = {en, fr, de};

/** True when `value` is one of {@link locales} exactly (`fr`, not `fr-CA`). */
export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/**
 * The locale for a language tag such as VS Code's display language: `fr`, `fr-CA` → `fr`; `de`, `de-AT` → `de`;
 * anything else (`en-GB`, `es`, `zh-cn`, undefined) → `en`.
 */
export function localeOf(tag: string | undefined): Locale {
  const language = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : 'en';
}

/** The catalogue of `locale`; an unknown locale gets the English one. */
function catalogue(locale: string): Catalogue {
  return isLocale(locale) ? catalogues[locale] : en;
}

/**
 * Fill a template's `{{name}}` placeholders (ESLint's syntax and rule: spaces inside the braces are ignored, and a
 * placeholder with no value in `data` is left as it is).
 */
function interpolate(template: string, data: MessageData | undefined, cat: Catalogue): string {
  if (data === undefined) return template;
  return template.replace(/\{\{([^{}]+?)\}\}/gu, (whole, name: string) => {
    const key = name.trim();
    if (!Object.hasOwn(data, key)) return whole;
    const value = data[key];
    if (typeof value === 'string') return value;
    if ('term' in value) return cat.terms[value.term] ?? en.terms[value.term as keyof typeof en.terms] ?? value.term;
    const [open, close] = cat.quotes;
    return mapPacked(value, (item) => `${open}${item}${close}`).join(', ');
  });
}

/**
 * A finding's message and note in `locale`.
 *
 * @param locale
 *   `en`, `fr` or `de`; any other value gets English.
 * @param ruleId
 *   The finding's rule (or `unsupported-language`).
 * @param messageId
 *   One of the rule's messageIds in the English catalogue (en.ts).
 * @param data
 *   Values for the template's placeholders.
 * @returns
 *   `{message, note}`; `note` is undefined when the rule has none.
 * @throws {Error}
 *   When the rule has no such messageId in English: a rule reported an id nobody wrote a text for.
 */
export function formatMessage(locale: string, ruleId: string, messageId: string, data?: MessageData): {message: string; note?: string} {
  const cat = catalogue(locale);
  const english = Object.hasOwn(en.rules, ruleId) ? (en.rules as Catalogue['rules'])[ruleId] : undefined;
  if (english === undefined || !Object.hasOwn(english.messages, messageId)) throw new Error(`no message "${messageId}" for rule "${ruleId}"`);
  const texts = Object.hasOwn(cat.rules, ruleId) ? cat.rules[ruleId] : english;
  const message = texts.messages[messageId] ?? english.messages[messageId];
  const note = texts.notes?.[messageId] ?? texts.note ?? english.notes?.[messageId] ?? english.note;
  return {message: interpolate(message, data, cat) + mergedSuffix(data, cat), ...(note === undefined ? {} : {note: interpolate(note, data, cat)})};
}

/**
 * The clauses the merge step's data adds to a message (merge.ts): for each `merged:<rule>` key, in rule order, the
 * catalogue's `merged` text of that rule with the absorbed words; empty without such a key.
 */
function mergedSuffix(data: MessageData | undefined, cat: Catalogue): string {
  if (data === undefined) return '';
  let suffix = '';
  for (const key of Object.keys(data).filter((k) => k.startsWith('merged:')).sort()) {
    const rule = key.slice('merged:'.length);
    const template = (Object.hasOwn(cat.merged, rule) ? cat.merged[rule] : undefined) ?? (en.merged as Readonly<Record<string, string>>)[rule];
    if (template !== undefined) suffix += interpolate(template, {words: data[key]}, cat);
  }
  return suffix;
}

/**
 * A rule's one-line description in `locale` (SARIF's `shortDescription`, the extension's rule picker).
 *
 * @param locale
 *   `en`, `fr` or `de`; any other value gets English.
 * @param ruleId
 *   A rule id of the English catalogue that has a description (every rule; not `unsupported-language`).
 * @throws {Error}
 *   When English has no description for `ruleId`.
 */
export function formatRuleDescription(locale: string, ruleId: string): string {
  const english = Object.hasOwn(en.rules, ruleId) ? (en.rules as Catalogue['rules'])[ruleId].description : undefined;
  if (english === undefined) throw new Error(`no description for rule "${ruleId}"`);
  const cat = catalogue(locale);
  return (Object.hasOwn(cat.rules, ruleId) ? cat.rules[ruleId].description : undefined) ?? english;
}

/**
 * A quick-fix title in `locale` (an unknown locale gets English).
 *
 * @param messageId
 *   A key of the catalogue's `fixes` ("addAttribution", "attributeTo", …).
 * @throws {Error}
 *   When English has no such title.
 */
export function formatFixTitle(locale: string, messageId: string, data?: MessageData): string {
  if (!Object.hasOwn(en.fixes, messageId)) throw new Error(`no fix title "${messageId}"`);
  const cat = catalogue(locale);
  return interpolate(cat.fixes[messageId] ?? (en.fixes as Catalogue['fixes'])[messageId], data, cat);
}

/**
 * The parts of a fix that name its title by id: spread into a `Fix` (`{...fixTitle('nameSource'), kind, edits}`). The
 * title is English; `localizeFinding` translates it.
 */
export function fixTitle(messageId: string, data?: MessageData): Pick<Fix, 'title' | 'messageId' | 'data'> {
  return {title: formatFixTitle('en', messageId, data), messageId, ...(data === undefined ? {} : {data})};
}

/**
 * A finding with its message, note and fix titles in `locale`. Findings without a messageId (built by hand) and
 * English keep their text; the finding itself is never changed.
 *
 * @param locale
 *   `en`, `fr` or `de`; any other value gets English.
 * @example
 *   localizeFinding(lint('It resulted in 1,140 casualties.').findings[0], 'fr').message
 *   // 'Chiffre « 1,140 » sans source : précisez qui a compté, mesuré ou estimé'
 */
export function localizeFinding<T extends Finding>(finding: T, locale: string): T {
  if (!isLocale(locale) || locale === 'en' || finding.messageId === undefined) return finding;
  const {message, note} = formatMessage(locale, finding.ruleId, finding.messageId, finding.data);
  return {
    ...finding,
    message,
    ...(note === undefined ? {} : {note}),
    fixes: mapPacked(finding.fixes, (fix) => localizeFix(fix, locale)),
  };
}

/**
 * A fix with its title in `locale`. A fix without a messageId (made outside the core) and English keep their title;
 * the fix itself is never changed.
 *
 * @param locale
 *   `en`, `fr` or `de`; any other value gets English.
 */
export function localizeFix<T extends Fix>(fix: T, locale: string): T {
  if (!isLocale(locale) || locale === 'en' || fix.messageId === undefined) return fix;
  return {...fix, title: formatFixTitle(locale, fix.messageId, fix.data)};
}
