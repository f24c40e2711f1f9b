import * as vscode from 'vscode';
import { analyze } from '../extractor/analyze';
import { KnowledgeBase } from '../extractor/kb/knowledgeBase';
import type { Analysis, AnalyzeOptions } from '../extractor/types';
import { affectsAnalysis, readSettings } from './config';
import { log, logError } from './log';
import { articleFormat, isArticle } from './articleFiles';
import { proseOf, type ArticleFormat } from '../formats';
import { AnalysisCancelled, type BackgroundAnalyzer } from '../worker/host';
import { cpuNowMs, cpuSince } from './cpuClock';

export { isArticle } from './articleFiles';

/** What became of a document version: analysed, left alone for its size, or failed (logged). */
export type AnalysisState = 'analysed' | 'too-large' | 'failed';

export interface CacheEntry {
  version: number;
  state: AnalysisState;
  analysis?: Analysis;
  /** The text's size in MB (UTF-8), as pressGallery.maxFileSizeMB counts it. */
  sizeMB: number;
  /** What the analysis read when it is not the document's text (a Markdown file's prose, same offsets). */
  prose?: string;
  /** Made in a worker thread (a full analysis), not in the extension host's. */
  inWorker?: true;
}

/** A document has a new analysis, or lost it (closed, language changed, settings changed). */
export interface AnalysisChange {
  document: vscode.TextDocument;
  analysis: Analysis | undefined;
}

export type Analyzer = (text: string, options: AnalyzeOptions) => Analysis;

const MB = 1024 * 1024;

/**
 * What an analysis of `document` reads, given its text: the text itself, or for a Markdown article
 * its prose (syntax blanked, the same offsets). The same for the in-host and the worker's analyses.
 */
function readingOf(document: vscode.TextDocument, text: string): { format: ArticleFormat; prose: string } {
  const format = articleFormat(document) ?? 'plain';
  return { format, prose: proseOf(text, format) };
}

function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** UTF-8 size of a string without encoding it; stops counting once past `limit` bytes. */
export function utf8Bytes(text: string, limit = Infinity): number {
  if (text.length > limit) return text.length; // UTF-8 never takes fewer bytes than UTF-16 code units
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) { bytes += 4; i++; }
    else bytes += 3;
  }
  return bytes;
}

