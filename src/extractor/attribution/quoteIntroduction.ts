import { speechVerbStem } from '../speechVerbs';
import { type AttributionInput, tokenBefore } from './input';

/**
 * The people named in the clause that introduces a quote in its own sentence: the clause ends right
 * before the opening mark in a colon ("Jeb Bush broke down what was wrong to a Dutch paper: “…”") or in
 * a reporting verb and a comma ("Mr. Trump was prompted to say, “…”"). A reader takes the clause's
 * subject as the speaker, so a quote introduced this way does not go on from an earlier one.
 * Names that are spoken to or of ("wrote to Mr Cameron:", "Obama's word:") are not counted.
 * Returns the first token of each name's mention nearest the quote, one per person in text order, or
 * null when no such clause introduces the quote.
 */
export function introducingNames(input: AttributionInput, q: number): number[] | null {
  const { tokens } = input;
  const quote = input.quotes[q];
  const last = tokenBefore(tokens, quote.open.start);
  if (last < 0 || input.inQuote[last]) return null;
  const gap = input.text.slice(tokens[last].end, quote.open.start).replace(/\r/g, '');
  const colon = /^\s*:\s*$/.test(gap);
  if (!colon && !(/^\s*,\s*$/.test(gap) && speechVerbStem(tokens[last].norm))) return null;
  const sentence = input.sentenceOf[last];
  const names: number[] = [];
  for (let k = last; k >= 0 && input.sentenceOf[k] === sentence && !input.inQuote[k]; k--) {
    const e = input.personAt[k];
    if (e < 0 || input.personAt[k - 1] === e) continue; // not a name, or not the first word of one
    if (spokenOf(input, k)) continue;
    if (!names.some((t) => input.personAt[t] === e)) names.unshift(k);
  }
  return names;
}

/** A name after a preposition or an object-taking verb, or a possessive one, is not the clause's subject. */
const OBJECT_BEFORE = /^(?:to|of|about|at|for|with|against|on|by|from|in|into|than|like|told|asked|thanked|urged|called|and|or)$/;

function spokenOf(input: AttributionInput, t: number): boolean {
  const { tokens } = input;
  let end = t;
  while (end + 1 < tokens.length && input.personAt[end + 1] === input.personAt[t]) end++;
  if (tokens[end].possessive) return true;
  const before = tokens[t - 1];
  return !!before && input.sentenceOf[t - 1] === input.sentenceOf[t] && !input.inQuote[t - 1] && OBJECT_BEFORE.test(before.norm);
}
