// fast-check generators for drafts: news prose, Markdown syntax and hostile Unicode, shared by `npm test` and `npm run fuzz`.
import fc from 'fast-check';

/** Line endings a draft may mix: LF, CRLF and a lone CR. */
export const lineEnding = fc.constantFrom('\n', '\r\n', '\r');

const subjects = ['The ministry', 'Police', 'A spokesperson for the council', 'Officials', 'Dr Amara Osei', 'Reuters', 'The Met Office', 'Sources', 'Experts', 'He', 'They', 'The army'];
const cues = ['said', 'says', 'told reporters', 'reported', 'estimated', 'claimed', 'confirmed', 'according to'];
const figures = ['1,140', '40%', '£3.2m', '$1.5bn', 'two-thirds', '12', 'one in five', '3.5 million', '0', '100,000', '1,000,000', '7.5%'];
const hedges = ['reportedly', 'presumably', 'allegedly', 'may well', 'it appears that', 'apparently', 'is likely to', 'more or less'];
const vague = ['based on reports', 'sources say', 'it is believed', 'experts warn', 'critics say', 'according to reports', 'some say'];
const passives = ['Hopes were raised', 'Mistakes were made', 'The decision was taken', 'It was announced'];
const superlatives = ['the deadliest in history', 'the largest ever recorded', 'the worst on record'];
const objects = ['people were killed', 'homes were destroyed', 'of voters backed the plan', 'jobs will go', 'casualties', 'patients waited'];

/** A news-like sentence: figures, cues, hedges, vague sources, passives and quotes in varying orders. */
export const sentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...subjects), fc.constantFrom(...cues), fc.constantFrom(...figures), fc.constantFrom(...objects))
    .map(([s, c, f, o]) => `${s} ${c} ${f} ${o}.`),
  fc.tuple(fc.constantFrom(...figures), fc.constantFrom(...objects), fc.constantFrom(...hedges))
    .map(([f, o, h]) => `${h[0].toUpperCase()}${h.slice(1)}, ${f} ${o}.`),
  fc.tuple(fc.constantFrom(...figures), fc.constantFrom(...objects), fc.constantFrom(...vague))
    .map(([f, o, v]) => `${f} ${o}, ${v}.`),
  fc.tuple(fc.constantFrom(...passives), fc.constantFrom(...superlatives)).map(([p, s]) => `${p} after ${s}.`),
  fc.tuple(fc.constantFrom('"', '“', '‘', "'", '«'), fc.constantFrom('”', '"', '’', "'", '»', ''), fc.constantFrom(...subjects))
    .map(([open, close, s]) => `${open}We will rebuild every home,${close} ${s.toLowerCase()} said.`),
  fc.constantFrom(
    'A senior official who asked not to be named said 300 troops had left.',
    'The storm was the deadliest in history.',
    'It resulted in 1,140 casualties.',
    '“We are ready,” said Tom Hale, the mayor.',
    'Unemployment rose to 5.2% in May, the Office for National Statistics said.',
    'He said "it was 40 or 50 people.',
    'Mr. Smith of the U.S. Dept. of No. 10 said Jan. figures were 3.4% lower.',
  ),
);

/** Astral characters, combining marks, RTL text, joiners and control characters. */
export const unicodeNoise: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '😀', '👨‍👩‍👧‍👦', '🇬🇧', '🏳️‍🌈', '𝕏', '𠜎', 'e\u0301', 'Z\u0351\u0352\u0353\u0354', 'İ', 'ß', 'ﬁ',
    'قال المتحدث إن 40 شخصا قتلوا', 'אמר הדובר כי 40 נהרגו', '\u200f', '\u200e', '\u202e', '\u200d', '\u200c', '\u2028', '\u2029',
    '\ufeff', '\u0000', '\u0007', '\u001b[31m', '\t', '\u00a0', '\u3000', '\ufffc', '\ufffd', '\ud800', '\udc00', '\udbff\udfff',
  ),
  fc.string({unit: 'binary', maxLength: 8}),
  fc.string({unit: 'grapheme', maxLength: 8}),
);

/** Inline Markdown wrapped around a piece of text, possibly unbalanced. */
function inline(inner: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(inner, fc.constantFrom(
    (t: string) => `*${t}*`, (t: string) => `**${t}**`, (t: string) => `_${t}_`, (t: string) => `~~${t}~~`,
    (t: string) => `[${t}](https://example.com/a?b=1)`, (t: string) => `![${t}](x.png "title")`, (t: string) => `\`${t}\``,
    (t: string) => `<span>${t}</span>`, (t: string) => `<!-- ${t} -->`, (t: string) => `${t}[^1]`, (t: string) => `[${t}]`,
    (t: string) => `*${t}`, (t: string) => `[${t}`, (t: string) => `\`\`${t}`, (t: string) => `<${t}`, (t: string) => `\\${t}`,
  )).map(([t, wrap]) => wrap(t));
}

