import * as assert from 'assert';
import { analyze } from '../../src/extractor/analyze';
import { analyseTestArticle, speakersIn } from '../support/speakers';

/** People and speakers in US news copy (issue 12, the PolNeAR side), each on short texts written for the test. */
const DATE = '2016-03-01';
const speakers = (body: string): Array<string | null> => speakersIn(body, DATE);
const people = (body: string): string[] => analyseTestArticle(body, DATE).people.map((p) => p.name);

describe('US news copy: people and speakers', () => {
  it('a first name the lexicon lacks but a general list of first names holds starts a name ("Barnaby", "Algernon")', () => {
    assert.deepStrictEqual(people('Barnaby Quillfeather greeted the delegates in the hall on Monday.'), ['Barnaby Quillfeather']);
    assert.deepStrictEqual(speakers('Algernon Pettifer greeted the delegates on Monday. “We will finish the bridge,” he said.'), ['Algernon Pettifer']);
    // Inside a run of capitals it is part of another name, and a name written in capitals is no first name.
    assert.deepStrictEqual(people('The report ran in the New Barnaby Gazette on Monday.'), []);
    assert.deepStrictEqual(people('Officials said ISIS Recruiters were active on Monday.'), []);
  });
  it('a news organisation named after a surname stays whole ("Fox News" is no Mr Fox)', () => {
    // Liam Fox sat in the Commons on this date: his surname alone would otherwise be taken for him.
    assert.deepStrictEqual(people('The governor told Fox News on Sunday that the plan would pass.'), []);
    assert.deepStrictEqual(speakers('Fox News said on Tuesday: “We stand by our reporting.”'), ['Fox News']);
    assert.deepStrictEqual(people('The rally was held at the Fox Club in Ohio.'), []);
    assert.deepStrictEqual(speakers('Liam Fox arrived late. “We will leave,” Fox said.'), ['Liam Fox']);
  });
  describe('names with initials are people, whatever the first name', () => {
    const cases: Array<[string, string]> = [
      ['“The figures are wrong,” said Torvald Q. Amberline, an analyst at a bank.', 'Torvald Q. Amberline'],
      ['“The figures are wrong,” said K. T. Vollmer, a farmer.', 'K. T. Vollmer'],
      ['“The figures are wrong,” said R.J. Ostrowicz, a lawyer.', 'R.J. Ostrowicz'],
      ['“The figures are wrong,” said P. Lindqvist Moreau Jr., a former official.', 'P. Lindqvist Moreau'],
      ['Torvald Q. Amberline, an analyst, said: “The figures are wrong.”', 'Torvald Q. Amberline'],
    ];
    for (const [text, who] of cases) it(`${text} → ${who}`, () => assert.deepStrictEqual(speakers(text), [who]));

    it('dotted abbreviations of places and agencies are not initials', () => {
      assert.deepStrictEqual(people('The U.S. Army said on Monday that U.S. Steel and the D.C. Council agreed.'), []);
    });
  });
});

describe('US news copy: a quote continues its speaker only when nobody else is put forward', () => {
  it('a new paragraph of speech with no cue continues the speaker before it', () => {
    assert.deepStrictEqual(
      speakers('“We will win the state,” said Marla Quinton, a campaign aide.\n\n“The numbers are moving our way and the volunteers know it.”'),
      ['Marla Quinton', 'Marla Quinton'],
    );
  });
  it('another person as the subject of the quote’s own sentence: not the earlier speaker', () => {
    assert.deepStrictEqual(
      speakers('Marla Quinton, a campaign aide, said the crowd was “showing up in the rain tonight.”\n\nDerek Vasquez thanked them for “standing up when nobody else would.”'),
      // The new subject's own words, found by the ranker from the sentence's subject (no cue: "thanked").
      ['Marla Quinton', 'Derek Vasquez'],
    );
  });
  it('a reporting verb of the quote’s own whose subject cannot be read: nobody, not the earlier speaker', () => {
    assert.deepStrictEqual(
      speakers('“We will win the state,” said Marla Quinton, a campaign aide.\n\n“Our ideas of success are different now,” agrees a woman of 30 from the county.'),
      ['Marla Quinton', null],
    );
  });
  it('a sentence of reported speech in between hands the quote to its speaker', () => {
    assert.deepStrictEqual(
      speakers('“We will win the state,” said Marla Quinton, a campaign aide. The storm had spoiled the rally, Derek Vasquez said.\n\n“We will come back next week with twice the people.”'),
      ['Marla Quinton', 'Derek Vasquez'],
    );
  });
  it('an unnamed reporter in between hands the quote to nobody', () => {
    assert.deepStrictEqual(
      speakers('“We will win the state,” said Marla Quinton, a campaign aide. The rally was a failure, one official said.\n\n“Nobody came and the money is gone for good.”'),
      ['Marla Quinton', null],
    );
  });
  it('a pronoun or a definite description in the quote’s own sentence points back and keeps the speaker', () => {
    assert.deepStrictEqual(
      speakers('“We will win the state,” said Marla Quinton, a campaign aide.\n\n“The numbers are moving our way and everyone knows it,” she added.'),
      ['Marla Quinton', 'Marla Quinton'],
    );
  });
  it('a name right after a quotation signs it, so the next quote is not the earlier speaker’s', () => {
    assert.deepStrictEqual(
      speakers('“We will win the state,” said Marla Quinton, a campaign aide. ‘The whole thing is a farce from start to finish’ Derek Vasquez; ‘We are not finished with them at all’ Ona Pell'),
      ['Marla Quinton', 'Derek Vasquez', null], // the signing name speaks; one the people finder does not know: unknown
    );
  });
});

