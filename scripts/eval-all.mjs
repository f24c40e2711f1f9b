// npm run eval: every shared corpus beside the project, one table (the extractor must be built).
import { CORPORA, corpusRoot, measure } from './corpora.mjs';

let any = false;
for (const corpus of CORPORA) {
  const seen = measure(corpus);
  if (!seen) { console.log(`${corpus.name}: not found under ${corpusRoot}; skipped`); continue; }
  any = true;
  console.log(`${corpus.name.padEnd(12)} ${Object.entries(seen).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(' · ')}`);
}
if (!any) console.log(`no shared corpora under ${corpusRoot}`);
