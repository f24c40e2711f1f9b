import * as vscode from 'vscode';
import type { Analysis } from '../extractor/types';
import { AnalysisCache, isArticle } from './analysisCache';
import { QUOTATION_TOKEN_TYPE, quotationSpans } from '../presentation/highlights/quotations';
import { safely } from './log';

export const QUOTATION_LEGEND = new vscode.SemanticTokensLegend([QUOTATION_TOKEN_TYPE], []);

/**
 * Quotations on screen as semantic tokens from the cached analysis (themes colour them as strings),
 * so the editor shows exactly what the analysis holds.
 *
 * - A document not yet analysed is analysed now: the first paint already has its quotations.
 * - While the user types, the request waits for the analysis the cache makes after the pause;
 *   until then VS Code keeps the previous tokens, moved with the edits.
 * - Every new analysis (an edit, Re-analyse, a settings change) asks VS Code to fetch the tokens again.
 */
export class QuotationTokens implements vscode.DocumentSemanticTokensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** The version each document reached by an edit, which the cache will analyse after a pause. */
  private readonly edited = new Map<string, number>();
  private readonly subscriptions: vscode.Disposable[] = [];

  readonly onDidChangeSemanticTokens = this.changed.event;

  constructor(private readonly cache: AnalysisCache) {
    this.subscriptions.push(
      this.changed,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && isArticle(e.document)) this.edited.set(e.document.uri.toString(), e.document.version);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.edited.delete(d.uri.toString())),
      cache.onDidChangeAnalysis(() => this.changed.fire()),
    );
  }

  provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.ProviderResult<vscode.SemanticTokens> {
    return safely('quotation highlighting', undefined, () => {
      const ready = this.cache.peek(document);
      if (ready) return tokensOf(document, ready.analysis);
      if (this.edited.get(document.uri.toString()) !== document.version) return tokensOf(document, this.cache.get(document));
      return this.afterAnalysis(document, token);
    });
  }

  /** The tokens of the document's current version once the cache announces its analysis. */
  private afterAnalysis(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens | undefined> {
    return new Promise((resolve) => {
      const done = (tokens: vscode.SemanticTokens | undefined) => {
        listener.dispose();
        cancelled.dispose();
        resolve(tokens);
      };
      const listener = this.cache.onDidChangeAnalysis((e) => {
        if (e.document.uri.toString() !== document.uri.toString()) return;
        if (e.document.version === document.version || document.isClosed) done(safely('quotation highlighting', undefined, () => tokensOf(document, e.analysis)));
      });
      const cancelled = token.onCancellationRequested(() => done(undefined));
    });
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}

/** One token per line of each quotation (a semantic token never crosses a line end). */
function tokensOf(document: vscode.TextDocument, analysis: Analysis | undefined): vscode.SemanticTokens {
  const builder = new vscode.SemanticTokensBuilder(QUOTATION_LEGEND);
  if (!analysis) return builder.build();
  for (const span of quotationSpans(analysis)) {
    const start = document.positionAt(span.start), end = document.positionAt(span.end);
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      const to = line === end.line ? end.character : document.lineAt(line).range.end.character;
      if (to > from) builder.push(line, from, to - from, 0, 0);
    }
  }
  return builder.build();
}
