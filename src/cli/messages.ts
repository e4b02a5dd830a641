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

/** A noun phrase's two forms, `[one, other]`, chosen with `Intl.PluralRules` (French 0 and 1 take `one`). */
type Forms = readonly [string, string];

/** What a counted template may name: `{problem}` is "3 problems", `{~counted}` the form alone ("comptés"). */
type Noun = 'problem' | 'error' | 'warning' | 'info' | 'file' | 'hidden' | 'accepted' | 'fixed' | 'skippedFile' | 'failedFile' | 'counted';

/**
 * One locale's words, as data: the nouns with their plural forms and the templates that count them. A template's
 * `{noun}` becomes the count and the noun's form for it, `{~noun}` the form alone.
 */
interface CliCatalogue {
  readonly severity: CliTexts['severity'];
  readonly nouns: Readonly<Record<Noun, Forms>>;
  /** Templates of the counted messages of {@link CliTexts}; `summary` counts problems, errors, warnings, info. */
  readonly templates: Readonly<Record<'clean' | 'cleanButHidden' | 'summary' | 'inBaseline' | 'accepted' | 'fixedSummary' | 'fixedFile' | 'skippedFiles' | 'failedFiles', string>>;
  readonly labels: Pick<CliTexts, 'skipped' | 'notChecked' | 'fixed' | 'baseline' | 'notCheckedPrefix' | 'skippedPrefix' | 'acceptedPrefix'>;
}

const catalogues: Readonly<Record<Locale, CliCatalogue>> = {
  en: {
    severity: {error: 'error', warning: 'warning', info: 'info'},
    nouns: {
      problem: ['problem', 'problems'], error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'info'],
      file: ['file', 'files'], hidden: ['warning or info finding', 'warning or info findings'],
      accepted: ['accepted finding', 'accepted findings'], fixed: ['problem', 'problems'], skippedFile: ['file', 'files'],
      failedFile: ['file', 'files'], counted: ['', ''],
    },
    templates: {
      clean: '✔ No attribution problems in {file}',
      cleanButHidden: '✔ No errors in {file} ({hidden} not shown: --quiet)',
      summary: '✖ {problem} ({error}, {warning}, {info})',
      inBaseline: '{problem} in the baseline (not counted).',
      accepted: '{accepted} (sourced-accept), not counted as problems.',
      fixedSummary: 'Fixed {fixed} with safe fixes.',
      fixedFile: '{fixed} with safe fixes',
      skippedFiles: '{skippedFile} skipped.',
      failedFiles: '{failedFile} could not be checked.',
    },
    labels: {skipped: 'skipped', notChecked: 'not checked', fixed: 'fixed', baseline: 'baseline', notCheckedPrefix: 'Not checked: ', skippedPrefix: 'Skipped: ', acceptedPrefix: 'Accepted: '},
  },
  fr: {
    severity: {error: 'erreur', warning: 'avertissement', info: 'info'},
    nouns: {
      problem: ['problème', 'problèmes'], error: ['erreur', 'erreurs'], warning: ['avertissement', 'avertissements'], info: ['info', 'info'],
      file: ['fichier', 'fichiers'], hidden: ['avertissement ou info masqué', 'avertissements ou infos masqués'],
      accepted: ['constat accepté', 'constats acceptés'], fixed: ['problème corrigé', 'problèmes corrigés'],
      skippedFile: ['fichier ignoré', 'fichiers ignorés'], failedFile: ['fichier n\'a pas pu être vérifié', 'fichiers n\'ont pas pu être vérifiés'],
      counted: ['compté', 'comptés'],
    },
    templates: {
      clean: '✔ Aucun problème d\'attribution dans {file}',
      cleanButHidden: '✔ Aucune erreur dans {file} ({hidden} : --quiet)',
      summary: '✖ {problem} ({error}, {warning}, {info})',
      inBaseline: '{problem} dans la référence (non {~counted}).',
      accepted: '{accepted} (sourced-accept), non {~counted} comme {~problem}.',
      fixedSummary: '{fixed} par des corrections sûres.',
      fixedFile: '{fixed} par des corrections sûres',
      skippedFiles: '{skippedFile}.',
      failedFiles: '{failedFile}.',
    },
    labels: {skipped: 'ignoré', notChecked: 'non vérifié', fixed: 'corrigé', baseline: 'référence', notCheckedPrefix: 'Non vérifié : ', skippedPrefix: 'Ignoré : ', acceptedPrefix: 'Accepté : '},
  },
  de: {
    severity: {error: 'Fehler', warning: 'Warnung', info: 'Info'},
    nouns: {
      problem: ['Problem', 'Probleme'], error: ['Fehler', 'Fehler'], warning: ['Warnung', 'Warnungen'], info: ['Info', 'Info'],
      file: ['Datei', 'Dateien'], hidden: ['Warnung oder Info', 'Warnungen oder Infos'],
      accepted: ['akzeptierter Befund', 'akzeptierte Befunde'], fixed: ['Problem', 'Probleme'], skippedFile: ['Datei', 'Dateien'],
      failedFile: ['Datei konnte', 'Dateien konnten'], counted: ['', ''],
    },
    templates: {
      clean: '✔ Keine Zuschreibungsprobleme in {file}',
      cleanButHidden: '✔ Keine Fehler in {file} ({hidden} nicht angezeigt: --quiet)',
      summary: '✖ {problem} ({error}, {warning}, {info})',
      inBaseline: '{problem} in der Baseline (nicht gezählt).',
      accepted: '{accepted} (sourced-accept), nicht als Probleme gezählt.',
      fixedSummary: '{fixed} mit sicheren Korrekturen behoben.',
      fixedFile: '{fixed} mit sicheren Korrekturen behoben',
      skippedFiles: '{skippedFile} übersprungen.',
      failedFiles: '{failedFile} nicht geprüft werden.',
    },
    labels: {skipped: 'übersprungen', notChecked: 'nicht geprüft', fixed: 'behoben', baseline: 'Baseline', notCheckedPrefix: 'Nicht geprüft: ', skippedPrefix: 'Übersprungen: ', acceptedPrefix: 'Akzeptiert: '},
  },
};

