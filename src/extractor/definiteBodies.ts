import { type Token, breaks } from './tokens';

/**
 * "the group said", "the company wrote", "according to the newspaper", "the advocacy group said": an
 * organisation referred to again by its kind. It names nobody by itself; `bodyHolder` (attribution)
 * finds the one organisation of that kind the article has put forward.
 */
export interface DefiniteBody {
  from: number;
  /** Exclusive. */
  to: number;
  /** The kind noun: "group", "company", "newspaper", "campaign". */
  noun: string;
}

/** Kind nouns by what they may stand for. */
export const BODY_KINDS: ReadonlyMap<string, 'group' | 'company' | 'media' | 'campaign'> = new Map([
  ['group', 'group'], ['organization', 'group'], ['organisation', 'group'],
  ['company', 'company'], ['firm', 'company'],
  ['newspaper', 'media'], ['paper', 'media'], ['tabloid', 'media'], ['magazine', 'media'], ['publication', 'media'],
  ['network', 'media'], ['outlet', 'media'],
  ['campaign', 'campaign'],
]);

/** Lower-case words that may describe the body between "the" and its noun: "the advocacy group", "the conservative-leaning newspaper". */
const DESCRIBING = /^(?:[a-z]+-(?:leaning|based|owned|run|backed|funded)|advocacy|trade|lobbying|lobby|activist|conservative|liberal|progressive|civil|rights|gun|environmental|nonprofit|non-profit|watchdog|technology|tech|media|oil|energy|drug|software|parent|daily|weekly|local|national|online|news|cable|broadcast|newspaper|political|super|outside|research|polling|consulting|law|investment|private|public|social|business|student|religious|anti-abortion|abortion|labor|labour|pro-trump|anti-trump|pro-clinton|republican-leaning|democratic-leaning)$/;

/** Prepositions that make "the group" an object, not the subject: "a member of the group said". */
const BEFORE_OBJECT = /^(?:of|for|to|with|by|from|about|against|at|on|in|within|inside|behind|toward|towards)$/;

/**
 * The definite body phrase ending at token `end` ("the group", "the advocacy group"), starting no
 * earlier than `floor` (the sentence's first token); null for anything else, and for a capitalised
 * noun, which is part of a name ("the Sierra Club Group").
 */
export function definiteBodyEndingAt(tokens: readonly Token[], end: number, floor: number): DefiniteBody | null {
  const head = tokens[end];
  if (!head || !BODY_KINDS.has(head.norm) || head.cap || head.possessive) return null;
  for (let k = end - 1; k >= floor && k >= end - 3; k--) {
    if (breaks(tokens[k + 1])) return null;
    const t = tokens[k];
    if (t.norm === 'the') {
      if (k > floor && BEFORE_OBJECT.test(tokens[k - 1].norm) && !breaks(tokens[k])) return null;
      return { from: k, to: end + 1, noun: head.norm };
    }
    if (t.cap || t.possessive || !DESCRIBING.test(t.norm)) return null;
  }
  return null;
}
