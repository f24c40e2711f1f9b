import * as assert from 'assert';
import { KbData, KnowledgeBase, normalizeName, samePartyName, canonicalParty } from '../../src/extractor/kb/knowledgeBase';
import { officeQuery } from '../../src/extractor/kb/offices';
import { nameTokens } from '../../src/extractor/kb/names';
import { decodePersonNames, encodePersonNames, personNames } from '../../src/extractor/kb/personNames';
import { encodeRows, roleRows, termRows } from '../../src/extractor/kb/compact';
import { seatKey, seatTables, storedSeatKeys } from '../../src/extractor/kb/seats';
import { officeTable } from '../../src/extractor/kb/officeIndex';
import { NameIndex } from '../../src/extractor/kb/nameIndex';
import { encodeSortedTable, lookUpSorted } from '../../src/extractor/kb/sortedTable';
import type { KbPerson, KbPersonRow, KbRoleRow, KbTermRow } from '../../src/extractor/kb/compact';
import bundledJson from '../../src/extractor/kb/data/mps.compact.json';

/** The compact file as its JSON gives it (the people as an array of rows). */
type JsonData = KbData & { people: KbPersonRow[] };

const kb = KnowledgeBase.bundled();
const D = '2019-02-21';

/** The one person of this full name (fails when the name is unknown or shared). */
function one(name: string) {
  const found = kb.byFullName(name);
  assert.strictEqual(found.length, 1, `${name}: ${found.map((p) => `${p.name} ${p.id}`).join(', ')}`);
  return found[0];
}
const names = (people: ReadonlyArray<{ name: string }>) => people.map((p) => p.name).sort();
const role = (phrase: string, date: string) => names(kb.resolveRole(phrase, date));

describe('MP knowledge base: names', () => {
  it('normalises case, accents, apostrophes, hyphens, honorifics, post-nominals and possessives', () => {
    assert.strictEqual(normalizeName('Dr Thérèse  Coffey'), 'therese coffey');
    assert.strictEqual(normalizeName('The Rt Hon Sir Keir Starmer'), 'keir starmer');
    assert.strictEqual(normalizeName('Rt. Hon. Dame Margaret Hodge MP'), 'margaret hodge');
    assert.strictEqual(normalizeName('O’Brien’s'), "o'brien");
    assert.strictEqual(normalizeName("Jess Phillips'"), 'jess phillips');
    assert.strictEqual(normalizeName('Jacob Rees-Mogg'), normalizeName('Jacob Rees Mogg'));
    assert.strictEqual(normalizeName('Lady Hermon'), 'hermon');
    assert.deepStrictEqual(nameTokens('Mr Rees-Mogg’s'), ['rees-mogg']);
  });

  it('finds people by any written form of their name', () => {
    for (const written of ['Therese Coffey', 'Dr Thérèse Coffey', 'THÉRÈSE COFFEY', "Thérèse Coffey's"]) {
      assert.deepStrictEqual(names(kb.byFullName(written)), ['Thérèse Coffey'], written);
    }
    assert.deepStrictEqual(names(kb.byFullName('Sir Iain Duncan-Smith')), ['Iain Duncan Smith']);
    assert.deepStrictEqual(names(kb.byFullName('Jacob Rees Mogg')), ['Jacob Rees-Mogg']);
    assert.deepStrictEqual(names(kb.byFullName('Rebecca Long Bailey')), ['Rebecca Long-Bailey']);
    assert.deepStrictEqual(names(kb.byFullName('The Rt Hon Theresa May MP')), ['Theresa May']);
    assert.deepStrictEqual(names(kb.byFullName('Elizabeth Truss')), ['Liz Truss'], 'an alias');
    assert.deepStrictEqual(kb.byFullName('Nobody Atall'), []);
  });

  it('finds surnames that are several words or hyphenated, written either way', () => {
    assert.deepStrictEqual(names(kb.bySurname('Duncan Smith')), ['Iain Duncan Smith']);
    assert.deepStrictEqual(names(kb.bySurname('Rees-Mogg')), ['Jacob Rees-Mogg']);
    assert.deepStrictEqual(names(kb.bySurname('Rees Mogg')), ['Jacob Rees-Mogg']);
    assert.deepStrictEqual(names(kb.bySurname('Long Bailey')), ['Rebecca Long-Bailey']);
    assert.deepStrictEqual(names(kb.bySurname('long-bailey')), ['Rebecca Long-Bailey']);
  });

  it('does not give a part of a surname, or the last word of a longer one', () => {
    assert.ok(!kb.bySurname('Smith').some((p) => p.name === 'Iain Duncan Smith'), 'Smith is not Duncan Smith');
    assert.ok(!kb.bySurname('Bailey').some((p) => p.name === 'Rebecca Long-Bailey'));
    assert.deepStrictEqual(kb.bySurname('Mogg'), []);
    assert.deepStrictEqual(kb.bySurname('Ellen'), [], 'not from "Lord Robertson of Port Ellen"');
    for (const place of ['Liverpool', 'Cardiff', 'Manchester', 'Guildford', 'Bank', 'Salisbury']) {
      assert.deepStrictEqual(kb.bySurname(place), [], `not from a peerage written without its title ("Alton of Liverpool"): ${place}`);
    }
    assert.ok(kb.bySurname('Alton').some((p) => p.name === 'David Alton'));
  });

  it('takes real other surnames from aliases, but not Hansard misspellings', () => {
    assert.ok(kb.bySurname('Fernandes').some((p) => p.name === 'Suella Braverman'), 'maiden name');
    assert.ok(kb.bySurname('Bagshawe').some((p) => p.name === 'Louise Mensch'));
    assert.ok(!kb.bySurname('Deben').some((p) => p.name === 'John Gummer'), 'a peerage title is not a Commons surname');
    assert.ok(!kb.bySurname('Stratford').some((p) => p.name === 'Tony Banks'), '"Lord Stratford" is a place, not Tony Banks');
    assert.ok(!kb.bySurname('Brown').some((p) => p.name === 'Des Browne'), 'alias "Desmond Brown" is a misspelling');
    assert.ok(!kb.bySurname('Morgan').some((p) => p.name === 'Margaret Moran'));
    assert.ok(!kb.bySurname('Bryne').length, 'alias "Liam Bryne"');
  });

  it('finds both Eagle twins, sitting Labour MPs in 2019', () => {
    const eagles = kb.bySurname('Eagle').filter((p) => kb.isSitting(p, D));
    assert.deepStrictEqual(names(eagles), ['Angela Eagle', 'Maria Eagle']);
    for (const p of eagles) assert.strictEqual(canonicalParty(kb.termOn(p, D)!.party), 'labour');
  });

  it('knows given names and the forms aliases give them', () => {
    assert.ok(kb.byGiven('Jeremy').some((p) => p.name === 'Jeremy Corbyn'));
    assert.ok(kb.byGiven('Edward').some((p) => p.name === 'Ed Miliband'));
    assert.ok(!kb.byGiven('Viscount').length);
  });

  it('lists names by their first word for the scanner, longest first, hyphenated both ways', () => {
    const iain = kb.namesStartingWith('iain').map((e) => e.tokens.join(' '));
    assert.ok(iain.includes('iain duncan smith'));
    const rebecca = kb.namesStartingWith('rebecca').map((e) => e.tokens.join(' '));
    assert.ok(rebecca.includes('rebecca long-bailey') && rebecca.includes('rebecca long bailey'));
    const lengths = kb.namesStartingWith('john').map((e) => e.tokens.length);
    assert.deepStrictEqual(lengths, [...lengths].sort((a, b) => b - a));
    assert.deepStrictEqual(kb.namesStartingWith('zzzz'), []);
    assert.strictEqual(kb.namesStartingWith('Iain').length, 0, 'the caller passes normalised words');
  });

  it('hands out frozen arrays, so no caller can corrupt the index', () => {
    assert.throws(() => (kb.bySurname('Eagle') as unknown[]).push(null));
    assert.strictEqual(kb.bySurname('Eagle').length, 2);
  });
});

