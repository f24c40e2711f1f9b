// The web extension host's stand-in for host.ts (scripts/build.mjs swaps it in): the browser's
// extension host is itself a web worker, and a nested worker for the analysis is not built yet, so
// there is no background analyzer: long analyses run in the host's own thread (the analysis cache's
// and Check All Articles' in-process path). A cancel is honoured until the analysis starts; once
// started it runs to its end (the progress notification says so).
import type { BackgroundAnalyzer } from './protocol';

export { AnalysisCancelled, type BackgroundAnalyzer } from './protocol';

export function backgroundAnalyzer(_script: string): BackgroundAnalyzer | undefined {
  return undefined;
}
