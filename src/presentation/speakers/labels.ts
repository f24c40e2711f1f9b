/**
 * How lists name a speaker: the Speakers view's description and tooltip, the Outline's detail, and
 * an MP's party and seat as every list, card and export writes them. Pure (no VS Code API).
 */
import type { Person } from '../../extractor/types';
import { plural } from '../text/words';
import type { SpeakerGroup } from './groups';

/** "Labour, Islington North": an MP's party and seat on the date. */
export function partyAndSeat(mp: { party: string; constituency: string }): string {
  return `${mp.party}, ${mp.constituency}`;
}

/** "Labour MP for Islington North": an MP as a one-line description reads them. */
export function mpFor(mp: { party: string; constituency: string }): string {
  return `${mp.party} MP for ${mp.constituency}`;
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
  if (p?.mpStatus === 'mp') return partyAndSeat(p.mp!);
  return p?.roles[0] ?? '';
}

/** A plain one-line tooltip of a speaker for places that take no Markdown. */
export function speakerSummary(g: SpeakerGroup): string {
  const p = g.person;
  const mp = p?.mpStatus === 'mp' ? p.mp : null;
  return mp ? `${g.name} — ${mpFor(mp)}` : g.name;
}
