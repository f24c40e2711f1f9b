import * as assert from 'assert';
import { analyseTestArticle, speakersIn } from '../support/speakers';

/** Who a cue's pronoun or definite description stands for (issue 12, items 1 and 8), on texts written for the test. */
const DATE = '2016-03-01';
const speakers = (body: string): Array<string | null> => speakersIn(body, DATE);

describe('cue resolution: a pronoun takes up a surname the text never names in full', () => {
  it('he after “…,” Quennell said is Quennell', () => {
    assert.deepStrictEqual(
      speakers('“The vote was close,” Quennell said.\n\n“We will count every ballot again,” he said.'),
      ['Quennell', 'Quennell'],
    );
  });
  it('a word the text uses as a place is no surname: he stays unknown', () => {
    assert.deepStrictEqual(
      speakers('The rally in Brackmoor drew thousands.\n\n“The vote was close,” Brackmoor said.\n\n“We will count every ballot again,” he said.'),
      ['Brackmoor', null],
    );
  });
  it('a word that opens a longer name is no surname: he stays unknown', () => {
    assert.deepStrictEqual(
      speakers('Ostvald Partners ran the count.\n\n“The vote was close,” Ostvald said.\n\n“We will count every ballot again,” he said.'),
      ['Ostvald', null],
    );
  });
});

describe('cue resolution: a definite description stands for the one person the article described so', () => {
  it('the senator after Texas Sen. Ted Cruz is Cruz', () => {
    assert.deepStrictEqual(speakers('Texas Sen. Ted Cruz spoke in Iowa on Monday.\n\n“We will win,” the senator said.'), ['Ted Cruz']);
  });
  it('the words of the description pick out the one it fits: the Ohio senator', () => {
    assert.deepStrictEqual(
      speakers('Texas Sen. Ted Cruz and Ohio Sen. Ann Holt met voters.\n\n“It was close,” the Ohio senator said.\n\n“It was not,” the Texas senator said.'),
      ['Ann Holt', 'Ted Cruz'],
    );
  });
  it('two senators named together: nobody, unless one of them has just spoken', () => {
    assert.deepStrictEqual(
      speakers('Sen. Ann Holt and Sen. Ted Cruz met voters.\n\n“It was close,” the senator said.\n\nSen. Ann Holt said she was pleased. “It was closer,” the senator said.'),
      [null, 'Ann Holt'],
    );
  });
  it('the former governor is the one described as former, never a sitting governor', () => {
    assert.deepStrictEqual(
      speakers('Mike Pence, the former Indiana governor, spoke.\n\n“Sad,” said the former governor.\n\n“Not sad,” the governor said.'),
      ['Mike Pence', null],
    );
  });
  it('an organisation’s president is no “the president”', () => {
    assert.deepStrictEqual(speakers('World Bank President Lena Ostrova arrived.\n\n“We are ready,” the president said.'), [null]);
  });
  it('someone unnamed given the same description since: nobody', () => {
    assert.deepStrictEqual(
      speakers('Texas Sen. Ted Cruz spoke on Monday. Later a senator from Ohio spoke.\n\n“We will win,” the senator said.'),
      [null],
    );
  });
});

describe('cue resolution: the subject of a cue with an apposition or an opening clause', () => {
  const cases: Array<[string, string, string | null]> = [
    ['a name after the description that follows the verb', '“The count is wrong,” said another campaign volunteer, Dara Quillan.', 'Dara Quillan'],
    ['an apposition opener, not a name in a prepositional phrase before it', 'Marcus Bell spoke first. Of Marcus Bell, Ansel Thorpe, who backs the mayor, said, “He is wrong.”', 'Ansel Thorpe'],
    ['a participle’s apposition describes the opener', 'The row began after Mr. Dorsey, asked about Mr. Lang, had said, “We do plenty of that.”', 'Dorsey'],
    ['a document in a prepositional phrase opens nothing', 'In a statement, Carla Mendes, a spokeswoman for the campaign, said: “We are confident.”', 'Carla Mendes'],
    ['a role with a dotted title inside still describes the opener', 'Tom Lang spoke.\n\n“We are ready,” Peter Ravel, Mr. Lang’s deputy national security adviser, said.', 'Peter Ravel'],
    ['“and said” shares the main clause’s subject, not one in the opening clause', 'Hillary Vance spoke first.\n\nWhen asked whom she backed, Ms. Ortega smiled and said, “I am waiting.”', 'Ortega'],
    ['a statement released by someone is theirs', 'Ann Lutz released a statement saying, “We are ready.”', 'Ann Lutz'],
  ];
  for (const [what, text, who] of cases) it(what, () => assert.deepStrictEqual(speakers(text).slice(-1), [who]));
});

