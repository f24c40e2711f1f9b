import { isDocumentNoun, issuerIn, ownAuthor } from '../documentAuthor';
import { type AttributionInput, firstSentenceOf, spanOf, tokenBefore } from '../input';
import { ownSentenceCompetes } from '../competingVoice';
import { isStatement } from './statement';
import { ownSubjectKind } from '../subjectKind';
import type { Sieve } from '../sieve';

/**
 * "Ann Smith released the following statement: “…”", "The trust issued a statement: ¶ “…”": a quote
 * right after a colon that ends a clause naming a document (its noun the last word, or followed by a
 * few words of when or to whom: "on Friday", "to reporters") is that document's words, and so its
 * author's, when the clause names the author itself: the subject of the verb that put it out, or its
 * owner ("Ms Smith's statement:"). The quote may open the next paragraph. The nearest person or body
 * named before is not the speaker, nor is whoever spoke last (a cue beats a continuation).
 */
export const statementRelease: Sieve = {
  name: 'released statement',
  apply({ input }, q) {
    const quote = input.quotes[q];
    const { tokens } = input;
    const last = tokenBefore(tokens, quote.open.start);
    if (last < 0 || input.inQuote[last]) return null;
    if (!/^:\s*$/.test(input.text.slice(tokens[last].end, quote.open.start))) return null;
    const head = documentBefore(input, last);
    if (head < 0) return null;
    const author = ownAuthor(input, head);
    if (!author) return null;
    return { kind: 'speech', speaker: author, cue: spanOf(input, issuingWords(input, head), last), method: 'cue' };
  },
};

/** A comma, colon, bracket or dash in the gap before a token: the clause ends there. */
const CLAUSE_BREAK = /[,;:()—–]/;

/** Words after the document noun that do not change whose words follow: "on Friday", "to reporters", "this morning". */
const TAIL = /^(?:on|to|this|last|late|early|earlier|later|yesterday|today|tonight|morning|afternoon|evening|night|week|reporters|the|press|media|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The document noun ending the clause at `last` (at most three words of TAIL after it, in one sentence, unbroken), or -1. */
function documentBefore(input: AttributionInput, last: number): number {
  const { tokens, sentenceOf, inQuote } = input;
  for (let k = last; k >= 0 && k >= last - 3; k--) {
    if (inQuote[k] || sentenceOf[k] !== sentenceOf[last] || (k < last && CLAUSE_BREAK.test(tokens[k + 1].gap))) return -1;
    if (isDocumentNoun(tokens[k].norm) && !tokens[k].cap) return k;
    if (!TAIL.test(tokens[k].norm)) return -1;
  }
  return -1;
}

/** Where the words putting the document out begin: back over the lower-case words before its noun ("released the following"), at most five, in its sentence. */
function issuingWords(input: AttributionInput, head: number): number {
  const { tokens, sentenceOf } = input;
  let k = head;
  while (k > 0 && k > head - 5 && sentenceOf[k - 1] === sentenceOf[head] && !tokens[k - 1].cap && !CLAUSE_BREAK.test(tokens[k].gap)) k--;
  return k;
}

/**
 * "The DNC issued a statement apologising to Sanders for the emails. ¶ “On behalf of everyone…”": a
 * whole-sentence quote with no cue of its own that opens the paragraph after one ending in a sentence
 * where someone put a statement out (issuerIn) is that statement's words, its issuer's, unless that
 * paragraph quoted someone itself (then the quote goes on from them), the quote's own sentence puts
 * someone else forward, or its own reporting verb has a subject other than a document ("the authors wrote"). The lead-in paragraph sieve does the same for "X said that …" ¶ “…”.
 */
export const statementAfterRelease: Sieve = {
  name: 'released statement',
  apply({ input, cues }, q) {
    const quote = input.quotes[q];
    const first = firstSentenceOf(input, quote.paragraph);
    if (first < 0 || quote.open.start !== input.sentences[first].start || !isStatement(quote.text)) return null;
    if (cues.lastQuoteIn.has(quote.paragraph - 1)) return null;
    const last = tokenBefore(input.tokens, quote.open.start);
    if (last < 0 || input.inQuote[last] || input.sentences[input.sentenceOf[last]].paragraph !== quote.paragraph - 1) return null;
    // "“…,” wrote the authors of the report": the quote's own verb has a subject nobody could resolve, not the statement.
    const kind = ownSubjectKind(input, q);
    if (kind && kind !== 'document') return null;
    const issued = issuerIn(input, input.sentenceOf[last]);
    if (!issued || ownSentenceCompetes(input, cues, q, issued.author)) return null;
    return { kind: 'speech', speaker: issued.author, cue: spanOf(input, issuingWords(input, issued.at), issued.at), method: 'cue' };
  },
};
