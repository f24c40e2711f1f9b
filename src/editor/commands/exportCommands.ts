import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { analysisAsJson, quotesAsMarkdown } from '../exportFormat';
import { counts } from '../summary';
import { plural } from '../../presentation/dates';
import { analysisFor, articleFor, fileName, uriOf } from './article';

/** Copy Quotes as Markdown: the quotes grouped by speaker, to the clipboard. The document is not touched. */
export async function copyQuotesAsMarkdown(cache: AnalysisCache, arg?: unknown): Promise<void> {
  const doc = await articleFor(arg);
  if (!doc) return;
  const a = analysisFor(cache, doc);
  if (!a) return;
  await vscode.env.clipboard.writeText(quotesAsMarkdown(a, a.header.headline?.text || fileName(doc)));
  const c = counts(a);
  void vscode.window.showInformationMessage(`Press Gallery: copied ${plural(c.speech, 'quote')} by ${plural(c.speakers, 'speaker')} as Markdown.`);
}

type Target = 'untitled' | vscode.Uri;

/** Where the JSON goes when the command is run without one: a new untitled document, or a file picked in a save dialog. */
async function askTarget(doc: vscode.TextDocument): Promise<Target | undefined> {
  const choice = await vscode.window.showQuickPick(
    [
      { label: '$(new-file) Open in new untitled document', target: 'untitled' as const },
      { label: '$(save-as) Save to file…', target: 'file' as const },
    ],
    { title: 'Press Gallery: Export Analysis as JSON', placeHolder: 'Where should the analysis go?' },
  );
  if (!choice) return undefined;
  if (choice.target === 'untitled') return 'untitled';
  const base = fileName(doc).replace(/\.[^.]*$/, '') || 'article';
  const folder = doc.isUntitled ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(doc.uri, '..');
  // The save dialog itself asks before replacing a file that exists.
  return vscode.window.showSaveDialog({
    title: 'Export Analysis as JSON',
    saveLabel: 'Export',
    defaultUri: folder ? vscode.Uri.joinPath(folder, `${base}.analysis.json`) : undefined,
    filters: { JSON: ['json'] },
  });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Export Analysis as JSON: the Analysis plus `source` (the document's URI), into a new untitled
 * JSON document or a file. Arguments (for keybindings and tests): `'untitled'`, or the URI of the
 * file to write; a file named so that exists is replaced only after a yes in a modal dialog.
 */
export async function exportAnalysisAsJson(cache: AnalysisCache, targetArg?: unknown): Promise<void> {
  const doc = await articleFor();
  if (!doc) return;
  const a = analysisFor(cache, doc);
  if (!a) return;
  const given: Target | undefined = targetArg === 'untitled' ? 'untitled' : uriOf(targetArg);
  const target = given ?? (await askTarget(doc));
  if (!target) return;
  const json = analysisAsJson(a, doc.uri.toString());
  if (target === 'untitled') {
    const out = await vscode.workspace.openTextDocument({ language: 'json', content: json });
    await vscode.window.showTextDocument(out, { preview: false });
    return;
  }
  if (given && (await exists(target))) {
    const replace = 'Replace';
    const answer = await vscode.window.showWarningMessage(`${target.path.slice(target.path.lastIndexOf('/') + 1)} already exists. Replace it?`, { modal: true }, replace);
    if (answer !== replace) return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(json));
  const open = 'Open';
  void vscode.window.showInformationMessage(`Press Gallery: analysis saved to ${target.path.slice(target.path.lastIndexOf('/') + 1)}.`, open).then((choice) => {
    if (choice === open) void vscode.window.showTextDocument(target);
  });
}
