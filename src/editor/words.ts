/** Short labels from article text. Pure (no VS Code API). */

/**
 * A quote named by its first words for lists (Outline, Speakers view, quick picks): a short quote
 * whole, else about `words` words and "…", never ending on a dash or a comma.
 */
export function quoteLabel(text: string, words = 8): string {
  const whole = text.length <= words * 40; // never split a long quote whole
  const clean = (whole ? text : text.slice(0, words * 40)).replace(/\s+/g, ' ').trim();
  const tokens = clean.split(' ');
  if (whole && (tokens.length <= words || (tokens.length <= words + 2 && clean.length <= 60))) return clean;
  const head = tokens.slice(0, words);
  while (head.length > 1 && /^[\p{P}\p{S}]+$/u.test(head[head.length - 1])) head.pop();
  return `${head.join(' ').replace(/[,;:–—-]+$/u, '')}…`;
}
