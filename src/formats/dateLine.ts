/**
 * The date line that makes a file an article: ` date 2019-02-21 Headline…` as its first line. The
 * same pattern as the news-article language's `firstLine` in package.json (a unit test keeps the
 * two equal), so a file VS Code recognises and a file Press Gallery recognises are the same files.
 */
export const DATE_LINE = /^\uFEFF?[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}(?:[ \t]|$)/;

/** True when `line` (a file's first line, without its line break) is a date line. */
export function isDateLine(line: string): boolean {
  return DATE_LINE.test(line);
}

/** The first line of a text, without its line break (never copies more than that line). */
export function firstLine(text: string): string {
  const n = text.search(/[\r\n]/);
  return n < 0 ? text : text.slice(0, n);
}

/** `YYYY-MM-DD` of a moment in local time: the day on the writer's own calendar. */
export function isoDay(when: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
}
