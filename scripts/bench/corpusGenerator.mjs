// Generates a corpus of many short articles (our own sentences, real MP names, dates 2015–2020)
// for the scale figures of the workspace index and `stats`. Deterministic for a given count.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERBS, PHRASES as BASE_PHRASES, FILLER as BASE_FILLER } from './articleGenerator.mjs';

// The single long article's sentences, and more, so that 10,000 short ones are not all alike.
const PHRASES = [...BASE_PHRASES, 'schools need the money now, not next year', 'the health service cannot wait another winter'];
const FILLER = [
  ...BASE_FILLER,
  'Campaigners gathered outside Parliament with placards and a petition signed by thousands of people.',
];
const OTHERS = ['Sarah Whitfield', 'Tom Ashdown', 'Priya Natarajan', 'Gareth Llewellyn'];
const ORGANISATIONS = ['Oxfam', 'Unite', 'Barnardo’s', 'the Confederation of British Industry'];

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Writes `count` articles of about `words` words each into `dir`, in sub-folders of 500. */
export function generateCorpus(dir, count, names, words = 600) {
  const rand = rng(7);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  let total = 0;
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2015, 5, 1) + Math.floor(rand() * 5 * 365) * 86_400_000).toISOString().slice(0, 10);
    const parts = [` date ${day} Generated article ${i + 1}`, ''];
    let n = 5;
    while (n < words) {
      const name = pick(names);
      const surname = name.split(' ').pop();
      const p = [
        `${name} ${pick(VERBS)} that “${pick(PHRASES)}”.`,
        `“${cap(pick(PHRASES))},” Mr ${surname} said.`,
        pick(FILLER),
        rand() < 0.5 ? `“${cap(pick(PHRASES))},” said ${pick(OTHERS)}.` : `${cap(pick(ORGANISATIONS))} said “${pick(PHRASES)}”.`,
        pick(FILLER),
      ].join(' ');
      parts.push(p, '');
      n += p.split(/\s+/).length;
    }
    total += n;
    const sub = join(dir, String(Math.floor(i / 500)).padStart(3, '0'));
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `article-${String(i + 1).padStart(5, '0')}.article`), parts.join('\n'));
  }
  return total;
}
