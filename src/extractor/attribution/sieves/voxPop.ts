import { type Attribution, type AttributionInput, firstSentenceOf, UNATTRIBUTED, mentionEnd, personSpeaker, spanOf, tokenBefore } from '../input';
import type { Sieve } from '../sieve';

/** First-person words: a vox pop speaks for itself ("I", "we", "my"). */
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|mine|we|we're|we’re|we've|we’ve|us|our|ours)\b/i;
const AGE = /^\d{1,3}$/;

/**
 * Vox pops: a run of short quotes, each from a person introduced with an age (and a place or a job)
 * and no reporting verb — "Jane Smith, 54, from Leeds: “…”" or "Shop owner Raj Patel, 38, was less
 * sure. “Nobody listens to us.”" The quote is the person's when the introduction is its own sentence
 * or the sentence just before it (in its paragraph, or ending the paragraph before when the quote
 * opens its own), and it speaks in the first person. A cue in the quote's sentence decides instead.
 */
export const voxPop: Sieve = {
  name: 'vox pop',
  apply({ input, cues }, q) {
    const quote = input.quotes[q];
    const sentence = input.quoteSentence[q];
    if (cues.bySentence.get(sentence)?.length) return null;
    const here = introducedWithAge(input, sentence, quote.open.start);
    if (here >= 0) return said(input, here, quote.text);
    const previous = sentence - 1;
    const s = input.sentences[previous];
    if (!s || cues.bySentence.get(previous)?.length || cues.quotesIn[previous] > 0) return null;
    const opensParagraph = firstSentenceOf(input, quote.paragraph) === sentence && input.sentences[sentence].start === quote.open.start;
    if (s.paragraph !== quote.paragraph && !(s.paragraph === quote.paragraph - 1 && opensParagraph)) return null;
    const before = introducedWithAge(input, previous, s.end);
    return before >= 0 ? said(input, before, quote.text) : null;
  },
};

/**
 * The person introduced speaks when the quote is in the first person; otherwise it may be about them
 * ("Raj Patel, 38, was jailed. “He will never change.”"): someone new was just introduced, so the
 * speaker is unknown, and never the one quoted before.
 */
function said(input: AttributionInput, t: number, text: string): Attribution {
  if (!FIRST_PERSON.test(text)) return UNATTRIBUTED;
  return { kind: 'speech', speaker: personSpeaker(input, t), cue: spanOf(input, t, mentionEnd(input, t) + 1), method: 'adjacent' };
}

/** How far into its sentence a vox pop's name may start: "Retired shop owner Raj Patel, 38, …". */
const OPENING = 5;

/**
 * The first token of the person who opens sentence `s` (within its first few words, before `limit`)
 * with a name followed by an age (", 54," or ", 54:"), or -1. A bounded look: a sentence of a thousand
 * quotes costs no more per quote than a short one.
 */
function introducedWithAge(input: AttributionInput, s: number, limit: number): number {
  const { tokens } = input;
  const sentence = input.sentences[s];
  const from = tokenBefore(tokens, sentence.start) + 1;
  for (let t = from; t < tokens.length && t < from + OPENING && tokens[t].start < Math.min(limit, sentence.end); t++) {
    const e = input.personAt[t];
    if (e < 0) continue;
    if (input.inQuote[t]) return -1;
    const end = mentionEnd(input, t);
    const age = tokens[end + 1];
    if (!age || !AGE.test(age.text) || age.gap.trim() !== ',' || age.start >= limit) return -1;
    const after = tokens[end + 2];
    return after && !/^[,:.]/.test(after.gap.trim()) && after.gap.trim() !== '' ? -1 : t;
  }
  return -1;
}
