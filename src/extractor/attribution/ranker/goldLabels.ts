/**
 * What a gold annotation says about whose words a quote is, as the ranker's training (scripts/train-ranker.mjs)
 * needs it: the names to match candidates against, `[]` for nobody a reader could name, or null where the
 * gold cannot say. Training only: nothing the extension runs imports this file.
 */
import { namesNobody } from './unnamedPhrase';

/** A gold quote's source as PolNeAR's converter writes it (../shared/corpus/polnear/README.md). */
export interface GoldSource {
  text: string;
  type: 'person' | 'organisation' | 'name?' | 'pronoun' | 'nominal';
  name?: string | null;
  names?: readonly string[];
}

export interface GoldQuote {
  why?: string;
  speaker?: string | null;
  source?: GoldSource | null;
}

/**
 * Whose words the gold says a quote is: the source's names; [] when nobody's (a term, no source, a source
 * that names nobody: "one official", "critics", "the crowd"); null when it cannot say (a pronoun, a noun
 * phrase a reader may resolve in the article: "the former governor", "the statement"; a nested quote).
 */
export function goldSpeakerNames(g: GoldQuote): string[] | null {
  if (g.why === 'unattributed') return [];
  if (g.why === 'nested') return null;
  const src = g.source;
  if (!src) return [];
  if (src.type === 'person' || src.type === 'organisation' || src.type === 'name?') {
    return [g.speaker, src.name, ...(src.names ?? [])].filter((n): n is string => !!n);
  }
  if (src.type === 'nominal' && namesNobody(src.text)) return [];
  return null;
}
