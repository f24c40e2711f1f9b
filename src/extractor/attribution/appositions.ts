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
      if (role && !role.anonymous) addRole(entity, roleKey(role.phrase), role.former);
    }
    // "Jeremy Corbyn, the Labour leader,"
    const next = mentionEnd(input, i) + 1;
    if (next < tokens.length && tokens[next].gap.trim() === ',') {
      for (let k = next; k < Math.min(tokens.length, next + 7); k++) {
        if (k > next && /[,.;:!?]/.test(tokens[k].gap)) break;
        const role = roleNounEndingAt(tokens, k, next);
        if (role && role.from === next && (k + 1 >= tokens.length || /[,.;:]/.test(tokens[k + 1].gap))) {
          if (!role.anonymous) addRole(entity, roleKey(role.phrase), role.former);
          break;
        }
      }
    }
  }
}

function addRole(e: Entity, key: string, former: boolean): void {
  if (!key) return;
  if (!e.roles.includes(key)) e.roles.push(key);
  let current = currentRoles.get(e);
  if (!current) currentRoles.set(e, (current = new Set()));
  if (!former) current.add(key);
}

/** Per person: the role keys the text gives them as held now, not only as "former" ("former President Bill Clinton"). */
const currentRoles = new WeakMap<Entity, Set<string>>();

/** The text gives `e` the role `key` as held now, not only as a former one. */
export function holdsNow(e: Entity, key: string): boolean {
  return currentRoles.get(e)?.has(key) ?? true;
}
