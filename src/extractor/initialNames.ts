import type { Token } from './tokens';
import { describesPerson, endsOrganisation } from './contextNames';
import { isRoleHead } from './roleNouns';
import { allUpper } from './charClass';

/**
 * Names written with initials: "Jock A. Finlayson", "J. J. Price", "J.J. Berger", "C. Stewart Verdery
 * Jr.". An initial (one capital letter and a full stop) between capitalised words is how English
 * prose writes a person's name, whatever the first name is, so no first-name list is needed for them.
 */

/** Initials that spell a country, a city or an agency, not a person: "U.S. Army", "D.C. Council". */
const NOT_INITIALS = new Set(['us', 'uk', 'un', 'eu', 'dc', 'la', 'ny', 'nj', 'ap', 'tv', 'usa', 'uae', 'ussr', 'nyc', 'pm', 'am', 'bc', 'ad', 'st']);

/** Words that follow a name without being part of it. */
const SUFFIXES = /^(?:jr|sr|ii|iii|iv)$/;

const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'rep', 'sen', 'gov', 'del', 'prof', 'rev', 'gen', 'lt', 'col', 'sgt', 'capt', 'adm', 'maj', 'president', 'senator', 'governor']);

/** A single capital letter with a full stop after it (the stop is the next token's gap, or ends the text). */
function isInitial(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.text.length !== 1 || !t.cap) return false;
  const next = tokens[k + 1];
  return !!next && /^\.\s?$/.test(next.gap);
}

function isNameWord(t: Token, notNames: ReadonlySet<string>): boolean {
  return t.cap && t.text.length >= 2 && !notNames.has(t.norm) && !TITLE_WORDS.has(t.norm) && !allUpper(t.text);
}

/** "Chairman G.K. Butterfield": a role before the initials describes the person; it is no first name. */
function describesRatherThanNames(t: Token): boolean {
  return isRoleHead(t.norm) || describesPerson(t.norm);
}

/**
 * The end (exclusive) of a name with initials starting at token `i` of a capitalised run ending at
 * `to`: at most one word before the initials, at most two after, a surname last; else -1.
 */
export function initialNameEnd(tokens: readonly Token[], i: number, to: number, notNames: ReadonlySet<string>): number {
  // "U.S. Steel" read from its "S": the middle of dotted letters is never where a name starts.
  if (i > 0 && tokens[i].gap === '.' && tokens[i - 1].text.length === 1) return -1;
  let k = i;
  if (k < to && !isInitial(tokens, k)) {
    if (!isNameWord(tokens[k], notNames) || describesRatherThanNames(tokens[k])) return -1;
    k++;
  }
  const firstInitial = k;
  let letters = '';
  while (k < to && isInitial(tokens, k)) letters += tokens[k++].norm;
  if (k === firstInitial || NOT_INITIALS.has(letters)) return -1;
  const surnameFrom = k;
  while (k < to && k < surnameFrom + 2 && isNameWord(tokens[k], notNames) && !SUFFIXES.test(tokens[k].norm)) {
    if (k > surnameFrom && tokens[k].gap !== ' ') break;
    k++;
  }
  if (k === surnameFrom || endsOrganisation(tokens[k - 1].norm) || tokens[k - 1].norm === 'chase') return -1;
  return k;
}
