/**
 * The analysis of one article: the single data structure every presentation reads.
 *
 * Offsets are UTF-16 code units into the exact text given to `analyze` (as VS Code counts them).
 * `end` is exclusive. The JSON shape of ../shared/corpus/SCORING.md is a subset of this.
 */

/** A piece of the text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type DateStatus = 'ok' | 'missing' | 'invalid';

/** The ` date YYYY-MM-DD Headline` first line. */
export interface Header {
  /** ISO date when the header holds a real calendar date, else null. */
  date: string | null;
  dateStatus: DateStatus;
  /** The date as written (also for an impossible date such as 2019-02-30). */
  dateSpan: Span | null;
  headline: Span | null;
  /** The whole header line, when there is one. */
  line: Span | null;
}

export type QuoteKind = 'speech' | 'term';
export type QuoteMarkStyle =
  | 'curly-double' | 'straight-double' | 'curly-single' | 'straight-single'
  | 'doubled-apostrophe' // ''…'' (the New York Times)
  | 'tex' // ``…''
  | 'low-double' | 'low-single' // „…“ and ‚…‘
  | 'guillemet' | 'single-guillemet'; // «…», »…«, ‹…›

/** Who said a quote: a person or an organisation of `Analysis.people` / `Analysis.organisations`. */
export interface SpeakerRef {
  /** Canonical full name. */
  name: string;
  /** Id of the entity in `people` or `organisations`. */
  id: string;
  type: 'person' | 'organisation';
}

/** How a speaker was found, for hovers and for debugging attribution. */
export type AttributionMethod =
  | 'cue' // "X said", "said X", "according to X", "X told"
  | 'colon' // "X: “…”"
  | 'pronoun' // "he said" resolved to an antecedent
  | 'role' // "the Labour leader said" resolved by apposition or office
  | 'adjacent' // a cue in the previous or next sentence
  | 'continuation' // a quote paragraph right after a quote by the same speaker
  | 'context'; // no cue: the likeliest candidate nearby (sentence subject, latest speaker), scored by the ranker

export interface Quote {
  /** Index in `Analysis.quotes`, stable for one analysis. */
  index: number;
  /** Offsets and text of what stands between the marks. */
  start: number;
  end: number;
  text: string;
  /** The opening mark, and the closing one (null for a paragraph of a multi-paragraph quote left open). */
  open: Span;
  close: Span | null;
  style: QuoteMarkStyle;
  kind: QuoteKind;
  speaker: SpeakerRef | null;
  cue: Span | null;
  method: AttributionMethod | null;
  /** Index of the paragraph (0-based, the header line is paragraph 0 when present). */
  paragraph: number;
  /** True for the second and later paragraphs of a quote that runs over paragraphs. */
  continued: boolean;
}

/** One stretch of a member's time in the Commons with one party and one seat. */
export interface MpTerm {
  start: string;
  /** Null while still sitting at the end of the data. */
  end: string | null;
  party: string;
  constituency: string;
  /** The party is verified only up to this date. */
  partyAsOf?: string;
  /** Set when the term comes from a data update rather than the bundled data: its source, fetch day and licence line. */
  updated?: { source: string; fetched: string; licence: string };
}

export interface MpOffice {
  role: string;
  start: string;
  end: string | null;
}

/** A dissolution of Parliament: from `dissolved` (the first day with no Members) to the next polling day. */
export interface Dissolution {
  dissolved: string;
  pollingDay: string;
}

