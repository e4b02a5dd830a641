// The CLI's own words around the findings (the stylish summary, per-file labels, SARIF and GitHub notices) in the
// locale of `--locale`. The findings' messages come from the core catalogue (src/core/messages); reasons a file was
// skipped or not read, usage errors and config errors stay English, as the JSON output and ESLint's do.
import type {Locale} from '../core/index.js';

/** A count with its noun: `(n) => "3 problems"`. Plural forms follow `Intl.PluralRules` (French 0 and 1 are singular). */
type Counted = (n: number) => string;

/** The texts of one locale. Every key is required in every locale (the typecheck enforces it). */
export interface CliTexts {
  /** Severity column of the stylish format, padded to one width by the caller. */
  readonly severity: Readonly<Record<'error' | 'warning' | 'info', string>>;
  readonly problems: Counted;
  readonly errors: Counted;
  readonly warnings: Counted;
  readonly infos: Counted;
  readonly files: Counted;
  /** The run has no finding: `✔ No attribution problems in 3 files`. */
  readonly clean: (files: number) => string;
  /** `--quiet` hid every finding and none is an error. */
  readonly cleanButHidden: (files: number, hidden: number) => string;
  /** `✖ 3 problems (1 error, 2 warnings, 0 info)`. */
  readonly summary: (total: number, errors: number, warnings: number, infos: number) => string;
  readonly inBaseline: Counted;
  readonly accepted: Counted;
  readonly fixedSummary: Counted;
  readonly fixedFile: Counted;
  readonly skippedFiles: Counted;
  readonly failedFiles: Counted;
  /** Per-file labels of the stylish format. */
  readonly skipped: string;
  readonly notChecked: string;
  readonly fixed: string;
  readonly baseline: string;
  /** Prefixes of a notice for a file not checked, skipped, or of an accepted finding (SARIF, GitHub). */
  readonly notCheckedPrefix: string;
  readonly skippedPrefix: string;
  readonly acceptedPrefix: string;
}

const pluralRules: Readonly<Record<Locale, Intl.PluralRules>> = {en: new Intl.PluralRules('en'), fr: new Intl.PluralRules('fr'), de: new Intl.PluralRules('de')};

/** The form of a word `Intl.PluralRules(locale)` selects for `n`: `one`, else `other`. */
function choose(locale: Locale, n: number, one: string, other: string): string {
  return pluralRules[locale].select(n) === 'one' ? one : other;
}

/** `count(locale, one, other)(n)`: "n" and the form of the noun phrase {@link choose} selects. */
function count(locale: Locale, one: string, other: string): Counted {
  return (n) => `${n} ${choose(locale, n, one, other)}`;
}

const en: CliTexts = {
  severity: {error: 'error', warning: 'warning', info: 'info'},
  problems: count('en', 'problem', 'problems'),
  errors: count('en', 'error', 'errors'),
  warnings: count('en', 'warning', 'warnings'),
  infos: (n) => `${n} info`,
  files: count('en', 'file', 'files'),
  clean: (files) => `✔ No attribution problems in ${en.files(files)}`,
  cleanButHidden: (files, hidden) => `✔ No errors in ${en.files(files)} (${count('en', 'warning or info finding', 'warning or info findings')(hidden)} not shown: --quiet)`,
  summary: (total, errors, warnings, infos) => `✖ ${en.problems(total)} (${en.errors(errors)}, ${en.warnings(warnings)}, ${en.infos(infos)})`,
  inBaseline: (n) => `${en.problems(n)} in the baseline (not counted).`,
  accepted: (n) => `${count('en', 'accepted finding', 'accepted findings')(n)} (sourced-accept), not counted as problems.`,
  fixedSummary: (n) => `Fixed ${en.problems(n)} with safe fixes.`,
  fixedFile: (n) => `${en.problems(n)} with safe fixes`,
  skippedFiles: (n) => `${en.files(n)} skipped.`,
  failedFiles: (n) => `${en.files(n)} could not be checked.`,
  skipped: 'skipped',
  notChecked: 'not checked',
  fixed: 'fixed',
  baseline: 'baseline',
  notCheckedPrefix: 'Not checked: ',
  skippedPrefix: 'Skipped: ',
  acceptedPrefix: 'Accepted: ',
};

