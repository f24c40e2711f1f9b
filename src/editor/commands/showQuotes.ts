import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import { firstWords, groupBySpeaker } from '../../presentation/speakers';
import { plural } from '../../presentation/dates';
import { reveal } from './navigation';

export interface ShowQuotesArgs {
  uri?: string;
  speakerId?: string;
}

/** Quick pick of the speakers (unless one is given), then of their quotes; the chosen quote is revealed. */
export async function showQuotesBySpeaker(store: AnalysisStore, args: ShowQuotesArgs = {}): Promise<void> {
  const doc = args.uri
    ? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri))
    : vscode.window.activeTextEditor?.document;
  if (!doc) return;
  const groups = groupBySpeaker(store.get(doc));
  if (!groups.length) {
    void vscode.window.showInformationMessage('Press Gallery: no attributed quotes in this article.');
    return;
  }
  let group = groups.find((g) => g.id === args.speakerId);
  if (!group) {
    const picked = await vscode.window.showQuickPick(
      groups.map((g) => ({ label: g.name, description: plural(g.quotes.length, 'quote'), detail: g.person?.mp ? `${g.person.mp.party}, ${g.person.mp.constituency}` : undefined, group: g })),
      { title: 'Press Gallery: Show Quotes by Speaker', placeHolder: 'Choose a speaker' },
    );
    if (!picked) return;
    group = picked.group;
  }
  const quote = await vscode.window.showQuickPick(
    group.quotes.map((q) => ({ label: `“${firstWords(q.text, 14)}”`, description: q.cue?.text, detail: `line ${doc.positionAt(q.start).line + 1}`, q })),
    { title: `Quotes by ${group.name}`, placeHolder: 'Choose a quote to reveal' },
  );
  if (quote) await reveal(doc.uri, quote.q.start, quote.q.end);
}
