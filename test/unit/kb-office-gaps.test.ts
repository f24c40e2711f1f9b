import * as assert from 'assert';
import { KnowledgeBase } from '../../src/extractor/kb/knowledgeBase';
import { officeQuery } from '../../src/extractor/kb/offices';
import bundledJson from '../../src/extractor/kb/data/mps.compact.json';

const kb = KnowledgeBase.bundled();
const role = (phrase: string, date: string) => kb.resolveRole(phrase, date).map((p) => p.name);

/**
 * Great offices and cabinet posts on the article's date where the source's records showed nobody, two
 * people, or the wrong person (found by scripts/office-gaps.mjs; filled by data/uk-mps/curated.json).
 */
describe('MP knowledge base: office gaps filled on the date', () => {
  it('has a Deputy Prime Minister after Raab resigned: Dowden, then Rayner, then Lammy', () => {
    assert.deepStrictEqual(role('the Deputy Prime Minister', '2023-06-01'), ['Oliver Dowden']);
    assert.deepStrictEqual(role('the deputy PM', '2024-03-01'), ['Oliver Dowden']);
    assert.deepStrictEqual(role('the Deputy Prime Minister', '2025-02-01'), ['Angela Rayner']);
    assert.deepStrictEqual(role('the Deputy Prime Minister', '2025-10-01'), ['David Lammy']);
    assert.deepStrictEqual(role('the new Deputy Prime Minister', '2024-07-05'), ['Angela Rayner'], 'the handover day: the one appointed last');
    assert.ok(role('the former deputy prime minister', '2025-02-01').includes('Oliver Dowden'));
  });

  it('gives the cabinet posts held beside another office', () => {
    assert.deepStrictEqual(role('the housing secretary', '2025-02-01'), ['Angela Rayner']);
    assert.deepStrictEqual(role('the levelling up secretary', '2023-06-01'), ['Michael Gove']);
    assert.deepStrictEqual(role('the communities secretary', '2023-06-01'), ['Michael Gove']);
    assert.deepStrictEqual(role('the Foreign Secretary', '2022-03-01'), ['Liz Truss']);
    assert.deepStrictEqual(role('the Justice Secretary', '2022-03-01'), ['Dominic Raab']);
    assert.deepStrictEqual(role('the Justice Secretary', '2023-02-01'), ['Dominic Raab']);
    assert.deepStrictEqual(role('the Justice Secretary', '2026-01-15'), ['David Lammy']);
    assert.deepStrictEqual(role('the Health Secretary', '2022-10-01'), ['Thérèse Coffey']);
    assert.deepStrictEqual(role('the Welsh Secretary', '2023-09-01'), ['David Davies']);
    assert.deepStrictEqual(role('the Chief Secretary to the Treasury', '2023-05-01'), ['John Glen']);
    assert.deepStrictEqual(role('the Chief Secretary to the Treasury', '2010-06-10'), ['Danny Alexander']);
    assert.deepStrictEqual(role('the energy secretary', '2011-03-01'), ['Christopher Huhne']);
    assert.deepStrictEqual(role('the Leader of the House', '2002-05-01'), ['Robin Cook']);
    assert.deepStrictEqual(role('the Commons leader', '2005-11-01'), ['Geoff Hoon']);
    assert.deepStrictEqual(role('the Leader of the House', '1981-08-01'), ['Francis Pym']);
    assert.deepStrictEqual(role('the Leader of the House', '2017-05-20'), ['David Lidington'], 'ministers stay in office through a dissolution');
  });

  it('has a Leader of the Opposition from the day a government changes until the new leader is chosen', () => {
    assert.deepStrictEqual(role('the Leader of the Opposition', '1979-05-10'), ['James Callaghan']);
    assert.deepStrictEqual(role('the Labour leader', '1980-11-05'), ['James Callaghan']);
    assert.deepStrictEqual(role('the opposition leader', '1997-06-01'), ['John Major']);
    assert.deepStrictEqual(role('the Leader of the Opposition', '2010-05-08'), ['David Cameron']);
  });

  it('has the Speaker before 1983', () => {
    assert.deepStrictEqual(role('the Speaker', '1980-01-15'), ['George Thomas']);
    assert.deepStrictEqual(role('the Speaker', '1985-01-15'), ['Bernard Weatherill']);
  });

  it('ends records that ran on after the holder left, so one holder answers', () => {
    assert.deepStrictEqual(role('the Business Secretary', '2021-06-01'), ['Kwasi Kwarteng'], 'Sharma left for COP26');
    assert.deepStrictEqual(role('the Northern Ireland Secretary', '1979-07-01'), ['Humphrey Atkins']);
    assert.deepStrictEqual(role('the Attorney General', '1987-08-01'), ['Patrick Mayhew']);
    assert.deepStrictEqual(role('the Attorney General', '1992-06-01'), ['Nicholas Lyell']);
    assert.deepStrictEqual(role('the Leader of the House', '1990-08-01'), ['Geoffrey Howe'], 'David Mellor was Minister for the Arts');
    assert.deepStrictEqual(role('the Foreign Secretary', '1995-05-01'), ['Douglas Hurd']);
    assert.deepStrictEqual(role('the Welsh Secretary', '1993-06-15'), ['John Redwood']);
    assert.deepStrictEqual(role('the Welsh Secretary', '1995-06-30'), ['David Hunt'], 'Redwood had resigned to stand for the leadership');
  });

  it('records each curated office and correction among the compact file\'s fixes', () => {
    const fixes = (bundledJson as unknown as { fixes: string[] }).fixes;
    assert.ok(fixes.includes('Oliver Dowden: Deputy Prime Minister 2023-04-21/2024-07-05 (curated)'));
    assert.ok(fixes.some((f) => f.startsWith('Alok Sharma: Secretary of State for Business, Energy and Industrial Strategy 2020-02-13/2022-10-25 →')));
    assert.ok(fixes.some((f) => /^Andrew Mitchell: .* removed \(curated\)$/.test(f)));
  });
});

