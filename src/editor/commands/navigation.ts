import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { nextQuote, previousQuote } from '../../presentation/navigation/quoteNavigation';
import { analysisFor, articleFor, uriOf } from './article';

/**
 * Selects a span of a document and scrolls it into view, in the editor that already shows the
 * document when there is one. `preserveFocus` keeps the keyboard where it is (a click in the
 * Speakers view).
 */
export async function revealRange(uriArg: unknown, start: number, end: number, preserveFocus = false): Promise<void> {
  const uri = uriOf(uriArg);
  if (!uri || typeof start !== 'number' || typeof end !== 'number') return;
  const doc = await vscode.workspace.openTextDocument(uri);
  const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === doc.uri.toString());
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: shown?.viewColumn, preserveFocus, preview: false });
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Next Quote / Previous Quote: selects the quotation after (before) the selection, wrapping at the ends. */
export async function moveToQuote(cache: AnalysisCache, direction: 'next' | 'previous'): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const doc = await articleFor();
  if (!editor || !doc || editor.document !== doc) return;
  const a = analysisFor(cache, doc);
  if (!a) return;
  const target = direction === 'next'
    ? nextQuote(a, doc.offsetAt(editor.selection.end))
    : previousQuote(a, doc.offsetAt(editor.selection.start));
  if (!target) {
    vscode.window.setStatusBarMessage('$(quote) Press Gallery: no quotations in this article', 3000);
    return;
  }
  const range = new vscode.Range(doc.positionAt(target.quote.start), doc.positionAt(target.quote.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  if (target.wrapped) {
    vscode.window.setStatusBarMessage(`$(quote) Press Gallery: ${direction === 'next' ? 'back to the first quote' : 'on to the last quote'}`, 3000);
  }
}
