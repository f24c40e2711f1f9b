import * as assert from 'assert';
import { speakersIn } from '../support/speakers';

/** A cue is found; its speaker must be the right one or nobody (issue 12), on short texts written for the test. */
const DATE = '2016-03-01';
const speakers = (body: string): Array<string | null> => speakersIn(body, DATE);

describe('cue speakers: two titles of one person after the verb', () => {
  it('"said former Ohio Gov. and Party Chairman Dan Whitlow" is Whitlow\'s, and so is the quote that continues', () => {
    assert.deepStrictEqual(speakers('“He is reprising that role,” said former Ohio Gov. and Republican National Committee Chairman Dan Whitlow. “It is about turnout.”'), ['Dan Whitlow', 'Dan Whitlow']);
    assert.deepStrictEqual(speakers('“He is reprising that role,” said Ohio Governor and Party Chairman Dan Whitlow.'), ['Dan Whitlow']);
  });
  it('"said Senate and House leaders Ann Rusk and Dan Whitlow" is the first named, not the organisation "Senate"', () => {
    assert.deepStrictEqual(speakers('“It is over,” said Senate and House leaders Ann Rusk and Dan Whitlow.'), ['Ann Rusk']);
  });
});

describe('cue speakers: a frequency adverb between the subject and the verb', () => {
  it('"he often says", "he always said", "she sometimes added" are cues of their subject', () => {
    const before = 'Mark Haydon spoke in Iowa on Monday about the economy.\n\n';
    assert.deepStrictEqual(speakers(before + '“The issue with him is not experience,” he often says. “It is that his ideas do not work.”'), ['Mark Haydon', 'Mark Haydon']);
    assert.deepStrictEqual(speakers(before + '“I was born at night, but not last night,” he always said.'), ['Mark Haydon']);
    assert.deepStrictEqual(speakers('Ann Rusk met donors in Ohio.\n\n“We will count every vote,” she sometimes added.'), ['Ann Rusk']);
  });
});

describe('cue speakers: a time phrase between the subject and the verb', () => {
  it('"X on Monday said:", "X last week told reporters:", "X earlier this month wrote:" are cues of X', () => {
    for (const time of ['on Monday said', 'on Tuesday night told reporters', 'last week told reporters', 'this past week announced', 'earlier this month wrote']) {
      assert.deepStrictEqual(speakers(`Delegates met in Ohio.\n\nTom Baker ${time}: “The plan is dead and we will not revive it.”`), ['Tom Baker'], time);
    }
  });
  it('reads no time phrase that is not one ("on Monday" needs its "on"; a day alone is no phrase)', () => {
    assert.deepStrictEqual(speakers('Delegates met in Ohio.\n\nThe group on Monday said: “The plan is dead and we will not revive it.”'), [null]);
  });
});

describe('cue speakers: "charged" reports words', () => {
  it('"“…,” Kelly Marsh charged" is Marsh’s, not the speaker of a quote that seemed to run on before it', () => {
    assert.deepStrictEqual(
      speakers('Andrea Pike wrote about the debate.\n\n“The moderator came with a plan,” Pike wrote. “She was ready for him.\n\n' +
        '“You have called women you do not like terrible names,” Kelly Marsh charged in her first question.'),
      ['Andrea Pike', 'Andrea Pike', 'Kelly Marsh']);
  });
});

describe('cue speakers: two people named together', () => {
  it('"X and Y wrote" is the first named, who stands for both', () => {
    assert.deepStrictEqual(speakers('“We cannot wait any longer,” analysts Edward Jones and Gabriel Perez wrote in a note.'), ['Edward Jones']);
    assert.deepStrictEqual(speakers('Edward Jones and Gabriel Perez wrote: “We cannot wait any longer.”'), ['Edward Jones']);
  });
  it('a name after another verb is its object, not one of a pair: "X attacked Y and Z said"', () => {
    assert.deepStrictEqual(speakers('Peter Lang attacked Ann Smith and Mark Jones said “the plan is dead” on Monday.'), ['Mark Jones']);
  });
});

