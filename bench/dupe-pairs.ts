// `node --import tsx bench/dupe-pairs.ts [set]`: every pair of findings in one sentence of the labelled sets, with the label
// each matches (E expected, A allowed, - none), the words between them and their messageIds: the counts behind the
// survivors of src/core/merge.ts (run it before and after a change to the rules or the merge step).
import path from 'node:path';
import {lint} from '../src/core/index.js';
import {rules as allRules} from '../src/core/rules/index.js';
import {sourceEnd, sourceStart} from '../src/core/prose.js';
import {corpusDir, corpusRuleIds, loadCorpus, type CorpusDoc} from './corpus.js';
import type {Rule, Finding} from '../src/core/types.js';

const repoRoot = path.resolve(__dirname, '..');
const corpus = loadCorpus(corpusDir(repoRoot));
const sets: Array<[string, CorpusDoc[]]> = [
  ['news', corpus.news], ['news-holdout', corpus.newsHoldout],
  ['fr', corpus.newsByLanguage.fr.tuning], ['fr-b13', corpus.newsByLanguage.fr.holdout],
  ['de', corpus.newsByLanguage.de.tuning], ['de-hold', corpus.newsByLanguage.de.holdout],
  ['drafts', corpus.drafts], ['sentences', corpus.sentences],
];
const only = process.argv[2];
for (const [name, docs] of sets) {
  if (only && name !== only) continue;
  for (const doc of docs) {
    let sents: Array<[number, number]> = [];
    const spy: Rule = {id: 'spy', description: '', defaultSeverity: 'info', tags: [], fixable: 'none', check(c) {
      sents = c.sentences.map((s) => [sourceStart(c.blocks[s.block], s.from), sourceEnd(c.blocks[s.block], Math.max(s.from, s.to - 1))]);
    }};
    const res = lint(doc.text, {rules: [...allRules, spy]});
    const fs = res.findings.filter((f) => (corpusRuleIds as readonly string[]).includes(f.ruleId));
    const sentOf = (f: Finding) => sents.findIndex(([a, b]) => f.start >= a && f.start <= b);
    const status = (f: Finding) => {
      const ov = (l: {rule: string; start: number; end: number}) => l.rule === f.ruleId && f.start < l.end && l.start < Math.max(f.end, f.start + 1);
      return doc.expect.some(ov) ? 'E' : doc.allow.some(ov) ? 'A' : '-';
    };
    // labels of the other rule overlapping this finding's range or sentence
    for (let i = 0; i < fs.length; i++) for (let j = i + 1; j < fs.length; j++) {
      const a = fs[i], b = fs[j];
      const si = sentOf(a), sj = sentOf(b);
      if (si < 0 || si !== sj) continue;
      const gap = Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));
      const between = doc.text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)).replace(/\s+/g, ' ');
      console.log([name, doc.id, a.ruleId, status(a), JSON.stringify(a.actual).slice(0, 40), b.ruleId, status(b), JSON.stringify(b.actual).slice(0, 40), gap, JSON.stringify(between.slice(0, 60)), a.messageId, b.messageId].join('\t'));
    }
  }
}
