import * as assert from 'assert';
import { speakersIn } from '../support/speakers';

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
