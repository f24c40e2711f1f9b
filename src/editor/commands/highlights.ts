import * as vscode from 'vscode';

/** Turns all Press Gallery highlights off or on (the setting pressGallery.highlight.enabled). */
export async function toggleHighlights(): Promise<void> {
  const config = vscode.workspace.getConfiguration('pressGallery');
  const enabled = config.get('highlight.enabled', true);
  const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('highlight.enabled', !enabled, target);
  void vscode.window.setStatusBarMessage(`Press Gallery highlights ${enabled ? 'off' : 'on'}`, 3000);
}
