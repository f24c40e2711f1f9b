/**
 * Corpus statistics as text for people (`stats`), Markdown tables (`--format md`) and one CSV table
 * (`--format csv`, also the Sources view's export). Pure (no VS Code or Node API).
 */
import type { CorpusStats, SpeakerStats } from './stats';
import { csvField } from '../presentation/exports/quotesCsv';
import { plural } from '../presentation/text/words';

const KIND_LABEL: Record<SpeakerStats['kind'], string> = { mp: 'MP', person: 'person', organisation: 'organisation' };

/** "Labour 12; Conservative 1", or "" for a speaker who was never an MP. */
export function partiesText(parties: Record<string, number>): string {
  return Object.entries(parties).map(([p, n]) => `${p} ${n}`).join('; ');
}

/** The headline numbers: "40 articles, 120 quotations (8 unattributed), 35 speakers". */
export function totalsLine(s: CorpusStats): string {
  const unattributed = s.unattributed ? ` (${s.unattributed} unattributed)` : '';
  return `${plural(s.articles, 'article')}, ${plural(s.quotes, 'quotation')}${unattributed}, ${plural(s.speakers.length, 'speaker')}`;
}

/** A readable report: totals, quotes by party, the most-quoted speakers (all of them with `top` 0). */
export function statsAsText(s: CorpusStats, top = 20): string {
  const lines = [totalsLine(s)];
  if (s.parties.length) {
    lines.push('', 'MPs’ quotations by party (on each article’s date)');
    const width = Math.max(...s.parties.map((p) => p.party.length));
    for (const p of s.parties) lines.push(`  ${p.party.padEnd(width)}  ${String(p.quotes).padStart(5)} quotes  ${String(p.words).padStart(7)} words  ${plural(p.speakers, 'speaker')}`);
  }
  const shown = top > 0 ? s.speakers.slice(0, top) : s.speakers;
  if (shown.length) {
    lines.push('', shown.length < s.speakers.length ? `Most-quoted speakers (${shown.length} of ${s.speakers.length})` : 'Speakers');
    for (const sp of shown) {
      const names = Object.keys(sp.parties);
      const party = names.length === 1 ? names[0] : partiesText(sp.parties);
      lines.push(`  ${sp.name} (${KIND_LABEL[sp.kind]}${party ? `, ${party}` : ''}): ${plural(sp.quotes, 'quote')}, ${plural(sp.words, 'word')}, ${plural(sp.articles, 'article')}`);
    }
  }
  return lines.join('\n');
}

function mdCell(s: string | number): string {
  return String(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function mdTable(head: string[], rows: Array<Array<string | number>>): string {
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.map(mdCell).join(' | ')} |`).join('\n');
}

/** Three Markdown tables: parties, speakers, dates. */
export function statsAsMarkdown(s: CorpusStats): string {
  return [
    `**${totalsLine(s)}**`,
    '## Quotations by party',
    mdTable(['Party', 'Quotes', 'Words', 'Speakers'], s.parties.map((p) => [p.party, p.quotes, p.words, p.speakers])),
    '## Speakers',
    mdTable(['Speaker', 'Kind', 'Party', 'Quotes', 'Words', 'Articles'], s.speakers.map((sp) => [sp.name, KIND_LABEL[sp.kind], partiesText(sp.parties), sp.quotes, sp.words, sp.articles])),
    '## Quotations over time',
    mdTable(['Date', 'Articles', 'Quotes'], s.dates.map((d) => [d.date ?? 'undated', d.articles, d.quotes])),
  ].join('\n\n') + '\n';
}

const CSV_HEAD = ['table', 'name', 'kind', 'party', 'date', 'quotes', 'words', 'articles', 'speakers'];

/**
 * One CSV table (RFC 4180) holding every number of the JSON, a row per total, party, speaker and
 * party of a speaker, and date; the `table` column says which. Spreadsheets filter on it.
 */
export function statsAsCsv(s: CorpusStats): string {
  const rows: Array<Array<string | number>> = [CSV_HEAD];
  rows.push(['total', '', '', '', '', s.quotes, '', s.articles, s.speakers.length]);
  if (s.unattributed) rows.push(['unattributed', '', '', '', '', s.unattributed, '', '', '']);
  for (const p of s.parties) rows.push(['party', '', '', p.party, '', p.quotes, p.words, '', p.speakers]);
  for (const sp of s.speakers) {
    rows.push(['speaker', sp.name, sp.kind, '', '', sp.quotes, sp.words, sp.articles, '']);
    for (const [party, n] of Object.entries(sp.parties)) rows.push(['speaker-party', sp.name, sp.kind, party, '', n, '', '', '']);
  }
  for (const d of s.dates) rows.push(['date', '', '', '', d.date ?? '', d.quotes, '', d.articles, '']);
  return rows.map((r) => r.map((c) => csvField(String(c))).join(',')).join('\r\n') + '\r\n';
}
