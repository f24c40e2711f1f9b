/**
 * A table of string keys to string values kept as one string ("key\tvalue\n", lines in key order),
 * looked up by binary search in place. Parsing the compact file then makes one string of it rather
 * than an object a key, and building the knowledge base does nothing with it: the look-ups a text
 * makes read the few lines they need. Keys and values hold no tab or newline (encoding checks).
 */

const TAB = 9;
const NEWLINE = '\n';

/** The table's string: the entries sorted by key (UTF-16 code units, as `<` compares strings). */
export function encodeSortedTable(entries: Iterable<readonly [string, string]>): string {
  const list = [...entries];
  for (const [k, v] of list) {
    if (/[\t\n]/.test(k) || /[\t\n]/.test(v)) throw new Error(`table entry ${JSON.stringify(k)} holds a tab or a newline`);
  }
  list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (let i = 1; i < list.length; i++) if (list[i - 1][0] === list[i][0]) throw new Error(`table key ${JSON.stringify(list[i][0])} twice`);
  return list.map(([k, v]) => `${k}\t${v}${NEWLINE}`).join('');
}

/** The value stored under `key`, or undefined. */
export function lookUpSorted(table: string, key: string): string | undefined {
  let lo = 0, hi = table.length; // both always at the start of a line
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = mid === lo ? lo : table.lastIndexOf(NEWLINE, mid - 1) + 1;
    const order = compareKeyAt(table, start, key);
    if (order === 0) return table.slice(start + key.length + 1, table.indexOf(NEWLINE, start));
    if (order < 0) lo = table.indexOf(NEWLINE, start) + 1;
    else hi = start;
  }
  return undefined;
}

/** The line's key at `at` against `key`: negative when it sorts before, 0 when equal, positive after. */
function compareKeyAt(table: string, at: number, key: string): number {
  for (let i = 0; ; i++) {
    const c = table.charCodeAt(at + i);
    if (c === TAB) return i === key.length ? 0 : -1; // the line's key ended first (a prefix of key)
    if (i === key.length) return 1;
    const d = c - key.charCodeAt(i);
    if (d !== 0) return d;
  }
}
