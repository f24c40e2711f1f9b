import type { Entity } from './entities';
import { lastAtOrBefore } from './search';

/** Who a quote's words belong to. */
export type Speaker = { type: 'person'; entity: Entity } | { type: 'organisation'; name: string } | null;

/** An entity named (or referred to) at a place in the text, for pronoun and role resolution. */
export interface Salient {
  pos: number;
  /** Null for a document or an unnamed spokesman: a pronoun that stops there finds no one. */
  speaker: Speaker;
  /** The speaker of a reporting verb, the subject of a sentence, a possessive topic, or another mention. */
  role: 'cue' | 'subject' | 'topic' | 'mention';
  /** A party speaking through "a Labour spokesman": he or she may refer back to it. */
  spokesperson?: boolean;
  /** A document ("the guidance said"): a later "it" is its author's words, a "he" or "she" nobody's. */
  document?: boolean;
}

/**
 * The people and organisations the text has brought up so far, by position. Mentions are known up
 * front; speakers of cues are added as cues are resolved in document order. Two sorted lists walked
 * together keep each addition cheap on a long article.
 */
export class Salience {
  private readonly cues: Salient[] = [];

  constructor(private readonly mentions: readonly Salient[]) {}

  add(s: Salient): void {
    const cues = this.cues;
    // Nearly always at the end: a push, without the search and the array splice() returns.
    if (cues.length === 0 || cues[cues.length - 1].pos <= s.pos) cues.push(s);
    else cues.splice(lastBefore(cues, s.pos + 1) + 1, 0, s);
  }

  /** Entries before `pos`, latest first, down to `floor`, at most `limit` of them. */
  before(pos: number, floor = 0, limit = Infinity): IterableIterator<Salient> {
    return new Walk(this.mentions, this.cues, lastBefore(this.mentions, pos), lastBefore(this.cues, pos), floor, limit);
  }
}

/**
 * The walk `Salience.before` gives: back through the two sorted lists together, the later entry
 * first (a cue before a mention at the same place). A plain iterator rather than a generator: pronouns
 * and roles start one for each cue they resolve, most of them in code not yet optimised, where a
 * generator's suspending and resuming, and its result object per entry, cost more than the walk.
 * Its result object is its own, refilled at each step (`for…of` reads it before the next).
 */
class Walk implements IterableIterator<Salient> {
  private n = 0;
  private readonly result: IteratorYieldResult<Salient> = { done: false, value: null as unknown as Salient };

  constructor(
    private readonly mentions: readonly Salient[], private readonly cues: readonly Salient[],
    private i: number, private j: number, private readonly floor: number, private limit: number,
  ) {}

  [Symbol.iterator](): IterableIterator<Salient> {
    return this;
  }

  next(): IteratorResult<Salient> {
    const { i, j } = this;
    if ((i < 0 && j < 0) || this.n >= this.limit) return DONE;
    const takeCue = j >= 0 && (i < 0 || this.cues[j].pos >= this.mentions[i].pos);
    const s = takeCue ? this.cues[j] : this.mentions[i];
    if (takeCue) this.j = j - 1; else this.i = i - 1;
    if (s.pos < this.floor) {
      this.limit = 0; // the walk is over: later calls are done too
      return DONE;
    }
    this.n++;
    this.result.value = s;
    return this.result;
  }
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/** Index of the last entry before `pos` in a list sorted by position, or -1 (positions are offsets: integers). */
function lastBefore(list: readonly Salient[], pos: number): number {
  return lastAtOrBefore(list, 'pos', pos - 1);
}
