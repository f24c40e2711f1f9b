import * as assert from 'assert';
import { speakersIn } from '../support/speakers';

/** A cue is found; its speaker must be the right one or nobody (issue 12), on short texts written for the test. */
const DATE = '2016-03-01';
const speakers = (body: string): Array<string | null> => speakersIn(body, DATE);

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
      ['President Obama'],
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
