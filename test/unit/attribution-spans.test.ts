// Attribution spans (source, cue, content, quality) on the kinds of sentence PolNeAR's annotation marks, each with
// the counter-example beside it. Offsets are checked through the text they cover.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {findQuotes} from '../../src/core/analysis.js';
import {attributionRecords, lint} from '../../src/core/index.js';
import {en} from '../../src/core/languages/en.js';

/** Each attribution as "source | cue | content | quality", the texts read from the record's UTF-16 offsets. */
function spans(text: string): string[] {
  return attributionRecords(lint(text)).map((r) => [
    r.source ? text.slice(r.source.start, r.source.end) : '(none)',
    text.slice(r.cue.start, r.cue.end),
    r.content.map((c) => text.slice(c.start, c.end)).join(' + '),
    r.quality,
  ].join(' | '));
}

describe('source spans', () => {
  it('leaves an opening phrase out of the source, but keeps a description before a comma', () => {
    assert.deepEqual(spans('At a rally in Novi, Michigan, Trump says he is making a demand.'), ['Trump | says | he is making a demand | named']);
    assert.deepEqual(spans('On Sunday, the New York Times published portions of the returns.'), ['the New York Times | published | portions of the returns | named']);
    assert.deepEqual(spans('John Kirby, spokesman for the NSC said the talks had ended.'), ['John Kirby, spokesman for the NSC | said | the talks had ended | named']);
  });

  it('takes an apposition or relative clause between source and cue into the source, named by its head', () => {
    assert.deepEqual(spans("Brian Fallon, the campaign's press secretary, noted that the campaign faced a crossroads."),
      ["Brian Fallon, the campaign's press secretary | noted | that the campaign faced a crossroads | named"]);
    assert.deepEqual(lint("Brian Fallon, the campaign's press secretary, noted that it was late.").sources.map((s) => s.name), ['Brian Fallon']);
    // An anonymous head named by its apposition is named, by the apposition's name; no second, inverted reading.
    assert.deepEqual(spans('A senior official at the Treasury, Jane Morton, said the rules would change in April.'),
      ['A senior official at the Treasury, Jane Morton | said | the rules would change in April | named']);
    assert.deepEqual(lint('A senior official at the Treasury, Jane Morton, said the rules would change.').sources.map((s) => s.name), ['A senior official at the Treasury, Jane Morton']);
    // Without the name it stays anonymous.
    assert.deepEqual(spans('A senior official at the Treasury said the rules would change in April.'),
      ['A senior official at the Treasury | said | the rules would change in April | anonymous']);
  });

  it('takes an interruption set off by dashes between source and cue into the source, named by its head', () => {
    const en = 'The Lake Chad Basin Commission – with eight member states in the region – says unemployment reaches 90 percent.';
    assert.deepEqual(spans(en), ['The Lake Chad Basin Commission – with eight member states in the region | says | unemployment reaches 90 percent | named']);
    assert.deepEqual(lint(en).sources.map((s) => s.name), ['The Lake Chad Basin Commission']);
    const de = '---\nlang: de\n---\n\nDie Kommission – mit acht Mitgliedstaaten – sagt, dass die Arbeitslosigkeit bei 90 Prozent liege.\n';
    assert.deepEqual(spans(de).map((r) => r.split(' | ')[0]), ['Die Kommission – mit acht Mitgliedstaaten']);
    // An anonymous head stays anonymous; an aside between dashes is not part of who it is; no cue, no source.
    assert.deepEqual(spans('A senior official – speaking from Geneva – said the rules would change.').map((r) => r.split(' | ').pop()), ['anonymous']);
    assert.deepEqual(spans('Ted Cruz – by contrast – wrote that the plan had failed.').map((r) => r.split(' | ')[0]), ['Ted Cruz']);
    assert.deepEqual(spans('Unemployment – higher than ever – reached 90 percent in the region.'), []);
  });

  it('reads a cue after a comma whose speaker ends the sentence as an inverted tag, without quotation marks', () => {
    assert.deepEqual(spans('The toll rose to 300, said Otto Schily, the interior minister.'), ['Otto Schily, the interior minister | said | The toll rose to 300 | named']);
    assert.deepEqual(spans('---\nlang: de\n---\n\nDie Zahl sei auf 300 gestiegen, sagte er am Freitag zu Journalisten.\n'), ['er | sagte | Die Zahl sei auf 300 gestiegen | named']);
    assert.deepEqual(spans("---\nlang: fr\n---\n\nLe bilan s'élève à 300 morts, a indiqué un diplomate.\n"), ["un diplomate | a indiqué | Le bilan s'élève à 300 morts | anonymous"]);
    // (When it was said may stand between the French cue and its speaker; the speaker keeps its own quality.)
    assert.deepEqual(spans('---\nlang: fr\n---\n\nLe tarif augmentera de 8 % en janvier, a annoncé mardi La Poste.\n'), ['La Poste | a annoncé | Le tarif augmentera de 8 % en janvier | named']);
    assert.deepEqual(spans('---\nlang: fr\n---\n\nLe site fermera en 2026, ont affirmé jeudi soir des syndicalistes.\n'), ['des syndicalistes | ont affirmé | Le site fermera en 2026 | vague']);
    // Not a name and its apposition before the verb, nor a clause after it, nor a date.
    assert.deepEqual(spans("Jo Formicola, a professor at Seton Hall, described Trump's approach."), ["Jo Formicola, a professor at Seton Hall | described | Trump's approach | named"]);
    assert.deepEqual(spans('The mayor, Ann Lee, said a gate had been left open.'), ['The mayor, Ann Lee | said | a gate had been left open | named']);
    assert.deepEqual(spans('The plan will cost $5m, the mayor, Ann Lee, said Tuesday.').map((r) => r.split(' | ')[0]), ['the mayor, Ann Lee']);
  });

  it('takes a que- or dass-clause after the cue as its content, even after an opening clause', () => {
    assert.deepEqual(spans("---\nlang: fr\n---\n\nAfin de tenir ses engagements, le gouvernement vient d'annoncer qu'il devra trouver 7,2 milliards.\n"),
      ["le gouvernement | annoncer | qu'il devra trouver 7,2 milliards | named"]);
    // A short trailing tag still reports what stands before it.
    assert.deepEqual(spans('The plan will cost $5m, the mayor said on Tuesday.'), ['the mayor | said | The plan will cost $5m | named']);
  });

  it('gives "nach eigenen Angaben" to the clause\'s own subject, before or after the verb', () => {
    assert.deepEqual(spans('---\nlang: de\n---\n\nDie Polizei hat nach eigenen Angaben 300 Menschen festgenommen.\n').map((r) => r.split(' | ')[0]), ['Die Polizei']);
    assert.deepEqual(spans('---\nlang: de\n---\n\nNach eigenen Angaben hat die Polizei 300 Menschen festgenommen.\n').map((r) => r.split(' | ')[0]), ['die Polizei']);
    // Not "nach Angaben der Polizei": there the source follows the cue.
    assert.deepEqual(spans('---\nlang: de\n---\n\nNach Angaben der Polizei wurden 300 Menschen festgenommen.\n').map((r) => r.split(' | ')[0]), ['der Polizei']);
  });

  it('reads German "spricht dafür" as an argument, not speech', () => {
    assert.deepEqual(spans('---\nlang: de\n---\n\nDafür spricht, dass im Dezember Neuwahlen angesetzt sind.\n'), []);
    assert.deepEqual(spans('---\nlang: de\n---\n\nVieles spricht dafür, dass im Dezember Neuwahlen angesetzt sind.\n'), []);
    assert.deepEqual(spans('---\nlang: de\n---\n\nDer Minister sprach von 300 Toten.\n'), ['Der Minister | sprach | von 300 Toten | named']);
  });

  it('ends a German source at the article that starts the object of a verb-final clause, which is the content', () => {
    assert.deepEqual(spans('---\nlang: de\n---\n\nDie Kurden wollen Rechte, während die schiitische Mehrheit die Sezession eines Kurdenstaates befürchtet.\n'),
      ['die schiitische Mehrheit | befürchtet | die Sezession eines Kurdenstaates | named']);
    // A genitive stays in the source.
    assert.deepEqual(spans('---\nlang: de\n---\n\nDer Sprecher der Regierung sagte, die Steuer werde erhöht.\n').map((r) => r.split(' | ')[0]), ['Der Sprecher der Regierung']);
    // The same rule ends a subject after a verb-second cue; an article after a preposition stays.
    assert.deepEqual(spans('---\nlang: de\n---\n\nAm Montag sagte der Minister dem Sender, die Steuer steige.\n').map((r) => r.split(' | ')[0]), ['der Minister']);
    assert.deepEqual(spans('---\nlang: de\n---\n\nSo stellt der Stifterverband für die Wissenschaft fest, dass nur wenige teilnehmen.\n').map((r) => r.split(' | ')[0]), ['der Stifterverband für die Wissenschaft']);
  });

  it('ends a German source at a number that opens the object of a verb-final clause, and covers the object\'s figure', () => {
    const de = (text: string): string => `---\nlang: de\n---\n\n${text}\n`;
    assert.deepEqual(spans(de('Die Lage beruhigte sich erst am Abend, nachdem die Polizei 40 Festnahmen meldete.')),
      ['die Polizei | meldete | 40 Festnahmen | named']);
    assert.deepEqual(spans(de('Die Opposition protestiert, da die Regierung bis zu 60 Prozent Förderabgabe fordert.')),
      ['die Regierung | fordert | bis zu 60 Prozent Förderabgabe | named']);
    assert.deepEqual(lint(de('Die Lage beruhigte sich erst am Abend, nachdem die Polizei 40 Festnahmen meldete.')).findings.map((f) => f.ruleId), []);
    // A number right after the article is part of the source; without a cue the figure has no source.
    assert.deepEqual(spans(de('Die 27 Mitgliedstaaten erklärten, das Abkommen gelte ab Januar.')).map((r) => r.split(' | ')[0]), ['Die 27 Mitgliedstaaten']);
    assert.deepEqual(lint(de('Die Lage beruhigte sich erst am Abend, nachdem die Polizei 40 Demonstranten festgenommen hatte.')).findings.map((f) => f.ruleId), ['unsourced-figure']);
  });

  it('reads a source past a parenthesis and a relative clause, or past an interruption set off by dashes', () => {
    const de = (text: string): string => `---\nlang: de\n---\n\n${text}\n`;
    assert.deepEqual(spans(de('Der Finanzminister Hans Eichel (SPD), der den Beschluss lobte, erklärte, es kämen Kosten von 150 Millionen Euro zu.'))
      .filter((r) => r.split(' | ')[1] === 'erklärte'), ['Der Finanzminister Hans Eichel (SPD) | erklärte | es kämen Kosten von 150 Millionen Euro zu | named']);
    assert.deepEqual(spans(de('Die Kommission – mit acht Mitgliedstaaten in der Region – sagt, dass die Arbeitslosigkeit 90 Prozent betrage.')),
      ['Die Kommission – mit acht Mitgliedstaaten in der Region | sagt | dass die Arbeitslosigkeit 90 Prozent betrage | named']);
    assert.deepEqual(spans('The commission — which has eight member states — said unemployment was at 90%.'),
      ['The commission — which has eight member states | said | unemployment was at 90% | named']);
    // A German aside, "so" and a cue verb between commas, reports the words on both sides of it; a quoted title after
    // a noun belongs to the source.
    assert.deepEqual(spans(de('Die Lage sei, so sagte der Sprecher, weiter ernst.')), ['der Sprecher | so sagte | Die Lage sei + weiter ernst | named']);
    assert.deepEqual(spans(de('Die Verhandlungen dürften, so die Gewerkschaft, noch Wochen dauern.')),
      ['die Gewerkschaft | so | Die Verhandlungen dürften + noch Wochen dauern | named']);
    assert.deepEqual(spans(de('Das Museum erhielt keine Förderung, vermutet die Tageszeitung „nd“.')),
      ['die Tageszeitung „nd“ | vermutet | Das Museum erhielt keine Förderung | named']);
    // A cue that opens an aside between dashes reports the words up to the closing dash.
    assert.deepEqual(spans(de('Die Demonstranten – nach Angaben der Veranstalter 20.000 Menschen – zogen durch die Stadt.')),
      ['der Veranstalter | nach Angaben | 20.000 Menschen | named']);
    // "so dass" is no aside.
    assert.deepEqual(spans(de('Die Gewerkschaft streikt weiter, so dass die Verhandlungen noch Wochen dauern.')), []);
    // A single dash is no interruption: what stands before it was not said by anyone.
    assert.deepEqual(lint(de('Die Arbeitslosigkeit stieg auf 9 Prozent – sagt man.')).findings.map((f) => f.ruleId).includes('unsourced-figure'), true);
  });

  it('finds a German subject where the word order puts it: before the auxiliary, after it, after a fronted clause', () => {
    const de = (sentence: string): string[] => spans(`---\nlang: de\n---\n\n${sentence}\n`).map((r) => r.split(' | ').slice(0, 2).join(' | '));
    // The participle closes the clause; the subject stands before the auxiliary, not before the participle.
    assert.deepEqual(de('Mehrere Beamte haben nun der Zeitung mitgeteilt, dass die Akte fehlt.'), ['Mehrere Beamte | mitgeteilt']);
    assert.deepEqual(de('Die Senatorin hatte am Freitag, 12. März, getwittert, es sei ein schwarzer Tag.'), ['Die Senatorin | getwittert']);
    // After an opening adverbial or a year it follows the auxiliary, up to a number.
    assert.deepEqual(de('Demnach habe Müller 2017 bei einem Besuch des Botschafters im Rathaus geäußert, er sei nicht besorgt.'), ['Müller | geäußert']);
    assert.deepEqual(de('2017 hatte Strenz zugegeben, zwei Zahlungen erhalten zu haben.'), ['Strenz | zugegeben']);
    // After a subordinate clause put first, the subject follows the verb; the clause is not what was said.
    assert.deepEqual(spans('---\nlang: de\n---\n\nNachdem die Bilanz vorlag, schätzte die Bundesbank das Wachstum auf 1,5 Prozent.\n'),
      ['die Bundesbank | schätzte | das Wachstum auf 1,5 Prozent | named']);
    assert.deepEqual(de('Als der Damm brach, berichteten Augenzeugen, das Wasser sei gestiegen.'), ['Augenzeugen | berichteten']);
    // Whom it was said to or with is neither the source nor what was said.
    assert.deepEqual(spans('---\nlang: de\n---\n\nAm Montag sagte der Minister vor Journalisten, 40 Menschen seien verletzt.\n'),
      ['der Minister | sagte | 40 Menschen seien verletzt | named']);
    assert.deepEqual(de('Dabei sprach die Hochkommissarin mit dem Außenminister Li Zhaoxing.'), ['die Hochkommissarin | sprach']);
    // A zu-infinitive's subject is the main clause's, and a span of time is no source.
    assert.deepEqual(de('Das hinderte den Präsidenten nicht daran, bei einem Briefing die Worte zu sagen.'), []);
    assert.deepEqual(de('Er reagierte auf Salvini, der vor nicht ganz zwei Wochen verkündet hatte, dass die Koalition am Ende sei.'), []);
  });

  it('reads initials as part of a name', () => {
    assert.deepEqual(spans('"It was a place Obama and Xi found common ground," said John D. Podesta.'),
      ['John D. Podesta | said | "It was a place Obama and Xi found common ground," | named']);
  });

  it('keeps a trailing tag trailing, but not when a clause follows the cue', () => {
    assert.deepEqual(spans('In 2010 the city had 40 homicides, the report said on Tuesday.'), ['the report | said | In 2010 the city had 40 homicides | named']);
    assert.deepEqual(spans('At the hearing, the judge said he was not persuaded.'), ['the judge | said | he was not persuaded | named']);
  });
});

