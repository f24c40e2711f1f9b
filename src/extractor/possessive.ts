/**
 * A plural possessive (the MPs' vote, the Tories’ plans) looks like a closing single quote: an s, the
 * mark, a space. What follows tells them apart: a possessive is followed by what it owns (a noun or
 * an adjective), a closing mark by the sentence going on (he said, and, to, Mr Smith).
 */
const AFTER_A_CLOSER = new Set([
  // verbs of saying and the verbs and auxiliaries a sentence goes on with
  'said', 'says', 'say', 'saying', 'told', 'tells', 'added', 'adds', 'adding', 'asked', 'asks', 'wrote', 'writes', 'replied',
  'replies', 'insisted', 'insists', 'claimed', 'claims', 'warned', 'warns', 'declared', 'explained', 'continued', 'argued',
  'stated', 'suggested', 'remarked', 'recalled', 'noted', 'tweeted', 'posted', 'shouted', 'admitted', 'announced', 'urged',
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may',
  'might', 'must', 'shall', 'do', 'does', 'did', 'not', 'according', 'agreed', 'denied', 'responded', 'confirmed', 'revealed',
  'showed', 'became', 'remained', 'failed', 'helped', 'hurt', 'caused', 'meant', 'went', 'came', 'got', 'took', 'gave',
  // conjunctions, prepositions, pronouns, determiners that start what comes after a quote
  'and', 'but', 'or', 'nor', 'so', 'yet', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'off', 'on', 'onto', 'to',
  'with', 'without', 'over', 'under', 'after', 'before', 'because', 'since', 'while', 'whilst', 'when', 'where', 'which',
  'who', 'whom', 'whose', 'that', 'than', 'then', 'if', 'unless', 'though', 'although', 'about', 'against', 'during',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'him', 'them', 'us', 'me',
  'this', 'these', 'those', 'there', 'here', 'now', 'too', 'also', 'even', 'just', 'again', 'instead',
  'the', 'a', 'an',
]);

/** Capitalised words that follow a closing mark rather than a possessive: a new clause or a title. */
const CAPITALISED_AFTER_A_CLOSER = new Set([
  'He', 'She', 'It', 'They', 'We', 'I', 'You', 'The', 'A', 'An', 'But', 'And', 'This', 'That', 'There', 'In', 'On', 'At',
  'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady', 'Prof', 'Professor',
]);

/**
 * Whether the single mark at `pos` looks like the apostrophe of a plural possessive: after an s,
 * before a space and a word that a closing mark is not followed by.
 */
export function looksPossessive(text: string, pos: number, end: number): boolean {
  if (text[pos - 1] !== 's' || text[pos + 1] !== ' ') return false;
  let j = pos + 2;
  while (j < end && j < pos + 40 && /[A-Za-z-]/.test(text[j])) j++;
  const word = text.slice(pos + 2, j);
  if (!/^[A-Za-z]/.test(word)) return false;
  if (/^[a-z]/.test(word)) return !AFTER_A_CLOSER.has(word);
  return !CAPITALISED_AFTER_A_CLOSER.has(word);
}
