// Hedges: words with which a writer weakens a claim of their own (after the CoNLL-2010 cue inventory, trimmed for news).

/** A hedge phrase and whether deleting it leaves a grammatical sentence. */
export interface Hedge {
  phrase: string;
  removable: boolean;
  /** Hedges that shift the claim to someone unnamed: fine when the sentence names who. */
  hearsay?: boolean;
  /**
   * A modal that hedges only as the finite verb of a main clause ("Daher könnte das Referendum …"), not at the end
   * of a subordinate clause, where a verb-final language puts it ("…, was den Status quo verletzen könnte.").
   */
  mainClauseOnly?: boolean;
  /**
   * Words that, right after the hedge, make it an emphatic denial rather than doubt ("certainement pas", "sûrement
   * pas": "certainly not").
   */
  deniedBy?: ReadonlySet<string>;
  /**
   * Words that, opening the sentence right before the modal, make it the effect of the step just reported, a
   * possibility the step opens rather than the writer's doubt ("Damit könnte der Weg für Neuwahlen frei werden": with
   * the motion filed, new elections become possible).
   */
  consequenceOpeners?: ReadonlySet<string>;
  /**
   * A clause in which the modal is no doubt, matched against the sentence's words before it, lower-cased and joined by
   * spaces: German "als dass" and "ohne dass" clauses of hypothetical consequence, where "dürfte" is "would be
   * allowed to" ("ein zu hohes Gut, als dass man es aufweichen dürfte").
   */
  notInClause?: RegExp;
  /**
   * Words of which one must follow the hedge for it to be one (lower case): French "risque" is a verb of likely
   * outcome only before "de" and its infinitive ("risque d'aggraver"), not as the noun's object ("prend le risque").
   */
  onlyBefore?: ReadonlySet<string>;
  /**
   * Words of which none may follow the hedge (lower case): French "sembler" before a word of what a place or a light
   * looks like ("la maison semblait inoccupée", "la mer semble briller") describes the look, not the writer's doubt.
   */
  notBefore?: ReadonlySet<string>;
  /**
   * A hedge only in a headline (whose lede names nobody, see the hedging rule): in the copy the word is the legal
   * formula of the presumption of innocence, French "le ravisseur présumé", "diffamation présumée", which a standards
   * editor requires rather than removes (session 30, French batch 12: never labelled in any French set).
   */
  headlineOnly?: boolean;
  /**
   * A verb of appearance that, before an infinitive of action in a sports story, describes the play anyone watching
   * saw ("Le champion en titre semble toutefois survoler ses concurrents"), the public record of the event
   * (EDITORIAL-STANDARD.md §1), not the writer's doubt; not before "avoir" or "être" ("semble avoir été dopé" infers).
   * Session 30: judged noise on French batches 9+10 and 12 (match reports).
   */
  describesPlay?: boolean;
}

/** Default hedges. Multi-word entries are matched as phrases, case-insensitively. */
export const hedges: readonly Hedge[] = [
  // Sentence adverbs: the claim stands without them.
  ...['presumably', 'seemingly', 'apparently', 'arguably', 'conceivably', 'supposedly', 'purportedly', 'ostensibly',
    'probably', 'possibly', 'perhaps', 'maybe', 'evidently', 'allegedly', 'reportedly', 'reputedly'].map((phrase) => ({
    phrase,
    removable: true,
    hearsay: phrase === 'reportedly' || phrase === 'allegedly' || phrase === 'reputedly' || phrase === 'purportedly' || phrase === 'supposedly',
  })),
  // Epistemic modals and verbs: speculation the writer has not pinned to anyone.
  // "likely" alone is also a poll term ("likely voters"), so only its verbal forms count.
  ...['most likely', 'is likely', 'was likely', 'are likely', 'were likely', 'almost certainly', 'would appear to',
    'would seem to', 'it would seem', 'would appear', 'is likely to', 'are likely to', 'was likely to', 'were likely to', 'will likely', 'may well', 'might well', 'could well', 'may have been', 'might have been', 'may have', 'might have',
    'could have been', 'it appears that', 'it appears', 'it seems that', 'it seems', 'appears to be',
    'appears to have', 'seems to be', 'seems to have', 'appear to be', 'seem to be',
    // (The plural's perfect too, as the singular's: "The protests appear to have worked"; session 47, a miss on the
    // English held-out news.)
    'appear to have', 'seem to have', 'it is possible that',
    'it may be that', 'it could be that', 'it is likely that', 'it is probable that', 'may or may not', 'could potentially', 'might', 'in all likelihood', 'it would appear', 'one might argue',
    'it could be argued', 'it can be argued', 'more or less', 'to some extent', 'to some degree', 'there is a belief that',
    'there is a sense that']
    .map((phrase) => ({phrase, removable: false})),
  // The same seeming before a verb of evidence: what the writer judges a fact or a document to show ("This appears to
  // explain why …", "The re-arrest also appears to support this claim", "The video seems to show …"). Only these verbs:
  // "seem to target them", "seem to fear" describe people, not evidence (session 46, a miss on a fresh Global Voices
  // article labelled blind; the English news set expects "This appears to explain").
  ...['appear', 'appeared', 'appears', 'seem', 'seemed', 'seems'].flatMap((seem) =>
    ['confirm', 'contradict', 'explain', 'indicate', 'prove', 'show', 'suggest', 'support'].map((verb) => ({phrase: `${seem} to ${verb}`, removable: false}))),
];
