/**
 * The parts of UK Parliament's Members API (members-api.parliament.uk) the update reads, and the
 * checks every answer passes before anything is built from it. Shapes as the API's OpenAPI document
 * gives them (see test/fixtures/members-api/README.md for where each comes from): a search page is
 * `{ items: [{ value: Member, links }], totalResults, skip, take }`; a history answer is
 * `[{ value: { id, partyHistory, houseMembershipHistory, nameHistory }, links }]`. Dates come as
 * "2024-07-04T00:00:00"; only the day is kept.
 */

/** The House of Commons in the API's `house` fields. */
export const COMMONS = 1;

/** One member of a search page, as far as the update needs it. */
export interface ApiMemberSummary {
  id: number;
  nameDisplayAs: string;
  nameListAs: string;
}

export interface ApiSearchPage {
  items: ApiMemberSummary[];
  totalResults: number;
}

export interface ApiPartyRecord {
  start: string;
  end: string | null;
  party: string;
}

export interface ApiMembership {
  house: number;
  constituency: string;
  start: string;
  end: string | null;
}

/** A member's party and house membership history. */
export interface ApiMemberHistory {
  id: number;
  parties: ApiPartyRecord[];
  memberships: ApiMembership[];
}

/** A malformed answer: `where` names the record and field ("member 4858: partyHistory[1].startDate"). */
export class ShapeError extends Error {
  constructor(where: string, expected: string, message = `${where} is missing or not ${expected}`) {
    super(message);
  }
}

type Json = unknown;

function field(o: Json, key: string, where: string): Json {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new ShapeError(where, 'an object');
  return (o as Record<string, Json>)[key];
}

function str(o: Json, key: string, where: string): string {
  const v = field(o, key, where);
  if (typeof v !== 'string' || !v.trim()) throw new ShapeError(`${where}.${key}`, 'a text');
  return v.trim();
}

function int(o: Json, key: string, where: string): number {
  const v = field(o, key, where);
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new ShapeError(`${where}.${key}`, 'a whole number');
  return v;
}

function list(o: Json, key: string, where: string): Json[] {
  const v = field(o, key, where);
  if (!Array.isArray(v)) throw new ShapeError(`${where}.${key}`, 'a list');
  return v;
}

const API_DATE = /^(\d{4}-\d{2}-\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** "2024-07-04T00:00:00" → "2024-07-04"; null stays null when allowed. */
function day(o: Json, key: string, where: string, nullable: boolean): string | null {
  const v = field(o, key, where);
  if (v === null || v === undefined) {
    if (nullable) return null;
    throw new ShapeError(`${where}.${key}`, 'a date');
  }
  const m = typeof v === 'string' ? API_DATE.exec(v) : null;
  if (!m || Number.isNaN(Date.parse(`${m[1]}T00:00:00Z`))) throw new ShapeError(`${where}.${key}`, 'a date');
  return m[1];
}

/** The `value` of an `{ value, links }` item. */
function valueOf(item: Json, where: string): Json {
  const v = field(item, 'value', where);
  if (typeof v !== 'object' || v === null) throw new ShapeError(`${where}.value`, 'an object');
  return v;
}

/** Checks one page of /api/Members/Search. */
export function parseSearchPage(body: Json): ApiSearchPage {
  const totalResults = int(body, 'totalResults', 'search page');
  const items = list(body, 'items', 'search page').map((item, i) => {
    const v = valueOf(item, `search page items[${i}]`);
    const id = int(v, 'id', `search page items[${i}].value`);
    const where = `member ${id}`;
    return { id, nameDisplayAs: str(v, 'nameDisplayAs', where), nameListAs: str(v, 'nameListAs', where) };
  });
  return { items, totalResults };
}

/** Checks an answer of /api/Members/History?ids=…: one history per member asked for. */
export function parseHistories(body: Json, asked: readonly number[]): ApiMemberHistory[] {
  if (!Array.isArray(body)) throw new ShapeError('history answer', 'a list');
  const out = body.map((item, i) => parseHistory(valueOf(item, `history answer[${i}]`), i));
  const got = new Set(out.map((h) => h.id));
  const missing = asked.filter((id) => !got.has(id));
  if (missing.length) throw new ShapeError('', '', `the history of member ${missing.join(', ')} is missing from the answer`);
  return out;
}

function parseHistory(v: Json, i: number): ApiMemberHistory {
  const id = int(v, 'id', `history answer[${i}].value`);
  const where = `member ${id}`;
  const parties = list(v, 'partyHistory', where).map((p, j) => {
    const at = `${where}: partyHistory[${j}]`;
    return { start: day(p, 'startDate', at, false)!, end: day(p, 'endDate', at, true), party: str(field(p, 'party', at), 'name', `${at}.party`) };
  });
  const memberships = list(v, 'houseMembershipHistory', where).map((m, j) => {
    const at = `${where}: houseMembershipHistory[${j}]`;
    return {
      house: int(m, 'house', at),
      constituency: str(m, 'membershipFrom', at),
      start: day(m, 'membershipStartDate', at, false)!,
      end: day(m, 'membershipEndDate', at, true),
    };
  });
  for (const r of [...parties, ...memberships]) {
    if (r.end !== null && r.end < r.start) throw new ShapeError(where, '', `${where}: a record ends (${r.end}) before it starts (${r.start})`);
  }
  return { id, parties, memberships };
}
