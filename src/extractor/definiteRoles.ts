import type { Token } from './tokens';
import { isFormer, isRoleHead, isRoleWord, type RoleNoun } from './roleNouns';

/**
 * Offices and descriptions of US copy that stand for one person the article has introduced: "the
 * senator", "the Texas senator", "the Democratic nominee", "the real estate mogul". They name
 * nobody by themselves; `describedHolder` (attribution) finds whom the article described so.
 */
const DESCRIPTION_HEADS = new Set([
  'senator', 'governor', 'congressman', 'congresswoman', 'lawmaker', 'nominee', 'front-runner', 'frontrunner', 'hopeful',
  'businessman', 'businesswoman', 'mogul', 'billionaire', 'ambassador', 'justice', 'governor-elect', 'president-elect',
  // UK local copy: "Cllr Jane Doe … the councillor said", "Edna Fox, a pensioner, … the pensioner said"
  'councillor', 'pensioner', 'headteacher', 'grandmother', 'grandfather', 'teenager',
]);

/** "the 46-year-old": an age, which the article gave someone ("Melania Trump, 46,"). */
export const AGE = /^\d{1,3}-year-old$/;

/** "the mother-of-two": a family the article gave someone ("Kerry Wells, a mother-of-two,", "Mum-of-two Kerry Wells"). */
export const FAMILY = /^(?:mother|father|mum|dad|grandmother|grandfather|grandad|gran)-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$/;

/** Lower-case words that may describe such a person between "the" and the head. */
const DESCRIPTION_WORDS = /^(?:former|presidential|vice|real|estate|state|top|longtime|likely|presumptive|party's|party|gop|junior|senior|freshman|veteran|two-term|three-term|first-term|outgoing|incoming|current|then|billionaire|republican|democratic|independent|conservative|liberal|progressive|white|house|u\.s|us|american|national|campaign|campaign's|chief|general|state's|new|york|attorney|secretary|of|defense|homeland|security|treasury|labor|energy|commerce|transportation|justice|health|education|interior|agriculture|veterans|affairs|housing|majority|minority|whip|leader)$/;

/** A word that may stand in a description of a person: a capitalised one (a state, a party), an office, a describing word. */
export function describingWord(t: Token): boolean {
  return t.cap || DESCRIPTION_HEADS.has(t.norm) || DESCRIPTION_WORDS.test(t.norm) || isRoleWord(t.norm) || isRoleHead(t.norm);
}

/**
 * A definite description ending at token `end`: "the" (at most seven words back, within the sentence
 * from `floor`), then capitalised words (states, parties) or describing words, then an office or
 * description head. Null for anything else, so UK role nouns keep their own reading.
 */
export function definiteRoleEndingAt(tokens: readonly Token[], end: number, floor: number): RoleNoun | null {
  const head = tokens[end]?.norm;
  if (!head || !(DESCRIPTION_HEADS.has(head) || isRoleHead(head) || AGE.test(head) || FAMILY.test(head))) return null;
  for (let k = end - 1; k >= floor && k >= end - 7; k--) {
    if (/[,.;:!?()“”"‘’—–]/.test(tokens[k + 1].gap)) return null;
    const t = tokens[k];
    if (t.norm === 'the') {
      if (k > floor && /^(?:of|for|to|with|by|from|about|against|at|on|in)$/.test(tokens[k - 1].norm) && !/[,.;:]/.test(tokens[k].gap)) return null; // "a friend of the senator"
      const words = tokens.slice(k, end + 1).map((w) => w.norm);
      return { from: k, to: end + 1, phrase: words.join(' '), former: isFormer(words), anonymous: false, described: true };
    }
    if (!describingWord(t) || /^(?:a|an|his|her|their|its|one)$/.test(t.norm)) return null;
  }
  return null;
}
