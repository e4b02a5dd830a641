// Array helpers whose results keep one shape whichever tier of V8 runs them.

/**
 * `list.map(fn)`, as an array V8 always builds the same way: packed (no holes), like the results of `filter`,
 * `slice` and spread.
 *
 * `Array.prototype.map` does not: run by the interpreter or baseline code it returns a packed array, but inlined
 * into a function TurboFan has optimised it returns a holey one (V8 11–12, node 20–22). A function that reads such
 * arrays is then optimised for one kind of array and deoptimised when the other arrives, and the big functions of
 * the analysis were compiled again and again: on 2,000 drafts (bench/many-files.ts) half of the 108 deoptimisations
 * of a run and 2.4 of 7.3 seconds of optimising compilation came from arrays made by `map` (measured with
 * `--trace-deopt` and with `--no-turbo-inline-array-builtins`, session 43). Use it in code that runs for every
 * draft, also where the result goes straight on to `join`, `filter`, `find` or a spread: inlined, those check the
 * array's kind too. `map` stays in set-up code that runs once per language or config, and where the result only
 * fills a `Set` or `Map`.
 *
 * @param list
 *   The array to map.
 * @param fn
 *   Called with each item and its index, in order.
 * @returns
 *   A new packed array of `fn`'s results, as long as `list`.
 */
export function mapPacked<T, U>(list: readonly T[], fn: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < list.length; i++) out.push(fn(list[i], i));
  return out;
}
