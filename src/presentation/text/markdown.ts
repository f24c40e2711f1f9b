/**
 * Small Markdown helpers, as GitLens keeps them: escaping, emphasis, badges and command links. Pure:
 * strings in, Markdown out. The hover cards, the status bar tooltip and the Markdown export all write
 * with these, so text from the article shows as written everywhere.
 */
import { quoteLabel } from './words';

/** A hard line break inside a paragraph. */
export const BR = '  \n';
/** A horizontal rule between the sections of a card. */
export const RULE = '\n\n---\n\n';

/** Escapes text taken from the article or the data so it shows as written (no links, emphasis, icons, HTML). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#$~|&]/g, '\\$&').replace(/\r?\n|\r/g, ' ');
}

export function bold(text: string): string {
  return `**${escapeMarkdown(text)}**`;
}

export function italic(text: string): string {
  return `_${escapeMarkdown(text)}_`;
}

/** Inline code; backticks inside are dropped (a badge never needs one). */
export function code(text: string): string {
  return `\`${text.replace(/`/g, '')}\``;
}

/** "“the first words of a quote…”", escaped. */
export function quoted(text: string, words = 12): string {
  return `“${escapeMarkdown(quoteLabel(text, words))}”`;
}

/** A `command:` URI with its arguments, as VS Code decodes them (a JSON array, URI-encoded). */
export function commandUri(command: string, ...args: unknown[]): string {
  // encodeURIComponent leaves ( and ) alone; they would end the Markdown link early.
  const query = encodeURIComponent(JSON.stringify(args)).replace(/\(/g, '%28').replace(/\)/g, '%29');
  return args.length ? `command:${command}?${query}` : `command:${command}`;
}

/** A Markdown link that runs a command; the MarkdownString must trust exactly that command. */
export function commandLink(title: string, command: string, ...args: unknown[]): string {
  return `[${escapeMarkdown(title)}](${commandUri(command, ...args)} "${title.replace(/"/g, "'")}")`;
}
