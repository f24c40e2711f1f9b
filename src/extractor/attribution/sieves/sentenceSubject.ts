import { couldBeOrganisationWord, knownOrganisation } from '../../organisations';
import { antecedent } from '../antecedent';
import { type Attribution, type AttributionInput, addOrganisationMention, afterDeterminer, fromMention, organisationAt, spanOf, tokenBefore } from '../input';
import type { Sieve } from '../sieve';
import { isStatement } from './statement';
import { hasClauseBreak } from '../clauseBreaks';
import { allUpper } from '../../charClass';

/**
 * A partial quote in a sentence with no reporting verb belongs to the sentence's subject when it is
 * a named person, a pronoun for one, or an organisation, in the same clause as the quote
 * ("Momentum, the campaign group, is to hold “mass events”"; "He also wants to prevent “illegal wars”").
 */
export const sentenceSubject: Sieve = {
  name: 'sentence subject',
  apply({ input, salience }, q) {
    const quote = input.quotes[q];
    if (isStatement(quote.text)) return null;
    const s = input.sentences[input.quoteSentence[q]];
    let t = tokenBefore(input.tokens, s.start) + 1;
    if (t >= input.tokens.length || input.tokens[t].start >= quote.open.start) return null;
    if (/^(?:but|and|so|yet)$/.test(input.tokens[t].norm)) t++;
    if (hasClauseBreak(input, input.tokens[t].end, quote.open.start)) return null;
    // 'the “tent city”', 'a “new deal”': a quoted noun after a determiner names a thing.
    if (afterDeterminer(input, q)) return null;
    if (input.personAt[t] >= 0) return fromMention(input, t);
    if (input.tokens[t].norm === 'he' || input.tokens[t].norm === 'she') {
      const speaker = antecedent(input, input.tokens[t].norm, input.tokens[t].start, salience);
      return speaker ? { kind: 'speech', speaker, cue: spanOf(input, t, t), method: 'pronoun' } : null;
    }
    const named = organisationAt(input).get(input.tokens[t].start);
    if (named) return { kind: 'speech', speaker: { type: 'organisation', name: named }, cue: spanOf(input, t, t), method: 'cue' };
    return organisationSubject(input, t);
  },
};

/** "Momentum, the …, is to hold": a capitalised name opening the sentence before an apposition or a verb. */
function organisationSubject(input: AttributionInput, t: number): Attribution | null {
  const { tokens } = input;
  let end = t;
  while (end + 1 < tokens.length && tokens[end + 1].cap && tokens[end + 1].gap === ' ') end++;
  const after = tokens[end + 1];
  const first = tokens[t];
  if (!first.cap || !couldBeOrganisationWord(first.norm) || end - t > 3 || !after) return null;
  if (!(after.gap.trim() === ',' || /^(?:is|has|was|will|wants|plans|says|said)$/.test(after.norm))) return null;
  const known = knownOrganisation(tokens.slice(t, end + 1).map((k) => k.norm).join(' '));
  if (!known && (end === t && !/^[A-Z][a-z]{3,}$/.test(first.text) && !allUpper(first.text, true))) return null;
  const span = spanOf(input, t, end);
  const name = known ?? span.text;
  addOrganisationMention(input, name, span);
  return { kind: 'speech', speaker: { type: 'organisation', name }, cue: span, method: 'cue' };
}
