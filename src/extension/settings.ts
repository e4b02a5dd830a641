// Typed, resource-scoped reads of the `sourced.*` settings; defaults mirror package.json (checked by a unit test).
import type * as vscode from 'vscode';

/** When drafts are linted. */
export type RunMode = 'onType' | 'onSave';

/** Editor behaviour settings; rule settings live in `.sourced.json`. */
export interface Settings {
  enable: boolean;
  run: RunMode;
  debounceMs: number;
  maxFileSize: number;
  /** Honour the drafts' `<!-- sourced-… -->` comments (the CLI's `--no-inline-config` when false). */
  inlineConfig: boolean;
}

/** Defaults, identical to the `default`s in package.json's `contributes.configuration`. */
export const settingDefaults: Readonly<Settings> = Object.freeze({
  enable: true,
  run: 'onType',
  debounceMs: 300,
  maxFileSize: 2 * 1024 * 1024,
  inlineConfig: true,
});

/**
 * Read the settings for one resource, falling back to the defaults for missing or mistyped values.
 *
 * @param configuration
 *   `vscode.workspace.getConfiguration('sourced', uri)`.
 */
export function readSettings(configuration: Pick<vscode.WorkspaceConfiguration, 'get'>): Settings {
  const run = configuration.get<unknown>('run');
  return {
    enable: bool(configuration.get<unknown>('enable'), settingDefaults.enable),
    run: run === 'onType' || run === 'onSave' ? run : settingDefaults.run,
    debounceMs: count(configuration.get<unknown>('debounceMs'), settingDefaults.debounceMs),
    maxFileSize: count(configuration.get<unknown>('maxFileSize'), settingDefaults.maxFileSize),
    inlineConfig: bool(configuration.get<unknown>('inlineConfig'), settingDefaults.inlineConfig),
  };
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function count(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}
