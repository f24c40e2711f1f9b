/**
 * Inline Markdown in one line of a paragraph or heading, blanked in `out` (a copy of the text, the
 * same length): emphasis and strike-through marks, code spans, link and image syntax, autolinks,
 * inline HTML, the backslash of an escape; character references become their character. Brackets
 * that are not links ("[sic]") stay: they are the writer's. Linear: pairs are matched with stacks
 * and every search ends at the next mark of its kind.
 */
export function blankInline(text: string, start: number, end: number, out: Uint16Array): void {
  const code = codeSpans(text, start, end);
  const brackets = pairs(text, start, end, 0x5b, 0x5d, code);
  const parens = pairs(text, start, end, 0x28, 0x29, code);
  /** `]` of a link → the end of its target: `](…)` or `][…]` is blanked when the scan gets there. */
  const targets = new Map<number, number>();
  const targetEnd = (close: number): number => {
    const after = text.charCodeAt(close + 1);
    const paired = after === 0x28 ? parens.get(close + 1) : after === 0x5b ? brackets.get(close + 1) : undefined;
    return paired === undefined ? -1 : paired + 1;
  };
  for (let i = start; i < end; i++) {
    switch (text.charCodeAt(i)) {
      case 0x5c: // \ escapes the punctuation after it
        if (i + 1 < end && PUNCTUATION.test(text[i + 1])) out[i++] = 32;
        break;
      case 0x60: { // `code`
        const close = code.get(i);
        const runEnd = close === undefined ? runFrom(text, i, end) : runFrom(text, close, end);
        out.fill(32, i, runEnd);
        i = runEnd - 1;
        break;
      }
      case 0x2a: // *
        out[i] = 32;
        break;
      case 0x5f: { // _ (not inside a word: snake_case stays)
        const runEnd = runFrom(text, i, end);
        if (!(isWordChar(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(runEnd)))) out.fill(32, i, runEnd);
        i = runEnd - 1;
        break;
      }
      case 0x7e: { // ~~strike-through~~
        const runEnd = runFrom(text, i, end);
        if (runEnd - i === 2) out.fill(32, i, runEnd);
        i = runEnd - 1;
        break;
      }
      case 0x3c: { // <https://…>, <a href…>, <!-- … -->
        const m = ANGLE.exec(text.slice(i, Math.min(end, i + 2000)));
        if (m) {
          out.fill(32, i, i + m[0].length);
          i += m[0].length - 1;
        }
        break;
      }
      case 0x21: { // ![image](…): all of it
        const close = text.charCodeAt(i + 1) === 0x5b ? brackets.get(i + 1) : undefined;
        const to = close === undefined ? -1 : targetEnd(close);
        if (to > 0) {
          out.fill(32, i, to);
          i = to - 1;
        }
        break;
      }
      case 0x5b: { // [link text](…): the brackets and target go, the text stays
        const close = brackets.get(i);
        const to = close === undefined ? -1 : targetEnd(close);
        if (to > 0) {
          out[i] = 32;
          targets.set(close!, to);
        }
        break;
      }
      case 0x5d: {
        const to = targets.get(i);
        if (to !== undefined) {
          out.fill(32, i, to);
          i = to - 1;
        }
        break;
      }
      case 0x26: { // &ldquo; &#8220;
        const m = REFERENCE.exec(text.slice(i, i + 40));
        const ch = m ? referenced(m) : undefined;
        if (m && ch !== undefined) {
          out.fill(32, i, i + m[0].length);
          out[i] = ch;
          i += m[0].length - 1;
        }
        break;
      }
    }
  }
}

const PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const ANGLE = /^<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+|\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?|!--[^>]*?--)>/;
const REFERENCE = /^&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/;

/** Named references a news text uses; others are left as written. */
const NAMED: Record<string, number> = {
  amp: 0x26, quot: 0x22, apos: 0x27, lt: 0x3c, gt: 0x3e, nbsp: 0xa0,
  lsquo: 0x2018, rsquo: 0x2019, ldquo: 0x201c, rdquo: 0x201d, ndash: 0x2013, mdash: 0x2014, hellip: 0x2026,
  pound: 0xa3, euro: 0x20ac,
};

function referenced(m: RegExpExecArray): number | undefined {
  const code = m[1] ? parseInt(m[1], 16) : m[2] ? Number(m[2]) : NAMED[m[3]];
  return code !== undefined && code > 0 && code <= 0xffff ? code : undefined;
}

function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c > 0x7f;
}

/** The end of the run of the character at `i` (```, __, ~~). */
function runFrom(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  let j = i;
  while (j < end && text.charCodeAt(j) === c) j++;
  return j;
}

/** Code spans: the opening backtick run → the start of the closing run of the same length. */
function codeSpans(text: string, start: number, end: number): Map<number, number> {
  const runs: Array<[number, number]> = [];
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) !== 0x60) continue;
    const j = runFrom(text, i, end);
    if (i === start || text.charCodeAt(i - 1) !== 0x5c) runs.push([i, j - i]); // \` is a backtick, not code
    i = j - 1;
  }
  const nextSame = new Int32Array(runs.length).fill(-1);
  const seen = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    nextSame[k] = seen.get(runs[k][1]) ?? -1;
    seen.set(runs[k][1], k);
  }
  const out = new Map<number, number>();
  for (let k = 0; k < runs.length;) {
    const j = nextSame[k];
    if (j < 0) { k++; continue; }
    out.set(runs[k][0], runs[j][0]);
    k = j + 1;
  }
  return out;
}

/** Matching open/close characters (not escaped, not in code), by a stack: open offset → close offset. */
function pairs(text: string, start: number, end: number, open: number, close: number, code: Map<number, number>): Map<number, number> {
  const out = new Map<number, number>();
  const stack: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) { i++; continue; }
    if (c === 0x60) {
      const to = code.get(i);
      if (to !== undefined) i = runFrom(text, to, end) - 1;
      continue;
    }
    if (c === open) stack.push(i);
    else if (c === close && stack.length) out.set(stack.pop()!, i);
  }
  return out;
}