describe('MP knowledge base: membership by date', () => {
  it('tells apart two MPs of the same name by date', () => {
    const smiths = kb.byFullName('Angela Smith');
    assert.strictEqual(smiths.length, 2);
    const sitting = smiths.filter((p) => kb.isSitting(p, D));
    assert.strictEqual(sitting.length, 1);
    assert.strictEqual(kb.termOn(sitting[0], D)!.constituency, 'Penistone and Stocksbridge');
    const basildon = smiths.find((p) => p !== sitting[0])!;
    assert.strictEqual(kb.termOn(basildon, '2005-01-12')!.constituency, 'Basildon');
  });

  it('shows Chuka Umunna in The Independent Group on 2019-02-21, the Labour term touching it', () => {
    const info = kb.mpInfo(one('Chuka Umunna'), D)!;
    assert.strictEqual(info.party, 'The Independent Group');
    assert.strictEqual(info.constituency, 'Streatham');
    assert.strictEqual(info.term.start, '2019-02-18');
    assert.strictEqual(info.previous!.party, 'Labour');
    assert.strictEqual(info.previous!.end, '2019-02-17');
    assert.strictEqual(info.next!.party, 'Change UK – The Independent Group');
    assert.strictEqual(info.asOf, D);
    assert.strictEqual(info.personId, one('Chuka Umunna').id);
  });

  it('shows Heidi Allen in The Independent Group on 2019-02-21, a Conservative the day before she left', () => {
    const allen = one('Heidi Allen');
    assert.strictEqual(kb.mpInfo(allen, D)!.party, 'The Independent Group');
    assert.strictEqual(kb.mpInfo(allen, '2019-02-19')!.party, 'Conservative');
  });

  it('shows Dominic Grieve a Conservative for Beaconsfield, once Attorney General', () => {
    const grieve = one('Dominic Grieve');
    const info = kb.mpInfo(grieve, D)!;
    assert.strictEqual(info.party, 'Conservative');
    assert.strictEqual(info.constituency, 'Beaconsfield');
    assert.deepStrictEqual(info.offices, [], 'a backbencher on that day');
    const ag = kb.officesEver(grieve.id).find((o) => o.role === 'Attorney General');
    assert.deepStrictEqual(ag && [ag.start, ag.end], ['2010-05-12', '2014-07-15']);
    assert.ok(kb.offices(grieve.id, '2012-01-01').some((o) => o.role === 'Attorney General'));
  });

  it('knows nothing before the data starts, and says where it starts', () => {
    const corbyn = one('Jeremy Corbyn');
    assert.strictEqual(kb.isSitting(corbyn, '1978-01-01'), false);
    assert.strictEqual(kb.mpInfo(corbyn, '1978-01-01'), null);
    assert.ok('1978-01-01' < kb.coverage.from, 'the caller can tell "no data" from "not an MP"');
    assert.strictEqual(kb.coverage.from, '1979-05-03');
    assert.strictEqual(kb.coverage.partyVerifiedTo, '2026-06-27');
    assert.ok(kb.coverage.partyVerifiedTo < kb.coverage.to);
  });

  it('knows the members of 1979-1997, and when a term began with the records', () => {
    const corbyn = kb.mpInfo(one('Jeremy Corbyn'), '1990-01-01')!;
    assert.strictEqual(corbyn.constituency, 'Islington North');
    assert.strictEqual(corbyn.sittingSince, '1983-06-09');
    assert.strictEqual(corbyn.sinceRecordsStart, false);
    const skinner = kb.mpInfo(one('Dennis Skinner'), '1985-01-01')!;
    assert.strictEqual(skinner.sittingSince, '1979-05-03');
    assert.strictEqual(skinner.sinceRecordsStart, true, 'sat before May 1979: not elected on the first day of the records');
  });

  it('has nobody sitting while Parliament is dissolved, and says so', () => {
    const prescott = one('John Prescott');
    assert.strictEqual(kb.mpInfo(prescott, '2001-05-13')!.constituency, 'Kingston upon Hull East');
    assert.strictEqual(kb.mpInfo(prescott, '2001-05-17'), null, 'a candidate during the 2001 campaign');
    assert.strictEqual(kb.mpInfo(prescott, '2001-06-08')!.constituency, 'Kingston upon Hull East');
    const gone = kb.dissolvedMembership(prescott, '2001-05-17')!;
    assert.deepStrictEqual([gone.dissolved, gone.pollingDay, gone.before.end, gone.after?.start], ['2001-05-14', '2001-06-07', '2001-05-13', '2001-06-07']);
    assert.strictEqual(kb.dissolvedMembership(one('Tony Blair'), '2010-06-01'), null, 'not dissolved');
    assert.strictEqual(kb.dissolvedMembership(one('Tony Blair'), '2010-04-20'), null, 'left the Commons in 2007: nothing ran to the 2010 dissolution');
  });

  it('has no membership for a member who has left, but has it for their time', () => {
    const blair = one('Tony Blair');
    assert.strictEqual(kb.mpInfo(blair, D), null);
    assert.strictEqual(kb.mpInfo(blair, '2005-01-12')!.constituency, 'Sedgefield');
    assert.ok(kb.mpInfo(blair, '2005-01-12')!.offices.some((o) => o.role === 'Prime Minister'));
  });

  it('gives Gordon Brown the seat of 2005: Dunfermline East', () => {
    assert.strictEqual(kb.mpInfo(one('Gordon Brown'), '2005-01-12')!.constituency, 'Dunfermline East');
    assert.strictEqual(kb.mpInfo(one('Gordon Brown'), '2008-01-01')!.constituency, 'Kirkcaldy and Cowdenbeath');
  });

  it('counts a term\'s first and last day, and marks what the data cannot vouch for', () => {
    const umunna = one('Chuka Umunna');
    assert.strictEqual(kb.termOn(umunna, '2019-02-17')!.party, 'Labour');
    assert.strictEqual(kb.termOn(umunna, '2019-02-18')!.party, 'The Independent Group');
    const starmer = kb.mpInfo(one('Keir Starmer'), '2025-01-01')!;
    assert.strictEqual(starmer.term.partyAsOf, '2026-06-27');
  });

  it('keeps a deputy speaker in her party and records the office', () => {
    const info = kb.mpInfo(one('Sylvia Heal'), '2005-03-16')!;
    assert.strictEqual(info.party, 'Labour');
    assert.ok(info.offices.some((o) => o.role === 'Deputy Speaker'));
  });

  it('applies the curated whip suspensions and defections (from their day, not the record\'s later one)', () => {
    assert.strictEqual(kb.mpInfo(one('Chris Pincher'), '2022-06-30')!.party, 'Conservative');
    assert.strictEqual(kb.mpInfo(one('Chris Pincher'), '2022-07-07')!.party, 'Independent');
    assert.strictEqual(kb.mpInfo(one('David Warburton'), '2022-04-02')!.party, 'Independent');
    assert.strictEqual(kb.mpInfo(one('Neil Parish'), '2022-04-30')!.party, 'Independent');
    assert.strictEqual(kb.mpInfo(one('Quentin Davies'), '2007-06-26')!.party, 'Labour');
    assert.strictEqual(kb.mpInfo(one('Nadine Dorries'), '2013-01-01')!.party, 'Independent');
    assert.strictEqual(kb.mpInfo(one('Nadine Dorries'), '2013-05-08')!.party, 'Conservative');
  });

  it('does not show an office past the date its record was last known open', () => {
    const patel = one('Priti Patel');
    assert.ok(kb.offices(patel.id, '2020-06-01').some((o) => o.role === 'Secretary of State for the Home Department'));
    const home = kb.officesEver(patel.id).find((o) => o.role === 'Secretary of State for the Home Department')!;
    assert.strictEqual(home.end, '2022-09-06', 'closed by the IfG Ministers Database');
    const thornberry = kb.officesEver(one('Emily Thornberry').id).filter((o) => o.asOf === '2020-10-01');
    assert.ok(thornberry.length > 0, 'a shadow post data.parliament last saw open in 2020-10');
    for (const o of thornberry) assert.ok(!kb.offices(one('Emily Thornberry').id, '2023-01-01').includes(o));
  });
});

