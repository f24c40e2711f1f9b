/**
 * A stand-in for UK Parliament's Members API on 127.0.0.1, for tests only: it answers
 * /api/Members/Search and /api/Members/History in the API's shapes from the fixtures in
 * test/fixtures/members-api (see its README), and can misbehave in the ways the update must survive.
 * It listens on the loopback interface only, on a free port, and closes itself after `lifetimeMs`.
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/members-api');

export type Fault =
  | 'none'
  | 'http500' // 500 Internal Server Error
  | 'rate-limit' // 429 with Retry-After
  | 'truncated' // 200 whose body stops half-way (Content-Length promises more)
  | 'html' // 200 with an HTML page (a captive portal, a wrong address)
  | 'missing-field' // a history record without its party
  | 'hang'; // accepts the request and never answers

export interface ServerOptions {
  fault?: Fault;
  /** How many requests misbehave before it answers properly (default: all). */
  faultTimes?: number;
  /** Retry-After header of `rate-limit` (default "1"). */
  retryAfter?: string;
  /** Members per search page (the real API gives at most 20). */
  pageSize?: number;
  /** Members served (default: all the fixtures). */
  memberIds?: number[];
  /** The server closes itself after this long (default 60 s). */
  lifetimeMs?: number;
}

export interface MembersApiServer {
  /** Like https://members-api.parliament.uk/api */
  baseUrl: string;
  /** Path and query of every request, in order. */
  requests: string[];
  close(): Promise<void>;
}

type Json = Record<string, unknown>;

function fixture(name: string): Json[] {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
}

const links = (id: number) => [
  { rel: 'self', href: `/Members/${id}`, method: 'GET' },
  { rel: 'overview', href: `/Members/${id}`, method: 'GET' },
];

export async function startMembersApi(o: ServerOptions = {}): Promise<MembersApiServer> {
  const wanted = o.memberIds ? new Set(o.memberIds) : null;
  const members = fixture('members.json').filter((m) => !wanted || wanted.has(m.id as number));
  const histories = new Map(fixture('histories.json').map((h) => [h.id as number, h]));
  const requests: string[] = [];
  let faults = o.faultTimes ?? Infinity;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    const fault = o.fault && o.fault !== 'none' && faults > 0 ? (faults--, o.fault) : 'none';
    const send = (status: number, body: unknown, type = 'application/json; charset=utf-8') => {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    switch (fault) {
      case 'http500': return send(500, { type: 'about:blank', title: 'Internal Server Error', status: 500 });
      case 'rate-limit':
        res.setHeader('retry-after', o.retryAfter ?? '1');
        return send(429, { title: 'Too Many Requests', status: 429 });
      case 'html': return send(200, '<!doctype html><html><body>Sign in to the network</body></html>', 'text/html; charset=utf-8');
      case 'hang': return; // the lifetime timer ends it
      default: break;
    }
    let body: unknown;
    if (url.pathname === '/api/Members/Search') {
      const skip = Number(url.searchParams.get('skip') ?? 0);
      const take = Math.min(Number(url.searchParams.get('take') ?? 20), o.pageSize ?? 20, 20);
      body = {
        items: members.slice(skip, skip + take).map((m) => ({ value: m, links: links(m.id as number) })),
        totalResults: members.length,
        resultContext: null,
        skip,
        take,
        links: [],
        resultType: 0,
      };
    } else if (url.pathname === '/api/Members/History') {
      const ids = url.searchParams.getAll('ids').map(Number);
      body = ids.filter((id) => histories.has(id)).map((id) => {
        const h = structuredClone(histories.get(id)!);
        if (fault === 'missing-field' && Array.isArray(h.partyHistory) && h.partyHistory.length > 1) delete (h.partyHistory[1] as Json).party;
        return { value: h, links: links(id) };
      });
    } else {
      return send(404, { title: 'Not Found', status: 404 });
    }
    if (fault === 'truncated') {
      const text = JSON.stringify(body);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.write(text.slice(0, Math.floor(text.length / 2)));
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    send(200, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= new Promise<void>((resolve) => {
      clearTimeout(lifetime);
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closed;
  };
  const lifetime = setTimeout(close, o.lifetimeMs ?? 60_000);
  lifetime.unref();
  return { baseUrl: `http://127.0.0.1:${port}/api`, requests, close };
}

/** An address on 127.0.0.1 where nothing listens: connections are refused. */
export async function refusedBaseUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/api`;
}
