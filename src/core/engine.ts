// The engine: parse once, build the shared context, run the enabled rules, then suppress, dedupe and sort.
import {analyse, toFigures} from './analysis.js';
import {defaultConfig} from './config.js';
import {createLocator} from './location.js';
import {parseMarkdown} from './parse.js';
import {collectProse} from './prose.js';
import {rules as allRules} from './rules/index.js';
import {collectSentences} from './sentences.js';
import {collectSuppressions} from './suppressions.js';
import type {Attribution, Config, Finding, LintResult, Rule, RuleContext} from './types.js';

/** Options for `lint`. */
export interface LintOptions {
  /** Resolved configuration; defaults apply when omitted. */
  config?: Readonly<Config>;
  /** Rules to run instead of the registry (benchmarks and tests run one rule alone). */
  rules?: readonly Rule[];
}

/**
 * Lint a Markdown draft.
 *
 * @param source
 *   The whole document, front matter included.
 * @param options
 *   Configuration and rule selection.
 * @returns
 *   Findings (sorted by position), attributions, figures and the sources the draft names.
 * @example
 *   lint('It resulted in 1,140 casualties.').findings[0].ruleId // 'unsourced-figure'
 */
export function lint(source: string, options: LintOptions = {}): LintResult {
  const config = options.config ?? defaultConfig;
  const root = parseMarkdown(source);
  const blocks = collectProse(root, source);
  const sentences = collectSentences(blocks);
  const analysis = analyse(blocks, sentences, config);
  const findings: Finding[] = [];

  for (const rule of options.rules ?? allRules) {
    const severity = config.rules[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    const context: RuleContext = {
      source,
      blocks,
      sentences,
      analysis,
      config,
      report(r) {
        if (!(r.start >= 0 && r.end >= r.start && r.end <= source.length)) return;
        findings.push({
          ruleId: rule.id,
          severity,
          message: r.message,
          ...(r.note === undefined ? {} : {note: r.note}),
          start: r.start,
          end: r.end,
          actual: source.slice(r.start, r.end),
          fixes: (r.fixes ?? []).filter((f) => f.edits.every((e) => e.start >= 0 && e.end >= e.start && e.end <= source.length)),
        });
      },
    };
    rule.check(context);
  }

  // Only drafts that mention a directive pay for the tree walk and the line table.
  const suppressions = findings.length > 0 && source.includes('sourced-') ? collectSuppressions(root, createLocator(source), source.length) : undefined;
  const seen = new Set<string>();
  const kept = findings
    .filter((f) => !suppressions?.isSuppressed(f.ruleId, f.start))
    .filter((f) => {
      const key = `${f.ruleId}:${f.start}:${f.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));

  const attributions: Attribution[] = analysis.attributions.map((a) => ({
    name: a.name,
    start: a.start,
    end: a.end,
    cue: a.cue,
    cueKind: a.cueKind,
    quality: a.quality,
    sentenceStart: a.sentenceStart,
    sentenceEnd: a.sentenceEnd,
  }));
  return {findings: kept, attributions, figures: toFigures(analysis), sources: analysis.sources};
}
