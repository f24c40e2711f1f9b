/**
 * Seats as references to their members: "the Bassetlaw MP", "the MP for Dover", "the Tory MP for
 * Bracknell". A seat is looked up under the names of the terms in force on the date, so a boundary
 * change (Bethnal Green and Bow → Bethnal Green and Stepney in 2024) is the records' own. A name that
 * is no constituency of the date (a county, a city, a region) finds nobody: a place is never a person.
 */
import type { KbPerson, KbTerm } from './compact';
import { within } from '../dates';
import { foldName } from './names';
import { PARTY_WORDS } from './offices';
import { samePartyName } from './parties';

/** What a seat phrase asks for: the seat as written, and the party it claims, if any. */
export interface SeatQuery {
  seat: string;
  party: string | null;
}

const PARTY = '(?:tory|conservative|labour|lib dem|liberal democrat|snp|plaid|green|reform|ukip|dup|independent)';
const MP_FOR = new RegExp(`^(?:the )?(?:(${PARTY}) )?mp for (.+)$`);
const SEAT_MP = new RegExp(`^(?:the )?(?:(${PARTY}) )?(.+?) mp$`);

/** "the tory mp for bracknell" → { seat: "bracknell", party: "Conservative" }; null when no seat is named. */
export function seatQuery(phrase: string): SeatQuery | null {
  let p = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/\b(?:former|ex|then)\b/.test(p)) return null; // a former member of the seat: not the member of the date
  p = p.replace(/\b(?:new|newly|elected|outgoing|veteran|long-serving) /g, '');
  const m = MP_FOR.exec(p) ?? SEAT_MP.exec(p);
  if (!m || !m[2]) return null;
  const party = m[1] ? PARTY_WORDS[m[1]] ?? (m[1] === 'reform' ? 'Reform UK' : m[1] === 'independent' ? 'Independent' : null) : null;
  return { seat: m[2], party };
}