const directive = fc.tuple(
  fc.constantFrom('sourced-disable-next-line', 'sourced-disable-line', 'sourced-disable', 'sourced-enable', 'sourced-disable-next', 'sourced-'),
  fc.constantFrom('', ' hedging', ' unsourced-figure vague-attribution', ' nope', ' hedging,missing-attribution', ' *'),
).map(([d, ids]) => `<!-- ${d}${ids} -->`);

/** A prose fragment: sentences, inline markup and Unicode noise run together. */
export const fragment: fc.Arbitrary<string> = fc.array(
  fc.oneof({weight: 4, arbitrary: sentence}, {weight: 2, arbitrary: inline(sentence)}, {weight: 1, arbitrary: unicodeNoise}, {weight: 1, arbitrary: inline(unicodeNoise)}),
  {minLength: 1, maxLength: 4},
).map((parts) => parts.join(' '));

/** One Markdown block (or a broken one). */
export const block: fc.Arbitrary<string> = fc.oneof(
  {weight: 6, arbitrary: fragment},
  {weight: 1, arbitrary: fc.tuple(fc.integer({min: 1, max: 7}), fragment).map(([n, t]) => `${'#'.repeat(n)} ${t}`)},
  {weight: 1, arbitrary: fc.tuple(fragment, fc.constantFrom('===', '---')).map(([t, u]) => `${t}\n${u}`)},
  {weight: 2, arbitrary: fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '- [ ] '), fc.array(fragment, {minLength: 1, maxLength: 3}))
    .map(([marker, items]) => items.map((t) => marker + t).join('\n'))},
  {weight: 2, arbitrary: fc.tuple(fc.integer({min: 1, max: 4}), fragment).map(([n, t]) => `${'> '.repeat(n)}${t}`)},
  {weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````'), fragment, fc.boolean()).map(([f, t, closed]) => `${f}js\n${t}\n${closed ? f : ''}`)},
  {weight: 1, arbitrary: fc.tuple(fc.array(fc.array(fragment, {minLength: 0, maxLength: 4}), {minLength: 1, maxLength: 4}), fc.boolean())
    .map(([rows, delimiter]) => {
      const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
      return [line(['Figure', 'Source']), ...(delimiter ? ['| --- | :-: |'] : []), ...rows.map(line)].join('\n');
    })},
  {weight: 1, arbitrary: fragment.map((t) => `<div>\n${t}\n</div>`)},
  {weight: 1, arbitrary: fc.tuple(directive, fragment).map(([d, t]) => `${d}\n${t}`)},
  {weight: 1, arbitrary: fragment.map((t) => `    ${t}`)},
  {weight: 1, arbitrary: fc.constantFrom('[^1]: Office for National Statistics, 2024.', '[ref]: https://example.com "Reuters"', '---', '***', '<!--', '-->', '```')},
);

/** Front matter (YAML or TOML), sometimes unclosed. */
const frontMatter = fc.oneof(
  fc.constant(''),
  fragment.map((t) => `---\ntitle: "${t.replace(/"/g, '')}"\n---\n`),
  fragment.map((t) => `+++\ntitle = 'x'\n+++\n${t}\n`),
  fc.constant('---\ntitle: unclosed\n'),
);

/** A whole draft: optional front matter, then blocks separated by mixed line endings. */
export const markdownDocument: fc.Arbitrary<string> = fc.tuple(
  frontMatter,
  fc.array(fc.tuple(block, fc.array(lineEnding, {minLength: 1, maxLength: 2})), {minLength: 0, maxLength: 8}),
).map(([fm, blocks]) => fm + blocks.map(([b, eols]) => b + eols.join('')).join(''));

/** Characters with meaning in regular expressions, for config phrases that must stay literal. */
export const regexMeta = ['(a+)+$', '.*', '\\', '[', '^', '$', '(?:', '|', '+', '?', '{2,}', '\\d+', '[^]', '(x|x|x)*y'];

/** A config phrase: arbitrary text, regex metacharacters, or both. */
export const configPhrase: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...regexMeta),
  fc.tuple(fc.constantFrom(...regexMeta), fc.constantFrom('sort of', 'the grapevine', 'Met Office', 'x')).map(([m, w]) => `${w} ${m}`),
  fc.string({unit: 'binary', minLength: 1, maxLength: 20}),
  fc.string({unit: 'grapheme', minLength: 1, maxLength: 20}),
).filter((p) => p.trim() !== '' && p.length <= 200);
