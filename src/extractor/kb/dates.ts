/**
 * ISO dates (YYYY-MM-DD) compare as strings, so lookups need no Date objects; only day counts do.
 */

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
