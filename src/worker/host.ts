// Long analyses in a Node worker thread (the desktop and code-server extension hosts). The web
// build swaps this file for host.web.ts (scripts/build.mjs): a browser extension host has no
// worker_threads.
import type * as WorkerThreads from 'worker_threads';
import { overlayInUse } from '../data-update/apply';
import type { AnalyzeOptions } from '../extractor/types';
import { AnalysisCancelled, type AnalysisReply, type AnalysisRequest, type BackgroundAnalyzer } from './protocol';

export { AnalysisCancelled, type BackgroundAnalyzer } from './protocol';

/** `script`: the bundled worker entry, dist/analysisWorker.js in the extension's folder. */
export function backgroundAnalyzer(script: string): BackgroundAnalyzer {
  return {
    analyse: (text, options, signal) => analyseInWorker(script, text, options, signal),
  };
}

/**
 * Node's worker_threads, loaded on the first long analysis: loading the module was part of every
 * start of the extension (about a millisecond), and most sessions never start a worker.
 */
function threads(): typeof WorkerThreads {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('worker_threads') as typeof WorkerThreads;
}

function analyseInWorker(script: string, text: string, options: AnalyzeOptions, signal: AbortSignal) {
  return new Promise<import('../extractor/types').Analysis>((resolve, reject) => {
    if (signal.aborted) return reject(new AnalysisCancelled());
    const worker = new (threads().Worker)(script);
    let settled = false;
    const finish = (then: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      void worker.terminate();
      then();
    };
    const onAbort = () => finish(() => reject(new AnalysisCancelled()));
    signal.addEventListener('abort', onAbort);
    worker.once('message', (reply: AnalysisReply) => finish(() => (reply.ok ? resolve(reply.analysis) : reject(new Error(reply.error)))));
    worker.once('error', (e) => finish(() => reject(e)));
    worker.once('exit', (code) => finish(() => reject(new Error(`the analysis worker stopped (exit code ${code})`))));
    const request: AnalysisRequest = { text, options, overlay: overlayInUse() };
    worker.postMessage(request);
  });
}
