// Dated facts from the public record, 1979-2026: party and seat of MPs, and holders of offices, on a
// given day, as the bundled knowledge base must give them. Each fact was checked against the bundled
// data and against the public record; the source of each is in its comment (Wikipedia articles give
// the dates with their own references; UK Parliament's member pages, members.parliament.uk, give the
// party and seat history; gov.uk "Past Prime Ministers" the premierships).
// Conventions (those of the gold corpus): a defector has the new party from the day of the defection;
// a member whose whip is suspended is Independent from the suspension; nobody is an MP while
// Parliament is dissolved.
import * as assert from 'assert';
import { analyze } from '../../src/extractor/analyze';
import { KnowledgeBase } from '../../src/extractor/kb/knowledgeBase';
import { personCard } from '../../src/presentation/hoverCards/cards';

const kb = KnowledgeBase.bundled();

/** [date, name, party, seat] — or party null: not an MP on that date. */
type Fact = [string, string, string | null, string?];

const MEMBERS: Fact[] = [
  ['1979-06-01', 'Margaret Thatcher', 'Conservative', 'Finchley'], // en.wikipedia.org/wiki/Margaret_Thatcher (MP for Finchley 1959-1992)
  ['1981-04-20', 'Bobby Sands', 'Anti H-Block', 'Fermanagh and South Tyrone'], // wiki/Bobby_Sands (elected 9 Apr 1981, died 5 May 1981)
  ['1982-01-01', 'Shirley Williams', 'Social Democratic Party', 'Crosby'], // wiki/1981_Crosby_by-election (26 Nov 1981)
  ['1983-01-01', 'Roy Jenkins', 'Social Democratic Party', 'Glasgow, Hillhead'], // wiki/1982_Glasgow_Hillhead_by-election (25 Mar 1982)
  ['1983-01-01', 'Michael Foot', 'Labour', 'Ebbw Vale'], // wiki/Michael_Foot (MP for Ebbw Vale 1960-1983)
  ['1985-01-01', 'Neil Kinnock', 'Labour', 'Islwyn'], // wiki/Neil_Kinnock (MP for Islwyn 1983-1995)
  ['1987-01-01', 'David Owen', 'Social Democratic Party', 'Plymouth, Devonport'], // wiki/David_Owen (SDP leader 1983-87)
  ['1989-01-01', 'Ken Livingstone', 'Labour', 'Brent East'], // wiki/Ken_Livingstone (MP for Brent East 1987-2001)
  ['1990-01-01', 'Michael Portillo', 'Conservative', 'Enfield, Southgate'], // wiki/Michael_Portillo (by-election 13 Dec 1984)
  ['1993-01-01', 'John Smith', 'Labour', 'Monklands East'], // wiki/John_Smith_(Labour_Party_leader)
  ['1996-01-01', 'Alan Howarth', 'Labour', 'Stratford-on-Avon'], // wiki/Alan_Howarth (crossed the floor 7 Oct 1995)
  ['1996-06-01', 'Emma Nicholson', 'Liberal Democrat', 'Torridge and West Devon'], // wiki/Emma_Nicholson (joined the Lib Dems 29 Dec 1995)
  ['1997-12-01', 'Peter Temple-Morris', 'Independent Conservative', 'Leominster'], // wiki/Peter_Temple-Morris (whip withdrawn Nov 1997, Labour June 1998)
  ['1998-06-01', 'Shaun Woodward', 'Conservative', 'Witney'], // wiki/Shaun_Woodward (crossed to Labour 18 Dec 1999)
  ['2000-01-01', 'Shaun Woodward', 'Labour', 'Witney'], // same
  ['2001-05-17', 'John Prescott', null], // wiki/2001_United_Kingdom_general_election (dissolved 14 May, polling 7 Jun 2001)
  ['2001-07-01', 'John Prescott', 'Labour', 'Kingston upon Hull East'], // wiki/John_Prescott
  ['2004-01-01', 'George Galloway', 'Independent', 'Glasgow Kelvin'], // wiki/George_Galloway (expelled from Labour 23 Oct 2003)
  ['2006-01-01', 'George Galloway', 'Respect', 'Bethnal Green and Bow'], // same (elected 5 May 2005)
  ['2007-06-26', 'Quentin Davies', 'Labour', 'Grantham and Stamford'], // wiki/Quentin_Davies (crossed the floor 26 Jun 2007)
  ['2008-05-01', 'Bob Spink', 'UK Independence Party', 'Castle Point'], // wiki/Bob_Spink (UKIP from 22 Apr 2008)
  ['2009-07-01', 'John Bercow', 'Speaker', 'Buckingham'], // wiki/John_Bercow (Speaker from 22 Jun 2009)
  ['2010-04-01', 'Sylvia Hermon', 'Independent', 'North Down'], // wiki/Sylvia_Hermon (left the UUP 25 Mar 2010)
  ['2012-06-01', 'George Galloway', 'Respect', 'Bradford West'], // wiki/2012_Bradford_West_by-election (29 Mar 2012)
  ['2012-06-01', 'Eric Joyce', 'Independent', 'Falkirk'], // wiki/Eric_Joyce (suspended by Labour Feb 2012)
  ['2013-01-01', 'Nadine Dorries', 'Independent', 'Mid Bedfordshire'], // wiki/Nadine_Dorries (whip suspended 6 Nov 2012, restored 8 May 2013)
  ['2013-07-01', 'Patrick Mercer', 'Independent', 'Newark'], // wiki/Patrick_Mercer (resigned the whip 31 May 2013)
  ['2014-11-01', 'Douglas Carswell', 'UK Independence Party', 'Clacton'], // wiki/2014_Clacton_by-election (9 Oct 2014)
  ['2014-12-01', 'Mark Reckless', 'UK Independence Party', 'Rochester and Strood'], // wiki/2014_Rochester_and_Strood_by-election (20 Nov 2014)
  ['2017-01-01', 'Sarah Olney', 'Liberal Democrat', 'Richmond Park'], // wiki/2016_Richmond_Park_by-election (1 Dec 2016)
  ['2019-02-21', 'Chuka Umunna', 'The Independent Group', 'Streatham'], // wiki/Change_UK (founded 18 Feb 2019)
  ['2019-09-05', 'Dominic Grieve', 'Independent', 'Beaconsfield'], // wiki/Dominic_Grieve (whip withdrawn 3 Sep 2019)
  ['2019-09-05', 'Phillip Lee', 'Liberal Democrat', 'Bracknell'], // wiki/Phillip_Lee (crossed the floor 3 Sep 2019)
  ['2019-10-01', 'Sam Gyimah', 'Liberal Democrat', 'East Surrey'], // wiki/Sam_Gyimah (joined the Lib Dems 14 Sep 2019)
  ['2019-10-30', 'Antoinette Sandbach', 'Independent', 'Eddisbury'], // bbc.com/news/election-2019-50257912 (whip lost in September; Lib Dem from 31 Oct 2019)
  ['2019-10-31', 'Antoinette Sandbach', 'Liberal Democrat', 'Eddisbury'], // same
  ['2019-11-20', 'Jeremy Corbyn', null], // wiki/2019_United_Kingdom_general_election (dissolved 6 Nov, polling 12 Dec 2019)
  ['2020-11-15', 'Jeremy Corbyn', 'Independent', 'Islington North'], // wiki/Jeremy_Corbyn (suspended 29 Oct 2020)
  ['2021-06-01', 'Julian Lewis', 'Conservative', 'New Forest East'], // wiki/Julian_Lewis (whip removed 15 Jul 2020, restored 30 Dec 2020)
  ['2022-01-20', 'Christian Wakeford', 'Labour', 'Bury South'], // wiki/Christian_Wakeford (crossed the floor 19 Jan 2022)
  ['2022-04-30', 'Neil Parish', 'Independent', 'Tiverton and Honiton'], // wiki/Neil_Parish (whip suspended 29 Apr 2022)
  ['2022-07-07', 'Chris Pincher', 'Independent', 'Tamworth'], // wiki/Chris_Pincher (whip suspended 1 Jul 2022)
  ['2023-01-01', 'Rishi Sunak', 'Conservative', 'Richmond (Yorks)'], // wiki/Rishi_Sunak
  ['2024-02-25', 'Lee Anderson', 'Independent', 'Ashfield'], // wiki/Lee_Anderson_(British_politician) (whip suspended 24 Feb 2024)
  ['2024-03-12', 'Lee Anderson', 'Reform UK', 'Ashfield'], // same (joined Reform UK 11 Mar 2024)
  ['2024-03-15', 'George Galloway', 'Workers Party of Britain', 'Rochdale'], // wiki/2024_Rochdale_by-election (29 Feb 2024)
  ['2024-05-09', 'Natalie Elphicke', 'Labour', 'Dover'], // wiki/Natalie_Elphicke (crossed the floor 8 May 2024)
  ['2024-06-10', 'Natalie Elphicke', null], // wiki/2024_United_Kingdom_general_election (dissolved 30 May, polling 4 Jul 2024)
  ['2024-07-24', 'Zarah Sultana', 'Independent', 'Coventry South'], // wiki/Zarah_Sultana (whip suspended 23 Jul 2024)
  ['2024-08-01', 'Keir Starmer', 'Labour', 'Holborn and St Pancras'], // wiki/Keir_Starmer
  ['2024-09-30', 'Rosie Duffield', 'Independent', 'Canterbury'], // wiki/Rosie_Duffield (resigned the whip 28 Sep 2024)
  ['2025-06-01', 'Sarah Pochin', 'Reform UK', 'Runcorn and Helsby'], // wiki/2025_Runcorn_and_Helsby_by-election (1 May 2025)
  ['2025-09-16', 'Danny Kruger', 'Reform UK', 'East Wiltshire'], // wiki/Danny_Kruger (joined Reform UK 15 Sep 2025)
  ['2026-01-16', 'Robert Jenrick', 'Reform UK', 'Newark'], // shared data README, PARTY_CHANGES (The Independent, 15 Jan 2026)
  ['2026-01-27', 'Suella Braverman', 'Reform UK', 'Fareham and Waterlooville'], // shared data README, PARTY_CHANGES (Shropshire Star, 26 Jan 2026)
];

