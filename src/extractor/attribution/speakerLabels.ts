import type { Entity } from '../entities';
import type { Speaker } from '../salience';
import { speechVerbStem } from '../speechVerbs';
import { type AttributionInput, tokenAt } from './input';
import { withoutMarks } from '../charClass';
import { lazyPattern } from '../lazyPattern';
import { KeyedMemo } from '../keyedMemo';

/**
 * Speaker labels of transcripts and interview write-ups: a paragraph that opens with a name or a role
 * and a colon ("SMITH: …", "Ann Smith: …", "Q: …", "Presenter: …").
 */
export interface SpeakerLabel {
  paragraph: number;
  /** Offsets of the label (without its colon) and of the first character after the colon's spaces. */
  start: number;
  end: number;
  after: number;
  /** The label as written, folded to lower case with single spaces. */
  folded: string;
  kind: 'name' | 'question' | 'answer' | 'role';
}

/** Labels of the interviewer's turns, and of the interviewee's. */
const QUESTION_LABELS = /^(?:q|question|interviewer|presenter|host|reporter|interviewer \(.*\))$/;
const ANSWER_LABELS = /^(?:a|answer)$/;
/** Labels of a role that names no one ("CALLER:", "AUDIENCE MEMBER:"): their lines are someone's, unknown. */
const ROLE_LABELS = /^(?:caller|audience member|audience|voice|crowd|man|woman|voter|student|protester|spokesman|spokeswoman|spokesperson|narrator|announcer)$/;
/** Words that open a paragraph with a colon but name no speaker: page furniture and headings. */
const NOT_LABELS = /^(?:update|updated|note|editor's note|watch|read more|read|analysis|breaking|live|latest|background|correction|clarification|warning|source|sources|pictured|video|photo|see also|related|timeline|key points|in full|full text|the facts|what we know)$/;

const LABEL = lazyPattern(() => /^((?:[A-Z][\p{L}'’.-]*|Q|A)(?:[ \t]+(?:[A-Z][\p{L}'’.-]*|de|van|von|ap|of|the)){0,3}):(?:[ \t]+|(?=[“‘"']))/u);

const cache = new WeakMap<AttributionInput, Map<number, SpeakerLabel>>();

/** Every paragraph's speaker label, by paragraph index (worked out once per analysis). */
export function speakerLabels(input: AttributionInput): Map<number, SpeakerLabel> {
  let labels = cache.get(input);
  if (labels) return labels;
  labels = new Map();
  let last = -1;
  for (const s of input.sentences) {
    if (s.paragraph === last) continue;
    last = s.paragraph;
    const label = readLabel(input.text, s.start, s.paragraph);
    if (label) labels.set(s.paragraph, label);
  }
  cache.set(input, labels);
  return labels;
}

/** The speaker label that opens the text at `pos`, if any. */
export function readLabel(text: string, pos: number, paragraph: number): SpeakerLabel | null {
  const head = text.slice(pos, pos + 60);
  // A label starts with a capital A-Z and has its colon within reach: most paragraphs skip the pattern (and its compiling).
  const first = head.charCodeAt(0);
  if (!(first >= 65 && first <= 90) || !head.includes(':')) return null;
  const m = LABEL().exec(head);
  if (!m) return null;
  const folded = m[1].toLowerCase().replace(/\s+/g, ' ');
  // "Continued Stone: “…”" is an inverted cue, not a label.
  if (NOT_LABELS.test(folded) || folded.split(' ').some((w) => speechVerbStem(w))) return null;
  const kind = QUESTION_LABELS.test(folded) ? 'question' : ANSWER_LABELS.test(folded) ? 'answer' : ROLE_LABELS.test(folded) ? 'role' : 'name';
  // A one-letter label other than Q and A is an initial or a list marker, not a speaker.
  if (kind === 'name' && m[1].length < 2) return null;
  return { paragraph, start: pos, end: pos + m[1].length, after: pos + m[0].length, folded, kind };
}

/** Per analysis: the person of each label text, and the interviewee, so each is worked out once. */
const people = new KeyedMemo<AttributionInput, string, Entity | null>(personNamed);
const interviewees = new WeakMap<AttributionInput, Speaker>();

/** The person a name label stands for: the one person of the text whose name, surname or given name it is. */
export function labelPerson(input: AttributionInput, label: SpeakerLabel): Entity | null {
  const t = tokenAt(input.tokens, label.start);
  if (t >= 0 && input.personAt[t] >= 0) return input.entities[input.personAt[t]];
  return people.get(input, label.folded);
}

function personNamed(input: AttributionInput, folded: string): Entity | null {
  const words = withoutMarks(folded).split(' ');
  const fits = input.entities.filter((e) => {
    const parts = e.parts;
    if (words.length === 1) return parts[parts.length - 1] === words[0] || (parts.length > 1 && parts[0] === words[0]);
    return words.join(' ') === parts.join(' ') || (words[words.length - 1] === parts[parts.length - 1] && parts.includes(words[0]));
  });
  return fits.length === 1 ? fits[0] : null;
}

/**
 * The interviewee of a Q-and-A write-up: the one person named most often before its first labelled
 * turn (the introduction says whom the questions were put to). Null when two people tie.
 */
export function interviewee(input: AttributionInput, labels: Map<number, SpeakerLabel>): Speaker {
  if (!interviewees.has(input)) interviewees.set(input, findInterviewee(input, labels));
  return interviewees.get(input)!;
}

function findInterviewee(input: AttributionInput, labels: Map<number, SpeakerLabel>): Speaker {
  let first = Infinity;
  for (const l of labels.values()) if (l.kind === 'question' || l.kind === 'answer') first = Math.min(first, l.start);
  if (first === Infinity) return null;
  const counts = new Map<Entity, number>();
  for (const e of input.entities) {
    const n = e.mentions.filter((m) => m.start < first).length;
    if (n > 0) counts.set(e, n);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked.length > 1 && ranked[0][1] === ranked[1][1])) return null;
  return { type: 'person', entity: ranked[0][0] };
}
