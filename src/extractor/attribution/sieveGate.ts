import { isSpaceCode } from '../charClass';
import type { AttributionInput } from './input';
import {
  AGENT, ASKED_NEAR, CLAIM_AFTER, CONTINUED, DASH_AFTER, FROM_NEAR, HEADLINE, LABEL_AFTER, LINE_SHORT, MAY_BE_TERM, NAME_SIGNED, PASSIVE_WORD,
  POSSESSIVE_BEFORE, TRANSCRIPT_COLON,
} from './sieve';
import { mayBeNameLike, mayEndWithTermMarker } from './sieves/terms';
import { tokenAt, tokenBefore } from './input';
import { SHORT_LINE } from './sieves/lineSignature';


/**
 * The first two letters of deniedClaim's nouns (claims, allegations, accusations, charges, jibes, slurs,
 * remarks, comments, suggestions, reports, warnings), lower-case: its pattern has the i flag and no u
 * flag, so only ASCII letters fold.
 */
const CLAIM_OPENINGS = ['cl', 'al', 'ac', 'ch', 'ji', 'sl', 're', 'co', 'su', 'wa'];
/** The first letters of labelledTerm's nouns (vote, campaign, camp, side, comment, remark, jibe, slur, label, tag, taunt, row, option, button, slogan, brand, policy, strategy, deal, result, verdict, box, column, lobby), lower-case only. */
const LABEL_INITIALS = 'bcdjloprstv';

/** Where some marks lie in the text, found once per analysis (by the engine's own search) for the quote facts. */
export interface TextMarks {
  /** Where each "asked" starts (ASCII letters of either case, as /asked/i reads them). */
  asked: number[];
  /** Where each colon is. */
  colons: number[];
}

export function textMarks(text: string): TextMarks {
  const asked: number[] = [];
  const re = /asked/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) asked.push(m.index);
  const colons: number[] = [];
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) colons.push(i);
  return { asked, colons };
}

/**
 * The facts of quote q, one bit each (sieve.ts). Each is a short look at a character or a few, tried
 * in this one function where it can be: on a long article most quotes fail the first test of each, and
 * a call per test in code not yet optimised cost as much as the sieves it spares.
 */
export function quoteFacts(input: AttributionInput, q: number, marks: TextMarks): number {
  const quote = input.quotes[q];
  const text = input.text;
  const open = quote.open.start;
  const last = tokenBefore(input.tokens, open);
  let facts = 0;
  if (open < input.headlineEnd) facts |= HEADLINE;
  if (quote.continued && q > 0) facts |= CONTINUED;
  // Before the opening mark, its white space aside.
  let e = open;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  const before = e > 0 ? text.charCodeAt(e - 1) : -1;
  if ((before === 115 || before === 100) && endsWithPassiveWord(text, e, before)) facts |= PASSIVE_WORD;
  if (e < open && agentTailBefore(text, open)) facts |= AGENT; // the pattern ends with white space
  if (mayEndWithTermMarker(text, e) || mayBeNameLike(quote.text) || (quote.close && nameAround(input, q, last))) facts |= MAY_BE_TERM;
  if ((marks.asked.length && anyWithin(marks.asked, Math.max(0, open - 80), open - 5)) || endsWithQuestionMark(quote.text)) facts |= ASKED_NEAR;
  if (marks.colons.length && (anyWithin(marks.colons, Math.max(0, open - 64), open - 1) || labelInside(text, quote.start, marks.colons))) facts |= TRANSCRIPT_COLON;
  if (last > 0 && possessiveBefore(input, last)) facts |= POSSESSIVE_BEFORE;
  if (last >= 0 && fromInClauseBefore(input, last)) facts |= FROM_NEAR;
  if (!longParagraph(input, q)) facts |= LINE_SHORT;
  if (quote.close) {
    const end = quote.close.end;
    const after = text.charCodeAt(end);
    if (isSpaceCode(after)) {
      const word = firstAfterSpace(text, end);
      if (word >= 0 && opensClaimNoun(text, word)) facts |= CLAIM_AFTER;
      if (word >= 0 && LABEL_INITIALS.includes(text[word])) facts |= LABEL_AFTER;
    }
    if ((after === 44 || isSpaceCode(after)) && byAfter(text, end)) facts |= AGENT;
    if (dashAfter(text, end)) facts |= DASH_AFTER;
    // The first token after the closing mark, also the first after the spaces that follow it (no token ends in a space).
    const next = tokenAt(input.tokens, end);
    if (next >= 0 && input.tokens[next].norm === 'from') facts |= FROM_NEAR;
    if ((after === 32 || after === 9) && next >= 0 && signedBy(input, end, next)) facts |= NAME_SIGNED;
  }
  return facts;
}