/** [date, role noun, holder] */
const OFFICES: Array<[string, string, string]> = [
  ['1981-06-01', 'the leader of the opposition', 'Michael Foot'], // wiki/Michael_Foot (10 Nov 1980 - 2 Oct 1983)
  ['1985-01-01', 'the prime minister', 'Margaret Thatcher'], // gov.uk/government/history/past-prime-ministers
  ['1985-01-01', 'the chancellor', 'Nigel Lawson'], // wiki/Nigel_Lawson (Chancellor 1983-1989)
  ['1985-01-01', 'the home secretary', 'Leon Brittan'], // wiki/Leon_Brittan (Home Secretary 1983-1985)
  ['1990-01-01', 'the chancellor', 'John Major'], // wiki/John_Major (Chancellor Oct 1989 - Nov 1990)
  ['1992-12-01', 'the leader of the opposition', 'John Smith'], // wiki/John_Smith_(Labour_Party_leader) (18 Jul 1992 - 12 May 1994)
  ['1995-01-01', 'the home secretary', 'Michael Howard'], // wiki/Michael_Howard (Home Secretary 1993-1997)
  ['1995-01-01', 'the chancellor', 'Kenneth Clarke'], // wiki/Kenneth_Clarke (Chancellor 1993-1997)
  ['1995-01-01', 'the leader of the opposition', 'Tony Blair'], // wiki/Tony_Blair (Labour leader from 21 Jul 1994)
  ['2001-05-17', 'the prime minister', 'Tony Blair'], // a prime minister stays in office through a dissolution
  ['2005-01-12', 'the chancellor', 'Gordon Brown'], // wiki/Gordon_Brown (Chancellor 1997-2007)
  ['2010-05-08', 'the prime minister', 'Gordon Brown'], // wiki/Gordon_Brown (resigned 11 May 2010)
  ['2016-08-01', 'the prime minister', 'Theresa May'], // gov.uk past prime ministers (from 13 Jul 2016)
  ['2016-08-01', 'the foreign secretary', 'Boris Johnson'], // wiki/Boris_Johnson (Foreign Secretary 2016-2018)
  ['2021-06-01', 'the shadow chancellor', 'Rachel Reeves'], // wiki/Rachel_Reeves (shadow chancellor from 9 May 2021)
  ['2022-10-01', 'the prime minister', 'Liz Truss'], // gov.uk past prime ministers (6 Sep - 25 Oct 2022)
  ['2022-10-13', 'the chancellor', 'Kwasi Kwarteng'], // wiki/Kwasi_Kwarteng (dismissed 14 Oct 2022)
  ['2022-10-15', 'the chancellor', 'Jeremy Hunt'], // wiki/Jeremy_Hunt (Chancellor from 14 Oct 2022)
  ['2023-03-01', 'the home secretary', 'Suella Braverman'], // wiki/Suella_Braverman (25 Oct 2022 - 13 Nov 2023)
  ['2023-12-01', 'the home secretary', 'James Cleverly'], // wiki/James_Cleverly (from 13 Nov 2023)
  ['2024-08-01', 'the work and pensions secretary', 'Liz Kendall'], // wiki/Liz_Kendall (from 5 Jul 2024)
  ['2025-01-01', 'the chancellor', 'Rachel Reeves'], // wiki/Rachel_Reeves (Chancellor from 5 Jul 2024)
  ['2025-01-01', 'the foreign secretary', 'David Lammy'], // wiki/David_Lammy (5 Jul 2024 - 5 Sep 2025)
  ['2025-01-01', 'the home secretary', 'Yvette Cooper'], // wiki/Yvette_Cooper (5 Jul 2024 - 5 Sep 2025)
  ['2025-06-01', 'the leader of the opposition', 'Kemi Badenoch'], // wiki/Kemi_Badenoch (from 2 Nov 2024)
  ['2025-06-01', 'the shadow chancellor', 'Mel Stride'], // wiki/Mel_Stride (from 4 Nov 2024)
  ['2025-06-01', 'the speaker', 'Lindsay Hoyle'], // wiki/Lindsay_Hoyle (Speaker from 4 Nov 2019)
  ['2026-06-01', 'the home secretary', 'Shabana Mahmood'], // wiki/Shabana_Mahmood (Home Secretary from 5 Sep 2025)
];

