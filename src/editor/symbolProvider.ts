import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import type { Analysis, Quote } from '../extractor/types';
import { groupBySpeaker, unattributed } from '../presentation/speakers/groups';
import { quoteLabel } from '../presentation/text/words';
import { speakerDetail } from '../presentation/speakers/labels';
import { safely } from './log';

/**
 * Symbol kinds. VS Code has no kind for a person, so the choice is about what reads right in the
 * Outline, breadcrumbs and Go to Symbol (`@:` groups by kind):
 * - a person is an individual, not a type or a callable: `Object` (not Class or Constructor);
 * - an organisation speaks as a body that holds people: `Namespace`, with an icon of its own;
 * - a quotation is text in quotation marks: `String`;
 * - the group of quotes nobody could be found for has no speaker: `Null`.
 */
export const SymbolKinds = {
  person: vscode.SymbolKind.Object,
  organisation: vscode.SymbolKind.Namespace,
  quote: vscode.SymbolKind.String,
  unattributed: vscode.SymbolKind.Null,
} as const;

/**
 * The Outline: each speaker a top-level symbol (in order of first quote) with party and seat as
 * detail for MPs, their quotes as children named by their first words; then "Unattributed" for
 * speech without a speaker. Terms in quotation marks ("so-called “awkward squad”") stay out: the
 * Outline answers "who said what", and a term is said by nobody; listed, it would also appear as
 * a speaker in breadcrumbs and sticky scroll.
 */
export class SymbolProvider implements vscode.DocumentSymbolProvider {
  /** Outline, breadcrumbs and sticky scroll all ask for one version's symbols: build them once. */
  private readonly built = new WeakMap<Analysis, vscode.DocumentSymbol[]>();

  constructor(private readonly cache: AnalysisCache) {}

  provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.DocumentSymbol[] {
    return safely('outline', [], () => {
      const a = this.cache.get(document);
      if (!a || token.isCancellationRequested) return [];
      const done = this.built.get(a);
      if (done) return done;
      const out = groupBySpeaker(a).map((g) =>
        parent(document, g.name, speakerDetail(g), g.type === 'organisation' ? SymbolKinds.organisation : SymbolKinds.person, g.quotes));
      const none = unattributed(a);
      if (none.length) out.push(parent(document, 'Unattributed', 'speaker unknown', SymbolKinds.unattributed, none));
      this.built.set(a, out);
      return out;
    });
  }
}

/** A speaker: spans from their first quote to their last, selects the first. */
function parent(document: vscode.TextDocument, name: string, detail: string, kind: vscode.SymbolKind, quotes: readonly Quote[]): vscode.DocumentSymbol {
  const children = quotes.map((q) => quoteSymbol(document, q));
  const range = children.reduce((r, c) => r.union(c.range), children[0].range);
  const symbol = new vscode.DocumentSymbol(name, detail, kind, range, children[0].selectionRange);
  symbol.children = children;
  return symbol;
}

/** A quote: from its opening mark to its closing one; selects the words between. */
function quoteSymbol(document: vscode.TextDocument, q: Quote): vscode.DocumentSymbol {
  const range = new vscode.Range(document.positionAt(q.open.start), document.positionAt(q.close ? q.close.end : q.end));
  const selection = new vscode.Range(document.positionAt(q.start), document.positionAt(q.end));
  return new vscode.DocumentSymbol(`“${quoteLabel(q.text)}”`, q.cue?.text.replace(/\s+/g, ' ') ?? '', SymbolKinds.quote, range, selection);
}