describe('US news copy: people the first-name list does not know', () => {
  const cases: Array<[string, string]> = [
    ['“The plan will fail,” said Quillon Barrowe.', 'Quillon Barrowe'],
    ['Ysolde Farrant, a campaign spokeswoman, said: “The plan will fail.”', 'Ysolde Farrant'],
    ['“The plan will fail,” said county delegate Orrin Blaskett, who voted against it.', 'Orrin Blaskett'],
    ['“The plan will fail,” Quillon Barrowe told reporters.', 'Quillon Barrowe'],
    ['“The plan will fail,” Bill Eastwick, wearing a cowboy hat, said.', 'Bill Eastwick'],
  ];
  for (const [text, who] of cases) {
    it(`${text} → the person ${who}`, () => {
      assert.deepStrictEqual(speakers(text), [who]);
      assert.ok(people(text).includes(who), people(text).join(', '));
    });
  }
  it('organisations and places in the same places are not people', () => {
    assert.deepStrictEqual(people('“The plan will fail,” said Pew Research. Human Rights Watch said so too. “It fails,” said Fort Worth Police. The Bill Committee met.'), []);
  });
});

describe('US news copy: organisations and unnamed words are not people', () => {
  it('"Another wrote", "Each said": a determiner or quantifier is never a speaker’s name', () => {
    assert.deepStrictEqual(
      speakers('Readers wrote in by the hundred. Another wrote: “This is the end of the paper as I knew it.” Each said, “We want our money back from the paper.”'),
      [null, null],
    );
  });
  it('"Sierra Club" after a first name is an organisation, not a person; the person before "of" speaks', () => {
    assert.deepStrictEqual(speakers('“The river is dying,” said Jon Marwick of the Sierra Club.'), ['Jon Marwick']);
    assert.deepStrictEqual(people('“The river is dying,” said Jon Marwick of the Sierra Club.'), ['Jon Marwick']);
  });
  it('a person whose apposition ends in an organisation, left open before the verb, speaks', () => {
    assert.deepStrictEqual(speakers('Marta Olsen, president and CEO of the Valley Diner Association stated, “It is a math problem.”'), ['Marta Olsen']);
    assert.deepStrictEqual(speakers('Katie Packler, who is chairman of Our Values Pac said, “It is a math problem.”'), ['Katie Packler']);
  });
});

describe('US news copy: cue shapes', () => {
  const cases: Array<[string, string]> = [
    ['“We were rivals,” Wilbur M. Dalloway, the president’s former chief of staff, said of it.', 'Wilbur M. Dalloway'],
    ['“We were rivals,” Wilbur Dalloway, President Nolan’s former chief of staff, said.', 'Wilbur Dalloway'],
    ['“We were rivals,” recalled Mr. Dalloway.', 'Dalloway'],
    ['“Debate recap,” tweeted campaign spokesman Alex Conway.', 'Alex Conway'],
    ['“It is so,” stated Roman Smedley, a faculty member.', 'Roman Smedley'],
  ];
  for (const [text, who] of cases) it(`${text} → ${who}`, () => assert.deepStrictEqual(speakers(text), [who]));
});

