/**
 * Common English short forms of given names, as the press writes them ("Matt Hancock", "Rob Halfon",
 * "Phil Hammond") where the Commons records have the full form (Matthew, Robert, Philip), and the
 * other way round. Only forms in wide use for that name: a short form that stands for several
 * (Chris: Christopher or Christine) lists each, and the knowledge base still needs the surname to
 * agree, so a short form links a person only when exactly the record's name results.
 */
const TABLE: Record<string, readonly string[]> = {
  abi: ['abigail'], alex: ['alexander', 'alexandra'], alf: ['alfred'], andy: ['andrew'], angie: ['angela'],
  ben: ['benjamin'], bernie: ['bernard'], bill: ['william'], billy: ['william'], bob: ['robert'], bobby: ['robert'],
  cathy: ['catherine'], kate: ['katherine', 'catherine', 'kathryn'], kath: ['kathryn', 'katherine'], chris: ['christopher', 'christine', 'christina'],
  charlie: ['charles'], chuck: ['charles'], dan: ['daniel'], danny: ['daniel'], dave: ['david'], debbie: ['deborah'],
  des: ['desmond'], di: ['diane', 'diana'], dick: ['richard'], dom: ['dominic'], don: ['donald'], doug: ['douglas'],
  ed: ['edward'], eddie: ['edward'], fran: ['frances', 'francis'], fred: ['frederick'], gerry: ['gerald', 'gerard'],
  greg: ['gregory'], harry: ['henry', 'harold'], jack: ['john'], jackie: ['jacqueline'], jacqui: ['jacqueline'],
  jake: ['jacob'], jamie: ['james'], jim: ['james'], jimmy: ['james'], jo: ['joanne', 'joanna', 'josephine', 'joseph'],
  joe: ['joseph'], jon: ['jonathan'], jonny: ['jonathan'], ken: ['kenneth'], kenny: ['kenneth'], larry: ['lawrence'],
  liz: ['elizabeth'], lizzie: ['elizabeth'], maggie: ['margaret'], mags: ['margaret'], matt: ['matthew'], mike: ['michael'],
  mick: ['michael'], nick: ['nicholas'], nicky: ['nicola', 'nicholas'], nikki: ['nicola'], pat: ['patrick', 'patricia'],
  pete: ['peter'], phil: ['philip', 'phillip'], ray: ['raymond'], rob: ['robert'], robbie: ['robert'], ron: ['ronald'],
  ros: ['rosalind', 'rosamund'], sam: ['samuel', 'samantha'], sandy: ['alexander'], steve: ['stephen', 'steven'],
  sue: ['susan'], ted: ['edward'], terry: ['terence'], theo: ['theodore'], tim: ['timothy'], tom: ['thomas'],
  tommy: ['thomas'], tony: ['anthony'], vince: ['vincent'], viv: ['vivian', 'vivienne'], will: ['william'],
  zac: ['zachary'],
};

const FULL_TO_SHORT = new Map<string, string[]>();
// A Map, not the object: a given name read from the text may be "constructor" or "valueOf".
const SHORT_TO_FULL = new Map(Object.entries(TABLE));
for (const [short, fulls] of SHORT_TO_FULL) {
  for (const full of fulls) {
    const list = FULL_TO_SHORT.get(full);
    if (list) list.push(short);
    else FULL_TO_SHORT.set(full, [short]);
  }
}

/** Other forms of a (normalised) given name: "matt" → ["matthew"], "matthew" → ["matt"]. */
export function givenNameForms(given: string): readonly string[] {
  return [...(SHORT_TO_FULL.get(given) ?? []), ...(FULL_TO_SHORT.get(given) ?? [])];
}

/** Are these two given names forms of one name ("Chris" and "Christopher")? */
export function sameGivenName(a: string, b: string): boolean {
  return a === b || givenNameForms(a).includes(b);
}
