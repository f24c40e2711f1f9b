import type { Analysis, Person, Quote } from '../../extractor/types';

/** A speaker with their quotes, as the outline, the Speakers view and the exports list them. */
export interface SpeakerGroup {
  id: string;
  name: string;
  type: 'person' | 'organisation';
  quotes: Quote[];
  person: Person | null;
  /** Offset of the speaker's first quote, for "first appearance" order. */
  first: number;
}

export type SpeakerSort = 'appearance' | 'quotes' | 'party';

/** Speech quotes grouped by speaker (unattributed ones are left out), in order of first quote. */
export function groupBySpeaker(a: Analysis): SpeakerGroup[] {
  const cached = groupCache.get(a);
  if (cached) return cached;
  const groups = new Map<string, SpeakerGroup>();
  const people = new Map(a.people.map((p) => [p.id, p]));
  for (const q of a.quotes) {
    if (q.kind !== 'speech' || !q.speaker) continue;
    let g = groups.get(q.speaker.id);
    if (!g) {
      const person = q.speaker.type === 'person' ? people.get(q.speaker.id) ?? null : null;
      g = { id: q.speaker.id, name: q.speaker.name, type: q.speaker.type, quotes: [], person, first: q.start };
      groups.set(q.speaker.id, g);
    }
    g.quotes.push(q);
  }
  const list = [...groups.values()];
  groupCache.set(a, list);
  return list;
}

/** Analyses are immutable: the outline, the Speakers view and the status bar share one grouping. */
const groupCache = new WeakMap<Analysis, SpeakerGroup[]>();

/** Speech quotes nobody could be found for. */
export function unattributed(a: Analysis): Quote[] {
  return a.quotes.filter((q) => q.kind === 'speech' && !q.speaker);
}

export function sortSpeakers(groups: readonly SpeakerGroup[], by: SpeakerSort): SpeakerGroup[] {
  const list = [...groups];
  switch (by) {
    case 'appearance':
      return list.sort((x, y) => x.first - y.first);
    case 'quotes':
      return list.sort((x, y) => y.quotes.length - x.quotes.length || x.first - y.first);
    case 'party':
      return list.sort((x, y) => partyOf(x).localeCompare(partyOf(y)) || x.name.localeCompare(y.name));
  }
}

/** The party shown for a speaker: an MP's party on the date; after them, everyone else. */
export function partyOf(g: SpeakerGroup): string {
  return g.person?.mp?.party ?? '\uffff';
}

/** The quote's place among its speaker's quotes: [position (1-based), count]. */
export function positionAmongSpeaker(a: Analysis, q: Quote): [number, number] {
  if (!q.speaker || q.kind !== 'speech') return [0, 0];
  const mine = groupBySpeaker(a).find((g) => g.id === q.speaker!.id)?.quotes ?? [];
  return [mine.indexOf(q) + 1, mine.length];
}

/**
 * People the article names but never quotes (an MP mentioned in passing, the constituency's other
 * members), in order of first mention: the Speakers view's "Named, not quoted" group.
 */
export function namedNotQuoted(a: Analysis): Person[] {
  const speaking = new Set(groupBySpeaker(a).map((g) => g.id));
  return a.people
    .filter((p) => !speaking.has(p.id) && p.mentions.length > 0)
    .sort((x, y) => x.mentions[0].start - y.mentions[0].start);
}
