import type { Analysis } from '../extractor/types';
import type { Problem } from './types';
import { closersFor } from '../extractor/quoteMarks';

/**
 * Quotation marks a sub-editor would mend: an opening mark never closed in its paragraph (and not
 * continued in the next), a closing mark with nothing to close, and a quote opened in one style and
 * closed in another (“…"; „…“ and „…” are both at home). Fixes are offered where the intent is clear.
 */
export function quotationMarks(text: string, a: Analysis): Omit<Problem, 'severity'>[] {
  const out: Omit<Problem, 'severity'>[] = [];
  let byOpening: Map<number, Analysis['quotes'][number]> | undefined; // made on the first unclosed quote
  for (const n of a.notices) {
    if (!n.span) continue;
    if (n.code === 'unclosed-quote') {
      byOpening ??= firstByOpening(a.quotes);
      const q = byOpening.get(n.span.start);
      const close = closersFor(text.slice(n.span.start, n.span.end))[0] ?? '”';
      out.push({
        check: 'quotationMarks', message: 'This quotation is never closed in its paragraph.', start: n.span.start, end: n.span.end,
        fix: q ? { title: `Close the quotation at the end of the paragraph (${close})`, edit: { start: q.end, end: q.end, text: close } } : undefined,
      });
    } else if (n.code === 'unopened-quote') {
      out.push({
        check: 'quotationMarks', message: 'This closing quotation mark closes nothing.', start: n.span.start, end: n.span.end,
        fix: { title: 'Remove the stray closing mark', edit: { start: n.span.start, end: n.span.end, text: '' } },
      });
    }
  }
  for (const q of a.quotes) {
    if (!q.close) continue;
    const closers = closersFor(q.open.text);
    const want = closers[0];
    if (want && !closers.includes(q.close.text)) {
      out.push({
        check: 'quotationMarks', message: `This quotation opens with ${q.open.text} but closes with ${q.close.text}.`,
        start: q.close.start, end: q.close.end,
        fix: { title: `Close with ${want}`, edit: { start: q.close.start, end: q.close.end, text: want } },
      });
    }
  }
  return out;
}

/** Each quote under where its opening mark starts (the first, as a search in text order would find). */
function firstByOpening(quotes: Analysis['quotes']): Map<number, Analysis['quotes'][number]> {
  const byOpening = new Map<number, Analysis['quotes'][number]>();
  for (const q of quotes) if (!byOpening.has(q.open.start)) byOpening.set(q.open.start, q);
  return byOpening;
}
