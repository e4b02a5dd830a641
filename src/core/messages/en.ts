// English messages: the default locale, and the text every other catalogue translates. Placeholders are ESLint's
// `{{name}}`. Each message reads exactly as Sourced printed it before messages had ids (CLI output is byte-identical).
import type {Catalogue} from './types.js';

/** The English catalogue; `fr.ts` and `de.ts` have the same keys and, in each text, the same placeholders. */
export const en = {
  quotes: ['"', '"'],
  rules: {
    'unsourced-figure': {
      description: 'Figure without a source in its sentence',
      messages: {
        noSource: '{{kind}} "{{figure}}" has no source: say who counted, measured or estimated it',
        noSourceNorOne: '{{kind}} "{{figure}}" has no source (nor has {{others}}): say who counted, measured or estimated it',
        noSourceNorMany: '{{kind}} "{{figure}}" has no source (nor have {{others}}): say who counted, measured or estimated it',
      },
      note: 'Readers and fact-checkers need to know where a number comes from. Attribute it in the same sentence ("…, according to the health ministry") or link to the source.',
    },
    hedging: {
      description: 'Hedge that weakens a claim without saying whose doubt it is',
      messages: {
        hedge: 'Hedge "{{words}}" weakens the claim: say who is uncertain, or state it plainly',
        hearsay: '"{{words}}" does not say who reports or alleges this: name the source',
      },
      note: 'A hedge in the writer\'s own voice leaves readers guessing who doubts the claim. Attribute the doubt, or confirm the fact and drop the hedge.',
    },
    'vague-attribution': {
      description: 'Attribution to a source nobody can check',
      messages: {
        vagueSource: '"{{words}}" does not say who: name a source readers can check',
        impersonal: '"{{words}}" hides who says so: name a source readers can check',
      },
      notes: {
        vagueSource: 'Vague sourcing ("reports", "experts", "sources") cannot be checked. Name the outlet, agency or person; if the source must stay anonymous, say why.',
        impersonal: 'Impersonal phrasing ("it is believed", "there are reports") pins a claim on nobody. Say who believes or reports it.',
      },
    },
    'missing-attribution': {
      description: 'Claim whose source is hidden (agentless passive) or absent (unsupported superlative)',
      messages: {
        passive: '"{{words}}" hides who holds this view: say by whom',
        impersonal: '"{{words}}" hides who thinks so: say who',
        claimNoun: '"{{words}}" does not say whose: name who holds them',
        record: '"{{words}}" is a record claim with no source: say who keeps the record',
      },
      notes: {
        passive: 'An agentless passive ({{examples}}) hides who is speaking. Name them.',
        impersonal: 'Impersonal phrasing ({{examples}}) presents an unnamed view as consensus. Name whose view it is.',
        claimNoun: 'Hopes, fears and doubts belong to someone. Say who raised or expressed them.',
        record: 'Superlatives and records ({{examples}}) need someone who measured them.',
      },
    },
    'unattributed-quote': {
      description: 'Direct quotation with no speaker',
      messages: {
        noSpeaker: 'Quotation has no speaker: say who said or wrote it',
      },
      note: 'Every direct quote needs a speaker in the same or the next sentence ("…," said the union\'s president, Tom Hale).',
    },
    'anonymous-source': {
      description: 'Unnamed source: say why anonymity was granted',
      messages: {
        unnamed: 'Unnamed source "{{words}}": say why they cannot be named',
        reasonGiven: 'Unnamed source "{{words}}": check the stated reason for anonymity meets your standards',
      },
      note: 'Newsroom standards allow anonymity when a source would face harm or is not authorised to speak; the story should say which, so readers can weigh the claim.',
    },
    'sourced-directive': {
      description: 'Inline control comment that silences or accepts nothing, names an unknown rule, or is never closed',
      messages: {
        unknownRule: 'Unknown rule "{{ruleId}}" in a sourced directive: it silences nothing (see sourced --list-rules)',
        unclosed: 'This sourced-disable is never enabled again, so it silences {{ruleIds}} to the end of the draft: add <!-- sourced-enable -->',
        unclosedAll: 'This sourced-disable is never enabled again, so it silences every rule to the end of the draft: add <!-- sourced-enable -->',
        unusedEnable: 'This sourced-enable closes no sourced-disable',
        unused: 'This directive silenced nothing for {{ruleIds}}: remove it',
        unusedAll: 'This directive silenced nothing: remove it',
        acceptChanged: 'Accepted words "{{words}}" no longer occur in the {{ruleId}} finding here: the text changed, check it again',
        acceptNothing: 'This sourced-accept accepts nothing: no {{ruleId}} finding here contains "{{words}}"',
        malformedAccept: 'A sourced-accept needs a rule, the accepted words in quotes and a reason: <!-- sourced-accept rule "words": reason -->',
      },
      note: 'Directives must say what they do, so a draft cannot pass a check unread.',
    },
    'unfilled-placeholder': {
      description: 'Placeholder such as "⟨source⟩" left in the draft',
      messages: {
        source: 'Placeholder "⟨source⟩" is not filled in: name the source',
        other: 'Placeholder "{{placeholder}}" is not filled in',
      },
      note: 'A quick fix inserted this placeholder for the writer to replace. Published as it is, it tells readers the source was never named.',
    },
    'unsupported-language': {
      messages: {
        detected: 'This draft reads as {{language}}; Sourced checks English, French and German drafts only, so it was not checked',
        declared: 'This draft declares its language as {{language}}; Sourced checks English, French and German drafts only, so it was not checked',
        configured: 'This draft is set to {{language}}; Sourced checks English, French and German drafts only, so it was not checked',
      },
      note: 'Set "language" in .sourced.json, or lang: in the front matter, if the language was guessed wrong.',
    },
  },
  /**
   * What the merge step (merge.ts) adds to a surviving finding's message for the findings it absorbed, by their rule:
   * `{{words}}` is the list of their words.
   */
  merged: {
    'hedging': '; {{words}} does not name who reports it either',
    'vague-attribution': '; {{words}} does not say who either',
  },
  fixes: {
    addAttribution: 'Add attribution…',
    attributeTo: 'Attribute to {{name}}',
    removeHedge: 'Remove "{{words}}"',
    replaceWithAttribution: 'Replace with an attribution…',
    nameSource: 'Name the source…',
    ignoreRule: 'Ignore {{ruleId}} here',
    accept: 'Accept with a reason…',
  },
  terms: {
    'figure.count': 'Figure',
    'figure.percent': 'Percentage',
    'figure.money': 'Amount',
    'figure.fraction': 'Proportion',
    'figure.magnitude': 'Estimate',
    'language.de': 'German',
    'language.en': 'English',
    'language.es': 'Spanish',
    'language.fr': 'French',
    'language.it': 'Italian',
    'language.nl': 'Dutch',
    'language.pt': 'Portuguese',
  },
} as const satisfies Catalogue;
