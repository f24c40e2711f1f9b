import * as vscode from 'vscode';
import { analyze } from '../extractor/analyze';
import type { Analysis } from '../extractor/types';
import { settings } from './config';
import { log } from './log';

export const LANGUAGE_ID = 'news-article';

interface Entry {
  version: number;
  analysis: Analysis;
  /** Above the size limit: only the quotation marks were read (no people, no speakers). */
  limited: boolean;
}

/**
 * One analysis per document version: every provider reads from here and none parses text itself.
 * While the user types, analysis waits for a pause (debounce); a change that arrives first supersedes
 * the pending run. Documents above `pressGallery.maxFileSizeMB` get only the cheap pass until the user
 * asks for the full one.
 */
export class AnalysisStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly forced = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** Fires when a document has a new analysis. */
  readonly onDidChange = this.emitter.event;

  constructor() {
    this.subscriptions.push(
      this.emitter,
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('pressGallery.maxFileSizeMB') || e.affectsConfiguration('pressGallery.timeBudgetMs')) this.clear();
      }),
    );
  }

  static isArticle(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
    return document?.languageId === LANGUAGE_ID;
  }

  /** The analysis of the document's current version, made now if needed. */
  get(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    if (entry && entry.version === document.version) return entry.analysis;
    return this.analyse(document).analysis;
  }

  /** The cached analysis, if it is of the current version; never analyses. */
  peek(document: vscode.TextDocument): Analysis | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry && entry.version === document.version ? entry.analysis : undefined;
  }

  isLimited(document: vscode.TextDocument): boolean {
    this.get(document);
    return this.entries.get(document.uri.toString())?.limited ?? false;
  }

  /** Analyse this document fully even above the size limit ("Analyse anyway"). */
  analyseFully(document: vscode.TextDocument): Analysis {
    this.forced.add(document.uri.toString());
    return this.reanalyse(document);
  }

  /** Throws away the cached analysis and analyses again now. */
  reanalyse(document: vscode.TextDocument): Analysis {
    this.entries.delete(document.uri.toString());
    const analysis = this.get(document);
    this.emitter.fire(document);
    return analysis;
  }

  private analyse(document: vscode.TextDocument): Entry {
    const key = document.uri.toString();
    const { maxFileSizeMB, timeBudgetMs } = settings(document);
    const text = document.getText();
    const limited = !this.forced.has(key) && maxFileSizeMB > 0 && text.length > maxFileSizeMB * 1024 * 1024;
    const started = Date.now();
    // The cheap pass (date line and quotation marks) still runs above the limit: a zero budget stops
    // before people and speakers.
    const analysis = analyze(text, { timeBudgetMs: limited ? 0 : timeBudgetMs });
    log().debug(`analysed ${document.uri.path} v${document.version}${limited ? ' (limited)' : ''} in ${Date.now() - started} ms`);
    const entry = { version: document.version, analysis, limited };
    this.entries.set(key, entry);
    return entry;
  }

  /** Waits for a pause in typing; a later change supersedes the pending run. */
  private schedule(document: vscode.TextDocument): void {
    if (!AnalysisStore.isArticle(document)) return;
    const key = document.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (document.isClosed) return;
      try {
        this.get(document);
        this.emitter.fire(document);
      } catch (e) {
        log().error(`analysis of ${document.uri.path} failed: ${e instanceof Error ? e.stack : String(e)}`);
      }
    }, settings(document).debounceMs));
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.entries.delete(key);
    this.forced.delete(key);
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.delete(key);
  }

  private clear(): void {
    this.entries.clear();
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.subscriptions) d.dispose();
  }
}
