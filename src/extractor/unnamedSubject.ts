import type { CueContext } from './cues';
import { PHRASE_BREAK as BREAK } from './tokens';

/** Determiners that make a noun phrase someone the text does not name: "a voter", "one pensioner", "another resident". */
const INDEFINITE = /^(?:a|an|one|another)$/;
/** Words before an indefinite subject that still leave it opening its clause: "But one voter said". */
const CLAUSE_OPENERS = /^(?:and|but|yet|so|meanwhile|however|elsewhere|later|earlier|then|while|whilst)$/;

/**
 * "A voter outside the station said", "One pensioner, 81, said", "But another resident told": the
 * subject of the verb ending at token `j` is an indefinite noun phrase that names nobody. Returns its
 * first token, or -1. A person named inside the phrase ("a friend of Ann Smith") is for other rules.
 */
export function unnamedBefore(ctx: CueContext, j: number, v: number): number {
  const { tokens } = ctx;
  for (let k = j; k >= 0 && k > j - 12 && ctx.sentenceOf[k] === ctx.sentenceOf[v]; k--) {
    if (ctx.inQuote[k] || ctx.personAt[k] >= 0 || /[;:()“”"]/.test(tokens[k + 1]?.gap ?? '')) return -1;
    if (!INDEFINITE.test(tokens[k].norm) || tokens[k].text === 'A' && tokens[k + 1]?.gap === ':') continue;
    const next = tokens[k + 1];
    if (!next || next.cap || BREAK.test(next.gap)) continue; // "A Labour spokesman" is a role; "One, …" is not a subject
    // At a comma it is an apposition ("Tom Cole, an ally of the leadership, said"): its head speaks, not it.
    const opens = k === 0 || ctx.sentenceOf[k - 1] !== ctx.sentenceOf[k] || (CLAUSE_OPENERS.test(tokens[k - 1].norm) && !BREAK.test(tokens[k].gap));
    return opens ? k : -1;
  }
  return -1;
}

/**
 * "…,” said one pensioner", "said a woman in the queue": an indefinite subject after the verb. Returns
 * the token after the phrase (where its clause ends), or -1.
 */
export function unnamedAfter(ctx: CueContext, s: number, v: number): number {
  const { tokens } = ctx;
  if (s >= tokens.length || !INDEFINITE.test(tokens[s].norm) || ctx.inQuote[s]) return -1;
  const next = tokens[s + 1];
  if (!next || BREAK.test(next.gap) || ctx.sentenceOf[s + 1] !== ctx.sentenceOf[v]) return -1;
  let e = s + 1;
  while (e < tokens.length && e < s + 10 && ctx.sentenceOf[e] === ctx.sentenceOf[v] && !ctx.inQuote[e] && !BREAK.test(tokens[e].gap)) {
    if (ctx.personAt[e] >= 0) return -1;
    e++;
  }
  return e;
}
