/** A word of the text with its offsets. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text without a possessive ending and with straight apostrophes. */
  norm: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Ends with a possessive ('s or s'), which ends a name. */
  possessive: boolean;
  /** The text between the previous token and this one (punctuation, spaces). */
  gap: string;
}

// Letters with inner apostrophes, hyphens and full stops of initials (O'Brien, Rees-Mogg, J.K.).
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  let prevEnd = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let word = m[0];
    let possessive = false;
    const lower = word.toLowerCase();
    if (/['’]s$/.test(lower) && word.length > 2) {
      possessive = true;
      word = word.slice(0, -2);
    } else {
      const after = slice[m.index + word.length];
      if ((after === "'" || after === '’') && /s$/i.test(word) && !/[\p{L}]/u.test(slice[m.index + word.length + 1] ?? '')) possessive = true;
    }
    const s = start + m.index;
    out.push({
      start: s,
      end: s + m[0].length,
      text: m[0],
      norm: word.toLowerCase().replace(/’/g, "'"),
      cap: /^\p{Lu}/u.test(word),
      possessive,
      gap: slice.slice(prevEnd, m.index),
    });
    prevEnd = m.index + m[0].length;
  }
  return out;
}
