import { analyze } from '../../src/extractor/analyze';
import type { Analysis } from '../../src/extractor/types';

/** The analysis of a short article written for a test: `body` under a header dated `date`. */
export function analyseTestArticle(body: string, date: string): Analysis {
  return analyze(` date ${date} Test article\n\n${body}`);
}

/** The speaker's name of each quote (null where none) in a short article written for a test, dated `date`. */
export function speakersIn(body: string, date: string): Array<string | null> {
  return analyseTestArticle(body, date).quotes.map((q) => q.speaker?.name ?? null);
}
