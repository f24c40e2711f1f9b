import { BODY_KINDS } from '../definiteBodies';
import type { Salience, Speaker } from '../salience';
import { type AttributionInput, paragraphFloor } from './input';

/**
 * "The Harmon Foundation declined to comment on the sale. “…,” the group said": an organisation
 * referred to by its kind ("the group", "the company", "the newspaper", "the campaign") is the one
 * organisation of that kind the text has put forward (as a speaker, or as a subject opening its
 * sentence) in the paragraph or the two before; else, the one such organisation put forward anywhere
 * before it. Two that fit, and a careful reader could not tell which: nobody.
 */
export function bodyHolder(input: AttributionInput, noun: string, pos: number, salient: Salience): Speaker {
  const kind = BODY_KINDS.get(noun);
  if (!kind) return null;
  const near = paragraphFloor(input, pos, 2);
  const inWindow = new Map<string, Speaker>(), anywhere = new Map<string, Speaker>();
  for (const s of salient.before(pos, 0, REACH)) {
    const sp = s.speaker;
    if (sp?.type !== 'organisation' || s.role === 'mention' || s.role === 'topic' || !fits(kind, sp.name)) continue;
    note(anywhere, sp);
    if (s.pos >= near) note(inWindow, sp);
  }
  if (inWindow.size) return inWindow.size === 1 ? [...inWindow.values()][0] : null;
  return anywhere.size === 1 ? [...anywhere.values()][0] : null;
}

/** Adds a body unless it is there already, perhaps under a longer or shorter name ("the New York Daily News" … "the Daily News"). */
function note(found: Map<string, Speaker>, body: Speaker & { type: 'organisation' }): void {
  const key = body.name.toLowerCase();
  for (const k of found.keys()) if (k === key || k.endsWith(` ${key}`) || key.endsWith(` ${k}`)) return;
  found.set(key, body);
}

/** How many people and bodies back the look goes: a bounded look on a long article. */
const REACH = 400;

/** News organisations by their names: "The Washington Post", "the Daily News", "CNN", "Fox News". */
const MEDIA = /\b(?:Times|Post|News|Journal|Herald|Tribune|Telegraph|Guardian|Gazette|Register|Magazine|Daily|Press|Review|Chronicle|Observer|Examiner|Star|Sun|Mail|Express|Mirror|Standard|Independent|Inquirer|Globe|Monitor|Leader|Bee|Dispatch|Courier|Weekly|Reuters|Bloomberg|Politico|Breitbart|Axios|Vox|Slate|Salon|CNN|MSNBC|CNBC|NBC|CBS|ABC|NPR|PBS|BBC|Fox|AP|Variety|Atlantic|Hill|TV|Radio)\b|^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?$/;
/** Governments, parties and their campaigns are called so, not "the group" or "the company". */
const NOT_A_GROUP = /\b(?:White House|Department|Ministry|Pentagon|Congress|Senate|House|Government|Administration|Democrats?|Republicans?|GOP|Party|Campaign|campaign|camp|Police|Army|Court)\b|^(?:UK Government|Downing Street|HM Treasury|Home Office|Labour Party|Conservative Party|Liberal Democrats)$/;

function fits(kind: 'group' | 'company' | 'media' | 'campaign', name: string): boolean {
  switch (kind) {
    case 'campaign': return /\b(?:campaign|camp)$/i.test(name);
    case 'media': return MEDIA.test(name);
    case 'group': case 'company': return !MEDIA.test(name) && !NOT_A_GROUP.test(name);
  }
}
