// The Sources panel's HTML shell: strict CSP, a nonce on every script, no inline handlers, hostile strings escaped,
// and a webview script that never turns strings into HTML.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {after, afterEach, before, describe, it} from 'node:test';
import {build} from 'esbuild';
import {type Browser, type BrowserContext, chromium, type Page} from 'playwright-core';
import {createNonce, escapeHtml, renderSourcesHtml, type SourcesHtmlOptions} from '../../src/extension/webview-html.js';
import {protocolVersion, type SourcesModel, type SourcesUpdateMessage} from '../../src/webview/protocol.js';

/** The page globals the in-browser checks read; declared here because the root tsconfig has no DOM lib. */
interface PageGlobals {
  __posted: unknown[];
  __state?: {closed: string[]};
  document: {
    querySelector(selector: string): {textContent: string | null; getAttribute(name: string): string | null} | null;
  };
}

/** Debian's chromium, driven by playwright-core for the in-browser checks. */
const chromiumPath = '/usr/bin/chromium';

const options: SourcesHtmlOptions = {
  // What VS Code 1.100 (code-server) passes as webview.cspSource.
  cspSource: "'self' https://*.vscode-cdn.net",
  nonce: 'q83vEjRWeJq83vEjRWeJqw==',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/sources.css',
};

/** Decode the entities `escapeHtml` produces (enough to read back our own attributes). */
function decode(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) =>
    ({amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'"})[name] ?? '',
  );
}

/** Every start tag as `{name, attrs}`; attribute values are double-quoted in our output. */
function tags(html: string): Array<{name: string; raw: string; attrs: Map<string, string>}> {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[\w-]+(?:="[^"]*")?)*)\s*\/?>/g)].map((m) => ({
    name: m[1].toLowerCase(),
    raw: m[0],
    attrs: new Map([...m[2].matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((a) => [a[1].toLowerCase(), decode(a[2] ?? '')])),
  }));
}

function csp(html: string): string {
  const meta = tags(html).find((t) => t.name === 'meta' && t.attrs.get('http-equiv') === 'Content-Security-Policy');
  assert.ok(meta, 'the CSP meta tag is present');
  return meta.attrs.get('content') ?? '';
}

describe('renderSourcesHtml', () => {
  const html = renderSourcesHtml(options);

  it('declares a strict Content-Security-Policy', () => {
    const directives = csp(html)
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean);
    assert.deepEqual(directives, [
      "default-src 'none'",
      "style-src 'self' https://*.vscode-cdn.net",
      `script-src 'nonce-${options.nonce}'`,
      "img-src 'self' https://*.vscode-cdn.net",
    ]);
    assert.doesNotMatch(csp(html), /unsafe-inline|unsafe-eval|\bdata:|\bhttps?:(?!\/\/\*\.vscode-cdn\.net)|\s\*(\s|;|$)/);
  });

  it('puts the CSP before anything that loads', () => {
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<link'));
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'));
  });

  it('gives every script the nonce and a src, with no inline code', () => {
    const scripts = tags(html).filter((t) => t.name === 'script');
    assert.equal(scripts.length, 1);
    for (const script of scripts) {
      assert.equal(script.attrs.get('nonce'), options.nonce);
      assert.equal(script.attrs.get('src'), options.scriptUri);
    }
    assert.equal(html.match(/<script\b/g)?.length, 1);
    assert.match(html, /<script [^>]*><\/script>/, 'the script element is empty');
  });

  it('has no inline event handlers, inline styles or style elements', () => {
    for (const tag of tags(html)) {
      for (const name of tag.attrs.keys()) {
        assert.doesNotMatch(name, /^on/, `${tag.raw} has an inline handler`);
        assert.notEqual(name, 'style', `${tag.raw} has an inline style`);
      }
    }
    assert.doesNotMatch(html, /<style\b/);
  });

  it('loads only the given stylesheet and script, nothing remote', () => {
    const urls = tags(html).flatMap((t) => ['src', 'href'].flatMap((a) => t.attrs.get(a) ?? []));
    assert.deepEqual(urls.sort(), [options.scriptUri, options.styleUri].sort());
  });

  it('starts on the empty state', () => {
    assert.match(html, /Open a Markdown draft/);
  });
});

