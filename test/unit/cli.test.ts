import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const SEED = path.join(ROOT, 'test/fixtures/seed-corbyn-quitters.article');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('command-line tool', () => {
  let dir: string;
  before(() => {
    assert.ok(fs.existsSync(CLI), 'dist/cli.js is missing: run `npm run build` first');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-cli-'));
    fs.writeFileSync(path.join(dir, 'good.article'), ' date 2019-02-21 Test\n\n“We will win,” said Dominic Grieve.\n');
    fs.writeFileSync(path.join(dir, 'binary.bin'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]));
    fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('caf\xe9 “quote”', 'latin1'));
    fs.mkdirSync(path.join(dir, 'sub'));
  });

  it('lists the seed article’s 13 quotations with their speakers and its six MPs', () => {
    const r = run('extract', SEED);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /13 quotations, 3 speakers, 6 MPs/);
    assert.match(r.out, /Chuka Umunna — The Independent Group, Streatham \(Labour until 2019-02-17\)/);
    assert.match(r.out, /Heidi Allen — The Independent Group, South Cambridgeshire/);
    assert.match(r.out, /Dominic Grieve — Conservative, Beaconsfield/);
    assert.match(r.out, /“mass canvassing events” — Momentum/);
  });

  it('reads a Markdown file as Markdown: the date from its front matter, its prose without the syntax', () => {
    const md = path.join(dir, 'grieve.md');
    fs.writeFileSync(md, '---\ndate: 2019-02-21\n---\n# Grieve\n\n“We will win,” said **[Dominic Grieve](https://example.org)**.\n');
    const one = JSON.parse(run('extract', '--json', md).out);
    assert.strictEqual(one.date, '2019-02-21');
    assert.deepStrictEqual(one.quotes.map((q: { speaker: { name: string } | null }) => q.speaker?.name), ['Dominic Grieve']);
    assert.deepStrictEqual([run('check', md).code, run('check', md).out], [0, '']);
  });

  it('prints one JSON object for one file, and one per line for several', () => {
    const one = JSON.parse(run('extract', '--json', SEED).out);
    assert.strictEqual(one.date, '2019-02-21');
    assert.strictEqual(one.quotes.length, 13);
    const lines = run('extract', '--json', SEED, path.join(dir, 'good.article')).out.trim().split('\n');
    assert.strictEqual(lines.length, 2);
    assert.strictEqual(JSON.parse(lines[1]).quotes[0].speaker.name, 'Dominic Grieve');
  });

  it('indents one file’s JSON for a reader, and writes it on one line above 256 KB of text', () => {
    const small = run('extract', '--json', path.join(dir, 'good.article')).out;
    assert.ok(small.startsWith('{\n  "file": '), small.slice(0, 40));
    const big = path.join(dir, 'long.article');
    const paragraph = '“We will win the argument in the end,” said Dominic Grieve. The debate went on late into the night.\n\n';
    fs.writeFileSync(big, ` date 2019-02-21 Long\n\n${paragraph.repeat(Math.ceil((256 * 1024) / paragraph.length) + 1)}`);
    const out = spawnSync(process.execPath, [CLI, 'extract', '--json', big], { encoding: 'utf8', maxBuffer: 1 << 26 }).stdout;
    assert.strictEqual(out.indexOf('\n'), out.length - 1, 'one line, ended by a newline');
    const record = JSON.parse(out);
    assert.ok(record.quotes.length > 2000);
    assert.strictEqual(record.quotes[0].speaker.name, 'Dominic Grieve');
  });

  it('gives a one-line error and a non-zero exit for each bad input, and goes on with the rest', () => {
    const r = run('extract', '--json', path.join(dir, 'missing.txt'), path.join(dir, 'sub'), path.join(dir, 'binary.bin'), path.join(dir, 'latin1.txt'), path.join(dir, 'good.article'));
    assert.strictEqual(r.code, 1);
    const errors = r.err.trim().split('\n');
    assert.strictEqual(errors.length, 4, r.err);
    assert.match(errors[0], /missing\.txt: no such file/);
    assert.match(errors[1], /sub: is a directory/);
    assert.match(errors[2], /binary\.bin: is binary/);
    assert.match(errors[3], /latin1\.txt: is not valid UTF-8/);
    assert.strictEqual(JSON.parse(r.out.trim()).quotes.length, 1);
  });

  it('reads the files of a directory with --recursive', () => {
    const r = run('extract', '--recursive', dir);
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /good\.article/);
    assert.match(r.err, /binary\.bin: is binary/);
  });

  it('explains its usage', () => {
    assert.strictEqual(run().code, 2);
    assert.strictEqual(run('extract').code, 2);
    assert.strictEqual(run('extract', '--bogus', SEED).code, 2);
    assert.match(run('--help').out, /press-gallery extract/);
  });
});

