#!/usr/bin/env node
// Noise-robust per-stage A/B of two builds, the stages up to actors only (see nd-ab.mjs) and no
// gazetteer loaded: two builds' gazetteers make a heap whose marking, paid by whichever stage
// allocates when it runs, read one build's numbers stage 0.8 of the other's, builds identical): every document is run
// K times through each build, interleaved, and each stage keeps its fastest run per document
// (preemption and other engineers' jobs only ever add time); the sums of those minima are
// compared. A/B above 1: this checkout (B) is faster.
//   node scripts/nd-ab4.mjs OTHER_CHECKOUT [--lang en] [--docs 200] [--k 5]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { generateArticle } from './lib/gen-articles.mjs';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { lang: { type: 'string', default: 'en' }, docs: { type: 'string', default: '200' }, k: { type: 'string', default: '5' } } });
const lang = values.lang, N = Number(values.docs), K = Number(values.k);
const STAGES = ['document', 'sentences', 'numbers', 'dates', 'actors'];
const S = STAGES.length;
async function load(dir) {
  const m = (p) => import(pathToFileURL(resolve(dir, p)).href);
  const { buildDocument } = await m('dist/core/document/index.js');
  const { packFor } = await m('dist/lang/index.js');
  const { splitSentences } = await m('dist/core/engine/text.js');
  const { findNumbers } = await m('dist/core/numbers/index.js');
  const { findDates } = await m('dist/core/dates/index.js');
  const { findActors } = await m('dist/core/actors/index.js');
  return (content, t) => {
    let c = performance.now(), k = 0;
    const lap = () => { const n = performance.now(); t[k++] = n - c; c = n; };
    const doc = buildDocument(content, { language: lang }, {}); lap();
    const pack = packFor(doc.language);
    const text = doc.text;
    const sentences = splitSentences(text, pack.sentences); lap();
    const numbers = [], dates = [], actors = [];
    for (const s of sentences) for (const x of findNumbers(text, s, pack)) numbers.push(x);
    lap();
    for (const s of sentences) for (const x of findDates(text, s, pack, doc.published)) dates.push(x);
    lap();
    for (const s of sentences) for (const x of findActors(text, s, pack)) actors.push(x);
    lap();

  };
}
const fa = await load(positionals[0]);
const fb = await load(resolve(new URL('..', import.meta.url).pathname));
const docs = Array.from({ length: N }, (_, i) => generateArticle(lang, 1000 + i, 4096));
const ta = new Array(S).fill(0), tb = new Array(S).fill(0);
for (const d of docs.slice(0, 100)) { fa(d, ta); fb(d, tb); }
const sa = new Array(S).fill(0), sb = new Array(S).fill(0);
for (let i = 0; i < N; i++) {
  const ma = new Array(S).fill(1e9), mb = new Array(S).fill(1e9);
  for (let r = 0; r < K; r++) {
    if ((i + r) & 1) { fa(docs[i], ta); fb(docs[i], tb); } else { fb(docs[i], tb); fa(docs[i], ta); }
    for (let s = 0; s < S; s++) { if (ta[s] < ma[s]) ma[s] = ta[s]; if (tb[s] < mb[s]) mb[s] = tb[s]; }
  }
  for (let s = 0; s < S; s++) { sa[s] += ma[s]; sb[s] += mb[s]; }
}
const row = (k, a, b) => `  ${k.padEnd(14)} A ${(a / N * 1000).toFixed(0).padStart(5)}  B ${(b / N * 1000).toFixed(0).padStart(5)}  A/B ${(a / b).toFixed(3)}`;
console.log(`${lang} (fastest of ${K} per document and stage, µs per document)`);
for (let s = 0; s < S; s++) console.log(row(STAGES[s], sa[s], sb[s]));
console.log(row('total', sa.reduce((x, y) => x + y), sb.reduce((x, y) => x + y)));