/**
 * One analysis per (document, version): every provider reads from here and none parses text itself.
 *
 * - `get(document)` returns the current version's analysis, analysing synchronously if none is cached.
 * - While the user types, a change waits for a pause (pressGallery.analysisDelay); a newer change
 *   supersedes the waiting one, so only the version the user stopped at is analysed and announced on
 *   `onDidChangeAnalysis` (decorations, the Speakers view and the status bar follow that event).
 * - Above pressGallery.maxFileSizeMB a document is not analysed until `analyseAnyway`.
 * - A full analysis (no time budget) of an article asked for with `analyseAnyway` runs in a worker
 *   thread where the host has one (`background`): the editor stays responsive, a cancel ends the
 *   worker and leaves the analysis as it was. After an edit such an article gets the budgeted
 *   analysis at once (cut short, and saying so) and its full one from the worker when it is done.
 * - An analysis that throws is logged once per version and gives `undefined`, never an exception.
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, CacheEntry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The version last announced per document, so a version is announced once. */
  private readonly announced = new Map<string, number>();
  /** Documents the user asked to analyse despite their size. */
  private readonly allowedLarge = new Set<string>();
  /** Analyses of too-large files made for inspect(), never shown. */
  private readonly asideForTests = new Map<string, { version: number; analysis: Analysis }>();
  /** Full analyses running in a worker, per document: a newer one (or closing) stops the older. */
  private readonly running = new Map<string, AbortController>();
  private readonly emitter = new vscode.EventEmitter<AnalysisChange>();
  private readonly subscriptions: vscode.Disposable[] = [];

  readonly onDidChangeAnalysis = this.emitter.event;
  /**
   * The first analysis this cache made and its time: the start's cost. `mpDataMs` is the part of it
   * spent making the MP data's knowledge base, `madeMpData` whether this analysis made it (else
   * something before it did, and `mpDataMs` is 0); `cpuMs` its CPU time, where the host can tell.
   */
  firstAnalysis: { uri: string; ms: number; mpDataMs: number; madeMpData: boolean; cpuMs?: number } | undefined;

  constructor(private readonly analyzer: Analyzer = analyze, readonly background?: BackgroundAnalyzer) {
    this.subscriptions.push(
      this.emitter,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && isArticle(e.document)) this.schedule(e.document, readSettings(e.document).debounceMs);
      }),
      // A document whose language becomes news-article is reopened while its editor stays visible.
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (isArticle(d) && vscode.window.visibleTextEditors.some((e) => e.document === d)) this.schedule(d, 0);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!affectsAnalysis(e)) return;
        this.entries.clear();
        this.asideForTests.clear();
        this.announced.clear();
        for (const d of new Set(vscode.window.visibleTextEditors.map((ed) => ed.document))) if (isArticle(d)) this.announce(d);
      }),
    );
  }

  /** The analysis of the document's current version (made now if needed); undefined if there is none to give. */
  get(document: vscode.TextDocument): Analysis | undefined {
    return this.entry(document)?.analysis;
  }

  /** The current version's entry, analysing now if needed; undefined for documents that are not articles. */
  entry(document: vscode.TextDocument): CacheEntry | undefined {
    if (!isArticle(document)) return undefined;
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version) return cached;
    const entry = this.analyse(document);
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * For the test API: the analysis providers read, or, for a file above the size limit, one made on
   * request and kept aside (one per document version) — the editor still treats the file as not
   * analysed. Undefined for documents that are not articles or whose analysis failed.
   */
  inspect(document: vscode.TextDocument): Analysis | undefined {
    const entry = this.entry(document);
    if (!entry || entry.state !== 'too-large') return entry?.analysis;
    const key = document.uri.toString();
    const aside = this.asideForTests.get(key);
    if (aside?.version === document.version) return aside.analysis;
    try {
      const analysis = this.analyzer(this.analysedText(document), { timeBudgetMs: readSettings(document).timeBudgetMs });
      this.asideForTests.set(key, { version: document.version, analysis });
      return analysis;
    } catch (e) {
      logError(`analysis of ${document.uri.toString(true)} (on request)`, e);
      return undefined;
    }
  }

  /**
   * The text the analysis of the current version read: the document's own, or for a Markdown
   * article its prose (syntax blanked, the same offsets). Checks read this, as the analysis did.
   */
  analysedText(document: vscode.TextDocument): string {
    const entry = this.peek(document);
    if (entry?.prose !== undefined) return entry.prose;
    return readingOf(document, document.getText()).prose;
  }

  /** A document became an article or stopped being one without changing language (Markdown). */
  refresh(document: vscode.TextDocument): void {
    if (isArticle(document)) this.reanalyse(document);
    else this.forget(document);
  }

  /** The cached entry of the current version, without analysing. */
  peek(document: vscode.TextDocument): CacheEntry | undefined {
    const cached = this.entries.get(document.uri.toString());
    return cached && cached.version === document.version ? cached : undefined;
  }

  isTooLarge(document: vscode.TextDocument): boolean {
    return this.entry(document)?.state === 'too-large';
  }

  /** True when `analyseAnyway` runs in a worker thread, so that a cancel stops it at any time. */
  get cancellableWhileRunning(): boolean {
    return this.background !== undefined;
  }

  /**
   * Analyses a document above the size limit, or one the time budget cut short, with no time
   * budget (and keeps doing so while it stays open). In a worker where the host has one; `signal`
   * stops it, and then nothing changes: undefined. Undefined too when the analysis failed.
   */
  async analyseAnyway(document: vscode.TextDocument, signal?: AbortSignal): Promise<Analysis | undefined> {
    const key = document.uri.toString();
    if (!this.background) {
      await new Promise((resolve) => setTimeout(resolve, 100)); // let a Cancel button show first
      if (signal?.aborted) return undefined;
      this.allowedLarge.add(key);
      return this.reanalyse(document);
    }
    const full = await this.analyseInWorker(document, signal);
    if (!full) return undefined;
    this.allowedLarge.add(key);
    if (full.version === document.version) {
      this.entries.set(key, full.entry);
      this.announce(document);
      return full.entry.analysis;
    }
    // Edited meanwhile: the new version's full analysis follows from the worker.
    return this.reanalyse(document);
  }

  /** The full analysis of the current version, in a worker; undefined when stopped or failed (logged). */
  private async analyseInWorker(document: vscode.TextDocument, signal?: AbortSignal): Promise<{ version: number; entry: CacheEntry } | undefined> {
    const key = document.uri.toString();
    this.running.get(key)?.abort();
    const stop = new AbortController();
    this.running.set(key, stop);
    const onAbort = () => stop.abort();
    signal?.addEventListener('abort', onAbort);
    const version = document.version;
    const text = document.getText();
    const { format, prose } = readingOf(document, text);
    const started = performance.now();
    try {
      const analysis = await this.background!.analyse(prose, { timeBudgetMs: Infinity }, stop.signal);
      log()?.debug(`analysed ${document.uri.toString(true)} (${format}) v${version} in full in a worker in ${Math.round(performance.now() - started)} ms`);
      const sizeMB = utf8Bytes(text) / MB;
      return { version, entry: { version, state: 'analysed', analysis, sizeMB, inWorker: true, ...(prose !== text ? { prose } : {}) } };
    } catch (e) {
      if (e instanceof AnalysisCancelled) log()?.info(`full analysis of ${document.uri.toString(true)} v${version} stopped`);
      else logError(`full analysis of ${document.uri.toString(true)} v${version} in a worker`, e);
      return undefined;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (this.running.get(key) === stop) this.running.delete(key);
    }
  }

  /** After an edit of an article asked for in full: its full analysis from the worker, shown when it is still current. */
  private followInWorker(document: vscode.TextDocument): void {
    void this.analyseInWorker(document).then((full) => {
      if (!full || full.version !== document.version || document.isClosed || !this.allowedLarge.has(document.uri.toString())) return;
      this.entries.set(document.uri.toString(), full.entry);
      this.announce(document);
    });
  }

  /** Throws the cached analysis away and analyses the current version again, now. */
  reanalyse(document: vscode.TextDocument): Analysis | undefined {
    this.entries.delete(document.uri.toString());
    return this.announce(document);
  }

  private analyse(document: vscode.TextDocument): CacheEntry {
    const key = document.uri.toString();
    const version = document.version;
    const settings = readSettings(document);
    const text = document.getText();
    const limit = settings.maxFileSizeMB > 0 ? settings.maxFileSizeMB * MB : Infinity;
    const sizeMB = utf8Bytes(text, limit) / MB;
    if (sizeMB * MB > limit && !this.allowedLarge.has(key)) {
      log()?.info(`${document.uri.toString(true)} is above ${settings.maxFileSizeMB} MB: not analysed until asked`);
      return { version, state: 'too-large', sizeMB };
    }
    const started = performance.now();
    const cpuStarted = this.firstAnalysis ? undefined : cpuNowMs();
    try {
      // The MP data is loaded by the first analysis that needs it: timed apart, for the start's figures.
      const madeMpData = !this.firstAnalysis && !KnowledgeBase.bundledMade();
      const mpDataMs = madeMpData ? timed(() => KnowledgeBase.bundled()) : 0;
      const { format, prose } = readingOf(document, text);
      // Asked for despite its size: analysed completely, speakers included, however long that takes:
      // in a worker when there is one (the budgeted analysis meanwhile), else here.
      const inWorker = this.allowedLarge.has(key) && this.background !== undefined;
      const timeBudgetMs = this.allowedLarge.has(key) && !inWorker ? Infinity : settings.timeBudgetMs;
      const analysis = this.analyzer(prose, { timeBudgetMs });
      if (inWorker && analysis.stats.truncated) setTimeout(() => this.followInWorker(document), 0);
      const ms = performance.now() - started;
      this.firstAnalysis ??= { uri: document.uri.toString(), ms, mpDataMs, madeMpData, cpuMs: cpuSince(cpuStarted) };
      log()?.debug(`analysed ${document.uri.toString(true)} (${format}) v${version} in ${Math.round(ms)} ms${analysis.stats.truncated ? ' (time budget ran out)' : ''}`);
      return { version, state: 'analysed', analysis, sizeMB, ...(prose !== text ? { prose } : {}) };
    } catch (e) {
      logError(`analysis of ${document.uri.toString(true)} v${version}`, e);
      return { version, state: 'failed', sizeMB };
    }
  }

  /** Makes sure the current version is analysed and tells the listeners. */
  private announce(document: vscode.TextDocument): Analysis | undefined {
    const entry = this.entry(document);
    this.announced.set(document.uri.toString(), document.version);
    this.emitter.fire({ document, analysis: entry?.analysis });
    return entry?.analysis;
  }

  /** Analyses after a pause; a change that comes first supersedes the waiting run. */
  private schedule(document: vscode.TextDocument, delayMs: number): void {
    const key = document.uri.toString();
    const waiting = this.timers.get(key);
    if (waiting !== undefined) clearTimeout(waiting);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (!isArticle(document)) return;
      // A provider may have analysed this version already (get() on a hover): announce it once all the same.
      if (this.announced.get(key) === document.version && this.peek(document)) return;
      try {
        this.announce(document);
      } catch (e) {
        logError('announcing a new analysis', e);
      }
    }, delayMs));
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const waiting = this.timers.get(key);
    if (waiting !== undefined) clearTimeout(waiting);
    this.timers.delete(key);
    this.allowedLarge.delete(key);
    this.running.get(key)?.abort();
    this.asideForTests.delete(key);
    this.announced.delete(key);
    if (this.entries.delete(key)) this.emitter.fire({ document, analysis: undefined });
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const r of this.running.values()) r.abort();
    this.entries.clear();
    for (const d of this.subscriptions) d.dispose();
  }
}
