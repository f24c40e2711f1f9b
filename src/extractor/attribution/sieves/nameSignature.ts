import { type AttributionInput, mentionEnd, personSpeaker, spanOf, tokenAt, UNATTRIBUTED } from '../input';
import { type Sieve, NAME_SIGNED } from '../sieve';
import { isCapitalised } from '../../charClass';

/**
 * A standfirst or round-up of reactions that signs each quote with a bare name: "'I believe it is a
 * mistake' John Major; 'He cannot stay' Ann Smith". The name starts right after the closing mark and
 * ends at a semicolon, the next quote or the end of the paragraph; nothing else follows it.
 */
export const nameSignature: Sieve = {
  name: 'name signature',
  needs: NAME_SIGNED,
  apply({ input }, q) {
    const quote = input.quotes[q];
    if (!quote.close) return null;
    // The spaces or tabs right after the closing mark, up to four (read by code: most quotes have one)
    const from = quote.close.end, to = Math.min(from + 4, input.text.length);
    let signed = from;
    while (signed < to && (input.text.charCodeAt(signed) === 32 || input.text.charCodeAt(signed) === 9)) signed++;
    if (signed === from) return null;
    const t = tokenAt(input.tokens, signed);
    if (t < 0 || input.tokens[t].start !== signed) return null;
    // Capitalised words the people finder does not know, signing the quote all the same: someone's, unknown.
    if (input.personAt[t] < 0) return unknownSigner(input, t) ? UNATTRIBUTED : null;
    const end = mentionEnd(input, t);
    const next = input.tokens[end + 1];
    // What follows the name: a semicolon, a line break or the text's end, or the next quotation's mark.
    if (next) {
      const after = input.text.slice(input.tokens[end].end, next.start);
      if (!/^[ \t]*(?:;|\r?\n)/.test(after) && !(input.inQuote[end + 1] && /^\s+$/.test(after))) return null;
    } else if (input.text.slice(input.tokens[end].end).trim() !== '') return null;
    return { kind: 'speech', speaker: personSpeaker(input, t), cue: spanOf(input, t, end), method: 'cue' };
  },
};

/** Two or three capitalised words ending at a semicolon or the end of the paragraph: "‘…’ Ona Pell;". */
function unknownSigner(input: AttributionInput, t: number): boolean {
  const { tokens } = input;
  let end = t;
  while (end + 1 < tokens.length && end - t < 3 && tokens[end + 1].cap && /^[ \t]+$/.test(tokens[end + 1].gap) && !input.inQuote[end + 1]) end++;
  if (end === t || !tokens.slice(t, end + 1).every((k) => k.cap && isCapitalised(k.text))) return false;
  const next = tokens[end + 1];
  return !next ? input.text.slice(tokens[end].end).trim() === '' : /^[ \t]*(?:;|\r?\n)/.test(next.gap);
}
