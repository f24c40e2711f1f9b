/**
 * GET of one JSON answer, politely: a few retries with growing pauses for network errors, 5xx and
 * cut-short answers, the server's Retry-After honoured on 429/503, one deadline for the whole update,
 * and cancellation at any point. Every failure is an UpdateError whose message is one line a user can
 * act on. Uses the global fetch, so it runs in Node, the CLI and both extension hosts.
 */

export type UpdateErrorKind = 'network' | 'timeout' | 'http' | 'truncated' | 'content-type' | 'shape' | 'cancelled' | 'storage';

export class UpdateError extends Error {
  constructor(readonly kind: UpdateErrorKind, message: string) {
    super(message);
  }
}

export interface HttpOptions {
  /** Epoch milliseconds by which everything must be done. */
  deadline: number;
  signal?: AbortSignal;
  /** Retries after the first try (network errors, 5xx, 429, cut-short answers). */
  retries: number;
  /** The first pause between tries; each later one doubles. */
  backoffMs: number;
  /** Longest Retry-After we wait for; a longer one ends the update with a message. */
  maxRetryAfterMs: number;
  /** Longest wait for one answer. */
  requestTimeoutMs: number;
  fetch: typeof fetch;
}

export const DEFAULT_HTTP: Omit<HttpOptions, 'deadline'> = {
  retries: 3,
  backoffMs: 1000,
  maxRetryAfterMs: 60_000,
  requestTimeoutMs: 30_000,
  fetch: (...args) => fetch(...args),
};

/** A failure worth another try, with the pause the server asked for (if any). */
class Retryable extends Error {
  constructor(readonly error: UpdateError, readonly waitMs?: number) {
    super(error.message);
  }
}

export async function getJson(url: string, o: HttpOptions): Promise<unknown> {
  const host = hostOf(url);
  for (let attempt = 0; ; attempt++) {
    try {
      return await tryOnce(url, host, o);
    } catch (e) {
      if (!(e instanceof Retryable)) throw e;
      if (attempt >= o.retries) throw e.error;
      const wait = e.waitMs ?? o.backoffMs * 2 ** attempt;
      // The server's Retry-After is honoured, never shortened: longer than we may wait is a message.
      if (e.waitMs !== undefined && (e.waitMs > o.maxRetryAfterMs || Date.now() + e.waitMs >= o.deadline)) {
        throw new UpdateError('http', `${host} asked to wait ${Math.ceil(e.waitMs / 1000)} s before asking again (HTTP 429), longer than the update may take; try again later`);
      }
      if (Date.now() + wait >= o.deadline) throw e.error;
      await sleep(wait, o.signal);
    }
  }
}

async function tryOnce(url: string, host: string, o: HttpOptions): Promise<unknown> {
  if (o.signal?.aborted) throw cancelled();
  const left = o.deadline - Date.now();
  if (left <= 0) throw new UpdateError('timeout', `the update took longer than its time limit (no answer from ${host} in time)`);
  const timer = new AbortController();
  const stop = setTimeout(() => timer.abort(), Math.min(left, o.requestTimeoutMs));
  const onCancel = () => timer.abort();
  o.signal?.addEventListener('abort', onCancel);
  try {
    let res: Response;
    try {
      res = await o.fetch(url, { headers: { accept: 'application/json' }, signal: timer.signal, redirect: 'follow' });
    } catch (e) {
      throw failedRequest(e, host, o);
    }
    if (res.status === 429 || res.status === 503) {
      const wait = retryAfterMs(res.headers.get('retry-after'));
      await res.body?.cancel().catch(() => undefined);
      const error = new UpdateError('http', `${host} answered HTTP ${res.status} (${res.status === 429 ? 'too many requests' : 'unavailable'}); try again later`);
      throw new Retryable(error, wait);
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      const error = new UpdateError('http', `${host} answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''} for ${pathOf(url)}`);
      if (res.status >= 500) throw new Retryable(error);
      throw error;
    }
    const type = res.headers.get('content-type') ?? '';
    if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
      await res.body?.cancel().catch(() => undefined);
      throw new UpdateError('content-type', `${host} answered with ${type.split(';')[0] || 'no content type'}, not JSON: is the address right?`);
    }
    let text: string;
    try {
      text = await res.text();
    } catch (e) {
      if (o.signal?.aborted) throw cancelled();
      if (timer.signal.aborted) throw timedOut(host, o);
      throw new Retryable(new UpdateError('truncated', `the answer from ${host} was cut short (the connection closed mid-answer)`));
    }
    try {
      return JSON.parse(text);
    } catch {
      throw new Retryable(new UpdateError('truncated', `the answer from ${host} was not complete JSON (cut short or damaged)`));
    }
  } finally {
    clearTimeout(stop);
    o.signal?.removeEventListener('abort', onCancel);
  }
}

function failedRequest(e: unknown, host: string, o: HttpOptions): Error {
  if (o.signal?.aborted) return cancelled();
  if (e instanceof Error && e.name === 'AbortError') return new Retryable(timedOut(host, o));
  const code = causeCode(e);
  const why = code === 'ECONNREFUSED' ? 'connection refused'
    : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'the name could not be looked up: no network?'
    : code === 'ECONNRESET' ? 'the connection was reset'
    : code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' ? 'the connection timed out'
    : code ?? 'no network?';
  return new Retryable(new UpdateError('network', `could not reach ${host} (${why})`));
}

function timedOut(host: string, o: HttpOptions): UpdateError {
  return Date.now() >= o.deadline - 50
    ? new UpdateError('timeout', `the update took longer than its time limit (no answer from ${host} in time)`)
    : new UpdateError('timeout', `${host} did not answer within ${Math.round(o.requestTimeoutMs / 1000)} s`);
}

function causeCode(e: unknown): string | undefined {
  for (let c: unknown = e, i = 0; c && i < 4; c = (c as { cause?: unknown }).cause, i++) {
    const code = (c as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

export function cancelled(): UpdateError {
  return new UpdateError('cancelled', 'the update was cancelled; the MP data is unchanged');
}

/** Retry-After as seconds or as an HTTP date, in milliseconds from now. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const s = header.trim();
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled());
    const t = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
    const onAbort = () => { clearTimeout(t); reject(cancelled()); };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
