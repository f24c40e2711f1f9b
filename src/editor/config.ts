import * as vscode from 'vscode';

export interface HighlightSettings {
  enabled: boolean;
  mps: boolean;
  speakers: boolean;
  quotesBySpeaker: boolean;
  cues: boolean;
}

export interface Settings {
  highlight: HighlightSettings;
  /** Party name → colour, overriding the theme colours. */
  partyColors: Record<string, string>;
  debounceMs: number;
  maxFileSizeMB: number;
  timeBudgetMs: number;
}

export function settings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('pressGallery', scope);
  return {
    highlight: {
      enabled: c.get('highlight.enabled', true),
      mps: c.get('highlight.mps', true),
      speakers: c.get('highlight.speakers', true),
      quotesBySpeaker: c.get('highlight.quotesBySpeaker', false),
      cues: c.get('highlight.cues', false),
    },
    partyColors: c.get('partyColors', {}),
    debounceMs: Math.max(0, c.get('debounceMs', 300)),
    maxFileSizeMB: Math.max(0, c.get('maxFileSizeMB', 2)),
    timeBudgetMs: Math.max(50, c.get('timeBudgetMs', 3000)),
  };
}
