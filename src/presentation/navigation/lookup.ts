/**
 * What stands at an offset of the article, for hovers: a mention of a person or an organisation, a
 * quotation, or the date of the date line. Pure (no VS Code API); O(log n) per lookup with the
 * extractor's one binary search, once the mentions are indexed (once per analysis).
 */
import type { Analysis, Mention, Organisation, Person, Quote } from '../../extractor/types';
import { lastIndexWhere } from '../../extractor/search';
import { quoteEnd } from '../../extractor/quotes';

export type Hit =
  | { kind: 'person'; person: Person; mention: Mention }
  | { kind: 'organisation'; organisation: Organisation; mention: Mention }
  | { kind: 'quote'; quote: Quote }
  | { kind: 'date' };

/** Where things are in an analysis, for lookups by offset. */
export interface AnalysisIndex {
  /** Person mentions sorted by start. */
  mentions: Array<{ mention: Mention; person: Person }>;
  /** Organisation mentions sorted by start. */
  organisationMentions: Array<{ mention: Mention; organisation: Organisation }>;
}

/** Analyses are immutable: one index per analysis. */
const cache = new WeakMap<Analysis, AnalysisIndex>();

export function indexOf(a: Analysis): AnalysisIndex {
  let index = cache.get(a);
  if (!index) {
    const mentions = a.people.flatMap((person) => person.mentions.map((mention) => ({ mention, person })));
    const organisationMentions = a.organisations.flatMap((organisation) => organisation.mentions.map((mention) => ({ mention, organisation })));
    mentions.sort((x, y) => x.mention.start - y.mention.start);
    organisationMentions.sort((x, y) => x.mention.start - y.mention.start);
    index = { mentions, organisationMentions };
    cache.set(a, index);
  }
  return index;
}

/** The mention (of a list sorted by start) at an offset, its end included: the cursor sits after a word. */
function mentionAt<T extends { mention: Mention }>(list: readonly T[], offset: number): T | undefined {
  const i = lastIndexWhere(list.length, (k) => list[k].mention.start <= offset);
  const hit = i >= 0 ? list[i] : undefined;
  return hit && offset <= hit.mention.end ? hit : undefined;
}

/** The person mentioned at an offset (the mention's end included, as the cursor sits after a word). */
export function personAt(a: Analysis, offset: number): { mention: Mention; person: Person } | undefined {
  return mentionAt(indexOf(a).mentions, offset);
}

/** The organisation mentioned at an offset (the mention's end included). */
export function organisationAt(a: Analysis, offset: number): { mention: Mention; organisation: Organisation } | undefined {
  return mentionAt(indexOf(a).organisationMentions, offset);
}

/** The quotation whose marks enclose an offset. */
export function quoteAt(a: Analysis, offset: number): Quote | undefined {
  const i = lastIndexWhere(a.quotes.length, (k) => a.quotes[k].open.start <= offset);
  const q = i >= 0 ? a.quotes[i] : undefined;
  return q && offset <= quoteEnd(q) ? q : undefined;
}

/**
 * The most specific thing at an offset: a name (even inside a quote) before the quote around it.
 * A name's end counts (the cursor sits after a word when it is double-clicked or typed).
 */
export function hitAt(a: Analysis, offset: number): Hit | undefined {
  const person = personAt(a, offset);
  if (person) return { kind: 'person', person: person.person, mention: person.mention };
  const organisation = organisationAt(a, offset);
  if (organisation) return { kind: 'organisation', ...organisation };
  const quote = quoteAt(a, offset);
  if (quote) return { kind: 'quote', quote };
  const date = a.header.dateSpan;
  if (date && offset >= date.start && offset <= date.end) return { kind: 'date' };
  return undefined;
}
