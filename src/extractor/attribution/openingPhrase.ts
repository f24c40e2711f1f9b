import { type AttributionInput, mentionEnd } from './input';
import { allLower } from '../charClass';

/** Words that open a phrase before a sentence's subject: "After the debate, …", "Filling in for Sanders, …". */
// Not "for": "For Jonathan Chait, Williamson is exposing…; “…,” he mocks" is Chait's view, Chait mocking.
const OPENERS = /^(?:in|at|on|after|before|during|when|while|as|since|despite|following|with|without|from|by|asked|earlier|later|last|this|yesterday|today|speaking|unlike|like|once|although|though|if)$/;

/** `/^\p{Ll}+ing$/u`: a word of lower-case letters ending in -ing ("filling"). */
function lowerIng(word: string): boolean {
  return word.length > 3 && word.endsWith('ing') && allLower(word);
}

/**
 * "Filling in for Sanders at the same event, West landed a dig": the name (or pronoun) right after the
 * comma that closes an opening phrase, followed by its verb, is the sentence's subject (a later "he" is West).
 */
export function afterOpeningPhrase(input: AttributionInput, i: number): boolean {
  const { tokens, sentenceOf } = input;
  if (!tokens[i].gap.includes(',') || /[;:()—–”"“]/.test(tokens[i].gap)) return false;
  let start = i - 1;
  while (start > 0 && sentenceOf[start - 1] === sentenceOf[i]) start--;
  if (start >= i - 1 || sentenceOf[start] !== sentenceOf[i]) return false;
  const first = tokens[start].norm;
  if (!OPENERS.test(first) && !lowerIng(tokens[start].text.toLowerCase())) return false;
  for (let k = start + 1; k < i; k++) if (input.inQuote[k] || /[,;:()—–]/.test(tokens[k].gap)) return false;
  const last = input.personAt[i] >= 0 ? mentionEnd(input, i) : i; // a name, or one word (a pronoun)
  const next = tokens[last + 1];
  return !tokens[last].possessive && !!next && sentenceOf[last + 1] === sentenceOf[i] && !input.inQuote[last + 1] && !/[,;:.!?()—–]/.test(next.gap) && !next.cap;
}
