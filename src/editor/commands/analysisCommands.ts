import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
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
 * Shows a notification with Cancel while it starts; the analysis itself runs on the extension
 * host's thread and, once begun, to its end (it is linear in the text's length).
 */
export async function analyseAnyway(cache: AnalysisCache, arg?: unknown): Promise<void> {
  const doc = await articleFor(arg);
  if (!doc) return;
  const a = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Press Gallery: analysing ${fileName(doc)} in full`, cancellable: true },
    async (progress, token) => {
      progress.report({ message: 'finding people and speakers…' });
      // Let the notification and its Cancel button show before the analysis takes the thread.
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (token.isCancellationRequested) return undefined;
      return cache.analyseAnyway(doc);
    },
  );
  if (a) {
    vscode.window.setStatusBarMessage(`$(check) Press Gallery: ${fileName(doc)} analysed in full in ${Math.round(a.stats.milliseconds)} ms (${plural(a.quotes.length, 'quote')})`, 5000);
  }
}