describe('MP knowledge base: role nouns read as the House names the offices', () => {
  it('reads the older names of the territorial, trade and energy departments and the Ministry of Defence', () => {
    assert.deepStrictEqual(role('the Scottish Secretary', '1988-01-01'), ['Malcolm Rifkind'], 'Secretary of State for Scottish Office');
    assert.deepStrictEqual(role('the Scotland Secretary', '1998-01-01'), ['Donald Dewar']);
    assert.deepStrictEqual(role('the Welsh Secretary', '1998-01-01'), ['Ron Davies'], 'Secretary of State (Welsh Office)');
    assert.deepStrictEqual(role('the Defence Secretary', '2002-01-01'), ['Geoff Hoon'], 'Secretary of State (Ministry of Defence)');
    assert.deepStrictEqual(role('the Trade Secretary', '1986-06-01'), ['Paul Channon'], 'Secretary of State for Trade');
    assert.deepStrictEqual(role('the Energy Secretary', '1985-01-01'), ['Peter Walker'], 'Secretary of State for Energy');
    assert.ok(officeQuery('the leader of the house')!.matches('Lord Privy Seal and Leader of the House of Commons'));
  });

  it('reads the government chief whip, and not another party\'s or the Lords\' chief whip', () => {
    assert.deepStrictEqual(role('the Chief Whip', '2005-01-01'), ['Hilary Armstrong']);
    assert.deepStrictEqual(role('the Chief Whip', '2007-01-01'), ['Jacqui Smith'], 'Parliamentary Secretary to the Treasury (HM Treasury)');
    assert.ok(!officeQuery('the chief whip')!.matches('Chief Whip'), 'a bare "Chief Whip" record is Plaid Cymru\'s or the Lords\'');
  });

  it('reads the Solicitor General, not the Solicitor General for Scotland', () => {
    assert.deepStrictEqual(role('the Solicitor General', '1985-01-01'), ['Patrick Mayhew']);
    assert.ok(!officeQuery('the solicitor general')!.matches('Solicitor General for Scotland'));
    assert.ok(!officeQuery('the solicitor general')!.matches('Solicitor General Scotland'));
  });

  it('answers a shadow post with the official opposition\'s holder, never another party\'s spokesperson', () => {
    assert.deepStrictEqual(role('the shadow home secretary', '2006-06-01'), ['David Davis'], 'not the Liberal Democrats\' Nick Clegg');
    assert.deepStrictEqual(role('the shadow home secretary', '2009-03-01'), ['Chris Grayling']);
    assert.deepStrictEqual(role('the shadow foreign secretary', '2004-01-01'), ['Michael Ancram'], 'not Menzies Campbell');
    assert.deepStrictEqual(role('the opposition chief whip', '2008-01-01'), ['Patrick McLoughlin']);
    assert.deepStrictEqual(role('the shadow business secretary', '2008-01-01'), [], 'only a Liberal Democrat on record: nobody');
    assert.deepStrictEqual(role('the shadow chancellor', '2012-01-01'), ['Ed Balls']);
    assert.strictEqual(officeQuery('the shadow chancellor')!.opposition, true);
    assert.strictEqual(officeQuery('the chancellor')!.opposition, undefined);
  });

  it('names no MP for offices held by peers or outside the Commons', () => {
    assert.deepStrictEqual(role('the Foreign Secretary', '1981-01-01'), [], 'Lord Carrington');
    assert.deepStrictEqual(role('the Attorney General', '2025-01-01'), [], 'Lord Hermer');
    assert.deepStrictEqual(role('the First Minister', '2025-01-01'), []);
    assert.deepStrictEqual(role('the Scottish First Minister', '2020-01-01'), []);
  });
});
