// What an engine's first pass spends compiling regular expressions, the same way for both engines.
// V8 compiles a pattern on its first use (and again to machine code on its second), so the first pass
// over a set pays for every pattern it runs once, and later passes for none of them.
//   node regexCost.mjs collect ours|compromise FILE...  one pass with RegExp.prototype.exec watched:
//                                                       prints the patterns run, as JSON
//   node regexCost.mjs time PATTERNS.json               in a fresh process, each pattern compiled and
//                                                       run twice, timed: prints the ms of each
// The timing process first warms the engine's one-off set-up (Unicode property tables, case folding),
// so the figure is the patterns' own compiling, not the first pattern's share of the engine's start.
// A pattern is compiled once per process (V8 keeps it by source and flags): the bench takes each
// pattern's least time over several processes, so that a pause of the machine is not counted.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [mode, ...args] = process.argv.slice(2);

if (mode === 'collect') {
  const [which, ...files] = args;
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  let run;
  if (which === 'ours') {
    const { analyze } = require('../../dist/extractor.js');
    run = (t) => analyze(t);
  } else {
    const nlp = require('compromise');
    run = (t) => { const doc = nlp(t); doc.people().json(); doc.quotations().json(); };
  }
  // Every use of a pattern (test, match, replace, split) goes through exec once exec is replaced.
  const seen = new Set();
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (s) {
    seen.add(`${this.flags}/${this.source}`);
    return exec.call(this, s);
  };
  for (const t of texts) run(t);
  RegExp.prototype.exec = exec;
  console.log(JSON.stringify([...seen]));
} else if (mode === 'time') {
  const patterns = JSON.parse(readFileSync(args[0], 'utf8'));
  /\p{L}\p{Lu}/u.test('a'); /ab/i.test('AB'); /\p{Ll}b/iu.test('ab'); // the engine's one-off set-up
  const ms = patterns.map((key) => {
    const at = key.indexOf('/');
    const re = new RegExp(key.slice(at + 1), key.slice(0, at));
    const started = process.hrtime.bigint();
    re.exec('Mr Smith said');
    re.lastIndex = 0;
    re.exec('the plan');
    return Number(process.hrtime.bigint() - started) / 1e6;
  });
  console.log(JSON.stringify(ms));
} else {
  console.error('usage: node regexCost.mjs collect ours|compromise FILE... | time PATTERNS.json');
  process.exit(2);
}
