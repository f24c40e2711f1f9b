import { analyze } from '../../src/extractor/analyze';

/** The speaker's name of each quote (null where none) in a short article written for a test, dated `date`. */
export function speakersIn(body: string, date: string): Array<string | null> {
  return analyze(` date ${date} Test article\n\n${body}`).quotes.map((q) => q.speaker?.name ?? null);
}
