import { findFrontMatter, FrontMatter } from './frontMatter';
import { firstLine, isDateLine } from './dateLine';
import { blankInline } from './markdownInline';

/**
 * The prose of a Markdown article as the analysis reads it: the same length as the file, every
 * character at its own offset, with the Markdown syntax blanked out. So every offset the analysis
 * gives (quotes, names, the date) points into the file as it is, and no provider maps positions.
 *
 * - Kept: the words of paragraphs, headings, list items and block quotes, link texts, escaped and
 *   (common) referenced characters, brackets that are not links ("[sic]").
 * - Blanked (spaces): heading, list and block-quote markers, emphasis marks, link targets and
 *   titles, images, code (spans, fenced and indented blocks), HTML, link definitions, thematic
 *   breaks, front matter.
 * - A line break inside a paragraph becomes a space: a hard-wrapped paragraph is one paragraph to
 *   the analysis (which ends a quotation at the end of its paragraph). Other line breaks stay.
 * - A date line first stays as it is. Front matter with `date:` becomes a date line: everything
 *   before the key is blanked, line breaks too, so `date 2019-02-21` is the first line.
 *
 * A line scanner of our own rather than a CommonMark parser: micromark (exact, with offsets) took
 * 1.3–3.5 s and over 1 GB per 5 MB here, far more than the analysis itself, and the difference
 * in what it gets right does not reach the analysis: a `*` or `_` left or blanked by mistake is
 * not a word, a name or a quotation mark. Linear time on any input: each line is scanned once.
 */
export function markdownProse(text: string): string {
  const out = new Uint16Array(text.length).fill(32);
  const fm = findFrontMatter(text);
  const bodyStart = fm ? fm.end : isDateLine(firstLine(text)) ? firstLine(text).length : 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) out[i] = c;
  }
  if (fm) dateLineFromFrontMatter(text, fm, out);
  else copy(text, out, 0, bodyStart); // the date line, as it is
  blankBlocks(text, bodyStart, out);
  return decode(out);
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const ATX_CLOSE = /[ \t]+#+[ \t]*$|^#+[ \t]*$/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const HTML_BLOCK = /^ {0,3}<(?:!--|\?|![A-Za-z]|\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$))/;
/** HTML that may start a block right after a paragraph line (CommonMark's kinds 1–6). */
const HTML_INTERRUPTS = /^ {0,3}<(?:!--|\?|![A-Za-z]|\/?(?:address|article|aside|blockquote|details|div|figure|figcaption|footer|form|h[1-6]|header|hr|iframe|li|ol|p|pre|script|section|style|table|ul)(?:[\s/>]|$))/i;
const DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const QUOTE_PREFIX = /^ {0,3}>[ \t]?/;
const LIST_MARKER = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)/;
const INDENTED = /^(?: {4}|\t)/;

type Block = 'none' | 'paragraph' | 'fence' | 'html' | 'comment' | 'code';

