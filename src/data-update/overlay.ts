/**
 * The overlay: what a data update learned from UK Parliament, kept beside the bundled data and never
 * mixed into it. One JSON file, dated, with its source and licence, holding for each member the
 * Commons terms from `since` (the bundled data's verified date) on. Parsing checks every field, so a
 * damaged or foreign file is refused as a whole rather than half-applied.
 */

export const OVERLAY_FORMAT = 'press-gallery/mp-overlay@1';
export const OPL_ATTRIBUTION = 'Contains Parliamentary information licensed under the Open Parliament Licence v3.0.';
export const MEMBERS_API_NAME = 'UK Parliament Members API';

export interface OverlayTerm {
  start: string;
  /** Null while still sitting when the update was fetched. */
  end: string | null;
  party: string;
  constituency: string;
}

export interface OverlayPerson {
  /** The knowledge base's person id (`uk.parliament.data/Member/N` for people the bundled data lacks). */
  id: string;
  /** The Members API's member id. */
  memberId: number;
  name: string;
  given: string;
  family: string;
  /** Other forms of the name (the API's display form with its title). */
  aliases: string[];
  /** Not in the bundled data (elected after it). */
  added?: true;
  /** Terms from `since` on, in date order; they replace the bundled terms from that day. */
  terms: OverlayTerm[];
}

export interface Overlay {
  format: typeof OVERLAY_FORMAT;
  source: { name: string; url: string };
  licence: string;
  /** When the answers were fetched (ISO time, UTC). */
  fetched: string;
  /** Party and seat are verified to this day (the last whole day before the fetch). */
  verifiedTo: string;
  /** The overlay's facts run from this day: the bundled data's `partyVerifiedTo` when it was made. */
  since: string;
  /** The `generated` date of the bundled data the overlay was made over. */
  bundledGenerated: string;
  people: OverlayPerson[];
  /** Members of the answer left out (not matched to the bundled data, or records that do not add up). */
  skipped: { memberId: number; reason: string }[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(v: unknown): v is string {
  return typeof v === 'string' && DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
}

function isText(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

function termProblem(t: unknown): string | null {
  if (typeof t !== 'object' || t === null) return 'a term is not an object';
  const r = t as Record<string, unknown>;
  if (!isDay(r.start)) return 'a term has no start date';
  if (r.end !== null && !isDay(r.end)) return 'a term has a bad end date';
  if (r.end !== null && (r.end as string) < r.start) return 'a term ends before it starts';
  if (!isText(r.party) || !isText(r.constituency)) return 'a term has no party or constituency';
  return null;
}

function personProblem(p: unknown): string | null {
  if (typeof p !== 'object' || p === null) return 'a person is not an object';
  const r = p as Record<string, unknown>;
  if (!isText(r.id) || !Number.isInteger(r.memberId)) return 'a person has no id';
  if (!isText(r.name) || typeof r.given !== 'string' || typeof r.family !== 'string') return `person ${r.id} has no name`;
  if (!Array.isArray(r.aliases) || !r.aliases.every(isText)) return `person ${r.id} has bad aliases`;
  if (!Array.isArray(r.terms) || !r.terms.length) return `person ${r.id} has no terms`;
  for (const t of r.terms) {
    const problem = termProblem(t);
    if (problem) return `person ${r.id}: ${problem}`;
  }
  return null;
}

/** The overlay in a file's text, or why it cannot be used. */
export function parseOverlay(text: string): Overlay | { error: string } {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(text);
  } catch {
    return { error: 'the overlay file is not valid JSON' };
  }
  if (typeof o !== 'object' || o === null) return { error: 'the overlay file is not an object' };
  if (o.format !== OVERLAY_FORMAT) return { error: `the overlay file is not of format ${OVERLAY_FORMAT}` };
  const source = o.source as Record<string, unknown> | undefined;
  if (!source || !isText(source.name) || !isText(source.url)) return { error: 'the overlay file names no source' };
  if (typeof o.fetched !== 'string' || Number.isNaN(Date.parse(o.fetched))) return { error: 'the overlay file has no fetch time' };
  if (!isDay(o.verifiedTo) || !isDay(o.since) || !isDay(o.bundledGenerated)) return { error: 'the overlay file has bad dates' };
  if (!isText(o.licence)) return { error: 'the overlay file has no licence' };
  if (!Array.isArray(o.people) || !Array.isArray(o.skipped)) return { error: 'the overlay file has no people' };
  for (const p of o.people) {
    const problem = personProblem(p);
    if (problem) return { error: `the overlay file is damaged: ${problem}` };
  }
  return o as unknown as Overlay;
}

export function serializeOverlay(o: Overlay): string {
  return `${JSON.stringify(o, null, 1)}\n`;
}