/**
 * The texts of `locale`, built from its catalogue.
 *
 * @param locale
 *   `en`, `fr` or `de`.
 */
function build(locale: Locale): CliTexts {
  const {severity, nouns, templates, labels} = catalogues[locale];
  const rules = new Intl.PluralRules(locale);
  /** Fill a template; `count(noun)` is the number each `{noun}` or `{~noun}` counts. */
  const fill = (template: string, count: (noun: Noun) => number): string =>
    template.replace(/\{(~?)(\w+)\}/g, (_, bare: string, noun: Noun) => {
      const n = count(noun);
      const form = nouns[noun][rules.select(n) === 'one' ? 0 : 1];
      return bare ? form : `${n} ${form}`;
    });
  const one = (template: string): Counted => (n) => fill(template, () => n);
  return {
    severity,
    problems: one('{problem}'),
    errors: one('{error}'),
    warnings: one('{warning}'),
    infos: one('{info}'),
    files: one('{file}'),
    clean: one(templates.clean),
    cleanButHidden: (files, hidden) => fill(templates.cleanButHidden, (noun) => noun === 'hidden' ? hidden : files),
    summary: (total, errors, warnings, infos) => fill(templates.summary, (noun) => ({error: errors, warning: warnings, info: infos})[noun as string] ?? total),
    inBaseline: one(templates.inBaseline),
    accepted: one(templates.accepted),
    fixedSummary: one(templates.fixedSummary),
    fixedFile: one(templates.fixedFile),
    skippedFiles: one(templates.skippedFiles),
    failedFiles: one(templates.failedFiles),
    ...labels,
  };
}

const texts: Readonly<Record<Locale, CliTexts>> = {en: build('en'), fr: build('fr'), de: build('de')};

/**
 * The CLI's texts in `locale`.
 *
 * @param locale
 *   `en` (also when undefined), `fr` or `de`.
 */
export function cliTexts(locale: Locale | undefined): CliTexts {
  return texts[locale ?? 'en'];
}
