/**
 * What to say about an MP's membership on the article's date: the party change (or seat change)
 * that led into the term holding the date, the one that follows it, offices held then, and how far
 * the party is verified. Worded only from the data's own terms and dates. Pure (no VS Code API).
 */
import type { Dissolution, DissolvedMembership, MpInfo, MpTerm } from '../../extractor/types';
import { canonicalParty, samePartyName } from '../../extractor/kb/parties';
import { daysBetween, formatDate } from '../../extractor/dates';
import { plural } from '../text/words';

/** Changes further than this from the article's date get no "N days before/after" note. */
const RELATIVE_WITHIN_DAYS = 365;

/** Names one organisation has carried in the data: a move between them is a rename, not leaving. */
const RENAMES: readonly (readonly string[])[] = [
  ['the independent group', 'change uk – the independent group', 'the independent group for change'],
];

/** "Independent", "Independent Labour", "Independent Conservative"…: whip lost or given up, not a party joined. */
function isIndependent(party: string): boolean {
  return /^independent\b/i.test(party.trim());
}

/** The Speaker and Deputy Speakers stand outside parties while in the chair. */
function isChair(party: string): boolean {
  return /^(deputy )?speaker$/i.test(party.trim());
}

function isRename(from: string, to: string): boolean {
  const a = canonicalParty(from), b = canonicalParty(to);
  return RENAMES.some((names) => names.includes(a) && names.includes(b));
}

/**
 * One change between two terms that touch, as a line of text:
 * - a move from one party to another the next day: "Left Labour on 18 Feb 2019 — The Independent Group since
 *   18 Feb 2019". The data's `end` is the last day as a member (17 Feb for Chuka Umunna) and the new
 *   term's `start` the day of the change, so the leaving is dated by the new term's start;
 * - a rename: "The Independent Group became Change UK – The Independent Group on 15 Apr 2019";
 * - to or from sitting as an independent, in or out of the chair, or across a gap (an election):
 *   "Conservative until 3 Sep 2019 — Independent from 4 Sep 2019", which claims no more than the
 *   data says (losing the whip is not leaving a party);
 * - a new seat with the same party: "MP for X until … — for Y since …".
 * `current` says which side is the term holding the article's date: the `to` term reads "since"
 * (it still holds on the date), a later term reads "from". Null when nothing a reader sees changed.
 */
export function describeTermChange(from: MpTerm, to: MpTerm, current: 'from' | 'to'): string | null {
  const partyChanged = !samePartyName(from.party, to.party);
  const seatChanged = from.constituency !== to.constituency;
  if (!partyChanged && !seatChanged) return null;
  const since = current === 'to' ? 'since' : 'from';
  const lastDay = formatDate(from.end ?? to.start);
  const firstDay = formatDate(to.start);
  if (!partyChanged) return `MP for ${from.constituency} until ${lastDay} — for ${to.constituency} ${since} ${firstDay}`;
  const adjacent = from.end !== null && daysBetween(from.end, to.start) <= 1;
  let text: string;
  if (isRename(from.party, to.party)) {
    text = `${from.party} became ${to.party} on ${firstDay}`;
  } else if (adjacent && !isIndependent(from.party) && !isIndependent(to.party) && !isChair(from.party) && !isChair(to.party)) {
    text = `Left ${from.party} on ${firstDay} — ${to.party} ${since} ${firstDay}`;
  } else {
    text = `${from.party} until ${lastDay} — ${to.party} ${since} ${firstDay}`;
  }
  return seatChanged ? `${text} (seat: ${from.constituency} until ${lastDay}, ${to.constituency} ${since} ${firstDay})` : text;
}

/**
 * A change across a dissolution and election: the member was re-elected, so only a new party or seat
 * is news ("Independent until the dissolution on 30 May 2024 — re-elected as Labour on 4 Jul 2024").
 * Null when party and seat are the same: a re-election is not a party change.
 */
export function describeChangeAcross(from: MpTerm, to: MpTerm, d: Dissolution): string | null {
  const partyChanged = !samePartyName(from.party, to.party);
  const seatChanged = from.constituency !== to.constituency;
  if (!partyChanged && !seatChanged) return null;
  const until = `until the dissolution on ${formatDate(d.dissolved)}`;
  const again = `re-elected${partyChanged ? ` as ${to.party}` : ''}${seatChanged ? ` for ${to.constituency}` : ''} on ${formatDate(d.pollingDay)}`;
  const before = partyChanged && seatChanged ? `${from.party} MP for ${from.constituency}` : partyChanged ? from.party : `MP for ${from.constituency}`;
  return `${before} ${until} — ${again}`;
}