describe('cue speakers: words in capitals', () => {
  it('a headline in capitals has no reporting verb ("STATES"), so the colon names the speaker', () => {
    assert.deepStrictEqual(speakers('SMALL STATES OUTNUMBER LARGE STATES - Ann Smith: “The count of small states rose again this year.”'), ['Ann Smith']);
  });
});

describe('cue speakers: a document is its issuer’s', () => {
  it('"X released a statement… “…,” the statement said" is X’s', () => {
    assert.deepStrictEqual(
      speakers('President Obama released a statement on Thursday. “We stand with our oldest ally,” the statement said.'),
      ['Obama'],
    );
    assert.deepStrictEqual(
      speakers('The Harbour Trust issued a report on Monday. “The crimes are grave,” the report concluded.'),
      ['Harbour Trust'],
    );
  });
  it('"X said in a statement" makes the later "the statement added" X’s', () => {
    assert.deepStrictEqual(
      speakers('Ann Smith said in a statement that she was leaving. “It has been a privilege,” the statement added.'),
      ['Ann Smith'],
    );
    assert.deepStrictEqual(
      speakers('In a statement, Mark Jones announced his departure. “It has been an honour,” the statement said. “I leave with pride,” the statement added.'),
      ['Mark Jones', 'Mark Jones'],
    );
  });
  it('"his resignation letter said" is the author the pronoun refers to', () => {
    assert.deepStrictEqual(speakers('Peter Lang quit on Friday. “I have been betrayed,” his resignation letter said.'), ['Peter Lang']);
    assert.deepStrictEqual(speakers('Jane Doe resigned on Monday. “I can no longer serve,” her letter said.'), ['Jane Doe']);
  });
  it('a statement put out by someone the text does not name is nobody’s, even if another is named later', () => {
    assert.deepStrictEqual(
      speakers('The campaign backtracked on Friday, putting out a statement. “The woman is a victim,” the statement said. ' +
        'Later, Peter Lang released a statement of his own.'),
      [null],
    );
  });
});

describe('cue speakers: a saying noun is not the quote’s cue when someone else speaks', () => {
  it('"Responding to X’s remarks, Y wrote: “…”" is Y’s', () => {
    assert.deepStrictEqual(
      speakers('Responding to Peter Lang’s remarks, Ann Smith wrote: “Well, the city has had no say in its own affairs for decades.”'),
      ['Ann Smith'],
    );
  });
  it('a sentence ending after "X’s claim." does not give X the next quote', () => {
    assert.deepStrictEqual(
      speakers('Mark Jones was asked about Peter Lang’s claim. “It is not as if he ignored the facts,” said Ann Smith.'),
      ['Ann Smith'],
    );
  });
});

describe('cue speakers: the subject after an opening phrase', () => {
  it('"Filling in for X at the event, Y landed a dig" makes Y the "he" of the next quote', () => {
    assert.deepStrictEqual(
      speakers('“We are not joining in the attacks on her,” Peter Lang said.\n\nFilling in for Ann Smith at the same event, Mark Jones landed a dig at the plan.\n\n' +
        '“I took the money but it didn’t change me?” he said.'),
      ['Peter Lang', 'Mark Jones'],
    );
  });
  it('"For X, Y is exposing…" is X’s view: Y is not promoted past X', () => {
    assert.deepStrictEqual(
      speakers('“We are not joining in the attacks,” Mark Jones said.\n\nFor Mark Jones, Peter Lang is exposing the logic of the plan. “The market has not failed the workers,” he mocks.'),
      ['Mark Jones', 'Mark Jones'],
    );
  });
});

describe('cue speakers: a participle after "X’s campaign" is not X’s', () => {
  it('"X’s campaign shrugged off the remarks, telling reporters, “…”" is nobody named', () => {
    assert.deepStrictEqual(
      speakers('Peter Lang spoke on Monday. Ann Smith’s campaign shrugged off the remarks, telling reporters, “Nobody asked for his support.”'),
      [null],
    );
  });
  it('"X’s spokesman Y hit back, telling reporters" is still Y’s', () => {
    assert.deepStrictEqual(
      speakers('Peter Lang spoke on Monday. Ann Smith’s spokesman Mark Jones hit back, telling reporters, “Nobody asked for his support.”'),
      ['Mark Jones'],
    );
  });
});

