import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../src/extractor/analyze';
import { gateSieves, traceSieves } from '../../src/extractor/attribution';
import { endsWithTermMarker, isNameLike, mayBeNameLike, mayEndWithTermMarker } from '../../src/extractor/attribution/sieves/terms';

/** Which sieve decided each quote of `text`, and what it found. */
function decided(text: string): Array<[string, string, string | null]> {
  const names: string[] = [];
  traceSieves((_q, sieve) => names.push(sieve));
  try {
    const a = analyze(text, { timeBudgetMs: 1e9 });
    return a.quotes.map((q, i) => [names[i], q.kind, q.speaker?.name ?? null]);
  } finally {
    traceSieves(null);
  }
}

/** The analysis with the sieves a quote lacks the facts for skipped (as always) and with every sieve asked. */
function bothWays(text: string): [string, string] {
  const run = () => {
    const a = analyze(text, { timeBudgetMs: 1e9 });
    a.stats.milliseconds = 0;
    return JSON.stringify(a);
  };
  const gated = run();
  gateSieves(false);
  try {
    return [gated, run()];
  } finally {
    gateSieves(true);
  }
}

describe('attribution: the quote facts that let sift skip sieves', () => {
  // Each gated sieve still decides the quotes it is for (a fact missed would skip it).
  const cases: Array<[string, string, string, string | null]> = [
    ['date 2019-02-21 Corbyn: ‘We Will Win The Vote’\n\nJeremy Corbyn spoke to reporters.', 'headline colon', 'speech', 'Jeremy Corbyn'],
    ['Jeremy Corbyn spoke. The so-called “Winter of Discontent” began.', 'terms', 'term', null],
    ['Jeremy Corbyn spoke. The book is known as “Red Flag Rising”.', 'terms', 'term', null],
    ['Jeremy Corbyn spoke of the “Winter Of Discontent” at length.', 'terms', 'term', null],
    ['Juan “Chico” Manriquez spoke to the crowd.', 'terms', 'term', null],
    ['Lord Falconer rebuts “charade” claims.', 'denied claim', 'speech', null],
    ['Jeremy Corbyn led the “yes” campaign.', 'labelled term', 'term', null],
    ['Ann Smith is a minister.\n\nSMITH: “We will win.”\n\nJONES: “No.”', 'transcript', 'speech', 'Ann Smith'],
    ['The plan was described as “a disgrace” by Jeremy Corbyn.', 'passive agent', 'speech', 'Jeremy Corbyn'],
    ['Theresa May was accused by Jeremy Corbyn of “capitulation” on Tuesday.', 'passive agent', 'speech', 'Jeremy Corbyn'],
    ['The tweet was branded “snobby” on Tuesday.', 'passive, no agent', 'speech', null],
    ['Jeremy Corbyn’s pledge to “stay the course” was cheered.', 'saying noun', 'speech', 'Jeremy Corbyn'],
    ['There were claims from Jeremy Corbyn that the plan was “a shambles”.', 'saying noun from', 'speech', 'Jeremy Corbyn'],
    ['Charles Kennedy spoke. There was a call for him to “pause for thought” from Charles Kennedy.', 'saying noun from', 'speech', 'Charles Kennedy'],
    ['“We will win this election.” — Jeremy Corbyn', 'dash signature', 'speech', 'Jeremy Corbyn'],
    ['David Lammy spoke.\n\n‘Honour of my life’ to be deputy – Lammy\n\nMore followed.', 'line signature', 'speech', 'David Lammy'],
    ['Theresa May spoke. When asked “will you go?”, she said no.', 'question', 'speech', null],
    ['“Will you resign?” Ms May was asked.', 'question', 'speech', null],
    ['Reactions came in.\n\n‘I believe it is a mistake’ John Major; ‘He cannot stay’ Ann Smith\n\nMore followed.', 'name signature', 'speech', 'John Major'],
    ['‘We will win’ Jeremy Corbyn\n\nThe campaign went on.', 'name signature', 'speech', 'Jeremy Corbyn'],
    ['Voters spoke.\n\n“We want change in this town” Ona Pell;\n\nMore.', 'name signature', 'speech', null],
  ];
  for (const [text, sieve, kind, speaker] of cases) {
    it(`${sieve}: ${text.split('\n')[0].slice(0, 60)}`, () => {
      assert.deepStrictEqual(decided(text)[0], [sieve, kind, speaker]);
    });
  }

  it('a quote that runs over paragraphs keeps its speaker in the later paragraph', () => {
    assert.deepStrictEqual(decided('Jeremy Corbyn said: “We will win.\n\n“We will not give up.”')[1], ['paragraph continuation', 'speech', 'Jeremy Corbyn']);
  });

  it('plain reported quotes go past the gated sieves to the sentence cue', () => {
    const text = 'Jeremy Corbyn said that “nobody voted for higher bills”. “This is a matter for the whole House,” Mr Corbyn said. He said it was “the wrong plan” and that the party would ‘fight on’.';
    assert.deepStrictEqual(decided(text).map((d) => d[0]), ['sentence cue', 'sentence cue', 'sentence cue', 'sentence cue']);
  });

  // The words and marks the gated sieves look for, so that random texts reach them often.
  const PIECES = [
    '“', '”', '‘', '’', '"', "'", ' ', ' ', '\t', '\n', '\n\n', '.', ',', ':', ';', '?', '—', '–', ' - ', 'said', 'was', 'as', 'of', 'for',
    'by', 'from', 'asked', 'Asked', 'was asked', 'branded', 'described as', 'called', 'so-called', 'known as', 'claims', 'Claims', 'rejects',
    'vote', 'the', 'a', 'his', 'pledge', 'call', 'Jeremy Corbyn', 'Corbyn’s', 'Mr Corbyn', 'Theresa May', 'SMITH:', 'Q:', 'A:', 'Juan', 'Chico',
    'We Will Win', 'we will win', ' date 2019-02-21 Headline', '\u00a0', 'é', 'Élysée', 'Ona Pell', 'Ona Pell;', 'John Major\n',
  ];
  const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));

  it('skipping changes nothing: every analysis is the same with every sieve asked', () => {
    fc.assert(fc.property(texts, (t) => {
      const [gated, all] = bothWays(t);
      return gated === all;
    }), { numRuns: 400, interruptAfterTimeLimit: 15_000 });
  });

  it('mayBeNameLike holds wherever isNameLike does', () => {
    const words = fc.array(fc.constantFrom('The', 'the', 'of', 'Of', 'OF', 'of.', 'and', 'Winter', 'winter', 'is', 'are,', 'de', '42', 'Élan', 'élan', '?', '.', ' ', '  ', '\t', '\u00a0'), { maxLength: 8 });
    fc.assert(fc.property(words.map((w) => w.join(' ')), (t) => !isNameLike(t) || mayBeNameLike(t)), { numRuns: 3000 });
    assert.strictEqual(mayBeNameLike('nobody voted for higher bills'), false);
    assert.strictEqual(mayBeNameLike('This is a matter for the whole House.'), false);
    assert.strictEqual(mayBeNameLike('Winter of Discontent'), true);
  });

  it('mayEndWithTermMarker holds wherever endsWithTermMarker does, and not after "was"', () => {
    const ends = fc.array(fc.constantFrom('so-called', 'so called', 'known as', 'branded as', 'was', 'as', 'the book', 'A Book', 'reading:', 'entitled', ' ', '\n', 'x'), { maxLength: 6 });
    fc.assert(fc.property(ends.map((w) => w.join(' ')), (t) => !endsWithTermMarker(t) || mayEndWithTermMarker(t, t.length)), { numRuns: 3000 });
    assert.strictEqual(mayEndWithTermMarker('He said it was ', 15), false);
    assert.strictEqual(mayEndWithTermMarker('the party known as ', 19), true);
  });
});