describe('the subject of a main clause', () => {
  it('gives a participle after a main clause that clause\'s subject, and what follows for its content', () => {
    assert.deepEqual(spans('Clinton took aim at Trump on Friday, saying he would appoint hostile judges.'),
      ['Clinton | saying | he would appoint hostile judges | named']);
    assert.deepEqual(spans('For months, Obama has stayed on the sidelines, arguing he would not tip the scales.'),
      ['Obama | arguing | he would not tip the scales | named']);
    // A past participle after a determiner or an adverb describes the subject; it is not the clause's verb.
    assert.deepEqual(spans('The newly elected mayor took the floor, saying it was reckless.'),
      ['The newly elected mayor | saying | it was reckless | named']);
    // '…," he said, adding that …' still shares the source of the cue before it.
    assert.deepEqual(spans('"It was close," he said, adding that the count would take a week.'),
      ['he | said | "It was close," | named', 'he | adding | that the count would take a week | named']);
  });

  it('leaves adverbs between the subject and its verb, and before it, out of the source', () => {
    assert.deepEqual(spans('Mr. Rubio only occasionally disagreed that the plan was sound.').map((x) => x.split(' | ')[0]), ['Mr. Rubio']);
    assert.deepEqual(spans('Gowdy earlier Thursday said the committee had met.'), ['Gowdy | said | the committee had met | named']);
    assert.deepEqual(spans('Recently she announced that she was quitting.'), ['she | announced | that she was quitting | named']);
    // A noun in -ly is the subject, not an adverb.
    assert.deepEqual(spans('The family said the boy had died.'), ['The family | said | the boy had died | named']);
    assert.deepEqual(spans('The daily reported that the deal had collapsed.'), ['The daily | reported | that the deal had collapsed | named']);
  });

  it('does not take an opening phrase of time for a name in apposition', () => {
    assert.deepEqual(spans('The rules will change before the president takes office in January, officials say.'),
      ['officials | say | The rules will change before the president takes office in January | anonymous']);
    assert.deepEqual(spans('John Kirby, spokesman for the NSC, said the talks had ended.'),
      ['John Kirby, spokesman for the NSC | said | the talks had ended | named']);
  });
});

