import type { Analysis, Quote } from '../../extractor/types';
import type { Range } from './highlightPlan';
import { quoteEnd } from '../../extractor/quotes';

/**
 * What the editor paints as quotations: exactly the analysis's quotes, each from its opening mark to
 * its closing one (to the end of its paragraph when it runs on into the next). The TextMate grammar
 * paints only the date line and the headline, so the screen and the analysis cannot disagree.
 */

/** The semantic token type of a quotation (package.json `semanticTokenTypes`, a kind of string). */
export const QUOTATION_TOKEN_TYPE = 'quotation';

/** The stretch of text a quote covers on screen: its marks included. */
export function quoteExtent(q: Pick<Quote, 'open' | 'close' | 'end'>): Range {
  return { start: q.open.start, end: quoteEnd(q) };
}

/** Every quotation's extent, in document order and never overlapping (as the scanner gives them). */
export function quotationSpans(a: Analysis): Range[] {
  return a.quotes.map(quoteExtent);
}
