import * as assert from 'assert';
import { LatestFirst } from '../../src/extractor/latestFirst';
import { NO_ONE_FITS, ON_RECORD, classOf, fittingClasses, only, type ShortFormTitle } from '../../src/extractor/shortFormClasses';
import { ShortFormChoice, type PeopleFacts } from '../../src/extractor/shortFormChoice';
import type { Gender } from '../../src/extractor/types';

const MR: ShortFormTitle = { sex: 'male', judicial: false, noMp: false };
const MRS: ShortFormTitle = { sex: 'female', judicial: false, noMp: false };
const JUDGE: ShortFormTitle = { sex: 'unknown', judicial: true, noMp: true };
const DR: ShortFormTitle = { sex: 'unknown', judicial: false, noMp: false };
const CLLR: ShortFormTitle = { sex: 'unknown', judicial: false, noMp: true };

const occupiedBy = (...classes: number[]): number => classes.reduce((bits, c) => bits | only(c), 0);

describe('fittingClasses', () => {
  const man = classOf(false, 'male', false), woman = classOf(false, 'female', false), someone = classOf(false, 'unknown', false);
  const judge = classOf(true, 'unknown', false), womanMp = classOf(false, 'female', true), manMp = classOf(false, 'male', true);

  it('a title of a sex keeps those known to be of it, else those not known to be of the other', () => {
    assert.strictEqual(fittingClasses(occupiedBy(man, woman, someone), MRS, true) & occupiedBy(man, woman, someone), only(woman));
    assert.strictEqual(fittingClasses(occupiedBy(man, someone), MRS, true) & occupiedBy(man, someone), only(someone));
    assert.strictEqual(fittingClasses(occupiedBy(man, woman), MR, true) & occupiedBy(man, woman), only(man));
  });

  it('a title of the other sex than every MP who fits is someone else; with no one else, the MPs stay', () => {
    assert.strictEqual(fittingClasses(occupiedBy(manMp), MRS, true) & ON_RECORD, 0, 'no MP: a new person');
    assert.notStrictEqual(fittingClasses(occupiedBy(man), MRS, true) & only(man), 0, 'a man not on the record still fits');
  });

  it('sets judges apart from any other title, and finds them by a judge\'s', () => {
    assert.strictEqual(fittingClasses(occupiedBy(judge, someone), DR, true) & only(judge), 0);
    assert.strictEqual(fittingClasses(occupiedBy(judge, someone), JUDGE, true) & occupiedBy(judge, someone), only(judge));
    assert.strictEqual(fittingClasses(occupiedBy(judge), DR, true), NO_ONE_FITS, 'the next list of the name is read');
    assert.notStrictEqual(fittingClasses(occupiedBy(judge), DR, false), NO_ONE_FITS, 'a later list keeps its judges');
  });

  it('a title no MP is written with never finds one; no title finds everyone', () => {
    assert.strictEqual(fittingClasses(occupiedBy(womanMp, someone), CLLR, true) & ON_RECORD, 0);
    const all = occupiedBy(man, woman, judge, womanMp);
    assert.strictEqual(fittingClasses(all, null, true) & all, all);
  });
});

describe('LatestFirst', () => {
  it('gives the latest mention of someone who counts, whatever the order they came in', () => {
    const heap = new LatestFirst<string>();
    for (const [start, who] of [[40, 'ann'], [5, 'bob'], [90, 'cat'], [20, 'ann'], [60, 'bob']] as const) heap.push({ start, who });
    assert.deepStrictEqual(heap.top(() => true), { start: 90, who: 'cat' });
    assert.deepStrictEqual(heap.top((who) => who !== 'cat'), { start: 60, who: 'bob' });
    assert.deepStrictEqual(heap.top((who) => who === 'ann'), { start: 40, who: 'ann' });
    assert.strictEqual(heap.top(() => false), null);
  });
});

describe('ShortFormChoice', () => {
  /** People with a sex and mentions, some of them judges: as entities.ts reads them for one title. */
  function world(people: Record<string, { sex: Gender; at: number[]; judge?: boolean }>, title: ShortFormTitle | null): PeopleFacts<string> {
    return {
      classOf: (who) => classOf(!!title && !!people[who].judge, title && title.sex !== 'unknown' ? people[who].sex : 'unknown', false),
      starts: (who) => people[who].at,
      unnamedMember: () => false, // no one on the record
    };
  }

  it('follows a person who moves class: a new judge is no longer "Dr Barker"', () => {
    const people = { alex: { sex: 'unknown' as Gender, at: [10] }, sam: { sex: 'unknown' as Gender, at: [20], judge: false } };
    const choice = new ShortFormChoice(Object.keys(people), world(people, DR), DR, true, false);
    assert.strictEqual(choice.pick(30, () => false), 'sam');
    people.sam.at.push(30);
    choice.placed('sam', 30);
    people.sam.judge = true;
    choice.moved('sam', 30);
    assert.strictEqual(choice.pick(40, () => false), 'alex', 'the judge is set apart');
  });

  it('sets apart an MP named only later when the short form is described outside Parliament', () => {
    // "Phillips, a caller from Walsall," before Jess Phillips MP is named: not her
    const mp = { at: [100] };
    const facts: PeopleFacts<string> = {
      classOf: () => classOf(false, 'unknown', true),
      starts: () => mp.at,
      unnamedMember: (_, at) => !mp.at.some((x) => x < at),
    };
    const choice = new ShortFormChoice(['jess'], facts, null, true, false);
    assert.strictEqual(choice.pick(50, () => true), null);
    assert.strictEqual(choice.pick(50, () => false), 'jess', 'the MP named next, with no description');
    assert.strictEqual(choice.pick(150, () => true), 'jess', 'named before: whatever follows');
  });

  it('reads the people it holds only once each', () => {
    let asked = 0;
    const people = { ann: { sex: 'female' as Gender, at: [1, 50] }, bea: { sex: 'unknown' as Gender, at: [30] } };
    const facts = world(people, MRS);
    const counted: PeopleFacts<string> = { ...facts, classOf: (who) => (asked++, facts.classOf(who)) };
    const choice = new ShortFormChoice(Object.keys(people), counted, MRS, true, false);
    for (let at = 60; at < 1000; at += 10) assert.strictEqual(choice.pick(at, () => false), 'ann', 'the woman known to be one');
    assert.strictEqual(asked, 2);
  });

  it('a bare surname is the person mentioned first; otherwise the one mentioned last, else the first after', () => {
    const people = { ann: { sex: 'unknown' as Gender, at: [40] }, bob: { sex: 'unknown' as Gender, at: [10, 70] } };
    const bare = new ShortFormChoice(Object.keys(people), world(people, null), null, true, true);
    assert.strictEqual(bare.pick(50, () => false), 'bob');
    const titled = new ShortFormChoice(Object.keys(people), world(people, DR), DR, true, false);
    assert.strictEqual(titled.pick(5, () => false), 'bob', 'no one before: the first after');
    assert.strictEqual(titled.pick(50, () => false), 'ann');
    assert.strictEqual(titled.pick(80, () => false), 'bob');
  });

  it('answers no one for an empty list, and leaves a list of judges to the name\'s next', () => {
    assert.strictEqual(new ShortFormChoice<string>([], world({}, DR), DR, true, false).pick(5, () => false), null);
    const judges = { ames: { sex: 'unknown' as Gender, at: [3], judge: true } };
    assert.strictEqual(new ShortFormChoice(['ames'], world(judges, DR), DR, true, false).pick(5, () => false), undefined);
  });
});
