// sourced-directive: an inline control comment that does not do what it says (as ESLint reports unused disables).
import type {DirectiveProblem} from '../suppressions.js';
import type {Rule} from '../types.js';

/** The message for one problem with a directive. */
function message(problem: DirectiveProblem): string {
  const list = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(', ');
  switch (problem.kind) {
    case 'unknown-rule':
      return `Unknown rule "${problem.ruleId}" in a sourced directive: it silences nothing (see sourced --list-rules)`;
    case 'unclosed':
      return `This sourced-disable is never enabled again, so it silences ${problem.ruleIds.length > 0 ? list(problem.ruleIds) : 'every rule'} to the end of the draft: add <!-- sourced-enable -->`;
    case 'unused':
      return problem.directive.kind === 'enable'
        ? 'This sourced-enable closes no sourced-disable'
        : `This directive silenced nothing${problem.ruleIds.length > 0 ? ` for ${list(problem.ruleIds)}` : ''}: remove it`;
    case 'stale-accept':
      return problem.changed
        ? `Accepted words "${problem.directive.words}" no longer occur in the ${problem.directive.ruleIds[0]} finding here: the text changed, check it again`
        : `This sourced-accept accepts nothing: no ${problem.directive.ruleIds[0]} finding here contains "${problem.directive.words}"`;
    case 'malformed-accept':
      return 'A sourced-accept needs a rule, the accepted words in quotes and a reason: <!-- sourced-accept rule "words": reason -->';
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
    for (const token of source.slice(from, to).matchAll(/[^\s,]+/g)) {
      if (token.index > 0 && token[0] === problem.ruleId) return [from + token.index, from + token.index + token[0].length];
    }
  }
  return [from, to];
}

/** Reports control comments that silence nothing, silence too much, name no rule, or accept words no longer there. */
export const sourcedDirective: Rule = {
  id: 'sourced-directive',
  description: 'Inline control comment that silences or accepts nothing, names an unknown rule, or is never closed',
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
        message: message(problem),
        note: 'Directives must say what they do, so a draft cannot pass a check unread.',
      });
    }
  },
};
