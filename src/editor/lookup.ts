/**
 * What stands at an offset of the article, for hovers: a mention of a person or an organisation, a
 * quotation, or the date of the date line. Pure (no VS Code API); O(log n) per lookup once the
 * organisation mentions are indexed (once per analysis).
 */
import type { Analysis, Mention, Organisation, Person, Quote } from '../extractor/types';
import { personAt, quoteAt } from '../presentation/lookup';

export type Hit =
  | { kind: 'person'; person: Person; mention: Mention }
  | { kind: 'organisation'; organisation: Organisation; mention: Mention }
  | { kind: 'quote'; quote: Quote }
  | { kind: 'date' };

const organisationIndex = new WeakMap<Analysis, Array<{ mention: Mention; organisation: Organisation }>>();

function organisationAt(a: Analysis, offset: number): { mention: Mention; organisation: Organisation } | undefined {
  let list = organisationIndex.get(a);
  if (!list) {
    list = a.organisations.flatMap((organisation) => organisation.mentions.map((mention) => ({ mention, organisation })));
    list.sort((x, y) => x.mention.start - y.mention.start);
    organisationIndex.set(a, list);
  }
  let lo = 0, hi = list.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].mention.start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  const hit = found >= 0 ? list[found] : undefined;
  return hit && offset <= hit.mention.end ? hit : undefined;
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
