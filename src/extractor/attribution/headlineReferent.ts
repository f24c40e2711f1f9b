import { isRoleHead, isRoleWord } from '../roleNouns';
import type { Speaker } from '../salience';
import { genderOf } from './antecedent';
import { type AttributionInput, tokenBefore } from './input';
import { roleHolder } from './roleHolders';

const cache = new WeakMap<AttributionInput, Speaker>();

/**
 * "PM takes blame for U-turn" ¶ "He said: …": a pronoun with nobody before it in the body refers to
 * whom the headline is about — the one person it names, or the holder on the date of the office that
 * opens it ("PM", "Home Secretary"). Null when the headline names no one, or more than one person.
 */
export function headlineReferent(input: AttributionInput, want: 'male' | 'female' | null): Speaker {
  if (input.headlineEnd <= 0) return null;
  if (!cache.has(input)) cache.set(input, findReferent(input));
  const found = cache.get(input) ?? null;
  if (found?.type !== 'person' || !want) return found;
  const g = genderOf(found.entity);
  return g === want || g === 'unknown' ? found : null;
}

function findReferent(input: AttributionInput): Speaker {
  const { tokens } = input;
  const last = tokenBefore(tokens, input.headlineEnd);
  const people = new Set<number>();
  for (let t = 0; t <= last; t++) if (input.personAt[t] >= 0 && !input.inQuote[t]) people.add(input.personAt[t]);
  if (people.size === 1) return { type: 'person', entity: input.entities[[...people][0]] };
  if (people.size > 1) return null;
  // The office that opens the headline is its subject ("PM takes blame…", "Home Secretary vows…").
  const start = /^\s*date\s+\S+\s+/.exec(input.text)?.[0].length ?? 0;
  const t = tokenBefore(tokens, start) + 1;
  let end = t;
  while (end <= last && isRoleWord(tokens[end].norm) && tokens[end].cap && !isRoleHead(tokens[end].norm)) end++;
  if (end > last || t > last || !isRoleHead(tokens[end].norm) || !tokens[end].cap || input.inQuote[end]) return null;
  const phrase = `the ${tokens.slice(t, end + 1).map((k) => k.norm).join(' ').replace(/\bpm$/, 'prime minister')}`;
  return roleHolder(input, phrase, false);
}
