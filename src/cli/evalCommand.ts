import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../extractor/analyze';
import { parseArgs } from './args';
import { readTextFile } from './readInput';
import { addCounts, emptyCounts, formatSummary, scoreArticle, summarise, Gold } from './score';

/**
 * `eval GOLD_DIR`: runs the extractor on every NAME.txt that has a NAME.gold.json and prints the
 * scores. `--predictions DIR` also writes each prediction as DIR/NAME.json, the layout the corpus's
 * own referee reads, so the two scorers can be compared on the same predictions.
 */
export function runEval(argv: string[]): number {
  const args = parseArgs(argv, ['verbose', 'json'], ['predictions']);
  if ('error' in args) return fail(args.error, 2);
  const [dir] = args.positional;
  if (!dir || args.positional.length > 1) return fail('eval needs one GOLD_DIR', 2);
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort();
  } catch {
    return fail(`${dir}: not a readable directory`, 1);
  }
  if (names.length === 0) return fail(`${dir}: no NAME.gold.json files`, 1);
  const predDir = args.options.get('predictions');
  if (predDir) fs.mkdirSync(predDir, { recursive: true });

  let total = emptyCounts();
  let failed = 0;
  const perFile: string[] = [];
  for (const name of names) {
    const input = readTextFile(path.join(dir, `${name}.txt`));
    if ('error' in input) { console.error(`press-gallery: ${input.file}: ${input.error}`); failed++; continue; }
    const gold = JSON.parse(fs.readFileSync(path.join(dir, `${name}.gold.json`), 'utf8')) as Gold;
    const analysis = analyze(input.text);
    if (predDir) fs.writeFileSync(path.join(predDir, `${name}.json`), JSON.stringify(analysis));
    const { counts, errors } = scoreArticle(gold, analysis);
    total = addCounts(total, counts);
    if (args.flags.has('verbose') && errors.length) perFile.push(`${name}\n${errors.map((e) => `  ${e}`).join('\n')}`);
  }
  const summary = summarise(total);
  if (perFile.length) console.log(perFile.join('\n'));
  console.log(args.flags.has('json') ? JSON.stringify({ files: names.length, counts: total, ...summary }, null, 2) : formatSummary(summary, total, names.length));
  return failed ? 1 : 0;
}

function fail(message: string, code: number): number {
  console.error(`press-gallery: ${message}`);
  return code;
}
