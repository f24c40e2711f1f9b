import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../../presentation/ids';

/** The sample article shipped with the extension (written for it: its events and quotations are invented). */
export const SAMPLE_PATH = ['media', 'sample', 'sample.article'];

/**
 * Open Sample Article (the walkthrough's first step): the sample in a new untitled news article, so
 * that trying a fix changes nothing on disk and nothing in the extension's own folder.
 */
export async function openSample(extensionUri: vscode.Uri): Promise<void> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...SAMPLE_PATH));
  const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: new TextDecoder().decode(bytes) });
  await vscode.window.showTextDocument(doc, { preview: false });
}
