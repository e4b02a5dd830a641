// Configuration: defaults, validation of `.sourced.json` objects, and merging.
import type {Config, SeverityOrOff} from './types.js';

/** The configuration used when a project has no `.sourced.json`. */
export const defaultConfig: Readonly<Config> = Object.freeze({
  rules: {},
  hedges: [],
  vagueSources: [],
  trustedSources: [],
  ignore: [],
  risk: Object.freeze({high: 'warning', medium: 'warning', low: 'off'}),
}) as Readonly<Config>;

/** Severities of unsourced figures by risk when `.sourced.json` says nothing (EDITORIAL-STANDARD.md §1). */
export const defaultRisk: Readonly<Config['risk']> = defaultConfig.risk;

const severities: readonly SeverityOrOff[] = ['off', 'info', 'warning', 'error'];
const listKeys = ['hedges', 'vagueSources', 'trustedSources', 'ignore'] as const;
const knownKeys = new Set<string>(['$schema', 'root', 'rules', 'risk', 'language', ...listKeys]);
const riskLevels = ['high', 'medium', 'low'] as const;
// A BCP 47 tag as drafts write one: "fr", "de-CH", "en_GB".
const languageTag = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;

/** A configuration that cannot be used, with the key at fault. */
export class ConfigError extends Error {
  /** Dotted path of the offending key, e.g. `rules.hedging`; empty for the whole file. */
  readonly key: string;
  constructor(message: string, key: string) {
    super(message);
    this.name = 'ConfigError';
    this.key = key;
  }
}

/**
 * Validate a parsed `.sourced.json` value and merge it over the defaults.
 *
 * @param value
 *   Parsed JSON (anything: it is checked here).
 * @param ruleIds
 *   Known rule ids; unknown ids under `rules` are an error.
 * @returns
 *   Resolved configuration.
 * @throws {ConfigError}
 *   When a key is unknown or a value has the wrong type.
 */
export function resolveConfig(value: unknown, ruleIds: readonly string[]): Config {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError('configuration must be a JSON object', '');
  }
  const input = value as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!knownKeys.has(key)) {
      throw new ConfigError(`unknown key "${key}" (expected one of: ${[...knownKeys].filter((k) => k !== '$schema').join(', ')})`, key);
    }
  }
  // `root` stops a project config from extending the one above it; it is read where configs are found, not here.
  if (input.root !== undefined && typeof input.root !== 'boolean') throw new ConfigError('"root" must be true or false', 'root');
  const config: Config = {rules: {}, hedges: [], vagueSources: [], trustedSources: [], ignore: [], risk: {...defaultRisk}};
  if (input.language !== undefined) {
    if (typeof input.language !== 'string' || !languageTag.test(input.language)) {
      throw new ConfigError(`"language" must be a language tag such as "en", "fr" or "de-CH"; got ${JSON.stringify(input.language)}`, 'language');
    }
    config.language = input.language;
  }
  if (input.risk !== undefined) {
    if (input.risk === null || typeof input.risk !== 'object' || Array.isArray(input.risk)) {
      throw new ConfigError('"risk" must be an object of risk level (high, medium, low) to severity', 'risk');
    }
    for (const [level, severity] of Object.entries(input.risk as Record<string, unknown>)) {
      if (!(riskLevels as readonly string[]).includes(level)) {
        throw new ConfigError(`unknown risk level "${level}" (use one of: ${riskLevels.join(', ')})`, `risk.${level}`);
      }
      if (typeof severity !== 'string' || !severities.includes(severity as SeverityOrOff)) {
        throw new ConfigError(`risk "${level}" has severity ${JSON.stringify(severity)}; use one of: ${severities.join(', ')}`, `risk.${level}`);
      }
      config.risk[level as (typeof riskLevels)[number]] = severity as SeverityOrOff;
    }
  }
  if (input.rules !== undefined) {
    if (input.rules === null || typeof input.rules !== 'object' || Array.isArray(input.rules)) {
      throw new ConfigError('"rules" must be an object of rule id to severity', 'rules');
    }
    for (const [id, severity] of Object.entries(input.rules as Record<string, unknown>)) {
      if (!ruleIds.includes(id)) {
        throw new ConfigError(`unknown rule "${id}" (known rules: ${ruleIds.join(', ')})`, `rules.${id}`);
      }
      if (typeof severity !== 'string' || !severities.includes(severity as SeverityOrOff)) {
        throw new ConfigError(`rule "${id}" has severity ${JSON.stringify(severity)}; use one of: ${severities.join(', ')}`, `rules.${id}`);
      }
      config.rules[id] = severity as SeverityOrOff;
    }
  }
  for (const key of listKeys) {
    const list = input[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new ConfigError(`"${key}" must be an array of strings`, key);
    list.forEach((item, index) => {
      if (typeof item !== 'string' || item.trim() === '') {
        throw new ConfigError(`"${key}[${index}]" must be a non-empty string`, `${key}[${index}]`);
      }
      if (item.length > 200) throw new ConfigError(`"${key}[${index}]" is longer than 200 characters`, `${key}[${index}]`);
    });
    config[key] = list.map((item: string) => item.trim());
  }
  return config;
}
