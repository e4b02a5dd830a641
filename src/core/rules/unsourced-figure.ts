// unsourced-figure: a count, toll, percentage, amount or fraction with no attribution in reach.
import type {FigureAt} from '../analysis.js';
import {figureValue} from '../analysis.js';
import type {Config, FigureRisk, Rule, RuleContext, Severity, SeverityOrOff} from '../types.js';
import {attributionFixes} from './shared.js';
import {en} from '../messages/en.js';
import {mapPacked} from '../arrays.js';

/**
 * Severity of an unsourced figure of a given risk: `Config.risk`, except that a severity set for this rule under
 * `rules` applies to high- and medium-risk figures (so a newsroom's `"unsourced-figure": "error"` gate holds).
 */
function figureSeverity(config: Readonly<Config>, risk: Exclude<FigureRisk, 'none'>): SeverityOrOff {
  const rule = config.rules['unsourced-figure'];
  if (rule !== undefined && risk !== 'low') return rule;
  return config.risk[risk];
}

/** Flags figures that no attribution covers, graded by risk (high and medium: warning; low: off by default). */
export const unsourcedFigure: Rule = {
  id: 'unsourced-figure',
  description: en.rules['unsourced-figure'].description,
  defaultSeverity: 'warning',
  tags: ['sourcing', 'numbers'],
  fixable: 'suggestion',
  check(ctx) {
    // One finding per sentence (EDITORIAL-STANDARD.md §7): figures that one attribution would source are one
    // missing source, reported on the first, its message naming the others, at the highest of their severities.
    const groups: Array<Array<{figure: FigureAt; severity: Severity}>> = [];
    // For each kind of figure, the last block outside headings that holds one (read by headlines below).
    const lastInStory = new Map<string, number>();
    for (const f of ctx.analysis.figures) {
      if (ctx.blocks[f.block].kind !== 'heading') lastInStory.set(f.figureKind, Math.max(lastInStory.get(f.figureKind) ?? -1, f.block));
    }
    let repeated: Map<number, number> | undefined;
    // The values of a thousand or more, not round, that a finding of an earlier paragraph already asks a source for, by figure kind
    // ("crowd:170000"): "… ce sont 170 000 aspirants étudiants qui devraient se rajouter" then, two paragraphs on, "… qui
    // devrait conduire à 170 000 étudiants supplémentaires" is one missing source, found once (EDITORIAL-STANDARD.md §7;
    // session 32, judged one problem reported twice on French batch 14).
    // (And the same noun among the three words after it: "1 200 personnes ont été évacuées" and "1 200 emplois" are two.)
    // (Not a sentence repeated word for word, a duplicate in the draft rather than a restatement: each copy is reported,
    // so a directive on one leaves the other's finding.)
    const asked = new Map<string, {block: number; nouns: string[]; sentence: string}>();
    // The counts an earlier paragraph sources or a finding of it asks a source for, with the nouns after them: "Plus d'une
    // centaine d'élèves …" after "107 élèves doivent repasser …" rounds that count, the same missing source, found once
    // (EDITORIAL-STANDARD.md §7; session 33, judged one problem reported twice on French batch 15). Only an approximate
    // number of `NumberFormat.roundNumbers` whose base the count reaches and does not double, with a noun in common.
    const counted: Array<{block: number; value: number; nouns: string[]}> = [];
    const {roundNumbers} = ctx.language.numbers;
    const rounds = (f: FigureAt): boolean => {
      if (roundNumbers === undefined || counted.length === 0) return false;
      const base = mapPacked(f.text.toLowerCase().split(/[\s'’]+/u), (w) => roundNumbers.get(w)).find((v) => v !== undefined);
      if (base === undefined) return false;
      const nouns = nounsAfter(f);
      return counted.some((c) => c.block < f.block && c.value >= base && c.value < base * 2 && nouns.some((w) => c.nouns.includes(w)));
    };
    const nounsAfter = (f: FigureAt): string[] =>
      mapPacked(ctx.blocks[f.block].text.slice(f.to).match(/^(?:[\s,'’]*[\p{L}-]+){0,3}/u)?.[0].match(/\p{L}{5,}/gu) ?? [], (w) => w.toLowerCase());
    // The values of the figures of earlier sentences, for a demonstrative's repeat (below).
    const stated = new Set<number>();
    let statedUpTo = 0;
    const figures = ctx.analysis.figures;
    // Each figure's value, read once (`figureValue`; undefined when it has none).
    const values = mapPacked(figures, (f) => figureValue(ctx.language, f.text));
    for (let fi = 0; fi < figures.length; fi++) {
      const figure = figures[fi];
      while (statedUpTo < figures.length && figures[statedUpTo].sentence < figure.sentence) {
        const v = values[statedUpTo++];
        if (v !== undefined) stated.add(v);
      }
      const amount = values[fi];
      const heading = ctx.blocks[figure.block].kind === 'heading';
      if (figure.attribution !== undefined && !heading && counted.length < 64 && amount !== undefined) {
        counted.push({block: figure.block, value: amount, nouns: nounsAfter(figure)});
      }
      if (figure.attribution !== undefined || figure.quoted || figure.risk === 'none') continue;
      // ("… se sont désormais 128 états … . Dans plus de 100 de ces 128 pays …", "Ces 200 000 cas représentent …",
      // "these 40 cases": a number after a plural demonstrative points back at the same number stated before, a repeat,
      // not a new claim; the source goes where it was first given (EDITORIAL-STANDARD.md §7; session 33, judged one
      // problem reported twice on French batch 15).)
      if (amount !== undefined && stated.has(amount) && /(?:^|[^\p{L}])(?:ces|these|those|diese|dieser|diesen)\s+$/iu.test(ctx.blocks[figure.block].text.slice(Math.max(0, figure.from - 12), figure.from))) continue;
      // (Not a round number, one digit and zeros: "1 000 postes" at one company and "1 000 postes" at another are two.)
      const key = amount !== undefined && amount >= 1000 && !/^\d0*$/.test(String(amount)) ? `${figure.figureKind}:${amount}` : undefined;
      const earlier = key === undefined ? undefined : asked.get(key);
      if (earlier !== undefined && !heading && earlier.block < figure.block &&
        nounsAfter(figure).some((w) => earlier.nouns.includes(w)) && ctx.sentences[figure.sentence].text !== earlier.sentence) continue;
      // A headline sums up figures its story gives ("Over 900 rescued" over "over 700 … 200 more"): the finding
      // belongs on the story's figure of the same kind, where the source must be named.
      if (heading && (lastInStory.get(figure.figureKind) ?? -1) > figure.block) continue;
      // So does a headline's number that the story below states again, whatever the story's words make of it ("# Deux
      // journalistes kidnappés à Gaza" over "… a kidnappé deux journalistes étrangers"): one problem, one finding, in
      // the body where the fix goes (EDITORIAL-STANDARD.md §7; session 28, judged noise in French and German).
      if (heading) {
        repeated ??= lastStated(ctx);
        if (amount !== undefined && (repeated.get(amount) ?? -1) > figure.block) continue;
      }
      if (!heading && rounds(figure)) continue;
      const severity = figureSeverity(ctx.config, figure.risk);
      if (severity === 'off') continue;
      if (amount !== undefined && !heading && counted.length < 64) counted.push({block: figure.block, value: amount, nouns: nounsAfter(figure)});
      if (key !== undefined && !heading && !asked.has(key)) asked.set(key, {block: figure.block, nouns: nounsAfter(figure), sentence: ctx.sentences[figure.sentence].text});
      const group = groups[groups.length - 1];
      const previous = group?.[group.length - 1].figure;
      // A new clause with its own subject ("…, and insurers face claims of £40m") may have another source.
      // A list of figures ("10 arrested, 18 turned back, and more than 126 searched") stays one clause.
      const between = ctx.blocks[figure.block].text.slice(previous?.to ?? 0, figure.from);
      // ("l'attaque a fait une vingtaine de blessés : environ dix casques bleus et dix soldats", "115 personnes se
      // trouvaient à bord : 106 passagers et 9 membres d'équipage": counts right after a colon that closes a count break
      // it down, the same missing source; session 32, judged one problem reported twice.)
      const breakdown = previous?.kind !== 'percent' && figure.kind !== 'percent' && /^[^;:]*:\s*(?:[\p{L}'’]+\s+){0,2}$/u.test(between);
      const sameClause = previous !== undefined && previous.sentence === figure.sentence &&
        (!/(?:[;:]|,\s*(?:and|but|while|whereas)\s)/.test(between) || /,\s*(?:and|but)\s*$/.test(between) || breakdown);
      // ("… um 5,7 Millionen Barrel zurück. Damit ist mehr als die Hälfte … betroffen": a derived figure is the same
      // missing source as the one it derives from.)
      const derivedFrom = previous !== undefined && figure.derived === true && previous.sentence === figure.sentence - 1;
      if (sameClause || derivedFrom) group.push({figure, severity});
      else groups.push([{figure, severity}]);
    }
    for (const list of groups) {
      const {figure} = list[0];
      const severity = mapPacked(list, (f) => f.severity).reduce((a, b) => (rank[b] > rank[a] ? b : a));
      const others = mapPacked(list.slice(1), (f) => f.figure.text);
      const [start, end] = ctx.analysis.toSource(figure.block, figure.from, figure.to);
      const sentence = ctx.sentences[figure.sentence];
      ctx.report({
        start,
        end,
        severity,
        messageId: others.length === 0 ? 'noSource' : others.length === 1 ? 'noSourceNorOne' : 'noSourceNorMany',
        data: {kind: {term: `figure.${figure.kind}`}, figure: figure.text, others},
        // (The fix goes after the group's last figure in the first figure's sentence, not after a derived one.)
        fixes: attributionFixes(ctx, sentence, list.filter((f) => f.figure.sentence === figure.sentence).pop()!.figure.to, start),
      });
    }
  },
};

const rank: Record<Severity, number> = {info: 0, warning: 1, error: 2};

/**
 * For each number that a block other than a heading states, the last such block (index into `ctx.blocks`): its
 * figures' values, and every word or run of digits that reads as a number of 2 or more on its own ("deux", "12"),
 * whether or not it was read as a figure ("un", "one" are articles too often to count).
 */
function lastStated(ctx: RuleContext): Map<number, number> {
  const last = new Map<number, number>();
  const add = (v: number | undefined, b: number): void => {
    if (v !== undefined) last.set(v, Math.max(last.get(v) ?? -1, b));
  };
  for (const f of ctx.analysis.figures) if (ctx.blocks[f.block].kind !== 'heading') add(figureValue(ctx.language, f.text), f.block);
  // (Each distinct word read once: a 30,000-word draft has a few thousand, and figureValue copies, splits and matches
  // each word it reads, most of a French lint's allocations here.)
  const values = new Map<string, number | undefined>();
  ctx.blocks.forEach((block, b) => {
    if (block.kind === 'heading') return;
    for (const w of block.text.match(/[\p{L}\d]+/gu) ?? []) {
      let v = values.get(w);
      if (v === undefined && !values.has(w)) values.set(w, v = figureValue(ctx.language, w));
      if (v !== undefined && v >= 2) add(v, b);
    }
  });
  return last;
}
