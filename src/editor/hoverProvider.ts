import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { Commands } from '../presentation/ids';
import { hitAt } from '../presentation/navigation/lookup';
import { CardOptions, dateCard, organisationCard, personCard, quoteCard } from '../presentation/hoverCards/cards';
import type { Diagnostics } from './diagnostics';
import { safely } from './log';
import { quoteEnd } from '../extractor/quotes';

/** Hover Markdown may run these commands (its links), and no other. */
export const HOVER_COMMANDS = [Commands.showQuotesBySpeaker, Commands.applyFix, Commands.analyseAnyway];

export function trustedMarkdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value, true);
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  return md;
}

/**
 * Hover cards: on a person, what the data says of them on the article's date and how often they
 * are quoted; on an organisation, its quotes; on a quotation, who said it, the cue and its place
 * among that speaker's quotes; on the date of the date line, what the date means for the lookups.
 * Text comes from markdown.ts; this class only finds what is under the mouse.
 */
export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache, private readonly checks?: Pick<Diagnostics, 'problemsOf'>) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    return safely('hover', undefined, () => {
      const settings = vscode.workspace.getConfiguration('pressGallery.hover', document);
      if (!settings.get<boolean>('enabled', true)) return undefined;
      const a = this.cache.get(document);
      if (!a || token.isCancellationRequested) return undefined;
      const hit = hitAt(a, document.offsetAt(position));
      if (!hit) return undefined;
      const options: CardOptions = { uri: document.uri.toString(), version: document.version };
      const range = (start: number, end: number) => new vscode.Range(document.positionAt(start), document.positionAt(end));
      switch (hit.kind) {
        case 'person':
          // The card shows the problems on what the text says of the person, with their fixes.
          if (settings.get<boolean>('showProblems', true)) options.problems = this.checks?.problemsOf(document, a);
          return new vscode.Hover(trustedMarkdown(personCard(a, hit.person, options)), range(hit.mention.start, hit.mention.end));
        case 'organisation':
          return new vscode.Hover(trustedMarkdown(organisationCard(a, hit.organisation, options)), range(hit.mention.start, hit.mention.end));
        case 'quote': {
          const q = hit.quote;
          return new vscode.Hover(trustedMarkdown(quoteCard(a, q, options)), range(q.open.start, quoteEnd(q)));
        }
        case 'date':
          return new vscode.Hover(trustedMarkdown(dateCard(a)), range(a.header.dateSpan!.start, a.header.dateSpan!.end));
      }
    });
  }
}
