import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import type { Analysis } from '../../extractor/types';
import { plural } from '../../presentation/text/words';
import { Commands } from '../../presentation/ids';
import { articleFor, fileName } from './article';

/** Re-analyse Document: throws the cached analysis away and analyses the article again now. */
export async function reanalyse(cache: AnalysisCache, arg?: unknown): Promise<void> {
  const doc = await articleFor(arg);
  if (!doc) return;
  const a = cache.isTooLarge(doc) ? undefined : cache.reanalyse(doc);
  if (a) vscode.window.setStatusBarMessage(`$(refresh) Press Gallery: ${fileName(doc)} analysed in ${Math.round(a.stats.milliseconds)} ms (${plural(a.quotes.length, 'quote')})`, 4000);
  else if (cache.isTooLarge(doc)) void vscode.commands.executeCommand(Commands.analyseAnyway, doc.uri);
}

/**
 * Analyse Large File Anyway: analyses an article above pressGallery.maxFileSizeMB, or one whose
 * analysis the time budget cut short, with no time budget, so that every speaker is worked out.
 * In the desktop (Node) host it runs in a worker thread: the editor stays responsive and Cancel
 * ends it at once, leaving the analysis as it was. The web host runs it in its own thread, so
 * there Cancel is honoured only until it starts (the notification says so).
 */
export async function analyseAnyway(cache: AnalysisCache, arg?: unknown): Promise<void> {
  const doc = await articleFor(arg);
  if (!doc) return;
  const a = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Press Gallery: analysing ${fileName(doc)} in full`, cancellable: true },
    async (progress, token) => {
      progress.report({ message: cache.cancellableWhileRunning ? 'finding people and speakers…' : 'finding people and speakers (in the browser this runs to its end once started)…' });
      return analyseInFull(cache, doc, token);
    },
  );
  if (a) {
    vscode.window.setStatusBarMessage(`$(check) Press Gallery: ${fileName(doc)} analysed in full in ${Math.round(a.stats.milliseconds)} ms (${plural(a.quotes.length, 'quote')})`, 5000);
  } else if (!doc.isClosed) {
    vscode.window.setStatusBarMessage(`$(circle-slash) Press Gallery: full analysis of ${fileName(doc)} stopped; the article keeps the analysis it had`, 5000);
  }
}

/** The full analysis of Analyse Large File Anyway, stopped by `token` (then undefined, and nothing changes). */
export async function analyseInFull(cache: AnalysisCache, doc: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Analysis | undefined> {
  const stop = new AbortController();
  const onCancel = token?.onCancellationRequested(() => stop.abort());
  try {
    return await cache.analyseAnyway(doc, stop.signal);
  } finally {
    onCancel?.dispose();
  }
}
