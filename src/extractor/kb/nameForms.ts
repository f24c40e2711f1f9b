/**
 * Which surnames and given names a person answers to, from their name and the other name forms the
 * data lists. The aliases mix real other names (maiden and married names, peerages, nicknames) with
 * Hansard misspellings ("Liam Bryne", "Desmond Brown", "Margaret Morgan"); a misspelling must not
 * become a surname, or "Mr Brown" would find Des Browne and "Mrs Morgan" Margaret Moran.
 */
import { normalizeName } from './names';

export interface NameSource {
  given: string;
  family: string;
  aliases: readonly string[];
}

/**
 * "Lord Robertson of Port Ellen", "Baroness Smith of Basildon", and the same without the title, as
 * the records often write them ("Alton of Liverpool", "Callaghan of Cardiff", "Marquess of
 * Salisbury"): a peerage, whose place is never a surname.
 */
const PEERAGE = /^(?:(?:lord|baroness|baron|lady|viscount|earl)\s+\S+(?:\s+of\s+.+)?|\S+(?:\s+\S+)?\s+of\s+.+)$/i;
/** "The Marquess of Lothian": a title with no surname in it. */
const TITLE_ONLY = /^\s*the\s/i;
/** Words that stand where a given name would but are titles ("Viscount Thurso"). */
const TITLE_WORDS = new Set(['viscount', 'earl', 'marquess', 'duke', 'baron', 'baroness', 'lord', 'lady', 'sir', 'dame']);
/** Generation marks are not surnames ("Ian Paisley Jnr"). */
const GENERATION = /\s+(?:jnr|junior|jr|snr|senior|sr)\.?$/i;

export interface NameForms {
  /** Normalised surnames: the family name, and other surnames real aliases give (maiden, married). */
  surnames: string[];
  /** Normalised given names: the given name, and the first word of aliases that keep the surname ("Edward Miliband"). */
  givens: string[];
}

/** The surnames and given names a person answers to (each alias is normalised once). */
export function nameFormsOf(p: NameSource): NameForms {
  const family = normalizeName(p.family);
  const given = normalizeName(p.given);
  const surnames = new Set<string>([family]);
  const givens = new Set<string>([given]);
  for (const alias of p.aliases) {
    const key = normalizeName(alias.replace(GENERATION, ''));
    const s = aliasSurname(alias, key, family, given);
    if (s && !isVariantOf(s, family)) surnames.add(s);
    const first = key.endsWith(` ${family}`) ? key.split(' ')[0] : '';
    if (first.length > 1 && !TITLE_WORDS.has(first)) givens.add(first);
  }
  surnames.delete('');
  givens.delete('');
  return { surnames: [...surnames], givens: [...givens] };
}

/**
 * The surname an alias gives, or null when it gives none (a lone initial, a title without a name).
 * What follows the first word is compared whole, so "Geoffrey Clifton-Browne" is a misspelling of
 * Clifton-Brown, and "John Austin-Walker" a fuller surname of John Austin.
 */
function aliasSurname(alias: string, key: string, family: string, given: string): string | null {
  if (TITLE_ONLY.test(alias)) return null;
  // A peerage title is not a surname the member answers to in the Commons, and is often a place
  // ("Lord Stratford" for Tony Banks): a place is never a person.
  if (PEERAGE.test(alias.trim())) return null;
  const words = key.split(' ');
  if (words.length < 2) return null;
  const rest = words.slice(1).join(' ');
  if (rest === family || rest.endsWith(` ${family}`)) return family; // "Sir Iain Duncan Smith", "John Kevin Barron"
  if (isVariantOf(rest, family)) return null;
  if (alias.includes('-') && rest.split(' ').includes(family.split(' ')[0])) return rest; // a fuller double-barrelled name
  const last = words[words.length - 1];
  if (last.length < 2 || last === given) return null; // "W Wright Tony"
  return last;
}

/**
 * Misspellings and fragments of the family name: within two edits ("Bryne"), the same letters
 * ("Obrien"), or a part of a double-barrelled name ("Heathcoat" of Heathcoat-Amory).
 */
function isVariantOf(s: string, family: string): boolean {
  const letters = (x: string) => x.replace(/[^a-z]/g, '');
  if (letters(s) === letters(family)) return true;
  if (family.split(' ').includes(s)) return true;
  return editDistanceAtMost(s, family, 2);
}

/** Levenshtein distance of a and b is at most `max` (banded, so cheap). */
export function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return false;
    prev = cur;
  }
  return prev[b.length] <= max;
}
