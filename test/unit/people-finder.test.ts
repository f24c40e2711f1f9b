import * as assert from 'assert';
import { analyze } from '../../src/extractor/analyze';

/**
 * The people finder on US and UK copy (issue 12): names it used to miss or build wrongly. Every text
 * is written for the test.
 */
const DATE = '2016-03-01';
const article = (headline: string, body: string) => analyze(` date ${DATE} ${headline}\n\n${body}`);
const people = (headline: string, body: string): string[] => article(headline, body).people.map((p) => p.name);
const speakers = (headline: string, body: string): Array<string | null> => article(headline, body).quotes.map((q) => q.speaker?.name ?? null);

describe('people finder: title-case headlines', () => {
  it('an English word after a first name and surname in a title-case run is not a third name ("Hillary Clinton Calls")', () => {
    const headline = 'Dorothea Pellman Calls Bridge Plan ‘Reckless’';
    const body = 'Dorothea Pellman criticised the plan on Tuesday. “It is reckless,” Pellman said.';
    assert.deepStrictEqual(people(headline, body), ['Dorothea Pellman']);
    assert.deepStrictEqual(speakers(headline, body), ['Dorothea Pellman', 'Dorothea Pellman']);
    assert.deepStrictEqual(people('Orrin Haskett Says No', 'The vote was close.'), ['Orrin Haskett']);
  });
  it('a three-word name keeps its third word where the run ends with it or a suffix follows', () => {
    assert.deepStrictEqual(people('Test', '“We won,” said Michael Ian Black.'), ['Michael Ian Black']);
    assert.deepStrictEqual(people('Test', '“We won,” said Luther Stan Pate IV, a donor.'), ['Luther Stan Pate']);
    assert.deepStrictEqual(people('Test', 'Mary Ann Rose QC, for the family, said it was over.'), ['Mary Ann Rose']);
  });
});
