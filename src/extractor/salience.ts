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
  *before(pos: number, floor = 0, limit = Infinity): Generator<Salient> {
    let i = lastBefore(this.mentions, pos), j = lastBefore(this.cues, pos);
    for (let n = 0; (i >= 0 || j >= 0) && n < limit; n++) {
      const takeCue = j >= 0 && (i < 0 || this.cues[j].pos >= this.mentions[i].pos);
      const s = takeCue ? this.cues[j--] : this.mentions[i--];
      if (s.pos < floor) return;
      yield s;
    }
  }
}

/** Index of the last entry before `pos` in a list sorted by position, or -1 (positions are offsets: integers). */
function lastBefore(list: readonly Salient[], pos: number): number {
  return lastAtOrBefore(list, 'pos', pos - 1);
}
