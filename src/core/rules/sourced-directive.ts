// sourced-directive: an inline control comment that does not do what it says (as ESLint reports unused disables).
import type {DirectiveProblem} from '../suppressions.js';
import type {MessageData} from '../messages/index.js';
import type {Rule} from '../types.js';
import {en} from '../messages/en.js';
import {matchesOf} from '../matches.js';

/** The messageId and data for one problem with a directive (texts in messages/en.ts, 'sourced-directive'). */
function message(problem: DirectiveProblem): {messageId: string; data?: MessageData} {
  switch (problem.kind) {
    case 'unknown-rule':
      return {messageId: 'unknownRule', data: {ruleId: problem.ruleId}};
    case 'unclosed':
      return problem.ruleIds.length > 0 ? {messageId: 'unclosed', data: {ruleIds: problem.ruleIds}} : {messageId: 'unclosedAll'};
    case 'unused':
      if (problem.directive.kind === 'enable') return {messageId: 'unusedEnable'};
      return problem.ruleIds.length > 0 ? {messageId: 'unused', data: {ruleIds: problem.ruleIds}} : {messageId: 'unusedAll'};
    case 'stale-accept':
      return {messageId: problem.changed ? 'acceptChanged' : 'acceptNothing', data: {words: String(problem.directive.words), ruleId: problem.directive.ruleIds[0]}};
    case 'malformed-accept':
      return {messageId: 'malformedAccept'};
  }
}

/**
 * Where a problem is shown: the unknown rule id itself, or the directive's words (`sourced-disable-line hedging`),
 * inside the comment markers.
 */
function rangeOf(source: string, problem: DirectiveProblem): [number, number] {
  const {start, end} = problem.directive;
  const comment = source.slice(start, end);
  const inner = /^<!--\s*([\s\S]*?)\s*-->$/.exec(comment);
  const from = inner ? start + comment.indexOf(inner[1]) : start;
  const to = inner ? from + inner[1].length : end;
  if (problem.kind === 'unknown-rule') {
    // Tokens as the directive splits them (never a pattern built from the draft's text).
    for (const token of matchesOf(/[^\s,]+/g, source.slice(from, to))) {
      if (token.index > 0 && token[0] === problem.ruleId) return [from + token.index, from + token.index + token[0].length];
    }
  }
  return [from, to];
}

/** Reports control comments that silence nothing, silence too much, name no rule, or accept words no longer there. */
export const sourcedDirective: Rule = {
  id: 'sourced-directive',
  description: en.rules['sourced-directive'].description,
  defaultSeverity: 'warning',
  tags: ['directives'],
  fixable: 'none',
  afterDirectives: true,
  check(ctx) {
    for (const problem of ctx.directiveProblems) {
      const [start, end] = rangeOf(ctx.source, problem);
      ctx.report({
        start,
        end,
        ...message(problem),
      });
    }
  },
};
