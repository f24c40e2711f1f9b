import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { articleFormat } from './articleFiles';
import { runChecks, CheckName, CheckOptions, DEFAULT_ENABLED, DEFAULT_SEVERITY, Problem, Severity } from '../checks';
import { safely } from './log';
import type { Analysis } from '../extractor/types';
import { lineStarts, positionAt } from '../corpus/lines';

const CHECKS: CheckName[] = ['partyClaims', 'misspeltNames', 'quotationMarks', 'unattributedQuotes', 'conflictingSpeakers', 'dateLine'];
const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** A diagnostic that remembers its problem, so the code action provider can offer its fix. */
export class CheckDiagnostic extends vscode.Diagnostic {
  constructor(range: vscode.Range, readonly problem: Problem) {
    super(range, problem.message, SEVERITY[problem.severity]);
    this.source = 'Press Gallery';
    this.code = problem.check;
  }
}

/** `pressGallery.checks.<name>`: "off" or a severity. */
export function checkOptions(scope?: vscode.ConfigurationScope): CheckOptions {
  const c = vscode.workspace.getConfiguration('pressGallery.checks', scope);
  const options: CheckOptions = { enabled: {}, severity: {} };
  for (const name of CHECKS) {
    const level = c.get<string>(name, DEFAULT_ENABLED[name] ? DEFAULT_SEVERITY[name] : 'off');
    options.enabled[name] = level !== 'off';
    if (level !== 'off') options.severity[name] = level as Severity;
  }
  return options;
}

/**
 * The sub-editor's checks as diagnostics (Problems panel, squiggles), kept in step with the analysis
 * of each open article; they go when the article closes, unless Check All Articles listed the file:
 * then its problems as saved come back (`recheckSaved`).
 */
export class Diagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('pressGallery');
  private readonly problems = new Map<string, CheckDiagnostic[]>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Problems per analysis (analyses are immutable; settings changes clear it). */
  private checked = new WeakMap<Analysis, Problem[]>();
  /** The open documents not on screen, checked one per turn of the event loop after those that are. */
  private waiting: vscode.TextDocument[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Files Check All Articles listed: their problems stay in the Problems panel after they close. */
  private readonly kept = new Set<string>();

  /** `recheckSaved`: checks a closed file as saved (Check All Articles' own check of one file). */
  constructor(private readonly cache: AnalysisCache, private readonly recheckSaved?: (uri: vscode.Uri) => Promise<unknown>) {
    this.subscriptions.push(
      this.collection,
      cache.onDidChangeAnalysis((e) => this.update(e.document)),
      vscode.workspace.onDidOpenTextDocument((d) => this.update(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.closed(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('pressGallery.checks')) return;
        this.checked = new WeakMap();
        this.updateAll();
      }),
    );
    this.updateAll();
  }

  /** Check All Articles listed this file: keep its problems (as saved) once it closes. */
  keepAfterClose(uri: vscode.Uri): void {
    this.kept.add(uri.toString());
  }

  private closed(uri: vscode.Uri): void {
    this.collection.delete(uri);
    this.problems.delete(uri.toString());
    if (this.kept.has(uri.toString()) && this.recheckSaved) {
      void this.recheckSaved(uri).then(undefined, () => undefined);
    }
  }

  /**
   * Checks every open document: those on screen now, the others one per turn of the event loop,
   * so that analysing articles in background tabs never delays the first analysis of the one shown.
   */
  private updateAll(): void {
    const visible = new Set(vscode.window.visibleTextEditors.map((e) => e.document));
    for (const d of visible) this.update(d);
    this.waiting = vscode.workspace.textDocuments.filter((d) => !visible.has(d));
    this.next();
  }

  private next(): void {
    if (this.timer !== undefined || this.waiting.length === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const d = this.waiting.shift();
      if (d && !d.isClosed) this.update(d);
      this.next();
    }, 0);
  }

  /** Checks the document's current analysis and shows the problems; returns how many there are. */
  update(document: vscode.TextDocument): number {
    return safely('checks', 0, () => {
      if (articleFormat(document) === undefined) {
        // No longer an article (a Markdown file that lost its date, "Stop Treating…"): its problems go.
        if (this.problems.delete(document.uri.toString())) this.collection.delete(document.uri);
        return 0;
      }
      const analysis = this.cache.get(document);
      if (!analysis) { this.collection.delete(document.uri); return 0; }
      const problems = this.problemsOf(document, analysis);
      const diagnostics = problems.map((p) => this.toDiagnostic((s) => document.positionAt(s), document.uri, p));
      this.problems.set(document.uri.toString(), diagnostics);
      this.collection.set(document.uri, diagnostics);
      return problems.length;
    });
  }

  /**
   * The problems in one analysis of a document (for the hover cards, which may ask before the
   * diagnostics of a new version are shown): checked once per analysis.
   */
  problemsOf(document: vscode.TextDocument, analysis: Analysis): Problem[] {
    let problems = this.checked.get(analysis);
    if (!problems) {
      problems = runChecks(this.cache.analysedText(document), analysis, checkOptions(document));
      this.checked.set(analysis, problems);
    }
    return problems;
  }

  /** Shows the problems of a file as saved, for an article the editor has not opened (Check All Articles). */
  setSaved(uri: vscode.Uri, text: string, problems: readonly Problem[]): void {
    const starts = lineStarts(text);
    const at = (offset: number) => { const p = positionAt(starts, offset); return new vscode.Position(p.line, p.character); };
    const diagnostics = problems.map((p) => this.toDiagnostic(at, uri, p));
    this.kept.add(uri.toString());
    this.problems.set(uri.toString(), diagnostics);
    this.collection.set(uri, diagnostics);
  }

  /**
   * The problem behind a diagnostic that VS Code hands back (a copy, not our object): matched by its
   * code, range and message.
   */
  problemFor(uri: vscode.Uri, d: vscode.Diagnostic): Problem | undefined {
    return this.problems.get(uri.toString())?.find((x) => x.message === d.message && x.range.isEqual(d.range) && String(x.code) === String(d.code))?.problem;
  }

  private toDiagnostic(at: (offset: number) => vscode.Position, uri: vscode.Uri, p: Problem): CheckDiagnostic {
    const range = (s: number, e: number) => new vscode.Range(at(s), at(e));
    const d = new CheckDiagnostic(range(p.start, p.end), p);
    if (p.related) d.relatedInformation = p.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, range(r.start, r.end)), r.message));
    return d;
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.waiting = [];
    for (const d of this.subscriptions) d.dispose();
  }
}