/** What the knowledge base says of a sitting MP on the article's date. */
export interface MpInfo {
  /** Knowledge-base person id. */
  personId: string;
  /** The name in the Commons records ("Christopher Huhne"), where `Person.name` is the article's ("Chris Huhne"). */
  name: string;
  party: string;
  constituency: string;
  /** The term that holds the date. */
  term: MpTerm;
  /** The term before and after it, when they touch it (the "history that matters"). */
  previous: MpTerm | null;
  next: MpTerm | null;
  /** The dissolution between `previous` and `term`, and between `term` and `next`, when one lies between them. */
  previousAcross?: Dissolution;
  nextAcross?: Dissolution;
  /** The dissolution that ends the Parliament in force on the date, when the data has it (none for the current one). */
  parliamentEnds?: Dissolution;
  /**
   * Start of the unbroken stretch in the Commons (re-elections included) that holds the date, and
   * whether it is the first day of the records (then the member sat since before it: not elected that day).
   */
  sittingSince: string;
  sinceRecordsStart: boolean;
  /** Offices held on the date. */
  offices: MpOffice[];
  /** The date the lookup used (the article's date, or the newest date of the data). */
  asOf: string;
}

export interface Mention extends Span {
  /** What form the mention takes. */
  form: 'full' | 'surname' | 'title' | 'given' | 'alias';
}

export type Gender = 'male' | 'female' | 'unknown';

export type MpStatus =
  | 'mp' // a sitting MP on the date
  | 'not-mp' // known to the data but not sitting on the date (former MP, later MP)
  | 'ambiguous' // a surname or name that fits several sitting MPs
  | 'unknown' // not in the data
  | 'no-data'; // the date lies outside the data's coverage

export interface MpCandidate {
  personId: string;
  name: string;
  party: string;
  constituency: string;
}

/** A known member who is not sitting on the date because Parliament stood dissolved. */
export interface DissolvedMembership extends Dissolution {
  /** The term that ran to the dissolution. */
  before: MpTerm;
  /** The term from the election, when re-elected (null: not returned, or not in the data). */
  after: MpTerm | null;
}

export interface Person {
  id: string;
  /** The fullest form of the name the article itself uses ("Chris Huhne"); the record's name is `mp.name`. */
  name: string;
  mentions: Mention[];
  gender: Gender;
  mp: MpInfo | null;
  mpStatus: MpStatus;
  /** For `not-mp` on a day Parliament stood dissolved: the member's seat up to it, and after the election. */
  dissolved?: DissolvedMembership;
  /** The name in the Commons records when the person is known to them and it differs from `name`. */
  recordName?: string;
  /** For `ambiguous`: the sitting MPs the name could be. */
  candidates?: MpCandidate[];
  /** Roles the text gives the person in appositions ("the Labour leader"), lower-case. */
  roles: string[];
}

export interface Organisation {
  id: string;
  name: string;
  mentions: Mention[];
}

export type NoticeCode =
  | 'no-date'
  | 'invalid-date'
  | 'date-before-data'
  | 'date-after-data'
  | 'party-unverified'
  | 'truncated'
  | 'unclosed-quote'
  | 'unopened-quote';

/** Something the reader should know about the limits of this analysis. */
export interface Notice {
  code: NoticeCode;
  message: string;
  span?: { start: number; end: number };
}

export interface Analysis {
  /** The article's date when known (as the header gives it), else null. */
  date: string | null;
  /** The date used for MP lookups: the article's date, or the newest date of the data. */
  lookupDate: string;
  header: Header;
  quotes: Quote[];
  people: Person[];
  organisations: Organisation[];
  notices: Notice[];
  stats: {
    words: number;
    milliseconds: number;
    /** True when the time budget ran out and later passes were skipped. */
    truncated: boolean;
    /**
     * People and speakers are worked out for the text before this offset: the text's length when
     * complete, 0 when not at all, else the end of a paragraph (or sentence) or the opening of the
     * first quote the budget left without its speaker.
     */
    speakersTo: number;
  };
}

export interface AnalyzeOptions {
  /** Time budget in milliseconds for the costly passes (people and attribution). */
  timeBudgetMs?: number;
  /** Fallback date for lookups when the article has none (default: newest date of the data). */
  defaultDate?: string;
  /**
   * The clock the time budget is measured with, in milliseconds (default: `performance.now`). A test
   * gives one that counts work, so that where a budget cuts does not depend on the machine's load.
   */
  clock?: () => number;
}
