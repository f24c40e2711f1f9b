import type { Span } from '../extractor/types';

/** YAML front matter at the very top of a Markdown file: `---`, lines of YAML, `---` (or `...`). */
export interface FrontMatter {
  /** From the opening fence to the end of the closing one (its line break not included). */
  start: number;
  end: number;
  /** Where the YAML lines begin (after the opening fence's line break). */
  bodyStart: number;
  /** The line break the opening fence ends with ("\n" or "\r\n"), to write new lines the same way. */
  eol: string;
  /** The top-level `date:` key, if there is one. */
  date: DateField | null;
}

export interface DateField {
  /** The whole `date: …` line, without its line break. */
  line: Span;
  /** The value as written, quotes and time of day included (`"2019-02-21T09:30:00Z"`). */
  value: Span;
  /** The ISO day the value starts with (`2019-02-21`), or null when it does not start with one. */
  day: Span | null;
}

const FENCE = /^---[ \t]*$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;
/** A top-level `date:` key (not indented, so not a key of a nested map). */
const DATE_KEY = /^date[ \t]*:[ \t]*/;
const ISO_DAY = /^["']?(\d{4}-\d{2}-\d{2})(?=$|[ \tT"'#])/;
/** Front matter is short: a file whose fence is not closed within this many lines has none. */
const MAX_LINES = 200;

/**
 * Finds the front matter and its top-level `date:` key with a line scanner rather than a YAML
 * parser: only one top-level scalar is read, and what the analysis needs is its exact offset in the
 * file, which a scanner gives directly. Reads at most MAX_LINES lines, so it is cheap on any file.
 */
export function findFrontMatter(text: string): FrontMatter | null {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let pos = bom;
  const first = nextLine(text, pos);
  if (!FENCE.test(first.text)) return null;
  const bodyStart = first.next;
  let date: DateField | null = null;
  pos = bodyStart;
  for (let n = 0; n < MAX_LINES && pos < text.length; n++) {
    const line = nextLine(text, pos);
    if (CLOSING.test(line.text)) {
      return { start: bom, end: pos + line.text.length, bodyStart, eol: first.eol || '\n', date };
    }
    if (!date) date = dateField(line.text, pos);
    pos = line.next;
  }
  return null;
}

function dateField(line: string, at: number): DateField | null {
  const key = DATE_KEY.exec(line);
  if (!key) return null;
  let valueText = line.slice(key[0].length);
  const comment = valueText.search(/[ \t]#/);
  if (comment >= 0) valueText = valueText.slice(0, comment);
  valueText = valueText.trimEnd();
  const valueStart = at + key[0].length;
  const iso = ISO_DAY.exec(valueText);
  const dayStart = iso ? valueStart + iso[0].length - iso[1].length : 0;
  return {
    line: { start: at, end: at + line.length, text: line },
    value: { start: valueStart, end: valueStart + valueText.length, text: valueText },
    day: iso ? { start: dayStart, end: dayStart + 10, text: iso[1] } : null,
  };
}

function nextLine(text: string, from: number): { text: string; next: number; eol: string } {
  let i = from;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  const eol = text.startsWith('\r\n', i) ? '\r\n' : i < text.length ? text[i] : '';
  return { text: text.slice(from, i), next: i + eol.length, eol };
}