describe('MP knowledge base: offices and role nouns', () => {
  it('resolves the role nouns of the seed article\'s date', () => {
    assert.deepStrictEqual(role('the Labour leader', D), ['Jeremy Corbyn']);
    assert.deepStrictEqual(role('the prime minister', D), ['Theresa May']);
    assert.deepStrictEqual(role('the Tory leader', D), ['Theresa May']);
    assert.deepStrictEqual(role('the leader of the opposition', D), ['Jeremy Corbyn']);
    assert.deepStrictEqual(role('the chancellor', D), ['Philip Hammond']);
    assert.deepStrictEqual(role('the home secretary', D), ['Sajid Javid']);
    assert.deepStrictEqual(role('the foreign secretary', D), ['Jeremy Hunt']);
    assert.deepStrictEqual(role('the health secretary', D), ['Matthew Hancock']);
    assert.deepStrictEqual(role('the Brexit secretary', D), ['Steve Barclay']);
    assert.deepStrictEqual(role('the attorney general', D), ['Geoffrey Cox']);
    assert.deepStrictEqual(role('the Speaker', D), ['John Bercow']);
    assert.deepStrictEqual(role('the shadow chancellor', D), ['John McDonnell']);
    assert.deepStrictEqual(role('the Lib Dem leader', D), ['Vince Cable']);
    assert.deepStrictEqual(role('the shadow Brexit secretary', D), ['Keir Starmer']);
    assert.deepStrictEqual(role('the justice secretary', D), ['David Gauke']);
    assert.deepStrictEqual(role("Labour's deputy leader", D), ['Tom Watson']);
    assert.deepStrictEqual(role("the SNP's Westminster leader", D), ['Ian Blackford']);
    assert.deepStrictEqual(role('the secretary of state for the home department', D), ['Sajid Javid']);
  });

  it('resolves "the former X" to those who held X before the date and not on it', () => {
    const ags = role('the former attorney general', D);
    assert.ok(ags.includes('Dominic Grieve'));
    assert.ok(!ags.includes('Geoffrey Cox'), 'holds it on the date');
    assert.ok(!role('the former attorney general', '2012-01-01').includes('Dominic Grieve'));
    const pms = kb.resolveRole('the former prime minister', D).map((p) => p.name);
    assert.deepStrictEqual(pms, ['David Cameron', 'Gordon Brown', 'Tony Blair', 'John Major', 'Margaret Thatcher', 'James Callaghan'], 'latest first');
    assert.ok(role('the ex-chancellor', D).includes('George Osborne'));
  });

  it('names the office holder of other years', () => {
    assert.deepStrictEqual(role('the Tory leader', '2005-01-12'), ['Michael Howard']);
    assert.deepStrictEqual(role('the chancellor', '2005-03-16'), ['Gordon Brown']);
    assert.deepStrictEqual(role('the deputy prime minister', '2005-01-12'), ['John Prescott']);
    assert.deepStrictEqual(role('the home secretary', '2004-12-22'), ['Charles Clarke']);
    assert.deepStrictEqual(role('the Speaker', '2009-05-18'), ['Michael Martin']);
    assert.deepStrictEqual(role('the justice secretary', '2008-01-01'), ['Jack Straw']);
  });

  it('keeps Gordon Brown prime minister until the government changed on 11 May 2010', () => {
    assert.deepStrictEqual(role('the prime minister', '2010-05-08'), ['Gordon Brown']);
    assert.deepStrictEqual(role('the Labour leader', '2010-05-10'), ['Gordon Brown']);
    assert.deepStrictEqual(role('the prime minister', '2010-05-12'), ['David Cameron']);
  });

  it('falls back on the opposition leader of the party when the leadership record has a gap', () => {
    assert.deepStrictEqual(role('the Labour leader', '2015-04-10'), ['Ed Miliband']);
  });

  it('answers government offices to 2026-06 and curated ones to 2026-08, but not offices whose records stop in 2020-10', () => {
    assert.deepStrictEqual(role('the prime minister', '2023-01-01'), ['Rishi Sunak']);
    assert.deepStrictEqual(role('the Labour leader', '2023-01-01'), ['Keir Starmer']);
    assert.deepStrictEqual(role('the Tory leader', '2025-01-01'), ['Kemi Badenoch']);
    assert.deepStrictEqual(role('the home secretary', '2023-03-01'), ['Suella Braverman']);
    assert.deepStrictEqual(role('the shadow chancellor', '2025-06-01'), ['Mel Stride']);
    assert.deepStrictEqual(role('the shadow home secretary', '2023-01-01'), ['Yvette Cooper']);
    assert.ok(role('the former home secretary', '2023-03-01').includes('Priti Patel'));
    assert.deepStrictEqual(role('the Lib Dem leader', '2023-01-01'), [], 'Lib Dem leadership records stop in 2020-10');
    assert.deepStrictEqual(role('the shadow health secretary', '2023-01-01'), [], 'shadow posts other than the great offices stop in 2020-10');
    assert.deepStrictEqual(role('the home secretary', '2026-07-01'), [], 'government records end on 2026-06-12');
    assert.ok(role('the former prime minister', '2023-01-01').includes('Liz Truss'));
  });

  it('answers nothing before the data starts', () => {
    assert.deepStrictEqual(role('the prime minister', '1979-01-01'), []);
    assert.deepStrictEqual(role('the home secretary', '1979-01-01'), []);
    assert.deepStrictEqual(role('the prime minister', '1995-01-01'), ['John Major']);
  });

  it('returns several people for a role several hold, and nothing for unknown roles', () => {
    assert.ok(role('the deputy speaker', '2005-03-16').length >= 3);
    assert.deepStrictEqual(role('the dog walker', D), []);
    assert.deepStrictEqual(role('the shadow prime minister', D), []);
    assert.deepStrictEqual(role('the party leader', D), []);
  });

  it('finds office holders by exact name or pattern', () => {
    assert.deepStrictEqual(names(kb.officeHolders('Prime Minister', D)), ['Theresa May']);
    assert.deepStrictEqual(names(kb.officeHolders(/^Leader of the (?:Labour|Conservative) Party$/g, D)), ['Jeremy Corbyn', 'Theresa May']);
    assert.deepStrictEqual(names(kb.officeHolders(/^Leader of the (?:Labour|Conservative) Party$/g, D)), ['Jeremy Corbyn', 'Theresa May'], 'a /g pattern twice');
  });

  it('reads role phrases into office matchers', () => {
    const shadowHome = officeQuery('the shadow home secretary')!;
    assert.ok(shadowHome.matches('Shadow Secretary of State for the Home Department'));
    assert.ok(shadowHome.matches('Shadow Home Secretary'));
    assert.ok(!officeQuery('the home secretary')!.matches('Shadow Secretary of State for the Home Department'));
    assert.ok(officeQuery('the home secretary')!.matches('Secretary of State (Home Office)'));
    assert.ok(officeQuery('the health secretary')!.matches('Secretary of State (Department of Health)'));
    assert.ok(officeQuery('the justice secretary')!.matches('Lord Chancellor and Secretary of State for Justice'));
    assert.ok(!officeQuery('the chancellor')!.matches('Chancellor of the Duchy of Lancaster'));
    assert.ok(!officeQuery('the SNP leader')!.matches('SNP Westminster Leader'), 'the party leader is not the Westminster group leader');
    assert.strictEqual(officeQuery('the former Labour leader')!.former, true);
    assert.strictEqual(officeQuery('the Labour leader')!.leaderOf, 'Labour');
    assert.strictEqual(officeQuery('the milkman'), null);
  });
});