describe('absent sources', () => {
  it('reads impersonal hearsay as a cue with no source, covering what it introduces', () => {
    assert.deepEqual(spans('It was reported that the government had released $1 million.'),
      ['(none) | It was reported | that the government had released $1 million | absent']);
    assert.deepEqual(spans('It is believed the gunman acted alone.'), ['(none) | It is believed | the gunman acted alone | absent']);
    assert.deepEqual(spans('Chilling was a story that was reported earlier that the mayor had resigned.'),
      ['(none) | story that was reported | earlier that the mayor had resigned | absent']);
  });

  it('leaves "it is said to be" (a description of "it") and a named reporter alone', () => {
    assert.deepEqual(spans('It is said to be the oldest tree in the county.'), []);
    assert.deepEqual(spans('The ministry reported that the government had released $1 million.'),
      ['The ministry | reported | that the government had released $1 million | named']);
  });

  it('makes an absent source no entry of the source list', () => {
    assert.deepEqual(lint('It was reported that 40 people died.').sources, []);
  });
});

describe('content spans of quotations', () => {
  it('takes a quotation that goes on after its tag whole, over several sentences', () => {
    assert.deepEqual(spans('"We are putting Cruz second," Dan Maffei said. "He is holding his own. When Carson falls, he will gain." The field is thin.'),
      ['Dan Maffei | said | "We are putting Cruz second," + "He is holding his own. When Carson falls, he will gain." | named']);
    // A quotation that stops inside its sentence leaves the writer's words after it alone.
    assert.deepEqual(spans('"We are putting Cruz second," Dan Maffei said. "He is holding his own," a view the polls share. The field is thin.'),
      ['Dan Maffei | said | "We are putting Cruz second," + "He is holding his own," | named']);
  });

  it("reads wire copy's doubled apostrophes as quotation marks, but not a plural possessive", () => {
    assert.deepEqual(spans("''It was waiting for a recession,'' he said. ''The recession separated the boys from the men.''"),
      ["he | said | ''It was waiting for a recession,'' + ''The recession separated the boys from the men.'' | named"]);
    assert.deepEqual(findQuotes(en, "''Yes,'' she said."), [[0, 8]]);
    assert.deepEqual(findQuotes(en, "The players'' union met, and the owners'' lawyers left."), []);
  });

  it('goes on over a cue inside the quotation, but not over one outside it', () => {
    assert.deepEqual(spans('"Bernie raises the issues well," she said. "I think Clinton is better for it." The race goes on.'),
      ['she | said | "Bernie raises the issues well," + "I think Clinton is better for it." | named']);
    assert.deepEqual(spans('"Bernie raises the issues well," she said. "It helps," Mr. Lee replied.').map((x) => x.split(' | ').slice(0, 3).join(' | ')),
      ['she | said | "Bernie raises the issues well,"', 'Mr. Lee | replied | "It helps,"']);
  });
});

