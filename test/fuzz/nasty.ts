// Hand-picked hostile drafts (deep nesting, huge lines, odd line endings, control characters), shared by the unit test and the timing script.

const mb = 1 << 20;
// `small` versions stay near 128 KB: enough to exercise the same code paths within the unit suite's time budget.

/** A named hostile input; `make` builds it on demand so unused large inputs cost nothing. */
export interface NastyInput {
  name: string;
  /** The input at the size issue 5 asks for. */
  make(): string;
  /** A smaller version for `npm test`, when the full size takes too long on a loaded CI machine; `npm run fuzz` runs `make`. */
  small?: () => string;
  /** `.sourced.json` content to lint with, when the input needs one. */
  config?: Record<string, unknown>;
  /** Set while the core fails on this input: what goes wrong, and whether `small` fails too (then `npm test` marks it `todo`). */
  bug?: {reason: string; small: boolean};
}

/** Inputs issue 5 lists, plus a few that stress the sentence splitter, figures and quote pairing. */
export const nastyInputs: readonly NastyInput[] = [
  {name: 'empty document', make: () => ''},
  {name: 'only whitespace and line endings', make: () => ' \n\r\n\r\t\n'},
  {name: '10,000 nested blockquotes (> > > …)', make: () => `${'>'.repeat(10_000)} Police said 40 people died.`},
  {name: '10,000 nested list markers (* * * …)', make: () => `${'* '.repeat(10_000)}It resulted in 1,140 casualties.`},
  {name: '10,000 unclosed link brackets ([[[ …)', make: () => `${'['.repeat(10_000)}Reportedly 40% voted.`},
  {name: '10,000 emphasis markers each side (*****…)', make: () => `${'*'.repeat(10_000)}presumably 12 died${'*'.repeat(10_000)}`},
  {name: '8,000 nested emphasis openers (*a *a …)', make: () => `${'*a '.repeat(8_000)}x${' a*'.repeat(8_000)}`},
  {name: '10,000 nested brackets with links', make: () => `${'[a]('.repeat(10_000)}x`},
  {name: '1 MB single line of news prose', make: () => 'Officials said 40% of 1,140 homes were lost, sources say, and it was reportedly the deadliest in history. '.repeat(Math.ceil(mb / 107)).slice(0, mb),
    small: () => 'Officials said 40% of 1,140 homes were lost, sources say, and it was reportedly the deadliest in history. '.repeat(1_200)},
  {name: '1 MB single line of one letter', make: () => 'a'.repeat(mb)},
  {name: '1 MB single line of digits and commas', make: () => '1,'.repeat(mb / 2), small: () => '1,'.repeat(65_536)},
  {name: '1 MB of straight quotes', make: () => '"'.repeat(mb), small: () => '"'.repeat(131_072)},
  {name: '1 MB of unclosed curly quotes', make: () => '“We will '.repeat(mb / 9), small: () => '“We will '.repeat(14_000)},
  {name: 'unclosed code fence before prose', make: () => '```\nIt resulted in 1,140 casualties.\n\nMore prose, reportedly.'},
  {name: 'unclosed HTML comment and directive', make: () => '<!-- sourced-disable hedging\nReportedly 40 died.'},
  {name: 'table with ragged rows', make: () => '| a | b |\n| - | - |\n| 40% | 1,140 | 3 | 4 |\n| reportedly |\n|||||\n'},
  {name: 'front matter only, unclosed', make: () => '---\ntitle: 40 dead\nauthor: "sources say'},
  {name: 'CRLF line endings', make: () => 'Police said 40 died.\r\n\r\nIt was reportedly 12.\r\n> "Quote," he said.\r\n'},
  {name: 'lone CR line endings', make: () => 'Police said 40 died.\r\rIt was reportedly 12.\r> "Quote," he said.\r'},
  {name: 'NUL bytes inside words and figures', make: () => 'It re\u0000sulted in 1,\u0000140 casual\u0000ties.\u0000 Repor\u0000tedly.'},
  {name: 'emoji, ZWJ sequences and flags around figures', make: () => '👨‍👩‍👧‍👦40% of 🇬🇧 voters😀 reportedly 😀1,140😀 died.'},
  {name: 'combining marks on every letter', make: () => [...'Reportedly 40 people died.'].map((c) => `${c}\u0301\u0327`).join('')},
  {name: 'Arabic and Hebrew with RTL marks', make: () => '\u202bقال المتحدث إن 40 شخصا قتلوا\u202c. \u200fאמר הדובר כי 1,140 נהרגו, reportedly.'},
  {name: 'lone surrogates next to figures', make: () => '\ud800 40% \udc00 1,140\ud800, reportedly\udfff.'},
  {name: 'unclosed quotes in every sentence', make: () => 'He said "it was 40. She said “maybe 12. They said \'perhaps 3.'.repeat(200)},
  {name: 'dotted capital I before a trusted source', make: () => 'İ Reuters😀 said 40 people died.', config: {trustedSources: ['Reuters']}},
];
