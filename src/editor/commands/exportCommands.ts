import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { quotesAsMarkdown } from '../../presentation/exports/quotesMarkdown';
import { analysisAsJson } from '../../presentation/exports/analysisJson';
import { quotesAsCsv, UTF8_BOM } from '../../presentation/exports/quotesCsv';
import type { Analysis } from '../../extractor/types';
import { counts } from '../../presentation/counts';
import { plural } from '../../presentation/text/words';
import { analysisFor, articleFor, fileName, uriOf } from './article';

/** Copy Quotes as Markdown: the quotes grouped by speaker, to the clipboard. The document is not touched. */
export async function copyQuotesAsMarkdown(cache: AnalysisCache, arg?: unknown): Promise<void> {
  const doc = await articleFor(arg);
  if (!doc) return;
  const a = analysisFor(cache, doc);
  if (!a) return;
  await vscode.env.clipboard.writeText(quotesAsMarkdown(a, fileName(doc), (offset) => doc.positionAt(offset).line));
  const c = counts(a);
  void vscode.window.showInformationMessage(`Press Gallery: copied ${plural(c.speech, 'quote')} by ${plural(c.speakers, 'speaker')} as Markdown.`);
}

type Target = 'untitled' | vscode.Uri;

/** One export: its title, file extension, language for the untitled document, and what it writes. */
interface ExportKind {
  title: string;
  what: string;
  extension: string;
  /** The languages to open an untitled export in, the first one VS Code knows (CSV has none built in). */
  languages: string[];
  filter: string;
  render: (a: Analysis, doc: vscode.TextDocument) => string;
  /** Bytes written before the text in a file (the CSV's byte-order mark, for Excel). */
  prefix?: string;
}

const JSON_EXPORT: ExportKind = {
  title: 'Export Analysis as JSON', what: 'analysis', extension: 'analysis.json', languages: ['json'], filter: 'JSON',
  render: (a, doc) => analysisAsJson(a, doc.uri.toString()),
};

const CSV_EXPORT: ExportKind = {
  title: 'Export Quotes as CSV', what: 'quotes', extension: 'quotes.csv', languages: ['csv', 'plaintext'], filter: 'CSV',
  render: (a, doc) => quotesAsCsv(a, { file: exportedName(doc), positionAt: (offset) => doc.positionAt(offset) }),
  prefix: UTF8_BOM,
};

const MARKDOWN_EXPORT: ExportKind = {
  title: 'Export Quotes as Markdown', what: 'quotes', extension: 'quotes.md', languages: ['markdown'], filter: 'Markdown',
  render: (a, doc) => quotesAsMarkdown(a, fileName(doc), (offset) => doc.positionAt(offset).line),
};

/** The file as the CSV's file column names it: its path in the workspace, else its name. */
function exportedName(doc: vscode.TextDocument): string {
  return doc.isUntitled ? fileName(doc) : vscode.workspace.asRelativePath(doc.uri, false);
}

/** Where an export goes when the command is run without one: a new untitled document, or a file picked in a save dialog. */
async function askTarget(doc: vscode.TextDocument, kind: ExportKind): Promise<Target | undefined> {
  const choice = await vscode.window.showQuickPick(
    [
      { label: '$(new-file) Open in new untitled document', target: 'untitled' as const },
      { label: '$(save-as) Save to file…', target: 'file' as const },
    ],
    { title: `Press Gallery: ${kind.title}`, placeHolder: `Where should the ${kind.what} go?` },
  );
  if (!choice) return undefined;
  if (choice.target === 'untitled') return 'untitled';
  const base = fileName(doc).replace(/\.[^.]*$/, '') || 'article';
  const folder = doc.isUntitled ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(doc.uri, '..');
  // The save dialog itself asks before replacing a file that exists.
  return vscode.window.showSaveDialog({
    title: kind.title,
    saveLabel: 'Export',
    defaultUri: folder ? vscode.Uri.joinPath(folder, `${base}.${kind.extension}`) : undefined,
    filters: { [kind.filter]: [kind.extension.split('.').pop() as string] },
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
export function exportAnalysisAsJson(cache: AnalysisCache, targetArg?: unknown): Promise<void> {
  return exportAs(cache, JSON_EXPORT, targetArg);
}

/**
 * Export Quotes as CSV: one row per quote (file, date, headline, line, column, speaker, party,
 * constituency, kind, cue, quote, offsets); a file gets a UTF-8 byte-order mark so Excel reads it
 * right. Same targets.
 */
export function exportQuotesAsCsv(cache: AnalysisCache, targetArg?: unknown): Promise<void> {
  return exportAs(cache, CSV_EXPORT, targetArg);
}

/** Export Quotes as Markdown: headline and date on top, the quotes by speaker with their lines; same targets. */
export function exportQuotesAsMarkdown(cache: AnalysisCache, targetArg?: unknown): Promise<void> {
  return exportAs(cache, MARKDOWN_EXPORT, targetArg);
}

async function exportAs(cache: AnalysisCache, kind: ExportKind, targetArg?: unknown): Promise<void> {
  const doc = await articleFor();
  if (!doc) return;
  const a = analysisFor(cache, doc);
  if (!a) return;
  const given: Target | undefined = targetArg === 'untitled' ? 'untitled' : uriOf(targetArg);
  const target = given ?? (await askTarget(doc, kind));
  if (!target) return;
  const content = kind.render(a, doc);
  if (target === 'untitled') {
    const known = await vscode.languages.getLanguages();
    const language = kind.languages.find((l) => known.includes(l)) ?? 'plaintext';
    const out = await vscode.workspace.openTextDocument({ language, content });
    await vscode.window.showTextDocument(out, { preview: false });
    return;
  }
  if (given && (await exists(target))) {
    const replace = 'Replace';
    const answer = await vscode.window.showWarningMessage(`${target.path.slice(target.path.lastIndexOf('/') + 1)} already exists. Replace it?`, { modal: true }, replace);
    if (answer !== replace) return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode((kind.prefix ?? '') + content));
  const open = 'Open';
  void vscode.window.showInformationMessage(`Press Gallery: ${kind.what} saved to ${target.path.slice(target.path.lastIndexOf('/') + 1)}.`, open).then((choice) => {
    if (choice === open) void vscode.window.showTextDocument(target);
  });
}
