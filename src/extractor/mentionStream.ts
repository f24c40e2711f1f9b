import { lastIndexWhere } from './search';

/** Where one of a group's people is mentioned. */
export interface StreamEntry<E> {
  start: number;
  who: E;
}

/**
 * The mentions of a group of people in the order they stand in the text, so that "who of them was
 * mentioned last before here?" is one search, not a look at each of them: a short form that thousands
 * of people could be ("James said") asked each of them in turn (issue 16).
 *
 * Mentions known when the group is made are sorted once; mentions placed later come in document
 * order (the short forms are placed from the top down), so each is appended, and every one of them
 * stands before the next place asked about.
 */
export class MentionStream<E> {
  private readonly known: StreamEntry<E>[];
  private readonly placed: StreamEntry<E>[] = [];

  constructor(people: Iterable<E>, starts: (who: E) => Iterable<number>) {
    const known: StreamEntry<E>[] = [];
    for (const who of people) for (const start of starts(who)) known.push({ start, who });
    this.known = known.sort((a, b) => a.start - b.start);
  }

  /** A mention placed on one of the group, after every mention placed before it. */
  place(who: E, start: number): void {
    this.placed.push({ start, who });
  }

  /** The mention closest before `at`. */
  lastBefore(at: number): StreamEntry<E> | null {
    const i = lastIndexWhere(this.known.length, (k) => this.known[k].start < at);
    const known = i >= 0 ? this.known[i] : null;
    const placed = this.placed.length ? this.placed[this.placed.length - 1] : null;
    if (placed && placed.start < at && (!known || placed.start > known.start)) return placed;
    return known;
  }

  /** The first mention after `at` of someone `counts` accepts. */
  firstAfter(at: number, counts: (who: E) => boolean): StreamEntry<E> | null {
    for (let k = lastIndexWhere(this.known.length, (j) => this.known[j].start <= at) + 1; k < this.known.length; k++) {
      if (counts(this.known[k].who)) return this.known[k];
    }
    return null;
  }

  /** The group's first mention in the text. */
  earliest(): StreamEntry<E> | null {
    const known = this.known[0] ?? null, placed = this.placed[0] ?? null;
    if (!known) return placed;
    return placed && placed.start < known.start ? placed : known;
  }
}
