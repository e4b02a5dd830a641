// Public API of the Sourced lint core. Pure: no vscode, no node:* imports, no I/O.
export type {
  Attribution,
  Config,
  CueKind,
  Figure,
  Finding,
  Fix,
  LintResult,
  Report,
  Rule,
  RuleContext,
  Severity,
  SeverityOrOff,
  SourceEntry,
  SourceQuality,
  TextEdit,
} from './types.js';
export {sourcePlaceholder} from './types.js';
export {createLinter, lint, type Linter, type LintOptions} from './engine.js';
export {applyFixes} from './fixes.js';
export {createLocator, type Locator, type Point} from './location.js';
export {ConfigError, defaultConfig, resolveConfig} from './config.js';
export {rules, ruleIds, docsUrl} from './rules/index.js';