describe('command-line tool: check and export formats', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-check-'));
    fs.writeFileSync(path.join(dir, 'bad.article'), ' date 2019-02-21 Test\n\nLabour MP Dominic Grieve said it was “unworkable.\n\nChukka Umunna agreed.\n');
    fs.writeFileSync(path.join(dir, 'good.article'), ' date 2019-02-21 Test\n\nConservative MP Dominic Grieve said it was “unworkable”.\n');
  });

  it('prints file:line:column: severity: message and exits 1 on warnings', () => {
    const r = run('check', path.join(dir, 'bad.article'));
    assert.strictEqual(r.code, 1);
    const lines = r.out.trim().split('\n');
    assert.strictEqual(lines.length, 3, r.out);
    assert.match(lines[0], /bad\.article:3:1: warning: Labour is not Dominic Grieve's party on 21 Feb 2019/);
    assert.match(lines[1], /bad\.article:3:38: warning: This quotation is never closed in its paragraph\./);
    assert.match(lines[2], /bad\.article:5:1: information: “Chukka Umunna” is not a name in the record; did you mean Chuka Umunna/);
  });

  it('exits 0 on a clean article', () => {
    const r = run('check', path.join(dir, 'good.article'));
    assert.deepStrictEqual([r.code, r.out], [0, '']);
  });

  it('exports Markdown and CSV, over several files in one run', () => {
    assert.match(run('extract', '--format', 'md', SEED).out, /## Dominic Grieve \(Conservative, Beaconsfield\)/);
    const csv = run('extract', '--format', 'csv', SEED, path.join(dir, 'good.article')).out.trim().split('\r\n');
    assert.strictEqual(csv[0], 'file,date,headline,line,column,speaker,party,constituency,kind,cue,quote,start,end');
    assert.strictEqual(csv.length, 1 + 13 + 1);
    assert.strictEqual(run('extract', '--format', 'xml', SEED).code, 2);
  });

  describe('code cache (src/cli/codeCache.ts)', () => {
    const bundle = path.join(ROOT, 'dist/cliMain.js');
    const runReporting = (env: Record<string, string> = {}) =>
      spawnSync(process.execPath, [CLI, 'extract', '--json', path.join(dir, 'good.article')], { encoding: 'utf8', env: { ...process.env, PRESS_GALLERY_REPORT_CODE_CACHE: '1', ...env } });
    const withoutTime = (out: string) => out.replace(/"milliseconds": [0-9.]+/, '');

    it('is given ASCII bundles by the build, read without UTF-8 decoding (scripts/build.mjs asciiBundles)', () => {
      for (const file of ['cliMain.js', 'extension.js', 'analysisWorker.js', 'extractor.js']) {
        const bytes = fs.readFileSync(path.join(ROOT, 'dist', file));
        assert.strictEqual(bytes.findIndex((b) => b >= 0x80), -1, `dist/${file} holds a byte beyond ASCII`);
      }
    });

    it('runs the tool from the cache the build made for it', () => {
      const r = runReporting();
      assert.strictEqual(r.status, 0, r.stderr);
      assert.match(r.stderr, /code cache: taken/);
    });

    it('reads no cache made for another build, and runs the same without one', () => {
      const other = path.join(dir, 'cliMain.js');
      fs.copyFileSync(bundle, other);
      // Same length, another build id: V8 alone would take the cache.
      const source = fs.readFileSync(bundle, 'utf8');
      fs.writeFileSync(other, source.replace(/^\/\/ press-gallery build (\w)/, (_, c: string) => `// press-gallery build ${c === 'a' ? 'b' : 'a'}`));
      fs.copyFileSync(`${bundle}.cache`, `${other}.cache`);
      for (const data of ['mps.compact.json', 'mps.people.txt']) fs.copyFileSync(path.join(ROOT, 'dist', data), path.join(dir, data));
      const launcher = path.join(dir, 'cli.js');
      fs.copyFileSync(CLI, launcher);
      const stale = spawnSync(process.execPath, [launcher, 'extract', '--json', path.join(dir, 'good.article')], { encoding: 'utf8', env: { ...process.env, PRESS_GALLERY_REPORT_CODE_CACHE: '1' } });
      assert.match(stale.stderr, /code cache: none/);
      fs.rmSync(`${other}.cache`);
      const none = spawnSync(process.execPath, [launcher, 'extract', '--json', path.join(dir, 'good.article')], { encoding: 'utf8', env: { ...process.env, PRESS_GALLERY_REPORT_CODE_CACHE: '1' } });
      assert.match(none.stderr, /code cache: none/);
      assert.strictEqual(withoutTime(none.stdout).replace(dir, ''), withoutTime(runReporting().stdout).replace(dir, ''));
    });
  });

  describe("Node's modules before the flags (src/cli/nodeModulesFirst.ts)", () => {
    it('loads no Node module after setting V8 flags, writing to a pipe or to a file', () => {
      const env = { ...process.env, PRESS_GALLERY_REPORT_CODE_CACHE: '1' };
      const piped = spawnSync(process.execPath, [CLI, 'extract', '--json', SEED], { encoding: 'utf8', env });
      assert.strictEqual(piped.status, 0, piped.stderr);
      assert.match(piped.stderr, /node modules loaded after the flags: none\n/);
      const out = fs.openSync(path.join(dir, 'seed.json'), 'w');
      const toFile = spawnSync(process.execPath, [CLI, 'extract', '--json', SEED], { encoding: 'utf8', env, stdio: ['ignore', out, 'pipe'] });
      fs.closeSync(out);
      assert.strictEqual(toFile.status, 0, toFile.stderr);
      assert.match(toFile.stderr, /node modules loaded after the flags: none\n/);
      const withoutTime = (json: string) => json.replace(/"milliseconds": [0-9.]+/, '');
      assert.strictEqual(withoutTime(fs.readFileSync(path.join(dir, 'seed.json'), 'utf8')), withoutTime(piped.stdout));
    });

    it("leaves V8's regular expression tiers alone: patterns still tier up (src/cli/compilerTuning.ts)", () => {
      // Turning tier-up off in the middle of a run crashed V8 about one run in sixty; V8 reports each
      // pattern that tiers up on standard output under --trace-regexp-tier-up, and reports none when off.
      const traced = spawnSync(process.execPath, ['--trace-regexp-tier-up', CLI, 'extract', '--json', SEED], { encoding: 'utf8' });
      assert.strictEqual(traced.status, 0, traced.stderr);
      assert.ok((traced.stdout.match(/^JSRegExp object \w+ needs tier-up compilation$/gm) ?? []).length >= 10, 'no pattern tiered up');
    });
  });
});
