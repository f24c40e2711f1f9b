import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import { analysisAsJson, quotesAsMarkdown } from '../../presentation/exports';

function activeArticle(): vscode.TextDocument | undefined {
  return vscode.window.activeTextEditor?.document;
}

function titleOf(store: AnalysisStore, doc: vscode.TextDocument): string {
  return store.get(doc).header.headline?.text ?? doc.uri.path.split('/').pop() ?? 'article';
}

/** Copies the quotes, grouped by speaker, as Markdown. The document is not touched. */
export async function copyQuotesAsMarkdown(store: AnalysisStore): Promise<void> {
  const doc = activeArticle();
  if (!doc) return;
  const a = store.get(doc);
  await vscode.env.clipboard.writeText(quotesAsMarkdown(a, titleOf(store, doc)));
  void vscode.window.showInformationMessage(`Press Gallery: copied ${a.quotes.length} quotes as Markdown.`);
}

/**
 * Exports the analysis as JSON, into a new untitled document or a file the user picks in a save
 * dialog (which itself asks before replacing an existing file).
 */
export async function exportAnalysisAsJson(store: AnalysisStore, target?: 'untitled' | vscode.Uri): Promise<void> {
  const doc = activeArticle();
  if (!doc) return;
  const json = analysisAsJson(store.get(doc), doc.uri.toString());
  let where = target;
  if (!where) {
    const choice = await vscode.window.showQuickPick(
      [{ label: 'Open in a new untitled document', value: 'untitled' as const }, { label: 'Save to a file…', value: 'file' as const }],
      { title: 'Press Gallery: Export Analysis as JSON' },
    );
    if (!choice) return;
    if (choice.value === 'file') {
      const defaultUri = doc.uri.scheme === 'file' ? doc.uri.with({ path: doc.uri.path.replace(/(\.[^./]*)?$/, '.analysis.json') }) : undefined;
      where = await vscode.window.showSaveDialog({ defaultUri, filters: { JSON: ['json'] }, title: 'Export analysis as JSON' });
      if (!where) return;
    } else where = 'untitled';
  }
  if (where === 'untitled') {
    const out = await vscode.workspace.openTextDocument({ language: 'json', content: json });
    await vscode.window.showTextDocument(out, { preview: false });
    return;
  }
  if (target && (await exists(where)) && !(await confirmReplace(where))) return;
  await vscode.workspace.fs.writeFile(where, new TextEncoder().encode(json));
  void vscode.window.showInformationMessage(`Press Gallery: analysis saved to ${where.path.split('/').pop()}.`);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** A file named by the caller (not picked in the save dialog, which asks itself) is replaced only on a yes. */
async function confirmReplace(uri: vscode.Uri): Promise<boolean> {
  const answer = await vscode.window.showWarningMessage(`${uri.path.split('/').pop()} already exists. Replace it?`, { modal: true }, 'Replace');
  return answer === 'Replace';
}
