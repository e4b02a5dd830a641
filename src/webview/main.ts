// Sources panel script (browser): renders the view model with createElement/textContent only, never HTML strings,
// remembers it with setState across hide/show, and asks the extension to reveal ranges and copy the source list. Its
// words come from the extension's l10n bundle (French or German when VS Code is), read with @vscode/l10n.
import * as l10n from '@vscode/l10n';
import {
  type AcceptedRow,
  type ClaimRow,
  isExtensionToWebview,
  type ModelRange,
  type RuleGroup,
  type SourceRow,
  type SourcesModel,
  type SourcesUpdateMessage,
  type WebviewToExtension,
} from './protocol.js';
import {attributionKindWord, figureKindWord, qualityWord} from './words.js';

/** The part of the webview API this script uses. */
interface VsCodeApi {
  postMessage(message: WebviewToExtension): void;
  getState(): unknown;
  setState(state: PanelState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** What survives the panel being hidden and shown again. */
interface PanelState {
  update: SourcesUpdateMessage | null;
  /** Keys of the collapsed sections, and "open:" + key of the sections opened that start closed. */
  closed: string[];
}

// The bundle of VS Code's display language, which the extension puts in the page (none in English).
const bundle = document.body.dataset.l10n;
if (bundle) l10n.config({contents: JSON.parse(bundle) as Record<string, string>});

const vscode = acquireVsCodeApi();
const root = document.getElementById('root') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;
let state = restoreState(vscode.getState());
let statusTimer: ReturnType<typeof setTimeout> | undefined;

/** Accept only a state this script wrote (an older build's state may have another shape). */
function restoreState(raw: unknown): PanelState {
  const saved = typeof raw === 'object' && raw !== null ? (raw as Partial<Record<keyof PanelState, unknown>>) : {};
  const update =
    isExtensionToWebview(saved.update) && saved.update.type === 'sources/update' ? saved.update : null;
  const closed = Array.isArray(saved.closed) ? saved.closed.filter((key) => typeof key === 'string') : [];
  return {update, closed};
}

/** Create an element with an optional class and text (always as text, never parsed). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A row that reveals `range` in the editor when clicked or activated with Enter/Space (it is a real button): the line
 * number, then `parts` wrapping beside it.
 */
function revealButton(range: ModelRange, key: string, className: string, parts: HTMLElement[]): HTMLButtonElement {
  const button = el('button', `row ${className}`);
  button.type = 'button';
  button.dataset.start = String(range.start);
  button.dataset.end = String(range.end);
  button.dataset.key = key;
  const body = el('span', 'body');
  body.append(...parts);
  button.append(el('span', 'line', `L${range.line}`), body);
  return button;
}

/**
 * A collapsible section whose open/closed state is remembered under `key` (open by default unless `openByDefault` is
 * false; then it is remembered in `state.opened`).
 */
function section(key: string, title: string, count: number, className: string, openByDefault = true): HTMLDetailsElement {
  const details = el('details', className);
  details.open = openByDefault ? !state.closed.includes(key) : state.closed.includes(`open:${key}`);
  const summary = el('summary');
  summary.append(el('span', 'title', title));
  summary.append(el('span', 'count badge', String(count)));
  details.append(summary);
  details.addEventListener('toggle', () => {
    const remembered = openByDefault ? key : `open:${key}`;
    const closed = state.closed.filter((k) => k !== remembered);
    if (openByDefault ? !details.open : details.open) closed.push(remembered);
    state = {...state, closed};
    vscode.setState(state);
  });
  return details;
}

function renderHeader(model: SourcesModel): HTMLElement {
  const header = el('header', 'header');
  const file = el('h1', 'file', model.fileName.split(/[\\/]/).pop());
  file.title = model.fileName;
  header.append(file);
  const copy = el('button', 'copy', l10n.t('Copy source list'));
  copy.type = 'button';
  copy.dataset.action = 'copy';
  copy.dataset.key = 'copy';
  copy.disabled = model.sources.length === 0;
  copy.title = l10n.t('Copy the sources and the claims they support as a Markdown list');
  header.append(copy);
  return header;
}

/** "2 sourced, 1 unsourced, 1 needs no source": figures of risk none are never counted as unsourced. */
function figureDetail({sourced, unsourced, exempt}: SourcesModel['figures']): string {
  const parts = [l10n.t('{0} sourced', sourced), l10n.t('{0} unsourced', unsourced)];
  if (exempt > 0) parts.push(exempt === 1 ? l10n.t('{0} needs no source', exempt) : l10n.t('{0} need no source', exempt));
  return parts.join(', ');
}

function renderSummary(model: SourcesModel): HTMLElement {
  const summary = el('section', 'summary');
  const findings = model.groups.reduce((sum, group) => sum + group.findings.length, 0);
  const counts = el('dl', 'counts');
  const quality = (q: SourceRow['quality']) => model.sources.filter((s) => s.quality === q).length;
  const entries: Array<[string, string, string]> = [
    [
      l10n.t('Sources'),
      String(model.sources.length),
      l10n.t('{0} named, {1} vague, {2} anonymous', quality('named'), quality('vague'), quality('anonymous')),
    ],
    [l10n.t('To check'), String(findings), model.groups.length === 1 ? l10n.t('{0} rule', 1) : l10n.t('{0} rules', model.groups.length)],
    [l10n.t('Figures'), String(model.figures.total), figureDetail(model.figures)],
  ];
  for (const [term, value, detail] of entries) {
    const item = el('div', 'count-item');
    item.append(el('dt', undefined, term), el('dd', 'value', value), el('dd', 'detail', detail));
    counts.append(item);
  }
  summary.append(counts);

  const {total, sourced, unsourced} = model.figures;
  if (sourced + unsourced === 0) {
    summary.append(el('p', 'empty', total === 0 ? l10n.t('No figures in this draft.') : l10n.t('No figures here need a source.')));
    return summary;
  }
  // Bar widths come from flex-grow set through the CSSOM, which the CSP allows (no inline style attributes).
  const chart = el('div', 'chart');
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', l10n.t('{0} of {1} figures sourced, {2} unsourced', sourced, sourced + unsourced, unsourced));
  const bar = el('div', 'bar');
  for (const [value, className] of [
    [sourced, 'bar-sourced'],
    [unsourced, 'bar-unsourced'],
  ] as const) {
    if (value === 0) continue;
    const part = el('span', className);
    part.style.flexGrow = String(value);
    bar.append(part);
  }
  const legend = el('div', 'legend');
  legend.setAttribute('aria-hidden', 'true');
  legend.append(
    el('span', 'legend-sourced', l10n.t('{0} sourced', sourced)),
    el('span', 'legend-unsourced', l10n.t('{0} unsourced', unsourced)),
  );
  chart.append(bar, legend);
  summary.append(chart);
  return summary;
}

/**
 * One thing a source supports: the attributed words (shortened; the full text is the row's hover), then the cue, the
 * kind of attribution and the figures it covers ("20,000 · harm"). Activating it selects the words in the editor.
 */
function renderClaim(claim: ClaimRow, key: string): HTMLButtonElement {
  const about = el('span', 'about');
  about.append(el('span', 'cue', claim.cue), el('span', `kind kind-${claim.kind}`, attributionKindWord(claim.kind)));
  for (const figure of claim.figures) {
    const tag = el('span', `figure badge figure-${figure.kind}`, `${figure.text} · ${figureKindWord(figure.kind)}`);
    tag.title = l10n.t('Figure {0}, counts {1}', figure.text, figureKindWord(figure.kind));
    about.append(tag);
  }
  const row = revealButton(claim, key, 'claim', [el('span', 'text', claim.text), about]);
  row.title = claim.full;
  return row;
}

function renderSources(model: SourcesModel): HTMLElement {
  const details = section('sources', l10n.t('Sources'), model.sources.length, 'sources');
  if (model.sources.length === 0) {
    details.append(el('p', 'empty', l10n.t('No sources named yet.')));
    return details;
  }
  const list = el('ul', 'list');
  model.sources.forEach((source, i) => {
    // Compact by default: one line per source (its line, name, quality and how many things it supports); opening it
    // lists exactly what it supports, one line each. Open sources are remembered.
    const item = el('li', 'source');
    const details = el('details', 'source-details');
    const key = `open:source:${i}`;
    details.open = state.closed.includes(key);
    details.addEventListener('toggle', () => {
      const closed = state.closed.filter((k) => k !== key);
      if (details.open) closed.push(key);
      state = {...state, closed};
      vscode.setState(state);
    });
    const summary = el('summary', 'row source-row');
    const target = source.mention ?? source.claims[0];
    const line = el('span', 'line', target ? `L${target.line}` : '');
    const name = el('span', 'name', source.name);
    name.title = source.cues.length > 0 ? `${source.name} (${source.cues.join(', ')})` : source.name;
    const figures = source.claims.reduce((n, claim) => n + claim.figures.length, 0);
    const claims = source.claims.length === 1 ? l10n.t('{0} claim', 1) : l10n.t('{0} claims', source.claims.length);
    const supports = el('span', 'supports', figures === 0 ? claims : `${claims}, ${figures === 1 ? l10n.t('{0} figure', 1) : l10n.t('{0} figures', figures)}`);
    summary.append(line, name, el('span', `quality badge quality-${source.quality}`, qualityWord(source.quality)), supports);
    if (source.cues.length > 0) summary.append(el('span', 'cues', source.cues.join(', ')));
    details.append(summary);
    if (target) {
      const mention = revealButton(target, `source:${i}`, 'mention', [el('span', 'text', l10n.t('Go to where {0} is named', source.name))]);
      details.append(mention);
    }
    const claimList = el('ul', 'claims');
    source.claims.forEach((claim, j) => {
      const li = el('li');
      li.append(renderClaim(claim, `source:${i}:claim:${j}`));
      claimList.append(li);
    });
    details.append(claimList);
    item.append(details);
    list.append(item);
  });
  details.append(list);
  return details;
}

function renderGroup(group: RuleGroup): HTMLElement {
  const details = section(`rule:${group.ruleId}`, group.label, group.findings.length, `group rule-${group.ruleId}`, false);
  const list = el('ul', 'list');
  group.findings.forEach((finding, i) => {
    const row = revealButton(finding, `rule:${group.ruleId}:${i}`, `finding severity-${finding.severity}`, [
      el('span', 'text', finding.text),
      el('span', 'message', finding.message),
    ]);
    row.title = finding.message;
    const li = el('li');
    li.append(row);
    list.append(li);
  });
  details.append(list);
  return details;
}

function renderFindings(model: SourcesModel): HTMLElement {
  const total = model.groups.reduce((sum, group) => sum + group.findings.length, 0);
  const details = section('findings', l10n.t('To check'), total, 'findings');
  if (total === 0) details.append(el('p', 'empty', l10n.t('No unsourced, vague or hedged claims found.')));
  for (const group of model.groups) details.append(renderGroup(group));
  return details;
}

/** Findings an editor accepted in the draft, each with the reason written in its sourced-accept comment. */
function renderAccepted(accepted: readonly AcceptedRow[]): HTMLElement {
  const details = section('accepted', l10n.t('Accepted'), accepted.length, 'accepted');
  const list = el('ul', 'list');
  accepted.forEach((row, i) => {
    const button = revealButton(row, `accepted:${i}`, 'finding accepted', [
      el('span', 'text', row.text),
      el('span', 'message', `${row.reason} · ${row.ruleId}`),
    ]);
    button.title = l10n.t('Accepted: {0}', row.reason) + `\n${row.message}`;
    const li = el('li');
    li.append(button);
    list.append(li);
  });
  details.append(list);
  return details;
}

/** Rebuild the panel from the current state, keeping keyboard focus on the same row if it still exists. */
function render(): void {
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.key : undefined;
  const model = state.update?.model;
  if (!model) {
    root.replaceChildren(el('p', 'empty', l10n.t('Open a Markdown draft to see the sources it names.')));
    return;
  }
  root.replaceChildren(renderHeader(model), renderSummary(model), renderSources(model), renderFindings(model));
  if (model.accepted && model.accepted.length > 0) root.append(renderAccepted(model.accepted));
  if (focused === undefined) return;
  for (const node of root.querySelectorAll<HTMLElement>('[data-key]')) {
    if (node.dataset.key === focused) {
      node.focus();
      break;
    }
  }
}

function showStatus(text: string): void {
  status.textContent = text;
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => {
    status.textContent = '';
  }, 4000);
}

root.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button') : null;
  if (!button || button.disabled) return;
  if (button.dataset.action === 'copy') {
    vscode.postMessage({type: 'copySources'});
    return;
  }
  const start = Number(button.dataset.start);
  const end = Number(button.dataset.end);
  if (Number.isSafeInteger(start) && Number.isSafeInteger(end)) vscode.postMessage({type: 'reveal', start, end});
});

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (!isExtensionToWebview(message)) return;
  switch (message.type) {
    case 'sources/update':
      state = {...state, update: message};
      vscode.setState(state);
      render();
      break;
    case 'copied':
      showStatus(message.count === 1 ? l10n.t('Copied {0} source to the clipboard.', 1) : l10n.t('Copied {0} sources to the clipboard.', message.count));
      break;
    default: {
      const unreachable: never = message;
      return unreachable;
    }
  }
});

render();
vscode.postMessage({type: 'ready'});
