// What the hover card says of an MP's membership around the article's date: worded from the data's
// own terms, and true to them (a lost whip is not "leaving", a rename is not a move).
import * as assert from 'assert';
import type { MpInfo, MpTerm } from '../../src/extractor/types';
import { changesAround, describeChangeAcross, describeTermChange, dissolvedLines, officesHeld, partyOnDate, partyVerifiedOnlyUpTo, relativeToArticle, sittingSince } from '../../src/presentation/hoverCards/membership';

const term = (start: string, end: string | null, party: string, constituency = 'Streatham', partyAsOf?: string): MpTerm =>
  ({ start, end, party, constituency, ...(partyAsOf ? { partyAsOf } : {}) });

function mp(t: MpTerm, previous: MpTerm | null = null, next: MpTerm | null = null, offices: MpInfo['offices'] = []): MpInfo {
  return { personId: 'x', name: 'X', party: t.party, constituency: t.constituency, term: t, previous, next, offices, asOf: '2019-02-21', sittingSince: t.start, sinceRecordsStart: false };
}

describe('presentation: membership wording on hover cards', () => {
  it('dates leaving a party by the new term (the old one ends the day before)', () => {
    const text = describeTermChange(term('2010-05-06', '2019-02-17', 'Labour'), term('2019-02-18', '2019-04-14', 'The Independent Group'), 'to');
    assert.strictEqual(text, 'Left Labour on 18 Feb 2019 — The Independent Group since 18 Feb 2019');
  });

  it('says "from" for a term after the article', () => {
    const text = describeTermChange(term('2017-06-08', '2019-08-13', 'Conservative'), term('2019-08-14', null, 'Liberal Democrat'), 'from');
    assert.strictEqual(text, 'Left Conservative on 14 Aug 2019 — Liberal Democrat from 14 Aug 2019');
  });

  it('does not call losing the whip leaving: to or from Independent is "until … — since"', () => {
    assert.strictEqual(
      describeTermChange(term('1997-05-01', '2019-09-03', 'Conservative', 'Beaconsfield'), term('2019-09-04', '2019-11-06', 'Independent', 'Beaconsfield'), 'from'),
      'Conservative until 3 Sep 2019 — Independent from 4 Sep 2019');
    assert.strictEqual(
      describeTermChange(term('2019-09-04', '2019-10-28', 'Independent'), term('2019-10-29', null, 'Conservative'), 'to'),
      'Independent until 28 Oct 2019 — Conservative since 29 Oct 2019');
    assert.strictEqual(
      describeTermChange(term('2010-05-06', '2016-01-01', 'Labour'), term('2016-01-02', null, 'Independent Labour'), 'to'),
      'Labour until 1 Jan 2016 — Independent Labour since 2 Jan 2016');
  });

  it('calls a new name of the same group a rename', () => {
    assert.strictEqual(
      describeTermChange(term('2019-02-18', '2019-04-14', 'The Independent Group'), term('2019-04-15', '2019-06-03', 'Change UK – The Independent Group'), 'from'),
      'The Independent Group became Change UK – The Independent Group on 15 Apr 2019');
  });

  it('is neutral across a gap (an election) and for the Speaker’s chair', () => {
    assert.strictEqual(
      describeTermChange(term('2015-05-07', '2017-05-03', 'Labour'), term('2017-06-08', null, 'Liberal Democrat'), 'to'),
      'Labour until 3 May 2017 — Liberal Democrat since 8 Jun 2017');
    assert.strictEqual(
      describeTermChange(term('1997-05-01', '2009-06-21', 'Conservative', 'Buckingham'), term('2009-06-22', null, 'Speaker', 'Buckingham'), 'to'),
      'Conservative until 21 Jun 2009 — Speaker since 22 Jun 2009');
  });

  it('reports a new seat, alone or with a new party', () => {
    assert.strictEqual(describeTermChange(term('2010-05-06', '2024-05-30', 'Labour', 'A'), term('2024-05-31', null, 'Labour', 'B'), 'to'),
      'MP for A until 30 May 2024 — for B since 31 May 2024');
    assert.strictEqual(describeTermChange(term('2010-05-06', '2019-02-17', 'Labour', 'A'), term('2019-02-18', null, 'Green Party', 'B'), 'to'),
      'Left Labour on 18 Feb 2019 — Green Party since 18 Feb 2019 (seat: A until 17 Feb 2019, B since 18 Feb 2019)');
  });

  it('says nothing when neither party nor seat changed ("Labour (Co-op)" is Labour)', () => {
    assert.strictEqual(describeTermChange(term('2010-05-06', '2015-03-30', 'Labour'), term('2015-03-31', null, 'Labour (Co-op)'), 'to'), null);
  });

  it('counts days to the article', () => {
    assert.strictEqual(relativeToArticle(-3), '3 days before this article');
    assert.strictEqual(relativeToArticle(-1), 'the day before this article');
    assert.strictEqual(relativeToArticle(0), 'on the day of this article');
    assert.strictEqual(relativeToArticle(53), '53 days after this article');
  });

  it('gives the change before the date (with days) and the next one ("Later:")', () => {
    const info = mp(term('2019-02-18', '2019-04-14', 'The Independent Group'), term('2010-05-06', '2019-02-17', 'Labour'),
      term('2019-04-15', '2019-06-03', 'Change UK – The Independent Group'));
    assert.deepStrictEqual(changesAround(info, '2019-02-21'), [
      'Left Labour on 18 Feb 2019 — The Independent Group since 18 Feb 2019 (3 days before this article)',
      'Later: The Independent Group became Change UK – The Independent Group on 15 Apr 2019 (53 days after this article)',
    ]);
  });

  it('leaves out "N days" for changes more than a year away', () => {
    const info = mp(term('1997-05-01', '2020-10-28', 'Labour', 'Islington North'), null, term('2020-10-29', null, 'Independent', 'Islington North'));
    assert.deepStrictEqual(changesAround(info, '2019-02-21'), ['Later: Labour until 28 Oct 2020 — Independent from 29 Oct 2020']);
  });

  it('gives a later change only within the Parliament of the date, or at the election that ends it', () => {
    const D1992 = { dissolved: '1992-03-16', pollingDay: '1992-04-09' };
    const long = mp(term('1983-06-09', '2020-10-28', 'Labour', 'Islington North'), null, term('2020-10-29', null, 'Independent', 'Islington North'));
    assert.deepStrictEqual(changesAround({ ...long, parliamentEnds: D1992 }, '1990-01-01'), [], 'a 1990 card says nothing of 2020');
    assert.deepStrictEqual(changesAround({ ...long, parliamentEnds: { dissolved: '2024-05-30', pollingDay: '2024-07-04' } }, '2020-06-01'),
      ['Later: Labour until 28 Oct 2020 — Independent from 29 Oct 2020 (150 days after this article)']);
    const across = { ...mp(term('1987-06-11', '1992-03-15', 'Labour', 'A'), null, term('1992-04-09', null, 'Labour', 'B')), nextAcross: D1992, parliamentEnds: D1992 };
    assert.deepStrictEqual(changesAround(across, '1990-01-01'), ['Later: MP for A until the dissolution on 16 Mar 1992 — re-elected for B on 9 Apr 1992'],
      'the election that ends the Parliament is part of its story');
  });

  it('lists offices with their start, and the party verification date only when it is before the article', () => {
    const info = mp(term('1997-05-01', null, 'Labour', 'Islington North', '2021-04-04'), null, null,
      [{ role: 'Leader of the Opposition', start: '2015-09-12', end: '2020-04-04' }]);
    assert.deepStrictEqual(officesHeld(info), ['Leader of the Opposition (since 12 Sep 2015)']);
    assert.strictEqual(partyVerifiedOnlyUpTo(info, '2023-01-01'), '2021-04-04');
    assert.strictEqual(partyVerifiedOnlyUpTo(info, '2019-02-21'), null);
  });

  const D2024 = { dissolved: '2024-05-30', pollingDay: '2024-07-04' };

  it('does not call a re-election a party change, and words a real one as a re-election', () => {
    assert.strictEqual(describeChangeAcross(term('2019-12-13', '2024-05-30', 'Conservative', 'Dover'), term('2024-07-05', null, 'Conservative', 'Dover'), D2024), null);
    assert.strictEqual(describeChangeAcross(term('2019-12-13', '2024-05-30', 'Independent', 'A'), term('2024-07-05', null, 'Labour', 'A'), D2024),
      'Independent until the dissolution on 30 May 2024 — re-elected as Labour on 4 Jul 2024');
    assert.strictEqual(describeChangeAcross(term('2019-12-13', '2024-05-30', 'Labour', 'A'), term('2024-07-05', null, 'Labour', 'B'), D2024),
      'MP for A until the dissolution on 30 May 2024 — re-elected for B on 4 Jul 2024');
    const info = { ...mp(term('2019-12-13', '2024-05-30', 'Conservative', 'Dover'), null, term('2024-07-05', null, 'Conservative', 'Dover')), nextAcross: D2024 };
    assert.deepStrictEqual(changesAround(info, '2023-01-01'), [], 'no invented "Later: … until 30 May 2024 — … from 5 Jul 2024"');
  });

  it('says "since before May 1979" for a term that starts with the records, and the party "as of" its verified date', () => {
    assert.strictEqual(sittingSince({ ...mp(term('1979-05-03', null, 'Labour')), sittingSince: '1979-05-03', sinceRecordsStart: true }), 'MP since before May 1979 (start of the records)');
    assert.strictEqual(sittingSince({ ...mp(term('1983-06-09', null, 'Labour')), sittingSince: '1983-06-09' }), 'MP since 9 Jun 1983');
    const open = mp(term('2024-07-05', null, 'Labour', 'X', '2026-06-27'));
    assert.strictEqual(partyOnDate(open, '2026-07-01'), 'Labour (as of 27 Jun 2026)');
    assert.strictEqual(partyOnDate(open, '2026-06-01'), 'Labour');
  });

  it('words a day of dissolution as known on the article’s date: standing again, the result as later', () => {
    const before = term('1979-05-03', '2001-05-13', 'Labour', 'Kingston upon Hull East');
    assert.deepStrictEqual(dissolvedLines({ dissolved: '2001-05-14', pollingDay: '2001-06-07', before, after: term('2001-06-07', null, 'Labour', 'Kingston upon Hull East') }, '2001-05-17'), [
      'Not an MP on 17 May 2001: Parliament was dissolved on 14 May 2001, polling day 7 Jun 2001 (21 days after this article).',
      'MP for Kingston upon Hull East (Labour) until the dissolution on 14 May 2001; standing again.',
      'Later: re-elected on 7 Jun 2001.',
    ]);
    assert.deepStrictEqual(dissolvedLines({ dissolved: '2001-05-14', pollingDay: '2001-06-07', before, after: null }, '2001-05-17').slice(1), [
      'MP for Kingston upon Hull East (Labour) until the dissolution on 14 May 2001.',
      'Later: not an MP after the election of 7 Jun 2001.',
    ], 'not returned: whether they stood is not in the data, so no "standing again"');
    assert.deepStrictEqual(dissolvedLines({ dissolved: '2001-05-14', pollingDay: '2001-06-07', before, after: term('2001-06-07', null, 'Labour', 'Hull') }, '2001-05-17').slice(1), [
      'MP for Kingston upon Hull East (Labour) until the dissolution on 14 May 2001; standing again.',
      'Later: re-elected for Hull on 7 Jun 2001.',
    ]);
    const dayOf = dissolvedLines({ dissolved: '2001-05-14', pollingDay: '2001-06-07', before, after: null }, '2001-06-06');
    assert.strictEqual(dayOf[0], 'Not an MP on 6 Jun 2001: Parliament was dissolved on 14 May 2001, polling day 7 Jun 2001 (the day after this article).');
  });
});
