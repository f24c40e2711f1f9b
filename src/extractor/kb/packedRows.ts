/**
 * The people's rows as the Node bundles read them: one text file beside the bundle (dist/mps.people.txt,
 * written by scripts/build.mjs from the compact file), a row a line. Read as Latin-1 it is one copy into
 * one string; as part of the compact file's JSON it was a parse of 2,634 arrays of strings at every start
 * of the CLI, the extension and its worker (about 5 ms of the 8 the MP data took, and the scavenges that
 * copied them). A row is split into its fields when first asked for; an article looks at few of them.
 *
 * The format: fields by tabs, in KbPersonRow's order, a person's aliases by U+001F; a row without
 * stored names has seven fields. A backslash, a tab, a newline, U+001F and every character beyond ASCII
 * are written `\uXXXX` (UTF-16 code units), so the file is ASCII and Latin-1 reads it unchanged.
 */
import type { KbPersonRow } from './compact';

const FIELD = '\t';
const ROW = '\n';
const ALIAS = '\u001f';
const ESCAPED = /\\u([0-9a-f]{4})/g;

/** The rows of a packed text, each decoded on first use (and kept). */
export class PackedRows {
  readonly length: number;
  /** Where each row starts in the text; one more entry, past the last row's end. */
  private readonly starts: Int32Array;
  private readonly rows: Array<KbPersonRow | undefined>;

  private readonly text: string;

  constructor(text: string) {
    this.text = text.endsWith(ROW) ? text.slice(0, -1) : text;
    const starts: number[] = [0];
    for (let at = this.text.indexOf(ROW); at !== -1; at = this.text.indexOf(ROW, at + 1)) starts.push(at + 1);
    starts.push(this.text.length + 1);
    this.starts = Int32Array.from(starts);
    this.length = this.text.length ? starts.length - 1 : 0;
    this.rows = new Array<KbPersonRow | undefined>(this.length);
  }

  at(index: number): KbPersonRow | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    return (this.rows[index] ??= unpackRow(this.text.slice(this.starts[index], this.starts[index + 1] - 1)));
  }

  *[Symbol.iterator](): IterableIterator<KbPersonRow> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!;
  }
}

/** The packed text of rows (what the build writes; PackedRows reads it back). */
export function packRows(rows: readonly KbPersonRow[]): string {
  return rows.map(packRow).join(ROW);
}

function packRow(r: KbPersonRow): string {
  const fields = [escape(r[0]), escape(r[1]), escape(r[2]), escape(r[3]), r[4].map(escape).join(ALIAS), escape(rowText(r[5])), escape(rowText(r[6]))];
  if (r[7] !== undefined) fields.push(escape(r[7]));
  return fields.join(FIELD);
}

/** Terms and roles are packed as the compact file stores them (one encoded string each). */
function rowText(rows: KbPersonRow[5] | KbPersonRow[6]): string {
  if (typeof rows !== 'string') throw new Error('packRows: terms and roles must be encoded strings (compact.ts encodeRows)');
  return rows;
}

function unpackRow(line: string): KbPersonRow {
  const f = line.split(FIELD);
  const at = (i: number) => unescape(f[i]);
  const row: KbPersonRow = [at(0), at(1), at(2), at(3), f[4] ? f[4].split(ALIAS).map(unescape) : [], at(5), at(6)];
  if (f.length > 7) row.push(at(7));
  return row;
}

function escape(s: string): string {
  return s.replace(/[\\\t\n\u001f\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The field as written (the aliases field is split first: an alias's own U+001F is escaped). */
function unescape(s: string): string {
  return s.includes('\\') ? s.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}
