/**
 * The compact, table-based file written by scripts/compact-mps.mjs, and its decoding into the
 * knowledge base's people, terms and offices. Rows are arrays and repeated strings are indexes into
 * tables, which halves the bundled size; decoding happens once, on first use.
 */
import type { MpOffice, MpTerm } from '../types';

/** [start, end, party, constituency, partyAsOf?, endApprox?] (party and constituency index the tables). */
export type KbTermRow = [string, string | null, number, number, (string | null)?, number?];
/** [office, start, end, asOf?] (office indexes the offices table). */
export type KbRoleRow = [number, string, string | null, string?];
/**
 * [id, name, given, family, aliases, terms, roles, names?]: `names` is what the name index holds of
 * the person, worked out at build time (personNames.ts: encodePersonNames).
 */
export type KbPersonRow = [string, string, string, string, string[], KbTermRow[], KbRoleRow[], string?];

export interface KbData {
  coverage: { from: string; to: string; partyVerifiedTo: string };
  /** Offices are recorded up to this date (except those in `officesCompleteTo`). */
  rolesCoverageTo?: string;
  /** Offices whose records are complete to a later date (curated ones: PM, party leaders). */
  officesCompleteTo?: Record<string, string>;
  /** [dissolved, next polling day] pairs: the days with no Members of Parliament. */
  dissolutions?: Array<[string, string]>;
  parties: string[];
  constituencies: string[];
  offices: string[];
  people: KbPersonRow[];
}

/** A term as the knowledge base gives it: the contract's term, plus what the data says of its end. */
export interface KbTerm extends MpTerm {
  /** The end is the by-election writ date, an upper bound: the seat fell vacant on or before it. */
  endApprox?: true;
}

/** An office as the knowledge base gives it. */
export interface KbOffice extends MpOffice {
  /** Still open in the source on this date; whether it ended since is unknown. */
  asOf?: string;
}

export interface KbPerson {
  id: string;
  name: string;
  given: string;
  family: string;
  aliases: string[];
  terms: KbTerm[];
}

export function decodeTerm(r: KbTermRow, data: KbData): KbTerm {
  const term: KbTerm = { start: r[0], end: r[1], party: data.parties[r[2]], constituency: data.constituencies[r[3]] };
  if (r[4]) term.partyAsOf = r[4];
  if (r[5]) term.endApprox = true;
  return term;
}

export function decodeOffice(r: KbRoleRow, data: KbData): KbOffice {
  const office: KbOffice = { role: data.offices[r[0]], start: r[1], end: r[2] };
  if (r[3]) office.asOf = r[3];
  return office;
}
