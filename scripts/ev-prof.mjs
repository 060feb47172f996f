#!/usr/bin/env node
// Events stage alone: reads N generated articles once, then codes their events R times (for
// profiling codeEvents without the reading stages). L=en N=600 R=4 node scripts/ev-prof.mjs [DIR]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateArticle } from './lib/gen-articles.mjs';
const dir = resolve(process.argv[2] ?? new URL('..', import.meta.url).pathname);
const m = (p) => import(pathToFileURL(resolve(dir, p)).href);
const { extract, loadGazetteer } = await m('dist/index.js');
const { codeEvents } = await m('dist/core/events/index.js');
const { packFor } = await m('dist/lang/index.js');
const lang = process.env.L || 'en';
const N = +(process.env.N || 600);
const R = +(process.env.R || 4);
const env = { gazetteer: loadGazetteer() };
const items = [];
for (let i = 0; i < N; i++) {
  const r = extract(generateArticle(lang, i + 1, 4096), { language: lang }, env);
  items.push([r.document, r.reading, packFor(r.document.language)]);
}
for (const [d, rd, p] of items.slice(0, 100)) codeEvents(d, rd, p);
const t = performance.now();
for (let r = 0; r < R; r++) for (const [d, rd, p] of items) codeEvents(d, rd, p);
console.error(lang, (((performance.now() - t) * 1000) / (N * R)).toFixed(0), 'µs/doc events');
if (globalThis.__evT) { const T = globalThis.__evT; const n = T.n; for (const k of Object.keys(T)) console.error(k.padEnd(10), (k.match(/^(n|cands|drafts|sents|actors|hitSents|ns|hcN|sieved|miss|passed|toks|raw|found)$/) ? (T[k] / n).toFixed(2) : ((T[k] * 1000) / n).toFixed(1) + ' µs')); }
