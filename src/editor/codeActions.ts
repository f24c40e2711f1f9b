import * as vscode from 'vscode';
import type { Diagnostics } from './diagnostics';
import { Commands } from '../presentation/ids';

/**
 * Quick fixes for the sub-editor's checks. A fix edits the document only when the user picks it from
 * the light bulb (its title says what it changes); nothing is applied on its own.
 */
export class CodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: Pick<Diagnostics, 'problemFor'>) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      const problem = d.source === 'Press Gallery' ? this.diagnostics.problemFor(document.uri, d) : undefined;
      if (problem?.check === 'dateLine') {
        // Which date is the user's to say: the command asks (today, the file's date, or typed).
        const action = new vscode.CodeAction('Insert date line…', vscode.CodeActionKind.QuickFix);
        action.diagnostics = [d];
        action.isPreferred = true;
        action.command = { title: 'Insert date line…', command: Commands.setArticleDate, arguments: [document.uri] };
        out.push(action);
        continue;
      }
      if (!problem?.fix) continue;
      // The preferred fix (the light bulb's first, and Auto Fix's), then the others: a party's other house form.
      [problem.fix, ...(problem.otherFixes ?? [])].forEach(({ title, edit }, i) => {
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [d];
        action.isPreferred = i === 0;
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.text);
        out.push(action);
      });
    }
    return out;
  }
}
