// Messages in French, as a standards editor would write them (« source », « attribution », « chiffre sans source »).
// Guillemets with plain spaces inside, as VS Code's own French interface writes them.
import type {en} from './en.js';
import type {Translation} from './types.js';

/** The French catalogue: the keys and placeholders of `en.ts`. */
export const fr: Translation<typeof en> = {
  quotes: ['« ', ' »'],
  rules: {
    'unsourced-figure': {
      description: 'Chiffre sans source dans sa phrase',
      messages: {
        noSource: '{{kind}} « {{figure}} » sans source : précisez qui a compté, mesuré ou estimé',
        noSourceNorOne: '{{kind}} « {{figure}} » sans source (tout comme {{others}}) : précisez qui a compté, mesuré ou estimé',
        noSourceNorMany: '{{kind}} « {{figure}} » sans source (tout comme {{others}}) : précisez qui a compté, mesuré ou estimé',
      },
      note: 'Lecteurs et vérificateurs doivent savoir d\'où vient un chiffre. Attribuez-le dans la même phrase (« …, selon le ministère de la Santé ») ou mettez un lien vers la source.',
    },
    hedging: {
      description: 'Précaution de langage qui affaiblit l\'information sans dire qui doute',
      messages: {
        hedge: '« {{words}} » affaiblit l\'information : dites qui doute, ou affirmez le fait sans réserve',
        hearsay: '« {{words}} » ne dit pas qui rapporte ou affirme cela : citez la source',
      },
      note: 'Une précaution de langage prise au nom de la rédaction laisse le lecteur deviner qui doute. Attribuez le doute à quelqu\'un, ou vérifiez le fait et supprimez la précaution.',
    },
    'vague-attribution': {
      description: 'Attribution à une source que personne ne peut vérifier',
      messages: {
        vagueSource: '« {{words}} » ne dit pas qui : citez une source que le lecteur peut vérifier',
        impersonal: '« {{words}} » cache qui l\'affirme : citez une source que le lecteur peut vérifier',
      },
      notes: {
        vagueSource: 'Une attribution vague (« des sources », « des experts », « selon des informations ») est invérifiable. Nommez le média, l\'organisme ou la personne ; si la source doit rester anonyme, dites pourquoi.',
        impersonal: 'Une tournure impersonnelle (« on dit que », « selon certaines rumeurs ») n\'attribue l\'information à personne. Dites qui l\'affirme ou la rapporte.',
      },
    },
    'missing-attribution': {
      description: 'Affirmation dont la source est cachée (passif sans agent) ou absente (superlatif sans preuve)',
      messages: {
        passive: '« {{words}} » cache qui porte ce jugement : précisez par qui',
        impersonal: '« {{words}} » cache qui le pense : dites qui',
        claimNoun: '« {{words}} » ne dit pas de qui : nommez qui les exprime',
        record: '« {{words}} » est un record sans source : dites qui tient les statistiques',
      },
      notes: {
        passive: 'Un passif sans complément d\'agent ({{examples}}) cache qui s\'exprime. Nommez-le.',
        impersonal: 'Une tournure impersonnelle ({{examples}}) fait passer un avis anonyme pour un consensus. Dites de qui il émane.',
        claimNoun: 'Les espoirs, les craintes et les doutes sont ceux de quelqu\'un. Dites qui les a exprimés.',
        record: 'Les superlatifs et les records ({{examples}}) supposent que quelqu\'un les a mesurés.',
      },
    },
    'unattributed-quote': {
      description: 'Citation directe sans auteur',
      messages: {
        noSpeaker: 'Citation sans auteur : dites qui l\'a prononcée ou écrite',
      },
      note: 'Toute citation directe doit avoir un auteur, dans la même phrase ou la suivante (« … », a déclaré le président du syndicat, Tom Hale).',
    },
    'anonymous-source': {
      description: 'Source anonyme : dites pourquoi l\'anonymat a été accordé',
      messages: {
        unnamed: 'Source anonyme « {{words}} » : expliquez pourquoi elle ne peut pas être nommée',
        reasonGiven: 'Source anonyme « {{words}} » : vérifiez que la raison donnée pour l\'anonymat respecte vos règles déontologiques',
      },
      note: 'Les chartes de déontologie n\'admettent l\'anonymat que si la source s\'expose à un danger ou n\'est pas autorisée à parler ; l\'article doit dire lequel, pour que le lecteur puisse juger.',
    },
    'sourced-directive': {
      description: 'Commentaire de contrôle qui ne masque ou n\'accepte rien, nomme une règle inconnue ou n\'est jamais fermé',
      messages: {
        unknownRule: 'Règle inconnue « {{ruleId}} » dans une directive sourced : elle ne désactive rien (voir sourced --list-rules)',
        unclosed: 'Ce sourced-disable n\'est jamais refermé : il désactive {{ruleIds}} jusqu\'à la fin du texte. Ajoutez <!-- sourced-enable -->',
        unclosedAll: 'Ce sourced-disable n\'est jamais refermé : il désactive toutes les règles jusqu\'à la fin du texte. Ajoutez <!-- sourced-enable -->',
        unusedEnable: 'Ce sourced-enable ne referme aucun sourced-disable',
        unused: 'Cette directive n\'a rien désactivé pour {{ruleIds}} : supprimez-la',
        unusedAll: 'Cette directive n\'a rien désactivé : supprimez-la',
        acceptChanged: 'Les mots acceptés « {{words}} » ne figurent plus dans le signalement {{ruleId}} à cet endroit : le texte a changé, vérifiez-le à nouveau',
        acceptNothing: 'Ce sourced-accept n\'accepte rien : aucun signalement {{ruleId}} à cet endroit ne contient « {{words}} »',
        malformedAccept: 'Un sourced-accept demande une règle, les mots acceptés entre guillemets et une justification : <!-- sourced-accept rule "words": reason -->',
      },
      note: 'Une directive doit faire ce qu\'elle annonce, pour qu\'aucun texte ne passe la vérification sans avoir été lu.',
    },
    'unfilled-placeholder': {
      description: 'Espace réservé comme « ⟨source⟩ » laissé dans le texte',
      messages: {
        source: 'Espace réservé « ⟨source⟩ » non rempli : nommez la source',
        other: 'Espace réservé « {{placeholder}} » non rempli',
      },
      note: 'Un correctif rapide a inséré cet espace réservé pour que l\'auteur le remplace. Publié tel quel, il montre au lecteur que la source n\'a jamais été nommée.',
    },
    'unsupported-language': {
      messages: {
        detected: 'Ce texte semble rédigé en {{language}} ; Sourced ne vérifie que les textes en anglais, en français et en allemand : il n\'a pas été vérifié',
        declared: 'Ce texte se déclare rédigé en {{language}} ; Sourced ne vérifie que les textes en anglais, en français et en allemand : il n\'a pas été vérifié',
        configured: 'Ce texte est configuré en {{language}} ; Sourced ne vérifie que les textes en anglais, en français et en allemand : il n\'a pas été vérifié',
      },
      note: 'Si la langue a été mal devinée, indiquez "language" dans .sourced.json, ou lang: dans l\'en-tête (front matter).',
    },
  },
  merged: {
    'hedging': ' ; {{words}} ne dit pas non plus qui le rapporte',
    'vague-attribution': ' ; {{words}} ne dit pas qui non plus',
  },
  fixes: {
    addAttribution: 'Ajouter une attribution…',
    attributeTo: 'Attribuer à {{name}}',
    removeHedge: 'Supprimer « {{words}} »',
    replaceWithAttribution: 'Remplacer par une attribution…',
    nameSource: 'Nommer la source…',
    ignoreRule: 'Ignorer {{ruleId}} ici',
    accept: 'Accepter avec une justification…',
  },
  terms: {
    'figure.count': 'Chiffre',
    'figure.percent': 'Pourcentage',
    'figure.money': 'Montant',
    'figure.fraction': 'Proportion',
    'figure.magnitude': 'Estimation',
    'language.de': 'allemand',
    'language.en': 'anglais',
    'language.es': 'espagnol',
    'language.fr': 'français',
    'language.it': 'italien',
    'language.nl': 'néerlandais',
    'language.pt': 'portugais',
  },
};
