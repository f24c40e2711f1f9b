import type { Analysis } from '../extractor/types';
import { groupBySpeaker, unattributed } from './speakers';
import { formatDate } from './dates';

/** Quotes grouped by speaker, as Markdown a sub-editor can paste into notes. */
export function quotesAsMarkdown(a: Analysis, title: string): string {
  const lines = [`# Quotes — ${title}`, ''];
  if (a.date) lines.push(`Article date: ${formatDate(a.date)}`, '');
  for (const g of groupBySpeaker(a)) {
    const mp = g.person?.mp;
    lines.push(`## ${g.name}${mp ? ` (${mp.party}, ${mp.constituency})` : ''}`, '');
    for (const q of g.quotes) lines.push(`- “${oneLine(q.text)}”${q.cue ? ` — _${oneLine(q.cue.text)}_` : ''}`);
    lines.push('');
  }
  const none = unattributed(a);
  if (none.length) {
    lines.push('## Speaker unknown', '');
    for (const q of none) lines.push(`- “${oneLine(q.text)}”`);
    lines.push('');
  }
  return lines.join('\n');
}

/** One row per quote: speaker, party, constituency, kind, quote, offsets. RFC 4180 quoting. */
export function quotesAsCsv(a: Analysis): string {
  const rows = [['speaker', 'party', 'constituency', 'kind', 'quote', 'start', 'end']];
  for (const q of a.quotes) {
    const person = q.speaker?.type === 'person' ? a.people.find((p) => p.id === q.speaker!.id) : undefined;
    rows.push([q.speaker?.name ?? '', person?.mp?.party ?? '', person?.mp?.constituency ?? '', q.kind, q.text, String(q.start), String(q.end)]);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The whole analysis as JSON, with where it came from. */
export function analysisAsJson(a: Analysis, source: string): string {
  return JSON.stringify({ source, ...a }, null, 2);
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
