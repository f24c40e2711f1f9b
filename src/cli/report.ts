import type { Analysis, Person } from '../extractor/types';
import { plural } from '../presentation/text/words';
import { partyAndSeat } from '../presentation/speakers/labels';

/** The readable report of one analysis: quotes with speakers, MPs with party and seat, notices. */
export function formatReport(file: string, a: Analysis): string {
  const lines: string[] = [];
  const headline = a.header.headline?.text ?? '(no headline)';
  lines.push(`${file} — ${a.date ?? 'date unknown'} — ${headline}`);
  const speakers = new Set(a.quotes.map((q) => q.speaker?.name).filter(Boolean));
  const mps = a.people.filter((p) => p.mp);
  lines.push(`${plural(a.quotes.length, 'quotation')}, ${plural(speakers.size, 'speaker')}, ${plural(mps.length, 'MP')}`);
  if (a.quotes.length) {
    lines.push('', 'Quotations');
    for (const q of a.quotes) {
      const who = q.kind === 'term' ? '(term)' : q.speaker ? q.speaker.name : '(speaker unknown)';
      const cue = q.cue ? `  [${q.cue.text}]` : '';
      lines.push(`  ${q.index + 1}. “${short(q.text)}” — ${who}${cue}`);
    }
  }
  if (mps.length) {
    lines.push('', 'MPs');
    for (const p of mps) lines.push(`  ${p.name} — ${mpLine(p)}`);
  }
  const ambiguous = a.people.filter((p) => p.mpStatus === 'ambiguous');
  for (const p of ambiguous) lines.push(`  ${p.name} — could be ${p.candidates?.map((c) => `${c.name} (${partyAndSeat(c)})`).join(' or ')}`);
  if (a.notices.length) {
    lines.push('', 'Notices');
    for (const n of a.notices) lines.push(`  ${n.message}`);
  }
  return lines.join('\n');
}

function mpLine(p: Person): string {
  const mp = p.mp!;
  let s = partyAndSeat(mp);
  if (mp.previous && mp.previous.party !== mp.party) s += ` (${mp.previous.party} until ${mp.previous.end})`;
  return s;
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 90 ? `${flat.slice(0, 87)}…` : flat;
}
