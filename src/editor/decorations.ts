import * as vscode from 'vscode';
import { AnalysisCache, isArticle } from './analysisCache';
import { affectsHighlights, readSettings } from './config';
import { Colour, invalidPartyColours, partyColour, partyTint, planHighlights } from '../presentation/highlights/highlightPlan';
import { log, safely } from './log';

function toColour(c: Colour): string | vscode.ThemeColor {
  return c.kind === 'hex' ? c.value : new vscode.ThemeColor(c.id);
}

/** The look of each kind of highlight; colours from the theme (package.json `colors`) or the party map. */
function renderOptions(key: string, partyColors: Record<string, unknown>): vscode.DecorationRenderOptions {
  const colon = key.indexOf(':');
  const kind = colon < 0 ? key : key.slice(0, colon);
  const name = colon < 0 ? '' : key.slice(colon + 1);
  if (kind === 'party') {
    // Colour alone is not enough (Labour red on Light+'s red strings, Conservative blue on High
    // Contrast Light's blue ones): weight and an underline in the party's colour set MPs apart.
    const color = toColour(partyColour(name, partyColors));
    return {
      color, fontWeight: '600',
      borderStyle: 'none none solid none', borderWidth: '0 0 2px 0', borderColor: color,
      overviewRulerColor: color, overviewRulerLane: vscode.OverviewRulerLane.Right, rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    };
  }
  if (kind === 'tint') {
    const party = name.startsWith('party:') ? name.slice('party:'.length) : null;
    const backgroundColor = party !== null ? toColour(partyTint(partyColour(party, partyColors))) : new vscode.ThemeColor(`pressGallery.quoteTint${Number(name) + 1}`);
    return { backgroundColor, rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed };
  }
  if (key === 'speaker') {
    return { color: new vscode.ThemeColor('pressGallery.speaker'), fontStyle: 'italic', rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed };
  }
  // cue
  return { borderStyle: 'none none dotted none', borderWidth: '0 0 1px 0', borderColor: new vscode.ThemeColor('pressGallery.cue'), rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed };
}

/**
 * Highlights from the analysis: MP names by party colour, speakers who are not MPs in a style of
 * their own, and, when switched on, quotes tinted by speaker and cues underlined. Each is a setting
 * (pressGallery.highlight.*); pressGallery.highlight.enabled (Toggle Highlights) switches them all.
 * Redrawn when an analysis is announced (after a pause in typing), when editors become visible and
 * when settings change; decoration types are made once per kind and shared by all editors.
 */
export class Decorations implements vscode.Disposable {
  private types = new Map<string, vscode.TextEditorDecorationType>();
  /** What each editor was given, by decoration key (for the test API and to clear what is no longer wanted). */
  private applied = new WeakMap<vscode.TextEditor, Map<string, vscode.Range[]>>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private warnedColours = '';

  constructor(private readonly cache: AnalysisCache) {
    this.subscriptions.push(
      cache.onDidChangeAnalysis((e) => this.refreshDocument(e.document)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((ed) => this.apply(ed))),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!affectsHighlights(e)) return;
        if (e.affectsConfiguration('pressGallery.partyColors')) this.resetTypes();
        this.refreshAll();
      }),
    );
    this.refreshAll();
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.apply(editor);
  }

  private refreshDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === document.uri.toString()) this.apply(editor);
    }
  }

  /** The ranges each decoration key has in an editor, as last applied. */
  rangesOf(editor: vscode.TextEditor): Record<string, vscode.Range[]> {
    // The same editor may reach the caller as another object: fall back to a visible editor of the same document.
    const uri = editor.document.uri.toString();
    const found = this.applied.get(editor)
      ?? vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === uri).map((e) => this.applied.get(e)).find(Boolean);
    return Object.fromEntries(found ?? []);
  }

  private apply(editor: vscode.TextEditor): void {
    safely('highlights', undefined, () => {
      const wanted = new Map<string, vscode.Range[]>();
      const doc = editor.document;
      if (isArticle(doc)) {
        const settings = readSettings(doc);
        this.warnAboutColours(settings.partyColors);
        const analysis = this.cache.get(doc);
        if (analysis) {
          for (const [key, spans] of planHighlights(analysis, settings.highlight)) {
            wanted.set(key, spans.map((s) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end))));
          }
        }
      }
      const before = this.applied.get(editor);
      if (!before && wanted.size === 0) return;
      for (const key of before?.keys() ?? []) if (!wanted.has(key)) { const t = this.types.get(key); if (t) editor.setDecorations(t, []); }
      for (const [key, ranges] of wanted) editor.setDecorations(this.type(key), ranges);
      this.applied.set(editor, wanted);
    });
  }

  private type(key: string): vscode.TextEditorDecorationType {
    let t = this.types.get(key);
    if (!t) {
      t = vscode.window.createTextEditorDecorationType(renderOptions(key, readSettings().partyColors));
      this.types.set(key, t);
    }
    return t;
  }

  private warnAboutColours(map: Record<string, unknown>): void {
    const bad = invalidPartyColours(map);
    const signature = bad.join('\n');
    if (signature && signature !== this.warnedColours) {
      log()?.warn(`pressGallery.partyColors: ${bad.map((k) => `"${k}"`).join(', ')} ${bad.length === 1 ? 'has' : 'have'} no usable colour (use "#rrggbb" or a theme colour id such as "pressGallery.party.labour")`);
    }
    this.warnedColours = signature;
  }

  /** New colours: dispose the old types (which removes their decorations) and draw again. */
  private resetTypes(): void {
    for (const t of this.types.values()) t.dispose();
    this.types = new Map();
    this.applied = new WeakMap();
  }

  dispose(): void {
    this.resetTypes();
    for (const d of this.subscriptions) d.dispose();
  }
}
