/** How much an analysis found, as the status bar and the exports count it. Pure (no VS Code API). */
import type { Analysis } from '../extractor/types';
import { groupBySpeaker, unattributed } from './speakers/groups';

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
