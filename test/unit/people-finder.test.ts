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

describe('people finder: a first name no list holds, before a surname the text gives a person', () => {
  it('"Tavarek Obwande … Obwande said": the capitalised word before a surname the text puts in a person’s place is a first name', () => {
    const body = 'Tavarek Obwande toured the plant on Monday.\n\n“We will build it here,” Obwande said.';
    assert.deepStrictEqual(people('Test', body), ['Tavarek Obwande']);
    assert.deepStrictEqual(speakers('Test', body), ['Tavarek Obwande']);
  });
  it('the surname may be placed by a title, after a reporting verb or before an apposition', () => {
    assert.ok(people('Test', 'Tavarek Obwande toured the plant. “We will build,” said Mr. Obwande.').includes('Tavarek Obwande'));
    assert.ok(people('Test', 'President Tavarek Obwande toured the plant. “We will build,” said Obwande, who arrived late.').includes('Tavarek Obwande'));
  });
  it('without a surname placed so, two unknown capitalised words are nobody', () => {
    assert.deepStrictEqual(people('Test', 'Tavarek Obwande toured the plant on Monday. Obwande was late.'), []);
  });
  it('English words, titles and quoted phrases before the surname are no first names', () => {
    const placed = '\n\n“We will build it here,” Obwande said.';
    for (const before of ['Rebuking Obwande, the council voted no.', 'Will Obwande win? Nobody knows.', 'A shirt read ‘Fascist Obwande,’ in red.',
      'Senators Obwande and Reyes voted.', 'The Oscar-winner Obwande arrived.']) {
      assert.deepStrictEqual(people('Test', before + placed).filter((n) => n !== 'Obwande'), [], before);
      assert.deepStrictEqual(speakers('Test', before + placed).slice(-1), ['Obwande'], before);
    }
  });
  it('"Mr." goes to the man of that surname when the other bearer’s sex is unknown', () => {
    const body = 'Harold Quenby spoke first. His daughter, Tavrina Quenby, who runs the firm, spoke after him.\n\n“We will win,” Mr. Quenby said.';
    assert.deepStrictEqual(speakers('Test', body), ['Harold Quenby']);
  });
});

describe('people finder: a bare surname two people share', () => {
  it('is the one of them the article named first, not the one named last ("Clinton" after "Bill Clinton")', () => {
    const body = 'Marian Delacourt campaigned in Ohio on Monday. Her husband, Tobias Delacourt, spoke before her.\n\n'
      + '“We will win this state,” Delacourt said.\n\n“It is close,” she added.';
    assert.deepStrictEqual(speakers('Test', body), ['Marian Delacourt', 'Marian Delacourt']);
  });
  it('a title still picks by sex, and a lone bearer is unaffected', () => {
    const body = 'Marian Delacourt campaigned in Ohio. Her husband, Tobias Delacourt, spoke first.\n\n“We will win,” Mr. Delacourt said.';
    assert.deepStrictEqual(speakers('Test', body), ['Tobias Delacourt']);
    assert.deepStrictEqual(speakers('Test', 'Tobias Delacourt spoke first.\n\n“We will win,” Delacourt said.'), ['Tobias Delacourt']);
  });
});

describe('people finder: "President" as a title', () => {
  it('"President Obama" is never Michelle Obama, nor "President Clinton" Hillary Clinton (US presidents by date)', () => {
    const body = 'Michelle Obama spoke on Monday. Hillary Clinton spoke too.\n\n'
      + 'President Obama released a statement on Tuesday: “We stand with France.”\n\n“I remember him well,” President Clinton said.';
    const a = article('Test', body);
    assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Obama', 'Clinton']);
    assert.ok(!a.people.find((p) => p.name === 'Michelle Obama')!.mentions.some((m) => m.text.startsWith('President')));
  });
  it('a president of another country is the person the text names', () => {
    assert.ok(people('Test', 'President Emmanuel Macron met the prime minister. “We agree,” President Macron said.').includes('Emmanuel Macron'));
    assert.deepStrictEqual(speakers('Test', 'President Emmanuel Macron met the prime minister. “We agree,” President Macron said.'), ['Emmanuel Macron']);
  });
});
