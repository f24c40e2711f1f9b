/**
 * The name index: full names, surnames and given names to people, and the scanner's table of known
 * names by their first word. Built once; every lookup is one map hit. The compact file stores what
 * it holds for the bundled people (`tables`, read in place by storedNameIndex.ts); this one is built
 * for other data (tests' hand-made data, the data update's patched people).
 */
import type { KbPerson } from './compact';
import { keyOfBare, normalizeName } from './names';
import { PersonNames, personNames } from './personNames';
import { encodeSortedTable } from './sortedTable';

export interface NameEntry {
  /** Normalised words of the name, as the tokenizer gives them (a hyphenated name is one word). */
  tokens: string[];
  people: KbPerson[];
}

/**
 * Lookups hand out the index's own arrays, frozen: no copy per call, and a caller that tried to
 * change one would throw rather than corrupt the index for everyone.
 */
export const NONE: KbPerson[] = Object.freeze([]) as unknown as KbPerson[];

export const NO_ENTRIES: readonly NameEntry[] = Object.freeze([]);

/** One person, or several in the order added: most names are one person's, and a lone one needs no array. */
type People = KbPerson | KbPerson[];

/** What the knowledge base asks of a name index, built (NameIndex) or stored (StoredNameIndex). */
export interface NameLookup {
  byFullName(name: string): KbPerson[];
  bySurname(surname: string): KbPerson[];
  byGiven(given: string): KbPerson[];
  namesStartingWith(token: string): readonly NameEntry[];
}

/**
 * The index as the compact file stores it (sortedTable.ts strings): full names, surnames and given
 * names to people as indexes in the data's order ("3 17"); first words to the names starting with
 * them in the order added, each with its people ("bob other name=3|bob other-name=3").
 */
export interface NameTables {
  full: string;
  surname: string;
  given: string;
  starts: string;
}

/** Separators of the `starts` table's values: between names, and between a name and its people. */
export const NAMES = '|';
export const PEOPLE = '=';

/**
 * Building is map insertions only (the names are worked out beforehand, see personNames.ts); what a
 * lookup hands out (frozen arrays, the scanner's entries sorted longest first) is made on the first
 * lookup of that key, so a build makes no object a text never asks for.
 */
export class NameIndex implements NameLookup {
  private readonly full = new Map<string, People>();
  private readonly surname = new Map<string, People>();
  private readonly given = new Map<string, People>();
  /** First word → the names (joined words) starting with it, in the order first added. */
  private readonly starts = new Map<string, string[]>();
  /** Joined words → the people of that name. */
  private readonly named = new Map<string, People>();
  /** First word → its entries, longest first, made on its first lookup. */
  private readonly entries = new Map<string, readonly NameEntry[]>();

  /** Adds a person under their names, worked out here unless given (the compact file stores them). */
  add(p: KbPerson, names: PersonNames = personNames(p)): void {
    for (const bare of names.bares) this.addBare(bare, p);
    for (const s of names.surnames) addTo(this.surname, s, p);
    for (const g of names.givens) addTo(this.given, g, p);
  }

  byFullName(name: string): KbPerson[] {
    return lookUp(this.full, normalizeName(name));
  }

  bySurname(surname: string): KbPerson[] {
    return lookUp(this.surname, normalizeName(surname));
  }

  byGiven(given: string): KbPerson[] {
    return lookUp(this.given, normalizeName(given));
  }

  /** Names starting with this word, longest first (a scanner can stop at its first match). */
  namesStartingWith(token: string): readonly NameEntry[] {
    let list = this.entries.get(token);
    if (list) return list;
    const names = this.starts.get(token);
    if (!names) return NO_ENTRIES;
    const made = names.map((joined): NameEntry => ({ tokens: joined.split(' '), people: lookUp(this.named, joined) }));
    this.entries.set(token, (list = Object.freeze(made.sort((a, b) => b.tokens.length - a.tokens.length))));
    return list;
  }

  /** What the index holds, as the compact file stores it: `indexOf` gives a person's place in the data. */
  tables(indexOf: (p: KbPerson) => number): NameTables {
    const ids = (v: People) => (Array.isArray(v) ? v : [v]).map(indexOf).join(' ');
    const table = (map: Map<string, People>) => encodeSortedTable([...map].map(([k, v]) => [k, ids(v)] as const));
    const starts = [...this.starts].map(([first, names]) => {
      for (const n of names) if (n.includes(NAMES) || n.includes(PEOPLE)) throw new Error(`name ${JSON.stringify(n)} holds a separator`);
      return [first, names.map((n) => `${n}${PEOPLE}${ids(this.named.get(n)!)}`).join(NAMES)] as const;
    });
    return { full: table(this.full), surname: table(this.surname), given: table(this.given), starts: encodeSortedTable(starts) };
  }

  /** One written form of a person's name (through bareName), under its lookup key and in the scanner's table. */
  private addBare(bare: string, p: KbPerson): void {
    const key = keyOfBare(bare);
    if (key) addTo(this.full, key, p);
    if (bare.includes(' ')) this.addStart(bare, p);
    // Running text keeps "Long-Bailey" one word but "Long Bailey" is two: index both.
    if (key !== bare) this.addStart(key, p);
  }

  /** Adds a name (its normalised words joined by single spaces) to the scanner's table. */
  private addStart(joined: string, p: KbPerson): void {
    if (!this.named.has(joined)) {
      const first = joined.split(' ', 1)[0];
      const list = this.starts.get(first);
      if (list) list.push(joined);
      else this.starts.set(first, [joined]);
    }
    addTo(this.named, joined, p);
  }
}

/**
 * Adds once: a person's own forms are added one after another, so a repeat can only be the last
 * entry.
 */
function addTo(map: Map<string, People>, key: string, p: KbPerson): void {
  const v = map.get(key);
  if (v === undefined) map.set(key, p);
  else if (Array.isArray(v)) { if (v[v.length - 1] !== p) v.push(p); }
  else if (v !== p) map.set(key, [v, p]);
}

/** The people under a key as a frozen array (made, and kept, on the key's first lookup). */
function lookUp(map: Map<string, People>, key: string): KbPerson[] {
  const v = map.get(key);
  if (v === undefined) return NONE;
  if (Array.isArray(v)) return Object.isFrozen(v) ? v : (Object.freeze(v) as KbPerson[]);
  const list = Object.freeze([v]) as KbPerson[];
  map.set(key, list);
  return list;
}
