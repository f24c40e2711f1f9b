import { institutionReferent } from '../institutionReference';
import type { Salient } from '../salience';
import { type AttributionInput, tokenAt } from './input';

/**
 * "The committee reached its conclusions… It warned…": a named body referred to again as the subject
 * of a sentence ("The committee", "But the commission") is whom a later "it" may mean, though no
 * reporting verb made it a speaker. In document order, as the salience list wants them.
 */
export function institutionSubjects(input: AttributionInput): Salient[] {
  const out: Salient[] = [];
  const { tokens } = input;
  for (const s of input.sentences) {
    let t = tokenAt(tokens, s.start);
    if (t < 0 || input.inQuote[t]) continue;
    if (/^(?:but|and|yet|so)$/.test(tokens[t].norm) && input.sentenceOf[t + 1] === input.sentenceOf[t]) t++;
    const noun = t + 1;
    if (tokens[t].norm !== 'the' || noun >= tokens.length || input.sentenceOf[noun] !== input.sentenceOf[t] || /[,.;:]/.test(tokens[noun].gap)) continue;
    // "The committee's report": a possessive is the topic of a noun phrase, not the subject
    if (tokens[noun].possessive) continue;
    const body = institutionReferent(input, noun);
    if (body) out.push({ pos: tokens[t].start, speaker: { type: 'organisation', name: body.name }, role: 'subject' });
  }
  return out;
}