describe('cue speakers: a candidate’s campaign speaks for itself', () => {
  it('"the Lang campaign said" is the Lang campaign, and a later "they said" too', () => {
    assert.deepStrictEqual(
      speakers('Peter Lang won the state. The Lang campaign said it was “delighted with the result.” “We will keep fighting,” they said.'),
      ['Lang campaign', 'Lang campaign'],
    );
  });
  it('"X’s campaign said" and "her campaign said" are the campaign’s, not the candidate’s', () => {
    assert.deepStrictEqual(speakers('“This is a disgrace,” Mark Jones’s campaign said.'), ['Jones campaign']);
    assert.deepStrictEqual(speakers('Ann Smith lost on Tuesday. “We are proud of the race we ran,” her campaign said.'), ['Smith campaign']);
  });
});

describe('cue speakers: definite descriptions of a candidate', () => {
  it('"the presumptive Republican nominee" is the one described as the Republican candidate', () => {
    assert.deepStrictEqual(
      speakers('Republican presidential candidate Peter Lang spoke in Ohio on Monday.\n\nHis rival Mark Jones stayed in Texas.\n\n“We will win,” the presumptive Republican nominee told supporters.'),
      ['Peter Lang'],
    );
  });
});

describe('cue speakers: "the president" on the article’s date', () => {
  it('is the US president in office, named in the article, where nobody else is called a president', () => {
    assert.deepStrictEqual(speakers('Barack Obama spoke in Ohio on Monday.\n\nHis rival stayed away.\n\n“We will act,” the president said.'), ['Barack Obama']);
  });
  it('is nobody where the text calls someone else a president', () => {
    assert.deepStrictEqual(
      speakers('Barack Obama wrote to the president of the Harbour Trust on Monday.\n\nHis rival stayed away.\n\n“We will act,” the president said.'),
      [null],
    );
    assert.deepStrictEqual(
      speakers('Barack Obama met French President Lena Ostrova on Monday.\n\nHis rival stayed away.\n\n“We will act,” the president said.'),
      [null],
    );
  });
});

describe('cue speakers: words that only look like reporting verbs', () => {
  it('"the United States" is a name, not "United" stating', () => {
    assert.deepStrictEqual(speakers('The United States must “lead the coalition” against the group, officials agreed.'), [null]);
  });
  it('"X’s remarks" is a noun: the "he" of the next sentence is its subject, not X', () => {
    assert.deepStrictEqual(
      speakers('Mark Jones denounced Peter Lang’s remarks on Monday.\n\n“It will have consequences,” he said.'),
      ['Mark Jones'],
    );
  });
  it('"X and Y: “…”" is the first named, as "X and Y wrote"', () => {
    assert.deepStrictEqual(speakers('VOTERS WANT HOPE - Ann Smith and Mark Jones: “We found that voters care most about hope.”'), ['Ann Smith']);
  });
});

