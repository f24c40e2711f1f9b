import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import type { WorkspaceIndex } from './workspaceIndex';
import { indexArticle, organisationKey, personKey, rangesOf } from '../corpus/articleIndex';
import { organisationAt, personAt, quoteAt } from '../presentation/navigation/lookup';
import type { Analysis } from '../extractor/types';
import { toRange } from './workspaceSymbols';
import { safely } from './log';

/** The cross-article key of what stands at an offset: a person's or organisation's name, or a quote's speaker. */
export function keyAt(a: Analysis, offset: number): string | undefined {
  const person = personAt(a, offset);
  if (person) return personKey(person.person);
  const organisation = organisationAt(a, offset);
  if (organisation) return organisationKey(organisation.organisation.name);
  const quote = quoteAt(a, offset);
  if (quote?.speaker) {
    const who = quote.speaker.type === 'person' ? a.people.find((p) => p.id === quote.speaker!.id) : undefined;
    return who ? personKey(who) : organisationKey(quote.speaker.name);
  }
  return undefined;
}

/**
 * Find All References / Peek References on a person's name (or inside one of their quotes): every
 * mention and quotation of that person in every indexed article, the open article as it stands now.
 */
export class References implements vscode.ReferenceProvider {
  constructor(private readonly cache: AnalysisCache, private readonly workspace: WorkspaceIndex) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken): vscode.Location[] {
    return safely('references', [], () => {
      const a = this.cache.get(document);
      if (!a || token.isCancellationRequested) return [];
      const key = keyAt(a, document.offsetAt(position));
      if (!key) return [];
      const here = document.uri.toString();
      const out: vscode.Location[] = [];
      // The open article from its live analysis (it may have unsaved changes), the others from the index.
      const live = indexArticle(here, document.getText(), a);
      for (const n of live.names) {
        if (n.key !== key) continue;
        const { mentions, quotes } = rangesOf(live, n);
        for (const r of [...mentions, ...quotes]) out.push(new vscode.Location(document.uri, toRange(r)));
      }
      for (const ref of this.workspace.index.references(key)) {
        if (ref.uri === here) continue;
        const uri = vscode.Uri.parse(ref.uri);
        for (const r of [...ref.mentions, ...ref.quotes]) out.push(new vscode.Location(uri, toRange(r)));
      }
      return out;
    });
  }
}
