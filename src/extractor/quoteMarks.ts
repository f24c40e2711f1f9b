import type { QuoteMarkStyle } from './types';
import type { Paragraph } from './paragraphs';
import { isBlank } from './paragraphs';
import { OTHER, UNKNOWN, charKind } from './charClass';
import { lazyPattern } from './lazyPattern';

/**
 * The quotation marks of one paragraph, each classified by the characters around it. Apostrophes
 * (don't, O'Brien, the '90s, rock 'n' roll) and marks inside markup tags are left out here; whether an
 * `s'` before a noun is a possessive is decided while pairing (quotes.ts), where it is known whether a
 * quote is open.
 */

/** Marks of one family close each other: “…" and „…“ pair, « never closes “. */
export type Family = 'double' | 'single' | 'angle' | 'angle-single';
export type Role = 'open' | 'close' | 'either';

export interface Mark {
  pos: number;
  /** 1, or 2 for the doubled apostrophe '' and the TeX opener ``. */
  len: number;
  family: Family;
  role: Role;
  /** An opener only where a closer of its family follows (a straight single quote could be an apostrophe). */
  needsCloser: boolean;
}

const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
/** What may stand before an opening mark (besides white space) and after a closing one. */
const OPENING_CONTEXT = codes('([{\u201C\u2018"\'`\u2014\u2013-/\u00AB\u00BB\u201E\u201A\u2039\u203A');
const CLOSING_CONTEXT = codes('.,;:!?)]}\u2026\u2014\u2013-\u201D\u2019\u201C\u2018"\'\u00BB\u00AB\u203A\u2039/');
const NONE = -1;
/** Elisions that start with an apostrophe: 'em, 'til, 'tis, 'cause, 'cos, 'n', 's-Hertogenbosch. */
const ELISION = /^(?:em|til|tis|twas|twere|cause|cos|coz|bout|gainst|neath|nuff|n|s)\b/i;

/** What closes a quote opened with each mark, the expected closer first. */
const CLOSERS: Record<string, readonly string[]> = {
  '\u201C': ['\u201D'], '"': ['"'], '\u2018': ['\u2019'], "'": ["'"], "''": ["''"], '``': ["''"],
  '\u201E': ['\u201C', '\u201D'], '\u201A': ['\u2018', '\u2019'], '\u00AB': ['\u00BB'], '\u00BB': ['\u00AB'],
  '\u2039': ['\u203A'], '\u203A': ['\u2039'], '\u201D': ['\u201D'], '\u2019': ['\u2019'],
};

/** The closing marks that match an opening mark's text (“ → ”, „ → “ or ”, `` → ''), expected one first. */
export function closersFor(open: string): readonly string[] {
  return CLOSERS[open] ?? [];
}

export function styleOf(open: string): QuoteMarkStyle {
  switch (open) {
    case '\u201C': case '\u201D': return 'curly-double';
    case '"': return 'straight-double';
    case "'": return 'straight-single';
    case "''": return 'doubled-apostrophe';
    case '``': return 'tex';
    case '\u201E': return 'low-double';
    case '\u201A': return 'low-single';
    case '\u00AB': case '\u00BB': return 'guillemet';
    case '\u2039': case '\u203A': return 'single-guillemet';
    default: return 'curly-single';
  }
}

/**
 * Every quotation mark of a paragraph in order. `stops` finds the characters worth a look (a mark or a
 * tag's `<`); the rest of the paragraph is passed over by the pattern, not read here one by one.
 */
export function findMarks(text: string, para: Paragraph, stops: MarkStops): Mark[] {
  const marks: Mark[] = [];
  for (let i = stops.next(para.start); i < para.end; i = stops.next(i + 1)) {
    const code = text.charCodeAt(i);
    if (code === 0x3c) { // <
      i = skipTag(text, i, para.end);
      continue;
    }
    if (code === 0x27 || code === 0x60) { // ' and `
      let j = i + 1;
      while (j < para.end && text.charCodeAt(j) === code) j++;
      pushRun(text, para, i, j - i, code === 0x60, marks);
      i = j - 1;
      continue;
    }
    const m = classify(text, para, i, 1);
    if (m) marks.push(m);
  }
  return marks;
}

