#!/usr/bin/env node
// A/B of the places stage alone: two builds in one process, each reading a generated article up to
// the places stage (document, sentences, numbers, dates, actors) and then finding its places, which
// alone is timed; interleaved per document, alternating which build goes first, each finding the
// places `--reps` times and keeping its fastest (robust to the host's bursts of noise). Prints µs
// per document of findPlaces in each build and A/B (above 1: this checkout, B, is faster).
//   node scripts/pl-ab.mjs OTHER_CHECKOUT [--lang en] [--rounds 3] [--docs 1000] [--reps 3] [--b ANOTHER_AS_B]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { generateArticle } from './lib/gen-articles.mjs';
const { values, positionals } = parseArgs({ allowPositionals: true,
  options: { b: { type: 'string' }, reps: { type: 'string', default: '3' }, lang: { type: 'string', default: 'en' }, rounds: { type: 'string', default: '3' }, docs: { type: 'string', default: '1000' } } });
const lang = values.lang, N = Number(values.docs);
async function load(dir) {
  const m = async (p) => import(pathToFileURL(resolve(dir, p)).href);
  const { loadGazetteer } = await m('dist/index.js');
  const { buildDocument } = await m('dist/core/document/index.js');
  const { packFor } = await m('dist/lang/index.js');
  const { splitSentences } = await m('dist/core/engine/text.js');
  const { findNumbers } = await m('dist/core/numbers/index.js');
  const { findDates } = await m('dist/core/dates/index.js');
  const { findActors } = await m('dist/core/actors/index.js');
  const { findPlaces } = await m('dist/core/places/index.js');
  const g = loadGazetteer();
  return (content) => {
    const doc = buildDocument(content, { language: lang }, {});
    const pack = packFor(doc.language);
    const text = doc.text;
    const sentences = splitSentences(text, pack.sentences);
    for (const s of sentences) findNumbers(text, s, pack);
    for (const s of sentences) findDates(text, s, pack, doc.published);
    for (const s of sentences) findActors(text, s, pack);
    return () => {
      const t = performance.now();
      findPlaces(text, sentences, pack, g);
      return performance.now() - t;
    };
  };
}
const fa = await load(positionals[0]);
const fb = await load(values.b ?? resolve(new URL('..', import.meta.url).pathname));
const docs = Array.from({ length: N }, (_, i) => generateArticle(lang, 1000 + i, 4096));
const reps = Number(values.reps);
for (const d of docs.slice(0, 200)) { fa(d)(); fb(d)(); }
for (let r = 0; r < Number(values.rounds); r++) {
  let ta = 0, tb = 0;
  for (let i = 0; i < N; i++) {
    const pa = fa(docs[i]), pb = fb(docs[i]);
    let ma = Infinity, mb = Infinity;
    for (let k = 0; k < reps; k++) {
      if ((i + k) & 1) { ma = Math.min(ma, pa()); mb = Math.min(mb, pb()); } else { mb = Math.min(mb, pb()); ma = Math.min(ma, pa()); }
    }
    ta += ma;
    tb += mb;
  }
  console.log(`${lang} round ${r}: places A ${(ta / N * 1000).toFixed(0)} µs  B ${(tb / N * 1000).toFixed(0)} µs  A/B ${(ta / tb).toFixed(3)}`);
}
