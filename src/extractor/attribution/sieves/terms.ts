import { afterDottedTitle } from '../../cues';
import { speechVerbStem } from '../../speechVerbs';
import { type AttributionInput, TERM, tokenAt } from '../input';
import { type Sieve, type SieveState, MAY_BE_TERM } from '../sieve';
import { standsAlone } from './statement';
import { isSpaceCode, startsUpperOrNumber, wordBeforeFinalColon } from '../../charClass';
import { pushTo } from '../../search';

const TERM_MARKERS = /(?:so-called|so called|dubbed|nicknamed|slogan|entitled|titled|headlined|known as|reading:?|the word|the phrase|the term|branded as|marked|(?:the|a|an|his|her|their|its|new) (?:study|book|report|film|programme|play|song|album|campaign|slogan|headline|article|poster|motto|column|series|show|documentary|novel|memoir|pamphlet|manifesto))\s*$/i;

/** "posted a message reading “…”": what a message, a post or a letter reads is its sender's words; a sign's or a T-shirt's stays a term. */
const MESSAGE_READING = /\b(?:message|tweet|post|note|e-?mail|letter|statement|text)\b[^.;:!?“”"]{0,25}\breading:?\s*$/i;

/** “Get Brexit Done”, the so-called ‘Winter of Discontent’: a name, title or term, said by nobody. */
export const terms: Sieve = {
  name: 'terms',
  needs: MAY_BE_TERM,
  apply(state, q) {
    const { input } = state;
    const quote = input.quotes[q];
    const before = input.text.slice(Math.max(0, quote.open.start - 30), quote.open.start);
    if (endsWithTermMarker(before) && !MESSAGE_READING.test(before)) return TERM;
    if (insideName(input, q)) return TERM;
    if (!isNameLike(quote.text)) return null;
    // "she wrote: “Image from Rochester.”": words a reporting verb introduces are speech, capitals or not.
    const introduced = wordBeforeFinalColon(before);
    if (introduced !== null && speechVerbStem(introduced)) return null;
    return spokenAloud(input, q) || saysOnAfterSpeech(state, q) ? null : TERM;
  },
};

/** Juan “Chico” Manriquez: a quote inside one person's name, the name's words on both sides of it, is a nickname. */
function insideName(input: AttributionInput, q: number): boolean {
  const quote = input.quotes[q];
  const first = tokenAt(input.tokens, quote.start);
  const person = first > 0 ? input.personAt[first] : -1;
  if (person < 0 || input.personAt[first - 1] !== person || !quote.close) return false;
  const after = tokenAt(input.tokens, quote.close.end);
  return after > 0 && input.personAt[after] === person && input.personAt[after - 1] === person;
}

/**
 * “We have one enemy,” she said. “Jane Doe.”: a capitalised quote that is a whole sentence of its
 * own (nothing outside its marks, a stop inside them) right after a speech quote of its paragraph or
 * the one before goes on speaking; a title or a name in quotation marks stands inside a sentence.
 */
function saysOnAfterSpeech({ input, done, lastSpeech }: SieveState, q: number): boolean {
  if (lastSpeech < 0 || input.quotes[lastSpeech].paragraph < input.quotes[q].paragraph - 1) return false;
  return done[lastSpeech].kind === 'speech' && standsAlone(input, q);
}

/**
 * Capitalised words that are speech all the same: a question or an exclamation (“Mr. D’Souza?”,
 * “USA! USA!”), or words ending with a comma that a reporting verb follows (“Word is,” Trump said).
 */
function spokenAloud(input: AttributionInput, q: number): boolean {
  const quote = input.quotes[q];
  const text = quote.text.trim();
  if (/[?!]$/.test(text)) return true;
  if (!/,$/.test(text) || !quote.close) return false;
  const { tokens } = input;
  const first = tokenAt(tokens, quote.close.end);
  // Four words at most, the full stop of a title not breaking them (“Word is,” Mr. Kerry said).
  for (let k = first; k >= 0 && k < tokens.length && k < first + 4; k++) {
    if (input.inQuote[k] || (k > first && /[,.;:!?“”"‘’]/.test(tokens[k].gap) && !afterDottedTitle(input, k))) return false;
    if (speechVerbStem(tokens[k].norm)) return true;
  }
  return false;
}

/** The longest marker TERM_MARKERS can end with ("their documentary"), and some to spare. */
const LONGEST_MARKER = 24;

/**
 * TERM_MARKERS.test(before), tried on the last words only: every marker ends in a letter or a colon,
 * so it ends the text once trailing space is trimmed, and none is longer than LONGEST_MARKER (the
 * pattern run over the whole window tried its alternatives at every position, for every quote).
 * Before any copy is made, the text must end with the last word of a marker: the pattern (case-blind
 * for ASCII letters only, having no u flag) cannot match otherwise, and most quotes stop there.
 */
export function endsWithTermMarker(before: string): boolean {
  let end = before.length;
  while (end > 0 && isSpaceCode(before.charCodeAt(end - 1))) end--; // trimEnd, without the copy
  const endings = end > 0 ? ENDINGS_BY_LAST.get(asciiLower(before.charCodeAt(end - 1))) : undefined;
  if (!endings || !endsWithOneOf(before, end, endings)) return false;
  const trimmed = before.slice(0, end);
  return TERM_MARKERS.test(trimmed.length > LONGEST_MARKER ? trimmed.slice(-LONGEST_MARKER) : trimmed);
}

/** One of `endings` ends text.slice(0, end) (endsWithAsciiCaseBlind): a loop, not a closure made per quote for `some`. */
function endsWithOneOf(text: string, end: number, endings: readonly string[]): boolean {
  for (let i = 0; i < endings.length; i++) if (endsWithAsciiCaseBlind(text, end, endings[i])) return true;
  return false;
}

/** The lower-case form of an ASCII capital; any other code unit unchanged. */
function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** text.slice(0, end) ends with `ending` (lower-case ASCII), ASCII capitals read as lower-case. */
function endsWithAsciiCaseBlind(text: string, end: number, ending: string): boolean {
  const from = end - ending.length;
  if (from < 0) return false;
  for (let i = 0; i < ending.length; i++) if (asciiLower(text.charCodeAt(from + i)) !== ending.charCodeAt(i)) return false;
  return true;
}

/**
 * The last word of every marker TERM_MARKERS ends with, lower-case ("entitled" ends in "titled"): the
 * pattern cannot match a text ending otherwise, so most quotes skip it (and its compiling). "as" ends
 * only "known as" and "branded as", so with its space before it ("was" does not end a marker).
 */
const MARKER_ENDINGS = [
  'called', 'dubbed', 'nicknamed', 'slogan', 'titled', 'headlined', ' as', 'reading', 'reading:', 'word', 'phrase', 'term',
  'marked', 'study', 'book', 'report', 'film', 'programme', 'play', 'song', 'album', 'campaign', 'headline', 'article',
  'poster', 'motto', 'column', 'series', 'show', 'documentary', 'novel', 'memoir', 'pamphlet', 'manifesto',
];

/** MARKER_ENDINGS by the code of their last character. */
const ENDINGS_BY_LAST = new Map<number, string[]>();
for (const e of MARKER_ENDINGS) pushTo(ENDINGS_BY_LAST, e.charCodeAt(e.length - 1), e);

/**
 * Whether the text before `at`, trailing white space aside, ends with one of MARKER_ENDINGS: read in
 * place over the whole text, it holds wherever endsWithTermMarker holds of a window ending at `at`
 * (the quote facts, sieveGate.ts).
 */
export function mayEndWithTermMarker(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  const endings = end > 0 ? ENDINGS_BY_LAST.get(asciiLower(text.charCodeAt(end - 1))) : undefined;
  return endings !== undefined && endsWithOneOf(text, end, endings);
}

/**
 * Every long word capitalised reads as a name or title (at least two words, one of them not small).
 * The words are those of `split(/\s+/)` on the trimmed text less its closing stops, read one at a
 * time: the first lower-case word decides, so a long quote is not split whole for it.
 */
export function isNameLike(text: string): boolean {
  // Most quotes open with a lower-case ASCII word and a space ("we will…"): unless it is a small word
  // ("of the…"), that first word decides, as below, with no copy made.
  let i = 0;
  while (i < text.length && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122) i++;
  if (i > 0 && text.charCodeAt(i) === 32 && !(i <= LONGEST_SMALL_WORD && TITLE_SMALL_WORDS.has(text.slice(0, i)))) return false;
  const trimmed = text.trim();
  let end = trimmed.length;
  while (end > 0 && CLOSING_STOPS.includes(trimmed[end - 1])) end--;
  const words = trimmed.slice(0, end);
  const gap = /\s+/g;
  let content = 0, from = 0;
  for (let m = gap.exec(words); ; m = gap.exec(words)) {
    if (!m && from === 0) return false; // one word
    const w = m ? words.slice(from, m.index) : words.slice(from);
    if (!TITLE_SMALL_WORDS.has(w.toLowerCase())) {
      if (!startsUpperOrNumber(w)) return false; // the first lower-case word decides: most quotes are sentences
      content++;
    }
    if (!m) return content > 0;
    from = gap.lastIndex;
  }
}

/**
 * False only where isNameLike is false (the quote facts, sieveGate.ts): some word of the text opens
 * with a lower-case ASCII letter and is not a small word, with or without its closing stops. Reads
 * the words in place up to the first such one, with no copy but of short words.
 */
export function mayBeNameLike(text: string): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    const from = i;
    while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(from);
    if (from === i || c < 97 || c > 122) continue; // a capital, a digit or another character: isNameLike reads it
    let end = i;
    while (end > from && CLOSING_STOPS.includes(text[end - 1])) end--;
    if (end - from > LONGEST_SMALL_WORD) return false;
    if (!TITLE_SMALL_WORDS.has(text.slice(from, end).toLowerCase()) && !TITLE_SMALL_WORDS.has(text.slice(from, i).toLowerCase())) return false;
  }
  return true;
}

const CLOSING_STOPS = '.,:;!?';


const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'at', 'to', 'for', 'and', 'or', 'with', 'by', 'from', 'de', 'is', 'are']);
const LONGEST_SMALL_WORD = Math.max(...[...TITLE_SMALL_WORDS].map((w) => w.length));
