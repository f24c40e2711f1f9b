import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { KnowledgeBase } from '../../src/extractor/kb/knowledgeBase';
import { UpdateError, retryAfterMs } from '../../src/data-update/http';
import { fileStore } from '../../src/cli/fileStore';
import { loadOverlay } from '../../src/data-update/store';
import { fetchOverlay, UpdateRequest, updateStore } from '../../src/data-update/update';
import { Fault, refusedBaseUrl, startMembersApi, MembersApiServer } from '../support/membersApiServer';
import { data, SINCE } from '../support/membersApiFixtures';

const bundled: UpdateRequest['bundled'] = { people: [...KnowledgeBase.fromData(data).people()], partyVerifiedTo: SINCE, generated: '2026-11-28' };
/** Quick retries so the failure cases take milliseconds, not seconds. */
const quick = { backoffMs: 10, retries: 2 };
const NOW = () => new Date('2026-11-04T09:30:00Z');

async function failure(p: Promise<unknown>): Promise<UpdateError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof UpdateError, `not an UpdateError: ${e}`);
    assert.ok(!e.message.includes('\n'), 'one line');
    return e;
  }
  assert.fail('expected the update to fail');
}

describe('data update: the client against a local Members API', function () {
  this.timeout(20_000);
  let server: MembersApiServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const serve = async (fault: Fault = 'none', more: Parameters<typeof startMembersApi>[0] = {}) => {
    server = await startMembersApi({ fault, lifetimeMs: 15_000, ...more });
    return server.baseUrl;
  };

  it('reads every page and every history, one request at a time, and builds the overlay', async () => {
    const baseUrl = await serve('none', { pageSize: 3 });
    const progress: Array<[number, number]> = [];
    const { overlay, requests } = await fetchOverlay({ baseUrl, bundled, now: NOW, onProgress: (d, t) => progress.push([d, t]) });
    assert.strictEqual(requests, 4);
    assert.deepStrictEqual(server!.requests.map((r) => r.replace(/\?.*/, '')), ['/api/Members/Search', '/api/Members/Search', '/api/Members/Search', '/api/Members/History']);
    const first = new URL(`http://x${server!.requests[0]}`).searchParams;
    assert.strictEqual(first.get('MembershipInDateRange.WasMemberOnOrAfter'), SINCE);
    assert.strictEqual(first.get('MembershipInDateRange.WasMemberOfHouse'), '1');
    assert.deepStrictEqual(server!.requests.slice(1, 3).map((r) => new URL(`http://x${r}`).searchParams.get('skip')), ['3', '6']);
    assert.deepStrictEqual(new URL(`http://x${server!.requests[3]}`).searchParams.getAll('ids').map(Number), [4514, 4858, 990001, 990002, 990004, 990003, 990005, 990006]);
    assert.deepStrictEqual(progress.at(-1), [4, 4]);
    assert.strictEqual(overlay.verifiedTo, '2026-11-03');
    assert.strictEqual(overlay.fetched, '2026-11-04T09:30:00.000Z');
    assert.strictEqual(overlay.source.url, baseUrl);
    assert.deepStrictEqual(overlay.people.map((p) => p.memberId).sort(), [990001, 990002, 990003, 990004, 990005, 990006]);
  });

  it('a refused connection: one line, after the retries', async () => {
    const baseUrl = await refusedBaseUrl();
    const e = await failure(fetchOverlay({ baseUrl, bundled, http: quick }));
    assert.strictEqual(e.kind, 'network');
    assert.match(e.message, /^could not reach 127\.0\.0\.1:\d+ \(connection refused\)$/);
  });

  it('a 500 once is retried; a 500 every time is an HTTP error', async () => {
    let baseUrl = await serve('http500', { faultTimes: 1 });
    const ok = await fetchOverlay({ baseUrl, bundled, http: quick });
    assert.strictEqual(ok.overlay.people.length, 6);
    assert.strictEqual(server!.requests.length, 3);
    await server!.close();
    baseUrl = await serve('http500');
    const e = await failure(fetchOverlay({ baseUrl, bundled, http: quick }));
    assert.strictEqual(e.kind, 'http');
    assert.match(e.message, /^127\.0\.0\.1:\d+ answered HTTP 500 Internal Server Error for \/api\/Members\/Search$/);
    assert.strictEqual(server!.requests.length, 3, 'the first try and two retries');
  });

  it('a 429 waits as long as Retry-After says, then goes on', async () => {
    const baseUrl = await serve('rate-limit', { faultTimes: 1, retryAfter: '1' });
    const t0 = Date.now();
    await fetchOverlay({ baseUrl, bundled, http: quick });
    assert.ok(Date.now() - t0 >= 950, `waited ${Date.now() - t0} ms`);
  });

  it('a 429 asking for longer than the time limit fails at once with a message', async () => {
    const baseUrl = await serve('rate-limit', { retryAfter: '600' });
    const t0 = Date.now();
    const e = await failure(fetchOverlay({ baseUrl, bundled, http: quick, timeLimitMs: 5000 }));
    assert.ok(Date.now() - t0 < 2000);
    assert.match(e.message, /^127\.0\.0\.1:\d+ asked to wait 600 s before asking again \(HTTP 429\), longer than the update may take; try again later$/);
    assert.strictEqual(server!.requests.length, 1, 'no early retry');
    assert.strictEqual(retryAfterMs('Wed, 04 Nov 2026 09:31:00 GMT', Date.parse('2026-11-04T09:30:00Z')), 60_000);
  });

  it('a body cut short', async () => {
    const baseUrl = await serve('truncated');
    const e = await failure(fetchOverlay({ baseUrl, bundled, http: quick }));
    assert.strictEqual(e.kind, 'truncated');
    assert.match(e.message, /^the answer from 127\.0\.0\.1:\d+ was (cut short|not complete JSON)/);
  });

  it('a page that is not JSON', async () => {
    const baseUrl = await serve('html');
    const e = await failure(fetchOverlay({ baseUrl, bundled, http: quick }));
    assert.strictEqual(e.kind, 'content-type');
    assert.match(e.message, /answered with text\/html, not JSON: is the address right\?$/);
  });

  it('a record with a missing field', async () => {
    const baseUrl = await serve('missing-field');
    const e = await failure(fetchOverlay({ baseUrl, bundled, http: quick }));
    assert.strictEqual(e.kind, 'shape');
    assert.match(e.message, /^the answer does not have the expected shape: member 4514: partyHistory\[1\]\.party is missing or not an object$/);
  });

  it('no answer within the time limit', async () => {
    const baseUrl = await serve('hang');
    const t0 = Date.now();
    const e = await failure(fetchOverlay({ baseUrl, bundled, http: quick, timeLimitMs: 800 }));
    assert.strictEqual(e.kind, 'timeout');
    assert.ok(Date.now() - t0 < 3000, `${Date.now() - t0} ms`);
    assert.match(e.message, /time limit/);
  });

  it('cancellation stops at once and says the data is unchanged', async () => {
    const baseUrl = await serve('hang');
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 100);
    const e = await failure(fetchOverlay({ baseUrl, bundled, signal: stop.signal }));
    assert.strictEqual(e.kind, 'cancelled');
    assert.strictEqual(e.message, 'the update was cancelled; the MP data is unchanged');
  });

  it('an address that is not a web address', async () => {
    const e = await failure(fetchOverlay({ baseUrl: 'members-api.parliament.uk', bundled }));
    assert.match(e.message, /is not a web address/);
  });
});

