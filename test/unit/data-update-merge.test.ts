import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { KbPerson, KnowledgeBase } from '../../src/extractor/kb/knowledgeBase';
import { buildOverlay } from '../../src/data-update/buildOverlay';
import { mergeOverlay } from '../../src/data-update/merge';
import { parseHistories, parseSearchPage } from '../../src/data-update/membersApi';
import { API, data, histories, historyJson, SINCE, summaries } from '../support/membersApiFixtures';
import { termsSince } from '../../src/data-update/memberTerms';
import { Overlay, parseOverlay, serializeOverlay } from '../../src/data-update/overlay';
import { overlayIsNewer } from '../../src/data-update/apply';

const bundledPeople = (): KbPerson[] => [...KnowledgeBase.fromData(data).people()];

function overlayFor(verifiedTo = '2026-11-03', bundled = bundledPeople()): Overlay {
  return buildOverlay({
    summaries, histories, bundled, since: SINCE, verifiedTo, fetched: '2026-11-04T09:30:00.000Z',
    bundledGenerated: '2026-11-28', sourceUrl: 'https://members-api.parliament.uk/api', memberIds: new Map(),
  });
}

const overlay = overlayFor();
const kb = KnowledgeBase.fromData(data, (people, coverage) => mergeOverlay(people, coverage, overlay));
const person = (name: string) => {
  const found = kb.byFullName(name);
  assert.strictEqual(found.length, 1, name);
  return found[0];
};
const partyOn = (name: string, date: string) => kb.mpInfo(person(name), date)?.party ?? null;

describe('data update: the overlay over the bundled data', () => {
  it('a defection: the old party to the day before, the new one from the day', () => {
    assert.strictEqual(partyOn('Morwenna Tallis', '2026-09-13'), 'Conservative');
    const info = kb.mpInfo(person('Morwenna Tallis'), '2026-09-14')!;
    assert.strictEqual(info.party, 'Reform UK');
    assert.strictEqual(info.constituency, 'Fenmoor and Ashby');
    assert.deepStrictEqual(info.previous && [info.previous.party, info.previous.start, info.previous.end], ['Conservative', '2024-07-05', '2026-09-13']);
    assert.deepStrictEqual(info.term.updated, { source: 'UK Parliament Members API', fetched: '2026-11-04', licence: 'Contains Parliamentary information licensed under the Open Parliament Licence v3.0.' });
    assert.strictEqual(info.term.partyAsOf, '2026-11-03');
    assert.deepStrictEqual(info.offices.map((o) => o.role), ['Parliamentary Under-Secretary of State'], 'offices stay as bundled');
  });

  it('a whip suspension and its restoration', () => {
    assert.strictEqual(partyOn('Idris Pennock', '2026-07-21'), 'Labour');
    assert.strictEqual(partyOn('Idris Pennock', '2026-07-22'), 'Independent');
    assert.strictEqual(partyOn('Idris Pennock', '2026-10-08'), 'Independent');
    const back = kb.mpInfo(person('Idris Pennock'), '2026-10-09')!;
    assert.strictEqual(back.party, 'Labour');
    assert.strictEqual(back.previous?.party, 'Independent');
    assert.strictEqual(person('Idris Pennock').terms.length, 3);
  });

  it('a by-election: the member who resigned ends on the day, the winner is added from polling day', () => {
    assert.strictEqual(partyOn('Colin Drabble', '2026-07-03'), 'Conservative');
    assert.strictEqual(partyOn('Colin Drabble', '2026-07-04'), null);
    assert.strictEqual(person('Colin Drabble').terms.at(-1)?.end, '2026-07-03');
    assert.strictEqual(partyOn('Harriet Quayle', '2026-08-19'), null);
    const winner = kb.mpInfo(person('Harriet Quayle'), '2026-08-20')!;
    assert.deepStrictEqual([winner.party, winner.constituency, winner.personId], ['Liberal Democrat', 'Wexley Moor', `${API}990003`]);
    assert.deepStrictEqual(kb.byFullName('Ms Harriet Quayle').map((p) => p.name), ['Harriet Quayle']);
    assert.deepStrictEqual(kb.bySurname('quayle').map((p) => p.name), ['Harriet Quayle']);
  });

  it('several party changes in one parliament, each on its day', () => {
    const on = (d: string) => partyOn('Tamsin Orrell', d);
    assert.deepStrictEqual(
      ['2026-07-09', '2026-07-10', '2026-08-27', '2026-08-28', '2026-10-19', '2026-10-20', '2026-11-03'].map(on),
      ['Labour', 'Independent', 'Independent', 'Your Party', 'Your Party', 'Green Party', 'Green Party'],
    );
    assert.deepStrictEqual(person('Tamsin Orrell').terms.map((t) => [t.start, t.end]), [
      ['2024-07-05', '2026-07-09'], ['2026-07-10', '2026-08-27'], ['2026-08-28', '2026-10-19'], ['2026-10-20', null],
    ]);
  });

  it('leaves facts before the verified day as they were, and joins an unchanged stretch into one term', () => {
    assert.strictEqual(partyOn('Tamsin Orrell', '2025-01-01'), 'Labour');
    const brack = person('Nia Brack');
    assert.strictEqual(brack.id, 'uk.org.publicwhip/person/99006', 'joined by seat and surname');
    assert.deepStrictEqual(brack.terms.map((t) => [t.start, t.end, t.party, t.partyAsOf]), [['2024-07-05', null, 'Plaid Cymru', '2026-11-03']]);
    assert.deepStrictEqual(person('Ellis Dunmore').terms, bundledPeople().find((p) => p.name === 'Ellis Dunmore')!.terms);
  });

  it('moves the verified day of the data to the overlay’s', () => {
    assert.deepStrictEqual(kb.coverage, { from: '2024-07-05', to: '2026-11-03', partyVerifiedTo: '2026-11-03' });
    assert.strictEqual(KnowledgeBase.fromData(data).coverage.partyVerifiedTo, SINCE, 'the bundled data itself is untouched');
  });

  it('lists the members it could not join rather than guessing', () => {
    const withoutOrrell = bundledPeople().filter((p) => p.name !== 'Tamsin Orrell');
    const o = overlayFor('2026-11-03', withoutOrrell);
    assert.deepStrictEqual(o.skipped.filter((s) => s.memberId === 990005), [{ memberId: 990005, reason: 'Tamsin Orrell is not in the bundled data' }]);
    assert.ok(!o.people.some((p) => p.memberId === 990005));
    // the real MPs of the fixtures are not in this hand-made data either
    assert.deepStrictEqual(o.skipped.map((s) => s.memberId).sort(), [4514, 4858, 990005]);
  });

  it('skips a member whose party records leave a gap in a membership', () => {
    const h = histories.find((x) => x.id === 990002)!;
    const gap = { ...h, parties: [h.parties[0], { ...h.parties[2] }] };
    assert.deepStrictEqual(termsSince(gap, SINCE), { problem: 'no party recorded from 2026-07-23 in Carrow Vale' });
  });

  it('is used only while it reaches beyond the bundled data', () => {
    assert.ok(overlayIsNewer(overlay, { partyVerifiedTo: SINCE, generated: '2026-11-28' }));
    assert.ok(!overlayIsNewer(overlay, { partyVerifiedTo: '2026-11-03', generated: '2027-01-01' }));
  });
});

