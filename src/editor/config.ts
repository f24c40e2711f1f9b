import * as vscode from 'vscode';
import { CONFIG_SECTION, RENAMED_SETTINGS } from '../presentation/ids';
import { readRenamed } from './renamedSettings';
import type { HighlightSwitches } from '../presentation/highlights/highlightPlan';

/** Press Gallery's settings (contributes.configuration in package.json), read with their defaults. */
export interface Settings {
  highlight: HighlightSwitches;
  /** Party name → hex colour or theme colour id. */
  partyColors: Record<string, unknown>;
  /** Pause after typing before analysing again (pressGallery.analysisDelay, ms). */
  debounceMs: number;
  /** Above this size an article is not analysed until asked; 0 means no limit. */
  maxFileSizeMB: number;
  /** pressGallery.timeBudget (ms), passed to analyze() as timeBudgetMs. */
  timeBudgetMs: number;
}

function number(c: vscode.WorkspaceConfiguration, key: string, fallback: number, min: number): number {
  const v = readRenamed<unknown>(c, key);
  return typeof v === 'number' && Number.isFinite(v) ? Math.max(min, v) : fallback;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  const colours = c.get<unknown>('partyColors');
  return {
    highlight: {
      enabled: c.get<boolean>('highlight.enabled', true),
      mps: readRenamed<boolean>(c, 'highlight.MPs') !== false,
      speakers: c.get<boolean>('highlight.speakers', true),
      quotesBySpeaker: c.get<boolean>('highlight.quotesBySpeaker', false),
      cues: c.get<boolean>('highlight.cues', false),
    },
    partyColors: colours && typeof colours === 'object' ? (colours as Record<string, unknown>) : {},
    debounceMs: number(c, 'analysisDelay', 300, 0),
    maxFileSizeMB: number(c, 'maxFileSizeMB', 5, 0),
    timeBudgetMs: number(c, 'timeBudget', 3000, 50),
  };
}

/** Settings whose change makes every cached analysis stale. */
export function affectsAnalysis(e: vscode.ConfigurationChangeEvent): boolean {
  return [`maxFileSizeMB`, 'timeBudget', ...oldKeysOf('timeBudget')].some((k) => e.affectsConfiguration(`${CONFIG_SECTION}.${k}`));
}

/** The old keys of a renamed setting (still read until moved). */
function oldKeysOf(key: string): string[] {
  return RENAMED_SETTINGS.filter((r) => r.to === key).map((r) => r.from);
}

/** Settings whose change redraws the highlights. */
export function affectsHighlights(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(`${CONFIG_SECTION}.highlight`) || e.affectsConfiguration(`${CONFIG_SECTION}.partyColors`);
}

/** How Markdown files are treated: articles when they look like one, always, or never. */
export type MarkdownArticles = 'detect' | 'always' | 'never';

/** The Files settings (pressGallery.files.*): which files are articles. */
export interface FileSettings {
  /** Plain-text files with a date line first open as News Article. */
  detectPlainText: boolean;
  markdown: MarkdownArticles;
  /** Globs of files that are always articles. */
  include: string[];
}

export function readFileSettings(scope?: vscode.ConfigurationScope): FileSettings {
  const c = vscode.workspace.getConfiguration(`${CONFIG_SECTION}.files`, scope);
  const markdown = c.get<string>('markdown');
  const include = c.get<unknown>('include');
  return {
    detectPlainText: c.get<boolean>('detectPlainText', true) !== false,
    markdown: markdown === 'always' || markdown === 'never' ? markdown : 'detect',
    include: Array.isArray(include) ? include.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : [],
  };
}

export function affectsFiles(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(`${CONFIG_SECTION}.files`);
}
