/**
 * The names Press Gallery contributes (package.json) and uses in code, in one place. Pure: no VS
 * Code API, so the hover cards can link to commands and still be unit-tested in Node; the editor's
 * adapters register what is named here.
 */

export const LANGUAGE_ID = 'news-article';
export const MARKDOWN_ID = 'markdown';
export const PLAINTEXT_ID = 'plaintext';
export const OUTPUT_CHANNEL = 'Press Gallery';
export const CONFIG_SECTION = 'pressGallery';

/**
 * Settings renamed so that the Settings editor, which titles a setting from its key's last part,
 * shows a readable title ("MPs", not "Mps"; "Time Budget", not "Time Budget Ms"). Keys below
 * CONFIG_SECTION; the old keys are still read until the editor has moved their values (on start).
 */
export const RENAMED_SETTINGS: readonly { from: string; to: string }[] = [
  { from: 'highlight.mps', to: 'highlight.MPs' },
  { from: 'timeBudgetMs', to: 'timeBudget' },
  { from: 'debounceMs', to: 'analysisDelay' },
];

export const VIEW_CONTAINER_ID = 'pressGallery';
export const SPEAKERS_VIEW_ID = 'pressGallery.speakers';

export const Commands = {
  showSpeakers: 'pressGallery.showSpeakers',
  nextQuote: 'pressGallery.nextQuote',
  previousQuote: 'pressGallery.previousQuote',
  showQuotesBySpeaker: 'pressGallery.showQuotesBySpeaker',
  copyQuotesAsMarkdown: 'pressGallery.copyQuotesAsMarkdown',
  exportAnalysisAsJson: 'pressGallery.exportAnalysisAsJson',
  exportQuotesAsCsv: 'pressGallery.exportQuotesAsCsv',
  exportQuotesAsMarkdown: 'pressGallery.exportQuotesAsMarkdown',
  toggleHighlights: 'pressGallery.toggleHighlights',
  reanalyse: 'pressGallery.reanalyse',
  analyseAnyway: 'pressGallery.analyseAnyway',
  revealQuote: 'pressGallery.revealQuote',
  sortSpeakers: 'pressGallery.sortSpeakers',
  sortSpeakersByAppearance: 'pressGallery.sortSpeakersByAppearance',
  sortSpeakersByQuotes: 'pressGallery.sortSpeakersByQuotes',
  sortSpeakersByParty: 'pressGallery.sortSpeakersByParty',
  updateMpData: 'pressGallery.updateMpData',
  resetMpData: 'pressGallery.resetMpData',
  applyFix: 'pressGallery.applyFix',
  openSample: 'pressGallery.openSample',
  checkAllArticles: 'pressGallery.checkAllArticles',
  followCursorOn: 'pressGallery.speakersFollowCursor',
  followCursorOff: 'pressGallery.speakersStopFollowingCursor',
  showSources: 'pressGallery.showSources',
  showSourcesForFolder: 'pressGallery.showSourcesForFolder',
  stopIndexing: 'pressGallery.stopIndexing',
  rebuildIndex: 'pressGallery.rebuildIndex',
  treatAsArticle: 'pressGallery.treatAsArticle',
  stopTreatingAsArticle: 'pressGallery.stopTreatingAsArticle',
  setArticleDate: 'pressGallery.setArticleDate',
} as const;

/** Context keys for `when` clauses in package.json. */
export const ContextKeys = {
  /** The active editor (or, for the Speakers view, the article it shows) is a news article. */
  isArticle: 'pressGallery.isArticle',
  /** The Speakers view shows at least one speaker or unattributed quote. */
  hasSpeakers: 'pressGallery.hasSpeakers',
  /** The active article is above pressGallery.maxFileSizeMB and was not analysed. */
  tooLarge: 'pressGallery.tooLarge',
  /** The workspace index is being built (Stop Indexing Articles is offered). */
  indexing: 'pressGallery.indexing',
  /** The active article's analysis was cut short by the time budget. */
  cutShort: 'pressGallery.cutShort',
  /** The Speakers view's order: appearance, quotes or party. */
  speakersSort: 'pressGallery.speakersSort',
  /** The Speakers view selects what is under the editor's cursor. */
  followCursor: 'pressGallery.speakersFollowCursor',
} as const;

/** The argument of pressGallery.showQuotesBySpeaker (also what a Speakers view item carries). */
export interface ShowQuotesArgs {
  /** The article's URI as a string; the active editor's article when absent. */
  uri?: string;
  /** `Person.id` / `Organisation.id`, or UNATTRIBUTED_ID; a quick pick of speakers when absent. */
  speakerId?: string;
}

/** The speaker id that stands for speech quotes without a speaker. */
export const UNATTRIBUTED_ID = '(unattributed)';
