import * as vscode from 'vscode';
import type { WorkspaceIndex } from './workspaceIndex';
import type { WorkspacePerson, Range4 } from '../corpus/articleIndex';
import { SymbolKinds } from './symbolProvider';
import { workspacePersonDetail } from '../corpus/labels';
import { safely } from './log';

export function toRange(r: Range4): vscode.Range {
  return new vscode.Range(r[0], r[1], r[2], r[3]);
}

/**
 * Go to Symbol in Workspace (Ctrl+T): the speakers and MPs of every indexed article, most quoted
 * first, each at their first quote (an MP never quoted: their first mention) in the oldest article.
 */
export class WorkspaceSymbols implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly workspace: WorkspaceIndex) {}

  provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): vscode.SymbolInformation[] {
    return safely('workspace symbols', [], () => {
      if (token.isCancellationRequested) return [];
      return this.workspace.index.peopleMatching(query).map((p) => symbolOf(p));
    });
  }
}

function symbolOf(p: WorkspacePerson): vscode.SymbolInformation {
  const kind = p.kind === 'organisation' ? SymbolKinds.organisation : SymbolKinds.person;
  return new vscode.SymbolInformation(p.name, kind, workspacePersonDetail(p), new vscode.Location(vscode.Uri.parse(p.first.uri), toRange(p.first.range)));
}
