import type * as vscode from 'vscode';
import type { Analysis } from '../extractor/types';

/** What `activate` returns: a small window into the extension for the integration tests. */
export interface PressGalleryApi {
  /** The analysis of the document's current version (made now if none is cached). */
  getAnalysis(document: vscode.TextDocument): Analysis;
  /** The Speakers view's items as shown: labels and descriptions, children indented by two spaces. */
  getSpeakersViewItems(): Promise<string[]>;
  /** For an editor: each decoration kind and the ranges it was given. */
  getDecorations(editor: vscode.TextEditor): Record<string, vscode.Range[]>;
  getStatusBarText(): string | undefined;
}
