import type { Overlay } from '../data-update/overlay';
import type { Analysis, AnalyzeOptions } from '../extractor/types';

/** What the extension host sends a worker: one text to analyse, with the MP data update in use. */
export interface AnalysisRequest {
  text: string;
  options: AnalyzeOptions;
  overlay: Overlay | null;
}

/** What the worker sends back (an Analysis is plain data: it crosses the thread as it is). */
export type AnalysisReply = { ok: true; analysis: Analysis } | { ok: false; error: string };

/** An analysis that was stopped (Cancel, a newer version of the text): nothing comes of it. */
export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'AnalysisCancelled';
  }
}

/**
 * Runs long analyses off the extension host's thread, in a worker. Only where the host has worker
 * threads: the browser's has none (host.web.ts gives none), and analyses in its own thread.
 */
export interface BackgroundAnalyzer {
  /** The analysis of `text`; rejects with AnalysisCancelled once `signal` aborts (the worker is ended). */
  analyse(text: string, options: AnalyzeOptions, signal: AbortSignal): Promise<Analysis>;
}
