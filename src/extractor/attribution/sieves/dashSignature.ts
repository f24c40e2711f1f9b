import { type Attribution, type AttributionInput, mentionEnd, personSpeaker, spanOf, tokenAt } from '../input';
import { type Sieve, DASH_AFTER } from '../sieve';

/**
 * `“…” — Angela Rayner`: a dash after the closing mark, then a name that ends the sentence or the
 * paragraph; or a quote that fills its paragraph, signed on the next line (`“…”` ¶ `- Bernie Sanders.`),
 * as fact checks, letters pages and vox pops set it.
 */
export const dashSignature: Sieve = {
  name: 'dash signature',
  needs: DASH_AFTER,
  apply({ input }, q) {
    const quote = input.quotes[q];
    if (!quote.close) return null;
    const after = /^[ \t]*[—–-][ \t]*/.exec(input.text.slice(quote.close.end, quote.close.end + 6));
    if (after) return signedBy(input, quote.close.end + after[0].length);
    // The line break first: the walk back to the line's start is then paid once per line, not per quote.
    const below = SIGNATURE_LINE.exec(input.text.slice(quote.close.end, quote.close.end + 24));
    return below && fillsItsLine(input, q) ? signedBy(input, quote.close.end + below[0].length, true) : null;
  },
};

/** After the closing mark: the rest of the line (punctuation only), blank lines, a dash opening the next, and a title before the name. */
const SIGNATURE_LINE = /^[.,;!?]?[ \t]*(?:\r?\n[ \t]*)+(?:[—–]|--?)[ \t]*(?:(?:President|Senator|Sen\.|Rep\.|Gov\.|Mr\.|Mrs\.|Ms\.|Dr\.)[ \t]+)?/;

/** The quote opens its line and nothing but a stop follows its closing mark there. */
function fillsItsLine(input: AttributionInput, q: number): boolean {
  const quote = input.quotes[q];
  const lineStart = input.text.lastIndexOf('\n', quote.open.start - 1) + 1;
  return input.text.slice(lineStart, quote.open.start).trim() === '';
}

/**
 * The person whose mention starts at `at` and closes the line: nothing but a full stop after it, or a
 * comma and a short description ("- Michelle Marks, Philadelphia."); on a line of its own, the line
 * must end there too.
 */
function signedBy(input: AttributionInput, at: number, ownLine = false): Attribution | null {
  const t = tokenAt(input.tokens, at);
  if (t < 0 || input.personAt[t] < 0 || input.tokens[t].start !== at) return null;
  const end = ownLine ? nameEnd(input, t) : mentionEnd(input, t);
  const next = input.tokens[end + 1];
  if (ownLine) {
    const lineEnd = input.text.indexOf('\n', input.tokens[end].end);
    const rest = input.text.slice(input.tokens[end].end, lineEnd < 0 ? input.text.length : lineEnd).trim();
    if (!/^(?:[.]?|,[^,.;:!?“”"]{1,40}\.?)$/.test(rest)) return null;
  } else if (next && input.sentenceOf[end + 1] === input.sentenceOf[end] && !/^,/.test(next.gap)) return null;
  return { kind: 'speech', speaker: personSpeaker(input, t), cue: spanOf(input, t, end), method: 'cue' };
}

/** The last token of the name at `t` on its own line: "- Sanders.\n\nSanders said" is one mention each. */
function nameEnd(input: AttributionInput, t: number): number {
  let end = t;
  while (input.personAt[end + 1] === input.personAt[t] && !/[\n.,]/.test(input.tokens[end + 1].gap)) end++;
  return end;
}
