// anonymous-source: unnamed sources ("a person with knowledge of the talks"); asks why anonymity was granted.
import type {Rule} from '../types.js';

// An indefinite, unnamed individual or group of insiders, with up to four modifiers ("a senior US official").
const unnamed =
  /\b(?:an?|one|two|three|four|several|some|multiple)\s+(?:[\p{L}.\-’']+\s+){0,4}?(?:officials?|sources?|persons?|people|diplomats?|aides?|insiders?|officers?|executives?|employees?|staffers?|members?|advisers?|advisors?|lawmakers?|negotiators?|individuals?|investigators?|analysts?|someone)\b/giu;
const bareSources = /\b(?:sources|people|officials|insiders)\s+(?=(?:familiar|close|with\s+(?:direct\s+)?knowledge|briefed|involved|privy)\b)/gi;
const qualifier =
  /^,?\s*(?:familiar\s+with|with\s+(?:direct\s+|first-?hand\s+)?knowledge\s+of|close\s+to|briefed\s+on|involved\s+in|privy\s+to|who\s+(?:asked|spoke|requested|declined|was\s+not|were\s+not|is\s+not|are\s+not|did\s+not)|speaking\s+on\s+(?:the\s+)?condition|not\s+authori[sz]ed)(?:(?!\s(?:said|says|told|added|confirmed|warned)\b)[^,.;]){0,80}/i;
const speechAfter = /^\s*(?:(?:at|in|from|for|with|of)\s+(?:the\s+)?[\p{L}’'.\-]+(?:\s+[\p{L}’'.\-]+){0,3}\s+)?(?:said|says|told|added|confirmed|disclosed|revealed|described|insisted|warned)\b/iu;
// The story already says why the source is unnamed.
const reasonGiven = /\b(?:not\s+authori[sz]ed|because|for\s+fear|fearing|citing\s+(?:safety|security|reprisals?))\b/i;

/** Flags unnamed sources so the story can say why they are not named. */
export const anonymousSource: Rule = {
  id: 'anonymous-source',
  description: 'Unnamed source: say why anonymity was granted',
  defaultSeverity: 'info',
  tags: ['attribution'],
  fixable: 'none',
  check(ctx) {
    ctx.sentences.forEach((sentence) => {
      const text = sentence.text;
      const seen: Array<[number, number]> = [];
      for (const re of [unnamed, bareSources]) {
        re.lastIndex = 0;
        for (const m of text.matchAll(re)) {
          const head = m.index + m[0].trimEnd().length;
          const rest = text.slice(head, head + 120);
          const q = qualifier.exec(rest);
          // A name right after ("a member of parliament, Jane Doe, said") makes it a named source.
          if (/^,\s*\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(rest)) continue;
          if (!q && !speechAfter.test(rest)) continue;
          const from = sentence.from + m.index;
          const to = sentence.from + head + (q ? q[0].trimEnd().length : 0);
          if (seen.some(([a, b]) => a < to && from < b)) continue;
          if (ctx.analysis.quoteAt(sentence.block, from) >= 0) continue;
          seen.push([from, to]);
          const [start, end] = ctx.analysis.toSource(sentence.block, from, to);
          if (reasonGiven.test(text)) continue;
          ctx.report({
            start,
            end,
            message: `Unnamed source "${ctx.source.slice(start, end).replace(/\s+/g, ' ')}": say why they cannot be named`,
            note: 'Newsroom standards allow anonymity when a source would face harm or is not authorised to speak; the story should say which, so readers can weigh the claim.',
          });
        }
      }
    });
  },
};