describe('MP knowledge base: parties', () => {
  it('treats party spellings alike', () => {
    assert.ok(samePartyName('Tory', 'Conservative'));
    assert.ok(samePartyName('Conservative and Unionist Party', 'Conservative'));
    assert.ok(samePartyName('Labour (Co-op)', 'Labour'));
    assert.ok(samePartyName('Labour/Co-operative', 'Labour'));
    assert.ok(samePartyName('Lib Dem', 'Liberal Democrat'));
    assert.ok(samePartyName('Liberal Democrats', 'Liberal Democrat'));
    assert.ok(samePartyName('SNP', 'Scottish National Party'));
    assert.ok(samePartyName('Sinn Fein', 'Sinn Féin'));
    assert.ok(samePartyName('Independent Group', 'The Independent Group'));
    assert.ok(!samePartyName('Labour', 'Liberal Democrat'));
    assert.ok(!samePartyName('Independent', 'The Independent Group'));
    assert.strictEqual(canonicalParty('Conservative'), 'conservative');
    assert.strictEqual(canonicalParty('Scottish National Party'), 'scottish national party');
  });
});

describe('MP knowledge base: hand-made data', () => {
  const data: JsonData = {
    coverage: { from: '2000-01-01', to: '2010-12-31', partyVerifiedTo: '2009-01-01' },
    rolesCoverageTo: '2008-12-31',
    officesCompleteTo: { 'Prime Minister': '2010-12-31' },
    parties: ['Labour', 'Conservative', 'Independent'],
    constituencies: ['Northtown', 'Southtown'],
    offices: ['Prime Minister', 'Leader of the Opposition', 'Secretary of State for the Home Department'],
    people: [
      ['p1', 'Ann Example', 'Ann', 'Example', ['Dr Ann Example'], [
        ['2000-01-01', '2004-12-31', 0, 0],
        ['2005-02-01', null, 1, 0, '2009-01-01'],
      ], [[0, '2003-01-01', null]]],
      ['p2', 'Ann Example', 'Ann', 'Example', [], [['2000-01-01', '2002-06-30', 2, 1, null, 1]], []],
      ['p3', 'Bob Other-Name', 'Bob', 'Other-Name', [], [['2001-01-01', '2003-01-01', 1, 1], ['2006-01-01', '2008-01-01', 1, 1]],
        [[1, '2001-01-01', '2003-01-01'], [2, '2006-01-01', null, '2008-12-31']]],
    ],
  };
  const small = KnowledgeBase.fromData(data);

  it('decodes terms, with partyAsOf and endApprox', () => {
    const [a, b] = small.byFullName('Ann Example');
    assert.strictEqual(small.termOn(a, '2006-01-01')!.partyAsOf, '2009-01-01');
    assert.strictEqual(small.termOn(a, '2006-01-01')!.party, 'Conservative');
    assert.deepStrictEqual(small.termOn(b, '2001-01-01'), { start: '2000-01-01', end: '2002-06-30', party: 'Independent', constituency: 'Southtown', endApprox: true });
    assert.strictEqual(small.size, 3);
  });

  it('answers termOn for dates asked in turn as a fresh knowledge base does (its answers are kept for the last date)', () => {
    const dates = ['2001-01-01', '2006-06-01', '2001-01-01', '1999-12-31', '2007-06-01', '2006-06-01'];
    const people = [...small.people()];
    for (const date of dates) {
      const fresh = KnowledgeBase.fromData(data);
      for (const p of people) {
        assert.deepStrictEqual(small.termOn(p, date), fresh.termOn(fresh.person(p.id)!, date), `${p.name} on ${date}`);
        assert.deepStrictEqual(small.termOn(p, date), small.termOn(p, date));
      }
    }
    // A dissolution is the date's, whatever was asked before it.
    const blair = one('Tony Blair');
    assert.ok(kb.termOn(blair, '2005-04-10'));
    assert.strictEqual(kb.termOn(blair, '2005-04-20'), null, 'Parliament dissolved on 11 April 2005');
    assert.ok(kb.termOn(blair, '2005-04-10'));
  });

  it('reads the same people from rows encoded as the compact file stores them', () => {
    const encoded: JsonData = { ...data, people: data.people.map((r) => [r[0], r[1], r[2], r[3], r[4], encodeRows(r[5] as KbTermRow[]), encodeRows(r[6] as KbRoleRow[])]) };
    assert.strictEqual(encoded.people[0][5], '2000-01-01,2004-12-31,0,0;2005-02-01,,1,0,2009-01-01');
    assert.strictEqual(encoded.people[1][5], '2000-01-01,2002-06-30,2,1,,1', 'a null partyAsOf keeps its place before endApprox');
    for (const r of data.people) {
      assert.deepStrictEqual(termRows(encodeRows(r[5] as KbTermRow[])), r[5]);
      assert.deepStrictEqual(roleRows(encodeRows(r[6] as KbRoleRow[])), r[6]);
    }
    const other = KnowledgeBase.fromData(encoded);
    for (const p of small.people()) {
      const q = other.person(p.id)!;
      assert.deepStrictEqual(q.terms, p.terms);
      assert.deepStrictEqual(other.officesEver(p.id), small.officesEver(p.id));
      assert.strictEqual(q.terms, q.terms, 'decoded once');
    }
  });

  it('links touching terms only', () => {
    const ann = small.person('p1')!;
    const info = small.mpInfo(ann, '2006-01-01')!;
    assert.strictEqual(info.previous!.party, 'Labour', '32 days apart: touching');
    assert.strictEqual(info.next, null);
    const bob = small.person('p3')!;
    assert.strictEqual(small.mpInfo(bob, '2007-01-01')!.previous, null, 'three years apart: a different story');
    assert.strictEqual(small.mpInfo(bob, '2004-01-01'), null);
  });

  it('keeps an open office running to the end of the data, and one with asOf only to that date', () => {
    assert.deepStrictEqual(names(small.resolveRole('the prime minister', '2010-06-01')), ['Ann Example']);
    assert.deepStrictEqual(names(small.officeHolders('Secretary of State for the Home Department', '2008-06-01')), ['Bob Other-Name']);
    assert.deepStrictEqual(small.officeHolders('Secretary of State for the Home Department', '2009-06-01'), []);
    assert.deepStrictEqual(small.resolveRole('the home secretary', '2009-06-01'), [], 'after the roles coverage');
    assert.deepStrictEqual(small.resolveRole('the prime minister', '1999-06-01'), [], 'before the data');
  });

  it('falls back on the opposition leader only when the party matches', () => {
    assert.deepStrictEqual(names(small.resolveRole('the Conservative leader', '2002-01-01')), ['Bob Other-Name']);
    assert.deepStrictEqual(small.resolveRole('the Labour leader', '2002-01-01'), [], 'the opposition leader is a Conservative');
  });

  it('indexes hyphenated surnames both ways', () => {
    assert.deepStrictEqual(names(small.bySurname('Other Name')), ['Bob Other-Name']);
    assert.deepStrictEqual(small.namesStartingWith('bob').map((e) => e.tokens.join(' ')).sort(), ['bob other name', 'bob other-name']);
  });
});

