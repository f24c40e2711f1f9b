import { UNATTRIBUTED } from '../input';
import { type Sieve, ASKED_NEAR } from '../sieve';
import { lazyPattern } from '../../lazyPattern';

/**
 * "was asked:", "when asked", "Asked whether the plan was": the quote after it is (part of) the question
 * put, not its hearer's words.
 */
const ASKED_BEFORE = /(?:\b(?:was|were|been|being|is|are|when|after|once|if)\s+asked|(?:^|[.!?]\s+)asked)(?:\s+(?:by\s+[^,:“”"]{1,40}?|again|directly|repeatedly))?(?:\s+(?:whether|if)(?:\s+[^,.;:!?“”"]{1,60})?|\s+about)?[\s,:]*$/i;
const ASKED = /asked/i;
/** "“Will you resign?” Ms Smith was asked", "“…?” she was asked": the question put to the subject. */
const ASKED_AFTER = lazyPattern(() => /^[,]?\s+(?:(?:he|she|they|it|[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2}|the\s+\p{Ll}+(?:\s+\p{Ll}+)?)\s+(?:was|were|is|had\s+been|has\s+been)\s+(?:then\s+|also\s+|later\s+)?asked)\b/u);

/**
 * Q-and-A write-ups: a question put to someone is not their words ("When asked “will you go?”, she
 * said…"; "“Will you resign?” Ms Smith was asked."). The asker is unnamed, so the speaker is unknown;
 * where the text names the asker ("“Will you go?” asked Laura Kuenssberg"), a cue has already decided.
 * The answer ("…, she replied: “No.”") is found by the cue sieves as any other quote.
 */
export const question: Sieve = {
  name: 'question',
  needs: ASKED_NEAR,
  apply({ input }, q) {
    const quote = input.quotes[q];
    const before = input.text.slice(Math.max(0, quote.open.start - 80), quote.open.start);
    // Both patterns need "asked" (in ASCII letters of either case: without the u flag, /i folds no
    // other letter to an ASCII one): most quotes skip them, and their compiling, with no copy made.
    if (ASKED.test(before) && ASKED_BEFORE.test(before)) return UNATTRIBUTED;
    if (!quote.close || !/\?\s*$/.test(quote.text)) return null;
    const after = input.text.slice(quote.close.end, quote.close.end + 60);
    return after.includes('asked') && ASKED_AFTER().test(after) ? UNATTRIBUTED : null;
  },
};
