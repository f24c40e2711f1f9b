import * as vscode from 'vscode';
import { isoDay, setDateEdit } from '../../formats';
import { isRealDate } from '../../extractor/header';
import { formatDate } from '../../extractor/dates';
import { articleFormat, type ArticleFiles } from '../articleFiles';
import type { AnalysisCache } from '../analysisCache';
import { articleFor, fileName, uriOf } from './article';

/** The document a file command works on: the one named by its argument, else the active editor's. */
async function documentFor(arg: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = uriOf(arg);
  if (!uri) return vscode.window.activeTextEditor?.document;
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? vscode.workspace.openTextDocument(uri);
}

/** "Treat This File as an Article" (any text file; remembered for it). */
export async function treatAsArticle(files: ArticleFiles, arg?: unknown): Promise<void> {
  const doc = await documentFor(arg);
  if (!doc) {
    void vscode.window.showInformationMessage('Press Gallery: open the file to treat as an article first.');
    return;
  }
  await files.treatAsArticle(doc);
}

/** "Stop Treating This File as an Article" (remembered; the file gets its own language back). */
export async function stopTreatingAsArticle(files: ArticleFiles, arg?: unknown): Promise<void> {
  const doc = await documentFor(arg);
  if (doc) await files.stopTreatingAsArticle(doc);
}

interface DatePick extends vscode.QuickPickItem {
  iso?: string;
}

/**
 * "Set Article Date…" and the no-date-line quick fix "Insert date line…": asks for the date (today,
 * the file's last-modified date, or one typed) unless the second argument gives it, then writes it
 * where the article keeps it (setDateEdit: the date line, or a Markdown file's front matter).
 * Resolves to true when the article was changed.
 */
export async function setArticleDate(cache: AnalysisCache, arg?: unknown, date?: unknown): Promise<boolean> {
  const doc = await articleFor(arg);
  if (!doc) return false;
  const current = cache.get(doc)?.date ?? undefined;
  const iso = typeof date === 'string' && isRealDate(date) ? date : await askForDate(doc, current);
  if (!iso) return false;
  const format = articleFormat(doc) ?? 'plain';
  const edit = setDateEdit(doc.getText(), format, iso);
  const change = new vscode.WorkspaceEdit();
  change.replace(doc.uri, new vscode.Range(doc.positionAt(edit.start), doc.positionAt(edit.end)), edit.text);
  return vscode.workspace.applyEdit(change);
}

async function askForDate(doc: vscode.TextDocument, current: string | undefined): Promise<string | undefined> {
  const today = isoDay(new Date());
  const picks: DatePick[] = [{ label: '$(calendar) Today', description: formatDate(today), iso: today }];
  const modified = await modifiedDay(doc.uri);
  if (modified) picks.push({ label: "$(file) The file's date", description: `${formatDate(modified)}, when ${fileName(doc)} was last saved`, iso: modified });
  picks.push({ label: '$(edit) Type a date…' });
  const pick = await vscode.window.showQuickPick(picks, {
    title: current ? `Set Article Date (now ${formatDate(current)})` : 'Insert Date Line',
    placeHolder: 'The date the article was published: MPs are shown as of it',
  });
  if (!pick) return undefined;
  if (pick.iso) return pick.iso;
  const typed = await vscode.window.showInputBox({
    title: 'Set Article Date',
    prompt: 'The date the article was published, as YYYY-MM-DD',
    value: current ?? today,
    validateInput: (v) => (isRealDate(v.trim()) ? undefined : 'A calendar date as YYYY-MM-DD, such as 2019-02-21'),
  });
  return typed?.trim() || undefined;
}

/** The file's last-modified day, if it has one (not for untitled files). */
async function modifiedDay(uri: vscode.Uri): Promise<string | undefined> {
  if (uri.scheme === 'untitled') return undefined;
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    return stat.mtime > 0 ? isoDay(new Date(stat.mtime)) : undefined;
  } catch {
    return undefined;
  }
}
