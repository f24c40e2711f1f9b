import { institutionReferent } from '../institutionReference';
import type { Salient } from '../salience';
import type { AttributionInput } from './input';

/**
 * "The committee reached its conclusions… It warned…": a named body referred to again as the subject
 * of a sentence ("The committee", "But the commission") is whom a later "it" may mean, though no
 * reporting verb made it a speaker. In document order, as the salience list wants them; one pass over
 * the tokens, reading only the words that open a sentence.
 */
export function institutionSubjects(input: AttributionInput): Salient[] {
  const out: Salient[] = [];
  const { tokens, sentenceOf } = input;
  for (let t = 0; t + 1 < tokens.length; t++) {
    if (t > 0 && sentenceOf[t - 1] === sentenceOf[t]) continue; // not the first word of its sentence
    let the = t;
    if (/^(?:but|and|yet|so)$/.test(tokens[the].norm) && sentenceOf[the + 1] === sentenceOf[the]) the++;
    const noun = the + 1;
    if (tokens[the].norm !== 'the' || input.inQuote[the] || noun >= tokens.length || sentenceOf[noun] !== sentenceOf[the]) continue;
    // "The committee's report": a possessive is the topic of a noun phrase, not the subject
    if (tokens[noun].possessive || /[,.;:]/.test(tokens[noun].gap)) continue;
    const body = institutionReferent(input, noun);
    if (body) out.push({ pos: tokens[the].start, speaker: { type: 'organisation', name: body.name }, role: 'subject' });
  }
  return out;
}
