import * as vscode from 'vscode';
import { analyze } from '../../extractor/analyze';
import { runChecks } from '../../checks';
import { articleTextOf, isArticle } from '../articleFiles';
import type { WorkspaceIndex } from '../workspaceIndex';
import { plural } from '../../presentation/text/words';
import { checkOptions, type Diagnostics } from '../diagnostics';
import { readSettings } from '../config';
import { logError } from '../log';
import { AnalysisCancelled, type BackgroundAnalyzer } from '../../worker/host';

/** Articles this long (UTF-16 code units; about half a second of analysis) are checked in a worker where there is one. */
export const LONG_ARTICLE = 200_000;

/** What a run of Check All Articles did (the command returns it). */
export interface CheckAllResult {
  files: number;
  seen: number;
  articles: number;
  problems: number;
  withProblems: number;
  unreadable: number;
  cancelled: boolean;
}

/**
 * Check All Articles: the sub-editor's checks over every article in the workspace, into the Problems
 * panel, with progress and a Cancel button (what was checked before a cancel stays listed). The
 * articles are the workspace index's (the editor's recognition rules, files.exclude and
 * pressGallery.files.include honoured); open articles are checked as the editor shows them
 * (unsaved edits included), the others as saved. Nothing is changed. `outside` cancels too (for
 * the test API).
 */
export async function checkAllArticles(diagnostics: Diagnostics, workspace: WorkspaceIndex, outside?: vscode.CancellationToken, background?: BackgroundAnalyzer): Promise<CheckAllResult | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Press Gallery: open a folder first; Check All Articles checks the articles in the workspace.');
    return undefined;
  }
  const r: CheckAllResult = { files: 0, seen: 0, articles: 0, problems: 0, withProblems: 0, unreadable: 0, cancelled: false };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Press Gallery: checking articles', cancellable: true },
    async (progress, token) => {
      const stop = () => token.isCancellationRequested || !!outside?.isCancellationRequested;
      // Cancel also ends a long article's analysis in its worker.
      const abort = new AbortController();
      const onCancel = [token.onCancellationRequested(() => abort.abort()), outside?.onCancellationRequested(() => abort.abort())];
      if (workspace.state === 'stopped') workspace.rebuild();
      if (workspace.state === 'indexing') progress.report({ message: 'finding the workspace’s articles…' });
      await Promise.race([workspace.whenIdle(), new Promise<void>((resolve) => { token.onCancellationRequested(() => resolve()); })]);
      const files = workspace.index.uris().map((u) => vscode.Uri.parse(u)).sort((x, y) => x.path.localeCompare(y.path));
      r.files = files.length;
      for (const uri of files) {
        if (stop()) break;
        r.seen++;
        progress.report({ increment: 100 / files.length, message: `${r.seen} of ${files.length}: ${vscode.workspace.asRelativePath(uri)}` });
        const found = await checkOne(diagnostics, uri, background, abort.signal);
        if (found === 'cancelled') break;
        if (found === 'unreadable') r.unreadable++;
        else if (found !== undefined) {
          r.articles++;
          r.problems += found;
          if (found > 0) r.withProblems++;
        }
        // Let the Cancel button and the editor have the thread between files.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      r.cancelled = stop();
      for (const d of onCancel) d?.dispose();
    },
  );
  const summary = `${plural(r.articles, 'article')} checked: ${plural(r.problems, 'problem')}${r.problems ? ` in ${plural(r.withProblems, 'article')}` : ''}`;
  const lead = r.cancelled ? `Press Gallery: stopped after ${r.seen} of ${r.files} articles; ${summary}` : `Press Gallery: ${summary}`;
  const unreadable = r.unreadable ? ` (${plural(r.unreadable, 'file')} not UTF-8 text, skipped)` : '';
  const show = 'Show Problems';
  void vscode.window.showInformationMessage(`${lead}${unreadable}.`, ...(r.problems ? [show] : [])).then((choice) => {
    if (choice === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return r;
}

/** The number of problems in one file, undefined when it is no article, 'unreadable' when it is not UTF-8 text. */
async function checkOne(diagnostics: Diagnostics, uri: vscode.Uri, background: BackgroundAnalyzer | undefined, signal: AbortSignal): Promise<number | 'unreadable' | 'cancelled' | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) {
    if (!isArticle(open)) return undefined;
    diagnostics.keepAfterClose(open.uri);
    return diagnostics.update(open);
  }
  return checkSavedFile(diagnostics, uri, background, signal);
}

/**
 * Checks an article as saved (not open in the editor) into the Problems panel, where its problems
 * stay after the file is opened and closed again; the number of problems.
 */
export async function checkSavedFile(diagnostics: Diagnostics, uri: vscode.Uri, background?: BackgroundAnalyzer, signal?: AbortSignal): Promise<number | 'unreadable' | 'cancelled'> {
  let text: { original: string; analysed: string } | undefined;
  try {
    // The index found it an article: read it as one (undefined when it is no longer UTF-8 text).
    // Markdown is analysed as its prose, at the file's own offsets.
    text = articleTextOf(uri, await vscode.workspace.fs.readFile(uri), true);
  } catch (e) {
    logError(`reading ${uri.toString(true)} for Check All Articles`, e);
  }
  if (text === undefined) return 'unreadable';
  try {
    const options = { timeBudgetMs: readSettings(uri).timeBudgetMs };
    const a = background && signal && text.analysed.length >= LONG_ARTICLE ? await background.analyse(text.analysed, options, signal) : analyze(text.analysed, options);
    // Opened while it was read: the editor's checks of the open document are the ones to show.
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return 0;
    const problems = runChecks(text.analysed, a, checkOptions(uri));
    diagnostics.setSaved(uri, text.original, problems);
    return problems.length;
  } catch (e) {
    if (e instanceof AnalysisCancelled) return 'cancelled';
    logError(`checking ${uri.toString(true)}`, e);
    return 'unreadable';
  }
}
