/**
 * Which data a fact of a hover card came from, when it is not the bundled data: a data update from
 * UK Parliament's Members API, with the day it was fetched; the licence line (the Open Parliament
 * Licence attribution) travels with the updated term. Pure (no VS Code API).
 */
import { formatDate } from '../../extractor/dates';
import type { MpInfo } from '../../extractor/types';

/** "Party verified to 3 Nov 2026 by UK Parliament (Members API), updated 4 Nov 2026", or null for bundled facts. */
export function updatedFrom(mp: MpInfo): string | null {
  const u = mp.term.updated;
  if (!u) return null;
  const by = u.source.replace(/^UK Parliament (.+)$/, 'UK Parliament ($1)');
  return mp.term.partyAsOf
    ? `Party verified to ${formatDate(mp.term.partyAsOf)} by ${by}, updated ${formatDate(u.fetched)}`
    : `Party and seat from ${by}, updated ${formatDate(u.fetched)}`;
}
