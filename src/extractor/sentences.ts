import type { Paragraph } from './paragraphs';
import { type RawQuote, quoteEnd } from './quotes';
import { NUMBER, UNKNOWN, UPPER, charKind, hasLetter, isSpaceCode } from './charClass';

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'prof', 'rev', 'gen', 'col', 'capt', 'lt', 'sgt', 'hon', 'rt',
  'rep', 'reps', 'sen', 'sens', 'gov', 'govs', 'del', 'adm', 'maj', 'cmdr', 'supt', 'insp', 'atty', 'cllr', // titles before names, US and UK
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'vs', 'etc', 'inc', 'ltd', 'co',
]);

/**
 * Splits paragraphs into sentences. A quotation is never split: a full stop inside it does not end the
 * sentence, so a quote and the cue around it ("…,” he said.) stay together; a quote that itself ends a
 * sentence (“… now.” Then …) ends it after the closing mark.
 */
export function splitSentences(text: string, paragraphs: readonly Paragraph[], quotes: readonly RawQuote[]): Sentence[] {
  const out: Sentence[] = [];
  const stops = terminators(text);
  let q = 0, nextStop = 0;
  for (const para of paragraphs) {
    let start = para.start;
    let i = para.start;
    while (i < para.end) {
      while (q < quotes.length && quoteEnd(quotes[q]) <= i) q++;
      const quote = q < quotes.length && quotes[q].open.start <= i ? quotes[q] : null;
      if (quote) {
        i = quoteEnd(quote);
        if (endsSentence(quote.text) && boundaryFollows(text, i, para.end)) {
          out.push({ index: out.length, paragraph: para.index, start, end: i });
          start = skipSpace(text, i, para.end);
          i = start;
        }
        continue;
      }
      // Straight to the next full stop, ! or ? before the next quote (positions only grow: one walk of the list).
      const stop = q < quotes.length ? Math.min(para.end, quotes[q].open.start) : para.end;
      while (nextStop < stops.length && stops[nextStop] < i) nextStop++;
      i = nextStop < stops.length && stops[nextStop] < stop ? stops[nextStop] : Math.max(i, stop);
      if (i >= stop) continue;
      if (!isAbbreviation(text, i, para.start)) {
        let e = i + 1;
        while (e < para.end && (isTerminator(text.charCodeAt(e)) || text[e] === ')')) e++;
        if (boundaryFollows(text, e, para.end)) {
          out.push({ index: out.length, paragraph: para.index, start, end: e });
          start = skipSpace(text, e, para.end);
          i = start;
          continue;
        }
        i = e;
        continue;
      }
      i++;
    }
    if (start < para.end) out.push({ index: out.length, paragraph: para.index, start, end: para.end });
  }
  return out;
}

/** Offsets of every full stop, ! and ? of the text, in order (found by one pattern scan, not a test per character). */
function terminators(text: string): Int32Array {
  const found: number[] = [];
  TERMINATOR.lastIndex = 0;
  while (TERMINATOR.test(text)) found.push(TERMINATOR.lastIndex - 1); // test() makes no match object
  return Int32Array.from(found);
}

const TERMINATOR = /[.!?]/g;

function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63; // . ! ?
}

function endsSentence(quoteText: string): boolean {
  return /[.!?…]\s*$/.test(quoteText);
}

/** A sentence ends where white space is followed by a capital, a digit or an opening mark. */
function boundaryFollows(text: string, i: number, end: number): boolean {
  if (i >= end) return false;
  if (!isSpaceAt(text, i)) return false;
  const j = skipSpace(text, i, end);
  if (j >= end) return false;
  const kind = charKind(text.charCodeAt(j));
  if (kind === UNKNOWN) return /[\p{Lu}\p{N}“‘"'(…]/u.test(text[j]);
  return kind === UPPER || kind === NUMBER || OPENING_MARKS.includes(text[j]);
}

/** What may open a sentence besides a capital or a digit. */
const OPENING_MARKS = '“‘"\'(…';

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpaceAt(text, i)) i++;
  return i;
}

/** `/\s/` at i, read from the character code (the splitter asks at every sentence end). */
function isSpaceAt(text: string, i: number): boolean {
  return isSpaceCode(text.charCodeAt(i));
}

/** A letter (`\p{L}`) at i, read from the character code where charKind knows it. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : hasLetter(text[i]);
}

/** No abbreviation is longer: a longer word before a full stop is not one, and is not copied to be looked up. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

function isAbbreviation(text: string, dot: number, floor: number): boolean {
  if (text[dot] !== '.') return false;
  let s = dot;
  while (s > floor && isLetterAt(text, s - 1)) s--;
  if (dot - s > LONGEST_ABBREVIATION) return false; // lower-casing never shortens a word
  const word = text.slice(s, dot);
  // initials: J. Smith, U.S., William M. Daley; but a lone capital after a lower-case word ends a
  // sentence ("wrote on X.", "vitamin C.")
  if (word.length === 1 && /\p{Lu}/u.test(word)) return !/(?:^|[^\p{L}])\p{Ll}\p{L}*\s$/u.test(text.slice(Math.max(floor, s - 40), s));
  return ABBREVIATIONS.has(word.toLowerCase());
}
