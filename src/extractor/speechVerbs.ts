/**
 * Verbs that report words: their forms as they appear in news text. A form here marks a possible cue;
 * whose words they are is decided by the subject next to it.
 */
const STEMS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  accuse: ['accuse', 'accuses', 'accused', 'accusing'],
  brand: ['brand', 'brands', 'branded', 'branding'],
  call: ['call', 'calls', 'called', 'calling'],
  describe: ['describe', 'describes', 'described', 'describing'],
  dismiss: ['dismiss', 'dismisses', 'dismissed', 'dismissing'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting'],
  state: ['state', 'states', 'stated', 'stating'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  apologise: ['apologise', 'apologises', 'apologised', 'apologising', 'apologize', 'apologizes', 'apologized'],
  ask: ['ask', 'asks', 'asked', 'asking'],
  note: ['note', 'notes', 'noted', 'noting'],
  predict: ['predict', 'predicts', 'predicted', 'predicting'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  caution: ['caution', 'cautions', 'cautioned', 'cautioning'],
  demand: ['demand', 'demands', 'demanded', 'demanding'],
  agree: ['agree', 'agrees', 'agreed', 'agreeing'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  stress: ['stress', 'stresses', 'stressed', 'stressing'],
  respond: ['respond', 'responds', 'responded', 'responding'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  answer: ['answered'], // not "answer", "answers": mostly nouns ("in answer to", "he wants answers")
  compare: ['compare', 'compares', 'compared', 'comparing'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  urge: ['urge', 'urges', 'urged', 'urging'],
  continue: ['continue', 'continues', 'continued'],
  conclude: ['conclude', 'concludes', 'concluded'],
  promise: ['promise', 'promises', 'promised', 'promising'],
  vow: ['vow', 'vows', 'vowed', 'vowing'],
  pledge: ['pledge', 'pledges', 'pledged', 'pledging'],
  complain: ['complain', 'complains', 'complained', 'complaining'],
  recall: ['recall', 'recalls', 'recalled', 'recalling'],
  reveal: ['reveal', 'reveals', 'revealed', 'revealing'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  maintain: ['maintain', 'maintains', 'maintained'],
  concede: ['concede', 'concedes', 'conceded', 'conceding'],
  quip: ['quip', 'quips', 'quipped'],
  joke: ['joke', 'jokes', 'joked'],
  tweet: ['tweet', 'tweets', 'tweeted', 'tweeting'],
  post: ['posted'],
  shout: ['shout', 'shouts', 'shouted'],
  label: ['label', 'labels', 'labelled', 'labeled', 'labelling'],
  lament: ['lament', 'laments', 'lamented'],
  protest: ['protest', 'protests', 'protested'],
  reply2: ['retort', 'retorts', 'retorted'],
  question: ['question', 'questioned', 'questions'],
  hint: ['hint', 'hints', 'hinted'],
  report: ['reported'],
  boast: ['boast', 'boasts', 'boasted'],
  assure: ['assure', 'assures', 'assured'],
  inform: ['inform', 'informs', 'informed'],
  mutter: ['mutter', 'muttered'],
  proclaim: ['proclaim', 'proclaims', 'proclaimed', 'self-proclaimed'],
  go: ['goes'],
  counter: ['counter', 'counters', 'countered'],
  praise: ['praise', 'praises', 'praised', 'praising'],
  attack: ['attack', 'attacks', 'attacked', 'attacking'],
  criticise: ['criticise', 'criticises', 'criticised', 'criticising', 'criticize', 'criticized'],
  condemn: ['condemn', 'condemns', 'condemned', 'condemning'],
  welcome: ['welcome', 'welcomes', 'welcomed', 'welcoming'],
  blame: ['blame', 'blames', 'blamed', 'blaming'],
  hail: ['hail', 'hails', 'hailed', 'hailing'],
  mock: ['mock', 'mocks', 'mocked', 'mocking'],
  reject: ['reject', 'rejects', 'rejected', 'rejecting'],
  rebut: ['rebut', 'rebuts', 'rebutted'],
  rebuke: ['rebuke', 'rebukes', 'rebuked'],
  quote: ['quoted'],
  recommend: ['recommend', 'recommends', 'recommended'],
  cite: ['cite', 'cites', 'cited'],
  observe: ['observe', 'observes', 'observed', 'observing'],
  remark: ['remarked', 'remarks', 'remarking'],
  muse: ['mused', 'muses', 'musing'],
  snap: ['snapped', 'snaps'],
  scoff: ['scoffed', 'scoffs'],
  exclaim: ['exclaim', 'exclaims', 'exclaimed', 'exclaiming'],
  recount: ['recount', 'recounts', 'recounted', 'recounting'],
  reiterate: ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  emphasise: ['emphasise', 'emphasises', 'emphasised', 'emphasising', 'emphasize', 'emphasizes', 'emphasized', 'emphasizing'],
  assert: ['asserted', 'asserts', 'asserting'],
  contend: ['contend', 'contends', 'contended', 'contending'],
  elaborate: ['elaborated', 'elaborates'],
  yell: ['yell', 'yells', 'yelled', 'yelling'],
  scream: ['screamed', 'screams', 'screaming'],
  chant: ['chanted', 'chanting'],
  beam: ['beamed'],
  bark: ['barked'],
  charge: ['charged'], // "“…,” Kelly charged"; not "charge", "charges": mostly nouns
  speak: ['spoke', 'speaks', 'speaking'],
  text: ['texted'],
  email: ['emailed'],
};

const FORMS = new Map<string, string>();
for (const [stem, forms] of Object.entries(STEMS)) for (const f of forms) FORMS.set(f, stem);
/** The bare forms ("say", "retort", "claim"): the first of each list, where it is one (not "posted", "spoke"). */
const BARE = new Set(Object.values(STEMS).map((forms) => forms[0]).filter((f) => !/(?:ed|[^s]s)$/.test(f) && f !== 'spoke'));

/** The word is a reporting verb's bare form ("retort", "claim"), which after "a" is a noun. */
export function bareSpeechVerb(word: string): boolean {
  return BARE.has(word);
}

/**
 * The stem of a reporting verb form, or undefined. Callers mostly pass a token's norm, lower case
 * already: looked up as it is first, since lower-casing a word cut from the text makes a copy of it.
 */
export function speechVerbStem(word: string): string | undefined {
  const stem = FORMS.get(word);
  return stem !== undefined || !mayChangeCase(word) ? stem : FORMS.get(word.toLowerCase());
}

/** The word has a character toLowerCase could change: an ASCII capital or anything above ASCII. */
function mayChangeCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

/** Forms that can come before their subject: "…,” said Mr Smith. */
const INVERTING = new Set(['say', 'add', 'write', 'ask', 'continue', 'reply', 'reply2', 'observe', 'remark', 'muse', 'snap', 'scoff', 'exclaim', 'recount', 'conclude', 'insist', 'warn', 'explain', 'note', 'argue', 'claim']);
export function canInvert(stem: string): boolean {
  return INVERTING.has(stem);
}

/** Words between a subject and its reporting verb: "has also said", "is alleged to have told". */
export const AUXILIARIES = new Set([
  'has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'also', 'later', 'then', 'reportedly', 'once', 'previously',
  'alleged', 'to', 'said', 'will', 'would', 'could', 'may', 'might', 'did', 'does', 'do', 'not', 'just', 'recently',
  'repeatedly', 'again', 'already', 'yesterday', 'today', 'separately', 'personally', 'pointedly', 'darkly', 'publicly',
  'privately', 'openly', 'simply', 'only', 'even', 'further', 'first', 'apparently', 'famously', 'memorably', 'angrily',
  'bluntly', 'flatly', 'firmly', 'clearly', 'quickly', 'candidly', 'tartly', 'frankly', 'herself', 'himself', 'going',
  'now', 'still', 'often', 'sometimes', 'always',
]);

/** Words after a verb that keep the cue going: "said that", "told MPs that", "was quoted as saying". */
export const CUE_TAIL = new Set(['that', 'it', 'was', 'the', 'a', 'as', 'of', 'in', 'on', 'to']);
