/** The workspace index's status bar text. Pure (no VS Code API). */
import { plural } from '../text/words';

/** "$(sync~spin) Indexing 120 of 950 articles". */
export function indexingText(done: number, total: number): string {
  return `$(sync~spin) Indexing ${Math.min(done, total)} of ${plural(total, 'article')}`;
}
