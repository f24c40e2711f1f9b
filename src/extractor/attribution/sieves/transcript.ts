import { type Attribution, type AttributionInput, firstSentenceOf, UNATTRIBUTED } from '../input';
import { type Sieve, TRANSCRIPT_COLON } from '../sieve';
import { type SpeakerLabel, interviewee, labelPerson, readLabel, speakerLabels } from '../speakerLabels';
import type { RawQuote } from '../../quotes';
import type { Speaker } from '../../salience';
import { isCommonWord } from '../../lexicon';

/**
 * Transcripts and interview write-ups: a quote that opens a turn labelled "SMITH: “…”", "Ann Smith:
 * “…”", "Q: “…”" or "A: “…”". A name label is its person's (also in capitals, or by surname alone);
 * the interviewer's questions (Q, Presenter) are not the interviewee's, and stay unknown unless the
 * label names the interviewer; A is the interviewee's, when the introduction makes clear who that is.
 * A role label ("CALLER:") names no one. Labels that could be headings count only in a transcript
 * (two labelled turns or more).
 */
export const transcript: Sieve = {
  name: 'transcript',
  needs: TRANSCRIPT_COLON,
  apply({ input, cues }, q) {
    const quote = input.quotes[q];
    const labels = speakerLabels(input);
    // “Chris Matthews: Seriously…”: a transcript turn quoted whole, its label inside the marks, opening
    // a paragraph with no cue of its own (a chant or a tweet that quotes someone has its own speaker).
    const first = firstSentenceOf(input, quote.paragraph);
    const opens = first === input.quoteSentence[q] && input.sentences[first].start === quote.open.start && !cues.bySentence.get(first)?.length &&
      (!quote.close || /^[ \t.,;!?]*(?:\r?\n|$)/.test(input.text.slice(quote.close.end, quote.close.end + 8)));
    const inside = opens ? readLabel(input.text, quote.start, quote.paragraph) : null;
    const person = inside?.kind === 'name' ? labelPerson(input, inside) : null;
    if (inside && person) return turn(input, inside, { type: 'person', entity: person });
    if (inside && (capitalLabel(input.text, inside) || labelledQuotes(input).all >= 2)) return unnamedTurn(input, inside);
    const label = labels.get(quote.paragraph);
    // The quote opens the turn, right after the label (a bounded look, however long the paragraph).
    if (!label || quote.continued || quote.open.start < label.after || quote.open.start - label.after > 4 || input.text.slice(label.after, quote.open.start).trim() !== '') return null;
    switch (label.kind) {
      case 'name': {
        const person = labelPerson(input, label);
        if (person) return turn(input, label, { type: 'person', entity: person });
        return labels.size >= 2 ? UNATTRIBUTED : null;
      }
      case 'question': return labels.size >= 2 ? UNATTRIBUTED : null;
      case 'answer': return labels.size >= 2 ? turn(input, label, interviewee(input, labels)) : null;
      case 'role': return labels.size >= 2 ? UNATTRIBUTED : null;
    }
  },
};

/** "QUIJANO", "MR. TRUMP": a label written in capitals, which no heading or salutation inside a quote is. */
function capitalLabel(text: string, label: SpeakerLabel): boolean {
  const words = text.slice(label.start, label.end);
  return words.length >= 2 && words === words.toUpperCase() && /\p{Lu}{2}/u.test(words);
}

/**
 * “QUIJANO: Thank you, senator.” in a quoted transcript, a label the people finder knows no one by: a
 * turn of its own, never more of the turn before it. In a transcript whose other labels name people of
 * the text (“PENCE: …”, “KAINE: …”), a name label in capitals is the name the text gives that speaker
 * (the moderator named only so); otherwise the turn is someone's, unknown.
 */
function unnamedTurn(input: AttributionInput, label: SpeakerLabel): Attribution {
  if (label.kind !== 'name' || !capitalLabel(input.text, label) || labelledQuotes(input).named === 0 || isCommonWord(label.folded)) return UNATTRIBUTED;
  const name = label.folded.replace(/(^|[ '’.-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  return turn(input, label, { type: 'organisation', name });
}

/** The labelled turn, said by `speaker`, its label the cue; with nobody named, someone's, unknown. */
function turn(input: AttributionInput, label: SpeakerLabel, speaker: Speaker): Attribution {
  if (!speaker) return { kind: 'speech', speaker, cue: null, method: null };
  return { kind: 'speech', speaker, cue: { start: label.start, end: label.end, text: input.text.slice(label.start, label.end) }, method: 'colon' };
}

/** Per analysis: how many quotes open a paragraph with a speaker label inside their marks, and how many of those labels name a person of the text. */
const labelled = new WeakMap<AttributionInput, { all: number; named: number }>();
function labelledQuotes(input: AttributionInput): { all: number; named: number } {
  let n = labelled.get(input);
  if (n === undefined) {
    n = { all: 0, named: 0 };
    for (const quote of input.quotes) {
      const label = opensParagraph(input, quote) ? readLabel(input.text, quote.start, quote.paragraph) : null;
      if (!label) continue;
      n.all++;
      if (label.kind === 'name' && labelPerson(input, label)) n.named++;
    }
    labelled.set(input, n);
  }
  return n;
}

function opensParagraph(input: AttributionInput, quote: RawQuote): boolean {
  const first = firstSentenceOf(input, quote.paragraph);
  return first >= 0 && input.sentences[first].start === quote.open.start;
}
