import * as vscode from 'vscode';
import type { Diagnostics } from './diagnostics';

/**
 * Quick fixes for the sub-editor's checks. A fix edits the document only when the user picks it from
 * the light bulb (its title says what it changes); nothing is applied on its own.
 */
export class CodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: Diagnostics) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      const fix = d.source === 'Press Gallery' ? this.diagnostics.problemFor(document.uri, d)?.fix : undefined;
      if (!fix) continue;
      const { title, edit } = fix;
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [d];
      action.isPreferred = true;
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.text);
      out.push(action);
    }
    return out;
  }
}
