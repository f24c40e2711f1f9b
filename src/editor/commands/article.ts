import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { articleFormat } from '../articleFiles';
import type { Analysis } from '../../extractor/types';
import { Commands } from '../../presentation/ids';

/** A URI as commands receive it: a Uri, its string form, or an object with a `uri` (a view node, hover link args). */
export function uriOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg) return vscode.Uri.parse(arg, true);
  if (arg && typeof arg === 'object' && 'uri' in arg) return uriOf((arg as { uri: unknown }).uri);
  return undefined;
}

/** The article a command works on: the one named by its argument, else the active editor's. */
export async function articleFor(arg?: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = uriOf(arg);
  const doc = uri
    ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri))
    : vscode.window.activeTextEditor?.document;
  if (doc && articleFormat(doc)) return doc;
  const treat = 'Treat This File as an Article';
  const offer = doc && !doc.isClosed ? [treat] : [];
  void vscode.window.showInformationMessage('Press Gallery: open a news article first (a .article or .news file, or a plain-text or Markdown file whose first line is " date YYYY-MM-DD Headline").', ...offer).then((choice) => {
    if (choice === treat && doc) void vscode.commands.executeCommand(Commands.treatAsArticle, doc.uri);
  });
  return undefined;
}

/** The article's analysis, or a message saying why there is none (too large: with a button to analyse anyway). */
export function analysisFor(cache: AnalysisCache, doc: vscode.TextDocument): Analysis | undefined {
  const entry = cache.entry(doc);
  if (entry?.analysis) return entry.analysis;
  if (entry?.state === 'too-large') {
    const anyway = 'Analyse Anyway';
    void vscode.window.showInformationMessage(`Press Gallery: this article is above pressGallery.maxFileSizeMB and was not analysed.`, anyway).then((choice) => {
      if (choice === anyway) void vscode.commands.executeCommand(Commands.analyseAnyway, doc.uri);
    });
  } else {
    void vscode.window.showErrorMessage('Press Gallery: the analysis of this article failed. The Press Gallery log has the details.');
  }
  return undefined;
}

/** The file name of a document, for titles and messages. */
export function fileName(doc: vscode.TextDocument): string {
  return doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1) || doc.uri.toString();
}
