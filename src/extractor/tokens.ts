import { charKind, hasLetter, OTHER, startsUpper, UNKNOWN } from './charClass';
import { lazyPattern } from './lazyPattern';

/** A word of the text with its offsets. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text without a possessive ending and with straight apostrophes. */
  norm: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Ends with a possessive ('s or s'), which ends a name. */
  possessive: boolean;
  /** The text between the previous token and this one (punctuation, spaces). */
  gap: string;
}

/** Punctuation between two tokens that ends a phrase: a comma, a stop, a bracket, a quotation mark, a dash. */
export const PHRASE_BREAK = /[,.;:!?()“”"‘’—–]|\s-\s/;

/** The gap before `t` ends a phrase. */
export function breaks(t: Token): boolean {
  return PHRASE_BREAK.test(t.gap);
}

// Letters with inner apostrophes and hyphens (O'Brien, Rees-Mogg, don't).
const WORD = lazyPattern(() => /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu);
/**
 * WORD's search, in two sticky steps run with test() (which makes no match object): the run before a
 * word (everything up to a letter or digit), then the word from there. `tokenize` reads characters
 * by their codes (charClass.ts) and runs these only from a character it cannot class that way, where
 * Unicode's tables decide: English text seldom holds one, and each pattern cost its first analysis
 * about half a millisecond to compile.
 */
const BEFORE_WORD = lazyPattern(() => /[^\p{L}\p{N}]*/uy);
const WORD_HERE = lazyPattern(() => new RegExp(WORD().source, 'uy'));

/** An ASCII letter or digit: WORD's classes restricted to ASCII (no ASCII character is a mark). */
function isAsciiWordChar(c: number): boolean {
  return c < 58 ? c >= 48 : c < 91 ? c >= 65 : c >= 97 && c <= 122;
}

/** Whether the code unit is a letter, mark or digit (1), not one (0), or cannot be told by its code (-1). */
function inWord(c: number): number {
  if (c < 128) return isAsciiWordChar(c) ? 1 : 0;
  const k = charKind(c);
  return k === UNKNOWN ? -1 : k === OTHER ? 0 : 1;
}

/** Where the run of characters that cannot start a word, from `i`, ends (BEFORE_WORD's match). */
function wordStartFrom(s: string, i: number): number {
  for (; i < s.length; i++) {
    const w = inWord(s.charCodeAt(i));
    if (w > 0) return i;
    if (w < 0) {
      const before = BEFORE_WORD();
      before.lastIndex = i;
      before.test(s);
      return before.lastIndex;
    }
  }
  return i;
}

/**
 * The hash (`hashOf`) of the word the last `wordEndFrom` found, taken while its characters were read,
 * so that looking the word up does not read them again; NO_HASH when the pattern found its end.
 */
let wordHash = 0;
const NO_HASH = -1;

/** The end of the word starting at `at`, a letter or digit (WORD_HERE's match); its hash in `wordHash`. */
function wordEndFrom(s: string, at: number): number {
  const first = s.charCodeAt(at);
  if (inWord(first) < 0) return regexWordEnd(s, at);
  let h = Math.imul(FNV_OFFSET ^ first, FNV_PRIME);
  let i = at + 1;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const w = inWord(c);
    if (w > 0) {
      h = Math.imul(h ^ c, FNV_PRIME);
      continue;
    }
    if (w < 0) return regexWordEnd(s, at);
    if (c !== 39 && c !== 45 && c !== 0x2019) break;
    // an apostrophe or hyphen joins only when a letter, mark or digit follows
    const next = i + 1 < s.length ? inWord(s.charCodeAt(i + 1)) : 0;
    if (next < 0) return regexWordEnd(s, at);
    if (next === 0) break;
    h = Math.imul(Math.imul(h ^ c, FNV_PRIME) ^ s.charCodeAt(i + 1), FNV_PRIME);
    i++;
  }
  wordHash = h >>> 0;
  return i;
}