describe('MP knowledge base: name forms stored in the compact file', () => {
  const rows = (bundledJson as unknown as JsonData).people;

  it('stores for every person what the name code works out now (run scripts/compact-mps.mjs after changing it)', () => {
    let stale = 0;
    for (const [id, name, given, family, aliases, , , stored] of rows) {
      const now = encodePersonNames(personNames({ name, given, family, aliases }));
      if (stored !== now && stale++ < 5) assert.fail(`${id} ${name}: stored ${JSON.stringify(stored)}, now ${JSON.stringify(now)}`);
    }
    assert.strictEqual(stale, 0);
  });

  it('encodes a plain name as itself, and others with their surnames and given names', () => {
    const plain = personNames({ name: 'Ann Example', given: 'Ann', family: 'Example', aliases: ['Dr Ann Example'] });
    assert.strictEqual(encodePersonNames(plain), 'ann example');
    assert.deepStrictEqual(decodePersonNames('ann example'), plain);
    const double = personNames({ name: 'Bob Other-Name', given: 'Bob', family: 'Other-Name', aliases: ['Robert Other-Name'] });
    assert.deepStrictEqual(double, { bares: ['bob other-name', 'robert other-name'], surnames: ['other name'], givens: ['bob', 'robert'] });
    assert.deepStrictEqual(decodePersonNames(encodePersonNames(double)), double);
    const single = personNames({ name: 'Hermon', given: '', family: 'Hermon', aliases: [] });
    assert.deepStrictEqual(decodePersonNames(encodePersonNames(single)), single);
  });

  it('answers as the names worked out at load would, for every bundled person', () => {
    const unstored = { ...(bundledJson as unknown as JsonData), people: rows.map((r) => r.slice(0, 7) as KbPersonRow), nameTables: undefined };
    const worked = KnowledgeBase.fromData(unstored);
    const ids = (ps: readonly KbPerson[]) => ps.map((p) => p.id).join(' ');
    for (const p of kb.people()) {
      for (const written of [p.name, ...p.aliases, `${p.given} ${p.family}`]) {
        assert.strictEqual(ids(kb.byFullName(written)), ids(worked.byFullName(written)), written);
        const first = nameTokens(written)[0] ?? '';
        const entries = (k: KnowledgeBase) => k.namesStartingWith(first).map((e) => `${e.tokens.join('_')}:${ids(e.people)}`).join(' ');
        assert.strictEqual(entries(kb), entries(worked), first);
      }
      assert.strictEqual(ids(kb.bySurname(p.family)), ids(worked.bySurname(p.family)), p.family);
      assert.strictEqual(ids(kb.byGiven(p.given)), ids(worked.byGiven(p.given)), p.given);
    }
  });

  it('stores the name index the name code builds now (run scripts/compact-mps.mjs after changing it)', () => {
    const data = bundledJson as unknown as JsonData;
    const index = new NameIndex();
    const people = rows.map(([id, name, given, family, aliases, , , stored]) => {
      const p = { id, name, given, family, aliases, terms: [] };
      index.add(p, decodePersonNames(stored!));
      return p;
    });
    const at = new Map<KbPerson, number>(people.map((p, i) => [p, i]));
    assert.deepStrictEqual(index.tables((p) => at.get(p)!), data.nameTables);
  });

  it('finds in a stored table every key it holds and nothing else', () => {
    const table = encodeSortedTable([['b', '2'], ['a', '1'], ['ab', '3'], ['a b', '4'], ['', '0']]);
    assert.strictEqual(table, '\t0\na\t1\na b\t4\nab\t3\nb\t2\n');
    for (const [k, v] of [['', '0'], ['a', '1'], ['ab', '3'], ['a b', '4'], ['b', '2']]) assert.strictEqual(lookUpSorted(table, k), v, k);
    for (const k of ['aa', 'a ', 'c', 'ba', '0', 'abc']) assert.strictEqual(lookUpSorted(table, k), undefined, k);
    assert.strictEqual(lookUpSorted('', 'a'), undefined);
    assert.throws(() => encodeSortedTable([['a\tb', '1']]), /tab or a newline/);
    assert.throws(() => encodeSortedTable([['a', '1'], ['a', '2']]), /twice/);
  });

  it('reads the stored tables as one object per person and one frozen array per key', () => {
    const fresh = KnowledgeBase.fromData(bundledJson as unknown as JsonData);
    const [corbyn] = fresh.byFullName('Jeremy Corbyn');
    assert.strictEqual(corbyn.name, 'Jeremy Corbyn');
    assert.strictEqual(fresh.byFullName('jeremy corbyn')[0], corbyn, 'one object per person');
    assert.strictEqual(fresh.bySurname('Corbyn'), fresh.bySurname('corbyn'), 'the same frozen array for the same key');
    assert.strictEqual(fresh.person(corbyn.id), corbyn);
    assert.strictEqual([...fresh.people()].length, 2634);
  });

  it('works out the names of a person the data update renamed or gave another alias', () => {
    const [ann] = rows.filter((r) => r[1] === 'Diane Abbott');
    const patched = KnowledgeBase.fromData(bundledJson as unknown as KbData, (people, coverage) => ({
      people: people.map((p) => (p.id === ann[0] ? { ...p, aliases: [...p.aliases, 'Diane Julie Abbott'] } : p)),
      coverage,
    }));
    assert.deepStrictEqual(names(patched.byFullName('Diane Julie Abbott')), ['Diane Abbott']);
    assert.deepStrictEqual(names(patched.byFullName('Diane Abbott')), ['Diane Abbott']);
    assert.deepStrictEqual(kb.byFullName('Diane Julie Abbott'), [], 'the bundled data has no such alias');
    assert.deepStrictEqual(names(patched.bySurname('Eagle')), ['Angela Eagle', 'Maria Eagle'], 'the others keep their stored names');
  });
});

