import type * as vscode from 'vscode';
import type { Analysis } from '../extractor/types';

/**
 * What `activate` returns: a small window into the extension for integration tests (through
 * `vscode.extensions.getExtension('press-gallery.press-gallery').activate()`).
 */
export interface PressGalleryApi {
  /**
   * The analysis the providers read for the document's current version (made now if none is
   * cached). Undefined when the document is not an open news article, when it is above
   * pressGallery.maxFileSizeMB and nobody ran Analyse Large File Anyway, or when the analysis failed.
   */
  getAnalysis(target: vscode.Uri | vscode.TextDocument): Analysis | undefined;
  /**
   * The Speakers view's items as shown, depth first: `label (description)` (or just the label when it
   * has no description), children indented by two spaces per level.
   */
  getSpeakersViewItems(): string[];
  /** For an editor: each decoration key (see src/editor/highlightPlan.ts) and the ranges it was given. */
  getDecorations(editor: vscode.TextEditor): Record<string, vscode.Range[]>;
  /** The status bar item's text, or undefined while it is hidden. */
  getStatusBarText(): string | undefined;
}
