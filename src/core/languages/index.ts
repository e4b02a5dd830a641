// The resources of each language Sourced checks.
import {de} from './de.js';
import {en} from './en.js';
import {fr} from './fr.js';
import type {LanguageResources} from './types.js';

const byCode: ReadonlyMap<string, LanguageResources> = new Map([en, fr, de].map((l) => [l.code, l]));

/**
 * The resources for a language.
 *
 * @param code
 *   Primary language tag ("en", "fr", "de").
 * @returns
 *   Its resources, or undefined when Sourced does not check that language.
 */
export function resourcesFor(code: string): LanguageResources | undefined {
  return byCode.get(code);
}