describe('attributions inside one another', () => {
  it('keeps a sentence-final tag that holds another attribution, instead of dropping both', () => {
    assert.deepEqual(spans('The pope said it was time to "look for a psychiatrist," according to Reuters.'),
      ['Reuters | according to | The pope said it was time to "look for a psychiatrist," | named']);
    // One inside the other only: the outer one stays, the inner one is part of what it attributes.
    assert.deepEqual(spans('Trump said Clinton thinks the plan works.'), ['Trump | said | Clinton thinks the plan works | named']);
  });

  it('ends what was said before a participle after the tag, and before a cue participle after the content', () => {
    assert.deepEqual(spans('"One of us ran against Obama," Sanders said, invoking the 2008 race. "I was not that candidate." Listen.'),
      ['Sanders | said | "One of us ran against Obama," + "I was not that candidate." | named']);
    assert.deepEqual(spans('The mayor said the plan would fail, adding that the budget was short.'),
      ['The mayor | said | the plan would fail | named', 'The mayor | adding | that the budget was short | named']);
    // Not a participle that is not a cue: "prompting protests" belongs to the sentence's claim.
    assert.deepEqual(spans('Reports stated that he was sentenced for libel, prompting protests at the embassy.').map((x) => x.split(' | ')[2]),
      ['that he was sentenced for libel, prompting protests at the embassy']);
  });
});

