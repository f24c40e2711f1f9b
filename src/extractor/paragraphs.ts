/** A paragraph of the article: one line of text (articles keep one paragraph per line). */
export interface Paragraph {
  index: number;
  start: number;
  /** Exclusive, before the line break and any trailing white space. */
  end: number;
}

/**
 * Splits the text into paragraphs. Every line break ends a paragraph, so an unbalanced mark can never
 * reach past its own line; blank lines are skipped (they only separate).
 */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let lineStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029) continue;
    pushTrimmed(text, lineStart, i, out);
    if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
  }
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Paragraph[]): void {
  let s = start, e = end;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ index: out.length, start: s, end: e });
}

/** White space, the byte-order mark and other invisible format characters. */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff || c === 0x200b ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680;
}
