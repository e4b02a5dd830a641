// Documentation and architecture guards: every rule is documented where its diagnostic links, and the
// core stays pure so the CLI, the extension and vscode.dev can all share it.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import * as core from '../../src/core/index.js';

const repo = path.join(import.meta.dirname, '../..');
const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('README', () => {
  it('has a section and a table row for every rule, and no section for a rule that does not exist', () => {
    for (const id of core.ruleIds) {
      assert.match(readme, new RegExp(`^### \`${id}\`$`, 'm'), `section for ${id}`);
      assert.match(readme, new RegExp(`^\\| \\[\`${id}\`\\]\\(#${id}\\) \\|`, 'm'), `table row for ${id}`);
    }
    const sections = [...readme.matchAll(/^### `([a-z-]+)`$/gm)].map((m) => m[1]);
    assert.deepEqual(sections, [...core.ruleIds]);
  });
  it('states each rule default severity in the table as the registry does', () => {
    for (const rule of core.rules) {
      const row = readme.split('\n').find((line) => line.startsWith(`| [\`${rule.id}\`]`));
      assert.ok(row?.trimEnd().endsWith(`| ${rule.defaultSeverity} |`), `${rule.id}: ${row}`);
    }
  });
  it('shows what the quick-start command really prints', () => {
    const block = /The example draft prints:\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(block, 'README has the example output');
    const run = spawnSync(process.execPath, [path.join(repo, 'dist/cli.js'), 'check', 'test/fixtures/seed-article.md'], {cwd: repo, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});
    assert.equal(run.status, 0);
    assert.equal(run.stdout, block);
  });
});

describe('architecture', () => {
  it('keeps the core free of vscode, node:* and I/O', () => {
    for (const file of sources(path.join(repo, 'src/core'))) {
      const text = readFileSync(file, 'utf8');
      assert.doesNotMatch(text, /from\s+['"](?:vscode|node:[^'"]+|fs|path|os|child_process)['"]/, file);
      assert.doesNotMatch(text, /\bprocess\.|\brequire\(/, file);
    }
  });
  it('keeps vscode out of the CLI and the webview', () => {
    for (const dir of ['src/cli', 'src/webview']) {
      for (const file of sources(path.join(repo, dir))) assert.doesNotMatch(readFileSync(file, 'utf8'), /from\s+['"]vscode['"]/, file);
    }
  });
  it('registers one rule per file, the file named after the rule id', () => {
    const files = readdirSync(path.join(repo, 'src/core/rules')).filter((f) => !['index.ts', 'shared.ts'].includes(f)).map((f) => f.replace(/\.ts$/, ''));
    assert.deepEqual(files.sort(), [...core.ruleIds].sort());
    for (const rule of core.rules) {
      assert.match(rule.description, /^[A-Z]/);
      assert.ok(['error', 'warning', 'info'].includes(rule.defaultSeverity));
      assert.ok(rule.tags.length > 0);
    }
  });
});

describe('public API', () => {
  it('exports exactly what the edges use', () => {
    assert.deepEqual(Object.keys(core).sort(), [
      'ConfigError', 'applyFixes', 'attributionRecords', 'createLinter', 'createLocator', 'defaultConfig', 'formatRuleDescription', 'isLocale', 'lint', 'localeOf',
      'locales', 'localizeFinding', 'localizeFix', 'resolveConfig', 'ruleIds', 'rules', 'sourcePlaceholder',
    ]);
  });
});

describe('rule docs (docs/rules/<id>.md)', () => {
  const folder = path.join(repo, 'docs', 'rules');
  /** The example lines of a `## heading` section's fenced block. */
  const examples = (markdown: string, heading: string): string[] => {
    const block = new RegExp(`^## ${heading}\\n\\n\`\`\`markdown\\n([\\s\\S]*?)\`\`\`$`, 'm').exec(markdown)?.[1];
    assert.ok(block, `section "${heading}"`);
    return block.trimEnd().split('\n');
  };
  it('exist for exactly the registered rules, each with every section', () => {
    assert.deepEqual(readdirSync(folder).sort(), core.ruleIds.map((id) => `${id}.md`).sort());
    for (const rule of core.rules) {
      const markdown = readFileSync(path.join(folder, `${rule.id}.md`), 'utf8');
      assert.ok(markdown.startsWith(`# \`${rule.id}\`\n\n`), rule.id);
      for (const section of ['What it flags', 'Why', 'Flagged', 'Not flagged', 'How to fix', 'Options']) assert.match(markdown, new RegExp(`^## ${section}$`, 'm'), `${rule.id}: ${section}`);
      assert.match(markdown, new RegExp(`^Default severity: ${rule.defaultSeverity}\\b`, 'm'), `${rule.id}: default severity`);
      assert.match(markdown, new RegExp(`Fix: ${{none: 'none', suggestion: 'suggestion only', safe: 'safe'}[rule.fixable]}\\.`), `${rule.id}: fixable`);
    }
  });
  it('give examples the rule really flags, and really leaves alone', () => {
    for (const rule of core.rules) {
      const markdown = readFileSync(path.join(folder, `${rule.id}.md`), 'utf8');
      for (const line of examples(markdown, 'Flagged')) {
        assert.ok(core.lint(line).findings.some((f) => f.ruleId === rule.id), `${rule.id} flags: ${line}`);
      }
      for (const line of examples(markdown, 'Not flagged')) {
        assert.deepEqual(core.lint(line).findings.filter((f) => f.ruleId === rule.id), [], `${rule.id} leaves alone: ${line}`);
      }
    }
  });
});

describe('README rule sections: one French and one German example each', () => {
  const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
  // Directives are the same comments in every language; every other rule shows a sentence per language.
  for (const rule of core.rules.filter((r) => r.id !== 'sourced-directive')) {
    it(`${rule.id}: each example, in a draft of its language, gets a finding of the rule on the words in bold`, () => {
      const section = readme.split(`### \`${rule.id}\`\n`)[1]?.split(/\n### /)[0] ?? '';
      const line = /^- French and German \(`lang: fr`, `lang: de`\): ((?:.|\n {2})*)$/m.exec(section)?.[1].replace(/\n {2}/g, ' ');
      assert.ok(line, `no "- French and German" line in the README's ${rule.id} section`);
      const examples = /^"(.+)" and "(.+)"$/.exec(line);
      assert.ok(examples, line);
      for (const [lang, example] of [['fr', examples[1]], ['de', examples[2]]]) {
        const bold = /\*\*(.+?)\*\*/.exec(example)?.[1];
        assert.ok(bold, `${lang}: the flagged words are in bold: ${example}`);
        const result = core.lint(`---\nlang: ${lang}\n---\n\n${example.replace(/\*\*/g, '')}\n`);
        assert.equal(result.language, lang);
        assert.ok(result.findings.some((f) => f.ruleId === rule.id && f.actual === bold),
          `${lang} "${example}": ${result.findings.map((f) => `${f.ruleId} "${f.actual}"`).join(', ') || 'no finding'}`);
      }
    });
  }
});
