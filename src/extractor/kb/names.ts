import { withoutMarks } from '../charClass';

/**
 * Name normalisation shared by the knowledge base and the mention finder: case, accents, curly
 * apostrophes, honorifics, post-nominals and a possessive ending do not change who a name is.
 */

/**
 * Titles and post-nominal letters, each written once: a pattern and its cheap pre-test are made from
 * the same list, so a word added to one is in the other.
 */
const TITLE_WORDS = 'mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|baroness|baron|prof|professor|rev|reverend|cllr|councillor';
const LETTERS = 'mp|qc|kc|pc|obe|mbe|cbe|kbe|dbe|frs';
/** Any run of titles in front of a name: "The Rt Hon Sir", "Dr", "Rt. Hon. Dame", "Lord". */
const HONORIFICS = new RegExp(String.raw`^(?:the\s+)?(?:(?:rt\.?|right)\s+hon(?:\.|ourable)?\s+)?(?:(?:${TITLE_WORDS})\.?\s+)*`);
/** Letters after a name that say nothing of who it is: "Theresa May MP", "Dominic Grieve QC". */
const POSTNOMINALS = new RegExp(String.raw`(?:,?\s+(?:${LETTERS}))+$`);
/** First words that may open a title: only then is HONORIFICS run. */
const MAYBE_TITLED = new RegExp(String.raw`^(?:the|rt|right|${TITLE_WORDS})\b`);
/** Last words that may be post-nominal letters. */
const MAYBE_POSTNOMINAL = new RegExp(String.raw`\b(?:${LETTERS})$`);
/** A possessive ending: "Corbyn's", "Jess Phillips'". */
const POSSESSIVE = /(?:'s|(?<=s)')$/;

/** Lower case, no accents, straight apostrophes, single spaces. */
export function foldName(s: string): string {
  if (/^[a-z' -]*$/.test(s) && !s.includes('  ')) return s.trim(); // a token of the text: nothing to do
  // withoutMarks leaves plain ASCII (nearly every name) undecomposed.
  const folded = withoutMarks(s).toLowerCase();
  return folded.replace(/[’‘`ʼ]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Folded, without honorifics, post-nominals or a possessive ending; hyphens kept (one token each). */
export function bareName(s: string): string {
  let f = foldName(s);
  // Most names have no title, letters after them or possessive: test cheaply before rewriting.
  if (MAYBE_TITLED.test(f)) f = f.replace(HONORIFICS, '');
  if (MAYBE_POSTNOMINAL.test(f)) f = f.replace(POSTNOMINALS, '');
  if (f.endsWith("'") || f.endsWith("'s")) f = f.replace(POSSESSIVE, '');
  return f.trim();
}

/**
 * A full name as a lookup key. Hyphen and space are the same here, so that "Rees Mogg", "Long-Bailey"
 * and "Duncan-Smith" find the names the data writes the other way.
 */
export function normalizeName(s: string): string {
  if (/^[a-z]+$/.test(s)) return s; // a word of the text, already folded: the scanner's many look-ups
  return keyOfBare(bareName(s));
}

/** normalizeName of a name already through bareName. */
export function keyOfBare(bare: string): string {
  return bare.includes('-') ? bare.replace(/\s*-\s*/g, ' ') : bare;
}

/**
 * The name's words as the tokenizer sees them: a hyphenated name stays one word ("rees-mogg"), as in
 * running text. The scanner index holds both this and the split form.
 */
export function nameTokens(s: string): string[] {
  return bareName(s).split(' ').filter(Boolean);
}
