import type { Quote, QuoteMarkStyle, Span } from './types';
import { Paragraph, isBlank } from './paragraphs';

/** A quotation found by the mark scanner, before kinds and speakers are decided. */
export type RawQuote = Pick<Quote, 'start' | 'end' | 'text' | 'open' | 'close' | 'style' | 'paragraph' | 'continued'>;

/** A mark the scanner could not pair (an opening mark never closed, a closing mark never opened). */
export interface StrayMark {
  mark: Span;
  problem: 'unclosed' | 'unopened';
}

export interface QuoteScan {
  quotes: RawQuote[];
  strays: StrayMark[];
}

type Family = 'double' | 'single';
type Role = 'open' | 'close' | 'either';

interface Mark {
  pos: number;
  ch: string;
  family: Family;
  role: Role;
}

const OPENING_CONTEXT = new Set(['(', '[', '{', '\u201C', '\u2018', '"', "'", '\u2014', '\u2013', '-', '/', '\u00AB']);
const CLOSING_CONTEXT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '\u2026', '\u2014', '\u2013', '-', '\u201D', '\u2019', '"', "'", '\u00BB', '/']);
/** Elisions that start with an apostrophe: 'em, 'til, 'tis, 'cause, 'n'. */
const ELISION = /^(?:em|til|tis|twas|cause|bout|n|s)\b/i;

/**
 * Finds quotations in each paragraph. The outermost pair wins (a nested quote belongs to it); a quote
 * left open at the end of a paragraph whose next paragraph opens with a mark of the same family is one
 * quote over several paragraphs (one entry each, `continued` after the first).
 */
export function scanQuotes(text: string, paragraphs: readonly Paragraph[]): QuoteScan {
  const quotes: RawQuote[] = [];
  const strays: StrayMark[] = [];
  let continuing: Family | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const marks = findMarks(text, para);
    const next = paragraphs[p + 1];
    const openFamily = scanParagraph(text, para, marks, continuing, next ? firstMarkFamily(text, next) : null, quotes, strays);
    continuing = openFamily;
  }
  return { quotes, strays };
}

/** Classifies every quotation mark of a paragraph by its context; apostrophes are left out. */
function findMarks(text: string, para: Paragraph): Mark[] {
  const marks: Mark[] = [];
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i];
    const role = markRole(text, i, para);
    if (role) marks.push({ pos: i, ch, family: ch === '"' || ch === '\u201C' || ch === '\u201D' ? 'double' : 'single', role });
  }
  return marks;
}

function markRole(text: string, i: number, para: Paragraph): Role | null {
  const ch = text[i];
  if (ch !== '"' && ch !== "'" && ch !== '\u201C' && ch !== '\u201D' && ch !== '\u2018' && ch !== '\u2019') return null;
  const prev = i > para.start ? text[i - 1] : '';
  const next = i + 1 < para.end ? text[i + 1] : '';
  const openCtx = prev === '' || isBlank(prev.charCodeAt(0)) || OPENING_CONTEXT.has(prev);
  const closeCtx = next === '' || isBlank(next.charCodeAt(0)) || CLOSING_CONTEXT.has(next);
  const nextIsSpace = next === '' || isBlank(next.charCodeAt(0));
  const prevIsSpace = prev === '' || isBlank(prev.charCodeAt(0));
  switch (ch) {
    case '\u201C':
      return 'open';
    case '\u201D':
      return 'close';
    case '"':
      if (openCtx && !nextIsSpace) return closeCtx && !prevIsSpace && prev !== '' ? 'either' : 'open';
      if (!prevIsSpace && closeCtx) return 'close';
      return 'either';
    default:
      return singleRole(text, i, prev, next, openCtx, closeCtx, nextIsSpace, prevIsSpace);
  }
}

