import type { Token } from './tokens';
import { isCommonWord, isFirstName, isPlaceName } from './lexicon';
import { isNameShaped } from './charClass';
import { isRoleHead } from './roleNouns';
import { speechVerbStem } from './speechVerbs';
import { endsOrganisation, isNotPersonWord, personPlace } from './contextNames';
import { isWordGivenName } from './wordGivenNames';
import { describesNotNames } from './derivedWords';

/**
 * "Barack Obama", "Reince Priebus": first names no list holds. Where the article puts the surname alone
 * in a person's place ("Priebus said", "said Priebus,", "Mr. Priebus"), a capitalised word written just
 * before that surname elsewhere is the person's first name, whatever it is: the text itself says the
 * surname is someone's. No list of names is needed, so a name no list has is found too.
 */

/**
 * Folded surnames the text puts in a person's place: a capitalised word standing alone next to a
 * reporting verb, before an apposition about a person, or after a title (`titled`: mentions the finder
 * made of a title and one word).
 */
export function placedSurnames(
  tokens: readonly Token[], caps: Int32Array, titled: Iterable<string>, fold: (norm: string) => string, notNames: ReadonlySet<string>,
): Set<string> {
  const out = new Set<string>(titled);
  for (let c = 0, n = caps.length; c < n; c++) { // the capitalised tokens (mentions.ts's capitalIndices)
    const i = caps[c];
    const t = tokens[i];
    if (notNames.has(t.norm)) continue;
    const prev = tokens[i - 1], next = tokens[i + 1];
    // alone: no capitalised word joined before or after it
    if ((prev && prev.cap && t.gap === ' ') || (next && next.cap && next.gap === ' ')) continue;
    if (!surnameShaped(t, notNames)) continue;
    if (personPlace(tokens, i, i + 1)) out.add(fold(t.norm));
  }
  return out;
}

/** A word that may be a surname: name-shaped, not a reporting verb nor a role, one or many ("Said", "Senator", "Senators"). */
function surnameShaped(t: Token, notNames: ReadonlySet<string>): boolean {
  return isNameShaped(t.text) && !t.text.includes('.') && !speechVerbStem(t.norm) && !isRole(t.norm, notNames)
    && !(t.norm.endsWith('s') && isRole(t.norm.slice(0, -1), notNames)) && !isNotPersonWord(t.norm) && !endsOrganisation(t.norm); // "the Sun-Times reported"
}

function isRole(norm: string, notNames: ReadonlySet<string>): boolean {
  return isRoleHead(norm) || notNames.has(norm) || TITLE_WORDS.has(norm);
}

/** Titles that stand before a name, "Senators Rubio and Cruz" too. */
const TITLE_WORDS = new Set(['senator', 'congressman', 'congresswoman', 'representative', 'governor', 'president', 'mayor', 'judge', 'justice']);

/**
 * Whether token `i`, the first of two that end a capitalised run, may be the first name before a
 * placed surname: name-shaped, and no English word unless it is also a first name ("Mitt", "Rush").
 */
export function firstNameBeforePlaced(tokens: readonly Token[], i: number, notNames: ReadonlySet<string>): boolean {
  const t = tokens[i];
  if (!t.cap || t.possessive || notNames.has(t.norm) || !surnameShaped(t, notNames) || quotedPair(tokens, i)) return false;
  if (isFirstName(t.text)) return true;
  // "Chicago Sun-Times", "Dallas Mavericks": a city, a state or a country is no first name (the lexicon's places never are)
  if (isPlaceName([t.norm])) return false;
  // "Rex Early", "Al Gore"; but "Will Sanders win?" opens a question
  if (isWordGivenName(t.text)) return !opensSentence(t);
  // "Rebuking Trump", "Understated Perez", "Oscar-winner Sarandon": English words, not first names
  if (isCommonWord(t.text) || (t.norm.length >= 6 && /(?:ing|ated)$/.test(t.norm))) return false;
  // "Hacker Guccifer", "Central Asian": a word made from an English one describes who follows
  if (describesNotNames(t.text)) return false;
  return !t.norm.includes('-') || !t.norm.split('-').some((part) => isCommonWord(part));
}

function opensSentence(t: Token): boolean {
  return t.gap === '' || /[.!?]["”’']?\s+$|\n/.test(t.gap);
}

/** "a shirt that read ''Fascist Trump,''": two words that make up a quotation are a phrase, not a name. */
function quotedPair(tokens: readonly Token[], i: number): boolean {
  const after = tokens[i + 2];
  return OPENS_QUOTE.test(tokens[i].gap) && (!after || CLOSES_QUOTE.test(after.gap));
}

const OPENS_QUOTE = /(?:['"“‘]|'')$/;
const CLOSES_QUOTE = /^[,.!?;:]?(?:['"”’]|'')/;