describe('hostile strings entering the HTML', () => {
  const hostile = [
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    '</style><script>alert(2)</script>',
    'javascript:alert(3)',
    '" onload="alert(4)',
  ];

  for (const payload of hostile) {
    it(`escapes ${JSON.stringify(payload)} in the script and style URIs`, () => {
      const html = renderSourcesHtml({...options, scriptUri: `${options.scriptUri}?${payload}`, styleUri: payload});
      assert.equal(html.match(/<script\b/gi)?.length, 1, 'no second script element');
      assert.doesNotMatch(html, /<img\b/i);
      assert.doesNotMatch(html, /<\/style>/i);
      const all = tags(html);
      for (const tag of all) for (const name of tag.attrs.keys()) assert.doesNotMatch(name, /^on/);
      // The payload survives only as an attribute value, intact after decoding.
      const link = all.find((t) => t.name === 'link');
      assert.equal(link?.attrs.get('href'), payload);
      const script = all.find((t) => t.name === 'script');
      assert.equal(script?.attrs.get('src'), `${options.scriptUri}?${payload}`);
    });
  }

  const badCspSources = [
    "https://a.example; script-src 'unsafe-inline'",
    "'unsafe-inline'",
    "'self' 'unsafe-eval'",
    "'self' 'nonce-abc'",
    "'self'  https://a.example",
    "'self",
    'https://a.example"><script>alert(1)</script>',
    'https://a.example,https://b.example',
    '',
    ' ',
  ];
  for (const cspSource of badCspSources) {
    it(`refuses the CSP source ${JSON.stringify(cspSource)}`, () => {
      assert.throws(() => renderSourcesHtml({...options, cspSource}), /CSP source/);
    });
  }

  it('accepts a CSP source list of several origins', () => {
    const html = renderSourcesHtml({...options, cspSource: 'https://a.example vscode-webview:'});
    assert.match(csp(html), /style-src https:\/\/a\.example vscode-webview:;/);
  });

  const badNonces = ["abc' 'unsafe-inline", 'short', 'q83vEjRWeJq83vEjRWeJqw==" onload="x', ''];
  for (const nonce of badNonces) {
    it(`refuses the nonce ${JSON.stringify(nonce)}`, () => {
      assert.throws(() => renderSourcesHtml({...options, nonce}), /nonce/);
    });
  }
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
  it('leaves other text, including non-ASCII, as it is', () => {
    assert.equal(escapeHtml('Gaza ⟨source⟩ 1,140 — 👍'), 'Gaza ⟨source⟩ 1,140 — 👍');
  });
});

