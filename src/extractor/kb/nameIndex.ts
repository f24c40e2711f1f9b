/**
 * The name index: full names, surnames and given names to people, and the scanner's table of known
 * names by their first word. Built once; every lookup is one map hit.
 */
import type { KbPerson } from './compact';
import { bareName, keyOfBare, normalizeName } from './names';
import { nameFormsOf } from './nameForms';

export interface NameEntry {
  /** Normalised words of the name, as the tokenizer gives them (a hyphenated name is one word). */
  tokens: string[];
  people: KbPerson[];
}

/**
 * Lookups hand out the index's own arrays, frozen: no copy per call, and a caller that tried to
 * change one would throw rather than corrupt the index for everyone.
 */
const NONE: KbPerson[] = Object.freeze([]) as unknown as KbPerson[];

const NO_ENTRIES: readonly NameEntry[] = Object.freeze([]);

export class NameIndex {
  private readonly full = new Map<string, KbPerson[]>();
  private readonly surname = new Map<string, KbPerson[]>();
  private readonly given = new Map<string, KbPerson[]>();
  /** First word → names starting with it, longest first. */
  private readonly starts = new Map<string, NameEntry[]>();
  /** Joined tokens → entry, so that adding a name is O(1) too. */
  private readonly entries = new Map<string, NameEntry>();

  add(p: KbPerson): void {
    this.addForm(p.name, p);
    for (const alias of p.aliases) this.addForm(alias, p);
    this.addForm(`${p.given} ${p.family}`, p);
    const { surnames, givens } = nameFormsOf(p);
    for (const s of surnames) addTo(this.surname, s, p);
    for (const g of givens) addTo(this.given, g, p);
  }

  /** Sorts each first-word list longest first (a scanner can stop at its first match), and freezes. */
  seal(): void {
    for (const list of this.starts.values()) Object.freeze(list.sort((a, b) => b.tokens.length - a.tokens.length));
    for (const e of this.entries.values()) Object.freeze(e.people);
    for (const map of [this.full, this.surname, this.given]) for (const list of map.values()) Object.freeze(list);
  }

  byFullName(name: string): KbPerson[] {
    return this.full.get(normalizeName(name)) ?? NONE;
  }

  bySurname(surname: string): KbPerson[] {
    return this.surname.get(normalizeName(surname)) ?? NONE;
  }

  byGiven(given: string): KbPerson[] {
    return this.given.get(normalizeName(given)) ?? NONE;
  }

  namesStartingWith(token: string): readonly NameEntry[] {
    return this.starts.get(token) ?? NO_ENTRIES;
  }

  /** One written form of a person's name, under its lookup key and in the scanner's table. */
  private addForm(form: string, p: KbPerson): void {
    const bare = bareName(form);
    const key = keyOfBare(bare);
    if (key) addTo(this.full, key, p);
    if (bare.includes(' ')) this.addStart(bare, p);
    // Running text keeps "Long-Bailey" one word but "Long Bailey" is two: index both.
    if (key !== bare) this.addStart(key, p);
  }

  /** Adds a name (its normalised words joined by single spaces) to the scanner's table. */
  private addStart(joined: string, p: KbPerson): void {
    let entry = this.entries.get(joined);
    if (!entry) {
      const tokens = joined.split(' ');
      entry = { tokens, people: [] };
      this.entries.set(joined, entry);
      addTo(this.starts, tokens[0], entry);
    }
    if (entry.people[entry.people.length - 1] !== p) entry.people.push(p);
  }
}

/** Adds once: a person's own forms are added one after another, so a repeat can only be the last entry. */
function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}