describe('cue words that are nouns', () => {
  it('reads a cue word after a preposition or before a preposition or punctuation as a noun', () => {
    assert.deepEqual(spans("''We never found a tunnel,'' said David Shaw, a special agent in charge."),
      ["David Shaw, a special agent in charge | said | ''We never found a tunnel,'' | named"]);
    assert.deepEqual(spans('Clinton has strong support among black voters, the poll shows.'),
      ['the poll | shows | Clinton has strong support among black voters | named']);
    assert.deepEqual(spans('They marched at hearings on rezoning plans; the women said they would return.').map((x) => x.split(' | ').slice(0, 2).join(' | ')),
      ['the women | said']);
    // A verb with its object stays a cue.
    assert.deepEqual(spans('Voters support Clinton by a wide margin.').map((x) => x.split(' | ').slice(0, 2).join(' | ')), ['Voters | support']);
  });

  it('keeps a participle that describes the subject inside the source', () => {
    assert.deepEqual(spans('Thirty-one percent of those surveyed say they would be satisfied.'),
      ['Thirty-one percent of those surveyed | say | they would be satisfied | named']);
  });

  it('ends what was said at a colon that opens another attribution', () => {
    assert.deepEqual(spans('The group polled members online: 1,409 teachers said they wanted Sanders.').map((x) => x.split(' | ').slice(0, 3).join(' | ')),
      ['The group | polled | members online', '1,409 teachers | said | they wanted Sanders']);
  });
});

describe('a name and a colon', () => {
  it("reads a headline's or a transcript's opening name and colon as an attribution, but not a label", () => {
    assert.deepEqual(spans("Trump: My immigration plans aren't set in stone."), ["Trump | : | My immigration plans aren't set in stone | named"]);
    assert.deepEqual(spans('JAKE TAPPER: Donald Trump released a video on Friday.'), ['JAKE TAPPER | : | Donald Trump released a video on Friday | named']);
    assert.deepEqual(spans('Update: the road has reopened after the crash.'), []);
    assert.deepEqual(spans('The result: after the debate, Cruz must travel north.'), []);
  });
});

