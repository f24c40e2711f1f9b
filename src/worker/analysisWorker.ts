// The entry of a worker thread (bundled as dist/analysisWorker.js): one analysis, then the thread
// is ended by the extension host. The MP data update the editor uses is applied here too, so the
// result is the one the extension host would have made.
import { parentPort } from 'worker_threads';
import { useOverlay } from '../data-update/apply';
import { analyze } from '../extractor/analyze';
import type { AnalysisReply, AnalysisRequest } from './protocol';

parentPort?.once('message', (request: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    useOverlay(request.overlay);
    reply = { ok: true, analysis: analyze(request.text, request.options) };
  } catch (e) {
    reply = { ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort?.postMessage(reply);
});
