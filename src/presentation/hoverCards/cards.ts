/**
 * The hover cards: a person, an organisation, a quotation, the date line. Pure: strings in, Markdown
 * out, no VS Code API, so every wording is unit-tested in Node. The hover provider only wraps the
 * result in a trusted MarkdownString.
 *
 * Cards are short lines with hard breaks, a rule before the quotes section, inline code for the MP
 * badge: all rendered by the theme's own colours, so they read in light, dark and high contrast.
 */
import type { Analysis, Organisation, Person, Quote } from '../../extractor/types';
import { formatDate } from '../../extractor/dates';
import { plural } from '../text/words';
import { BR, RULE, bold, code, commandLink, escapeMarkdown, italic, quoted } from '../text/markdown';
import { groupBySpeaker, positionAmongSpeaker, unattributed, SpeakerGroup } from '../speakers/groups';
import { partyAndSeat } from '../speakers/labels';
import { changesAround, dissolvedLines, officesHeld, partyOnDate, sittingSince } from './membership';
import { Commands, ShowQuotesArgs, UNATTRIBUTED_ID } from '../ids';
import { updatedFrom } from './dataSource';
import { CUT_SHORT } from '../status/statusBar';
import type { Problem } from '../../checks/types';

/** What a card needs to know beyond the analysis. */
export interface CardOptions {
  /** The document's URI as a string: enables the "show all quotes" link. */
  uri?: string;
  /** The document's version: a fix link applies only to the version it was made for. */
  version?: number;
  /** The checks' problems in the article (those about the person are shown on their card). */
  problems?: readonly Problem[];
}

/** The argument of pressGallery.applyFix: one edit to one version of a document. */
export interface ApplyFixArgs {
  uri: string;
  version: number;
  start: number;
  end: number;
  text: string;
}

/**
 * The problems on what the text says of a person, as the fact-checker reads them on the card: "The
 * text says _Labour MP_; on 21 Feb 2019 the record says Conservative." and each fix as a link.
 */
export function problemLines(a: Analysis, p: Person, options: CardOptions): string[] {
  const mine = (options.problems ?? []).filter((x) => x.about?.personId === p.id);
  return mine.map((x) => {
    const line = `$(warning) The text says ${italic(x.about!.said)}; ${dateNote(a)} the record says ${escapeMarkdown(x.about!.record)}.`;
    const fixes = options.uri !== undefined && options.version !== undefined
      ? [x.fix, ...(x.otherFixes ?? [])].filter((f): f is NonNullable<typeof f> => !!f).map((f) =>
        commandLink(f.title, Commands.applyFix, { uri: options.uri!, version: options.version!, ...f.edit } satisfies ApplyFixArgs))
      : [];
    return fixes.length ? `${line}${BR}${fixes.join(' · ')}` : line;
  });
}

/** "on 21 Feb 2019", or the lookup date with the reason the article's own date was not used. */
export function dateNote(a: Analysis): string {
  const on = `on ${formatDate(a.lookupDate)}`;
  if (a.header.dateStatus === 'missing') return `${on} (no date line: as of the newest data)`;
  if (a.header.dateStatus === 'invalid') return `${on} (${escapeMarkdown(a.header.dateSpan?.text ?? 'the date')} is not a real date)`;
  return on;
}

function groupOf(a: Analysis, id: string): SpeakerGroup | undefined {
  return groupBySpeaker(a).find((g) => g.id === id);
}

function showQuotesLink(name: string, count: number, options: CardOptions, speakerId: string): string | null {
  if (!options.uri || count === 0) return null;
  const args: ShowQuotesArgs = { uri: options.uri, speakerId };
  const title = count === 1 ? `Go to the quote by ${name}` : `Show all ${count} quotes by ${name}`;
  return commandLink(title, Commands.showQuotesBySpeaker, args);
}

/** What a card says in place of speakers the time budget left unworked, and the link to analyse fully. */
function cutShortNote(what: string, options: CardOptions): string {
  return options.uri ? `${what}${BR}${commandLink('Analyse fully', Commands.analyseAnyway, options.uri)}` : what;
}

/** "3 quotes in this article — first: “…”" with a link to them all; or that the speaker is not quoted. */
function quotesSection(a: Analysis, id: string, name: string, options: CardOptions): string {
  const quotes = groupOf(a, id)?.quotes ?? [];
  if (!quotes.length && a.stats.truncated) {
    // Nobody can say they were not quoted: the speakers of the rest were never worked out.
    return cutShortNote(`Speakers not worked out (analysis ${CUT_SHORT}).`, options);
  }
  if (!quotes.length) return 'Not quoted in this article.';
  const lines = [`${plural(quotes.length, 'quote')} in this article — first: ${quoted(quotes[0].text)}`];
  const link = showQuotesLink(name, quotes.length, options, id);
  if (link) lines.push(link);
  return lines.join(BR);
}

/** What the data says of the person's seat in the Commons on the lookup date. */
export function membershipLines(a: Analysis, p: Person): string[] {
  const on = dateNote(a);
  switch (p.mpStatus) {
    case 'mp': {
      const mp = p.mp!;
      const lines = [`${escapeMarkdown(partyOnDate(mp, a.lookupDate))} · ${escapeMarkdown(mp.constituency)} — ${on}`];
      lines.push(escapeMarkdown(sittingSince(mp)));
      for (const change of changesAround(mp, a.lookupDate)) lines.push(escapeMarkdown(change));
      const offices = officesHeld(mp);
      if (offices.length) lines.push(`Office${offices.length > 1 ? 's' : ''} then: ${offices.map(escapeMarkdown).join('; ')}`);
      if (mp.name !== p.name) lines.push(`${escapeMarkdown(mp.name)} in the Commons records`);
      const source = updatedFrom(mp);
      if (source) lines.push(escapeMarkdown(source), italic(mp.term.updated!.licence));
      return lines;
    }
    case 'ambiguous': {
      const candidates = p.candidates ?? [];
      return [`Could be any of ${plural(candidates.length, 'MP')} sitting ${on}:`,
        ...candidates.map((c) => `• ${escapeMarkdown(c.name)} — ${escapeMarkdown(partyAndSeat(c))}`)];
    }
    case 'no-data':
      return [`_No House of Commons membership data for ${formatDate(a.lookupDate)}: party and seat are not known for that date._`];
    case 'not-mp':
      return p.dissolved ? dissolvedLines(p.dissolved, a.lookupDate).map(escapeMarkdown) : [`Not a sitting MP ${on}.`];
    case 'unknown':
      return [`No MP of this name ${on}.`];
  }
}

