import type { Quote, Span } from './types';
import type { Paragraph } from './paragraphs';
import { Family, Mark, MarkStops, findMarks, styleOf } from './quoteMarks';
import { looksPossessive } from './possessive';
import { hasLetterOrNumber } from './charClass';

/** A quotation found by the mark scanner, before kinds and speakers are decided. */
export type RawQuote = Pick<Quote, 'start' | 'end' | 'text' | 'open' | 'close' | 'style' | 'paragraph' | 'continued'>;

/** Where the quotation ends: after its closing mark, or where an unclosed one stops. */
export function quoteEnd(q: Pick<RawQuote, 'close' | 'end'>): number {
  return q.close ? q.close.end : q.end;
}

/** A mark the scanner could not pair (an opening mark never closed, a closing mark never opened). */
export interface StrayMark {
  mark: Span;
  problem: 'unclosed' | 'unopened';
}

export interface QuoteScan {
  quotes: RawQuote[];
  strays: StrayMark[];
}

const BIT: Record<Family, number> = { double: 1, single: 2, angle: 4, 'angle-single': 8 };
/** Families whose marks are never apostrophes: an opener left open still quotes to the paragraph's end. */
const ALWAYS_QUOTES = new Set<Family>(['double', 'angle']);

/**
 * Finds quotations in each paragraph. The outermost pair wins (a nested quote belongs to it); a quote
 * left open at the end of a paragraph whose next paragraph opens with a mark of the same family is one
 * quote over several paragraphs (one entry each, `continued` after the first). Linear in the text's
 * length: each mark is classified once and pushed and popped at most once.
 */
export function scanQuotes(text: string, paragraphs: readonly Paragraph[]): QuoteScan {
  const quotes: RawQuote[] = [];
  const strays: StrayMark[] = [];
  let continuing: Family | null = null;
  const stops = new MarkStops(text);
  let marks = paragraphs.length ? findMarks(text, paragraphs[0], stops) : [];
  for (let p = 0; p < paragraphs.length; p++) {
    const next = paragraphs[p + 1];
    const nextMarks = next ? findMarks(text, next, stops) : [];
    const nextFamily = next ? openingFamily(nextMarks, next) : null;
    continuing = scanParagraph(text, paragraphs[p], marks, continuing !== null, nextFamily, quotes, strays);
    marks = nextMarks;
  }
  return { quotes, strays };
}

/** The family of the mark that opens a paragraph, if one does. */
function openingFamily(marks: readonly Mark[], para: Paragraph): Family | null {
  const m = marks[0];
  return m && m.pos === para.start && m.role !== 'close' ? m.family : null;
}

interface Pair {
  open: Mark;
  close: Mark | null;
}

/**
 * Pairs the marks of one paragraph with a stack (and one index stack per family, so that finding the
 * innermost open quote of a family costs nothing). Returns the family of a quote left open at its end
 * that the next paragraph continues, or null.
 */
function scanParagraph(
  text: string, para: Paragraph, marks: readonly Mark[], continuedHere: boolean, nextFamily: Family | null,
  quotes: RawQuote[], strays: StrayMark[],
): Family | null {
  const later = laterClosers(marks);
  const possessive = possessives(text, para, marks, nextFamily === 'single');
  const stack: Mark[] = [];
  const byFamily: Record<Family, number[]> = { double: [], single: [], angle: [], 'angle-single': [] };
  const outer: Pair[] = [];
  const truncate = (at: number) => {
    while (stack.length > at) byFamily[stack.pop()!.family].pop();
  };
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k];
    const open = byFamily[m.family];
    const mayFollow = (later[k] & BIT[m.family]) !== 0 || nextFamily === m.family;
    if (m.role !== 'open' && open.length > 0) {
      if (possessive[k]) continue; // the MPs' vote
      const at = open[open.length - 1];
      const opened = stack[at];
      truncate(at);
      addOuter(outer, { open: opened, close: m });
      continue;
    }
    if (m.role !== 'close') {
      if (!m.needsCloser || mayFollow || (m.pos === para.start && m.family === 'single')) {
        open.push(stack.length);
        stack.push(m);
      }
      continue;
    }
    if (stack.length === 0 && ALWAYS_QUOTES.has(m.family)) strays.push({ mark: spanOf(text, m), problem: 'unopened' });
  }
  const left = stack.find((m) => ALWAYS_QUOTES.has(m.family) || nextFamily === m.family || m.pos === para.start);
  if (left) addOuter(outer, { open: left, close: null });
  for (const pair of outer) emit(text, pair, para, continuedHere, quotes);
  if (!left) return null;
  const continues = nextFamily === left.family;
  if (!continues) strays.push({ mark: spanOf(text, left), problem: 'unclosed' });
  return continues ? left.family : null;
}

/** Keeps only outermost pairs: a pair closed later than pairs inside it replaces them. */
function addOuter(outer: Pair[], pair: Pair): void {
  while (outer.length > 0 && outer[outer.length - 1].open.pos > pair.open.pos) outer.pop();
  outer.push(pair);
}

/**
 * Which single marks are the apostrophes of plural possessives (the MPs' vote) rather than closing
 * marks: those that look like one while a mark that plainly closes comes later, before any new
 * single opener, or while the quote runs on into the next paragraph. So in ‘the MPs’ plan’ the first
 * mark is the apostrophe, and in ‘reckless cuts’ hurt the donors’ gifts the first one closes.
 */
function possessives(text: string, para: Paragraph, marks: readonly Mark[], continuesNext: boolean): Uint8Array {
  const out = new Uint8Array(marks.length);
  let closerAhead = continuesNext;
  for (let k = marks.length - 1; k >= 0; k--) {
    const m = marks[k];
    if (m.family !== 'single') continue;
    if (m.role === 'open') {
      closerAhead = false;
      continue;
    }
    if (looksPossessive(text, m.pos, para.end)) out[k] = closerAhead ? 1 : 0;
    else closerAhead = true;
  }
  return out;
}

/** For each mark, the families of which a closing mark comes after it in the paragraph (one backward pass). */
function laterClosers(marks: readonly Mark[]): Uint8Array {
  const out = new Uint8Array(marks.length);
  let seen = 0;
  for (let k = marks.length - 1; k >= 0; k--) {
    out[k] = seen;
    if (marks[k].role !== 'open') seen |= BIT[marks[k].family];
  }
  return out;
}

/** Records a quotation from its opening mark to its closing one, or to the end of the paragraph when left open. */
function emit(text: string, { open, close }: Pair, para: Paragraph, continuedHere: boolean, quotes: RawQuote[]): void {
  const start = open.pos + open.len, end = close ? close.pos : para.end;
  if (end <= start || !hasLetterOrNumber(text.slice(start, end))) return; // nothing but marks and spaces
  const openSpan = spanOf(text, open);
  quotes.push({
    start, end, text: text.slice(start, end),
    open: openSpan, close: close ? spanOf(text, close) : null,
    style: styleOf(openSpan.text), paragraph: para.index, continued: continuedHere && open.pos === para.start,
  });
}

function spanOf(text: string, m: Mark): Span {
  return { start: m.pos, end: m.pos + m.len, text: text.slice(m.pos, m.pos + m.len) };
}
