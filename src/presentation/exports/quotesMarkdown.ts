/**
 * What Copy Quotes as Markdown and `press-gallery extract --format md` produce. Pure (no VS Code API).
 */
import type { Analysis, Quote } from '../../extractor/types';
import { formatDate } from '../../extractor/dates';
import { oneLine, plural } from '../text/words';
import { escapeMarkdown } from '../text/markdown';
import { groupBySpeaker, unattributed } from '../speakers/groups';
import { partyAndSeat } from '../speakers/labels';
import { counts } from '../counts';

/**
 * The article's quotes grouped by speaker (in order of first appearance), for notes or a fact-check
 * sheet: the headline (or `title` when there is none) and the date on top, a heading per speaker
 * with party and seat for MPs, one bullet per quote with its line and cue, then the unattributed
 * ones. Terms in quotation marks are left out: nobody said them. `lineOf` gives an offset's line
 * (0-based); without it bullets carry no line.
 */
export function quotesAsMarkdown(a: Analysis, title: string, lineOf?: (offset: number) => number): string {
  const c = counts(a);
  const headline = oneLine(a.header.headline?.text ?? '') || oneLine(title);
  const lines = [`# ${escapeMarkdown(headline)}`, ''];
  const facts = [a.date ? formatDate(a.date) : 'no date line', plural(c.speech, 'quote'), plural(c.speakers, 'speaker')];
  lines.push(facts.join(' · '), '');
  const bullet = (q: Quote) => quoteBullet(q, lineOf);
  for (const g of groupBySpeaker(a)) {
    const mp = g.person?.mpStatus === 'mp' ? g.person.mp : null;
    const who = mp ? ` (${escapeMarkdown(partyAndSeat(mp))})` : g.type === 'organisation' ? ' (organisation)' : '';
    lines.push(`## ${escapeMarkdown(g.name)}${who}`, '');
    for (const q of g.quotes) lines.push(bullet(q));
    lines.push('');
  }
  const none = unattributed(a);
  if (none.length) {
    lines.push('## Unattributed', '');
    for (const q of none) lines.push(bullet(q));
    lines.push('');
  }
  return lines.join('\n');
}

/** "- “the quote” — _the cue_ (line 12)", on one line. */
function quoteBullet(q: Quote, lineOf?: (offset: number) => number): string {
  const line = lineOf ? ` (line ${lineOf(q.open.start) + 1})` : '';
  return `- “${escapeMarkdown(oneLine(q.text))}”${q.cue ? ` — _${escapeMarkdown(oneLine(q.cue.text))}_` : ''}${line}`;
}