/** Goes through the lines after `from`, blanking block syntax and handing paragraphs to blankInline. */
function blankBlocks(text: string, from: number, out: Uint16Array): void {
  let block: Block = 'none';
  let fence = '';
  let inList = false;
  let lastBlank = true;
  /** The line break after the last paragraph line: a space if the paragraph goes on. */
  let pendingBreak: [number, number] | null = null;
  for (let pos = from > 0 ? skipLineBreak(text, from) : 0; pos < text.length;) {
    let end = pos;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const next = skipLineBreak(text, end);
    const { start, listItem } = containerPrefix(text, pos, end, block === 'fence');
    const line = text.slice(start, end);
    const blank = line.trim() === '';
    if (listItem) inList = true;
    else if (!blank && block !== 'paragraph' && !/^[ \t]/.test(text.slice(pos, end))) inList = false;

    if (block === 'fence') {
      if (line.trimStart().startsWith(fence) && /^[ \t]*[`~]+[ \t]*$/.test(line)) block = 'none';
    } else if (block === 'html' || block === 'comment') {
      if (block === 'html' ? blank : line.includes('-->')) block = 'none';
    } else if (blank) {
      if (block !== 'code') block = 'none';
    } else if (block === 'code' && INDENTED.test(line)) {
      // more indented code
    } else if (block === 'paragraph' && !listItem && SETEXT.test(line)) {
      block = 'none'; // a heading's underline: blanked, and the heading's line break stays
    } else if (FENCE.test(line)) {
      fence = FENCE.exec(line)![1];
      block = 'fence';
    } else if (ATX.test(line)) {
      const marks = ATX.exec(line)![0].length;
      const close = ATX_CLOSE.exec(line.slice(marks));
      copyInline(text, out, start + marks, close ? start + marks + close.index : end);
      block = 'none';
    } else if (THEMATIC.test(line)) {
      block = 'none';
    } else if (HTML_BLOCK.test(line) && (block !== 'paragraph' || HTML_INTERRUPTS.test(line))) {
      const comment = /^ {0,3}<!--/.test(line);
      block = comment ? (line.includes('-->') ? 'none' : 'comment') : 'html';
    } else if (block !== 'paragraph' && DEFINITION.test(line)) {
      block = 'none';
    } else if (block !== 'paragraph' && lastBlank && !inList && INDENTED.test(line)) {
      block = 'code';
    } else {
      if (block === 'paragraph' && !listItem && pendingBreak) out.fill(32, pendingBreak[0], pendingBreak[1]);
      copyInline(text, out, start, end);
      block = 'paragraph';
      const hard = / {2,}$|\\$/.test(line);
      if (line.endsWith('\\')) out[end - 1] = 32;
      pendingBreak = hard ? null : [end, next];
    }
    if (block !== 'paragraph') pendingBreak = null;
    lastBlank = blank;
    pos = next;
  }
}

/** Blanks the block-quote markers and list markers a line starts with; where its content starts. */
function containerPrefix(text: string, pos: number, end: number, inFence: boolean): { start: number; listItem: boolean } {
  let start = pos;
  let listItem = false;
  for (let n = 0; n < 8; n++) {
    const rest = text.slice(start, Math.min(end, start + 16));
    const quote = QUOTE_PREFIX.exec(rest);
    const list = quote || inFence ? null : LIST_MARKER.exec(rest);
    if (list && THEMATIC.test(text.slice(start, end))) break;
    const prefix = quote ?? list;
    if (!prefix) break;
    if (list) listItem = true;
    start += prefix[0].length;
  }
  return { start, listItem };
}

function copyInline(text: string, out: Uint16Array, start: number, end: number): void {
  copy(text, out, start, end);
  blankInline(text, start, end, out);
}

function skipLineBreak(text: string, at: number): number {
  if (text.startsWith('\r\n', at)) return at + 2;
  return at < text.length ? at + 1 : at;
}

/**
 * Front matter is blanked, line breaks kept; with `date: 2019-02-21` the keys before it are blanked
 * line breaks too, so the analysis's first line is `date  2019-02-21`.
 */
function dateLineFromFrontMatter(text: string, fm: FrontMatter, out: Uint16Array): void {
  const d = fm.date;
  if (!d) return;
  out.fill(32, 0, d.line.start);
  copy(text, out, d.line.start, d.line.start + 4); // "date"
  if (d.day) copy(text, out, d.day.start, d.day.end);
  else {
    // Not an ISO day: the value's first word, so the analysis reports a date it cannot read.
    const word = /^["']?([^\s"']+)/.exec(d.value.text);
    if (word) copy(text, out, d.value.start + word[0].length - word[1].length, d.value.start + word[0].length);
  }
}

function copy(text: string, out: Uint16Array, start: number, end: number): void {
  for (let i = start; i < end; i++) out[i] = text.charCodeAt(i);
}

function decode(codes: Uint16Array): string {
  let s = '';
  for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.subarray(i, i + 8192));
  return s;
}
