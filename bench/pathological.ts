// Adversarial inputs for the linear-time check (issue 5), and a child-process entry that times one of them.
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {lint} from '../src/core/index.js';

/** Inputs that trip backtracking regular expressions, quadratic scans or deep recursion; `make(n)` is ~n characters. */
export const pathologicalInputs: ReadonlyArray<{name: string; make(chars: number): string}> = [
  {name: 'repeated letters (aaaa…)', make: (n) => 'a'.repeat(n)},
  {name: 'repeated digits (1111…)', make: (n) => '1'.repeat(n)},
  {name: 'repeated commas', make: (n) => ','.repeat(n)},
  {name: 'digit groups (1,1,1,…)', make: (n) => '1,'.repeat(n / 2)},
  {name: 'straight quotes (""…)', make: (n) => '"'.repeat(n)},
  {name: 'curly quotes (“”…)', make: (n) => '“”'.repeat(n / 2)},
  {name: 'opening quotes only (“a “a …)', make: (n) => '“a '.repeat(n / 3)},
  {name: 'repeated periods', make: (n) => '.'.repeat(n)},
  {name: '"a. " sequences', make: (n) => 'a. '.repeat(n / 3)},
  {name: 'initials ("J. J. J. ")', make: (n) => 'J. '.repeat(n / 3)},
  {name: 'nested emphasis (*_*_…x…_*_*)', make: (n) => `${'*_'.repeat(n / 4)}x${'_*'.repeat(n / 4)}`},
  {name: 'one long line of words', make: (n) => 'the minister said '.repeat(n / 18)},
  {name: 'long line of figures and cues', make: (n) => '40% of 1,140 people, sources say, '.repeat(n / 34)},
  {name: 'hedge word without spaces', make: (n) => 'reportedly'.repeat(n / 10)},
  {name: 'blockquote nesting (> > > …)', make: (n) => `${'> '.repeat(n / 2)}x`},
  {name: 'list nesting (indented "- ")', make: (n) => Array.from({length: n / 40}, (_, i) => `${'  '.repeat(i % 20)}- item ${i}`).join('\n')},
  {name: 'many short paragraphs', make: (n) => 'It is said.\n\n'.repeat(n / 13)},
  // A quotation after a sentence that opens on a capitalised word asks whether that word is the surname of someone
  // named in full before (analysis.ts, `surnameBefore`): thousands of them, each opener new, or one named in full.
  {name: 'quotes after new surnames (German)', make: (n) => surnameQuotes(n, (i) => `Brandtner${letters(i)}`)},
  {name: 'quotes after one surname (German)', make: (n) => `Die frühere Ministerin Anna Keller sprach in Köln.\n\n${surnameQuotes(n, () => 'Keller')}`},
];

/** Three lower-case letters that count `i` ("aaa", "baa", …): a word of its own for each number below 17,576. */
function letters(i: number): string {
  return [i, i / 26, i / 676].map((k) => String.fromCharCode(97 + Math.floor(k) % 26)).join('');
}

/** ~n characters of paragraphs "Der Streik ging weiter. <surname> lachte nur. „…“", the surname given by its paragraph's number. */
function surnameQuotes(n: number, surname: (i: number) => string): string {
  const out: string[] = [];
  for (let i = 0, length = 0; length < n; i++) {
    out.push(`Der Streik ging weiter. ${surname(i)} lachte nur. „Wir werden diesen Kampf gewinnen, das verspreche ich.“\n\n`);
    length += out[i].length;
  }
  return out.join('');
}

const parser = unified().use(remarkParse);
const tools: Record<string, (text: string) => unknown> = {lint: (t) => lint(t), parse: (t) => parser.parse(t)};

// Child-process entry: `node --import tsx bench/pathological.ts <index> <chars> <lint|parse>` prints {ms} or {error}.
// Run in a child so the parent can kill an input that would take minutes, and a stack overflow cannot end the benchmark.
if (require.main === module) {
  const [index, chars, tool] = process.argv.slice(2);
  const text = pathologicalInputs[Number(index)].make(Number(chars));
  const run = tools[tool];
  try {
    // Warm the JIT on the first 10,000 characters (the whole input at the smaller size).
    run(text.slice(0, 10_000));
    run(text.slice(0, 10_000));
    const times: number[] = [];
    let spent = 0;
    while (times.length < 3 && spent < 5_000) {
      const start = performance.now();
      run(text);
      times.push(performance.now() - start);
      spent += times[times.length - 1];
    }
    times.sort((a, b) => a - b);
    process.stdout.write(JSON.stringify({ms: times[Math.floor(times.length / 2)]}));
  } catch (error) {
    process.stdout.write(JSON.stringify({error: `${(error as Error).name}: ${(error as Error).message.slice(0, 60)}`}));
  }
}