describe('naming and transcripts', () => {
  it('reads "called" before a name as naming a thing, but keeps a source calling something names', () => {
    assert.deepEqual(spans('They queried a firm called Cambridge Analytica, which is owned by a donor.'), []);
    assert.deepEqual(spans('AbbVie and Shire called off a $54 billion deal.'), []);
    assert.deepEqual(spans('The mayor called the plan "a disgrace".'), ['The mayor | called | the plan "a disgrace" | named']);
  });

  it("gives a transcript speaker's label the whole paragraph, and a later sentence's label only its own", () => {
    assert.deepEqual(spans('FALLIN: I think he is trying. I think that is his message.'),
      ['FALLIN | : | I think he is trying. I think that is his message | named']);
  });
});

describe('asides and abbreviations around a name', () => {
  it('leaves an aside, an age or a participle phrase between commas out of the source, but keeps a description', () => {
    assert.deepEqual(spans('Ted Cruz, by contrast, wrote that the pact should pass.'), ['Ted Cruz | wrote | that the pact should pass | named']);
    assert.deepEqual(spans('Sarandon, 69, told MSNBC that the concern was fair.'), ['Sarandon | told | that the concern was fair | named']);
    assert.deepEqual(spans('Brian Fallon, the press secretary, noted that it was late.'), ['Brian Fallon, the press secretary | noted | that it was late | named']);
  });

  it("takes an inverted source's description to the end of the sentence over abbreviations", () => {
    assert.deepEqual(spans('"They did not tell us," said Yaakov Amidror, a former adviser to Mr. Netanyahu.'),
      ['Yaakov Amidror, a former adviser to Mr. Netanyahu | said | "They did not tell us," | named']);
  });

  it('reads a social-media handle after a quote and a verb of posting as the inverted source', () => {
    assert.deepEqual(spans('"The site is down again," tweeted @city_news on Friday.'),
      ['@city_news | tweeted | "The site is down again," | named']);
    assert.deepEqual(spans('"The site is down again," wrote @citynews.'), ['@citynews | wrote | "The site is down again," | named']);
    // An address in the same place after a word that is no cue is nobody's tag.
    assert.deepEqual(spans('"The site is down again," and @citynews was offline.'), []);
  });
});

describe('a poll introduced by "in"', () => {
  it('reads "In a … poll," and a closing "in a … poll" as the source of the sentence, vague when nobody is named', () => {
    assert.deepEqual(spans('In an October CBS News poll, she led 56 percent to 32 percent.'),
      ['an October CBS News poll | In | she led 56 percent to 32 percent | named']);
    assert.deepEqual(spans('Voters have a favourable view of Trump in a new Post-ABC News poll.'),
      ['a new Post-ABC News poll | in | Voters have a favourable view of Trump | named']);
    assert.deepEqual(spans('In a new poll, 56 percent said they would vote.'), ['a new poll | In | 56 percent said they would vote | vague']);
    // Not "leading in the polls", and not a report whose author speaks for it.
    assert.deepEqual(spans('He was leading in the polls.'), []);
  });
});

describe('cues inside a quotation', () => {
  it("leaves a speaker's own cue inside a quotation out of the records, even when the quotation has no tag", () => {
    assert.deepEqual(spans('The rally went on. "I think we will win."'), []);
    assert.equal(lint('The rally went on. "I think we will win."').attributions[0]?.inQuotation, true);
    // A cue outside the quotation stays.
    assert.deepEqual(spans('I think the rally will go on.'), ['I | think | the rally will go on | named']);
  });
});

describe('verbs that are cues only with what was said', () => {
  it('reads "spoke" with its topic and "found" with a finding, not as a manner or a reflexive', () => {
    assert.deepEqual(spans('Trump spoke with so much gusto that the hall shook.'), []);
    assert.deepEqual(spans('The senator spoke about the 40 families who lost their homes.').map((x) => x.split(' | ').slice(0, 2).join(' | ')),
      ['The senator | spoke about']);
    assert.deepEqual(spans('The candidates found themselves targeted on Sunday.'), []);
    assert.deepEqual(spans('Investigators found over 2,200 emails on the server.').map((x) => x.split(' | ').slice(0, 2).join(' | ')),
      ['Investigators | found']);
  });

  it('reads a byline or a social label with a colon as a label, not a speaker', () => {
    assert.deepEqual(spans('Contributing: Nicole Gaudiano and Ryan Lee.'), []);
    assert.deepEqual(spans('Twitter: @Milbank and @Post.'), []);
  });
});

describe('cue boundaries', () => {
  it("takes a verb's own particle and a bare weekday into the cue, but not an infinitive's 'to'", () => {
    assert.deepEqual(spans('"It was close," he said, referring to the vote.').map((x) => x.split(' | ')[1]), ['said', 'referring to']);
    assert.deepEqual(spans('The senator agreed with the mayor that the bill was dead.').map((x) => x.split(' | ')[1]), ['agreed with']);
    assert.deepEqual(spans('The senator said Sunday that the bill was dead.').map((x) => x.split(' | ')[1]), ['said Sunday']);
    assert.deepEqual(spans('The senator hopes to pass the bill.').map((x) => x.split(' | ')[1]), ['hopes']);
  });
});

