import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import { nextQuote, previousQuote } from '../../presentation/lookup';

/** Selects a span of the document and scrolls it into view. */
export async function reveal(uri: vscode.Uri | string, start: number, end: number): Promise<void> {
  const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  const doc = await vscode.workspace.openTextDocument(target);
  const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Moves the selection to the next (or previous) quote after the cursor, wrapping at the ends. */
export async function moveToQuote(store: AnalysisStore, direction: 'next' | 'previous'): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const a = store.get(editor.document);
  const offset = editor.document.offsetAt(editor.selection.active);
  const q = direction === 'next' ? nextQuote(a, offset) : previousQuote(a, offset);
  if (!q) {
    void vscode.window.showInformationMessage('Press Gallery: this article has no quotations.');
    return;
  }
  await reveal(editor.document.uri, q.start, q.end);
}