describe('cue speakers: a name inside an unnamed person’s description is not the speaker', () => {
  const cases: Array<[string, null | string]> = [
    ['Peter Lang spoke on Monday. “Nobody seems to care,” said one Lang confidant.', null],
    ['Peter Lang spoke on Monday. “He is finished,” said a senior Lang adviser.', null],
    ['Peter Lang spoke on Monday. “I love him,” wrote one Lang supporter on Twitter.', null],
    ['Peter Lang spoke on Monday. “We are confident,” said a Lang spokeswoman.', 'Peter Lang'],
    ['Peter Lang spoke on Monday. “We are worried,” one senior Democrat said.', null],
    ['Peter Lang spoke on Monday. “It is over,” said Lang adviser Mark Jones.', 'Mark Jones'],
    // After the head noun, a name past "to", "of", "who" is whom the unnamed speaker is tied to.
    ['Peter Lang spoke on Monday. “He ran out of road,” said one longtime adviser to Peter Lang.', null],
    ['Peter Lang spoke in Leeds. “I would want answers,” said a prominent party member who backs Lang, asking not to be named.', null],
    ['Peter Lang spoke on Monday. “We will appeal,” said an attorney for Mr. Lang.', null],
    ['Peter Lang spoke on Monday. “He is tired,” said one of Lang’s closest friends.', null],
  ];
  for (const [text, who] of cases) it(`${text} → ${who}`, () => assert.deepStrictEqual(speakers(text).slice(-1), [who]));
  it('the unnamed one’s next quote is nobody’s either, not the name in the description', () => {
    assert.deepStrictEqual(speakers('Peter Lang spoke on Monday. “It is eerie,” said one adviser to Peter Lang. “He wanted a knockout.”'), [null, null]);
  });
  it('"according to a post from X" is no unnamed person: a later "she wrote" is still X', () => {
    assert.deepStrictEqual(speakers('Ann Smith runs the site. Its coverage will change, according to a post from Ann Smith. “We will cover it all,” she wrote.'), ['Ann Smith']);
  });
});

describe('cue speakers: a paraphrase ending in a document word before ", said X"', () => {
  it('"…a return to law and order, said X" is X’s, and so is the next "he said"', () => {
    assert.deepStrictEqual(
      speakers('The promise to “take our country back” appeals to voters who wish for law and order, said Alan Abramowitz, a demographer.\n\n“He is trying to appeal to a sense of displacement,” he said.'),
      ['Alan Abramowitz', 'Alan Abramowitz'],
    );
  });
});

describe('cue speakers: "they" and "it" for a group named as a sentence’s subject', () => {
  it('"The Republican National Committee released an advertisement… “…,” they said" is the committee’s', () => {
    assert.deepStrictEqual(
      speakers('The Republican National Committee released an advertisement on Tuesday. “This is a failure of leadership,” they said.'),
      ['Republican National Committee'],
    );
  });
  it('"The Harbour Trust published its accounts… “…,” it said" is the trust’s', () => {
    assert.deepStrictEqual(speakers('The Harbour Trust published its accounts on Monday. “Our income rose,” it said.'), ['Harbour Trust']);
  });
  it('a name describing the subject is not the subject: "The Harbour Trust chairman spoke… it said" is nobody', () => {
    assert.deepStrictEqual(speakers('The Harbour Trust chairman spoke on Monday. “Our income rose,” it said.'), [null]);
  });
});

describe('cue speakers: an age the article gave someone', () => {
  it('"said the 46-year-old" after "Ann Smith, 46," is Ann Smith; with two of that age, nobody', () => {
    assert.deepStrictEqual(speakers('With millions watching, Ann Smith, 46, defended her husband.\n\n“He is an amazing leader,” said the 46-year-old.'), ['Ann Smith']);
    assert.deepStrictEqual(
      speakers('Ann Smith, 46, and Jane Doe, 46, met voters.\n\nThe crowd cheered.\n\n“He is an amazing leader,” said the 46-year-old.'),
      [null],
    );
  });
});

describe('cue speakers: reporting verbs a cue is read for', () => {
  it('"answered" reports words, as "replied" does', () => {
    assert.deepStrictEqual(speakers('Ann Smith was asked about the plan. “Denver,” she answered.'), ['Ann Smith']);
    assert.deepStrictEqual(speakers('Peter Lang asked about the plan. Ann Smith answered, “I have no idea.”'), ['Ann Smith']);
    assert.deepStrictEqual(speakers('“It is Jeff Brown,” Ms Smith answered, referring to an official.'), ['Ms Smith']);
  });
  it('"reacted" reports words only against the quotation', () => {
    assert.deepStrictEqual(speakers('Peter Lang spoke about the plan. “Is he profiling?” reacted Ann Smith.'), ['Ann Smith']);
  });
  it('"as X put it, “…”": the quote after the comma is X’s, with an apposition between', () => {
    assert.deepStrictEqual(speakers('Peter Lang was here on Monday. As Ann Smith, the former secretary, put it, “We are safe.”'), ['Ann Smith']);
  });
  it('a verb of the tight kind before a comma that opens the quotation reports it: "X cracked, “…”"', () => {
    assert.deepStrictEqual(speakers('Tom Baker is no crusader. Yet during their first debate, Anna Price cracked, “I am a progressive who gets things done.”'), ['Anna Price']);
  });
  it('a quotation that ends the paragraph before is not against a verb of this one', () => {
    assert.deepStrictEqual(speakers('“The fight is over,” Peter Lang said.\n\nAs the week went on, Ann Smith pressed her case.'), ['Peter Lang']);
  });
});

