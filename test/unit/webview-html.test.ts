// The Sources panel's HTML shell: strict CSP, a nonce on every script, no inline handlers, hostile strings escaped,
// and a webview script that never turns strings into HTML.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {createNonce, escapeHtml, renderSourcesHtml, type SourcesHtmlOptions} from '../../src/extension/webview-html.js';

const options: SourcesHtmlOptions = {
  cspSource: 'https://*.vscode-cdn.net',
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
      'style-src https://*.vscode-cdn.net',
      `script-src 'nonce-${options.nonce}'`,
      'img-src https://*.vscode-cdn.net',
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
