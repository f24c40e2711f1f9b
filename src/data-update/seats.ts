/** A constituency name as a key: case, accents, commas and hyphens do not make another seat. */
export function seatKey(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
