/**
 * Next Quote and Previous Quote: which quotation to select from the current selection, wrapping at
 * the ends. Pure (no VS Code API); offsets are UTF-16 code units, as the analysis and VS Code count.
 */
import type { Analysis, Quote } from '../../extractor/types';
import { lastIndexWhere } from '../../extractor/search';

export interface QuoteTarget {
  quote: Quote;
  /** True when the search ran off one end and started again at the other. */
  wrapped: boolean;
}

/** The quotes in text order (the analysis lists them so; sorted once per analysis if not). */
const ordered = new WeakMap<Analysis, readonly Quote[]>();
function inOrder(a: Analysis): readonly Quote[] {
  let list = ordered.get(a);
  if (!list) {
    const sorted = a.quotes.every((q, i) => i === 0 || a.quotes[i - 1].start <= q.start);
    list = sorted ? a.quotes : [...a.quotes].sort((x, y) => x.start - y.start);
    ordered.set(a, list);
  }
  return list;
}

/** Index of the first quote whose text starts after `offset` (list length when none). */
function firstStartingAfter(quotes: readonly Quote[], offset: number): number {
  return lastIndexWhere(quotes.length, (k) => quotes[k].start <= offset) + 1;
}

/**
 * The quote after the selection: the first whose text starts after the selection's end (so with
 * a quote selected, the one after it); the first quote of all when none is left.
 */
export function nextQuote(a: Analysis, selectionEnd: number): QuoteTarget | undefined {
  const quotes = inOrder(a);
  if (!quotes.length) return undefined;
  const i = firstStartingAfter(quotes, selectionEnd);
  return i < quotes.length ? { quote: quotes[i], wrapped: false } : { quote: quotes[0], wrapped: true };
}

/**
 * The quote before the selection: the last whose text starts before the selection's start (so from
 * inside a quote, that quote; with a quote selected, the one before it); the last of all when none.
 */
export function previousQuote(a: Analysis, selectionStart: number): QuoteTarget | undefined {
  const quotes = inOrder(a);
  if (!quotes.length) return undefined;
  const i = firstStartingAfter(quotes, selectionStart - 1) - 1;
  return i >= 0 ? { quote: quotes[i], wrapped: false } : { quote: quotes[quotes.length - 1], wrapped: true };
}
