import type { Analysis } from '../extractor/types';
import type { KbPerson, KnowledgeBase } from '../extractor/kb/knowledgeBase';
import type { Problem } from './types';

/**
 * Is the written name one of the record's forms: the name or an alias, another form of the given name
 * ("Rob Halfon" for Robert Halfon, "Chris Huhne"), or initials written with full stops ("David T.C.
 * Davies" for David TC Davies)? None of those is a misspelling to fix.
 */
function writtenAsRecorded(kb: KnowledgeBase, written: string, record: KbPerson): boolean {
  if (kb.byWrittenName(written).includes(record)) return true;
  const undotted = written.replace(/\b(\p{Lu})\./gu, '$1 ').replace(/\s+/g, ' ').trim();
  return undotted !== written && kb.byWrittenName(undotted).includes(record);
}

/**
 * "Chukka Umunna", "Dominic Grieves": a full name that no record holds but that the extractor linked to
 * one sitting MP a letter or two away. Names of real people who are not MPs are in no record either,
 * but nothing links them to an MP, so they are not flagged.
 */
export function misspeltNames(a: Analysis, kb: KnowledgeBase): Omit<Problem, 'severity'>[] {
  const out: Omit<Problem, 'severity'>[] = [];
  for (const p of a.people) {
    if (!p.mp) continue;
    const record = kb.person(p.mp.personId);
    if (!record) continue;
    for (const m of p.mentions) {
      if (m.form !== 'full' || writtenAsRecorded(kb, m.text, record)) continue;
      out.push({
        check: 'misspeltNames',
        message: `“${m.text}” is not a name in the record; did you mean ${record.name} (${p.mp.party}, ${p.mp.constituency})?`,
        start: m.start, end: m.end,
        fix: { title: `Change to ${record.name}`, edit: { start: m.start, end: m.end, text: record.name } },
        about: { personId: p.id, said: m.text, record: record.name },
      });
    }
  }
  return out;
}
