import type { Entity } from '../entities';
import type { Speaker } from '../salience';
import { breaks } from '../tokens';
import type { AttributionInput } from './input';
import { PRESIDENTS } from '../usPresidents';
import { KeyedMemo } from '../keyedMemo';

const US_PRESIDENT = /^(?:the )?(?:us|u\.s\.|american|united states) president$|^(?:the )?president of the united states$/;

/**
 * "The US president called Sadiq Khan…": the president in office on the article's date, where the
 * article names that person; null otherwise (a speaker is someone the text names), and for a former
 * president ("the former US president" could be any of them).
 */
export function usPresident(input: AttributionInput, phrase: string, former: boolean): Speaker {
  if (former) return null;
  const bare = phrase === 'the president';
  if (!bare && !US_PRESIDENT.test(phrase)) return null;
  const date = input.entityContext.date;
  let holder: (typeof PRESIDENTS)[number] | undefined;
  for (const p of PRESIDENTS) if (p.from <= date) holder = p;
  if (!holder) return null;
  const named = namedHolders.get(input, holder);
  if (!named) return null;
  // "the president" alone: the US president only where the text calls nobody else a president.
  return !bare || onlyPresident.get(input, named) ? { type: 'person', entity: named } : null;
}

/** The holder as the one person the text names so, per analysis: a look over every person, once, not at each cue. */
const namedHolders = new KeyedMemo<AttributionInput, (typeof PRESIDENTS)[number], Entity | null>((input, holder) => {
  const named = input.entities.filter((e) => e.parts.length > 1 && e.parts[e.parts.length - 1] === holder.family && e.parts[0] === holder.given && e.mentions.length > 0);
  return named.length === 1 ? named[0] : null;
});

/** onlyPresident's answers for an analysis: it reads every token, and an article may say "the president" many times. */
const onlyPresident = new KeyedMemo<AttributionInput, Entity, boolean>(noOtherPresident);

/**
 * Every "president" outside quotations is the holder's title ("President Obama"), the bare "the
 * president", or another office ("vice president", "president-elect"): nobody else is a president
 * here ("President Hollande", "the president of the union", "former President Clinton").
 */
function noOtherPresident(input: AttributionInput, holder: Entity): boolean {
  const { tokens } = input;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].norm !== 'president' || input.inQuote[k]) continue;
    const prev = tokens[k - 1]?.norm ?? '';
    const next = tokens[k + 1];
    if (prev === 'vice') continue;
    const titled = next && !breaks(next) && input.personAt[k + 1] >= 0;
    if (titled && input.entities[input.personAt[k + 1]] === holder && !/^(?:former|ex)$/.test(prev)) continue;
    if (!titled && prev === 'the' && !tokens[k].cap && !(next && !breaks(next) && /^(?:of|for|at)$/.test(next.norm))) continue;
    return false;
  }
  return true;
}
