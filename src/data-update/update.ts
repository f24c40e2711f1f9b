/**
 * One data update: list every member who sat in the Commons on or after the bundled data's verified
 * date (/api/Members/Search, 20 a page), fetch their party and membership histories
 * (/api/Members/History, 20 ids a request), check every record, and build the overlay. Requests go
 * one at a time. Nothing is written here: the caller stores the overlay only when all of it arrived.
 */
import type { KbPerson } from '../extractor/kb/compact';
import { buildOverlay } from './buildOverlay';
import { addDays } from '../extractor/dates';
import { cancelled, DEFAULT_HTTP, getJson, HttpOptions, UpdateError } from './http';
import { ApiMemberHistory, ApiMemberSummary, parseHistories, parseSearchPage, ShapeError } from './membersApi';
import type { Overlay } from './overlay';
import { OverlayStore, saveOverlay } from './store';

export const DEFAULT_API_BASE_URL = 'https://members-api.parliament.uk/api';
/** The API gives at most 20 members a page. */
const PAGE = 20;
const IDS_PER_REQUEST = 20;
export const DEFAULT_TIME_LIMIT_MS = 180_000;

export interface UpdateRequest {
  baseUrl?: string;
  /** The bundled data the overlay goes over. */
  bundled: { people: readonly KbPerson[]; partyVerifiedTo: string; generated: string };
  signal?: AbortSignal;
  /** Called after each request: requests done, requests expected (known after the first page). */
  onProgress?: (done: number, total: number) => void;
  timeLimitMs?: number;
  http?: Partial<Omit<HttpOptions, 'deadline' | 'signal'>>;
  /** The clock (tests). */
  now?: () => Date;
}

export interface UpdateResult {
  overlay: Overlay;
  requests: number;
}

/** The URLs an update requests, for the README and tests: search pages, then history batches. */
export function searchUrl(baseUrl: string, since: string, skip: number): string {
  const q = new URLSearchParams({
    'MembershipInDateRange.WasMemberOnOrAfter': since,
    'MembershipInDateRange.WasMemberOfHouse': '1',
    skip: String(skip),
    take: String(PAGE),
  });
  return `${trimBase(baseUrl)}/Members/Search?${q}`;
}

export function historyUrl(baseUrl: string, ids: readonly number[]): string {
  return `${trimBase(baseUrl)}/Members/History?${ids.map((id) => `ids=${id}`).join('&')}`;
}

export async function fetchOverlay(r: UpdateRequest): Promise<UpdateResult> {
  const baseUrl = checkBaseUrl(r.baseUrl ?? DEFAULT_API_BASE_URL);
  const now = r.now ?? (() => new Date());
  const started = now();
  const http: HttpOptions = { ...DEFAULT_HTTP, ...r.http, deadline: Date.now() + (r.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS), signal: r.signal };
  const since = r.bundled.partyVerifiedTo;
  let requests = 0;
  let expected = 1;
  const get = async <T>(url: string, parse: (body: unknown) => T): Promise<T> => {
    const body = await getJson(url, http);
    requests++;
    r.onProgress?.(requests, expected);
    try {
      return parse(body);
    } catch (e) {
      if (e instanceof ShapeError) throw new UpdateError('shape', `the answer does not have the expected shape: ${e.message}`);
      throw e;
    }
  };

  const summaries: ApiMemberSummary[] = [];
  let total = Infinity;
  while (summaries.length < total) {
    const page = await get(searchUrl(baseUrl, since, summaries.length), parseSearchPage);
    total = page.totalResults;
    if (!page.items.length && summaries.length < total) {
      throw new UpdateError('shape', `the member list ended early (${summaries.length} of ${total} members)`);
    }
    summaries.push(...page.items);
    const pagesLeft = Math.ceil(Math.max(0, total - summaries.length) / Math.max(1, page.items.length));
    expected = requests + pagesLeft + Math.ceil(total / IDS_PER_REQUEST);
  }
  if (!summaries.length) throw new UpdateError('shape', `the API listed no members of the Commons since ${since}: is the address right?`);

  const histories: ApiMemberHistory[] = [];
  const ids = [...new Set(summaries.map((s) => s.id))];
  for (let i = 0; i < ids.length; i += IDS_PER_REQUEST) {
    const batch = ids.slice(i, i + IDS_PER_REQUEST);
    histories.push(...await get(historyUrl(baseUrl, batch), (body) => parseHistories(body, batch)));
  }

  const overlay = buildOverlay({
    summaries,
    histories,
    bundled: r.bundled.people,
    since,
    verifiedTo: addDays(started.toISOString().slice(0, 10), -1),
    fetched: started.toISOString(),
    bundledGenerated: r.bundled.generated,
    sourceUrl: baseUrl,
  });
  return { overlay, requests };
}

function trimBase(url: string): string {
  return url.replace(/\/+$/, '');
}

/** Only http(s) addresses; a typo gives a message rather than a fetch error. */
export function checkBaseUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UpdateError('network', `"${url}" is not a web address (expected like ${DEFAULT_API_BASE_URL})`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new UpdateError('network', `"${url}" is not an http or https address`);
  return trimBase(url);
}

/** Fetches a complete overlay and only then replaces the stored one (atomically). */
export async function updateStore(store: OverlayStore, r: UpdateRequest): Promise<UpdateResult> {
  const result = await fetchOverlay(r);
  if (r.signal?.aborted) throw cancelled();
  await saveOverlay(store, result.overlay);
  return result;
}
