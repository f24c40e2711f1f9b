import type { Attribution, AttributionInput } from './input';
import { wordsAndSpaces } from '../charClass';

/**
 * A headline quotes words the body attributes ("'No more concessions' on terror"): a headline quote
 * with no speaker of its own takes the speaker of the same words in the body.
 */
export function fromBody(input: AttributionInput, out: Attribution[]): void {
  if (input.headlineEnd <= 0) return;
  let body: string[] | null = null;
  input.quotes.forEach((q, i) => {
    if (q.start >= input.headlineEnd || out[i].speaker) return;
    const words = normaliseQuote(q.text);
    if (words.split(' ').length < 2 && words.length < 6) return;
    body ??= input.quotes.map((b) => (b.start >= input.headlineEnd ? normaliseQuote(b.text) : ''));
    const match = body.findIndex((b, j) => j !== i && b && out[j].speaker && b.includes(words));
    if (match >= 0) out[i] = { kind: 'speech', speaker: out[match].speaker, cue: null, method: 'adjacent' };
  });
}

function normaliseQuote(text: string): string {
  return wordsAndSpaces(text.toLowerCase()).replace(/\s+/g, ' ').trim();
}
