/** Short labels and counted words from article text, for every list and card. Pure (no VS Code API). */

/** "1 quote", "3 quotes"; `many` for plurals that are not the word and an s ("2 matches"). */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** The text on one line: runs of white space (line breaks included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A quote named by its first words for lists (Outline, Speakers view, quick picks): a short quote
 * whole, else about `words` words and "…", never ending on a dash or a comma.
 */
export function quoteLabel(text: string, words = 8): string {
  const whole = text.length <= words * 40; // never split a long quote whole
  const clean = oneLine(whole ? text : text.slice(0, words * 40));
  const tokens = clean.split(' ');
  if (whole && (tokens.length <= words || (tokens.length <= words + 2 && clean.length <= 60))) return clean;
  const head = tokens.slice(0, words);
  while (head.length > 1 && /^[\p{P}\p{S}]+$/u.test(head[head.length - 1])) head.pop();
  return `${head.join(' ').replace(/[,;:–—-]+$/u, '')}…`;
}
