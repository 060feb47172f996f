#!/usr/bin/env node
// Reliable per-part cost of the reading stages this helper works on, one build: every document
// is run K times and each part keeps its fastest run (preemption only adds time).
//   node scripts/nd-parts.mjs [--lang en] [--docs 200] [--k 5] [--dir CHECKOUT]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { generateArticle } from './lib/gen-articles.mjs';
const { values } = parseArgs({ options: { lang: { type: 'string', default: 'en' }, docs: { type: 'string', default: '200' }, k: { type: 'string', default: '5' }, dir: { type: 'string', default: resolve(new URL('..', import.meta.url).pathname) } } });
const lang = values.lang, N = Number(values.docs), K = Number(values.k);
const m = (p) => import(pathToFileURL(resolve(values.dir, p)).href);
const { buildDocument } = await m('dist/core/document/index.js');
const { packFor } = await m('dist/lang/index.js');
const { splitSentences, factsOf } = await m('dist/core/engine/text.js');
const { findNumbers } = await m('dist/core/numbers/index.js');
const { findDates, scanDates } = await m('dist/core/dates/index.js');
const { findActors } = await m('dist/core/actors/index.js');
const PARTS = ['document', 'split', 'tokenize', 'scanDates', 'numbers', 'dates', 'actors'];
const docs = Array.from({ length: N }, (_, i) => generateArticle(lang, 1000 + i, 4096));
const t = new Array(PARTS.length).fill(0);
const run = (content) => {
  let c = performance.now(), n;
  const lap = (k) => { n = performance.now(); t[k] = n - c; c = n; };
  const doc = buildDocument(content, { language: lang }, {}); lap(0);
  const pack = packFor(doc.language);
  const ss = splitSentences(doc.text, pack.sentences); lap(1);
  for (const s of ss) factsOf(s); lap(2);
  for (const s of ss) scanDates(s, pack); lap(3);
  for (const s of ss) findNumbers(doc.text, s, pack); lap(4);
  for (const s of ss) findDates(doc.text, s, pack, doc.published); lap(5);
  for (const s of ss) findActors(doc.text, s, pack); lap(6);
};
for (const d of docs.slice(0, 100)) run(d);
const sum = new Array(PARTS.length).fill(0);
for (const d of docs) {
  const mn = new Array(PARTS.length).fill(1e9);
  for (let r = 0; r < K; r++) { run(d); for (let k = 0; k < PARTS.length; k++) if (t[k] < mn[k]) mn[k] = t[k]; }
  for (let k = 0; k < PARTS.length; k++) sum[k] += mn[k];
}
console.log(lang, PARTS.map((p, k) => `${p} ${(sum[k] / N * 1000).toFixed(0)}`).join(' · '), 'µs/doc (fastest of', K, ')');