describe('US news copy: a middle initial does not end a sentence', () => {
  it('"William M. Daley" stays in one sentence with his cue, so the next quote continues him', () => {
    assert.deepStrictEqual(
      speakers("''They were rivals,'' Wilbur M. Dalloway, the former chief of staff, said of their time. ''They would do the dance every week.''"),
      ['Wilbur M. Dalloway', 'Wilbur M. Dalloway'],
    );
  });
  it('a capital after a lower-case word still ends one: "wrote on X."', () => {
    assert.deepStrictEqual(speakers('Ann Lorne wrote on X. “We will win the vote next week,” she said.'), ['Ann Lorne']);
  });
});

describe('US news copy: colons that introduce a speaker', () => {
  it('a headline "Name: ‘Title Case Quote’" is the person’s, not a title', () => {
    const a = analyze(' date 2016-03-01 Dole: ‘We Are Going All The Way To The Convention.’\n\nGov. Kasimir Dole spoke on Tuesday.');
    assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Kasimir Dole']);
  });
  it('"Name resisted:", "Continued Name:" introduce the person’s words, whatever the verb', () => {
    assert.deepStrictEqual(
      speakers('Ohio Gov. Kasimir Dole resisted: “Governors do not have the power to suspend the law.”\n\nOrla Stone spoke next.\n\nContinued Stone: “So I think it is a very real problem for all of us.”'),
      ['Kasimir Dole', 'Orla Stone'],
    );
  });
  it('two people before the colon: nobody', () => {
    assert.deepStrictEqual(speakers('Orla Stone and Kasimir Dole, both tired: “We go home now, all of us.”'), [null]);
  });
});

describe('US news copy: US titles make people', () => {
  const cases: Array<[string, string]> = [
    ['“We will not cave,” said Sen. Kasimir Dole (R-Ohio).', 'Kasimir Dole'],
    ['Rep. Ysolde Farrant said: “We will not cave.”', 'Ysolde Farrant'],
    ['“We will not cave,” Del. Orrin Blaskett told reporters.', 'Orrin Blaskett'],
    ['“We will not cave,” said former South Carolina Gov. Kasimir Dole, a backer.', 'Kasimir Dole'],
    ['“We will not cave,” said former South Carolina Gov. Jim Hollis, a backer.', 'Jim Hollis'],
    ['“We will not cave,” said Army Capt. Orrin Blaskett, who served twice.', 'Orrin Blaskett'],
  ];
  for (const [text, who] of cases) it(`${text} → ${who}`, () => assert.deepStrictEqual(speakers(text), [who]));
});

describe('US news copy: a short quote that is a sentence on its own', () => {
  it('“But, come on.” after a named quote continues its speaker', () => {
    assert.deepStrictEqual(speakers('“It is a tough charge,” Orla Stone said. “But, come on.”'), ['Orla Stone', 'Orla Stone']);
  });
  it('a short quoted phrase inside a sentence stays a term', () => {
    assert.deepStrictEqual(speakers('“It is a tough charge,” Orla Stone said. Critics called it a “tough charge” too.')[1], null);
  });
});

describe('US news copy: lead-in paragraphs and definite descriptions', () => {
  it('a lead-in paragraph does not give its speaker to a quote whose own sentence names another', () => {
    assert.deepStrictEqual(
      speakers('Marla Quinton said the deal had been agreed in May.\n\n“It is a good deal for all of us,” Derek Vasquez answered.'),
      // "answered" is no reporting verb the cues read, but the name right after the quote signs it (the ranker).
      ['Derek Vasquez'],
    );
  });
  it('a lead-in paragraph still hands on to a quote with a pronoun or a definite description of its own', () => {
    assert.deepStrictEqual(
      speakers('Marla Quinton said the deal had been agreed in May.\n\n“It is a good deal for all of us,” the senator said.'),
      ['Marla Quinton'],
    );
  });
  it('"the organization wrote" after a named quote keeps its speaker; "one official said" does not', () => {
    assert.deepStrictEqual(
      speakers('“We will sell it,” said the Valley Gun Group on Monday.\n\n“Our association with him does not help us,” the organization wrote.'),
      ['Valley Gun Group', 'Valley Gun Group'],
    );
    assert.deepStrictEqual(
      speakers('“We will sell it,” said Marla Quinton on Monday.\n\n“Our association with him does not help us,” one official wrote.'),
      ['Marla Quinton', null],
    );
  });
});

