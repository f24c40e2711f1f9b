/** Where one of a group's people is mentioned. */
export interface MentionAt<E> {
  readonly start: number;
  readonly who: E;
}

/**
 * Mentions with the latest in the text on top (a binary heap), so that "who of them was mentioned
 * last?" costs a logarithm however many there are. A mention that stops counting (its person left the
 * group) is dropped when it reaches the top rather than searched for, and never counts again.
 */
export class LatestFirst<E> {
  private readonly heap: MentionAt<E>[] = [];

  push(entry: MentionAt<E>): void {
    const h = this.heap;
    let i = h.length;
    h.push(entry);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (h[parent].start >= entry.start) break;
      h[i] = h[parent];
      i = parent;
    }
    h[i] = entry;
  }

  /** The latest mention whose person `counts`, dropping those above it whose person does not. */
  top(counts: (who: E) => boolean): MentionAt<E> | null {
    while (this.heap.length && !counts(this.heap[0].who)) this.pop();
    return this.heap[0] ?? null;
  }

  private pop(): void {
    const h = this.heap;
    const last = h.pop()!;
    if (!h.length) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1, right = left + 1;
      let child = left;
      if (left >= h.length) break;
      if (right < h.length && h[right].start > h[left].start) child = right;
      if (h[child].start <= last.start) break;
      h[i] = h[child];
      i = child;
    }
    h[i] = last;
  }
}
