import { breaks } from '../../tokens';
import type { Speaker } from '../../salience';
import { type AttributionInput, UNATTRIBUTED, mentionStart, personSpeaker, spanOf, tokenBefore } from '../input';
import type { Sieve } from '../sieve';
import { lazyPattern } from '../../lazyPattern';

/** "Mr Smith: “…”" */
export const colon: Sieve = {
  name: 'colon',
  apply({ input, done, lastSpeech }, q) {
    const quote = input.quotes[q];
    // The three characters before the mark, CRs not counted, so CRLF copy reads as LF copy does.
    const before = input.text.slice(Math.max(0, quote.open.start - 6), quote.open.start).replace(/\r/g, '').slice(-3);
    if (!/:\s*$/.test(before)) return null;
    const last = tokenBefore(input.tokens, quote.open.start);
    if (last < 0) return null;
    if (input.personAt[last] < 0) {
      // "Clinton: “…” Bush: “…”" where the finder missed Bush: the label signs the quote, so it is not the
      // earlier speaker's, unless the label names them.
      const label = labelBefore(input, q);
      return label && !namesSpeaker(label, lastSpeech >= 0 ? done[lastSpeech].speaker : null) ? UNATTRIBUTED : null;
    }
    let t = last;
    while (t > 0 && input.personAt[t - 1] === input.personAt[last]) t--;
    // "wrote to Mr Cameron: “…”", "said of Ms Smith:": the person after a preposition is addressed or
    // spoken of; the sentence's cue names the speaker.
    if (t > 0 && input.sentenceOf[t - 1] === input.sentenceOf[t] && /^(?:to|of|about|at|for|with|against|on)$/.test(input.tokens[t - 1].norm)) return null;
    // "Frank Newport and Jim Harter: “…”": two authors, the first named stands for both (as "X and Y wrote").
    const first = firstOfPair(input, t);
    return { kind: 'speech', speaker: personSpeaker(input, first), cue: spanOf(input, first, last), method: 'colon' };
  },
};

/** The first token of X in "X and Y" ending at Y (starting at `t`), or `t`. */
function firstOfPair(input: AttributionInput, t: number): number {
  const { tokens, personAt } = input;
  const and = t - 1;
  if (and < 1 || tokens[and].norm !== 'and' || breaks(tokens[and]) || breaks(tokens[t]) || input.sentenceOf[and - 1] !== input.sentenceOf[t]) return t;
  const e = personAt[and - 1];
  if (e < 0 || e === personAt[t]) return t;
  return mentionStart(input, and - 1);
}

/**
 * "Bush: “…”": one to three capitalised words (each of two letters or more, so not a Q&A's "Q:" or "A:") and a
 * colon right before the quote's opening mark, opening a line or following a sentence's end or a closing
 * mark; the label's words, or null.
 */
function labelBefore(input: AttributionInput, q: number): string | null {
  const open = input.quotes[q].open.start;
  const from = Math.max(0, open - 48);
  // The text's start opens a line (after a byte-order mark, as everywhere); the window's start, elsewhere, does not.
  const before = from === 0 ? `\n${input.text.slice(0, open).replace(/^\uFEFF/, '')}` : input.text.slice(from, open);
  const m = LABEL().exec(before);
  return m ? m[1] : null;
}
const LABEL = lazyPattern(() => /(?:\n|[.!?…]["”’']?[ \t]+|["”’'][ \t]+)((?:\p{Lu}[\p{L}'’-]+[ \t]+){0,2}\p{Lu}[\p{L}'’-]+):[ \t]*$/u);

/** The label's last word is the speaker's last (a person's surname, an organisation's last word). */
function namesSpeaker(label: string, s: Speaker): boolean {
  if (!s) return false;
  const last = (x: string) => x.trim().split(/\s+/).pop()!.toLowerCase();
  return last(label) === last(s.type === 'person' ? s.entity.name : s.name);
}
