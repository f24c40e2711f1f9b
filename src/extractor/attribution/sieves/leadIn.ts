import { UNATTRIBUTED, firstSentenceOf, fromCue } from '../input';
import type { Sieve } from '../sieve';
import { ownSentenceCompetes } from '../competingVoice';
import { ownSubjectKind, subjectFits } from '../subjectKind';

/**
 * A quote paragraph with no cue of its own, right after a paragraph that ends by reporting someone's
 * words without quoting them ("Hands had said that …" ¶ “…”), unless the quote's own sentence puts
 * someone else forward. A definite subject of the quote's own verb that nobody could resolve must at
 * least be the kind of speaker the lead-in names: "“…,” the senator said" after a senator's words is
 * theirs, but "“…,” the group said" (or "the email read") after a person's is somebody else's.
 */
export const leadIn: Sieve = {
  name: 'lead-in paragraph',
  apply({ input, cues }, q) {
    const quote = input.quotes[q];
    const first = firstSentenceOf(input, quote.paragraph);
    if (first < 0 || quote.open.start !== input.sentences[first].start) return null;
    const previousPara = quote.paragraph - 1;
    const inPrev = cues.byParagraph.get(previousPara);
    if (!inPrev?.length) return null;
    const last = inPrev[inPrev.length - 1];
    // A paragraph that quoted its speaker hands on by continuation instead.
    if (cues.lastQuoteIn.has(previousPara) || !last.speaker) return null;
    const kind = ownSubjectKind(input, q);
    if (kind && !subjectFits(kind, last.speaker)) return UNATTRIBUTED;
    // "“…,” Ms. Abedin answered": the quote's own sentence puts someone else forward.
    return ownSentenceCompetes(input, cues, q, last.speaker) ? null : fromCue(input, last, 'adjacent');
  },
};
