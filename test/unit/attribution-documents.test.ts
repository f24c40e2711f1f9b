import * as assert from 'assert';
import { speakersIn } from '../support/speakers';

/** Documents have authors (issue 12, item 3), on texts written for the test. */
const speakers = (body: string, date = '2005-02-01'): Array<string | null> => speakersIn(body, date);

describe('attribution: documents and their authors', () => {
  it('"X said in a statement. It added: “…”" is X’s: the "it" that goes on is the document X spoke in', () => {
    for (const where of ['said in a statement', 'wrote in the affidavit', 'wrote in a letter to the board']) {
      assert.deepStrictEqual(
        speakers(`Police filed a report on Monday.\n\n“The man grabbed her arm with his right hand,” Officer Mark Dale ${where}. ` +
          'It added: “Probable cause exists to charge the man with one count of battery.”'),
        ['Mark Dale', 'Mark Dale'], where);
    }
  });
  it('"new guidelines say" is the author named later ("the leaflet, published jointly by X and Y")', () => {
    assert.deepStrictEqual(
      speakers('Drivers who stop to help are safe if they act “calmly and promptly”, new guidelines say. ' +
        'The leaflet, published jointly by the Road Safety Agency (RSA) and the Association of Rescue Services (ARS), is out today.'),
      ['Road Safety Agency and Association of Rescue Services'],
    );
  });
  it('the document after its verb carries its author: "…, said the leaflet published by X"', () => {
    assert.deepStrictEqual(
      speakers('Cyclists need “bright clothing at dusk”, said the leaflet published by the Road Safety Agency.'),
      ['Road Safety Agency'],
    );
  });
  it('a lower-case committee is named as the body calls itself: "a report by the Commons health committee"', () => {
    assert.deepStrictEqual(
      speakers('A report by the Commons health committee was published on Monday. The report says the service is “close to collapse”.'),
      ['Health Committee'],
    );
  });
  it('"it said" after an authored document is the author’s; "he said" is nobody named', () => {
    assert.deepStrictEqual(
      speakers('The guidance, issued by the Electoral Commission, says counts must be “open to observers”. Staff must be trained “as soon as possible”, it said.'),
      ['Electoral Commission', 'Electoral Commission'],
    );
    assert.deepStrictEqual(
      speakers('Peter Lang spoke first. The report says counts must be “open to observers”. Staff must be trained “as soon as possible”, he said.'),
      [null, null],
    );
  });
  it('"the report says" with no author named, or with two, is nobody’s', () => {
    assert.deepStrictEqual(speakers('The report says the scheme is “a costly failure”.'), [null]);
    assert.deepStrictEqual(
      speakers('A report by the Audit Office came out in May. A second report by the Fiscal Council followed. The report says the scheme is “a costly failure”.'),
      [null],
    );
  });
  it('a person’s letter or statement is theirs', () => {
    assert.deepStrictEqual(
      speakers('In his resignation letter, Peter Lang wrote: “I can no longer serve in this government.” Ann Smith said in a statement: “He leaves with our thanks.”'),
      ['Peter Lang', 'Ann Smith'],
    );
  });
  it('a committee named in lower case after its House is referred to again: "The committee…. It warned"', () => {
    assert.deepStrictEqual(
      speakers('The Commons transport committee met on Monday. The committee heard from 40 witnesses. It warned the railway was “close to breaking point”. ' +
        'The committee said the regulator should act. It blamed managers for “years of neglect”.'),
      ['Transport Committee', 'Transport Committee'],
    );
  });
  it('"the report urged" is its author’s', () => {
    assert.deepStrictEqual(
      speakers('A report by the Commons health committee came out on Monday. The report urged ministers to adopt a “fallback plan”.'),
      ['Health Committee'],
    );
  });
  it('"it" after a committee named twice over (two bodies) is nobody’s', () => {
    assert.deepStrictEqual(
      speakers('The Commons transport committee and the Commons health committee met. The committee heard from 40 witnesses. It warned of “breaking point”.'),
      [null],
    );
  });
});

describe('attribution: court papers are their filer’s', () => {
  it('"according to court documents filed by X", "said the lawsuit, filed by X": X', () => {
    assert.deepStrictEqual(speakers('Dana Whitcombe sued the city. “The city failed her,” according to court documents filed by Dana Whitcombe.'), ['Dana Whitcombe']);
    assert.deepStrictEqual(speakers('Dana Whitcombe sued the city. “The city failed her,” said the lawsuit, filed by Dana Whitcombe.'), ['Dana Whitcombe']);
    assert.deepStrictEqual(speakers('The Harbour Trust sued the city. “The city failed,” according to a court filing by the Harbour Trust.'), ['Harbour Trust']);
  });
  it('"filed by state attorney X": the words before the name describe the filer; "filed by lawyers for X" is the unnamed lawyers’', () => {
    assert.deepStrictEqual(speakers('Mark Lang was charged in May. “The evidence cannot prove the crime,” according to a court document filed by state attorney Dana Whitcombe.'), ['Dana Whitcombe']);
    assert.deepStrictEqual(speakers('Mark Lang was charged in May. “The evidence is thin,” according to a court document filed by lawyers for Dana Whitcombe.'), [null]);
  });
  it('"filed by Ms X’s lawyers" is the lawyers’, whom nobody names; "according to the report" with no author is nobody’s', () => {
    assert.deepStrictEqual(speakers('Lawyers for Dana Whitcombe went to court. “The claims are baseless,” said a court document filed by Ms Whitcombe’s lawyers.'), [null]);
    assert.deepStrictEqual(speakers('Dana Whitcombe sued the city. “The city failed,” according to the report.'), [null]);
  });
  it('"said her survey" is no document cue of its own: the reported words’ speaker is unchanged', () => {
    assert.deepStrictEqual(
      speakers('Mr. Lang lost support after the debate. Another pollster, Dana Whitcombe of Clemson University, said her survey of voters showed Mr. Lang holding steady. “Go figure,” she said in an email.'),
      ['Dana Whitcombe'],
    );
  });
});
