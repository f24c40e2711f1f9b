import * as vscode from 'vscode';
import type { ApplyFixArgs } from '../../presentation/hoverCards/cards';

/**
 * Apply a fix from a hover card's link ("Change to Conservative"): one edit, the one the link names,
 * to the version of the article the card was made for. If the article changed since, nothing is
 * changed and the reader is told to hover again.
 */
export async function applyFix(arg: unknown): Promise<void> {
  const fix = arg as Partial<ApplyFixArgs> | undefined;
  if (!fix || typeof fix.uri !== 'string' || typeof fix.start !== 'number' || typeof fix.end !== 'number' || typeof fix.text !== 'string') return;
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === fix.uri);
  if (!doc) return;
  if (doc.version !== fix.version) {
    void vscode.window.showInformationMessage('Press Gallery: the article has changed since this card was shown, so the fix was not applied. Hover over the name again for a fix that fits.');
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(fix.start), doc.positionAt(fix.end)), fix.text);
  await vscode.workspace.applyEdit(edit);
}
