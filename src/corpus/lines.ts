/** Offsets to lines and columns without an editor's document. Pure (no VS Code or Node API). */
import { lastIndexWhere } from '../extractor/search';

/** The offset at which each line starts (after "\n"; "\r\n" ends a line at its "\n" as editors count). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 0-based line and character (UTF-16 code units) of an offset. */
export function positionAt(starts: readonly number[], offset: number): { line: number; character: number } {
  const line = Math.max(0, lastIndexWhere(starts.length, (k) => starts[k] <= offset));
  return { line, character: offset - starts[line] };
}
