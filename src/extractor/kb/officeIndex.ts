/**
 * Who held which office when. Two questions with different honesty requirements:
 * - of a person ("what offices did she hold on that day?"), every record is a fact up to its end, or
 *   up to its `asOf` date while the source still had it open;
 * - of an office ("who was home secretary that day?"), the answer is only as good as the records of
 *   every holder, so it is given only between the membership data's start and the date the office's
 *   records are complete to (the roles' coverage date, later for curated offices). Outside that, the
 *   honest answer is "unknown", not the last holder we happen to know.
 */
import type { KbOffice, KbPerson } from './compact';
import { byStart, within } from '../dates';

interface Holding {
  person: KbPerson;
  office: KbOffice;
}

/** Where the index reads the offices from, on first use: the people in order, and each one's offices. */
export interface OfficeSource {
  people: readonly KbPerson[];
  /** The person's offices as the data gives them (decoded on each call: the index keeps them). */
  officesOf(personId: string): KbOffice[];
  /**
   * The compact file's tables, which spare decoding everyone's offices for one office's holders:
   * the office names in the order the people first hold them, and each office's holders in the
   * people's order.
   */
  stored?: { names: readonly string[]; holdersOf(name: string): readonly KbPerson[] };
}

/**
 * Built on first use, not with the knowledge base: a person's offices when first asked for (most
 * articles ask for a few MPs'), the holders of each office when an office is first looked up.
 */
export class OfficeIndex {
  private readonly byPerson = new Map<string, KbOffice[]>();
  private byNameBuilt: Map<string, Holding[]> | null = null;
  /** One office's holdings, from the stored holders (each person's offices decoded on first use). */
  private readonly holdingsCache = new Map<string, Holding[]>();
  /** Office-name lists resolved once per pattern (there are ~1,300 office names). */
  private readonly nameCache = new Map<string, string[]>();

  constructor(
    /** Membership data's first date: before it, holders of an office are not all in the data. */
    private readonly from: string,
    /** Date to which office records are complete, by default and by office name. */
    private readonly completeTo: string,
    private readonly completeToByOffice: Readonly<Record<string, string>>,
    private readonly source: OfficeSource,
  ) {}

  /** A person's offices, earliest first (decoded and sorted once). */
  private ofPerson(personId: string): KbOffice[] {
    let offices = this.byPerson.get(personId);
    if (!offices) this.byPerson.set(personId, (offices = this.source.officesOf(personId).sort(byStart)));
    return offices;
  }

  /** Office name → its holdings, in the people's order, each person's earliest first. */
  private get byName(): Map<string, Holding[]> {
    if (this.byNameBuilt) return this.byNameBuilt;
    const byName = new Map<string, Holding[]>();
    for (const person of this.source.people) {
      for (const office of this.ofPerson(person.id)) {
        const list = byName.get(office.role);
        if (list) list.push({ person, office });
        else byName.set(office.role, [{ person, office }]);
      }
    }
    return (this.byNameBuilt = byName);
  }

  /** The holdings of an office, in the people's order, each person's earliest first. */
  private holdings(name: string): readonly Holding[] {
    const stored = this.source.stored;
    if (!stored) return this.byName.get(name) ?? [];
    let list = this.holdingsCache.get(name);
    if (!list) {
      list = [];
      for (const person of stored.holdersOf(name)) for (const office of this.ofPerson(person.id)) if (office.role === name) list.push({ person, office });
      this.holdingsCache.set(name, list);
    }
    return list;
  }

  /** Offices the records show a person holding on the date. */
  heldBy(personId: string, date: string): KbOffice[] {
    return this.ofPerson(personId).filter((o) => knownHeld(o, date));
  }

  everHeldBy(personId: string): KbOffice[] {
    return this.ofPerson(personId).slice();
  }

  /** Office names equal to a string, or matching a pattern / predicate, cached under `key`. */
  namesMatching(key: string, test: (office: string) => boolean): string[] {
    let names = this.nameCache.get(key);
    if (!names) {
      names = (this.source.stored?.names ?? [...this.byName.keys()]).filter(test);
      this.nameCache.set(key, names);
    }
    return names;
  }

  /**
   * Can the data say who held these offices on the date? One of the names must have complete records
   * to the date: "the shadow home secretary" of 2023 is the curated "Shadow Home Secretary", whose
   * records run on after data.parliament's older name for the post stopped.
   */
  complete(officeNames: readonly string[], date: string): boolean {
    if (date < this.from) return false;
    if (officeNames.length === 0) return true; // no such office in the records: nothing is missing from them
    return officeNames.some((name) => date <= (this.completeToByOffice[name] ?? this.completeTo));
  }

  /** People the records show holding one of these offices on the date, earliest appointed first. */
  holdersOn(officeNames: readonly string[], date: string): KbPerson[] {
    const found = this.collect(officeNames, (o) => knownHeld(o, date));
    return [...found.entries()].sort((a, b) => compareDates(a[1].start, b[1].start)).map(([p]) => p);
  }

  /** People who held one of these offices before the date and do not hold it on it, latest first. */
  formerHoldersOn(officeNames: readonly string[], date: string): KbPerson[] {
    const now = new Set(this.holdersOn(officeNames, date));
    const found = this.collect(officeNames, (o) => o.start < date && o.end !== null && o.end < date);
    return [...found.entries()]
      .filter(([p]) => !now.has(p))
      .sort((a, b) => compareDates(b[1].end ?? '', a[1].end ?? ''))
      .map(([p]) => p);
  }

  /** Each person with a record passing `when`, with their latest such record. */
  private collect(officeNames: readonly string[], when: (o: KbOffice) => boolean): Map<KbPerson, KbOffice> {
    const out = new Map<KbPerson, KbOffice>();
    for (const name of officeNames) {
      for (const { person, office } of this.holdings(name)) {
        if (!when(office)) continue;
        const seen = out.get(person);
        if (!seen || office.start > seen.start) out.set(person, office);
      }
    }
    return out;
  }
}

/**
 * ISO dates (or '' for none) in order. Not localeCompare: the same order for these strings, but its
 * first call loads ICU's collator, which the first article with a role noun paid for (about 5 ms).
 */
function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Held on the date as far as the record knows: an open record only up to its `asOf` date. */
function knownHeld(o: KbOffice, date: string): boolean {
  return within(date, o.start, o.end, o.asOf);
}

/**
 * The build-time table of the offices (scripts/compact-mps.mjs stores it): for each office of the
 * data's table, the people (as indexes into the data's people) who hold it.
 */
export function officeTable(roleRowsOfPeople: ReadonlyArray<ReadonlyArray<readonly [number, ...unknown[]]>>, officeCount: number): string[] {
  const holders: number[][] = Array.from({ length: officeCount }, () => []);
  roleRowsOfPeople.forEach((rows, i) => {
    for (const r of rows) {
      const list = holders[r[0]];
      if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return holders.map((h) => h.join(' '));
}
