/**
 * A time budget for the costly passes: long loops ask `spent()` now and then and stop early, so a huge
 * or hostile article cannot freeze the editor; the analysis then says it was cut short.
 */
export class Budget {
  private readonly deadline: number;
  private exhausted = false;

  /** A budget of zero (or less) runs none of the costly passes. */
  constructor(milliseconds: number, private readonly clock: () => number = now) {
    this.deadline = clock() + milliseconds;
    this.exhausted = milliseconds <= 0;
  }

  /** True once the budget is spent (checks the clock only every `every` calls for loops). */
  spent(counter = 0, every = 1): boolean {
    if (!this.exhausted && counter % every === 0 && this.clock() > this.deadline) this.exhausted = true;
    return this.exhausted;
  }

  /** Milliseconds left (Infinity for an unlimited budget, 0 once spent). */
  remaining(): number {
    return this.exhausted ? 0 : Math.max(0, this.deadline - this.clock());
  }
}

export function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