describe('US news copy: people the finder reads from where they stand', () => {
  const cases: Array<[string, string]> = [
    // a first name that is also an English word, where only a person stands
    ['“The map is bad for us,” said Texas-based Democratic strategist Al Varnado, who ran two races.', 'Al Varnado'],
    ['Gene Tallworth, a former budget adviser, spoke on Monday.\n\n“The deficit will grow,” he said.', 'Gene Tallworth'],
    // a surname with an inner capital
    ['“We wrote the cheques,” said Utah vitamin executive Frank DeWinterkamp, who gave to three campaigns.', 'Frank DeWinterkamp'],
    // an apposition that describes a person: "the GOP chairman", "executive director of"
    ['Orvald Pemberthy, the state party chairman, opened the meeting.\n\n“We are ready for November,” he said.', 'Orvald Pemberthy'],
    ['Zelphine Quayne, executive director of a voter group, said turnout would rise.\n\n“People are angry,” she said.', 'Zelphine Quayne'],
    // "named X", and a role noun's apposition: "the country's foreign minister, X, …"
    ['She gave her name as a 40-year-old Dover resident named Marianne.\n\n“He listens to us,” she said.', 'Marianne'],
    ['The country’s foreign minister, Eskender Talibov, plays down the risk.\n\n“We will be fine,” he said.', 'Eskender Talibov'],
  ];
  for (const [text, who] of cases) {
    it(`${text.split('\n')[0]} → ${who}`, () => {
      assert.ok(people(text).includes(who), people(text).join(', '));
      assert.deepStrictEqual(speakers(text), [who]);
    });
  }
  it('a word-like first name alone, or where no person stands, makes nobody', () => {
    assert.deepStrictEqual(people('“Will Cruz win?” the host asked. Hope Springs is a town, and Frank Talk is a show.'), []);
    assert.deepStrictEqual(people('Goldman Sachs, the bank, said it would appeal. Wells Fargo, the lender, agreed.'), []);
  });
  it('a word-like first name gives its gender: a later "she said" is not Frank’s, "he said" is', () => {
    assert.deepStrictEqual(speakers('“We wrote the cheques,” said donor Frank Haverlund.\n\n“It is over,” she said.'), ['Frank Haverlund', null]);
    assert.deepStrictEqual(speakers('“We wrote the cheques,” said donor Frank Haverlund.\n\n“It is over,” he said.'), ['Frank Haverlund', 'Frank Haverlund']);
  });
});

describe('US news copy: a title that ends its sentence', () => {
  it('"…backed the Senator. He said" names no "He": the name after a stop runs on only after an abbreviation', () => {
    const text = 'Tom Carwell toured Ohio, and voters backed the Senator. He said: “We won the state.”';
    assert.deepStrictEqual(people(text), ['Tom Carwell']);
    assert.deepStrictEqual(speakers(text), ['Tom Carwell']);
    assert.deepStrictEqual(people('“We won the state,” said Sen. Tom Carwell.'), ['Tom Carwell']);
  });
});

describe('US news copy: a place used as a modifier is no speaker', () => {
  it('"after the initial Karvona attack": a bare verb after "the", a describing word and a capitalised word is a noun, so no organisation "Karvona" speaks', () => {
    const body = 'The memo was sent hours after the initial Karvona attack and a second raid.\n\n“We are moving the teams now,” it said.';
    assert.deepStrictEqual(speakers(body), [null]);
  });
  it('a plural name before the bare verb is still its subject ("the embattled Tories attack")', () => {
    const body = 'On Monday the embattled Tories attack the plan: “It will not work.”';
    assert.notDeepStrictEqual(speakers(body), [null]);
  });
});

describe('US news copy: words that open a clause are no organisation', () => {
  it('"Repeatedly, …" and "Thus stated, …" before a reporting verb speak for nobody', () => {
    assert.deepStrictEqual(speakers('Repeatedly, the crowd shouted “We want more!” at the stage.'), [null]);
    assert.deepStrictEqual(speakers('Thus stated, “the plan is dead.”'), [null]);
  });
  it('"testifies Karvona attack was …": a bare verb form before "was" is a noun, so the place is no speaker', () => {
    const body = 'The Ledger reported that night: Ex-chief testifies Karvona attack was planned.\n\n“The hearing was closed,” the paper wrote.';
    assert.ok(!speakers(body).includes('Karvona'));
  });
});
