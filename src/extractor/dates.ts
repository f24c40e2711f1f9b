/**
 * ISO dates (YYYY-MM-DD), in one place for every layer: they compare as strings, so lookups need no
 * Date objects; only day counts do. Their wording ("18 Feb 2019") is here too, so the hover cards,
 * the checks' messages and the exports write a date the same way.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Whole days from a to b (b later gives a positive number). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** start <= date <= end, an open end (null) reaching as far as `openTo` (default: for ever). */
export function within(date: string, start: string, end: string | null, openTo?: string): boolean {
  if (date < start) return false;
  if (end !== null) return date <= end;
  return openTo === undefined || date <= openTo;
}

/** "2019-02-18" → "18 Feb 2019" (no Intl: the same in every host and locale). */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** The day n days later (earlier when negative), counted in UTC so no time zone shifts it. */
export function addDays(iso: string, n: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Orders records by their ISO `start` date (plain string order: no locale rules, and fast). */
export function byStart(a: { start: string }, b: { start: string }): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}
