#!/usr/bin/env node
// Speed of two builds side by side on a noisy machine: both are loaded into one process and run one
// generated article at a time, alternating which goes first, so that both meet the same noise.
// Prints docs/s of each and the ratio B/A per round. A is another checkout's build (e.g. a
// `git worktree` of an older commit, built with `npx tsc -p .` and given data/build/), B this one.
//
//   node scripts/ab-builds.mjs OTHER_CHECKOUT [--lang en] [--stage read|extract] [--rounds 3] [--docs 2000]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { generateArticle } from './lib/gen-articles.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: 'string', default: 'en' }, stage: { type: 'string', default: 'read' }, rounds: { type: 'string', default: '3' }, docs: { type: 'string', default: '2000' } },
});
if (positionals.length !== 1) {
  console.error('usage: node scripts/ab-builds.mjs OTHER_CHECKOUT [--lang en] [--stage read|extract] [--rounds 3] [--docs 2000]');
  process.exit(1);
}
const lang = values.lang;
const N = Number(values.docs);
async function load(dir) {
  const url = (p) => pathToFileURL(resolve(dir, p)).href;
  const { packFor } = await import(url('dist/lang/index.js'));
  const { read } = await import(url('dist/core/reading.js'));
  const { loadGazetteer, extract } = await import(url('dist/index.js'));
  const g = loadGazetteer(), pack = packFor(lang);
  return values.stage === 'read' ? (d) => read(d, '2024-04-23T16:25:00+07:00', pack, g) : (d) => extract(d, {}, { gazetteer: g });
}
const fa = await load(positionals[0]);
const fb = await load(resolve(new URL('..', import.meta.url).pathname));
const docs = Array.from({ length: N }, (_, i) => generateArticle(lang, 1000 + i, 4096));
for (const d of docs.slice(0, 200)) { fa(d); fb(d); } // warm-up
for (let r = 0; r < Number(values.rounds); r++) {
  let ta = 0, tb = 0;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i];
    let t = performance.now();
    if (i & 1) { fa(d); const m = performance.now(); ta += m - t; fb(d); tb += performance.now() - m; }
    else { fb(d); const m = performance.now(); tb += m - t; fa(d); ta += performance.now() - m; }
  }
  console.log(`${lang} ${values.stage} round ${r}: A ${((N / ta) * 1000).toFixed(0)} docs/s  B ${((N / tb) * 1000).toFixed(0)} docs/s  B/A ${(ta / tb).toFixed(3)}`);
}