describe('dated facts from the public record, 1979-2026', () => {
  for (const [date, name, party, seat] of MEMBERS) {
    it(`${date}: ${name} — ${party ? `${party}, ${seat}` : 'not an MP'}`, () => {
      const people = kb.byFullName(name);
      assert.ok(people.length > 0, `${name} is in the data`);
      const sitting = people.map((p) => kb.mpInfo(p, date)).filter((i) => i !== null);
      if (party === null) return assert.deepStrictEqual(sitting, []);
      assert.strictEqual(sitting.length, 1, `one ${name} sitting on ${date}`);
      assert.strictEqual(sitting[0]!.party, party);
      assert.strictEqual(sitting[0]!.constituency, seat);
    });
  }
  for (const [date, role, holder] of OFFICES) {
    it(`${date}: ${role} is ${holder}`, () => {
      assert.deepStrictEqual(kb.resolveRole(role, date).map((p) => p.name), [holder]);
    });
  }
  it('has at least 40 facts', () => assert.ok(MEMBERS.length + OFFICES.length >= 40));
});

describe('bad dates: clear wording, no throw, nothing guessed', () => {
  const text = (dateLine: string) => `${dateLine}Jeremy Corbyn said: “We will.” The Labour leader said: “Yes.”\n`;

  for (const date of ['1066-10-14', '2999-01-01']) {
    it(`${date}: says there is no membership data, gives no party and resolves no office`, () => {
      const a = analyze(text(` date ${date} Headline\n\n`));
      const corbyn = a.people.find((p) => p.name === 'Jeremy Corbyn')!;
      assert.strictEqual(corbyn.mp, null);
      assert.strictEqual(corbyn.mpStatus, 'no-data');
      assert.ok(a.notices.some((n) => n.code === (date < '1979' ? 'date-before-data' : 'date-after-data') && /membership data/.test(n.message)));
      assert.match(personCard(a, corbyn), /No House of Commons membership data for/);
      assert.strictEqual(a.quotes[1].speaker, null, 'no office holder is named for a date the records do not reach');
    });
  }

  it('2019-02-30: says the date is not real, and takes no neighbouring day for it', () => {
    const a = analyze(text(' date 2019-02-30 Headline\n\n'));
    assert.strictEqual(a.date, null);
    assert.strictEqual(a.header.dateStatus, 'invalid');
    const notice = a.notices.find((n) => n.code === 'invalid-date')!;
    assert.match(notice.message, /2019-02-30 is not a real calendar date/);
    assert.notStrictEqual(a.lookupDate, '2019-02-28');
    assert.notStrictEqual(a.lookupDate, '2019-03-01');
    assert.match(personCard(a, a.people[0]), /2019-02-30 is not a real date/);
  });

  it('no date line: says so and shows MPs as of the newest data, labelled as such', () => {
    const a = analyze(text(''));
    assert.strictEqual(a.date, null);
    assert.ok(a.notices.some((n) => n.code === 'no-date'));
    assert.match(personCard(a, a.people[0]), /no date line: as of the newest data/);
  });

  it('never throws on odd date lines', () => {
    for (const line of [' date 0000-00-00 X\n', ' date 2019-13-01 X\n', ' date 99999-01-01 X\n', ' date 2019-02-29 X\n', ' date \n', ' date 2020-02-29\n']) {
      assert.doesNotThrow(() => analyze(`${line}\nJeremy Corbyn said “hi”.`), line);
    }
    assert.strictEqual(analyze(' date 2020-02-29 X\n\nHi.').date, '2020-02-29', 'a leap day is real');
  });
});