/** The characters findMarks looks at: the quotation marks it knows and `<`, which may open a tag. */
const MARK_OR_TAG = /[<"'`\u00AB\u00BB\u2018\u2019\u201A\u201C-\u201E\u2039\u203A]/g;

/**
 * Where the next character findMarks looks at stands in one text, found by MARK_OR_TAG's scan rather
 * than a test per character: a loop over every character of a 1 MB article ran mostly before the
 * optimiser reached it. The last answer is kept, so that paragraphs with no mark, asked in order, are
 * not scanned again each up to the same mark further on (the scan stays linear in the text).
 */
export class MarkStops {
  private from = -1;
  private at = -1;

  constructor(private readonly text: string) {}

  /** The offset of the first mark or `<` at or after `from`, or the text's length. */
  next(from: number): number {
    if (this.from <= from && from <= this.at) return this.at;
    MARK_OR_TAG.lastIndex = from;
    const at = MARK_OR_TAG.test(this.text) ? MARK_OR_TAG.lastIndex - 1 : this.text.length; // test() makes no match object
    this.from = from;
    this.at = at;
    return at;
  }
}

/**
 * Where the scan resumes after a markup tag (`<a href="…">`, `<tweet author="…">`) that starts at i,
 * or i itself when it is no tag. A tag ends at the next `>` before any other `<`, so the scan never
 * reads a stretch of text twice.
 */
function skipTag(text: string, i: number, end: number): number {
  const first = text.charCodeAt(text.charCodeAt(i + 1) === 0x2f ? i + 2 : i + 1);
  if (!(first === 0x21 || ((first | 0x20) >= 0x61 && (first | 0x20) <= 0x7a))) return i; // a letter or !
  for (let j = i + 1; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x3e) return j; // >
    if (c === 0x3c) return j - 1; // < : no tag, the scan goes on from this one
  }
  return i;
}

/**
 * A run of straight apostrophes or backticks: one ' is a single mark, '' a doubled-apostrophe double
 * mark and `` a TeX opener. Of ''' the double mark stands outside (''' opens ''+', closes '+'').
 * Longer runs are no quotation marks.
 */
function pushRun(text: string, para: Paragraph, pos: number, len: number, backticks: boolean, marks: Mark[]): void {
  if (backticks) {
    if (len === 2) marks.push({ pos, len: 2, family: 'double', role: 'open', needsCloser: true });
    return;
  }
  if (len === 1 || len === 2) {
    const m = classify(text, para, pos, len);
    if (m) marks.push(m);
    return;
  }
  if (len !== 3) return;
  const ctx = contextOf(text, para, pos, 3);
  if (ctx.openCtx && !ctx.nextIsSpace) {
    marks.push({ pos, len: 2, family: 'double', role: 'open', needsCloser: false });
    marks.push({ pos: pos + 2, len: 1, family: 'single', role: 'open', needsCloser: true });
  } else if (!ctx.prevIsSpace && ctx.closeCtx) {
    marks.push({ pos, len: 1, family: 'single', role: 'close', needsCloser: false });
    marks.push({ pos: pos + 1, len: 2, family: 'double', role: 'close', needsCloser: false });
  }
}

/** The characters around a mark, as char codes (NONE at the paragraph's edge). */
interface Context {
  prev: number;
  next: number;
  openCtx: boolean;
  closeCtx: boolean;
  prevIsSpace: boolean;
  nextIsSpace: boolean;
}

/** One context, filled in place for each mark: 200,000 marks make no garbage. */
const scratch: Context = { prev: NONE, next: NONE, openCtx: false, closeCtx: false, prevIsSpace: false, nextIsSpace: false };

function contextOf(text: string, para: Paragraph, pos: number, len: number): Context {
  const c = scratch;
  c.prev = pos > para.start ? text.charCodeAt(pos - 1) : NONE;
  c.next = pos + len < para.end ? text.charCodeAt(pos + len) : NONE;
  c.prevIsSpace = c.prev === NONE || isBlank(c.prev);
  c.nextIsSpace = c.next === NONE || isBlank(c.next);
  c.openCtx = c.prevIsSpace || OPENING_CONTEXT.has(c.prev);
  c.closeCtx = c.nextIsSpace || CLOSING_CONTEXT.has(c.next);
  return c;
}

