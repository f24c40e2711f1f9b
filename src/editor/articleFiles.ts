import * as vscode from 'vscode';

/**
 * Files the workspace index reads to see whether they are articles: the news-article extensions, and
 * plain text and Markdown, which are articles when their first line is a date line.
 */
export const ARTICLE_CANDIDATES = '**/*.{article,news,txt,md,markdown}';

const ARTICLE_EXTENSION = /\.(?:article|news)$/i;
/** The news-article language's `firstLine` (package.json). */
const DATE_LINE = /^\uFEFF?[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}(?:[ \t]|$)/;

/**
 * The text of a file if it is an article, by the editor's rules: a news-article extension, a file
 * of pressGallery.files.include, or a first line that is a date line. Undefined for anything else,
 * and for binary or non-UTF-8 bytes.
 */
export function articleTextOf(uri: vscode.Uri, bytes: Uint8Array, included: boolean): { original: string; analysed: string } | undefined {
  if (bytes.includes(0)) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  const firstLine = text.slice(0, Math.max(0, text.search(/[\r\n]|$/)));
  if (!included && !ARTICLE_EXTENSION.test(uri.path) && !DATE_LINE.test(firstLine)) return undefined;
  return { original: text, analysed: text };
}