/** The hover card for a mention of a person. */
export function personCard(a: Analysis, p: Person, options: CardOptions = {}): string {
  const head = [`${bold(p.name)}${p.mpStatus === 'mp' ? ` · ${code('MP')}` : ''}`, ...membershipLines(a, p)];
  if (p.roles.length) head.push(`Described as ${p.roles.map((r) => `“${escapeMarkdown(r)}”`).join(', ')}`);
  const problems = problemLines(a, p, options);
  return head.join(BR) + (problems.length ? RULE + problems.join(BR) : '') + RULE + quotesSection(a, p.id, p.name, options);
}

/** The hover card for a mention of an organisation. */
export function organisationCard(a: Analysis, o: Organisation, options: CardOptions = {}): string {
  return `${bold(o.name)} · organisation` + RULE + quotesSection(a, o.id, o.name, options);
}

/** How the speaker was found, when the cue does not name them. */
function methodNote(q: Quote): string | null {
  const who = q.speaker ? escapeMarkdown(q.speaker.name) : '';
  switch (q.method) {
    case 'pronoun':
      return `pronoun resolved to ${who}`;
    case 'role':
      return `role resolved to ${who}`;
    case 'adjacent':
      return 'cue in a neighbouring sentence';
    case 'continuation':
      return `continues the quote before it by ${who}`;
    case 'context':
      return `no reporting verb: ${who} is the likeliest speaker from the context`;
    default:
      return null;
  }
}

/** The speaker's line of a quote card: name, badge, and party and seat for an MP. */
function speakerLine(a: Analysis, q: Quote): string {
  const s = q.speaker!;
  if (s.type === 'organisation') return `${bold(s.name)} · organisation`;
  const person = a.people.find((p) => p.id === s.id);
  const mp = person?.mpStatus === 'mp' ? person.mp : null;
  return mp ? `${bold(s.name)} · ${code('MP')} · ${escapeMarkdown(partyAndSeat(mp))}` : bold(s.name);
}

/** True when the time budget ran out before the speakers of this quote's part of the text were looked for. */
function cutBefore(a: Analysis, q: Quote): boolean {
  if (!a.stats.truncated) return false;
  return q.start >= a.stats.speakersTo;
}

/** The hover card for a quotation: who said it, the cue, and its place among that speaker's quotes. */
export function quoteCard(a: Analysis, q: Quote, options: CardOptions = {}): string {
  if (q.kind === 'term') return `${bold('Term in quotation marks')}${BR}Not speech: nobody is reported as saying ${quoted(q.text, 8)}.`;
  const lines: string[] = [];
  if (!q.speaker && cutBefore(a, q)) {
    // The speakers of this part were never looked for: "unknown" would not be true.
    return cutShortNote(bold(`Speaker not worked out (analysis ${CUT_SHORT})`), options);
  }
  if (!q.speaker) {
    lines.push(bold('Speaker unknown'));
    if (q.cue) lines.push(`Cue: ${italic(q.cue.text)}`);
    const none = unattributed(a);
    lines.push(`Unattributed quote ${none.indexOf(q) + 1} of ${none.length} in this article`);
    const link = none.length > 1 && options.uri
      ? commandLink(`Show all ${none.length} unattributed quotes`, Commands.showQuotesBySpeaker, { uri: options.uri, speakerId: UNATTRIBUTED_ID } satisfies ShowQuotesArgs)
      : null;
    if (link) lines.push(link);
    return lines.join(BR);
  }
  lines.push(speakerLine(a, q));
  const note = methodNote(q);
  if (q.cue) lines.push(`Cue: ${italic(q.cue.text)}${note ? ` (${note})` : ''}`);
  else if (note) lines.push(`_${note.charAt(0).toUpperCase()}${note.slice(1)}._`);
  if (q.continued) lines.push('_Continues a quotation from the paragraph before._');
  const [n, of] = positionAmongSpeaker(a, q);
  lines.push(`Quote ${n} of ${of} by ${escapeMarkdown(q.speaker.name)}`);
  if (of > 1) {
    const link = showQuotesLink(q.speaker.name, of, options, q.speaker.id);
    if (link) lines.push(link);
  }
  return lines.join(BR);
}

/** The hover card for the date in the date line: which date MPs are shown for, and its limits. */
export function dateCard(a: Analysis): string {
  const lines = [a.date ? bold(`Article date: ${formatDate(a.date)}`) : bold(`Not a real date: ${a.header.dateSpan?.text ?? ''}`)];
  lines.push(a.date ? 'Parties and seats of MPs are shown as of this date.' : `Parties and seats of MPs are shown as of ${formatDate(a.lookupDate)}, the newest date of the data.`);
  for (const n of a.notices) {
    if (n.code === 'invalid-date' || n.code === 'date-before-data' || n.code === 'date-after-data' || n.code === 'party-unverified') {
      lines.push(`_${escapeMarkdown(n.message)}_`);
    }
  }
  return lines.join(BR);
}