describe('a signature after a quotation', () => {
  it('reads a name after a dash that follows a quotation as its source, but not a dash between clauses', () => {
    assert.deepEqual(spans('"He represents our greatest shame." ― Sonya Herridge'),
      ['Sonya Herridge | ― | "He represents our greatest shame." | named']);
    assert.deepEqual(spans('The plan failed — Smith resigned the next day.'), []);
  });
});

describe('a cue participle after a tag', () => {
  it('shares the tag\'s source ("he said, citing …") instead of making what is cited the source of the quotation', () => {
    assert.deepEqual(spans('"This is not a hard race," he said, citing the polls.'),
      ['he | said | "This is not a hard race," | named', 'he | citing | the polls | named']);
    // "according to" after a tag is still its own source.
    assert.deepEqual(spans('Prices rose, according to the ministry.'), ['the ministry | according to | Prices rose | named']);
  });
});

describe('an interrupting tag', () => {
  it('gives the words after "X said," to X, not to a later cue as a trailing tag', () => {
    assert.deepEqual(spans('Back then, Ms. Ripert said, she found the staff very professional.').map((x) => x.split(' | ').slice(0, 3).join(' | ')),
      ['Ms. Ripert | said | she found the staff very professional']);
    assert.deepEqual(spans('In 2010 the city had 40 homicides, the report said.'), ['the report | said | In 2010 the city had 40 homicides | named']);
  });
});

describe('joint names and pronoun heads', () => {
  it('keeps a slash inside a joint source, and starts a pronoun source at the pronoun', () => {
    assert.deepEqual(spans('The latest Reuters/Ipsos poll shows Clinton ahead.').map((x) => x.split(' | ')[0]), ['The latest Reuters/Ipsos poll']);
    assert.deepEqual(spans('When it ended, naturally he said it was over.').map((x) => x.split(' | ')[0]), ['he']);
    // A name is not cut at a pronoun that is not in it.
    assert.deepEqual(spans('The mayor of Ashby said it was over.').map((x) => x.split(' | ')[0]), ['The mayor of Ashby']);
  });
});

describe('an as-clause tag', () => {
  it('attributes the rest of the sentence on both sides of a bare "as X said" tag, not what the tag itself says', () => {
    assert.deepEqual(spans('As Joel Pollak observed, the biggest victor was the network.').map((x) => x.split(' | ')[2]), ['the biggest victor was the network']);
    assert.deepEqual(spans('The plan, as the mayor said, will cost $3 million.').map((x) => x.split(' | ')[2]), ['The plan + will cost $3 million']);
    assert.deepEqual(spans('As the mayor said he would, the council voted.').map((x) => x.split(' | ')[2]), ['he would']);
  });
});

describe('a gerund cue after a preposition', () => {
  it("gives it the clause's subject, but not a request", () => {
    assert.deepEqual(spans('He then defended the remarks and began by saying he would never diagnose anyone.'),
      ['He | saying | he would never diagnose anyone | named']);
    assert.deepEqual(spans('Activists responded by asking them to clear the way.'), []);
  });
});

describe('a headline in title case', () => {
  it('reads a capitalised cue verb after the name that opens the headline, or after a comma at its end', () => {
    assert.deepEqual(spans('Senator Says Bridge Will Reopen'), ['Senator | Says | Bridge Will Reopen | named']);
    assert.deepEqual(spans('Bridge Will Reopen Soon, Former Mayor Says').map((x) => x.split(' | ').slice(0, 2).join(' | ')), ['Former Mayor | Says']);
    // Not a stance, a relative clause, or a name that does not open the headline.
    assert.deepEqual(spans('Clinton Plan Seeks Lower Taxes'), []);
    assert.deepEqual(spans('The Bridge That Says Everything About Ohio'), []);
    assert.deepEqual(spans('Why the Council Says No to Rent Caps'), []);
    // Not in running text, where a capital marks a name, not a headline.
    assert.deepEqual(spans('The Senator Says nothing.'), []);
  });
});

describe('the agent of a handling verb', () => {
  it('is a source of information handed over, not of electricity or goods', () => {
    assert.deepEqual(spans('The share supplied by nuclear power rose to 40 percent.'), []);
    assert.deepEqual(spans('Electricity provided by the dam powers the town.'), []);
    assert.deepEqual(spans('Details provided by the police show a rise.').map((x) => x.split(' | ').slice(0, 2).join(' | ')), ['the police | provided']);
  });
});

describe('a plural noun that is also a cue verb', () => {
  it('reads it as the subject right before the cue, vague when nobody keeps the records', () => {
    assert.deepEqual(spans('The plane flew 216 hours last year, county records show.'), ['county records | show | The plane flew 216 hours last year | named']);
    assert.deepEqual(spans('He sold the house in 2010, records show.'), ['records | show | He sold the house in 2010 | vague']);
    // A participle right before the cue still describes its subject; it is not a second verb.
    assert.deepEqual(spans('Those surveyed say the plan will fail.'), ['Those surveyed | say | the plan will fail | named']);
  });
});

