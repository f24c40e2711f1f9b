import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { refusedBaseUrl, startMembersApi } from '../support/membersApiServer';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

/** Runs the CLI without blocking this process (the local API server answers from it). */
function run(dataDir: string, ...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, PRESS_GALLERY_DATA_DIR: dataDir } });
    let out = '', err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    const kill = setTimeout(() => child.kill(), 30_000);
    child.on('close', (code) => { clearTimeout(kill); resolve({ code, out, err }); });
  });
}

describe('command-line tool: data update, status and reset', function () {
  this.timeout(60_000);
  let dir: string;
  let article: string;
  before(() => {
    assert.ok(fs.existsSync(CLI), 'dist/cli.js is missing: run `npm run build` first');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-cli-data-'));
    article = path.join(dir, 'byelection.article');
    fs.writeFileSync(article, ' date 2026-09-01 Wexley Moor\n\n“We won the argument,” said Harriet Quayle, the new MP.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('status before any update names the bundled data only', async () => {
    const r = await run(path.join(dir, 'data'), 'data', 'status');
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /^bundled MP data: party verified to \d{4}-\d{2}-\d{2} \(built \d{4}-\d{2}-\d{2}\)$/m);
    assert.match(r.out, /^updated MP data: none/m);
  });

  it('update, then extract uses it and status dates it; reset undoes it', async () => {
    const data = path.join(dir, 'data');
    const before = await run(data, 'extract', '--json', article);
    assert.ok(!JSON.parse(before.out).people.some((p: { mp: unknown }) => p.mp), 'Harriet Quayle is not an MP in the bundled data');

    const server = await startMembersApi({ lifetimeMs: 30_000 });
    let r;
    try {
      r = await run(data, 'data', 'update', '--api-base-url', server.baseUrl, '--verbose');
    } finally {
      await server.close();
    }
    assert.strictEqual(r.code, 0, r.err);
    // How many of the fixtures' fictional members sat before the bundled data's verified day, and so
    // are left out (not in the bundled data), depends on that day; Harriet Quayle was elected after it.
    assert.match(r.out, /^MP data updated: party verified to \d{4}-\d{2}-\d{2} by UK Parliament Members API \(\d+ members, \d+ new(, \d+ left out)?; 2 requests\)$/m);
    for (const m of r.out.matchAll(/left out: member (\d+): (.*)/g)) assert.match(m[2], /is not in the bundled data$/, m[0]);
    assert.match(r.out, /^  Contains Parliamentary information licensed under the Open Parliament Licence v3\.0\.$/m);
    assert.ok(server.requests.every((q) => q.startsWith('/api/Members/')));

    const status = await run(data, 'data', 'status');
    assert.match(status.out, /^updated MP data: party verified to \d{4}-\d{2}-\d{2} by UK Parliament Members API, updated \d{4}-\d{2}-\d{2}/m);
    assert.match(status.out, /Open Parliament Licence v3\.0/);

    const after = JSON.parse((await run(data, 'extract', '--json', article)).out);
    const quayle = after.people.find((p: { name: string }) => p.name === 'Harriet Quayle');
    assert.strictEqual(quayle?.mp?.party, 'Liberal Democrat');
    assert.strictEqual(quayle.mp.constituency, 'Wexley Moor');
    assert.strictEqual(quayle.mp.term.updated.source, 'UK Parliament Members API');

    const reset = await run(data, 'data', 'reset');
    assert.match(reset.out, /^MP data reset to the bundled data/);
    assert.match((await run(data, 'data', 'reset')).out, /already the bundled data/);
    assert.ok(!JSON.parse((await run(data, 'extract', '--json', article)).out).people.some((p: { mp: unknown }) => p.mp));
  });

  it('no network: one line, exit 1, and the stored update stays as it was', async () => {
    const data = path.join(dir, 'kept');
    fs.mkdirSync(data);
    fs.writeFileSync(path.join(data, 'mp-overlay.json'), 'previous');
    const r = await run(data, 'data', 'update', '--api-base-url', await refusedBaseUrl(), '--time-limit', '5');
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /^press-gallery: MP data not updated: could not reach 127\.0\.0\.1:\d+ \(connection refused\)$/m);
    assert.strictEqual(fs.readFileSync(path.join(data, 'mp-overlay.json'), 'utf8'), 'previous');
    const status = await run(data, 'data', 'status');
    assert.match(status.out, /updated MP data: not used: the overlay file is not valid JSON/);
  });

  it('usage errors exit 2', async () => {
    assert.strictEqual((await run(dir, 'data', 'fetch')).code, 2);
    assert.strictEqual((await run(dir, 'data', 'update', '--api-base-url')).code, 2);
    assert.strictEqual((await run(dir, 'data', 'status', 'now')).code, 2);
  });
});
