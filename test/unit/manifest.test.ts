// package.json's contributions agree with the extension's code: command ids, settings defaults, views, grammar, schema.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {commandIds, viewIds} from '../../src/extension/commands.js';
import {settingDefaults} from '../../src/extension/settings.js';

const root = join(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

test('every command id in commands.ts is contributed under category Sourced, and nothing else is', () => {
  const contributed = contributes.commands.map((c: {command: string}) => c.command).sort();
  assert.deepEqual(contributed, Object.values(commandIds).sort());
  for (const command of contributes.commands) {
    assert.equal(command.category, 'Sourced', command.command);
    assert.ok(command.title.length > 0, command.command);
  }
});

test('command palette entries name contributed commands', () => {
  const known = new Set<string>(Object.values(commandIds));
  for (const entry of contributes.menus.commandPalette) assert.ok(known.has(entry.command), entry.command);
  const checkAttribution = contributes.menus.commandPalette.find((e: {command: string}) => e.command === commandIds.checkAttribution);
  assert.equal(checkAttribution.when, 'editorLangId == markdown');
});

test('activation is on Markdown only (commands and views activate implicitly)', () => {
  assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown']);
});

test('settings in package.json match settings.ts defaults, each with a scope and a markdownDescription', () => {
  const properties: Record<string, {default: unknown; scope?: string; markdownDescription?: string; enum?: unknown[]; enumDescriptions?: unknown[]}> =
    contributes.configuration.properties;
  assert.deepEqual(Object.keys(properties).sort(), Object.keys(settingDefaults).map((k) => `sourced.${k}`).sort());
  for (const [key, value] of Object.entries(settingDefaults)) {
    const property = properties[`sourced.${key}`];
    assert.deepEqual(property.default, value, key);
    assert.equal(property.scope, 'resource', key);
    assert.ok(property.markdownDescription, key);
    if (property.enum) assert.equal(property.enumDescriptions?.length, property.enum.length, key);
  }
  assert.deepEqual(properties['sourced.run'].enum, ['onType', 'onSave']);
});

test('the Sources view lives in its own activity-bar container with an icon that exists', () => {
  const container = contributes.viewsContainers.activitybar.find((c: {id: string}) => c.id === viewIds.container);
  assert.ok(container, 'view container');
  assert.ok(existsSync(join(root, container.icon)), container.icon);
  assert.deepEqual(contributes.views[viewIds.container], [{type: 'webview', id: viewIds.sources, name: '%view.sources%'}]);
  // The provider declares its view type in its own file (it imports vscode, so it is read as text here).
  const provider = readFileSync(join(root, 'src/extension/sources-view.ts'), 'utf8');
  assert.equal(/viewType\s*=\s*'([^']+)'/.exec(provider)?.[1], viewIds.sources);
});

test('the injection grammar exists and declares the contributed scope name', () => {
  const [grammar] = contributes.grammars;
  assert.deepEqual(grammar.injectTo, ['text.html.markdown']);
  const file = join(root, grammar.path);
  assert.ok(existsSync(file), grammar.path);
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).scopeName, grammar.scopeName);
});

test('.sourced.json validation points at a JSON schema that ships', () => {
  const [validation] = contributes.jsonValidation;
  assert.equal(validation.fileMatch, '.sourced.json');
  const schema = JSON.parse(readFileSync(join(root, validation.url), 'utf8'));
  assert.equal(typeof schema.properties, 'object');
  const ignored = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n');
  assert.ok(ignored.includes(`!${validation.url.replace(/^\.\//, '')}`), 'the schema is re-included in .vscodeignore');
});

test('engines.vscode accepts the @types/vscode version and the VS Code 1.100.3 the e2e suite runs', () => {
  const range = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(manifest.engines.vscode);
  assert.ok(range, `engines.vscode is a caret range: ${manifest.engines.vscode}`);
  const accepts = (version: string) => {
    const [major, minor, patch] = version.split('.').map(Number);
    const [, min1, min2, min3] = range.map(Number);
    return major === min1 && (minor > min2 || (minor === min2 && patch >= min3));
  };
  const types = manifest.devDependencies['@types/vscode'];
  assert.match(types, /^\d+\.\d+\.\d+$/, '@types/vscode is pinned exactly');
  assert.ok(accepts(types), `engines.vscode ${manifest.engines.vscode} accepts @types/vscode ${types}`);
  // @types/vscode must not promise API newer than the oldest VS Code we accept.
  assert.equal(types.split('.').slice(0, 2).join('.'), manifest.engines.vscode.slice(1).split('.').slice(0, 2).join('.'));
  assert.ok(accepts('1.100.3'));
});

test('main and browser point at the bundles esbuild.js builds', () => {
  const build = readFileSync(join(root, 'esbuild.js'), 'utf8');
  for (const entry of [manifest.main, manifest.browser]) assert.ok(build.includes(`'${entry.replace(/^\.\//, '')}'`), entry);
});
