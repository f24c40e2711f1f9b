/**
 * The pace of the people finder's first names pass, judged as it goes (analyze.ts peopleInTime): its
 * cost per character varies tenfold with an article's shape, which the cheap passes' time cannot tell.
 */
import type { StopAt } from './mentions';
import { COST } from './horizon';

/**
 * The shares of the text up to `to` at which the names pass's pace is judged (a clock reading each):
 * not before two fifths, since the pace of its first tenth ran up to 1.5 times its whole pace (a
 * budget 1.5 times what a sentence of names needed was cut at a tenth in CI).
 */
const PACE_CHECKS = [0.4, 0.8];

/**
 * A stop for the first names pass (mentions.ts StopAt) that projects, from the pass's pace since its
 * first call, what the people of the text up to `to` will cost, and stops the pass when they alone
 * would take more than all the time left (a projection: no margin is taken off); `plannedMs` is then
 * what the people and the speakers of `to` will cost at that pace, to plan a shorter top by. None for
 * an unlimited budget.
 */
export function paceWatch(to: number, remainingMs: number, clock: () => number): (StopAt & { plannedMs(): number }) | undefined {
  if (remainingMs === Infinity) return undefined;
  let fromMs = -1, fromOffset = 0, check = 0, pace = 0;
  const watch = (offset: number): boolean => {
    if (fromMs < 0) { fromMs = clock(); fromOffset = offset; return false; }
    if (check >= PACE_CHECKS.length || offset - fromOffset < (to - fromOffset) * PACE_CHECKS[check]) return false;
    check++;
    pace = (clock() - fromMs) / (offset - fromOffset);
    return pace * to * COST.peoplePerNames > remainingMs;
  };
  return Object.assign(watch, { plannedMs: () => pace * to * COST.costlyPerNames });
}
