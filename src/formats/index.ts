/**
 * Article files: which files are articles (a date line first, or Markdown front matter with a
 * date) and the text the analysis reads from each. Pure: no VS Code or Node API.
 */
export { DATE_LINE, firstLine, isDateLine, isoDay } from './dateLine';
export { findFrontMatter } from './frontMatter';
export type { DateField, FrontMatter } from './frontMatter';
export { markdownProse } from './markdownProse';
export { formatOfFileName, looksLikeArticle, proseOf } from './articleFormat';
export type { ArticleFormat } from './articleFormat';
export { setDateEdit } from './dateEdits';
