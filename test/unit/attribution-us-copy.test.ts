import * as assert from 'assert';
import { analyze } from '../../src/extractor/analyze';

/** People and speakers in US news copy (issue 12, the PolNeAR side), each on short texts written for the test. */
function analysed(body: string, date = '2016-03-01') {
  return analyze(` date ${date} Test article\n\n${body}`);
}
function speakers(body: string, date?: string): Array<string | null> {
  return analysed(body, date).quotes.map((q) => q.speaker?.name ?? null);
}
function people(body: string): string[] {
  return analysed(body).people.map((p) => p.name);
}

describe('US news copy: people and speakers', () => {
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
