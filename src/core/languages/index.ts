// The resources of each language Sourced checks. French and German are built on first use: compiling their
// patterns (about 26 Unicode regexes) took 46–60 ms of a ~140 ms CLI start-up, paid by every English draft too.
import {de} from './de.js';
import {en} from './en.js';
import {fr} from './fr.js';
import type {LanguageResources} from './types.js';

const builders: ReadonlyMap<string, () => LanguageResources> = new Map([
  ['en', () => en],
  ['fr', fr],
  ['de', de],
]);
const built = new Map<string, LanguageResources>();

/**
 * The resources for a language, built on the first call for that language and the same object on every later one.
 *
 * @param code
 *   Primary language tag ("en", "fr", "de").
 * @returns
 *   Its resources, or undefined when Sourced does not check that language.
 */
export function resourcesFor(code: string): LanguageResources | undefined {
  const build = builders.get(code);
  if (!build) return undefined;
  let resources = built.get(code);
  if (!resources) built.set(code, (resources = build()));
  return resources;
}
