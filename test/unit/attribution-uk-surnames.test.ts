import * as assert from 'assert';
import { analyseTestArticle } from '../support/speakers';
import type { Analysis } from '../../src/extractor/types';

/**
 * A title and surname alone ("Mr Morgan", "Dr Khan") is a sitting MP only where the text points at
 * the member: their party or seat near the name, an office they hold, "MP" beside it. Local copy is
 * full of people who share an MP's surname (issue 12: a wrong MP is the worst error). Texts written
 * for the tests.
 */
const quoteSpeakers = (a: Analysis) => a.quotes.map((q) => q.speaker?.name ?? null);
const mpOf = (a: Analysis, name: string) => a.people.find((p) => p.name === name)?.mp ?? null;
const members = (a: Analysis) => a.people.filter((p) => p.mp).map((p) => p.name);

describe('attribution: UK surnames that are not the MP of that name', () => {
  describe('an outside affiliation beside the name keeps the MP out', () => {
    it('"Mr Morgan of the Ramblers said" is Morgan, not the Labour MP Stephen Morgan', () => {
      const a = analyseTestArticle('Walkers fear the footpath will close.\n\nMr Morgan of the Ramblers said: “This path is three hundred years old.”', '2023-05-10');
      assert.deepStrictEqual(quoteSpeakers(a), ['Morgan']);
      assert.deepStrictEqual(members(a), []);
    });
    it('"Dr Khan, who chairs the residents\' association, said" is no MP, even where one MP has the surname', () => {
      const a = analyseTestArticle('Dr Khan, who chairs the residents’ association, said: “We were never consulted.”', '2023-05-10');
      assert.deepStrictEqual(quoteSpeakers(a), ['Khan']);
      assert.deepStrictEqual(members(a), []);
    });
    it('"Ms Patel from the chamber of commerce" is not Priti Patel', () => {
      const a = analyseTestArticle('Ms Patel from the chamber of commerce backed the scheme. Traders were split.', '2023-05-10');
      assert.deepStrictEqual(members(a), []);
    });
    it('an age after the name ("Mr Hunt, 52,") is a member of the public', () => {
      const a = analyseTestArticle('Mr Hunt, 52, of Church Lane, told the court he had not been there.', '2023-05-10');
      assert.deepStrictEqual(members(a), []);
    });
    it('"Cllr Patel" and "Judge Khan" are never MPs', () => {
      const a = analyseTestArticle('Cllr Patel said the budget was tight. Judge Khan adjourned the case.', '2023-05-10');
      assert.deepStrictEqual(members(a), []);
    });
  });

  describe('a person, then "from" or "of" and a body in lower-case words, speaks', () => {
    it('"Ms Patel from the chamber of commerce said: “…”" is Patel\'s (before, nobody\'s)', () => {
      const a = analyseTestArticle('Ms Patel from the chamber of commerce said: “Businesses want the car park.”', '2023-05-10');
      assert.deepStrictEqual(quoteSpeakers(a), ['Patel']);
      assert.deepStrictEqual(members(a), []);
    });
    it('"Mr Gray of the local rotary club said" is Gray; "An aide to Mr Smith from the council said" is still nobody named', () => {
      const a = analyseTestArticle('Mr Gray of the local rotary club said: “We raised £500.” An aide to Mr Smith from the council said: “No.”', '2023-05-10');
      assert.deepStrictEqual(quoteSpeakers(a), ['Gray', null]);
    });
  });

  describe('with no word about the member near the name, the surname alone links no one', () => {
    it('a bare surname in US copy ("West said") is not the Labour MP Catherine West', () => {
      const a = analyseTestArticle('West said the plan would fail. “It will not work,” West said.', '2016-03-10');
      assert.deepStrictEqual(members(a), []);
    });
  });

  describe('a party word counts only as a party\'s name, beside the name', () => {
    it('"The Labour-run council… Mr Morgan said" is a local story: not the Labour MP Stephen Morgan', () => {
      const a = analyseTestArticle('The Labour-run council approved the scheme on Tuesday night.\n\nMr Morgan said: “It is a disgrace.”', '2022-05-06');
      assert.deepStrictEqual(members(a), []);
    });
    it('a party word a sentence away is no evidence; "Labour\'s Mr Morgan" beside the name is', () => {
      assert.deepStrictEqual(members(analyseTestArticle('Labour won the ward easily on a low turnout. Mr Morgan said: “It is a disgrace.”', '2022-05-06')), []);
      assert.deepStrictEqual(members(analyseTestArticle('Labour’s Mr Morgan said: “It is a disgrace.”', '2022-05-06')), ['Stephen Morgan']);
    });
    it('a lower-case "conservative" of US copy is an outlook: "Fox said conservative voters" is not Liam Fox', () => {
      const a = analyseTestArticle('Fox said conservative voters would stay at home in November.', '2016-05-10');
      assert.deepStrictEqual(members(a), []);
    });
  });

  describe('evidence near the name still links the member', () => {
    it('"accused Mr Hunt of misleading" is no affiliation: after "The Chancellor" it is Jeremy Hunt', () => {
      const a = analyseTestArticle('The Chancellor set out his plans. Labour accused Mr Hunt of misleading voters.', '2023-01-17');
      assert.deepStrictEqual(members(a), ['Jeremy Hunt']);
    });
    it('"who was speaking in Leeds" says what the member did, not where they belong', () => {
      const a = analyseTestArticle('The Chancellor was in Yorkshire. Mr Hunt, who was speaking in Leeds, said: “We will act.”', '2023-01-17');
      assert.deepStrictEqual(quoteSpeakers(a), ['Jeremy Hunt']);
    });
    it('the seat: "Mr Morgan, the Portsmouth South MP, said" is Stephen Morgan', () => {
      const a = analyseTestArticle('Mr Morgan, the Portsmouth South MP, said: “The ferry must run.”', '2023-05-10');
      assert.deepStrictEqual(quoteSpeakers(a), ['Stephen Morgan']);
      assert.strictEqual(mpOf(a, 'Stephen Morgan')?.party, 'Labour');
    });
    it('an office held on the date: "Deputy Prime Minister Mr Prescott told BBC News" is John Prescott', () => {
      const a = analyseTestArticle('On Tuesday, Deputy Prime Minister Mr Prescott told BBC News: “We are united.”', '2005-01-12');
      assert.deepStrictEqual(quoteSpeakers(a), ['John Prescott']);
    });
    it('an office beats a party several members share: "Mr Hunt" after "The Chancellor" in 2023 is Jeremy Hunt', () => {
      const a = analyseTestArticle('The Chancellor has ruled out tax cuts. Mr Hunt said: “Inflation is the enemy.” The Tories cheered.', '2023-01-17');
      assert.deepStrictEqual(quoteSpeakers(a), ['Jeremy Hunt']);
    });
    it('the member named earlier by an office only they hold: "The Prime Minister flew to Kyiv… Mr Sunak said"', () => {
      const filler = 'Officials said the visit had been planned for weeks and kept secret for security reasons, with only a handful of aides told. '.repeat(2);
      const a = analyseTestArticle(`The Prime Minister flew to Kyiv on Tuesday. ${filler}\n\nMr Sunak said: “We stand with Ukraine.”`, '2023-02-21');
      assert.deepStrictEqual(quoteSpeakers(a), ['Rishi Sunak']);
    });
    it('an office named earlier does not outweigh a description outside Parliament', () => {
      const a = analyseTestArticle('The Chancellor spoke first. Mr Hunt of the Ramblers said: “No.”', '2023-02-21');
      assert.deepStrictEqual(members(a), []);
    });
    it('the party: "Mr Cameron\'s Conservatives" is David Cameron', () => {
      const a = analyseTestArticle('The result burst the bubble of Mr Cameron’s Conservatives, one analyst said.', '2006-03-02');
      assert.deepStrictEqual(members(a), ['David Cameron']);
    });
  });
});
