/**
 * Whether a noun phrase that says or writes something names nobody a reader could name. The ranker asks it
 * of the subject beside a quote (its features "unnamedSigner", "unnamedLead"), and its training asks it of
 * PolNeAR's gold source phrases (goldLabels.ts), so that both mean the same by "nobody".
 */

import { isCommonWord } from '../../lexicon';

/** Quantities and determiners that open a phrase naming nobody: "a voter", "one official", "some Republicans", "14 percent". */
const INDEFINITE = /^(?:an?|one|another|some|several|many|multiple|few|numerous|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|\d[\d,.%]*|at least|more than|over|about|nearly|almost|half|most)(?=\s|$)/i;
/** Heads of a phrase that is no one person, whatever its determiner: "the crowd", "the ad's narrator", "the editorial". */
const NOBODY_HEADS = new Set(['crowd', 'audience', 'public', 'narrator', 'announcer', 'voice-over', 'voiceover', 'editorial']);
/** "the person said", "the source added": the anonymous source the article introduced earlier. */
const ANONYMOUS_BACK = new Set(['person', 'source', 'people']);
/**
 * Heads whose words are their author's or their principal's, whom the article may name ("a message on
 * Calabrese's website", "a Clinton spokesman", "documents from Diane Blair"): the gold cannot say.
 */
const SPEAKS_FOR_SOMEONE = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'representative', 'representatives',
  'message', 'messages', 'document', 'documents', 'report', 'reports', 'footnote', 'paper', 'papers', 'textbook', 'indictment',
  'projection', 'website', 'opinion', 'memo', 'letter', 'letters', 'statement', 'statements', 'email', 'emails', 'ad', 'ads',
  'video', 'post', 'posts', 'tweet', 'tweets', 'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'analysis', 'book',
  'excerpts', 'results', 'updates', 'rules', 'accounts', 'records', 'notes', 'files', 'remarks', 'comments', 'words',
  'headquarters', 'eyes', 'administration', 'transcript', 'summary', 'plan', 'law',
]);
/** Plural-looking heads that are not plurals. */
const NOT_PLURAL = /(?:ss|us|is|news|press|series|species)$/;
/** Where a phrase's core ends: after it come its modifiers ("a longtime adviser to Trump", "one person with knowledge of …"). */
const CORE_END = /,|\(|\s(?:who|that|which|whose|with|of|to|for|in|on|at|from|by|about|familiar|close|involved|speaking|known|obtained|released|linked|drafted|gathered|campaigning|titled)(?=\s|$)/i;

/**
 * A noun phrase that names nobody a reader could name: indefinite ("a longtime adviser to Trump", "one
 * senior administration official", "another"), a plural of people ("critics in both parties", "her lawyers":
 * never one person; a capitalised plural only if it is a common word, since "Sanders" looks like one), a crowd, a narrator, an editorial, or "the person" / "the source" (the anonymous one
 * introduced before). Not a definite description ("the Florida senator": a reader resolves it), not an
 * apposition that may name someone ("a strategist, Ann Cole,"), not a document or a spokesman (their
 * author or principal may be named).
 */
export function namesNobody(text: string): boolean {
  const phrase = text.trim().replace(/[,.;:]+$/, '');
  if (/,\s*\p{Lu}|,\s*an?\s/u.test(phrase)) return false;
  const core = phrase.split(CORE_END)[0].trim();
  const words = core.split(/\s+/).filter(Boolean);
  if (!words.length) return false;
  const written = words[words.length - 1].replace(/[’']s?$/, '');
  const head = written.toLowerCase();
  const lastTwo = words.slice(-2).join(' ').toLowerCase();
  if (NOBODY_HEADS.has(head) || lastTwo === 'voice over' || lastTwo === 'unsigned opinion') return true;
  if (SPEAKS_FOR_SOMEONE.has(head)) return false;
  if (INDEFINITE.test(core)) return words.length > 1 || /^(?:another|one|some|many)$/i.test(core);
  if (words.length === 2 && words[0].toLowerCase() === 'the' && ANONYMOUS_BACK.has(head)) return true;
  return /^\p{L}{3,}s$/u.test(written) && !NOT_PLURAL.test(head) && (written === head || isCommonWord(written) || isCommonWord(written.slice(0, -1)));
}
