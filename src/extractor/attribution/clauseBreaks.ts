import { lastIndexWhere } from '../search';
import type { AttributionInput } from './input';

/**
 * Where the text breaks a clause, found once per analysis, so that "is there a break between these
 * two points?" is a binary search instead of a reading of the text between them (which is quadratic
 * on one long line of quotes: each quote read the text to its cue).
 *
 * Two sets of breaks are asked about. `colons`: a semicolon, a colon, a dash, or a hyphen set between
 * spaces, a sieve's test of the clause a quote stands in. `brackets`: a semicolon, a dash, a bracket or
 * a spaced hyphen, what makes a cue beyond it a weaker claim on a quote (the nearest cue's penalty).
 */
export type BreakSet = 'colons' | 'brackets';

/** Start offsets of each set's breaks; a spaced hyphen counts from the space before it. */
const breaksOf = new WeakMap<AttributionInput, Record<BreakSet, Int32Array>>();

function breaks(input: AttributionInput): Record<BreakSet, Int32Array> {
  let found = breaksOf.get(input);
  if (!found) {
    const colons: number[] = [], brackets: number[] = [];
    const re = /[;—–:()]|\s-(?=\s)/g; // both sets in one reading of the text
    for (let m = re.exec(input.text); m; m = re.exec(input.text)) {
      const c = m[0];
      if (c !== '(' && c !== ')') colons.push(m.index);
      if (c !== ':') brackets.push(m.index);
    }
    found = { colons: Int32Array.from(colons), brackets: Int32Array.from(brackets) };
    breaksOf.set(input, found);
  }
  return found;
}

/** Whether a break of the set lies wholly inside [from, to): the same answer as testing the slice's text. */
export function hasClauseBreak(input: AttributionInput, from: number, to: number, set: BreakSet = 'colons'): boolean {
  const at = breaks(input)[set];
  for (let k = lastIndexWhere(at.length, (i) => at[i] < from) + 1; k < at.length && at[k] < to; k++) {
    const spacedHyphen = input.text.charCodeAt(at[k] + 1) === 45 && !/[;—–:()]/.test(input.text[at[k]]);
    if (!spacedHyphen || at[k] + 3 <= to) return true;
  }
  return false;
}
