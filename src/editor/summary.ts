/**
 * The short texts Press Gallery shows around the editor: the status bar, its tooltip, and the
 * descriptions of speakers in the Speakers view and the Outline. Pure (no VS Code API).
 */
import type { Analysis, Person } from '../extractor/types';
import { formatDate, plural } from '../presentation/dates';
import { groupBySpeaker, unattributed, SpeakerGroup } from '../presentation/speakers';
import { BR, bold, escapeMarkdown } from './markdown';

export interface Counts {
  quotes: number;
  speech: number;
  terms: number;
  unattributed: number;
  speakers: number;
  /** People in the article who sat in the Commons on the lookup date. */
  mps: number;
}

export function counts(a: Analysis): Counts {
  const speech = a.quotes.filter((q) => q.kind === 'speech').length;
  return {
    quotes: a.quotes.length,
    speech,
    terms: a.quotes.length - speech,
    unattributed: unattributed(a).length,
    speakers: groupBySpeaker(a).length,
    mps: a.people.filter((p) => p.mpStatus === 'mp').length,
  };
}

/** "$(quote) 13 quotes · 3 speakers · 6 MPs". */
export function statusText(a: Analysis): string {
  const c = counts(a);
  return `$(quote) ${plural(c.quotes, 'quote')} · ${plural(c.speakers, 'speaker')} · ${plural(c.mps, 'MP')}`;
}

/** The status bar's text when a file is above the size limit and was not analysed. */
export const TOO_LARGE_TEXT = '$(warning) Press Gallery: file too large — click to analyse';

export function tooLargeTooltip(sizeMB: number, limitMB: number): string {
  return `This article is ${sizeMB.toFixed(1)} MB, above the ${limitMB} MB of the setting pressGallery.maxFileSizeMB, so it was not analysed automatically.\n\nClick to analyse it anyway.`;
}

/** True when the analysis has something the reader should be warned of (status bar background). */
export function needsWarning(a: Analysis): boolean {
  return a.notices.some((n) => n.code === 'truncated' || n.code === 'invalid-date');
}

/**
 * The status bar tooltip as Markdown: the article's date (or why there is none), what was found, and
 * every notice; quotation marks never closed are counted, with the line of the first.
 */
export function statusTooltip(a: Analysis, lineOf: (offset: number) => number = () => -1): string {
  const c = counts(a);
  const lines: string[] = [bold('Press Gallery')];
  if (a.header.headline?.text) lines[0] += ` · ${escapeMarkdown(a.header.headline.text)}`;
  if (a.date) lines.push(`Article date: ${formatDate(a.date)} — MPs are shown as of this date`);
  else if (a.header.dateStatus === 'invalid') lines.push(`Article date: ${escapeMarkdown(a.header.dateSpan?.text ?? '?')} is not a real date — MPs are shown as of ${formatDate(a.lookupDate)}`);
  else lines.push(`No date line — MPs are shown as of ${formatDate(a.lookupDate)}, the newest date of the data`);
  const kinds = [plural(c.speech, 'speech quote'), ...(c.terms ? [plural(c.terms, 'term in quotation marks', 'terms in quotation marks')] : []),
    ...(c.unattributed ? [`${c.unattributed} unattributed`] : [])];
  lines.push(`${plural(c.quotes, 'quotation')} (${kinds.join(', ')}) · ${plural(c.speakers, 'speaker')} · ${plural(c.mps, 'MP')} named`);
  const warnings: string[] = [];
  const unclosed = a.notices.filter((n) => n.code === 'unclosed-quote');
  for (const n of a.notices) {
    if (n.code === 'unclosed-quote') continue;
    warnings.push(`$(warning) ${escapeMarkdown(n.message)}`);
  }
  if (unclosed.length) {
    const line = unclosed[0].span ? lineOf(unclosed[0].span.start) : -1;
    const where = line >= 0 ? ` (first on line ${line + 1})` : '';
    warnings.push(`$(warning) ${unclosed.length === 1 ? 'A quotation mark is' : `${unclosed.length} quotation marks are`} never closed in ${unclosed.length === 1 ? 'its' : 'their'} paragraph${where}`);
  }
  lines.push(...warnings);
  lines.push(`Analysed in ${Math.round(a.stats.milliseconds)} ms · click to show the speakers`);
  return lines.join(BR);
}

/** What the data says of a person in a word or two, for lists: "MP · Labour", "not an MP then". */
export function personBadge(p: Person | null): string {
  if (!p) return '';
  switch (p.mpStatus) {
    case 'mp':
      return `MP · ${p.mp!.party}`;
    case 'ambiguous':
      return `MP? (${plural(p.candidates?.length ?? 0, 'match', 'matches')})`;
    case 'not-mp':
      return 'not an MP then';
    case 'no-data':
      return 'no MP data for the date';
    case 'unknown':
      return '';
  }
}

/** The Speakers view's description of a speaker: "9 quotes · MP · Labour", "1 quote · organisation". */
export function speakerDescription(g: SpeakerGroup): string {
  const badge = g.type === 'organisation' ? 'organisation' : personBadge(g.person);
  return [plural(g.quotes.length, 'quote'), badge].filter(Boolean).join(' · ');
}

/** The Outline's detail of a speaker: party and seat for an MP, else a role the text gives, or "organisation". */
export function speakerDetail(g: SpeakerGroup): string {
  if (g.type === 'organisation') return 'organisation';
  const p = g.person;
  if (p?.mpStatus === 'mp') return `${p.mp!.party}, ${p.mp!.constituency}`;
  return p?.roles[0] ?? '';
}

/** A plain one-line tooltip of a speaker for places that take no Markdown. */
export function speakerSummary(g: SpeakerGroup): string {
  const p = g.person;
  const mp = p?.mpStatus === 'mp' ? p.mp : null;
  return mp ? `${g.name} — ${mp.party} MP for ${mp.constituency}` : g.name;
}