function mark(pos: number, len: number, family: Family, role: Role, needsCloser = false): Mark {
  return { pos, len, family, role, needsCloser };
}

function classify(text: string, para: Paragraph, pos: number, len: number): Mark | null {
  const ch = text[pos];
  const c = contextOf(text, para, pos, len);
  switch (ch) {
    case '\u201C':
      // “ after a word or a stop, where only a closer fits (“Apparently not,“ he said), closes an open quote.
      return mark(pos, len, 'double', c.openCtx && !c.nextIsSpace ? 'open' : 'either');
    case '\u201D':
      // ” opening a paragraph (” … they are not like him,” she said), or ”…” as Swedish and Finnish set it.
      if (c.prev === NONE) return mark(pos, len, 'double', 'either');
      return c.openCtx && isWordCode(c.next) ? mark(pos, len, 'double', 'either', true) : mark(pos, len, 'double', 'close');
    case '\u201E':
      return mark(pos, len, 'double', 'open');
    case '"':
    case "'":
      if (ch === '"' || len === 2) return mark(pos, len, 'double', straightDoubleRole(c));
      return singleMark(text, pos, c);
    case '\u00AB': case '\u2039':
      return angleMark(pos, ch === '\u00AB' ? 'angle' : 'angle-single', c, true);
    case '\u00BB': case '\u203A':
      return angleMark(pos, ch === '\u00BB' ? 'angle' : 'angle-single', c, false);
    case '\u201A':
      return isWordCode(c.prev) ? null : mark(pos, len, 'single', 'open', true);
    default: // ‘ ’
      return singleMark(text, pos, c);
  }
}

function straightDoubleRole(c: Context): Role {
  if (c.openCtx && !c.nextIsSpace) return c.closeCtx && !c.prevIsSpace ? 'either' : 'open';
  if (!c.prevIsSpace && c.closeCtx) return 'close';
  return 'either';
}

/** «…» (French, with or without spaces inside) and »…« (German, Danish): the side a mark faces decides. */
function angleMark(pos: number, family: Family, c: Context, leftPointing: boolean): Mark {
  if (leftPointing) return !c.openCtx && c.closeCtx ? mark(pos, 1, family, 'either') : mark(pos, 1, family, 'open', family === 'angle-single');
  return c.openCtx && isWordCode(c.next) ? mark(pos, 1, family, 'either', true) : mark(pos, 1, family, 'close');
}

/** ' ‘ ’: a quotation mark, or an apostrophe (between letters, before a year or an elision). */
function singleMark(text: string, pos: number, c: Context): Mark | null {
  if (isWordCode(c.prev) && isWordCode(c.next)) return null; // don't, O'Brien, can’t
  if (c.prev === 0x6e && isApostrophe(text.charCodeAt(pos - 2)) && !isWordCode(text.charCodeAt(pos - 3))) return null; // the second mark of 'n'
  if (c.openCtx && !c.nextIsSpace) {
    if (isWordCode(c.next) && isElision(text, pos + 1)) return null; // the '90s, rock 'n' roll
    // A right mark at a word's start is an elision (’90s), unless it opens the paragraph.
    if (text.charCodeAt(pos) === 0x2019 && c.prev !== NONE) return null;
    return mark(pos, 1, 'single', 'open', true);
  }
  if (!c.prevIsSpace && c.closeCtx) return mark(pos, 1, 'single', 'close');
  return null;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

function isElision(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 0x30 && c <= 0x39) return true;
  return ELISION.test(text.slice(at, at + 7));
}

const WORD_CHAR = lazyPattern(() => /[\p{L}\p{N}]/u);

/** A letter or a digit of any script (the characters charKind knows answered without a regular expression); NaN and NONE are not. */
export function isWordCode(code: number): boolean {
  if (!(code >= 0)) return false;
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  const kind = charKind(code); // Latin-1 and general punctuation (quotation marks, dashes, spaces) by code
  return kind === UNKNOWN ? WORD_CHAR().test(String.fromCharCode(code)) : kind !== OTHER;
}
