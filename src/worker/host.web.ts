// The web extension host's stand-in for host.ts (scripts/build.mjs swaps it in): the browser's
// extension host is itself a web worker, and a nested worker for the analysis is not built yet, so
// the analysis runs in the host's own thread. A cancel is honoured until it starts; once started
// it runs to its end (the progress notification says so).
import { analyze } from '../extractor/analyze';
import { AnalysisCancelled, type BackgroundAnalyzer } from './protocol';

export { AnalysisCancelled, type BackgroundAnalyzer } from './protocol';

export function backgroundAnalyzer(_script: string): BackgroundAnalyzer {
  return {
    inWorker: false,
    async analyse(text, options, signal) {
      // Let a progress notification and its Cancel button show before the analysis takes the thread.
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (signal.aborted) throw new AnalysisCancelled();
      return analyze(text, options);
    },
  };
}
