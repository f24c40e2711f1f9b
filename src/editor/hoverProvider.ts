import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import { personCard, quoteCard, CommandLink } from '../presentation/cards';
import { personAt, quoteAt } from '../presentation/lookup';
import { safely } from './log';

export const SHOW_QUOTES_BY_SPEAKER = 'pressGallery.showQuotesBySpeaker';

/** Hover cards on people (party and seat on the article's date) and on quotations (who said it). */
export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: AnalysisStore) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    return safely('hover', undefined, () => {
      const a = this.store.get(document);
      const offset = document.offsetAt(position);
      const person = personAt(a, offset);
      if (person) {
        const link = showAll(document, person.person.id, person.person.name);
        return hover(personCard(a, person.person, link), document, person.mention.start, person.mention.end);
      }
      const quote = quoteAt(a, offset);
      if (quote) {
        const link = quote.speaker ? showAll(document, quote.speaker.id, quote.speaker.name) : null;
        return hover(quoteCard(a, quote, link), document, quote.open.start, quote.close ? quote.close.end : quote.end);
      }
      return undefined;
    });
  }
}

function showAll(document: vscode.TextDocument, speakerId: string, name: string): CommandLink {
  return { title: `Show all quotes by ${name}`, command: SHOW_QUOTES_BY_SPEAKER, args: [{ uri: document.uri.toString(), speakerId }] };
}

function hover(markdown: string, document: vscode.TextDocument, start: number, end: number): vscode.Hover {
  const md = new vscode.MarkdownString(markdown);
  md.isTrusted = { enabledCommands: [SHOW_QUOTES_BY_SPEAKER] };
  return new vscode.Hover(md, new vscode.Range(document.positionAt(start), document.positionAt(end)));
}