/**
 * The name-signature sieve's tests, loosely: the token `t` starts right after the closing mark's spaces
 * or tabs (at most four), belongs to a person or is capitalised, and after the person's mention (or one
 * to three more tokens, for capitalised words nobody is known by) comes the text's end, or a gap that
 * opens with a semicolon or a line break after spaces, or a token inside a quote.
 */
function signedBy(input: AttributionInput, end: number, t: number): boolean {
  const { tokens, personAt, text } = input;
  let signed = end;
  while (signed < end + 4 && signed < text.length && (text.charCodeAt(signed) === 32 || text.charCodeAt(signed) === 9)) signed++;
  if (tokens[t].start !== signed) return false;
  if (personAt[t] >= 0) {
    let last = t;
    while (last + 1 < tokens.length && personAt[last + 1] === personAt[t]) last++;
    return endsSignature(input, last + 1);
  }
  if (!tokens[t].cap) return false;
  for (let k = t + 2; k <= t + 4; k++) if (endsSignature(input, k)) return true;
  return false;
}

/** Token k (or the text's end) may follow a signature: no token, a token inside a quote, or a gap opening with spaces and a semicolon or a line break. */
function endsSignature(input: AttributionInput, k: number): boolean {
  if (k >= input.tokens.length || input.inQuote[k]) return true;
  const gap = input.tokens[k].gap;
  let i = 0;
  while (i < gap.length && (gap.charCodeAt(i) === 32 || gap.charCodeAt(i) === 9)) i++;
  const c = gap.charCodeAt(i);
  return c === 59 || c === 10 || c === 13;
}

/** Some entry of `sorted` lies in [from, to]: the first at or after `from`, found by halving. */
function anyWithin(sorted: readonly number[], from: number, to: number): boolean {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < from) lo = mid + 1; else hi = mid;
  }
  return lo < sorted.length && sorted[lo] <= to;
}

/**
 * The terms sieve's nickname test (insideName) up to its last step: the quote's first word and the
 * word before it belong to one person. `last` is the token before the opening mark, which is also
 * the one before the quote's first character unless a token ends between the two.
 */
function nameAround(input: AttributionInput, q: number, last: number): boolean {
  const { tokens, personAt } = input;
  const quote = input.quotes[q];
  const before = quote.start >= quote.open.start && (last + 1 >= tokens.length || tokens[last + 1].end > quote.start) ? last : tokenBefore(tokens, quote.start);
  const first = before + 1 < tokens.length ? before + 1 : -1;
  return first > 0 && personAt[first] >= 0 && personAt[first - 1] === personAt[first];
}

/** The saying-noun sieve's owner: a possessive among the four tokens before token `last` (the noun's owner, right before it). */
function possessiveBefore(input: AttributionInput, last: number): boolean {
  for (let k = last - 1; k >= 0 && k >= last - 4; k--) if (input.tokens[k].possessive) return true;
  return false;
}

/** The saying-noun-from sieve's walk back through the quote's clause, looking only for "from" right after a word of it. */
function fromInClauseBefore(input: AttributionInput, last: number): boolean {
  const { tokens, sentenceOf, inQuote } = input;
  for (let k = last; k >= 0 && k > last - 12 && sentenceOf[k] === sentenceOf[last] && !inQuote[k]; k--) {
    if (k + 1 < tokens.length && tokens[k + 1].norm === 'from') return true;
  }
  return false;
}


/** A speaker label could open the quote's text (readLabel's first test): a capital A-Z, a colon in the first 60 characters. */
function labelInside(text: string, start: number, colons: readonly number[]): boolean {
  const c = text.charCodeAt(start);
  return c >= 65 && c <= 90 && anyWithin(colons, start, start + 59);
}

/**
 * The line-signature sieve's first test, on part of the paragraph: the quote's sentence, with the one
 * before and the one after where they are of the quote's paragraph, spans more than SHORT_LINE.
 */
