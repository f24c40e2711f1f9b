import type { Token } from './tokens';

/** Forms of "be" that make a following participle passive: "was told", "had been reported", "is said". */
const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s"]);
/** Words that may stand between "be" and its participle: "was also told", "has been repeatedly asked". */
const BETWEEN = new Set(['also', 'not', 'never', 'reportedly', 'then', 'later', 'once', 'previously', 'even', 'still', 'just', 'repeatedly', 'publicly', 'privately', 'widely']);

/**
 * "Mr Lang was told", "she had been asked", "the plans were described as": a reporting verb in the
 * passive names the hearer or the topic, never the speaker, so its subject is no one's cue. Forms in
 * -ing stay active ("was saying", "was speaking").
 */
export function isPassiveReport(tokens: readonly Token[], v: number, sameSentence: (a: number, b: number) => boolean): boolean {
  if (/ing$/.test(tokens[v].norm)) return false;
  let k = v - 1;
  while (k >= 0 && sameSentence(k, v) && (BETWEEN.has(tokens[k].norm) || (/ly$/.test(tokens[k].norm) && !tokens[k].cap)) && !/[,;:()“”"]/.test(tokens[k + 1].gap)) k--;
  return k >= 0 && sameSentence(k, v) && BE_FORMS.has(tokens[k].norm) && !/[,;:()“”"]/.test(tokens[k + 1].gap);
}
