import { CLASSES, NO_ONE_FITS, ON_RECORD, fittingClasses, only, type ShortFormTitle } from './shortFormClasses';
import { LatestFirst, type MentionAt } from './latestFirst';

/** What a kept choice reads of the people it holds. */
export interface PeopleFacts<E> {
  /** The person's class now (shortFormClasses), read as the choice's short form reads it. */
  classOf(who: E): number;
  /** Where the person is mentioned so far. */
  starts(who: E): Iterable<number>;
  /** Whether the person is an MP not yet named at `at`, whom a description outside Parliament there sets apart. */
  unnamedMember(who: E, at: number): boolean;
}

/**
 * Whom short forms written one way ("Ms Alex", "Mr Smith") may be, kept once the people of the name
 * have stayed the same for a while, and answered as the rules worked out afresh would answer
 * (fittingClasses, then the person mentioned last before the short form; for a bare surname, the
 * person mentioned first). The people are kept by class, each class with its mentions latest first,
 * so a person's move between classes (a "Mrs" gives them a sex, a "Mr Justice" makes them a judge) is
 * one update, and which classes fit is read again at each short form from which are occupied.
 *
 * Short forms are asked about in text order, and mentions are placed on the people at the short form
 * just asked about: every mention placed stands before the next place asked about.
 */
export class ShortFormChoice<E> {
  private readonly classes = new Map<E, number>();
  private readonly counts: number[] = new Array<number>(CLASSES).fill(0);
  private occupied = 0;
  private readonly latest: LatestFirst<E>[] = Array.from({ length: CLASSES }, () => new LatestFirst<E>());
  /** Every mention the people had when the choice was made, in text order; those before `next` are in `latest`. */
  private readonly known: MentionAt<E>[] = [];
  private next = 0;
  private firstPlaced: MentionAt<E> | null = null;
  private readonly onRecord: E[] = [];
  /** A bare surname ("Smith said") is the person mentioned first; it has no title, so every class fits. */
  private readonly firstWins: boolean;

  constructor(people: Iterable<E>, private readonly facts: PeopleFacts<E>, private readonly title: ShortFormTitle | null, private readonly judgesApart: boolean, bareSurname: boolean) {
    for (const who of people) {
      if (this.classes.has(who)) continue; // "Mr Thomas" finds Thomas Thomas by both names
      const cls = facts.classOf(who);
      this.classes.set(who, cls);
      this.enter(cls);
      if (only(cls) & ON_RECORD) this.onRecord.push(who);
      for (const start of facts.starts(who)) this.known.push({ start, who });
    }
    this.known.sort((a, b) => a.start - b.start);
    this.firstWins = bareSurname && title === null;
  }

  people(): Iterable<E> {
    return this.classes.keys();
  }

  /**
   * Whom a short form at `at` is: a person, null for no one, or undefined where the rules would read the
   * name's next list (every person of this one is set apart as a judge), which the choice does not hold.
   * `describedOutside`: the short form comes with a description outside Parliament, so an MP named only
   * later is not it (notTheMember).
   */
  pick(at: number, describedOutside: () => boolean): E | null | undefined {
    if (this.occupied === 0) return null;
    const chosen = fittingClasses(this.occupied, this.title, this.judgesApart);
    if (chosen === NO_ONE_FITS) return undefined;
    this.advanceTo(at);
    const setApart = chosen & ON_RECORD & this.occupied && describedOutside() ? this.unnamedOnRecord(chosen, at) : NO_ONE;
    if (this.firstWins && this.countIn(chosen) - setApart.size > 1) {
      const first = this.earliest();
      if (first && first.start < at) return first.who;
    }
    const before = this.lastBefore(chosen);
    if (before) return before.who; // the people set apart have no mention before `at`
    for (let k = this.next; k < this.known.length; k++) {
      const x = this.known[k];
      if (x.start > at && this.isIn(chosen, x.who) && !setApart.has(x.who)) return x.who;
    }
    return null;
  }

  /** A mention placed on one of the people, at the short form just asked about. */
  placed(who: E, start: number): void {
    const cls = this.classes.get(who);
    if (cls === undefined) return;
    const entry = { start, who };
    this.firstPlaced ??= entry;
    this.latest[cls].push(entry);
  }

  /** The person's class may have changed with the mention just placed on them at `start`. */
  moved(who: E, start: number): void {
    const was = this.classes.get(who);
    if (was === undefined) return;
    const now = this.facts.classOf(who);
    if (now === was) return;
    this.leave(was);
    this.enter(now);
    this.classes.set(who, now);
    // A person never returns to a class (once a judge, always one; a sex is given once), so their
    // mentions in the class they left stop counting, and in the new one their latest is enough.
    this.latest[now].push({ start, who });
  }

  private enter(cls: number): void {
    if (this.counts[cls]++ === 0) this.occupied |= only(cls);
  }

  private leave(cls: number): void {
    if (--this.counts[cls] === 0) this.occupied &= ~only(cls);
  }

  private isIn(chosen: number, who: E): boolean {
    return (chosen & only(this.classes.get(who)!)) !== 0;
  }

  private countIn(chosen: number): number {
    let n = 0;
    for (let c = 0; c < CLASSES; c++) if (chosen & only(c)) n += this.counts[c];
    return n;
  }

  private advanceTo(at: number): void {
    while (this.next < this.known.length && this.known[this.next].start < at) {
      const x = this.known[this.next++];
      this.latest[this.classes.get(x.who)!].push(x);
    }
  }

  private lastBefore(chosen: number): MentionAt<E> | null {
    let best: MentionAt<E> | null = null;
    for (let c = 0; c < CLASSES; c++) {
      if (!(chosen & only(c)) || this.counts[c] === 0) continue;
      const top = this.latest[c].top((who) => this.classes.get(who) === c);
      if (top && (!best || top.start > best.start)) best = top;
    }
    return best;
  }

  /** The first mention of any of the people (all of them fit a bare surname). */
  private earliest(): MentionAt<E> | null {
    const known = this.known[0] ?? null, placed = this.firstPlaced;
    if (!known) return placed;
    return placed && placed.start < known.start ? placed : known;
  }

  /** The people on the record who fit but are not named before `at` (MPs are few to a name). */
  private unnamedOnRecord(chosen: number, at: number): ReadonlySet<E> {
    return new Set(this.onRecord.filter((who) => this.isIn(chosen, who) && this.facts.unnamedMember(who, at)));
  }
}

const NO_ONE: ReadonlySet<never> = new Set();
