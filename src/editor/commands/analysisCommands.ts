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

/** Analyse Large File Anyway: analyses an article above pressGallery.maxFileSizeMB, with progress. */
export async function analyseAnyway(cache: AnalysisCache, arg?: unknown): Promise<void> {
  const doc = await articleFor(arg);
  if (!doc) return;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: `Press Gallery: analysing ${fileName(doc)}` },
    async () => {
      // Let the progress show before the (synchronous) analysis takes the thread.
      await new Promise((resolve) => setTimeout(resolve, 0));
      cache.analyseAnyway(doc);
    },
  );
}
