import { lastIndexWhere } from '../search';
import type { AttributionInput } from './input';

/**
 * Where the text breaks a clause (a semicolon, a colon, a dash, or a hyphen set between spaces),
 * found once per analysis, so a sieve can ask "is there a break between these two points?" by binary
 * search instead of reading the text between them (which is quadratic on one long line of quotes).
 */
const breaksOf = new WeakMap<AttributionInput, Int32Array>();

/** Start offsets of every clause break; a spaced hyphen counts from the space before it. */
function clauseBreaks(input: AttributionInput): Int32Array {
  let found = breaksOf.get(input);
  if (!found) {
    const at: number[] = [];
    const re = /[;—–:]|\s-(?=\s)/g;
    for (let m = re.exec(input.text); m; m = re.exec(input.text)) at.push(m.index);
    found = Int32Array.from(at);
    breaksOf.set(input, found);
  }
  return found;
}

/** Whether a clause break lies wholly inside [from, to): the same answer as testing the slice's text. */
export function hasClauseBreak(input: AttributionInput, from: number, to: number): boolean {
  const at = clauseBreaks(input);
  for (let k = lastIndexWhere(at.length, (i) => at[i] < from) + 1; k < at.length && at[k] < to; k++) {
    const spacedHyphen = input.text.charCodeAt(at[k] + 1) === 45 && !/[;—–:]/.test(input.text[at[k]]);
    if (!spacedHyphen || at[k] + 3 <= to) return true;
  }
  return false;
}