function longParagraph(input: AttributionInput, q: number): boolean {
  const { sentences } = input;
  const p = input.quotes[q].paragraph;
  const s = input.quoteSentence[q];
  if (s < 0 || s >= sentences.length || sentences[s].paragraph !== p) return false;
  const start = s > 0 && sentences[s - 1].paragraph === p ? sentences[s - 1].start : sentences[s].start;
  const end = s + 1 < sentences.length && sentences[s + 1].paragraph === p ? sentences[s + 1].end : sentences[s].end;
  return end - start > SHORT_LINE;
}

/** `/\?\s*$/.test(s)`. */
function endsWithQuestionMark(s: string): boolean {
  let i = s.length;
  while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
  return i > 0 && s.charCodeAt(i - 1) === 63;
}

/** The text at `at` opens with one of CLAIM_OPENINGS, ASCII capitals read as lower-case. */
function opensClaimNoun(text: string, at: number): boolean {
  const a = asciiLower(text.charCodeAt(at)), b = asciiLower(text.charCodeAt(at + 1));
  for (let i = 0; i < CLAIM_OPENINGS.length; i++) if (CLAIM_OPENINGS[i].charCodeAt(0) === a && CLAIM_OPENINGS[i].charCodeAt(1) === b) return true;
  return false;
}

function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** After at least one white-space character from `at`, where the next character is; -1 if none follows or no space comes first. */
function firstAfterSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i > at && i < text.length ? i : -1;
}

/**
 * passiveUnattributed's pattern ends with white space and one of its last words (`\s+branded`,
 * `described\s+as`…) before optional white space: the text before the mark, trimmed (to `e`), ends
 * with one of those words with white space before it; `last` is the code of its last character.
 */
function endsWithPassiveWord(text: string, e: number, last: number): boolean {
  if (last === 115) return endsWithWord(text, e, 'as');
  return endsWithWord(text, e, 'branded') || endsWithWord(text, e, 'called') || endsWithWord(text, e, 'labelled') || endsWithWord(text, e, 'labeled');
}

/** text.slice(0, end) ends with white space and `word`. */
function endsWithWord(text: string, end: number, word: string): boolean {
  const from = end - word.length;
  if (from < 1 || !isSpaceCode(text.charCodeAt(from - 1))) return false;
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(from + i) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * passiveAgent's lead pattern, `\s+(?:of|as|for)\s+(?:\p{Ll}+\s+){0,3}$`: read back from the mark,
 * white space, then up to four words each after white space, the last of them "of", "as" or "for"
 * and the others lower-case. A word here is a run of characters that are not white space, so any
 * other character in it (a capital, a stop) ends the search.
 */
function agentTailBefore(text: string, open: number): boolean {
  let i = open;
  for (let words = 0; words < 4; words++) {
    const spaceEnd = i;
    while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
    if (i === spaceEnd) return false; // every word of the pattern has white space after it
    const end = i;
    while (i > 0 && !isSpaceCode(text.charCodeAt(i - 1))) i--;
    const length = end - i;
    if (i > 0 && ((length === 2 && (isWordAt(text, i, 'of') || isWordAt(text, i, 'as'))) || (length === 3 && isWordAt(text, i, 'for')))) return true;
    if (!allLowerOrUnknown(text, i, end)) return false;
  }
  return false;
}

function isWordAt(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(at + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** Every character of text.slice(from, to) could be `\p{Ll}`: an ASCII lower-case letter or any non-ASCII character. */
function allLowerOrUnknown(text: string, from: number, to: number): boolean {
  if (from === to) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 128 && (c < 97 || c > 122)) return false;
  }
  return true;
}

/** passiveAgent's `/^[,]?\s+by\s/` after the closing mark: an optional comma, white space, "by". */
function byAfter(text: string, at: number): boolean {
  let i = at;
  if (text.charCodeAt(i) === 44) i++;
  const from = i;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i > from && text.charCodeAt(i) === 98 && text.charCodeAt(i + 1) === 121;
}

/**
 * dashSignature's two patterns after the closing mark, `^[ \t]*[—–-]` and `^[.,;!?]?[ \t]*(?:\r?\n[ \t]*)+(?:[—–]|--?)`,
 * read together and loosely: an optional stop, then spaces, tabs and line breaks, then a dash.
 */
function dashAfter(text: string, at: number): boolean {
  let i = at;
  const c = text.charCodeAt(i);
  if (c === 46 || c === 44 || c === 59 || c === 33 || c === 63) i++;
  for (; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (d !== 32 && d !== 9 && d !== 10 && d !== 13) break;
  }
  const d = text.charCodeAt(i);
  return d === 0x2014 || d === 0x2013 || d === 45;
}