describe('MP knowledge base: seat and office tables stored in the compact file', () => {
  const data = bundledJson as unknown as JsonData;
  const plain = KnowledgeBase.fromData({ ...data, constituencyKeys: undefined, seatHolders: undefined, officeHolders: undefined });

  it('stores what the seat and office code works out now (run scripts/compact-mps.mjs after changing it)', () => {
    const seats = seatTables([...kb.people()], data.constituencies);
    assert.deepStrictEqual(seats.keys, data.constituencyKeys);
    assert.deepStrictEqual(seats.holders, data.seatHolders);
    assert.deepStrictEqual(officeTable(data.people.map((r) => roleRows(r[6])), data.offices.length), data.officeHolders);
    assert.deepStrictEqual(storedSeatKeys(data.constituencies, data.constituencyKeys!), data.constituencies.map(seatKey));
  });

  it('answers seat phrases, places and role nouns as the tables built from every term would', () => {
    const ids = (ps: readonly KbPerson[]) => ps.map((p) => p.id).join(' ');
    for (const seat of data.constituencies) {
      for (const date of ['1985-06-01', '1999-01-01', '2012-01-01', '2019-02-21', '2025-01-01']) {
        assert.strictEqual(ids(kb.resolveRole(`the MP for ${seat}`, date)), ids(plain.resolveRole(`the MP for ${seat}`, date)), `${seat} ${date}`);
      }
      const words = seat.toLowerCase().split(/[\s,]+/).filter(Boolean);
      assert.strictEqual(kb.isPlace(words.slice(0, 2)), plain.isPlace(words.slice(0, 2)), seat);
    }
    for (const date of ['1985-06-01', '1997-05-02', '2010-05-08', '2019-02-21', '2023-03-01']) {
      for (const role of ['the prime minister', 'the home secretary', 'the chancellor', 'the former foreign secretary', 'the Labour leader', 'the shadow chancellor']) {
        assert.strictEqual(ids(kb.resolveRole(role, date)), ids(plain.resolveRole(role, date)), `${role} ${date}`);
      }
    }
  });
});

