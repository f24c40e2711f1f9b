import { isCommonWord } from '../lexicon';
import { knownOrganisation } from '../organisations';
import type { AttributionInput } from './input';

/**
 * "Cruz said. ¶ “…,” he said.": a surname the people finder never saw in full is read as an
 * organisation. A he or she may still take it up when the word can only be a surname: one
 * capitalised word that is no known organisation, no ordinary word, no plural or acronym, and that the
 * text never uses as a place ("in Orlando", "the Kachin") or as part of a longer name ("Islamic State";
 * a possessive ends a name: "Nega's Coalition" is no longer name).
 */
export function surnameLike(input: AttributionInput, name: string): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(name) || /s$/.test(name) || knownOrganisation(name) || isCommonWord(name)) return false;
  return !notSurnames(input).has(name.toLowerCase());
}

/** Words before a place or a thing, never before a person's bare surname. */
const PLACE_BEFORE = /^(?:in|of|from|to|at|the|near|across|into|outside|inside|around)$/;

/** Per analysis: capitalised words the text uses as places or inside longer names (one pass, on first use). */
const cache = new WeakMap<AttributionInput, Set<string>>();

function notSurnames(input: AttributionInput): Set<string> {
  let set = cache.get(input);
  if (set) return set;
  set = new Set();
  const { tokens } = input;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.cap || input.personAt[i] >= 0) continue;
    const prev = tokens[i - 1], next = tokens[i + 1];
    const joined = (a: { gap: string }) => a.gap === ' ';
    if ((prev && joined(t) && !prev.cap && PLACE_BEFORE.test(prev.norm)) || (next && !t.possessive && joined(next) && next.cap && input.sentenceOf[i + 1] === input.sentenceOf[i])) {
      set.add(t.norm);
    }
  }
  cache.set(input, set);
  return set;
}