function regexWordEnd(s: string, at: number): number {
  const here = WORD_HERE();
  here.lastIndex = at;
  here.test(s);
  wordHash = NO_HASH;
  return here.lastIndex;
}

/**
 * A token as `tokenize` makes it: a plain record of the Token fields, in their order, made by a
 * constructor so that tokens have a hidden class of their own. As object literals they shared V8's
 * tree of shapes with every other literal that starts `{ start, end, … }` (spans, marks, paragraphs),
 * and a field's type widened by one of those threw away the tokenizer's optimised code, twice per run,
 * each time recompiled (10–15 ms of compiler CPU each on the 1 MB article).
 */
class TokenRecord implements Token {
  // Declared, not defined: a class field would be made undefined first, then set, and typed for both.
  declare start: number;
  declare end: number;
  declare text: string;
  declare norm: string;
  declare cap: boolean;
  declare possessive: boolean;
  declare gap: string;
  constructor(start: number, end: number, text: string, norm: string, cap: boolean, possessive: boolean, gap: string) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.norm = norm;
    this.cap = cap;
    this.possessive = possessive;
    this.gap = gap;
  }
}

/**
 * The words of the text in order: WORD's matches. This is the hottest loop of the extractor: it reads
 * characters by their codes and leaves to the patterns only those it cannot class (two pattern runs
 * per token, with their entry costs, took about half of the tokenizer's time on English text).
 * Every token lives for the whole analysis, so its strings are interned: a word written again shares
 * the first one's text and norm, and a gap of two or more characters the first such gap (a single
 * character is V8's own shared string already). On the bench's 1 MB article, 185k tokens held 23 MB;
 * interned, 17 MB, and the collector copies that much less while the tokens are young.
 * A word or gap seen before is found in its table without being cut out of the text (see Interned):
 * a copy per token only to look it up was a third of what the tokenizer allocated, and garbage between
 * the young tokens kept the collector from moving their pages to the old generation whole.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const run = new TokenRun(start === 0 && end === text.length ? text : text.slice(start, end), start);
  while (run.next(CHUNK)) { /* each call reads up to CHUNK tokens */ }
  return run.out;
}

/**
 * Tokens read per call of TokenRun.next. The loop is a method called once per chunk, not a loop in
 * `tokenize` itself, so that V8 optimises it: the command-line tool turns off on-stack replacement
 * (compilerTuning.ts), and a loop in a function called once ran unoptimised to its end. One CLI-like
 * analysis of the bench's 1 MB article, single-threaded under valgrind: 6.377 → 6.220 billion
 * instructions; output identical over 1,068 corpus texts.
 */
const CHUNK = 256;

/** The tokenizer's state between chunks: the text, the tokens so far and the interned words and gaps. */
class TokenRun {
  readonly out: Token[] = [];
  private readonly words = new Interned<Word>();
  private readonly gaps = new Interned<string>();
  private prevEnd = 0;
  constructor(private readonly slice: string, private readonly start: number) {}

  next(limit: number): boolean {
    const { out, words, gaps, slice, start } = this;
    let prevEnd = this.prevEnd;
    for (let k = 0; k < limit; k++) {
      const at = wordStartFrom(slice, prevEnd);
      if (at >= slice.length) { this.prevEnd = prevEnd; return false; }
      const wordEnd = wordEndFrom(slice, at);
      let w = words.find(slice, at, wordEnd, wordHash === NO_HASH ? hashOf(slice, at, wordEnd) : wordHash);
      if (w === undefined) {
        w = toWord(slice.slice(at, wordEnd));
        words.add(w.text, w);
      }
      const n = wordEnd - at;
      let possessive = w.possessive;
      if (!possessive && w.endsWithS) {
        const after = slice.charCodeAt(wordEnd);
        if ((after === 39 || after === 0x2019) && !hasLetter(slice[wordEnd + 1] ?? '')) possessive = true; // MPs'
      }
      const s = start + at;
      let gap: string;
      if (at - prevEnd < 2) gap = slice.slice(prevEnd, at);
      else {
        const seen = gaps.find(slice, prevEnd, at, hashOf(slice, prevEnd, at));
        gap = seen ?? slice.slice(prevEnd, at);
        if (seen === undefined) gaps.add(gap, gap);
      }
      out.push(new TokenRecord(s, s + n, w.text, w.norm, w.cap, possessive, gap));
      prevEnd = wordEnd;
    }
    this.prevEnd = prevEnd;
    return true;
  }
}

