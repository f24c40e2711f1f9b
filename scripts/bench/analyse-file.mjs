// Analyses one file in a fresh process with a given time budget (default: lifted) and prints one
// JSON line: time, completeness, quotes with speakers. Usage: node analyse-file.mjs FILE [BUDGET_MS]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { analyze } = require('../../dist/extractor.js');
const text = readFileSync(process.argv[2], 'utf8');
const budget = process.argv[3] ? Number(process.argv[3]) : Infinity;
const t = performance.now();
const a = analyze(text, { timeBudgetMs: budget });
const ms = performance.now() - t;
console.log(JSON.stringify({
  ms, chars: text.length, truncated: a.stats.truncated, speakersTo: a.stats.speakersTo,
  quotes: a.quotes.length, attributed: a.quotes.filter((q) => q.speaker).length, people: a.people.length,
}));