describe('two sources joined by "and" after their cue', () => {
  const de = (s: string): string => `---\nlang: de\n---\n\n${s}\n`;
  const fr = (s: string): string => `---\nlang: fr\n---\n\n${s}\n`;
  it('reads both as the source, not the second as what was said', () => {
    assert.deepEqual(spans('"We will sue," said the Green lawmaker Werner Schulz and the Social Democrat Jelena Hoffmann.'),
      ['the Green lawmaker Werner Schulz and the Social Democrat Jelena Hoffmann | said | "We will sue," | named']);
    assert.deepEqual(spans(de('Das sagten der Minister Peter Müller sowie die Senatorin Anna Berg.')),
      ['der Minister Peter Müller sowie die Senatorin Anna Berg | sagten | Das | named']);
    assert.deepEqual(spans(de('Laut dem Minister Peter Müller und der Senatorin Anna Berg ist die Wahl gescheitert.')),
      ['dem Minister Peter Müller und der Senatorin Anna Berg | Laut | ist die Wahl gescheitert | named']);
    assert.deepEqual(spans(fr('Selon le ministre Pierre Dupont et la sénatrice Anne Berg, le vote est nul.')),
      ['le ministre Pierre Dupont et la sénatrice Anne Berg | Selon | le vote est nul | named']);
  });

  it('not a second clause after a speech tag, a place, or a source with no name', () => {
    // (The mayor's "agreed" opens a clause of its own.)
    assert.deepEqual(spans('"We will sue," said the lawmaker Werner Schulz and the Mayor agreed.').map((x) => x.split(' | ')[0]), ['the lawmaker Werner Schulz', 'the Mayor']);
    assert.deepEqual(spans(de('Auf ihn könnten laut Lute in Afghanistan und dem Irak Schwierigkeiten zukommen.')).map((x) => x.split(' | ')[0]), ['Lute in Afghanistan']);
    assert.deepEqual(spans('The vote was void, according to the minister and the Senate.').map((x) => x.split(' | ')[0]), ['the minister']);
  });
});

describe('a French present participle after a comma', () => {
  const fr = (s: string): string => `---\nlang: fr\n---\n\n${s}\n`;
  it('takes no source from the words before the comma when they do not open like one', () => {
    assert.deepEqual(spans(fr('Le ministre a refusé de démissionner, pensant pouvoir convaincre le Premier ministre.')), []);
    // (The main clause's pronoun, when there is one.)
    assert.deepEqual(spans(fr("Il avait toujours refusé, jusqu'ici, de quitter le gouvernement, pensant pouvoir infléchir sa position.")).map((x) => x.split(' | ').slice(0, 2).join(' | ')),
      ['Il | pensant']);
  });

  it('keeps a subject set off by commas before it', () => {
    assert.deepEqual(spans(fr('Le ministre, estimant que la loi était injuste, a démissionné.')).map((x) => x.split(' | ').slice(0, 2).join(' | ')), ['Le ministre | estimant']);
  });
});

describe('French inverted tags and names after a vague head', () => {
  const fr = (s: string): string => `---\nlang: fr\n---\n\n${s}\n`;
  it('reads the speaker past an adverb between the cue and the speaker', () => {
    assert.deepEqual(spans(fr('« L’apparence compte » quand on exerce une fonction publique, répond encore Moscovici.')).map((x) => x.split(' | ').slice(0, 2).join(' | ')),
      ['Moscovici | répond']);
  });

  it('reads a capital after a vague head as a name, a lower-case demonym as a kind', () => {
    assert.deepEqual(spans(fr("Presse Océan précise qu'il restait de la vaisselle dans l'évier.")).map((x) => x.split(' | ').pop()), ['named']);
    assert.deepEqual(spans(fr("La presse américaine affirme qu'il restait de la vaisselle.")).map((x) => x.split(' | ').pop()), ['vague']);
  });

  it("gives a participle after an object the main clause's pronoun, or no source", () => {
    assert.deepEqual(spans(fr("Il refuse d'accuser des personnes précises, ajoutant qu'il ne veut pas se précipiter.")).map((x) => x.split(' | ').slice(0, 2).join(' | ')),
      ['Il | ajoutant']);
    assert.deepEqual(spans(fr('Mais cette revendication, truffée d’incohérences, mentionnant un certain Youssouf, semble douteuse.')).map((x) => x.split(' | ').slice(0, 2).join(' | ')),
      ['cette revendication, truffée d’incohérences | mentionnant']);
  });
});

describe('a demonym of two words before a vague head', () => {
  it('is a kind of group, not a name', () => {
    assert.deepEqual(spans('North Korean media reported that the launch had succeeded.').map((x) => x.split(' | ').pop()), ['vague']);
    assert.deepEqual(spans('South Korean researchers published an article.').map((x) => x.split(' | ').pop()), ['vague']);
    // (The country itself is a name.)
    assert.deepEqual(spans('North Korea said the launch had succeeded.').map((x) => x.split(' | ').pop()), ['named']);
  });
});
