import type * as vscode from 'vscode';
import type { Analysis } from '../extractor/types';
import type { SourcesModel } from '../corpus/sourcesModel';
import type { CheckAllResult } from './commands/checkAllArticles';
import type { MovedSetting } from './renamedSettings';
import type { Settings } from './config';

/**
 * What `activate` returns: a small window into the extension for integration tests (through
 * `vscode.extensions.getExtension('press-gallery.press-gallery').activate()`).
 */
export interface PressGalleryApi {
  /**
   * The analysis of the document's current version, made now if none is cached: the one the
   * providers read. For a file above pressGallery.maxFileSizeMB that nobody asked to analyse, it is
   * made on this request and kept aside: the editor still shows the file as not analysed (no
   * hovers, outline or highlights; the status bar says it is too large). Undefined when the
   * document is not an open news article, or when the analysis failed.
   */
  getAnalysis(target: vscode.Uri | vscode.TextDocument): Analysis | undefined;
  /**
   * The Speakers view's items as shown, depth first: `label (description)` (or just the label when it
   * has no description), children indented by two spaces per level; a group that starts collapsed ends in ` [collapsed]`.
   */
  getSpeakersViewItems(): string[];
  /** Check All Articles, cancelled also by `token`; what it did. */
  checkAllArticles(token?: vscode.CancellationToken): Promise<CheckAllResult | undefined>;
  /** The labels of the Speakers view's selected items (what Follow Cursor selected). */
  getSpeakersViewSelection(): string[];
  /** For an editor: each decoration key (see src/presentation/highlights/highlightPlan.ts) and the ranges it was given. */
  getDecorations(editor: vscode.TextEditor): Record<string, vscode.Range[]>;
  /** The status bar item's text, or undefined while it is hidden. */
  getStatusBarText(): string | undefined;
  /** Settles once the stored MP data update (if any) is applied, as it is read at start. */
  mpDataReady(): Promise<void>;
  /**
   * Resolves once the workspace index has nothing left to do (its first build, a watched change):
   * `idle`, or `stopped` when Stop Indexing ended it; and how many articles it holds.
   */
  whenIndexed(): Promise<{ state: 'idle' | 'indexing' | 'stopped'; articles: number }>;
  /**
   * What starting cost: how long evaluating the extension's bundle took (`loadMs`, when the bundle
   * recorded its start), how long `activate()` ran, and the first analysis the editor made (which
   * document, how long it took, and how much of that was making the MP data's knowledge base, which
   * it made unless something had before it), once there has been one.
   * The `cpu` figures are CPU time (every thread of the host), where the host can tell.
   */
  getStartupTimings(): {
    loadMs?: number; loadCpuMs?: number; activateMs: number; activateCpuMs?: number;
    firstAnalysis?: { uri: string; ms: number; mpDataMs: number; madeMpData: boolean; cpuMs?: number };
  };
  /** What the Sources view shows (its scope, totals, tables), or undefined while it is closed. */
  getSourcesShown(): SourcesModel | undefined;
  /** The "Treat as Article" status-bar hint's text, or undefined while it is hidden. */
  getFileHintText(): string | undefined;
  /**
   * Moves values set under the old keys of renamed settings to the new keys, as activation does
   * once it is done (after the move made at start); what it moved.
   */
  migrateRenamedSettings(): Promise<MovedSetting[]>;
  /**
   * What Analyse Large File Anyway does, without its notification: the full analysis (a worker
   * thread in the Node host), stopped by `token`; undefined when stopped (nothing changes) or failed.
   */
  analyseInFull(target: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Analysis | undefined>;
  /** The full analysis of the document's text made here, in the extension host's thread (to compare with a worker's). */
  analyseInHost(target: vscode.TextDocument): Analysis;
  /** True when the document's current analysis was made in a worker thread. */
  analysedInWorker(target: vscode.TextDocument): boolean;
  /** The settings as the editor reads them (renamed keys included), for a document's scope. */
  getSettings(scope?: vscode.ConfigurationScope): Settings;
}
