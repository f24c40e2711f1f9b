// The Outline's passages and the Speakers view's "Named, not quoted" group, on the seed and on texts written for them.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/extractor/analyze';
import { passageDetail, passages } from '../../src/presentation/speakers/passages';
import { namedNotQuoted } from '../../src/presentation/speakers/groups';

const SEED = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/seed-corbyn-quitters.article'), 'utf8');
const seed = analyze(SEED);

describe('presentation: the Outline’s passages', () => {
  it('follows the seed’s speech in text order: Corbyn, Grieve, Corbyn again, Momentum', () => {
    assert.deepStrictEqual(passages(seed, SEED).map((p) => [p.group?.name, passageDetail(p)]), [
      ['Jeremy Corbyn', 'Labour, Islington North · quotes 1–6 of 9'],
      ['Dominic Grieve', 'Conservative, Beaconsfield'],
      ['Jeremy Corbyn', 'Labour, Islington North · quotes 7–9 of 9'],
      ['Momentum', 'organisation'],
    ]);
  });

  it('never overlaps, holds its quotes, and reaches back to a cue that comes first', () => {
    const list = passages(seed, SEED);
    for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].end <= list[i].start, `passage ${i} starts before passage ${i - 1} ends`);
    for (const p of list) for (const q of p.quotes) assert.ok(p.start <= q.open.start && (q.close?.end ?? q.end) <= p.end);
    assert.ok(SEED.slice(list[0].start).startsWith('Corbyn tells Labour quitters'), 'the headline’s quote: from the headline, not the date');
    const grieve = list[1];
    assert.ok(SEED.slice(grieve.start).startsWith('He said he would not'), SEED.slice(grieve.start, grieve.start + 40));
  });

  it('holds the whole sentence of its cue, so a party claim before the name is in the speaker’s passage', () => {
    const text = ' date 2019-02-21 T\n\nLabour MP Dominic Grieve said: “We must stay.” Then he left.\n\n“We must go,” said Jeremy Corbyn, “and soon”.\n';
    assert.deepStrictEqual(passages(analyze(text), text).map((p) => text.slice(p.start, p.end)), [
      'Labour MP Dominic Grieve said: “We must stay.”',
      '“We must go,” said Jeremy Corbyn, “and soon”.',
    ]);
  });

  it('keeps a cue between two speakers’ quotes with its own quote, and unattributed speech as a passage of its own', () => {
    const text = ' date 2019-02-21 T\n\n“We will win,” said Dominic Grieve. A spokesman called it “regrettable”. “They will lose,” said Jeremy Corbyn.\n';
    const list = passages(analyze(text), text);
    assert.deepStrictEqual(list.map((p) => [p.group?.name ?? null, passageDetail(p), text.slice(p.start, p.end)]), [
      ['Dominic Grieve', 'Conservative, Beaconsfield', '“We will win,” said Dominic Grieve.'],
      [null, 'speaker unknown', 'A spokesman called it “regrettable”.'],
      ['Jeremy Corbyn', 'Labour, Islington North', '“They will lose,” said Jeremy Corbyn.'],
    ]);
  });

  it('names one quote of several as “quote n of m”', () => {
    const text = ' date 2019-02-21 T\n\n“One,” said Dominic Grieve. “Two,” said Jeremy Corbyn. “Three,” said Dominic Grieve.\n';
    assert.deepStrictEqual(passages(analyze(text), text).map(passageDetail), ['Conservative, Beaconsfield · quote 1 of 2', 'Labour, Islington North', 'Conservative, Beaconsfield · quote 2 of 2']);
  });
});

describe('presentation: people named, not quoted', () => {
  it('lists the seed’s MPs who are named but not quoted, in order of first mention', () => {
    assert.deepStrictEqual(namedNotQuoted(seed).map((p) => p.name), ['Heidi Allen', 'Chuka Umunna', 'Ann Coffey', 'Angela Smith']);
  });
});
