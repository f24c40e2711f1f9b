/**
 * The one binary search the extractor and its views need: over a list sorted by position, the last
 * index whose entry still lies before a point. `before(k)` must hold for a prefix of [0, n) and fail
 * after it.
 */
export function lastIndexWhere(n: number, before: (k: number) => boolean): number {
  let lo = 0, hi = n - 1, ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

/**
 * `lastIndexWhere(list.length, (k) => list[k][key] <= pos)` with no callback: the attribution pass asks
 * for the token before an offset and the sentence at one hundreds of thousands of times on a long
 * article, and a callback shared by a dozen callers is a call the compiler cannot inline at every step
 * of every search. Same probes, same answer.
 */
export function lastAtOrBefore<K extends string>(list: readonly { readonly [k in K]: number }[], key: K, pos: number): number {
  let lo = 0, hi = list.length - 1, ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid][key] <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

/**
 * `lastIndexWhere(sorted.length, (k) => sorted[k] < x)` with no callback: the short-form pass asks it
 * of every person a short form may be, and a closure made per person was 66 MB of the 1.26 GB that
 * "a first name thousands share" at 2.2 MB allocates. Same probes, same answer.
 */
export function lastBelow(sorted: readonly number[], x: number): number {
  let lo = 0, hi = sorted.length - 1, ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

/** Appends to the list kept under a key, making the list on first use. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}

/** pushTo for a map of sets: `value` joins the set at `key`, made if missing. */
export function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value); else map.set(key, new Set([value]));
}
