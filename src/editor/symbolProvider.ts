import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import { firstWords, groupBySpeaker, unattributed } from '../presentation/speakers';
import type { Quote } from '../extractor/types';
import { safely } from './log';

/**
 * The Outline: each speaker a top-level symbol (people as classes, organisations as namespaces: the
 * closest kinds VS Code has, and distinct icons) with their quotes as string children, named by their
 * first words. Breadcrumbs and Go to Symbol come with it. Terms in quotation marks are not speech and
 * stay out.
 */
export class SymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly store: AnalysisStore) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    return safely('document symbols', [], () => {
      const a = this.store.get(document);
      const out: vscode.DocumentSymbol[] = [];
      for (const g of groupBySpeaker(a)) {
        const mp = g.person?.mp;
        const detail = mp ? `${mp.party}, ${mp.constituency}` : g.type === 'organisation' ? 'organisation' : '';
        const kind = g.type === 'organisation' ? vscode.SymbolKind.Namespace : vscode.SymbolKind.Class;
        out.push(parent(document, g.name, detail, kind, g.quotes));
      }
      const none = unattributed(a);
      if (none.length) out.push(parent(document, 'Speaker unknown', '', vscode.SymbolKind.Null, none));
      return out;
    });
  }
}

function parent(document: vscode.TextDocument, name: string, detail: string, kind: vscode.SymbolKind, quotes: Quote[]): vscode.DocumentSymbol {
  const children = quotes.map((q) => quoteSymbol(document, q));
  const range = children.reduce((r, c) => r.union(c.range), children[0].range);
  const symbol = new vscode.DocumentSymbol(name, detail, kind, range, children[0].selectionRange);
  symbol.children = children;
  return symbol;
}

function quoteSymbol(document: vscode.TextDocument, q: Quote): vscode.DocumentSymbol {
  const range = new vscode.Range(document.positionAt(q.open.start), document.positionAt(q.close ? q.close.end : q.end));
  const selection = new vscode.Range(document.positionAt(q.start), document.positionAt(q.end));
  return new vscode.DocumentSymbol(`“${firstWords(q.text)}”`, q.cue?.text ?? '', vscode.SymbolKind.String, range, selection);
}
