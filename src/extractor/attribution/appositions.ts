import type { Entity } from '../entities';
import { roleKey, roleNounEndingAt } from '../roleNouns';
import { type AttributionInput, mentionEnd } from './input';

/** "Jeremy Corbyn, the Labour leader," / "Labour leader Jeremy Corbyn": roles the text gives people. */
export function recordAppositions(input: AttributionInput): void {
  const { tokens, personAt } = input;
  for (let i = 0; i < tokens.length; i++) {
    const e = personAt[i];
    if (e < 0 || (i > 0 && personAt[i - 1] === e)) continue;
    const entity = input.entities[e];
    // premodifier or "the Labour leader, Jeremy Corbyn"
    if (i > 0 && !/[.;:!?“”"]/.test(tokens[i].gap)) {
      const role = roleNounEndingAt(tokens, i - 1, Math.max(0, i - 7));
      if (role && !role.anonymous) addRole(entity, roleKey(role.phrase));
    }
    // "Jeremy Corbyn, the Labour leader,"
    const next = mentionEnd(input, i) + 1;
    if (next < tokens.length && tokens[next].gap.trim() === ',') {
      for (let k = next; k < Math.min(tokens.length, next + 7); k++) {
        if (k > next && /[,.;:!?]/.test(tokens[k].gap)) break;
        const role = roleNounEndingAt(tokens, k, next);
        if (role && role.from === next && (k + 1 >= tokens.length || /[,.;:]/.test(tokens[k + 1].gap))) {
          if (!role.anonymous) addRole(entity, roleKey(role.phrase));
          break;
        }
      }
    }
  }
}

function addRole(e: Entity, key: string): void {
  if (key && !e.roles.includes(key)) e.roles.push(key);
}
