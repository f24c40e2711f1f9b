import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import type { Analysis, Quote } from '../extractor/types';
import { quoteEnd } from '../extractor/quotes';
import { passageDetail, passages, Passage } from '../presentation/speakers/passages';
import { oneLine, quoteLabel } from '../presentation/text/words';
import { safely } from './log';

/**
 * Symbol kinds. VS Code has no kind for a person or a quotation, and the kind's name is what the
 * Outline reads out and Go to Symbol (`@:`) groups by, so the choice is about what reads right:
 * - a person is a member of the article's cast (an MP a Member): `EnumMember` ("member");
 * - an organisation speaks as a body that holds members: `Namespace`, with an icon of its own;
 * - a quotation is something said at one point of the text: `Event`;
 * - a passage nobody could be found for has no speaker: `Null`.
 */
export const SymbolKinds = {
  person: vscode.SymbolKind.EnumMember,
  organisation: vscode.SymbolKind.Namespace,
  quote: vscode.SymbolKind.Event,
  unattributed: vscode.SymbolKind.Null,
} as const;

/**
 * The Outline: the article's speech in text order, one symbol per passage (passages.ts: a run of
 * quotes by one speaker, with party and seat as detail for MPs), its quotes as children named by
 * their first words. Passages never overlap, so breadcrumbs and sticky scroll name the quote and
 * the speaker under the cursor, and a problem's badge lands on the passage that holds it. Terms in
 * quotation marks ("so-called “awkward squad”") stay out: nobody said them.
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
      const out = passages(a, this.cache.analysedText(document)).map((p) => passageSymbol(document, p));
      this.built.set(a, out);
      return out;
    });
  }
}

function passageSymbol(document: vscode.TextDocument, p: Passage): vscode.DocumentSymbol {
  const children = p.quotes.map((q) => quoteSymbol(document, q));
  const kind = !p.group ? SymbolKinds.unattributed : p.group.type === 'organisation' ? SymbolKinds.organisation : SymbolKinds.person;
  const range = new vscode.Range(document.positionAt(p.start), document.positionAt(p.end));
  const symbol = new vscode.DocumentSymbol(p.group?.name ?? 'Unattributed', passageDetail(p), kind, range, children[0].selectionRange);
  symbol.children = children;
  return symbol;
}

/** A quote: from its opening mark to its closing one; selects the words between. */
function quoteSymbol(document: vscode.TextDocument, q: Quote): vscode.DocumentSymbol {
  const range = new vscode.Range(document.positionAt(q.open.start), document.positionAt(quoteEnd(q)));
  const selection = new vscode.Range(document.positionAt(q.start), document.positionAt(q.end));
  return new vscode.DocumentSymbol(`“${quoteLabel(q.text)}”`, q.cue ? oneLine(q.cue.text) : '', SymbolKinds.quote, range, selection);
}
