// The extension's own words in French and German: every string the code passes to `l10n.t` (vscode.l10n.t in the
// extension, @vscode/l10n in its pure modules and the Sources panel) has an entry in l10n/bundle.l10n.fr.json and
// bundle.l10n.de.json, and every %key% of package.json one in each package.nls*.json, with the same placeholders.
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {renderSourcesHtml} from '../../src/extension/webview-html.js';

const root = join(import.meta.dirname, '..', '..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');
const manifest = JSON.parse(read('package.json'));

/** The first argument of every `l10n.t('…')` call in the TypeScript files of `folders` (unescaped), by file. */
function calledStrings(folders: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const folder of folders) {
    for (const name of readdirSync(join(root, folder)).filter((n) => n.endsWith('.ts'))) {
      const text = read(join(folder, name));
      for (const m of text.matchAll(/\bl10n\.t\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`)/g)) {
        assert.ok(!m[1].startsWith('`'), `${folder}/${name}: l10n.t takes a literal, not a template: ${m[1]}`);
        found.set(m[1].slice(1, -1).replace(/\\(.)/g, '$1'), `${folder}/${name}`);
      }
      // A call whose first argument is not a literal could never be looked up in a bundle.
      for (const m of text.matchAll(/\bl10n\.t\(\s*([^'"`\s])/g)) assert.fail(`${folder}/${name}: l10n.t( with a non-literal first argument (${m[1]}…)`);
    }
  }
  return found;
}

/** Placeholders of a vscode.l10n string ({0}, {name}), sorted. */
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('l10n bundles (runtime strings)', () => {
  const used = calledStrings(['src/extension', 'src/webview']);

  it('finds the strings the extension and the panel use', () => {
    assert.ok(used.size > 50, `only ${used.size} strings found: is the scan still right?`);
    assert.ok(used.has('Copy source list') && used.has('Sourced: {0}'));
  });

  for (const locale of ['fr', 'de']) {
    it(`bundle.l10n.${locale}.json has every string, with its placeholders, and none that is no longer used`, () => {
      const bundle: Record<string, string> = JSON.parse(read(`l10n/bundle.l10n.${locale}.json`));
      const missing = [...used.keys()].filter((key) => !Object.hasOwn(bundle, key)).map((key) => `${used.get(key)}: ${key}`);
      assert.deepEqual(missing, []);
      assert.deepEqual(Object.keys(bundle).filter((key) => !used.has(key)), []);
      for (const [key, text] of Object.entries(bundle)) {
        assert.deepEqual(placeholders(text), placeholders(key), `${locale}: "${key}" → "${text}"`);
        assert.ok(text.trim().length > 0, `${locale}: "${key}" is empty`);
      }
    });
  }

  it('is declared in package.json and shipped in the .vsix', () => {
    assert.equal(manifest.l10n, './l10n');
    const shipped = read('.vscodeignore').split('\n');
    assert.ok(shipped.includes('!l10n/*.json') && shipped.includes('!package.nls*.json'));
  });

  it('reaches the Sources panel as data, escaped, with the page language', () => {
    const html = renderSourcesHtml({cspSource: "'self'", nonce: 'AAAAAAAAAAAAAAAAAAAAAA==', scriptUri: 's.js', styleUri: 's.css', lang: 'fr', l10nBundle: {'Sources': 'Sources', 'a "<b>"': '« x »'}});
    assert.match(html, /<html lang="fr">/);
    assert.match(html, /<body data-l10n="\{&quot;Sources&quot;:&quot;Sources&quot;,&quot;a \\&quot;&lt;b&gt;\\&quot;&quot;:&quot;« x »&quot;\}">/);
    assert.match(renderSourcesHtml({cspSource: "'self'", nonce: 'AAAAAAAAAAAAAAAAAAAAAA==', scriptUri: 's.js', styleUri: 's.css'}), /<html lang="en">[\s\S]*<body>/);
  });
});

describe('package.nls (manifest strings)', () => {
  /** Every %key% in the manifest's values. */
  const keys = [...JSON.stringify(manifest).matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
  const english: Record<string, string> = JSON.parse(read('package.nls.json'));

  it('has an English text for every %key% of package.json, and no other', () => {
    assert.ok(keys.length >= 10, `${keys.length} keys`);
    assert.deepEqual([...new Set(keys)].sort(), Object.keys(english).sort());
  });
  for (const locale of ['fr', 'de']) {
    it(`package.nls.${locale}.json translates every key, keeping \`code\` and #setting# references`, () => {
      const translated: Record<string, string> = JSON.parse(read(`package.nls.${locale}.json`));
      assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort());
      const literal = (text: string) => [...text.matchAll(/`[^`]+`|#[\w.]+#/g)].map((m) => m[0]).sort();
      for (const [key, text] of Object.entries(english)) {
        assert.deepEqual(literal(translated[key]), literal(text), `${locale} ${key}`);
        assert.ok(translated[key] !== text || key === 'view.sources' && locale === 'fr', `${locale} ${key} is not translated`);
      }
    });
  }
});
