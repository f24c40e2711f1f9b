/**
 * What Copy Quotes as Markdown and Export Analysis as JSON produce. Pure (no VS Code API).
 */
import type { Analysis } from '../extractor/types';
import { formatDate, plural } from '../presentation/dates';
import { groupBySpeaker, unattributed } from '../presentation/speakers';
import { escapeMarkdown } from './markdown';
import { counts } from './summary';

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The article's quotes grouped by speaker (in order of first appearance), for notes or a fact-check
 * sheet: a heading per speaker with party and seat for MPs, one bullet per quote with its cue, then
 * the unattributed ones. Terms in quotation marks are left out: nobody said them.
 */
export function quotesAsMarkdown(a: Analysis, title: string): string {
  const c = counts(a);
  const lines = [`# Quotes: ${escapeMarkdown(oneLine(title))}`, ''];
  const facts = [a.date ? formatDate(a.date) : 'no date line', plural(c.speech, 'quote'), plural(c.speakers, 'speaker')];
  lines.push(facts.join(' · '), '');
  for (const g of groupBySpeaker(a)) {
    const mp = g.person?.mpStatus === 'mp' ? g.person.mp : null;
    const who = mp ? ` (${escapeMarkdown(mp.party)}, ${escapeMarkdown(mp.constituency)})` : g.type === 'organisation' ? ' (organisation)' : '';
    lines.push(`## ${escapeMarkdown(g.name)}${who}`, '');
    for (const q of g.quotes) lines.push(`- “${escapeMarkdown(oneLine(q.text))}”${q.cue ? ` — _${escapeMarkdown(oneLine(q.cue.text))}_` : ''}`);
    lines.push('');
  }
  const none = unattributed(a);
  if (none.length) {
    lines.push('## Unattributed', '');
    for (const q of none) lines.push(`- “${escapeMarkdown(oneLine(q.text))}”${q.cue ? ` — _${escapeMarkdown(oneLine(q.cue.text))}_` : ''}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The analysis as JSON, with the URI of the document it came from first. */
export function analysisAsJson(a: Analysis, source: string): string {
  return `${JSON.stringify({ source, ...a }, null, 2)}\n`;
}
