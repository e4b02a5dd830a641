// The words the panel and the figure hover show for the model's kinds and qualities ('harm' → "bilan humain",
// "Opfer"), in VS Code's display language through @vscode/l10n. The identifiers themselves (CSS classes, JSON) never
// change. Pure: no DOM, no vscode, so the extension's pure modules and the webview script both use it.
import * as l10n from '@vscode/l10n';
import type {AttributionKind, FigureKind, SourceQuality} from './protocol.js';

/** The word for a source's quality: "named", "nommée", "genannt". */
export function qualityWord(quality: SourceQuality): string {
  switch (quality) {
    case 'named': return l10n.t('named');
    case 'vague': return l10n.t('vague');
    case 'anonymous': return l10n.t('anonymous');
    case 'absent': return l10n.t('absent');
  }
}

/** The word for what an attribution attributes: "speech", "déclaration", "Aussage". */
export function attributionKindWord(kind: AttributionKind): string {
  switch (kind) {
    case 'speech': return l10n.t('speech');
    case 'report': return l10n.t('report');
    case 'estimate': return l10n.t('estimate');
    case 'belief': return l10n.t('belief');
    case 'other': return l10n.t('other');
  }
}

/** The word for what a figure counts (EDITORIAL-STANDARD.md §1): "harm", "bilan humain", "Opfer". */
export function figureKindWord(kind: FigureKind): string {
  switch (kind) {
    case 'harm': return l10n.t('harm');
    case 'crowd': return l10n.t('crowd');
    case 'poll': return l10n.t('poll');
    case 'health': return l10n.t('health');
    case 'crime': return l10n.t('crime');
    case 'economy': return l10n.t('economy');
    case 'money': return l10n.t('money');
    case 'business': return l10n.t('business');
    case 'estimate': return l10n.t('estimate');
    case 'proportion': return l10n.t('proportion');
    case 'count': return l10n.t('count');
    case 'sport': return l10n.t('sport');
    case 'market': return l10n.t('market');
    case 'vote': return l10n.t('vote');
    case 'measurement': return l10n.t('measurement');
    case 'address': return l10n.t('address');
    case 'label': return l10n.t('label');
    case 'family': return l10n.t('family');
    case 'time': return l10n.t('time');
  }
}
