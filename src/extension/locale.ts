// The language of Sourced's words in this VS Code: French or German when VS Code's display language is, else English.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import {localeOf, type Locale} from '../core/index.js';

/**
 * The locale of findings, quick fixes and the panel: `fr` for a French display language (fr, fr-CA…), `de` for a
 * German one, `en` for any other (the display language is fixed for the life of the window).
 */
export function displayLocale(): Locale {
  return localeOf(vscode.env.language);
}

/**
 * Give the pure modules (summary, hover lines, panel model), which cannot import vscode, the strings of VS Code's
 * display language: @vscode/l10n reads the same `l10n/bundle.l10n.<locale>.json` that `vscode.l10n.t` uses. English
 * needs no bundle.
 */
export function loadBundle(): void {
  if (vscode.l10n.bundle) l10n.config({contents: vscode.l10n.bundle});
}
