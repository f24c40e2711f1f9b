import * as vscode from 'vscode';
import { CONFIG_SECTION } from '../../presentation/ids';

/**
 * Toggle Highlights: switches pressGallery.highlight.enabled (all highlights) off or on. Written
 * where it takes effect: the workspace (folder) setting when one is set there, else the user setting,
 * so that toggling never creates a .vscode folder in someone's articles.
 */
export async function toggleHighlights(): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION, doc);
  const enabled = config.get<boolean>('highlight.enabled', true);
  const where = config.inspect<boolean>('highlight.enabled');
  const target = where?.workspaceFolderValue !== undefined
    ? vscode.ConfigurationTarget.WorkspaceFolder
    : where?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('highlight.enabled', !enabled, target);
  vscode.window.setStatusBarMessage(`$(symbol-color) Press Gallery highlights ${enabled ? 'off' : 'on'}`, 3000);
}
