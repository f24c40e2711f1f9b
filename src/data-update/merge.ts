/**
 * The overlay over the bundled people, by person id and by date: a person's bundled terms before the
 * overlay's `since` stay as they are (a term running across that day is cut the day before), and the
 * overlay's terms replace the rest. People the bundled data lacks (elected after it) are added.
 * Everything else (offices, other people) is untouched. Pure: the knowledge base calls it through
 * its people hook, so every lookup sees the merged terms.
 */
import type { KbPerson, KbTerm } from '../extractor/kb/compact';
import { normalizeName } from '../extractor/kb/names';
import { samePartyName } from '../extractor/kb/parties';
import { addDays } from '../extractor/dates';
import { coalesce } from './memberTerms';
import type { Overlay, OverlayPerson } from './overlay';
import { seatKey } from './seats';

export interface Coverage {
  from: string;
  to: string;
  partyVerifiedTo: string;
}

/** The bundled people and coverage with the overlay applied. */
export function mergeOverlay(people: readonly KbPerson[], coverage: Coverage, overlay: Overlay): { people: KbPerson[]; coverage: Coverage } {
  const byId = new Map(overlay.people.map((p) => [p.id, p]));
  const merged = people.map((p) => {
    const o = byId.get(p.id);
    if (!o) return p;
    byId.delete(p.id);
    return { ...p, aliases: withAliases(p, o), terms: mergeTerms(p.terms, o, overlay) };
  });
  for (const o of byId.values()) {
    if (o.added) merged.push({ id: o.id, name: o.name, given: o.given, family: o.family, aliases: o.aliases, terms: mergeTerms([], o, overlay) });
  }
  return {
    people: merged,
    coverage: {
      from: coverage.from,
      to: later(coverage.to, overlay.verifiedTo),
      partyVerifiedTo: later(coverage.partyVerifiedTo, overlay.verifiedTo),
    },
  };
}

/** Bundled terms before `since`, then the overlay's; a stretch that runs on across `since` stays one term. */
export function mergeTerms(bundled: readonly KbTerm[], o: OverlayPerson, overlay: Overlay): KbTerm[] {
  const since = overlay.since;
  const before: KbTerm[] = [];
  for (const t of bundled) {
    if (t.start >= since) continue;
    if (t.end !== null && t.end < since) before.push(t);
    else before.push(verified({ ...t, end: addDays(since, -1) }));
  }
  const updated = { source: overlay.source.name, fetched: overlay.fetched.slice(0, 10), licence: overlay.licence };
  const after = o.terms.filter((t) => t.end === null || t.end >= since).map((t): KbTerm => {
    const term: KbTerm = { start: t.start < since ? since : t.start, end: t.end, party: t.party, constituency: t.constituency, updated };
    if (t.end === null) term.partyAsOf = overlay.verifiedTo;
    return term;
  });
  return coalesce([...before, ...after], (a, b) => samePartyName(a.party, b.party) && seatKey(a.constituency) === seatKey(b.constituency));
}

/** A term cut before `since` lies wholly inside the verified data: it loses its "as of" mark. */
function verified(t: KbTerm): KbTerm {
  const { partyAsOf: _asOf, endApprox: _approx, ...rest } = t;
  return rest;
}

/** The API's name forms that say something new (not the same name with a title before it). */
function withAliases(p: KbPerson, o: OverlayPerson): string[] {
  const known = new Set([p.name, ...p.aliases].map(normalizeName));
  const extra = o.aliases.filter((a) => !known.has(normalizeName(a)));
  return extra.length ? [...p.aliases, ...extra] : p.aliases;
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}