describe('cue resolution: verbs that report words only tight against a quotation', () => {
  const cases: Array<[string, string, string | null]> = [
    ['after the quotation, in a sentence of its own', 'Ann Holt met Tom Reyes.\n\n“Would you let them stay?” Reyes pressed.', 'Tom Reyes'],
    ['after the quotation and its subject', '“It is not true,” an angry Tom Reyes retaliated.', 'Tom Reyes'],
    ['before a colon that opens the quotation: nearer than the sentence’s other cue', 'Ann Holt said the plan was strong, to which Tom Reyes interjected: “It is not true.”', 'Tom Reyes'],
    ['inverted after the quotation', '“Leave your weapons at home,” opined the Daily Courier.', 'Daily Courier'],
    ['anywhere else an ordinary verb: the sentence’s own cue stands', 'Ann Holt said Tom Reyes pressed for “a new deal” in March.', 'Ann Holt'],
  ];
  for (const [what, text, who] of cases) it(what, () => assert.deepStrictEqual(speakers(text).slice(-1), [who]));
});

describe('terms: capitalised words that are speech all the same', () => {
  const kinds = (body: string): string[] => analyseTestArticle(body, DATE).quotes.map((q) => q.kind);
  it('words ending with a comma before a reporting verb are speech', () => {
    assert.deepStrictEqual(speakers('“Word Is,” Tom Reyes said, “that the plant will close.”'), ['Tom Reyes', 'Tom Reyes']);
  });
  it('a question or an exclamation is speech', () => {
    assert.deepStrictEqual(kinds('The judge turned to him. “Mr. Reyes?” Then the crowd chanted “Marco! Marco!” for a minute.'), ['speech', 'speech']);
  });
  it('titles in a list keep their commas and stay terms', () => {
    assert.deepStrictEqual(kinds('She named “Criminal Minds,” “Game of Thrones” and “Veep” as her favourite shows.'), ['term', 'term', 'term']);
  });
});

describe('cue resolution: precision where the subject cannot be read', () => {
  it('the quote’s own verb has an unreadable subject: a later “he added” is no one’s guess', () => {
    assert.deepStrictEqual(
      speakers('Dan Ortiz of the Ohio delegation spoke.\n\n“We lost,” said Republican party boss Quorin Vell, though he added that he expected the row to fade.'),
      [null],
    );
  });
  it('the person before an organisation whose name holds small words', () => {
    assert.deepStrictEqual(speakers('“It is a stretch,” Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote.'), ['Jeffrey Lewis']);
  });
  it('a group noun opening its sentence is nobody named', () => {
    assert.deepStrictEqual(speakers('Pollsters agree: “The race is tightening.”'), [null]);
  });
});

describe('trailing cue: a question or exclamation ends its sentence, and the cue right after it is its own', () => {
  it('however long the cue’s sentence runs, it beats the paragraph before', () => {
    assert.deepStrictEqual(
      speakers('Ann Holt suggested that the senator would unite the state against him.\n\n“Who knows?” Tom Reyes told a local radio station in an interview aired on Monday when asked how the race would end.'),
      ['Tom Reyes'],
    );
  });
  it('an inverted cue after an exclamation', () => {
    assert.deepStrictEqual(speakers('Ann Holt spoke first.\n\n“Perpetual motion!” exclaimed Tom Reyes of the week’s events.'), ['Tom Reyes']);
  });
  it('a sentence that does not open with the cue is not the quote’s', () => {
    assert.deepStrictEqual(speakers('The race is close.\n\n“Who knows?” On Monday, after a long day of campaigning across the state, Tom Reyes told reporters he was tired.'), [null]);
  });
});

describe('cue resolution: a participle after a prepositional phrase', () => {
  it('“on Facebook writing” shares the sentence’s subject', () => {
    assert.deepStrictEqual(speakers('Ann Holt responded to the question on Facebook writing, “Yes, I will.”'), ['Ann Holt']);
  });
  it('“with the Tories yelling” is the Tories’ own, nobody’s named', () => {
    assert.deepStrictEqual(speakers('Ann Holt spoke, with the Tories reportedly yelling “Shame!”'), [null]);
  });
});

describe('cue resolution: a role given as former is not the role held now', () => {
  it('“the president” is not “former President Bill Clinton”; “the former president” is', () => {
    assert.deepStrictEqual(
      speakers('President Obama and former President Bill Clinton met voters.\n\n“It is done,” the president said.\n\n“It is not,” said the former president.'),
      ['Obama', 'Bill Clinton'],
    );
  });
  it('“the Labour leader” on the date is the leader then, not the former leader just named', () => {
    assert.deepStrictEqual(
      speakers('Former Labour leader Neil Kinnock spoke in Cardiff.\n\n“We won,” the Labour leader said.\n\n“We did,” the former Labour leader said.'),
      ['Jeremy Corbyn', 'Neil Kinnock'],
    );
  });
});