describe('data update: the stored overlay is replaced whole or not at all', function () {
  this.timeout(20_000);
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-overlay-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the overlay, keeps it through a failed update, and removes it on reset', async () => {
    const store = fileStore(path.join(dir, 'press-gallery'));
    const server = await startMembersApi({ lifetimeMs: 15_000 });
    try {
      await updateStore(store, { baseUrl: server.baseUrl, bundled, now: NOW });
    } finally {
      await server.close();
    }
    const before = fs.readFileSync(store.location, 'utf8');
    const loaded = await loadOverlay(store);
    assert.strictEqual(loaded.overlay?.verifiedTo, '2026-11-03');

    const broken = await startMembersApi({ fault: 'missing-field', lifetimeMs: 15_000 });
    try {
      await failure(updateStore(store, { baseUrl: broken.baseUrl, bundled, http: quick }));
    } finally {
      await broken.close();
    }
    assert.strictEqual(fs.readFileSync(store.location, 'utf8'), before, 'the old overlay is untouched');
    assert.deepStrictEqual(fs.readdirSync(path.dirname(store.location)), ['mp-overlay.json'], 'no temporary file left behind');

    assert.strictEqual(await store.remove(), true);
    assert.strictEqual(await store.remove(), false);
    assert.deepStrictEqual(await loadOverlay(store), { overlay: null });
  });

  it('a damaged overlay file is reported and not used', async () => {
    const store = fileStore(dir);
    fs.writeFileSync(store.location, '{"format":"press-gallery/mp-overlay@1"');
    const loaded = await loadOverlay(store);
    assert.strictEqual(loaded.overlay, null);
    assert.match('error' in loaded ? loaded.error ?? '' : '', /not valid JSON .*; the bundled data is used/);
  });
});