/** A seat name as a key: case, accents, commas and hyphens aside, "&" as "and". */
export function seatKey(name: string): string {
  return foldName(name).replace(/&/g, ' and ').replace(/[,.'’]/g, '').replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Where the seat index reads from; the compact file's tables spare it the work of keying every seat. */
export interface SeatSource {
  people: readonly KbPerson[];
  /** Every constituency name the people's terms use (the data's table), if known; else read from the terms. */
  names?: readonly string[];
  /** seatKey of each name of `names`, worked out at build time. */
  keys?: readonly string[];
  /** The people with a term for the seat `names[i]`, in the people's order (built at build time). */
  holdersOf?: (i: number) => readonly KbPerson[];
}

type Sitting = { person: KbPerson; term: KbTerm };

/**
 * Built on first use: the seat names when a name is first asked about, each seat's members when a
 * seat phrase is first resolved (rare: only "the Bassetlaw MP" and the like need them).
 */
export class SeatIndex {
  private bySeatBuilt: Map<string, Sitting[]> | null = null;
  private namesBuilt: { keys: Set<string>; joined: string } | null = null;
  /** Seat key → the indexes of the names with that key (from the stored tables). */
  private namesByKey: Map<string, number[]> | null = null;
  /** Searches of the joined keys so far, and the keys' runs of two and three words once indexed. */
  private scans = 0;
  private runs: Set<string> | null = null;

  constructor(private readonly source: SeatSource) {}

  /** Is this a seat's name in the records (at any date)? */
  isSeat(name: string): boolean {
    return this.names.keys.has(seatKey(name));
  }

  /** Are these (normalised) words a seat's name or two or three words of one ("Bethnal Green")? */
  isPlace(words: readonly string[]): boolean {
    const key = seatKey(words.join(' '));
    if (this.names.keys.has(key)) return true;
    const n = key ? key.split(' ').length : 0;
    return n >= 2 && n <= 3 && this.withinSomeKey(key);
  }

  /**
   * Whether `run` is two or three whole words of some seat's key. An article asks this of a few names
   * at most, each a search of the joined keys (22 KB); one that names thousands of people asked it of
   * each, and the searches were a tenth of its analysis. Past SCANS_BEFORE_RUNS searches, every run
   * of the keys goes into a set (a few ms, once), and each question is one look-up.
   */
  private withinSomeKey(run: string): boolean {
    if (!this.runs && ++this.scans > SCANS_BEFORE_RUNS) this.runs = innerRuns(this.names.keys);
    return this.runs ? this.runs.has(run) : containsRun(this.names.joined, run);
  }

  /** The member sitting for the seat on the date (at most one), whose party fits the one claimed. */
  holders(q: SeatQuery, date: string): KbPerson[] {
    const found = this.sittingFor(seatKey(q.seat)).filter(({ term }) => within(date, term.start, term.end));
    const fits = found.filter(({ term }) => !q.party || samePartyName(term.party, q.party));
    return fits.length === 1 ? [fits[0].person] : [];
  }

  /** Every term of every member for the seat of this key. */
  private sittingFor(key: string): Sitting[] {
    const { names, keys, holdersOf } = this.source;
    if (!names || !keys || !holdersOf) return this.bySeat.get(key) ?? [];
    if (!this.namesByKey) {
      this.namesByKey = new Map();
      keys.forEach((k, i) => { const list = this.namesByKey!.get(k); if (list) list.push(i); else this.namesByKey!.set(k, [i]); });
    }
    const out: Sitting[] = [];
    for (const i of this.namesByKey.get(key) ?? []) {
      for (const person of holdersOf(i)) for (const term of person.terms) if (term.constituency === names[i]) out.push({ person, term });
    }
    return out;
  }

  /** Seat keys, and all of them joined by newlines (to find a run of words inside any of them). */
  private get names(): { keys: Set<string>; joined: string } {
    if (this.namesBuilt) return this.namesBuilt;
    const { names, keys: stored } = this.source;
    const keys = new Set<string>(stored ?? (names ? names.map(seatKey) : this.bySeat.keys()));
    return (this.namesBuilt = { keys, joined: `\n${[...keys].join('\n')}\n` });
  }

  private get bySeat(): Map<string, Sitting[]> {
    if (this.bySeatBuilt) return this.bySeatBuilt;
    const bySeat = new Map<string, Sitting[]>();
    const keys = new Map<string, string>(); // seat name → key, once per name (a seat has many terms)
    for (const person of this.source.people) {
      for (const term of person.terms) {
        let key = keys.get(term.constituency);
        if (key === undefined) keys.set(term.constituency, (key = seatKey(term.constituency)));
        const list = bySeat.get(key);
        if (list) list.push({ person, term });
        else bySeat.set(key, [{ person, term }]);
      }
    }
    return (this.bySeatBuilt = bySeat);
  }
}

/** Searches of the joined keys a seat index makes before it indexes their runs of words. */
const SCANS_BEFORE_RUNS = 64;

/** Every run of two or three consecutive words within one of the keys (single-spaced, as seatKey makes them). */
function innerRuns(keys: Iterable<string>): Set<string> {
  const runs = new Set<string>();
  for (const key of keys) {
    const words = key.split(' ');
    for (let i = 0; i + 1 < words.length; i++) {
      runs.add(`${words[i]} ${words[i + 1]}`);
      if (i + 2 < words.length) runs.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
    }
  }
  return runs;
}

/** Does `run` occur in `joined` (newline-separated keys) as whole words within one key? */
function containsRun(joined: string, run: string): boolean {
  for (let i = joined.indexOf(run); i >= 0; i = joined.indexOf(run, i + 1)) {
    const before = joined[i - 1], after = joined[i + run.length];
    if ((before === ' ' || before === '\n') && (after === ' ' || after === '\n')) return true;
  }
  return false;
}

/**
 * The build-time tables of the seats (scripts/compact-mps.mjs stores them): each constituency's key,
 * and the people (as indexes into the data's people) with a term for it.
 */
export function seatTables(people: ReadonlyArray<{ terms: ReadonlyArray<{ constituency: string }> }>, names: readonly string[]): { keys: string[]; holders: string[] } {
  const index = new Map(names.map((n, i) => [n, i]));
  const holders: number[][] = names.map(() => []);
  people.forEach((p, i) => {
    for (const t of p.terms) {
      const list = holders[index.get(t.constituency)!];
      if (list[list.length - 1] !== i) list.push(i);
    }
  });
  // A key that is the name in lower case (nine seats in ten) is stored as "" (storedSeatKeys reads it back).
  return { keys: names.map((n) => (seatKey(n) === n.toLowerCase() ? '' : seatKey(n))), holders: holders.map((h) => h.join(' ')) };
}

/** The seat keys of the build-time table, "" standing for the name in lower case. */
export function storedSeatKeys(names: readonly string[], stored: readonly string[]): string[] {
  return names.map((n, i) => stored[i] || n.toLowerCase());
}
