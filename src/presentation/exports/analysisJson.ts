/** What Export Analysis as JSON writes. Pure (no VS Code API). */
import type { Analysis } from '../../extractor/types';

/** The analysis as JSON, with the URI of the document it came from first. */
export function analysisAsJson(a: Analysis, source: string): string {
  return `${JSON.stringify({ source, ...a }, null, 2)}\n`;
}
