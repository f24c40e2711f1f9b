// What the command-line tool does, done with compromise: read the article, nlp() it, print its people
// and quotations as JSON. The bench times this whole process beside `press-gallery extract --json`.
// Usage: node compromise-extract.cjs FILE
const { readFileSync } = require('node:fs');
const nlp = require('compromise');
const doc = nlp(readFileSync(process.argv[2], 'utf8'));
process.stdout.write(JSON.stringify({ people: doc.people().json(), quotations: doc.quotations().json() }) + '\n');
