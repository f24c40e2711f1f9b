import type { Analysis, MpInfo, Person, Quote } from '../extractor/types';
import { daysBetween, formatDate, plural } from './dates';
import { firstWords, positionAmongSpeaker } from './speakers';

/**
 * Hover cards as Markdown, built from small helpers (as GitLens does): one line per fact, no raw JSON,
 * readable in light and dark themes. Pure: the editor layer only wraps the result.
 */

/** A link to a command, with its arguments; the editor layer trusts exactly these commands. */
export interface CommandLink {
  title: string;
  command: string;
  args: unknown[];
}

export function commandLink(link: CommandLink): string {
  return `[${escapeMarkdown(link.title)}](command:${link.command}?${encodeURIComponent(JSON.stringify(link.args))})`;
}

export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>]/g, '\\$&');
}

function quoted(text: string, words = 12): string {
  return `“${escapeMarkdown(firstWords(text, words))}”`;
}

/** The card for a mention of a person. */
export function personCard(a: Analysis, p: Person, showAll: CommandLink | null): string {
  const lines = [`**${escapeMarkdown(p.name)}**${p.mp ? ' · `MP`' : ''}`];
  lines.push(...membershipLines(a, p));
  const mine = a.quotes.filter((q) => q.kind === 'speech' && q.speaker?.type === 'person' && q.speaker.id === p.id);
  if (mine.length) {
    lines.push('', `${plural(mine.length, 'quote')} in this article — first: ${quoted(mine[0].text)}`);
    if (showAll) lines.push(commandLink(showAll));
  }
  return lines.join('  \n');
}

function membershipLines(a: Analysis, p: Person): string[] {
  const on = formatDate(a.lookupDate);
  const dateNote = a.date ? `on ${on}` : `on ${on} (the article has no date: newest data)`;
  switch (p.mpStatus) {
    case 'mp':
      return mpLines(a, p.mp!, dateNote);
    case 'ambiguous':
      return [`Could be any of ${plural(p.candidates?.length ?? 0, 'sitting MP')} ${dateNote}:`,
        ...(p.candidates ?? []).map((c) => `- ${escapeMarkdown(c.name)} — ${escapeMarkdown(c.party)}, ${escapeMarkdown(c.constituency)}`)];
    case 'no-data':
      return [`_No House of Commons membership data for ${on}: party and seat are not shown._`];
    case 'not-mp':
      return [`Not a sitting MP ${dateNote}.`];
    default:
      return [];
  }
}

function mpLines(a: Analysis, mp: MpInfo, dateNote: string): string[] {
  const lines = [`${escapeMarkdown(mp.party)} · ${escapeMarkdown(mp.constituency)} — ${dateNote}`];
  const change = changeNearDate(a.lookupDate, mp);
  if (change) lines.push(change);
  if (mp.offices.length) lines.push(`Offices then: ${mp.offices.map((o) => escapeMarkdown(o.role)).join('; ')}`);
  if (mp.term.partyAsOf && mp.term.partyAsOf < a.lookupDate) {
    lines.push(`_Party verified only up to ${formatDate(mp.term.partyAsOf)}; later changes may be missing._`);
  }
  return lines;
}

/**
 * What changed around the date that a reader should know: a party or seat left before it ("Left
 * Labour on 18 Feb 2019 — The Independent Group since, 3 days before this article"), or one about to
 * change after it. Worded from the data's own dates.
 */
export function changeNearDate(date: string, mp: MpInfo): string | null {
  const prev = mp.previous, next = mp.next;
  if (prev && prev.party !== mp.term.party) {
    const days = daysBetween(mp.term.start, date);
    return `Left ${escapeMarkdown(prev.party)} on ${formatDate(mp.term.start)} — ${escapeMarkdown(mp.term.party)} since (${ago(days)} this article)`;
  }
  if (prev && prev.constituency !== mp.term.constituency) {
    return `Sat for ${escapeMarkdown(prev.constituency)} until ${formatDate(prev.end ?? mp.term.start)}`;
  }
  if (next && next.party !== mp.term.party) {
    const days = daysBetween(date, next.start);
    return `Moves to ${escapeMarkdown(next.party)} on ${formatDate(next.start)} (${plural(days, 'day')} after this article)`;
  }
  return null;
}

function ago(days: number): string {
  return days === 0 ? 'the day of' : `${plural(days, 'day')} before`;
}

/** The card for a quotation: who said it, the cue, and its place among that speaker's quotes. */
export function quoteCard(a: Analysis, q: Quote, showAll: CommandLink | null): string {
  if (q.kind === 'term') return `**Term in quotation marks** — nobody is reported as saying ${quoted(q.text, 8)}`;
  if (!q.speaker) {
    const lines = ['**Speaker unknown**'];
    if (q.cue) lines.push(`Cue: _${escapeMarkdown(q.cue.text)}_`);
    return lines.join('  \n');
  }
  const [n, of] = positionAmongSpeaker(a, q);
  const lines = [`**${escapeMarkdown(q.speaker.name)}**${q.speaker.type === 'organisation' ? ' (organisation)' : ''}`];
  if (q.cue) lines.push(`Cue: _${escapeMarkdown(q.cue.text)}_`);
  else if (q.method === 'continuation') lines.push('_Continues the previous quote by the same speaker._');
  lines.push(`Quote ${n} of ${of} by ${escapeMarkdown(q.speaker.name)}`);
  if (showAll && of > 1) lines.push(commandLink(showAll));
  return lines.join('  \n');
}
