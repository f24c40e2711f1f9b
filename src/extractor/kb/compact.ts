/**
 * The compact, table-based file written by scripts/compact-mps.mjs, and its decoding into the
 * knowledge base's people, terms and offices. Repeated strings (parties, seats, offices) are indexes
 * into tables, and a person's terms and offices are each one string of rows ("start,end,party,seat;
 * …"), which keeps the file small and quick to parse; a person's terms are decoded when first read,
 * their offices when first asked for (most of 2,634 people are never looked at by an article).
 * Hand-made data (tests) may give the rows as arrays instead.
 */
import type { MpOffice, MpTerm } from '../types';
import type { NameTables } from './nameIndex';
import type { PackedRows } from './packedRows';
import { byStart } from '../dates';

/** [start, end, party, constituency, partyAsOf?, endApprox?] (party and constituency index the tables). */
export type KbTermRow = [string, string | null, number, number, (string | null)?, number?];
/** [office, start, end, asOf?] (office indexes the offices table). */
export type KbRoleRow = [number, string, string | null, string?];
/**
 * [id, name, given, family, aliases, terms, roles, names?]: terms and roles as rows or one encoded
 * string (encodeRows); `names` is what the name index holds of the person, worked out at build time
 * (personNames.ts: encodePersonNames).
 */
export type KbPersonRow = [string, string, string, string, string[], KbTermRow[] | string, KbRoleRow[] | string, string?];

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
  /** As the JSON has them, or (the Node bundles) the packed text beside the bundle (packedRows.ts). */
  people: KbPersonRow[] | PackedRows;
  /**
   * Built at build time (seats.ts seatTables): the seatKey of each constituency ("" when it is the
   * name in lower case), and its members as people indexes ("3 17 240").
   */
  constituencyKeys?: string[];
  seatHolders?: string[];
  /** Built at build time (officeIndex.ts officeTable): the holders of each office as people indexes. */
  officeHolders?: string[];
  /** Built at build time (nameIndex.ts NameIndex.tables): the name index of `people`, read in place. */
  nameTables?: NameTables;
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

/** Rows as the compact file stores them: fields by commas (null as nothing), rows by semicolons. */
export function encodeRows(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return rows.map((r) => r.map((x) => (x === null || x === undefined ? '' : String(x))).join(',')).join(';');
}

export function termRows(rows: KbTermRow[] | string): KbTermRow[] {
  if (typeof rows !== 'string') return rows;
  if (!rows) return [];
  return rows.split(';').map((row) => {
    const f = row.split(',');
    const r: KbTermRow = [f[0], f[1] || null, +f[2], +f[3]];
    if (f.length > 4) r.push(f[4] || null);
    if (f.length > 5) r.push(+f[5]);
    return r;
  });
}

export function roleRows(rows: KbRoleRow[] | string): KbRoleRow[] {
  if (typeof rows !== 'string') return rows;
  if (!rows) return [];
  return rows.split(';').map((row) => {
    const f = row.split(',');
    const r: KbRoleRow = [+f[0], f[1], f[2] || null];
    if (f.length > 3) r.push(f[3]);
    return r;
  });
}

/**
 * A person of the data, whose terms are decoded on first read. The fields of KbPerson, with `terms`
 * a getter: a copy made by spreading has no terms (give them, as the data update's merge does).
 */
export class StoredPerson implements KbPerson {
  #terms: KbTerm[] | null = null;
  readonly #rows: KbTermRow[] | string;
  readonly #data: KbData;

  constructor(
    readonly id: string,
    readonly name: string,
    readonly given: string,
    readonly family: string,
    readonly aliases: string[],
    rows: KbTermRow[] | string,
    data: KbData,
  ) {
    this.#rows = rows;
    this.#data = data;
  }

  /** In start order (the compact file stores them so; sorted only when they are not). */
  get terms(): KbTerm[] {
    if (this.#terms) return this.#terms;
    const terms = termRows(this.#rows).map((r) => decodeTerm(r, this.#data));
    for (let i = 1; i < terms.length; i++) if (terms[i - 1].start > terms[i].start) return (this.#terms = terms.sort(byStart));
    return (this.#terms = terms);
  }
}
