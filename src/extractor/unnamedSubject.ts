import type { CueContext } from './cues';
import { PHRASE_BREAK as BREAK } from './tokens';
import { allLower } from './charClass';

/** Determiners that make a noun phrase someone the text does not name: "a voter", "one pensioner", "another resident". */
export const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);
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
    if (!INDEFINITE.has(tokens[k].norm) || tokens[k].text === 'A' && tokens[k + 1]?.gap === ':') continue;
    const next = tokens[k + 1];
    if (!next || next.cap || BREAK.test(next.gap)) continue; // "A Labour spokesman" is a role; "One, …" is not a subject
    // At a comma it is an apposition ("Tom Cole, an ally of the leadership, said"): its head speaks, not it.
    // ("“…,” an intelligence source told Fox News": right after the quotation it reports, it opens its clause.)
    const opens = k === 0 || ctx.sentenceOf[k - 1] !== ctx.sentenceOf[k] || (CLAUSE_OPENERS.test(tokens[k - 1].norm) && !BREAK.test(tokens[k].gap)) ||
      (ctx.inQuote[k - 1] === 1 && /[”"’']\s*$/.test(tokens[k].gap) && !/[“‘]/.test(tokens[k].gap));
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
  if (s >= tokens.length || !INDEFINITE.has(tokens[s].norm) || ctx.inQuote[s]) return -1;
  const next = tokens[s + 1];
  if (!next || BREAK.test(next.gap) || ctx.sentenceOf[s + 1] !== ctx.sentenceOf[v]) return -1;
  let e = s + 1;
  // "said one longtime adviser to Bill Clinton", "said a party member who supports Trump": past the
  // head noun, a name after a preposition or a relative word is the one the unnamed person is tied
  // to, not the speaker. (A spokesperson speaks for the one named: not this rule's.)
  let tied = false;
  while (e < tokens.length && e < s + 10 && ctx.sentenceOf[e] === ctx.sentenceOf[v] && !ctx.inQuote[e] && !BREAK.test(tokens[e].gap)) {
    if (ctx.personAt[e] >= 0 && !tied) return -1;
    if (!tied && TIES.test(tokens[e].norm) && (e > s + 1 || /^(?:one|another)$/.test(tokens[s].norm)) && !SPOKESPEOPLE.test(tokens[e - 1].norm)) tied = true;
    e++;
  }
  return e;
}

/** Words that end an unnamed subject's head and open what ties it to someone: "an aide to", "a member who", "one of" ("a post from X" is X's: not a tie). */
const TIES = /^(?:to|of|for|who|whose|that|close)$/;

const SPOKESPEOPLE = /^(?:spokesman|spokeswoman|spokesperson|spokesmen|spokeswomen)$/;

/** Words that cannot be the head noun after a name: a verb or a clause word follows the name instead. */
const NOT_HEADS = /^(?:said|says|say|told|tells|wrote|writes|added|adds|who|that|which|and|or|but|of|for|to|in|on|at|with|from|by|as|is|was|are|were|has|had|have|will|would|could|can|may|might|did|does|do|also|later|then|recently|once|himself|herself)$/;

/**
 * "one Trump confidant", "a senior Cruz adviser", "a 2008 Clinton veteran": an indefinite phrase from
 * `s` in which a person's name only describes the lower-case noun after it. The words are that
 * unnamed person's, never the one named. Returns the head noun's token, or -1.
 */
export function namedModifierHead(ctx: CueContext, s: number, v: number): number {
  const { tokens } = ctx;
  if (s >= tokens.length || !INDEFINITE.has(tokens[s].norm) || ctx.inQuote[s]) return -1;
  let named = false;
  for (let k = s + 1; k < tokens.length && k < s + 7 && ctx.sentenceOf[k] === ctx.sentenceOf[v] && !ctx.inQuote[k]; k++) {
    if (BREAK.test(tokens[k].gap)) return -1;
    if (ctx.personAt[k] >= 0) { named = true; continue; }
    if (!named) { if (NOT_HEADS.test(tokens[k].norm)) return -1; continue; }
    // "a Trump spokeswoman" speaks for Trump, as "a Downing Street spokesman" for Downing Street: not this rule's.
    return !tokens[k].cap && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k].text) && !NOT_HEADS.test(tokens[k].norm) && !SPOKESPEOPLE.test(tokens[k].norm) ? k : -1;
  }
  return -1;
}

/** "one senior Democrat", "a Republican": an indefinite determiner (and up to two lower-case words) before `from`. */
export function indefiniteBefore(ctx: CueContext, from: number): boolean {
  const { tokens } = ctx;
  for (let k = from - 1; k >= 0 && k >= from - 3 && ctx.sentenceOf[k] === ctx.sentenceOf[from] && !ctx.inQuote[k] && !BREAK.test(tokens[k + 1].gap); k--) {
    if (INDEFINITE.has(tokens[k].norm)) return true;
    if (tokens[k].cap || !allLower(tokens[k].text)) return false;
  }
  return false;
}
