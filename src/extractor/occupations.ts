import { charKind, isLetterKind } from './charClass';

/**
 * Occupations outside politics that, written straight before a name or as the head of the phrase
 * after it, say who the person is: "presenter Fiona Bruce", "Fiona Bruce, the Question Time
 * presenter,", "comedian Rob Wilson". A member of the Commons who shares the name is someone else
 * (the BBC's Fiona Bruce is not the member for Congleton), as with "Councillor Sarah Jones". Only callings a sitting member is not introduced by: no "author",
 * "historian", "barrister", "businessman" or "journalist", which members are.
 */
const OCCUPATIONS = new Set([
  'presenter', 'co-presenter', 'newsreader', 'broadcaster', 'host', 'co-host', 'anchor', 'pundit', 'commentator',
  'comedian', 'comedienne', 'comic', 'actor', 'actress', 'singer', 'singer-songwriter', 'songwriter', 'musician',
  'rapper', 'guitarist', 'drummer', 'pianist', 'composer', 'conductor', 'dancer', 'ballerina', 'magician', 'dj',
  'footballer', 'cricketer', 'golfer', 'boxer', 'jockey', 'swimmer', 'cyclist', 'athlete', 'sprinter', 'rower',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'referee', 'chef', 'model', 'novelist', 'poet', 'playwright',
  'screenwriter', 'artist', 'painter', 'sculptor', 'photographer', 'designer', 'youtuber', 'influencer', 'astronaut',
  'mountaineer', 'explorer',
]);

/** Words that put the calling in the past: "former presenter Gloria De Piero" may be the member since. */
const PAST = new Set(['former', 'ex', 'one-time', 'onetime', 'erstwhile', 'retired', 'then']);

/** A word of PAST, in any case, with or without a trailing hyphen ("Ex-"). */
function isPast(word: string): boolean {
  return PAST.has(word.toLowerCase().replace(/-$/, ''));
}

/** How many words before the calling are read for a word of the past: "former BBC Breakfast presenter". */
const PAST_REACH = 3;

/** The name starting at `start` is introduced by a present calling outside politics ("presenter Fiona Bruce"). */
export function occupationBefore(text: string, start: number): boolean {
  const calling = wordEndingAt(text, spacesBefore(text, start));
  if (!calling || !OCCUPATIONS.has(calling.text.toLowerCase())) return false;
  let word = calling;
  for (let n = 0; n < PAST_REACH; n++) {
    const previous = wordEndingAt(text, spacesBefore(text, word.start));
    if (!previous) return true; // the phrase starts here (a line's start, punctuation)
    if (isPast(previous.text)) return false;
    word = previous;
  }
  return true;
}

/** Where the spaces or tabs before `at` begin (at itself if none). */
function spacesBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i;
}

/** The word (letters and inner hyphens, "singer-songwriter", or a trailing one, "ex-") ending at `end`, or null. */
function wordEndingAt(text: string, end: number): { text: string; start: number } | null {
  let i = end;
  while (i > 0 && (isLetterKind(charKind(text.charCodeAt(i - 1))) || text.charCodeAt(i - 1) === 45)) i--;
  return i < end ? { text: text.slice(i, end), start: i } : null;
}

/** ", the Question Time presenter,", ", a Labour-supporting comedian,": who someone is, up to the closing comma. */
const DESCRIPTION_AFTER = /^[ \t]*,[ \t]*(?:the|a|an)[ \t]+([^,.;:!?"“”()\n]{0,60}?)[ \t]*,/;

/**
 * The name ending at `end` is described right after it by a present calling outside politics:
 * "Fiona Bruce, the Question Time presenter, said". Not ", the former footballer," (the member may
 * have been one), nor a description whose last word is no calling (", the comedian's MP,").
 */
export function occupationAfter(text: string, end: number): boolean {
  const described = DESCRIPTION_AFTER.exec(text.slice(end, end + 80));
  if (!described) return false;
  const words = described[1].toLowerCase().split(/[ \t]+/);
  return OCCUPATIONS.has(words[words.length - 1]) && !words.some(isPast);
}
