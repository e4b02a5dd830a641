// The rule registry: an explicit, ordered list. Adding a rule means adding a line here.
import type {Rule} from '../types.js';
import {anonymousSource} from './anonymous-source.js';
import {hedging} from './hedging.js';
import {missingAttribution} from './missing-attribution.js';
import {sourcedDirective} from './sourced-directive.js';
import {unattributedQuote} from './unattributed-quote.js';
import {unfilledPlaceholder} from './unfilled-placeholder.js';
import {unsourcedFigure} from './unsourced-figure.js';
import {vagueAttribution} from './vague-attribution.js';

/** Every rule, in reporting order. */
export const rules: readonly Rule[] = [
  unsourcedFigure,
  hedging,
  vagueAttribution,
  missingAttribution,
  unattributedQuote,
  anonymousSource,
  sourcedDirective,
  unfilledPlaceholder,
];

/** Ids of every rule. */
export const ruleIds: readonly string[] = rules.map((r) => r.id);
