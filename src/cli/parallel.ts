/**
 * Runs one file task over many files on every core: worker threads each load the extractor once and
 * take files as they free up, and the results are handed on in the files' order, so the output is
 * byte for byte that of one job. Memory stays bounded: a worker holds at most WINDOW files in
 * flight, and only results waiting for an earlier file are kept.
 */
import * as os from 'os';
import type * as WorkerThreads from 'worker_threads';
import { runTask, FileResult, TaskName } from './fileTasks';
import { tuneForShortRuns } from './compilerTuning';

export interface ParallelOptions {
  /** Worker threads; 1 runs everything in this thread; `auto` uses every core once there are enough files. */
  jobs: number | 'auto';
  /** The script a worker runs: the command-line tool's own bundle (see runWorkerIfAsked). */
  workerScript: string;
  /** Called with each file's result, in the order of `files`. */
  onResult: (file: string, result: FileResult) => void;
}

const WINDOW = 4;
const MARK = 'pressGalleryTask';
/** A worker thread of forEachFile has this argument, so one bundle tells it is one without more. */
const WORKER_ARGUMENT = '--press-gallery-file-worker';

/**
 * Node's worker_threads, loaded when first needed: a command on one file never starts a thread,
 * and loading the module is part of every start otherwise.
 */
function threads(): typeof WorkerThreads {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('worker_threads') as typeof WorkerThreads;
}

/** True in a worker thread started by forEachFile (which then serves files: see runWorkerIfAsked). */
export function isFileWorker(): boolean {
  return process.argv.includes(WORKER_ARGUMENT) && !threads().isMainThread;
}

/** The default of --jobs: the cores this process may use. */
export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/**
 * A worker costs about 0.2 s to start (it loads the extractor and its MP data), a file a few
 * milliseconds: by default a worker is started for every FILES_PER_WORKER files, up to the cores.
 */
const FILES_PER_WORKER = 8;

/** Parses --jobs: a whole number from 1 to 256; without it, `auto`. */
export function parseJobs(value: string | undefined): number | 'auto' | { error: string } {
  if (value === undefined) return 'auto';
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 256 ? n : { error: `--jobs needs a whole number from 1 to 256, not '${value}'` };
}

export async function forEachFile(task: TaskName, files: readonly string[], options: unknown, run: ParallelOptions): Promise<void> {
  tuneForShortRuns(files); // before any file is analysed, here or in a worker
  const progress = new Progress(files.length);
  const emit = (i: number, r: FileResult) => {
    // Only what is written to the terminal the progress line is on has to clear it first.
    const onTerminal = r.error !== undefined || (!!r.out && process.stdout.isTTY === true);
    const redraw = onTerminal && progress.clear();
    run.onResult(files[i], r);
    progress.show(i + 1, redraw);
  };
  try {
    const wanted = run.jobs === 'auto' ? Math.min(defaultJobs(), Math.floor(files.length / FILES_PER_WORKER)) : run.jobs;
    const jobs = Math.min(wanted, files.length);
    if (jobs <= 1) files.forEach((f, i) => emit(i, safely(task, f, options)));
    else await inWorkers(task, files, options, jobs, run.workerScript, emit);
  } finally {
    progress.clear();
  }
}

function safely(task: TaskName, file: string, options: unknown): FileResult {
  try {
    return runTask(task, file, options);
  } catch (e) {
    return { error: `${file}: could not be processed (${e instanceof Error ? e.message : String(e)})` };
  }
}

function inWorkers(task: TaskName, files: readonly string[], options: unknown, jobs: number, script: string, emit: (i: number, r: FileResult) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const waiting = new Map<number, FileResult>();
    let next = 0, emitted = 0, failed = false;
    const workers: WorkerThreads.Worker[] = [];
    const finish = (error?: unknown) => {
      if (failed) return;
      if (error !== undefined) failed = true;
      for (const w of workers) void w.terminate();
      if (error !== undefined) reject(error); else resolve();
    };
    const give = (w: WorkerThreads.Worker) => {
      if (next < files.length) { w.postMessage({ i: next, file: files[next] }); next++; }
    };
    for (let k = 0; k < jobs; k++) {
      const w = new (threads().Worker)(script, { workerData: { [MARK]: task, options }, argv: [WORKER_ARGUMENT] });
      workers.push(w);
      w.on('message', (m: { i: number; result: FileResult }) => {
        waiting.set(m.i, m.result);
        while (waiting.has(emitted)) {
          const r = waiting.get(emitted)!;
          waiting.delete(emitted);
          emit(emitted++, r);
        }
        if (emitted === files.length) finish(); else give(w);
      });
      w.on('error', (e) => finish(e));
      w.on('exit', (code) => { if (emitted < files.length) finish(new Error(`a worker thread stopped (exit code ${code})`)); });
      for (let j = 0; j < WINDOW; j++) give(w);
    }
  });
}

/**
 * In a worker thread started by forEachFile, serves file tasks and returns true; in the main thread
 * returns false at once. The command-line tool calls it first, so one bundle is both.
 */
export function runWorkerIfAsked(): boolean {
  if (!isFileWorker()) return false;
  const { workerData, parentPort } = threads();
  if (!workerData || !(MARK in workerData)) return false;
  const task = workerData[MARK] as TaskName;
  const options = workerData.options as unknown;
  parentPort!.on('message', (m: { i: number; file: string }) => {
    parentPort!.postMessage({ i: m.i, result: safely(task, m.file, options) });
  });
  return true;
}

/** "press-gallery: 120 of 950 files" on standard error, only when it is a terminal, at most 10 times a second. */
class Progress {
  private readonly enabled: boolean;
  private shown = false;
  private last = 0;

  constructor(private readonly total: number) {
    // The count first: asking standard error makes its stream (a pipe's loads net), which one file never needs.
    this.enabled = total > 1 && process.stderr.isTTY === true;
  }

  show(done: number, now = false): void {
    if (!this.enabled || done === this.total) return;
    const time = Date.now();
    if (!now && time - this.last < 100) return;
    this.last = time;
    process.stderr.write(`\rpress-gallery: ${done} of ${this.total} files\x1b[K`);
    this.shown = true;
  }

  /** Clears the line so that an error message or the end of the run does not land after it. */
  clear(): boolean {
    if (!this.shown) return false;
    process.stderr.write('\r\x1b[K');
    this.shown = false;
    return true;
  }
}