describe('createNonce', () => {
  it('is 16 random bytes in base64 that the renderer accepts', () => {
    const nonce = createNonce();
    assert.match(nonce, /^[A-Za-z0-9+/]{22}==$/);
    assert.equal(Buffer.from(nonce, 'base64').length, 16);
    assert.doesNotThrow(() => renderSourcesHtml({...options, nonce}));
  });
  it('differs between calls', () => {
    const nonces = new Set(Array.from({length: 50}, createNonce));
    assert.equal(nonces.size, 50);
  });
  it('uses Web Crypto, not Math.random or node:crypto (it also runs in the browser build)', () => {
    const source = readFileSync(new URL('../../src/extension/webview-html.ts', import.meta.url), 'utf8');
    assert.match(source, /globalThis\.crypto\.getRandomValues/);
    assert.doesNotMatch(source, /Math\.random|from 'node:crypto'|require\(/);
  });
});

describe('webview script', () => {
  for (const file of ['main.ts', 'protocol.ts']) {
    it(`src/webview/${file} never turns strings into HTML or code`, () => {
      const source = readFileSync(new URL(`../../src/webview/${file}`, import.meta.url), 'utf8');
      assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/);
      assert.doesNotMatch(source, /\beval\(|new Function\(|setAttribute\(\s*['"](on|style|href|src)/);
      assert.doesNotMatch(source, /from ['"](vscode|node:[\w/]+)['"]/);
    });
  }
});

describe('the panel in a real browser (Chromium, with the CSP enforced)', {skip: !existsSync(chromiumPath) && 'no chromium'}, () => {
  const origin = 'https://webview.test';
  const hostile = {
    script: '<script>window.__pwned = 1</script>',
    img: '<img src=x onerror="window.__pwned = 2">',
    style: '</style><b>bold</b>',
    link: 'javascript:window.__pwned = 3',
    quotes: `"double" and 'single'`,
  };
  const model: SourcesModel = {
    fileName: `drafts/${hostile.img}.md`,
    sources: [
      {
        name: hostile.script,
        quality: 'named',
        cues: [hostile.img],
        mention: {start: 0, end: 5, line: 1},
        claims: [
          {
            start: 10,
            end: 40,
            line: 2,
            text: hostile.link,
            full: `${hostile.link} ${hostile.script}`,
            cue: hostile.style,
            kind: 'speech',
            figures: [{text: hostile.img, kind: 'harm'}],
          },
        ],
      },
      {name: hostile.quotes, quality: 'anonymous', cues: [hostile.style], claims: []},
    ],
    groups: [
      {
        ruleId: 'unsourced-figure',
        label: 'Unsourced figures',
        findings: [{start: 50, end: 55, line: 3, text: hostile.img, message: hostile.script, severity: 'warning'}],
      },
    ],
    figures: {total: 5, sourced: 1, unsourced: 3, exempt: 1},
  };
  const update = (m: SourcesModel | null): SourcesUpdateMessage => ({
    type: 'sources/update',
    protocol: protocolVersion,
    docUri: m ? 'file:///draft.md' : null,
    version: m ? 1 : null,
    model: m,
  });

  let browser: Browser;
  let context: BrowserContext;
  let script: string;
  /** Uncaught errors in any page; checked after each test. */
  let pageErrors: string[] = [];
  const css = readFileSync('media/sources.css', 'utf8');

  before(async () => {
    const bundle = await build({
      entryPoints: ['src/webview/main.ts'],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      write: false,
    });
    script = bundle.outputFiles[0].text;
    browser = await chromium.launch({executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu']});
    context = await browser.newContext();
  });
  after(async () => {
    await browser?.close();
  });
  afterEach(() => {
    const errors = pageErrors;
    pageErrors = [];
    assert.deepEqual(errors, [], 'no uncaught errors in the webview');
  });

  /** Open the panel with a stub webview API; `saved` is what getState returns. */
  async function open(saved: unknown = undefined): Promise<Page> {
    const page = await context.newPage();
    const html = renderSourcesHtml({
      cspSource: origin,
      nonce: createNonce(),
      scriptUri: `${origin}/dist/webview.js`,
      styleUri: `${origin}/media/sources.css`,
    });
    const bodies: Record<string, [string, string]> = {
      '/': [html, 'text/html'],
      '/dist/webview.js': [script, 'text/javascript'],
      '/media/sources.css': [css, 'text/css'],
    };
    await page.route(`${origin}/**`, (route) => {
      const found = bodies[new URL(route.request().url()).pathname];
      return found ? route.fulfill({body: found[0], contentType: found[1]}) : route.abort();
    });
    // Stands in for VS Code's webview API; runs before the page's own scripts and outside its CSP. A string, not a
    // function: tsx's transform would wrap a function in helpers the page does not have.
    await page.addInitScript(`
      window.__posted = [];
      window.__violations = [];
      window.__state = ${JSON.stringify(saved ?? null)} ?? undefined;
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
      window.acquireVsCodeApi = () => ({
        postMessage: (m) => window.__posted.push(m),
        getState: () => window.__state,
        setState: (s) => { window.__state = s; },
      });
    `);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).__posted.length > 0);
    return page;
  }

  const posted = (page: Page) => page.evaluate('window.__posted') as Promise<unknown[]>;
  // Plain expressions as strings are evaluated once; waitForFunction needs functions (polled strings need eval, which
  // the CSP rightly forbids).
  const send = (page: Page, message: unknown) => page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`);

  it('says ready, then shows the empty state until a draft arrives', async () => {
    const page = await open();
    assert.deepEqual(await posted(page), [{type: 'ready'}]);
    assert.match((await page.textContent('#root')) ?? '', /Open a Markdown draft/);
    await send(page, update({...model, sources: []}));
    await page.waitForSelector('.sources .empty');
    assert.equal(await page.textContent('.sources .empty'), 'No sources named yet.');
    assert.equal(await page.isDisabled('button.copy'), true);
    await send(page, update(null));
    await page.waitForFunction(() =>
      (globalThis as unknown as PageGlobals).document.querySelector('#root .empty')?.textContent?.includes('Open a'),
    );
    await page.close();
  });

  it('shows hostile draft text as text: no element, no script run, no CSP violation', async () => {
    const page = await open();
    await send(page, update(model));
    await page.waitForSelector('.source-row');
    assert.deepEqual(await page.$$eval('.source .name', (nodes) => nodes.map((n) => n.textContent)), [
      hostile.script,
      hostile.quotes,
    ]);
    assert.equal(await page.textContent('.file'), `${hostile.img}.md`);
    assert.equal(await page.getAttribute('.file', 'title'), `drafts/${hostile.img}.md`);
    assert.deepEqual(await page.$$eval('.cues', (nodes) => nodes.map((n) => n.textContent)), [hostile.img, hostile.style]);
    assert.equal(await page.textContent('.claim .text'), hostile.link);
    assert.equal(await page.getAttribute('.claim', 'title'), `${hostile.link} ${hostile.script}`);
    assert.equal(await page.textContent('.claim .cue'), hostile.style);
    assert.equal(await page.textContent('.claim .figure'), `${hostile.img} · harm`);
    assert.equal(await page.textContent('.finding .message'), hostile.script);
    assert.equal(await page.$$eval('#root script, #root img, #root b, #root a, #root style', (n) => n.length), 0);
    assert.equal(await page.evaluate('window.__pwned'), undefined);
    assert.deepEqual(await page.evaluate('window.__violations'), []);
    await page.close();
  });

  it('ignores malformed messages', async () => {
    const page = await open();
    await send(page, update(model));
    await page.waitForSelector('.source-row');
    await send(page, {type: 'sources/update', protocol: protocolVersion + 1, docUri: null, version: null, model: null});
    await send(page, {type: 'sources/update', protocol: protocolVersion, docUri: null, version: null, model: {fileName: 1}});
    await send(page, {type: 'eval', code: 'window.__pwned = 4'});
    // A valid message after the bad ones proves they were processed (and ignored) in order.
    await send(page, {type: 'copied', count: 2});
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelector('#status')?.textContent);
    assert.equal(await page.$$eval('.source', (n) => n.length), 2);
    assert.equal(await page.textContent('#status'), 'Copied 2 sources to the clipboard.');
    await page.close();
  });

  it('lists under each source what it supports: the words, the cue, the kind and the figures with their kind', async () => {
    const page = await open();
    const full = `${'The ministry counted the dead street by street. '.repeat(4)}The toll stands at 20,000.`;
    await send(
      page,
      update({
        fileName: 'gaza.md',
        groups: [],
        figures: {total: 2, sourced: 1, unsourced: 0, exempt: 1},
        sources: [
          {
            name: 'Hamas government in Gaza',
            quality: 'named',
            cues: ['reported'],
            mention: {start: 0, end: 24, line: 1},
            claims: [
              {
                start: 37,
                end: 80,
                line: 1,
                text: 'a death toll of 20,000 in the territory.',
                full: 'a death toll of 20,000 in the territory.',
                cue: 'reported',
                kind: 'report',
                figures: [{text: '20,000', kind: 'harm'}],
              },
              {start: 90, end: 300, line: 3, text: `${full.slice(0, 110)}…`, full, cue: 'said', kind: 'speech', figures: []},
            ],
          },
        ],
      }),
    );
    // Compact by default: a source opens to show what it supports.
    await page.click('details.source-details > summary');
    await page.waitForSelector('.claim');
    const rows = await page.$$eval('.claim', (nodes) =>
      nodes.map((n) => ({
        line: n.querySelector('.line')?.textContent,
        text: n.querySelector('.text')?.textContent,
        cue: n.querySelector('.cue')?.textContent,
        kind: n.querySelector('.kind')?.textContent,
        figures: [...n.querySelectorAll('.figure')].map((f) => f.textContent),
        title: n.getAttribute('title'),
      })),
    );
    assert.deepEqual(rows, [
      {
        line: 'L1',
        text: 'a death toll of 20,000 in the territory.',
        cue: 'reported',
        kind: 'report',
        figures: ['20,000 · harm'],
        title: 'a death toll of 20,000 in the territory.',
      },
      {line: 'L3', text: `${full.slice(0, 110)}…`, cue: 'said', kind: 'speech', figures: [], title: full},
    ]);
    // The figure of risk none is counted apart, never as unsourced.
    assert.equal(
      await page.$$eval('.count-item', (n) => n.map((i) => i.textContent).find((t) => t?.startsWith('Figures'))),
      'Figures21 sourced, 0 unsourced, 1 needs no source',
    );
    await page.click('.claim');
    assert.deepEqual((await posted(page)).at(-1), {type: 'reveal', start: 37, end: 80});
    await page.close();
  });

  it('says when no figure needs a source', async () => {
    const page = await open();
    await send(page, update({...model, figures: {total: 2, sourced: 0, unsourced: 0, exempt: 2}}));
    await page.waitForSelector('.summary .empty');
    assert.equal(await page.textContent('.summary .empty'), 'No figures here need a source.');
    assert.equal(await page.$$eval('.chart', (n) => n.length), 0);
    await page.close();
  });

  it('draws the figure bar from the counts', async () => {
    const page = await open();
    await send(page, update(model));
    await page.waitForSelector('.chart');
    assert.equal(await page.getAttribute('.chart', 'aria-label'), '1 of 4 figures sourced, 3 unsourced');
    assert.deepEqual(await page.$$eval('.bar > span', (n) => n.map((s) => [s.className, s.style.flexGrow])), [
      ['bar-sourced', '1'],
      ['bar-unsourced', '3'],
    ]);
    await page.close();
  });

  it('asks to reveal on click, Enter and Space, and to copy on the button', async () => {
    const page = await open();
    await send(page, update(model));
    await page.click('details.source-details > summary');
    await page.click('details.group > summary');
    await page.waitForSelector('.claim');
    await page.click('.claim');
    await page.focus('.mention');
    await page.keyboard.press('Enter');
    await page.focus('.finding');
    await page.keyboard.press('Space');
    await page.click('button.copy');
    // A source with no range to reveal is shown, but with no button to go to it.
    assert.equal(await page.$$eval('.source-details', (n) => n.filter((d) => !d.querySelector('.mention')).length), 1);
    assert.deepEqual((await posted(page)).slice(1), [
      {type: 'reveal', start: 10, end: 40},
      {type: 'reveal', start: 0, end: 5},
      {type: 'reveal', start: 50, end: 55},
      {type: 'copySources'},
    ]);
    await page.close();
  });

  it('keeps keyboard focus on the same row across updates', async () => {
    const page = await open();
    await send(page, update(model));
    await page.click('details.group > summary');
    await page.waitForSelector('.finding');
    await page.focus('.finding');
    await send(page, update({...model, figures: {total: 6, sourced: 2, unsourced: 3, exempt: 1}}));
    await page.waitForFunction(() =>
      (globalThis as unknown as PageGlobals).document.querySelector('.chart')?.getAttribute('aria-label')?.startsWith('2 of'),
    );
    assert.equal(await page.evaluate('document.activeElement.dataset.key'), 'rule:unsourced-figure:0');
    await page.close();
  });

  it('restores the last model and collapsed sections from saved state, before any message', async () => {
    const first = await open();
    await send(first, update(model));
    await first.waitForSelector('details.sources');
    await first.click('details.sources > summary');
    // The toggle event fires after the click returns.
    await first.waitForFunction(() => (globalThis as unknown as PageGlobals).__state?.closed.length);
    const saved = await first.evaluate('window.__state');
    await first.close();
    assert.deepEqual((saved as {closed: string[]}).closed, ['sources']);

    const second = await open(saved);
    assert.equal(await second.getAttribute('.file', 'title'), `drafts/${hostile.img}.md`);
    assert.equal(await second.$eval('details.sources', (d) => (d as unknown as {open: boolean}).open), false);
    assert.equal(await second.$eval('details.findings', (d) => (d as unknown as {open: boolean}).open), true);
    await second.close();
  });

  it('ignores saved state of another shape', async () => {
    const page = await open({update: {type: 'sources/update', protocol: 0, model: {fileName: '<b>x</b>'}}, closed: 7});
    assert.match((await page.textContent('#root')) ?? '', /Open a Markdown draft/);
    await page.close();
  });
});