/** What a token takes from its word alone, the same wherever the word is written. */
interface Word {
  text: string;
  norm: string;
  cap: boolean;
  /** Ends with 's or s’s: possessive wherever it stands (Labour's, MPs’s). */
  possessive: boolean;
  /** Ends with s (not possessive by itself): possessive when an apostrophe follows (MPs'). */
  endsWithS: boolean;
}

function toWord(raw: string): Word {
  const n = raw.length;
  const last = raw.charCodeAt(n - 1);
  const beforeLast = n > 2 ? raw.charCodeAt(n - 2) : 0;
  const endsWithS = last === 115 || last === 83;
  const possessive = endsWithS && (beforeLast === 39 || beforeLast === 0x2019);
  const word = possessive ? raw.slice(0, -2) : raw;
  const first = word.charCodeAt(0);
  const cap = first >= 65 && first <= 90 ? true : first < 128 ? false : startsUpper(word);
  return { text: raw, norm: toNorm(word), cap, possessive, endsWithS: endsWithS && !possessive };
}

/**
 * A hash table of the distinct pieces of one text, looked up by their offsets: the piece is hashed
 * and compared where it stands, so finding one seen before makes no string. Open addressing over a
 * power-of-two table, kept at most half full.
 */
class Interned<T> {
  private readonly keys: string[] = [];
  private readonly values: T[] = [];
  private slots: Int32Array;
  private mask: number;
  private last = -1;

  constructor() {
    // Set twice, so that V8 never takes the table for a constant of its object: optimised code that
    // had embedded the first table was thrown away when it grew, with the tokenizer's compile under way.
    this.slots = new Int32Array(0);
    this.mask = -1;
    this.slots = new Int32Array(1024);
    this.mask = 1023;
  }

  /** The value stored for text.slice(from, to), whose `hashOf` is `hash`, or undefined. Remembers the slot for `add`. */
  find(text: string, from: number, to: number, hash: number): T | undefined {
    const n = to - from;
    let i = hash & this.mask;
    for (;;) {
      const k = this.slots[i] - 1;
      if (k < 0) break;
      const key = this.keys[k];
      if (key.length === n && text.startsWith(key, from)) return this.values[k];
      i = (i + 1) & this.mask;
    }
    this.last = i;
    return undefined;
  }

  /** Stores `value` for `key`, the piece `find` has just not found; returns the value. */
  add(key: string, value: T): T {
    const k = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    this.slots[this.last] = k + 1;
    if (2 * (k + 1) > this.mask) this.grow();
    return value;
  }

  private grow(): void {
    const slots = new Int32Array(2 * this.slots.length);
    const mask = slots.length - 1;
    for (let k = 0; k < this.keys.length; k++) {
      const key = this.keys[k];
      let i = hashOf(key, 0, key.length) & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = k + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** FNV-1a over the UTF-16 code units of text.slice(from, to). */
function hashOf(text: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

const FNV_OFFSET = 0x811c9dc5, FNV_PRIME = 0x01000193;

function toNorm(word: string): string {
  // Most words are plain lower-case ASCII, their own norm: toLowerCase would make a copy of each, and
  // every token keeps its norm for the whole analysis.
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 ? c >= 65 && c <= 90 : c >= 128) return foldedNorm(word);
  }
  return word;
}

function foldedNorm(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** How many words `tokenize` would find in the text, without building the tokens. */
export function countWords(text: string): number {
  const word = WORD();
  word.lastIndex = 0;
  let n = 0;
  while (word.exec(text)) n++;
  return n;
}
