import type { Analysis } from '../../extractor/types';

/** One row per quote: speaker, party, constituency, kind, quote, offsets. RFC 4180 quoting. */
export function quotesAsCsv(a: Analysis): string {
  const rows = [['speaker', 'party', 'constituency', 'kind', 'quote', 'start', 'end']];
  const people = new Map(a.people.map((p) => [p.id, p]));
  for (const q of a.quotes) {
    const person = q.speaker?.type === 'person' ? people.get(q.speaker.id) : undefined;
    rows.push([q.speaker?.name ?? '', person?.mp?.party ?? '', person?.mp?.constituency ?? '', q.kind, q.text, String(q.start), String(q.end)]);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