/** "MP since 9 Jun 1983", or, for a term that begins with the records, that it began before them. */
export function sittingSince(mp: MpInfo): string {
  return mp.sinceRecordsStart ? 'MP since before May 1979 (start of the records)' : `MP since ${formatDate(mp.sittingSince)}`;
}

/** The party as the card shows it: "Labour", or "Labour (as of 27 Jun 2026)" after the date it is verified to. */
export function partyOnDate(mp: MpInfo, date: string): string {
  const asOf = partyVerifiedOnlyUpTo(mp, date);
  return asOf ? `${mp.party} (as of ${formatDate(asOf)})` : mp.party;
}

/**
 * A member on a day Parliament stood dissolved: a candidate, not an MP, and the card says what was
 * known on the article's date. "MP for Kingston upon Hull East (Labour) until the dissolution on 14
 * May 2001; standing again." — the records show the member returned at that election, so a
 * candidate in it — then the result as a later fact ("Later: re-elected on 7 Jun 2001"). The data
 * knows nothing of candidates who lost or stood down, so for a member not returned the card says
 * only that, as later: "Later: not an MP after the election of 7 Jun 2001".
 */
export function dissolvedLines(d: DissolvedMembership, date: string): string[] {
  const days = daysBetween(date, d.pollingDay);
  const polling = `${formatDate(d.pollingDay)}${Math.abs(days) <= RELATIVE_WITHIN_DAYS ? ` (${relativeToArticle(days)})` : ''}`;
  const lines = [`Not an MP on ${formatDate(date)}: Parliament was dissolved on ${formatDate(d.dissolved)}, polling day ${polling}.`];
  const seat = `MP for ${d.before.constituency} (${d.before.party}) until the dissolution on ${formatDate(d.dissolved)}`;
  if (!d.after) return [...lines, `${seat}.`, `Later: not an MP after the election of ${formatDate(d.pollingDay)}.`];
  const change = describeChangeAcross(d.before, d.after, d);
  const result = change ? change.slice(change.indexOf('re-elected')) : `re-elected on ${formatDate(d.pollingDay)}`;
  return [...lines, `${seat}; standing again.`, `Later: ${result}.`];
}

/** "3 days before this article", "the day after this article", "on the day of this article". */
export function relativeToArticle(days: number): string {
  if (days === 0) return 'on the day of this article';
  const n = Math.abs(days);
  const span = n === 1 ? 'the day' : plural(n, 'day');
  return `${span} ${days < 0 ? 'before' : 'after'} this article`;
}

/**
 * The changes around the term that holds `date`: the one leading into it (with how long before the
 * article it happened) and the next one ("Later: …") when it falls within the Parliament of the
 * date. Each only when a reader would see a difference (party or seat).
 */
export function changesAround(mp: MpInfo, date: string): string[] {
  const out: string[] = [];
  if (mp.previous) {
    const text = mp.previousAcross ? describeChangeAcross(mp.previous, mp.term, mp.previousAcross) : describeTermChange(mp.previous, mp.term, 'to');
    if (text) {
      const days = daysBetween(date, mp.term.start);
      out.push(Math.abs(days) <= RELATIVE_WITHIN_DAYS ? `${text} (${relativeToArticle(days)})` : text);
    }
  }
  if (mp.next && withinParliament(mp, mp.next.start)) {
    const text = mp.nextAcross ? describeChangeAcross(mp.term, mp.next, mp.nextAcross) : describeTermChange(mp.term, mp.next, 'from');
    if (text) {
      const days = daysBetween(date, mp.next.start);
      out.push(`Later: ${text}${Math.abs(days) <= RELATIVE_WITHIN_DAYS ? ` (${relativeToArticle(days)})` : ''}`);
    }
  }
  return out;
}

/**
 * A later change matters to the article when it happens in the Parliament in force on its date or at
 * the election that ends it; a change decades on (a 1990 card and a 2020 suspension) is another story.
 */
function withinParliament(mp: MpInfo, day: string): boolean {
  return !mp.parliamentEnds || day <= mp.parliamentEnds.pollingDay;
}

/** "Leader of the Opposition (since 12 Sep 2015)" for each office held on the date. */
export function officesHeld(mp: MpInfo): string[] {
  return mp.offices.map((o) => `${o.role} (since ${formatDate(o.start)})`);
}

/** The date up to which the party of the term is verified, when that is before the article's date. */
export function partyVerifiedOnlyUpTo(mp: MpInfo, date: string): string | null {
  const asOf = mp.term.partyAsOf;
  return asOf && asOf < date ? asOf : null;
}
