// Messages in German, as a standards desk would write them ("Quelle nennen", "Zahl ohne Quelle"), addressing the
// writer with "Sie". Quotation marks „…“.
import type {en} from './en.js';
import type {Translation} from './types.js';

/** The German catalogue: the keys and placeholders of `en.ts`. */
export const de: Translation<typeof en> = {
  quotes: ['„', '“'],
  rules: {
    'unsourced-figure': {
      description: 'Zahl ohne Quelle in ihrem Satz',
      messages: {
        noSource: '{{kind}} „{{figure}}“ ohne Quelle: Nennen Sie, wer gezählt, gemessen oder geschätzt hat',
        noSourceNorOne: '{{kind}} „{{figure}}“ ohne Quelle (ebenso {{others}}): Nennen Sie, wer gezählt, gemessen oder geschätzt hat',
        noSourceNorMany: '{{kind}} „{{figure}}“ ohne Quelle (ebenso {{others}}): Nennen Sie, wer gezählt, gemessen oder geschätzt hat',
      },
      note: 'Leser und Faktenprüfer müssen wissen, woher eine Zahl stammt. Nennen Sie die Quelle im selben Satz („…, teilte das Gesundheitsministerium mit“) oder verlinken Sie sie.',
    },
    hedging: {
      description: 'Vorbehalt, der eine Aussage abschwächt, ohne zu sagen, wer zweifelt',
      messages: {
        hedge: 'Die Relativierung „{{words}}“ schwächt die Aussage: Nennen Sie, wer zweifelt, oder schreiben Sie es als Tatsache',
        hearsay: '„{{words}}“ sagt nicht, wer das berichtet oder behauptet: Quelle nennen',
      },
      note: 'Eine Relativierung in der Stimme des Autors lässt Leser raten, wer an der Aussage zweifelt. Schreiben Sie den Zweifel einer Quelle zu, oder prüfen Sie die Tatsache und streichen Sie die Relativierung.',
    },
    'vague-attribution': {
      description: 'Zuschreibung an eine Quelle, die niemand prüfen kann',
      messages: {
        vagueSource: '„{{words}}“ sagt nicht, wer: Nennen Sie eine Quelle, die Leser überprüfen können',
        impersonal: '„{{words}}“ verschweigt, wer das sagt: Nennen Sie eine Quelle, die Leser überprüfen können',
      },
      notes: {
        vagueSource: 'Vage Quellen („Beobachter“, „Experten“, „informierte Kreise“) lassen sich nicht überprüfen. Nennen Sie Medium, Behörde oder Person; muss die Quelle anonym bleiben, nennen Sie den Grund.',
        impersonal: 'Unpersönliche Wendungen („es heißt“, „man munkelt“) schreiben eine Aussage niemandem zu. Nennen Sie, wer sie vertritt oder berichtet.',
      },
    },
    'missing-attribution': {
      description: 'Behauptung, deren Quelle verborgen (Passiv ohne Urheber) oder nicht genannt ist (unbelegter Superlativ)',
      messages: {
        passive: '„{{words}}“ verschweigt, wer diese Ansicht vertritt: Nennen Sie, von wem',
        impersonal: '„{{words}}“ verschweigt, wer das meint: Nennen Sie, wer',
        claimNoun: '„{{words}}“ sagt nicht, wessen: Nennen Sie, wer sie äußert',
        record: '„{{words}}“ ist eine Rekordbehauptung ohne Quelle: Nennen Sie, wer die Statistik führt',
      },
      notes: {
        passive: 'Ein Passiv ohne Handelnden ({{examples}}) verschweigt, wer spricht. Nennen Sie ihn.',
        impersonal: 'Unpersönliche Wendungen ({{examples}}) geben eine ungenannte Meinung als Konsens aus. Nennen Sie, wessen Meinung es ist.',
        claimNoun: 'Hoffnungen, Befürchtungen und Zweifel hat immer jemand. Nennen Sie, wer sie geäußert hat.',
        record: 'Superlative und Rekorde ({{examples}}) brauchen jemanden, der sie gemessen hat.',
      },
    },
    'unattributed-quote': {
      description: 'Wörtliches Zitat ohne Sprecher',
      messages: {
        noSpeaker: 'Zitat ohne Urheber: Nennen Sie, wer es gesagt oder geschrieben hat',
      },
      note: 'Jedes direkte Zitat braucht einen Urheber im selben oder im nächsten Satz („…“, sagte der Gewerkschaftsvorsitzende Tom Hale).',
    },
    'anonymous-source': {
      description: 'Anonyme Quelle: sagen Sie, warum Anonymität gewährt wurde',
      messages: {
        unnamed: 'Ungenannte Quelle „{{words}}“: Begründen Sie, warum sie nicht genannt werden kann',
        reasonGiven: 'Ungenannte Quelle „{{words}}“: Prüfen Sie, ob der genannte Grund für die Anonymität Ihren Standards genügt',
      },
      note: 'Redaktionelle Standards erlauben Anonymität, wenn einer Quelle Nachteile drohen oder sie nicht sprechen darf; der Text sollte sagen, was zutrifft, damit Leser die Aussage einordnen können.',
    },
    'sourced-directive': {
      description: 'Steuerkommentar, der nichts ausblendet oder akzeptiert, eine unbekannte Regel nennt oder nie geschlossen wird',
      messages: {
        unknownRule: 'Unbekannte Regel „{{ruleId}}“ in einer sourced-Anweisung: Sie schaltet nichts ab (siehe sourced --list-rules)',
        unclosed: 'Dieses sourced-disable wird nie aufgehoben und schaltet {{ruleIds}} bis zum Ende des Textes ab: Ergänzen Sie <!-- sourced-enable -->',
        unclosedAll: 'Dieses sourced-disable wird nie aufgehoben und schaltet alle Regeln bis zum Ende des Textes ab: Ergänzen Sie <!-- sourced-enable -->',
        unusedEnable: 'Dieses sourced-enable hebt kein sourced-disable auf',
        unused: 'Diese Anweisung hat für {{ruleIds}} nichts abgeschaltet: Entfernen Sie sie',
        unusedAll: 'Diese Anweisung hat nichts abgeschaltet: Entfernen Sie sie',
        acceptChanged: 'Die akzeptierten Wörter „{{words}}“ stehen nicht mehr im {{ruleId}}-Befund an dieser Stelle: Der Text hat sich geändert, prüfen Sie ihn erneut',
        acceptNothing: 'Dieses sourced-accept akzeptiert nichts: Kein {{ruleId}}-Befund an dieser Stelle enthält „{{words}}“',
        malformedAccept: 'Ein sourced-accept braucht eine Regel, die akzeptierten Wörter in Anführungszeichen und eine Begründung: <!-- sourced-accept rule "words": reason -->',
      },
      note: 'Anweisungen müssen tun, was sie sagen, damit kein Text ungelesen durch die Prüfung kommt.',
    },
    'unfilled-placeholder': {
      description: 'Platzhalter wie „⟨source⟩“ im Text stehen gelassen',
      messages: {
        source: 'Platzhalter „⟨source⟩“ nicht ausgefüllt: Quelle nennen',
        other: 'Platzhalter „{{placeholder}}“ nicht ausgefüllt',
      },
      note: 'Eine Schnellkorrektur hat diesen Platzhalter eingefügt, damit der Autor ihn ersetzt. So veröffentlicht, zeigt er Lesern, dass die Quelle nie genannt wurde.',
    },
    'unsupported-language': {
      messages: {
        detected: 'Dieser Text scheint auf {{language}} verfasst; Sourced prüft nur Texte auf Englisch, Französisch und Deutsch, daher wurde er nicht geprüft',
        declared: 'Dieser Text gibt {{language}} als Sprache an; Sourced prüft nur Texte auf Englisch, Französisch und Deutsch, daher wurde er nicht geprüft',
        configured: 'Für diesen Text ist {{language}} eingestellt; Sourced prüft nur Texte auf Englisch, Französisch und Deutsch, daher wurde er nicht geprüft',
      },
      note: 'Falls die Sprache falsch erkannt wurde: Setzen Sie "language" in .sourced.json oder lang: im Front Matter.',
    },
  },
  merged: {
    'hedging': '; auch {{words}} sagt nicht, wer das berichtet',
    'vague-attribution': '; auch {{words}} sagt nicht, wer',
  },
  fixes: {
    addAttribution: 'Quelle hinzufügen…',
    attributeTo: '{{name}} als Quelle nennen',
    removeHedge: '„{{words}}“ entfernen',
    replaceWithAttribution: 'Durch eine Quellenangabe ersetzen…',
    nameSource: 'Quelle nennen…',
    ignoreRule: '{{ruleId}} hier ignorieren',
    accept: 'Mit Begründung akzeptieren…',
  },
  terms: {
    'figure.count': 'Zahl',
    'figure.percent': 'Prozentangabe',
    'figure.money': 'Betrag',
    'figure.fraction': 'Anteil',
    'figure.magnitude': 'Schätzung',
    'language.de': 'Deutsch',
    'language.en': 'Englisch',
    'language.es': 'Spanisch',
    'language.fr': 'Französisch',
    'language.it': 'Italienisch',
    'language.nl': 'Niederländisch',
    'language.pt': 'Portugiesisch',
  },
};
