import { firstLine, isDateLine } from './dateLine';
import { findFrontMatter } from './frontMatter';
import { markdownProse } from './markdownProse';

/** How an article file is written: prose with a date line (.article, .txt) or Markdown. */
export type ArticleFormat = 'plain' | 'markdown';

/**
 * Whether a file looks like an article without reading past its head: a date line first, or, in
 * Markdown, YAML front matter with a top-level `date:`. Costs one first-line test for plain text.
 */
export function looksLikeArticle(text: string, format: ArticleFormat): boolean {
  if (isDateLine(firstLine(text))) return true;
  return format === 'markdown' && !!findFrontMatter(text)?.date;
}

/** The text the analysis reads: the file itself, or a Markdown file's prose (same offsets). */
export function proseOf(text: string, format: ArticleFormat): string {
  return format === 'markdown' ? markdownProse(text) : text;
}

/** Markdown file names, as VS Code's Markdown language claims them. */
const MARKDOWN_NAME = /\.(?:md|markdown|mdown|mkd|mkdn|mdwn|mdtxt|mdtext)$/i;

/** The format a file's name says it is in (for the command-line tool, which has no languages). */
export function formatOfFileName(name: string): ArticleFormat {
  return MARKDOWN_NAME.test(name) ? 'markdown' : 'plain';
}