const fr: CliTexts = {
  severity: {error: 'erreur', warning: 'avertissement', info: 'info'},
  problems: count('fr', 'problème', 'problèmes'),
  errors: count('fr', 'erreur', 'erreurs'),
  warnings: count('fr', 'avertissement', 'avertissements'),
  infos: (n) => `${n} info`,
  files: count('fr', 'fichier', 'fichiers'),
  clean: (files) => `✔ Aucun problème d'attribution dans ${fr.files(files)}`,
  cleanButHidden: (files, hidden) => `✔ Aucune erreur dans ${fr.files(files)} (${count('fr', 'avertissement ou info masqué', 'avertissements ou infos masqués')(hidden)} : --quiet)`,
  summary: (total, errors, warnings, infos) => `✖ ${fr.problems(total)} (${fr.errors(errors)}, ${fr.warnings(warnings)}, ${fr.infos(infos)})`,
  inBaseline: (n) => `${fr.problems(n)} dans la référence (non ${choose('fr', n, 'compté', 'comptés')}).`,
  accepted: (n) => `${count('fr', 'constat accepté', 'constats acceptés')(n)} (sourced-accept), non ${choose('fr', n, 'compté comme problème', 'comptés comme problèmes')}.`,
  fixedSummary: (n) => `${count('fr', 'problème corrigé', 'problèmes corrigés')(n)} par des corrections sûres.`,
  fixedFile: (n) => `${count('fr', 'problème corrigé', 'problèmes corrigés')(n)} par des corrections sûres`,
  skippedFiles: (n) => `${count('fr', 'fichier ignoré', 'fichiers ignorés')(n)}.`,
  failedFiles: (n) => `${count('fr', 'fichier n\'a pas pu être vérifié', 'fichiers n\'ont pas pu être vérifiés')(n)}.`,
  skipped: 'ignoré',
  notChecked: 'non vérifié',
  fixed: 'corrigé',
  baseline: 'référence',
  notCheckedPrefix: 'Non vérifié : ',
  skippedPrefix: 'Ignoré : ',
  acceptedPrefix: 'Accepté : ',
};

const de: CliTexts = {
  severity: {error: 'Fehler', warning: 'Warnung', info: 'Info'},
  problems: count('de', 'Problem', 'Probleme'),
  errors: count('de', 'Fehler', 'Fehler'),
  warnings: count('de', 'Warnung', 'Warnungen'),
  infos: (n) => `${n} Info`,
  files: count('de', 'Datei', 'Dateien'),
  clean: (files) => `✔ Keine Zuschreibungsprobleme in ${de.files(files)}`,
  cleanButHidden: (files, hidden) => `✔ Keine Fehler in ${de.files(files)} (${count('de', 'Warnung oder Info', 'Warnungen oder Infos')(hidden)} nicht angezeigt: --quiet)`,
  summary: (total, errors, warnings, infos) => `✖ ${de.problems(total)} (${de.errors(errors)}, ${de.warnings(warnings)}, ${de.infos(infos)})`,
  inBaseline: (n) => `${de.problems(n)} in der Baseline (nicht gezählt).`,
  accepted: (n) => `${count('de', 'akzeptierter Befund', 'akzeptierte Befunde')(n)} (sourced-accept), nicht als Probleme gezählt.`,
  fixedSummary: (n) => `${de.problems(n)} mit sicheren Korrekturen behoben.`,
  fixedFile: (n) => `${de.problems(n)} mit sicheren Korrekturen behoben`,
  skippedFiles: (n) => `${de.files(n)} übersprungen.`,
  failedFiles: (n) => `${de.files(n)} ${choose('de', n, 'konnte', 'konnten')} nicht geprüft werden.`,
  skipped: 'übersprungen',
  notChecked: 'nicht geprüft',
  fixed: 'behoben',
  baseline: 'Baseline',
  notCheckedPrefix: 'Nicht geprüft: ',
  skippedPrefix: 'Übersprungen: ',
  acceptedPrefix: 'Akzeptiert: ',
};

const texts: Readonly<Record<Locale, CliTexts>> = {en, fr, de};

/**
 * The CLI's texts in `locale`.
 *
 * @param locale
 *   `en` (also when undefined), `fr` or `de`.
 */
export function cliTexts(locale: Locale | undefined): CliTexts {
  return texts[locale ?? 'en'];
}