function singleRole(
  text: string, i: number, prev: string, next: string,
  openCtx: boolean, closeCtx: boolean, nextIsSpace: boolean, prevIsSpace: boolean,
): Role | null {
  if (isWordChar(prev) && isWordChar(next)) return null; // don't, O'Brien, can’t
  if (prev === 'n' && /['’]/.test(text[i - 2] ?? '') && !isWordChar(text[i - 3] ?? '')) return null; // the second mark of 'n'
  if (openCtx && !nextIsSpace) {
    if (text[i] === '\u2019') return null; // a right mark at a word's start is an elision (’90s)
    const rest = text.slice(i + 1, i + 8);
    if (/^\d/.test(rest) || ELISION.test(rest)) return null; // the '90s, rock 'n' roll
    return 'open';
  }
  if (!prevIsSpace && closeCtx) return 'close';
  return null;
}

function isWordChar(c: string): boolean {
  return c !== '' && /[\p{L}\p{N}]/u.test(c);
}

function firstMarkFamily(text: string, para: Paragraph): Family | null {
  const ch = text[para.start];
  const role = markRole(text, para.start, para);
  if (role !== 'open' && role !== 'either') return null;
  return ch === '"' || ch === '\u201C' ? 'double' : 'single';
}

/**
 * Pairs the marks of one paragraph with a stack. Returns the family of a quote left open at its end
 * that the next paragraph continues, or null.
 */
function scanParagraph(
  text: string, para: Paragraph, marks: Mark[], continuing: Family | null, nextFamily: Family | null,
  quotes: RawQuote[], strays: StrayMark[],
): Family | null {
  const stack: Mark[] = [];
  const continuedHere = continuing !== null;
  const laterSingle = laterClosers(marks, 'single');
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k];
    const closes = (m.role === 'close' || m.role === 'either') && closableIndex(stack, m.family) >= 0;
    if (closes && !(m.family === 'single' && isPossessive(text, m, laterSingle[k]))) {
      const at = closableIndex(stack, m.family);
      const opened = stack[at];
      stack.length = at;
      if (at === 0) emit(text, opened, m, para, continuedHere && isFirstInParagraph(quotes, para), quotes);
      continue;
    }
    if (m.role === 'open' || m.role === 'either') {
      // An outer single quote needs a closing single mark later in the paragraph, else it is an apostrophe.
      if (m.family === 'single' && !laterSingle[k]) continue;
      stack.push(m);
      continue;
    }
    if (stack.length === 0 && m.family === 'double') strays.push({ mark: spanOf(text, m), problem: 'unopened' });
  }
  if (stack.length === 0) return null;
  const outer = stack[0];
  const continues = nextFamily === outer.family;
  emit(text, outer, null, para, continuedHere && isFirstInParagraph(quotes, para), quotes);
  if (!continues) strays.push({ mark: spanOf(text, outer), problem: 'unclosed' });
  return continues ? outer.family : null;
}

/** Index in the stack of the innermost open quote of the family, or -1. */
function closableIndex(stack: Mark[], family: Family): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].family === family) return i;
  return -1;
}

/** MPs' views: a single closing mark after an s, with another closing single mark later on, is a possessive. */
function isPossessive(text: string, m: Mark, closerFollows: boolean): boolean {
  return closerFollows && text[m.pos - 1] === 's' && /\s/.test(text[m.pos + 1] ?? '');
}

/** For each mark, whether a closing mark of the family comes after it in the paragraph (one backward pass). */
function laterClosers(marks: readonly Mark[], family: Family): boolean[] {
  const out = new Array<boolean>(marks.length);
  let seen = false;
  for (let k = marks.length - 1; k >= 0; k--) {
    out[k] = seen;
    if (marks[k].family === family && (marks[k].role === 'close' || marks[k].role === 'either')) seen = true;
  }
  return out;
}

function isFirstInParagraph(quotes: RawQuote[], para: Paragraph): boolean {
  const last = quotes[quotes.length - 1];
  return !last || last.paragraph !== para.index;
}

/** Records a quotation from its opening mark to its closing one, or to the end of the paragraph when left open. */
function emit(text: string, open: Mark, close: Mark | null, para: Paragraph, continued: boolean, quotes: RawQuote[]): void {
  const start = open.pos + 1, end = close ? close.pos : para.end;
  if (end <= start || text.slice(start, end).trim() === '') return;
  quotes.push({
    start, end, text: text.slice(start, end),
    open: spanOf(text, open), close: close ? spanOf(text, close) : null,
    style: styleOf(open.ch), paragraph: para.index, continued: continued && open.pos === para.start,
  });
}

function spanOf(text: string, m: Mark): Span {
  return { start: m.pos, end: m.pos + 1, text: text[m.pos] };
}

function styleOf(ch: string): QuoteMarkStyle {
  switch (ch) {
    case '\u201C': case '\u201D': return 'curly-double';
    case '"': return 'straight-double';
    case "'": return 'straight-single';
    default: return 'curly-single';
  }
}
