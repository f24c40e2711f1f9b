import type { Analysis } from '../extractor/types';
import { KnowledgeBase } from '../extractor/kb/knowledgeBase';
import { partyClaims } from './partyClaims';
import { misspeltNames } from './misspeltNames';
import { quotationMarks } from './quotationMarks';
import { conflictingSpeakers, unattributedQuotes } from './speakers';
import { dateLine } from './dateLine';
import { CheckName, CheckOptions, DEFAULT_ENABLED, DEFAULT_SEVERITY, Problem } from './types';

export * from './types';

/**
 * The sub-editor's checks over one analysis: pure, shared by the editor's diagnostics and by
 * `press-gallery check`. Problems come back in text order.
 */
export function runChecks(text: string, a: Analysis, options: Partial<CheckOptions> = {}, kb: KnowledgeBase = KnowledgeBase.bundled()): Problem[] {
  const enabled = (c: CheckName) => options.enabled?.[c] ?? DEFAULT_ENABLED[c];
  const checks: Array<[CheckName, () => Array<Omit<Problem, 'severity'>>]> = [
    ['partyClaims', () => partyClaims(text, a)],
    ['misspeltNames', () => misspeltNames(a, kb)],
    ['quotationMarks', () => quotationMarks(text, a)],
    ['unattributedQuotes', () => unattributedQuotes(a)],
    ['conflictingSpeakers', () => conflictingSpeakers(a)],
    ['dateLine', () => dateLine(text, a)],
  ];
  // flatMap, not push(...problems): a check of a long article can find more problems than a call takes arguments
  const found = checks.filter(([check]) => enabled(check)).flatMap(([, run]) => run());
  return found
    .map((p) => ({ ...p, severity: options.severity?.[p.check] ?? DEFAULT_SEVERITY[p.check] }))
    .sort((x, y) => x.start - y.start);
}

/** Applies fixes (as the editor would, one after another from the end) to a text: for tests and the CLI. */
export function applyFixes(text: string, problems: readonly Problem[]): string {
  const edits = problems.map((p) => p.fix?.edit).filter((e): e is NonNullable<typeof e> => !!e).sort((x, y) => y.start - x.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
