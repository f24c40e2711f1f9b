import * as vscode from 'vscode';
import { AnalysisStore } from './analysisStore';
import { settings } from './config';
import { canonicalParty } from '../extractor/kb/parties';
import { groupBySpeaker } from '../presentation/speakers';
import { safely } from './log';

/** Party keys with a theme colour of their own (`pressGallery.party.*` in package.json). */
const PARTY_COLOURS: Record<string, string> = {
  labour: 'labour', conservative: 'conservative', 'liberal democrat': 'libdem', 'scottish national party': 'snp',
  'green party': 'green', 'plaid cymru': 'plaid', 'reform uk': 'reform', 'the independent group': 'independentGroup',
  'change uk – the independent group': 'independentGroup', 'the independent group for change': 'independentGroup',
  independent: 'independent', 'democratic unionist party': 'dup',
};
const TINTS = 6;

/**
 * Decorations from the analysis: MP names coloured by party, speakers who are not MPs in their own
 * style, optionally quotes tinted by speaker and cues underlined. Colours come from the theme
 * (contributed colours with light, dark and high-contrast defaults) unless `pressGallery.partyColors`
 * overrides a party. Each kind is switchable in settings and by the toggle command.
 */
export class Decorations implements vscode.Disposable {
  private types = new Map<string, vscode.TextEditorDecorationType>();
  private applied = new WeakMap<vscode.TextEditor, Record<string, vscode.Range[]>>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly store: AnalysisStore) {
    this.subscriptions.push(
      store.onDidChange((doc) => this.refreshDocument(doc)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('pressGallery.partyColors')) this.resetTypes();
        if (e.affectsConfiguration('pressGallery')) this.refreshAll();
      }),
    );
    this.refreshAll();
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.apply(editor);
  }

  private refreshDocument(doc: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === doc) this.apply(editor);
  }

  /** Which ranges each decoration kind got in an editor (for tests). */
  rangesOf(editor: vscode.TextEditor): Record<string, vscode.Range[]> {
    return this.applied.get(editor) ?? {};
  }

  private apply(editor: vscode.TextEditor): void {
    safely('decorations', undefined, () => {
      if (!AnalysisStore.isArticle(editor.document)) return;
      const wanted = this.rangesFor(editor.document);
      for (const [key, type] of this.types) if (!(key in wanted)) editor.setDecorations(type, []);
      for (const [key, ranges] of Object.entries(wanted)) editor.setDecorations(this.type(key), ranges);
      this.applied.set(editor, wanted);
    });
  }

  private rangesFor(doc: vscode.TextDocument): Record<string, vscode.Range[]> {
    const h = settings(doc).highlight;
    const out: Record<string, vscode.Range[]> = {};
    if (!h.enabled) return out;
    const a = this.store.get(doc);
    const range = (s: number, e: number) => new vscode.Range(doc.positionAt(s), doc.positionAt(e));
    const add = (key: string, r: vscode.Range) => (out[key] ??= []).push(r);
    const speakerIds = new Set(a.quotes.map((q) => q.speaker?.id).filter(Boolean));
    for (const p of a.people) {
      const key = p.mp && h.mps ? `party:${partyKey(p.mp.party)}` : !p.mp && h.speakers && speakerIds.has(p.id) ? 'speaker' : null;
      if (key) for (const m of p.mentions) add(key, range(m.start, m.end));
    }
    if (h.speakers) for (const o of a.organisations) if (speakerIds.has(o.id)) for (const m of o.mentions) add('speaker', range(m.start, m.end));
    if (h.cues) for (const q of a.quotes) if (q.cue) add('cue', range(q.cue.start, q.cue.end));
    if (h.quotesBySpeaker) {
      groupBySpeaker(a).forEach((g, i) => {
        for (const q of g.quotes) add(`tint:${i % TINTS}`, range(q.start, q.end));
      });
    }
    return out;
  }

  private type(key: string): vscode.TextEditorDecorationType {
    let t = this.types.get(key);
    if (!t) {
      t = vscode.window.createTextEditorDecorationType(this.style(key));
      this.types.set(key, t);
    }
    return t;
  }

  private style(key: string): vscode.DecorationRenderOptions {
    const [kind, name] = key.split(':');
    switch (kind) {
      case 'party': {
        const override = overrideFor(name, settings().partyColors);
        const color = override ?? new vscode.ThemeColor(`pressGallery.party.${PARTY_COLOURS[name] ?? 'other'}`);
        return { color, fontWeight: '600', rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed };
      }
      case 'speaker':
        return { color: new vscode.ThemeColor('pressGallery.speaker'), fontStyle: 'italic', rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed };
      case 'cue':
        return { borderStyle: 'none none dashed none', borderWidth: '1px', borderColor: new vscode.ThemeColor('pressGallery.cue') };
      default:
        return { backgroundColor: new vscode.ThemeColor(`pressGallery.quoteTint${Number(name) + 1}`) };
    }
  }

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

function partyKey(party: string): string {
  return canonicalParty(party.replace(/\s*\(co-op\)$/i, ''));
}

function overrideFor(partyKeyName: string, colours: Record<string, string>): string | undefined {
  for (const [party, colour] of Object.entries(colours)) if (partyKey(party) === partyKeyName && /^#[0-9a-f]{3,8}$/i.test(colour)) return colour;
  return undefined;
}
