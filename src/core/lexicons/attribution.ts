// Attribution vocabulary: cue verbs, source nouns, and the heads that make a source vague or anonymous.
import type {CueKind} from '../types.js';

/** Verbs that attribute what follows to their subject, with the kind of cue each expresses. */
export const cueVerbs: ReadonlyMap<string, CueKind> = new Map(
  [
    // Speech: what a source said, in the tenses news copy uses.
    ...['said', 'says', 'say', 'told', 'tells', 'tell', 'stated', 'states', 'added', 'adds', 'wrote', 'writes',
      'noted', 'notes', 'explained', 'explains', 'announced', 'announces', 'confirmed', 'confirms', 'acknowledged',
      'acknowledges', 'emphasized', 'emphasised', 'stressed', 'stresses', 'insisted', 'insists', 'warned', 'warns',
      'argued', 'argues', 'argue', 'informed', 'testified', 'declared', 'declares', 'maintained', 'maintains', 'maintain',
      'contended', 'contends', 'contend', 'replied', 'responded', 'recalled', 'conceded', 'admitted', 'admits', 'denied',
      'denies', 'tweeted', 'posted', 'read', 'reads', 'believes', 'believe', 'believed', 'predicted',
      'predicts', 'predict', 'suggested', 'suggests', 'suggest', 'indicated', 'indicates', 'indicate', 'revealed',
      'reveals', 'disclosed', 'discloses', 'concluded', 'concludes', 'urged', 'cautioned', 'heard', 'recommends', 'recommended',
      'advises', 'advised', 'saying', 'claiming', 'suggesting', 'warning', 'arguing', 'insisting', 'considers',
      'consider', 'regard', 'regards', 'accuse', 'pointed', 'circulated', 'began', 'continued',
      'pledged', 'promised', 'vowed', 'spoke', 'thinks', 'think', 'fear', 'fears', 'feared', 'note', 'warn']
      .map((w) => [w, 'said'] as const),
    // Reports and data.
    ...['reported', 'reports', 'report', 'published', 'publishes', 'found', 'finds', 'find', 'showed',
      'shows', 'show', 'recorded', 'records', 'counted', 'counts', 'tallied', 'calculated', 'calculates', 'documented',
      'put', 'puts', 'cited', 'cites', 'surveyed', 'polled', 'issued', 'reporting', 'gave', 'gives']
      .map((w) => [w, 'reported'] as const),
    ...['estimated', 'estimates', 'estimate', 'projected', 'projects', 'forecast', 'forecasts', 'expects', 'expected',
      'expect'].map((w) => [w, 'estimated'] as const),
    ...['claimed', 'claims', 'claim', 'alleged', 'alleges', 'allege', 'accused', 'accuses', 'charged', 'charges']
      .map((w) => [w, 'claimed'] as const),
  ],
);

/** Verbs that attribute in the passive, "reported by X". */
export const agentVerbs = new Set([
  'reported', 'estimated', 'confirmed', 'published', 'compiled', 'released', 'provided', 'cited', 'counted', 'tallied',
  'recorded', 'announced', 'issued', 'claimed', 'verified', 'gathered', 'collected', 'calculated', 'documented',
  'supplied', 'disclosed', 'revealed', 'stated', 'quoted', 'shared', 'obtained', 'seen', 'reviewed', 'commissioned',
  'conducted', 'carried', 'given', 'made', 'put', 'prepared',
]);

/** Nouns for documents and data that carry a source: "figures from X", "a Gallup poll". */
// Only nouns that name a source document: "model", "record" or "index" name products as often ("an HJ model").
export const dataNouns = new Set([
  'figures', 'figure', 'data', 'statistics', 'stats', 'numbers', 'estimates', 'estimate', 'report', 'reports', 'study',
  'studies', 'survey', 'surveys', 'poll', 'polls', 'polling', 'analysis', 'census', 'tally', 'count', 'research',
  'audit', 'assessment', 'statement', 'bulletin', 'database', 'projections', 'forecast', 'investigation', 'tracker',
]);

/** Heads of sources nobody can check ("sources say", "experts believe"), unless something names them. */
export const vagueHeads = new Set([
  'sources', 'source', 'reports', 'report', 'experts', 'observers', 'analysts', 'critics', 'commentators', 'insiders',
  'people', 'many', 'some', 'others', 'rumours', 'rumors', 'rumour', 'rumor', 'speculation', 'skeptics', 'sceptics',
  'scientists', 'economists', 'researchers', 'studies', 'pundits', 'onlookers', 'they', 'everyone', 'everybody',
  'somebody', 'someone', 'most', 'opponents', 'supporters', 'detractors', 'proponents', 'historians', 'specialists',
  'accounts', 'claims', 'media', 'outlets', 'websites', 'posts', 'users', 'commentary', 'whispers', 'chatter',
  'estimates', 'research', 'evidence', 'polls', 'surveys', 'figures', 'data', 'statistics', 'insider',
  // Unnamed groups: plural nouns that say what kind of people, not which ones.
  'groups', 'agencies', 'organisations', 'organizations', 'campaigners', 'activists', 'parents', 'residents',
  'locals', 'witnesses', 'doctors', 'teachers', 'quarters', 'voices', 'watchers', 'fans',
]);

/** Nouns that make a phrase an organisation or office a reader can check. */
export const institutionNouns = new Set([
  'ministry', 'government', 'police', 'agency', 'department', 'council', 'court', 'company', 'university',
  'hospital', 'office', 'commission', 'bureau', 'army', 'military', 'union', 'committee', 'authority', 'service',
  'institute', 'organisation', 'organization', 'group', 'party', 'campaign', 'spokesperson', 'spokesman',
  'spokeswoman', 'prosecutors', 'prosecutor', 'judge', 'mayor', 'governor', 'president', 'minister', 'chief',
  'director', 'coroner', 'sheriff', 'firm', 'bank', 'board', 'regulator', 'fund', 'watchdog', 'center', 'centre',
  'administration', 'cabinet', 'parliament', 'congress', 'senate', 'navy', 'forces', 'embassy', 'consulate',
  'charity', 'foundation', 'clinic', 'school', 'district', 'county', 'city', 'state', 'federation', 'league',
  'association', 'society', 'network', 'newspaper', 'broadcaster', 'organisers', 'organizers', 'family', 'lawyers',
  'lawyer', 'attorney', 'attorneys', 'firefighters', 'rescuers', 'investigators', 'officials', 'authorities',
  'jury', 'tribunal', 'inquiry', 'hearing',
]);

/** Heads of unnamed individual sources ("a senior official", "a person familiar with"). */
export const anonymousHeads = new Set([
  'official', 'officials', 'source', 'sources', 'person', 'people', 'diplomat', 'diplomats', 'aide', 'aides',
  'insider', 'insiders', 'officer', 'officers', 'executive', 'executives', 'employee', 'employees', 'staffer',
  'staffers', 'member', 'members', 'adviser', 'advisers', 'advisor', 'advisors', 'lawmaker', 'lawmakers',
  'negotiator', 'negotiators', 'individual', 'individuals', 'someone', 'investigator', 'investigators', 'analyst',
]);

/** Pronouns and definite descriptions that point back to a source named earlier. */
export const anaphors = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
