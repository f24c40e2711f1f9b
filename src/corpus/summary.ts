/**
 * One article reduced to what corpus statistics need: its date, its speech quotations and, per
 * speaker, how many quotes and words, and the MP's party on the article's date. Small enough to keep
 * for every article of a large workspace. Pure (no VS Code or Node API).
 */
import type { Analysis } from '../extractor/types';
import { countWords } from '../extractor/tokens';

export type SpeakerKind = 'mp' | 'person' | 'organisation';

export interface SpeakerTally {
  name: string;
  /** `mp` when the speaker sat in the Commons on the article's date. */
  kind: SpeakerKind;
  /** The MP's party on the article's date (see partyLabel); null for everyone else. */
  party: string | null;
  quotes: number;
  words: number;
}

export interface ArticleSummary {
  /** The article's date, or null when it has none. */
  date: string | null;
  /** Speech quotations (terms and scare quotes are not counted), attributed or not. */
  quotes: number;
  /** Speech quotations with no speaker found. */
  unattributed: number;
  /** Speakers in order of their first quote. */
  speakers: SpeakerTally[];
}

/** Reduces an analysis to its summary. */
export function summariseArticle(a: Analysis): ArticleSummary {
  const people = new Map(a.people.map((p) => [p.id, p]));
  const byId = new Map<string, SpeakerTally>();
  let quotes = 0, unattributed = 0;
  for (const q of a.quotes) {
    if (q.kind !== 'speech') continue;
    quotes++;
    if (!q.speaker) { unattributed++; continue; }
    let tally = byId.get(q.speaker.id);
    if (!tally) {
      const mp = q.speaker.type === 'person' ? people.get(q.speaker.id)?.mp ?? null : null;
      const kind: SpeakerKind = q.speaker.type === 'organisation' ? 'organisation' : mp ? 'mp' : 'person';
      tally = { name: q.speaker.name, kind, party: mp ? partyLabel(mp.party) : null, quotes: 0, words: 0 };
      byId.set(q.speaker.id, tally);
    }
    tally.quotes++;
    tally.words += countWords(q.text);
  }
  return { date: a.date, quotes, unattributed, speakers: [...byId.values()] };
}

/**
 * The party as statistics group it: the data's name, with the Co-operative Party mark dropped
 * ("Labour (Co-op)" MPs are Labour MPs, as the Commons counts them).
 */
export function partyLabel(party: string): string {
  return party.replace(/\s*\(\s*Co-?op(?:erative)?\s*\)\s*$/i, '');
}
