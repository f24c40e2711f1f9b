/**
 * A member's Commons terms from a day on, out of the API's two histories: each house membership
 * (one seat, one stretch) split at the party records. The API closes a party record on the day the
 * next one opens; the knowledge base's terms do not overlap, so the earlier one ends the day before
 * (the bundled data follows the same rule).
 */
import { addDays } from '../extractor/dates';
import { ApiMemberHistory, ApiPartyRecord, COMMONS } from './membersApi';
import type { OverlayTerm } from './overlay';

/** The terms of the member on and after `since`, or why they cannot be worked out. */
export function termsSince(h: ApiMemberHistory, since: string): OverlayTerm[] | { problem: string } {
  const parties = partyStretches(h.parties);
  const out: OverlayTerm[] = [];
  const seats = h.memberships.filter((m) => m.house === COMMONS && (m.end === null || m.end >= since))
    .sort((a, b) => a.start.localeCompare(b.start));
  for (const m of seats) {
    let cursor = m.start > since ? m.start : since;
    for (const p of parties) {
      if (m.end !== null && cursor > m.end) break;
      if (p.end !== null && p.end < cursor) continue;
      if (p.start > cursor) break;
      const end = minEnd(p.end, m.end);
      out.push({ start: cursor, end, party: p.party, constituency: m.constituency });
      if (end === null) { cursor = '9999-12-31'; break; }
      cursor = addDays(end, 1);
    }
    if (m.end === null ? cursor !== '9999-12-31' : cursor <= m.end) {
      return { problem: `no party recorded from ${cursor} in ${m.constituency}` };
    }
  }
  return coalesce(out);
}

/** Party records in order, each ending the day before the next begins. */
function partyStretches(records: readonly ApiPartyRecord[]): ApiPartyRecord[] {
  const sorted = [...records].sort((a, b) => a.start.localeCompare(b.start));
  return sorted.map((p, i) => {
    const next = sorted[i + 1];
    if (next && (p.end === null || p.end >= next.start)) return { ...p, end: addDays(next.start, -1) };
    return p;
  }).filter((p) => p.end === null || p.end >= p.start);
}

function minEnd(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

/** Terms that follow on with the same party and seat are one term. */
export function coalesce<T extends OverlayTerm>(terms: readonly T[], same: (a: T, b: T) => boolean = sameStretch): T[] {
  const out: T[] = [];
  for (const t of terms) {
    const last = out[out.length - 1];
    if (last && last.end !== null && addDays(last.end, 1) === t.start && same(last, t)) out[out.length - 1] = { ...t, start: last.start };
    else out.push(t);
  }
  return out;
}

function sameStretch(a: OverlayTerm, b: OverlayTerm): boolean {
  return a.party === b.party && a.constituency === b.constituency;
}
