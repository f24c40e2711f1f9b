/**
 * Answers kept per owner (an analysis's input or context) and per key, worked out on first ask and
 * kept while the owner lives. The passes ask the same question at every cue or mention of a long
 * article ("who is the president here?", "who fits 'the minister'?"): each is worked out once.
 */
export class KeyedMemo<O extends object, K, V> {
  private readonly byOwner = new WeakMap<O, Map<K, V>>();

  constructor(private readonly make: (owner: O, key: K) => V) {}

  get(owner: O, key: K): V {
    let known = this.byOwner.get(owner);
    if (!known) this.byOwner.set(owner, (known = new Map()));
    if (known.has(key)) return known.get(key) as V;
    const value = this.make(owner, key);
    known.set(key, value);
    return value;
  }
}
