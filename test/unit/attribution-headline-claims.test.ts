import * as assert from 'assert';
import { analyze } from '../../src/extractor/analyze';
import { speakersIn } from '../support/speakers';

/** A quote that names a claim someone rejects is not the rejecter's words (issue 12), on texts written for the test. */
describe('attribution: rejected claims', () => {
  it('a headline "X rebuts ‘…’ claims" is not X’s; the body’s speaker of the same words gives it', () => {
    const a = analyze(' date 2004-12-15 Lang rebuts ‘charade’ claims\n\nAnn Smith called the late changes to the bill a “charade”. Peter Lang said the changes were fair.');
    assert.deepStrictEqual(a.quotes.map((q) => q.speaker?.name ?? null), ['Ann Smith', 'Ann Smith']);
  });
  it('in the body, "rejected “…” claims" is nobody named', () => {
    assert.deepStrictEqual(speakersIn('Peter Lang rejected “racist” claims made by his rivals.', '2004-12-15'), [null]);
  });
  it('"rejected the plans as “…”" is still the speaker’s own words', () => {
    assert.deepStrictEqual(speakersIn('Peter Lang rejected the plans as “racist”.', '2004-12-15'), ['Peter Lang']);
  });
});
