// The Sources panel's HTML shell (pure: strings in, HTML out), with a strict Content-Security-Policy and a nonce.

/** Inputs of `renderSourcesHtml`; every value is escaped or validated before it reaches the HTML. */
export interface SourcesHtmlOptions {
  /** `webview.cspSource`: the origin(s) the webview may load our own style and images from. */
  cspSource: string;
  /** From `createNonce()`; the only script allowed to run carries it. */
  nonce: string;
  /** `asWebviewUri` of dist/webview.js. */
  scriptUri: string;
  /** `asWebviewUri` of media/sources.css. */
  styleUri: string;
  /** The page's language: `en` (default), `fr` or `de`. */
  lang?: string;
  /** `vscode.l10n.bundle`: the panel's words in VS Code's display language, read by the script (none in English). */
  l10nBundle?: Readonly<Record<string, string>>;
}

/**
 * A fresh nonce: 16 random bytes from the Web Crypto API (present in Node 20 and in the browser build alike), base64.
 */
export function createNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

const htmlEscapes: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/**
 * Escape text for an HTML text node or a quoted attribute value.
 *
 * @param value
 *   Untrusted text.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => htmlEscapes[c]);
}

/**
 * One token of a CSP source list: a host or scheme source with nothing that could end the directive or start another,
 * or the `'self'` keyword (VS Code's `cspSource` is `'self' https://*.vscode-cdn.net`). Other quoted keywords such
 * as `'unsafe-inline'` are refused.
 */
const cspTokenPattern = /^(?:'self'|[^\s;,'"<>]+)$/;
/** Base64 alphabet only, so the nonce cannot break out of `'nonce-…'`. */
const noncePattern = /^[A-Za-z0-9+/]{16,}={0,2}$/;

/**
 * Render the panel's HTML. Draft text never enters it: the content arrives later as a message and is set with
 * `textContent`.
 *
 * @param options
 *   CSP source, nonce and the webview URIs of the script and stylesheet.
 * @throws
 *   If the CSP source or nonce could smuggle extra directives into the policy.
 */
export function renderSourcesHtml(options: SourcesHtmlOptions): string {
  const {cspSource, nonce} = options;
  if (!cspSource.split(' ').every((token) => cspTokenPattern.test(token))) throw new Error(`Refusing unsafe CSP source ${JSON.stringify(cspSource)}`);
  if (!noncePattern.test(nonce)) throw new Error('Refusing a nonce that is not base64');
  const lang = /^[a-z]{2}$/.test(options.lang ?? '') ? options.lang! : 'en';
  // Data, not script: an attribute the panel's script parses as JSON (escaped like any attribute value).
  const bundle = options.l10nBundle ? ` data-l10n="${escapeHtml(JSON.stringify(options.l10nBundle))}"` : '';
  const csp = [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)};">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(options.styleUri)}">
<title>Sources</title>
</head>
<body${bundle}>
<div id="status" class="status" role="status" aria-live="polite"></div>
<main id="root"><p class="empty">Open a Markdown draft to see the sources it names.</p></main>
<script nonce="${escapeHtml(nonce)}" src="${escapeHtml(options.scriptUri)}"></script>
</body>
</html>
`;
}
