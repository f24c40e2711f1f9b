import * as assert from 'assert';
import { analyseTestArticle, speakersIn } from '../support/speakers';

/** Names the people finder must give whole and alone (issue 12, item 5), on texts written for the test. */
const speakers = (body: string, date = '2004-02-03'): Array<string | null> => speakersIn(body, date);

describe('attribution: names with descriptive premodifiers', () => {
  it('an organisation and a title before an unknown first name: the person, not "Refugee Council Chief Executive…"', () => {
    assert.deepStrictEqual(speakers('Refugee Council Chief Executive Maeve Sherlock called the plans “reckless and dangerous”.'), ['Maeve Sherlock']);
  });
  it('a company and a two-word title before the name', () => {
    assert.deepStrictEqual(speakers('Acme Holdings Managing Director Orla Brennick said: “We will appeal against the ruling.”'), ['Orla Brennick']);
  });
  it('a title before capitalised words where no person stands is no name ("Director Kestle Marrock offices")', () => {
    const people = analyseTestArticle('The Council Director Kestle Marrock offices were closed on Monday.', '2004-02-03').people.map((p) => p.name);
    assert.deepStrictEqual(people, []);
  });
  it('network, party and description premodifiers give the person', () => {
    assert.deepStrictEqual(
      speakers('MSNBC host Chris Matthews said: “It is over.” Labour’s Angela Rayner said: “Go now.” 9/11 widow Terry Strada said: “We want answers.”', '2021-05-01'),
      ['Chris Matthews', 'Angela Rayner', 'Terry Strada'],
    );
  });
});

describe('attribution: hyphenated surnames', () => {
  it('"Emma Little-Pengelly" keeps the hyphen the record writes as a space', () => {
    const a = analyseTestArticle('DUP MLA Emma Little-Pengelly was nominated. Taking up the post, she said she would work “tirelessly for everyone”.', '2024-02-03');
    assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Emma Little-Pengelly']);
    assert.deepStrictEqual(a.people.map((p) => p.name), ['Emma Little-Pengelly']);
  });
  it('a record with the hyphen keeps it when the text leaves it out', () => {
    assert.deepStrictEqual(speakers('Rebecca Long Bailey said: “We will win this.”', '2020-02-01'), ['Rebecca Long-Bailey']);
  });
});

describe('attribution: a first name alone where only a person stands', () => {
  it('"Michelle, a mother of twins, said" names Michelle, and "she said" after it is hers', () => {
    assert.deepStrictEqual(
      speakers('Michelle, a mother of twins, said she had faced an “uphill battle” with the agency. “Nobody ever calls me back,” she said.'),
      ['Michelle', 'Michelle'],
    );
  });
  it('a first name that is a member’s surname stays the member’s ("May said" in 2017)', () => {
    assert.deepStrictEqual(speakers('Theresa May spoke in Derby. Later May said: “We will be strong and stable.”', '2017-05-01'), ['Theresa May']);
  });
  it('a first name before a surname particle is no lone name ("Pierre de Vos, a professor, said")', () => {
    assert.ok(!speakers('Pierre de Vos, a professor of law, said: “It is a car crash.”').includes('Pierre'));
  });
  it('a first name nowhere a person stands names nobody', () => {
    assert.deepStrictEqual(analyseTestArticle('They met at the Michelle cafe on the corner.', '2004-02-03').people, []);
  });
});

describe('attribution: the US president on the article’s date', () => {
  const text = 'Donald Trump landed at Stansted on Monday. The US president called the mayor a “stone cold loser”.';
  it('"The US president" is the president in office on the date, when the article names him', () => {
    assert.deepStrictEqual(speakers(text, '2019-06-03'), ['Donald Trump']);
  });
  it('on a date he was not president, nobody', () => {
    assert.deepStrictEqual(speakers(text, '2015-06-03'), [null]);
  });
  it('a president the article does not name, or a former one, is nobody', () => {
    assert.deepStrictEqual(speakers('The US president called the mayor a “stone cold loser”.', '2019-06-03'), [null]);
    assert.deepStrictEqual(speakers('Donald Trump and Barack Obama spoke. The former US president called it “a disgrace”.', '2019-06-03'), [null]);
  });
});
