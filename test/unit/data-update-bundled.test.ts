import * as assert from 'assert';
import bundledJson from '../../src/extractor/kb/data/mps.compact.json';
import { KbData, KnowledgeBase } from '../../src/extractor/kb/knowledgeBase';
import { API_PERSON, buildOverlay, shippedMemberIds } from '../../src/data-update/buildOverlay';
import { mergeOverlay } from '../../src/data-update/merge';
import type { ApiMemberHistory, ApiMemberSummary } from '../../src/data-update/membersApi';

/**
 * The whole bundled Commons played back as the Members API would give it: every member sitting on
 * the verified day, their terms as house memberships and party records. An answer that agrees with
 * the bundled data must join every member to their person (by the member-id table, the id the data
 * carries, or seat and surname) and change no party or seat on any day.
 */
describe('data update: an answer that agrees with the bundled data changes nothing', () => {
  const data = bundledJson as unknown as KbData;
  const bundled = KnowledgeBase.fromData(data);
  const since = bundled.coverage.partyVerifiedTo;
  const memberOf = new Map([...shippedMemberIds()].map(([m, p]) => [p, m]));
  const sitting = [...bundled.people()].filter((p) => bundled.termOn(p, since) ?? p.terms.some((t) => t.start <= since && (t.end === null || t.end >= since)));
  let unmapped = 0;
  const summaries: ApiMemberSummary[] = [];
  const histories: ApiMemberHistory[] = [];
  for (const p of sitting) {
    const id = p.id.startsWith(API_PERSON) ? Number(p.id.slice(API_PERSON.length)) : memberOf.get(p.id) ?? 9_000_000 + unmapped++;
    summaries.push({ id, nameDisplayAs: p.name, nameListAs: `${p.family}, ${p.given}` });
    const recent = p.terms.filter((t) => t.end === null || t.end >= '2024-07-01');
    histories.push({
      id,
      memberships: recent.map((t) => ({ house: 1, constituency: t.constituency, start: t.start, end: t.end })),
      parties: recent.map((t) => ({ start: t.start, end: t.end, party: t.party })),
    });
  }
  const overlay = buildOverlay({
    summaries, histories, bundled: [...bundled.people()], since, verifiedTo: '2026-11-30',
    fetched: '2026-12-01T08:00:00.000Z', bundledGenerated: '2026-11-28', sourceUrl: 'https://members-api.parliament.uk/api',
  });
  const merged = KnowledgeBase.fromData(data, (people, coverage) => mergeOverlay(people, coverage, overlay));

  it('joins every sitting member to their person, none added, none left out', () => {
    assert.ok(sitting.length >= 640, `${sitting.length} sitting`);
    assert.deepStrictEqual(overlay.skipped, []);
    assert.strictEqual(overlay.people.filter((p) => p.added).length, 0);
    assert.strictEqual(overlay.people.length, sitting.length);
    assert.ok(unmapped <= 10, `${unmapped} joined by seat and surname only`);
    assert.strictEqual(merged.size, bundled.size);
  });

  it('gives every member the same party and seat on every day, before the verified day and after it', () => {
    const days = ['2024-07-10', '2025-09-16', since, '2026-07-15', '2026-08-13', '2026-11-30'];
    const differences: string[] = [];
    for (const p of sitting) {
      const q = merged.person(p.id)!;
      for (const d of days) {
        const a = bundled.mpInfo(p, d), b = merged.mpInfo(q, d);
        const before = a ? `${a.party}, ${a.constituency}` : 'not sitting';
        const after = b ? `${b.party}, ${b.constituency}` : 'not sitting';
        if (before !== after) differences.push(`${p.name} on ${d}: ${before} → ${after}`);
      }
    }
    assert.deepStrictEqual(differences, []);
  });

  it('and says the party is verified to the update’s day', () => {
    const p = sitting.find((x) => x.terms.at(-1)?.end === null)!;
    assert.strictEqual(merged.mpInfo(merged.person(p.id)!, '2026-11-30')?.term.partyAsOf, '2026-11-30');
  });
});