describe('cue speakers: organisations named with "of" and "for"', () => {
  it('"the Bank of England said" is the bank, not England; a role before "of" is someone in it', () => {
    assert.deepStrictEqual(speakers('Rates rose again. The Bank of England said: “Rates stay where they are.”'), ['Bank of England']);
    assert.deepStrictEqual(speakers('Rates rose again. The University of Texas said: “We are ready.”'), ['University of Texas']);
    assert.deepStrictEqual(speakers('Rates rose again. Ann Smith, president and CEO of Texas Restaurant Association stated, “It is a math problem.”'), ['Ann Smith']);
    assert.deepStrictEqual(speakers('Rates rose again. Members of Congress said: “We are ready.”'), [null]);
  });
});

describe('cue speakers: a name signing the quote past a break', () => {
  it('"Pollsters agree - Carl Bialik: “…”" is the name’s, not the cue’s before the dash; "told Jane Doe: “…”" stays the cue’s', () => {
    assert.deepStrictEqual(speakers('The polls were wrong. Pollsters agree - Carl Bialik: “Keep on contacting voters as late as possible.”'), ['Carl Bialik']);
    assert.deepStrictEqual(speakers('The polls were wrong. Ann Smith told the presenter Jane Doe: “We will win.”'), ['Ann Smith']);
  });
});

describe('cue speakers: a spokesperson for a body named earlier', () => {
  it('"a spokesman for the force" is the police force named before, before or after the verb', () => {
    assert.deepStrictEqual(speakers('Officers from Northdale Police were called to the house at 2am. “Inquiries are ongoing,” said a spokesman for the force.'), ['Northdale Police']);
    assert.deepStrictEqual(speakers('Officers from Northdale Police were called at 2am. A spokeswoman for the force said: “Inquiries are ongoing.”'), ['Northdale Police']);
    assert.deepStrictEqual(speakers('Northdale Constabulary was called at 2am. “We are investigating,” the force said.'), ['Northdale Constabulary']);
  });
  it('"a force spokeswoman", "a council spokesman": the one body of that kind named before', () => {
    assert.deepStrictEqual(speakers('Officers from Northdale Police were called at 2am. A force spokeswoman said: “Inquiries are ongoing.”'), ['Northdale Police']);
    assert.deepStrictEqual(speakers('Ashford Borough Council approved the plan. “We are delighted,” a council spokesman said.'), ['Ashford Borough Council']);
    assert.deepStrictEqual(speakers('Ashford Borough Council and Kent County Council approved it. “We are delighted,” a council spokesman said.'), [null]);
  });
  it('two forces named, or none: nobody’s', () => {
    assert.deepStrictEqual(speakers('Northdale Police and Southmoor Police were called. “We are investigating,” said a spokesman for the force.'), [null]);
    assert.deepStrictEqual(speakers('Police were called at 2am. A spokesman for the force said: “Inquiries are ongoing.”'), [null]);
  });
  it('"said a spokesman for the council", "said a spokeswoman for X" after the verb, as before it', () => {
    assert.deepStrictEqual(speakers('Ashford Borough Council approved the plan. “We are delighted,” said a spokesman for the council.'), ['Ashford Borough Council']);
    assert.deepStrictEqual(speakers('Peter Lang spoke on Monday. “We will win,” said a spokeswoman for Peter Lang.'), ['Peter Lang']);
  });
});