describe('data update: the overlay file', () => {
  it('reads back what it writes', () => {
    assert.deepStrictEqual(parseOverlay(serializeOverlay(overlay)), overlay);
  });

  it('refuses a damaged or foreign file with a reason', () => {
    assert.deepStrictEqual(parseOverlay('{"format":'), { error: 'the overlay file is not valid JSON' });
    assert.match((parseOverlay('{"format":"other"}') as { error: string }).error, /not of format press-gallery\/mp-overlay@1/);
    const broken = JSON.parse(serializeOverlay(overlay));
    broken.people[0].terms[0].end = '2020-01-01';
    assert.match((parseOverlay(JSON.stringify(broken)) as { error: string }).error, /damaged: person .*ends before it starts/);
  });
});

describe('data update: checking the API’s answers', () => {
  it('names the member and the field that is missing', () => {
    const bad = structuredClone(historyJson);
    delete bad[3].partyHistory[1].party;
    assert.throws(() => parseHistories(bad.map((value: unknown) => ({ value })), [990002]), /member 990002: partyHistory\[1\]\.party is missing or not an object/);
    assert.throws(() => parseSearchPage({ items: [{ value: { id: 7, nameListAs: 'X, Y' } }], totalResults: 1 }), /member 7\.nameDisplayAs is missing or not a text/);
    assert.throws(() => parseSearchPage({ items: [] }), /search page\.totalResults is missing/);
    assert.throws(() => parseHistories([{ value: { ...historyJson[0], houseMembershipHistory: [{ ...historyJson[0].houseMembershipHistory[0], membershipStartDate: 'soon' }] } }], [4514]),
      /member 4514: houseMembershipHistory\[0\]\.membershipStartDate is missing or not a date/);
  });

  it('notices a member asked for but missing from the answer', () => {
    assert.throws(() => parseHistories([], [4514]), /the history of member 4514 is missing from the answer/);
  });
});

describe('data update: the member-id table', () => {
  const root = path.resolve(__dirname, '../../..');
  const shared = path.join(root, '../shared/data/uk-mps');
  (fs.existsSync(shared) ? it : it.skip)('is what scripts/member-ids.mjs makes from the shared data', () => {
    execFileSync(process.execPath, [path.join(root, 'scripts/member-ids.mjs'), '--check'], { encoding: 'utf8' });
  });
});