describe('MP knowledge base: places within seat names', () => {
  const data = bundledJson as unknown as JsonData;
  const keys = data.constituencies.map(seatKey);
  // Every run of two or three words of a seat ("bethnal green"), and the runs across two seats' names
  // ("stepney aldridge"): the joined keys' search answers an index's first questions, its index of
  // runs every later one; asked in both orders, the first and the last go each way.
  const questions: string[][] = [];
  keys.forEach((key, i) => {
    const words = key.split(' ');
    for (let a = 0; a + 1 < words.length; a++) questions.push(words.slice(a, a + 2), words.slice(a, a + 3));
    const next = keys[(i + 1) % keys.length].split(' ');
    questions.push([words[words.length - 1], next[0]], [words[words.length - 1], next[0], next[1] ?? 'and']);
  });

  it('gives the same answers before and after it indexes the runs of the seat names', () => {
    const answer = (order: string[][]) => {
      const fresh = KnowledgeBase.fromData(data);
      return new Map(order.map((words) => [words.join(' '), fresh.isPlace(words)]));
    };
    const forward = answer(questions), backward = answer([...questions].reverse());
    assert.ok(questions.length > 200, 'expected enough questions to reach the index');
    // What a place is, read the slow way: the run's words within one seat's key.
    const within = (run: string) => keys.some((key) => ` ${key} `.includes(` ${run} `));
    for (const [run, yes] of forward) {
      assert.strictEqual(yes, within(run), run);
      assert.strictEqual(backward.get(run), yes, run);
    }
    assert.strictEqual(forward.get('bethnal green'), true);
    assert.ok([...forward.values()].some((yes) => !yes), 'expected runs across two seats that are no place');
  });
});

describe('MP knowledge base: bundled data', () => {
  it('is a compact file that records its sources and attribution', () => {
    const json = bundledJson as unknown as { format: string; inputs: Record<string, { sha256: string }>; attribution: string };
    assert.strictEqual(json.format, 'press-gallery/mps-compact@5');
    for (const name of ['mps.json', 'roles.json', 'dissolutions.json']) assert.match(json.inputs[name].sha256, /^[0-9a-f]{64}$/);
    assert.match(json.attribution, /CC BY-SA 3\.0/);
    assert.match(json.attribution, /Open Parliament Licence v3\.0/);
    assert.match(json.attribution, /Institute for Government Ministers Database \(CC BY 4\.0\)/);
    assert.strictEqual(kb.size, 2634);
    assert.strictEqual(kb.dissolutions.length, 11);
  });

  it('builds the bundled knowledge base once', () => {
    assert.strictEqual(KnowledgeBase.bundled(), kb);
  });
});
