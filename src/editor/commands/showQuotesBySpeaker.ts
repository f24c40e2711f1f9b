import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import type { Quote } from '../../extractor/types';
import { groupBySpeaker, unattributed } from '../../presentation/speakers/groups';
import { plural, quoteLabel } from '../../presentation/text/words';
import { UNATTRIBUTED_ID } from '../../presentation/ids';
import { mpFor, speakerDescription } from '../../presentation/speakers/labels';
import { analysisFor, articleFor } from './article';
import { revealRange } from './navigation';

interface Speaker {
  id: string;
  name: string;
  description: string;
  detail?: string;
  quotes: readonly Quote[];
}

/**
 * Show Quotes by Speaker: a quick pick of the speakers (skipped when the argument names one, as the
 * hover link and the Speakers view do), then of their quotes (skipped when a named speaker has one). Moving through the quotes previews
 * each in the editor; Escape puts the selection and scroll position back.
 * Argument: `{ uri?, speakerId? }` (ShowQuotesArgs).
 */
export async function showQuotesBySpeaker(cache: AnalysisCache, args?: unknown): Promise<void> {
  const doc = await articleFor(args);
  if (!doc) return;
  const a = analysisFor(cache, doc);
  if (!a) return;
  const speakers: Speaker[] = groupBySpeaker(a).map((g) => ({
    id: g.id,
    name: g.name,
    description: speakerDescription(g),
    detail: g.person?.mpStatus === 'mp' ? mpFor(g.person.mp!) : undefined,
    quotes: g.quotes,
  }));
  const none = unattributed(a);
  if (none.length) speakers.push({ id: UNATTRIBUTED_ID, name: 'Unattributed', description: plural(none.length, 'quote'), detail: 'Speaker unknown', quotes: none });
  if (!speakers.length) {
    void vscode.window.showInformationMessage('Press Gallery: no speech quotes in this article.');
    return;
  }
  const wanted = args && typeof args === 'object' && 'speakerId' in args ? String((args as { speakerId: unknown }).speakerId) : undefined;
  let speaker = speakers.find((s) => s.id === wanted);
  if (!speaker) {
    const picked = await vscode.window.showQuickPick(
      speakers.map((s) => ({ label: s.name, description: s.description, detail: s.detail, speaker: s })),
      { title: 'Press Gallery: Show Quotes by Speaker', placeHolder: 'Choose a speaker', matchOnDescription: true, matchOnDetail: true },
    );
    if (!picked) return;
    speaker = picked.speaker;
  } else if (speaker.quotes.length === 1) {
    // Named by the hover link or the view, with one quote: no list of one to choose from.
    await revealRange(doc.uri, speaker.quotes[0].start, speaker.quotes[0].end);
    return;
  }
  await pickQuote(doc, speaker);
}

async function pickQuote(doc: vscode.TextDocument, speaker: Speaker): Promise<void> {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  const before = editor && { selection: editor.selection, visible: editor.visibleRanges[0] };
  const items = speaker.quotes.map((q, i) => ({
    label: `“${quoteLabel(q.text, 14)}”`,
    description: q.cue?.text.replace(/\s+/g, ' '),
    detail: `Quote ${i + 1} of ${speaker.quotes.length} · line ${doc.positionAt(q.start).line + 1}`,
    quote: q,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: `Quotes by ${speaker.name} (${plural(speaker.quotes.length, 'quote')})`,
    placeHolder: 'Choose a quote to go to it',
    matchOnDetail: true,
    // Preview: show each quote in place as the user moves through the list.
    onDidSelectItem: (item) => {
      const q = (item as (typeof items)[number]).quote;
      if (editor) {
        const range = new vscode.Range(doc.positionAt(q.start), doc.positionAt(q.end));
        editor.selection = new vscode.Selection(range.start, range.end);
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
    },
  });
  if (picked) {
    await revealRange(doc.uri, picked.quote.start, picked.quote.end);
  } else if (editor && before) {
    editor.selection = before.selection;
    if (before.visible) editor.revealRange(before.visible, vscode.TextEditorRevealType.AtTop);
  }
}
