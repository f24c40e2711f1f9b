import * as vscode from 'vscode';

/** Show Sources for Folder… without a folder: the workspace folder, or one chosen in a dialog. */
export async function pickSourcesFolder(): Promise<vscode.Uri | undefined> {
  const roots = vscode.workspace.workspaceFolders ?? [];
  const picked = await vscode.window.showOpenDialog({
    title: 'Press Gallery: Show Sources for Folder',
    openLabel: 'Show Sources',
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: roots[0]?.uri,
  });
  return picked?.[0];
}
