#!/usr/bin/env node
// Places stage timed inside the reading as `read` runs it: per generated article, the document,
// sentences, numbers, dates and actors, then findPlaces (the only one timed, µs per document).
// Profile: node --cpu-prof --cpu-prof-dir=/tmp/prof-pl scripts/pl-prof.mjs [--lang en] [--docs 800] [--rounds 3] [--dir CHECKOUT]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { generateArticle } from './lib/gen-articles.mjs';
const { values } = parseArgs({ options: { lang: { type: 'string', default: 'en' }, docs: { type: 'string', default: '800' },
  rounds: { type: 'string', default: '3' }, dir: { type: 'string', default: resolve(new URL('..', import.meta.url).pathname) } } });
const url = (p) => pathToFileURL(resolve(values.dir, p)).href;
const m = async (p) => import(url(p));
const { loadGazetteer } = await m('dist/index.js');
const { buildDocument } = await m('dist/core/document/index.js');
const { packFor } = await m('dist/lang/index.js');
const { splitSentences } = await m('dist/core/engine/text.js');
const { findNumbers } = await m('dist/core/numbers/index.js');
const { findDates } = await m('dist/core/dates/index.js');
const { findActors } = await m('dist/core/actors/index.js');
const { findPlaces } = await m('dist/core/places/index.js');
const g = loadGazetteer();
const lang = values.lang, N = Number(values.docs);
const docs = Array.from({ length: N }, (_, i) => generateArticle(lang, 1000 + i, 4096));
const one = (content) => {
  const doc = buildDocument(content, { language: lang }, {});
  const pack = packFor(doc.language);
  const text = doc.text;
  const sentences = splitSentences(text, pack.sentences);
  for (const s of sentences) findNumbers(text, s, pack);
  for (const s of sentences) findDates(text, s, pack, doc.published);
  for (const s of sentences) findActors(text, s, pack);
  const t = performance.now();
  findPlaces(text, sentences, pack, g);
  return performance.now() - t;
};
for (const d of docs.slice(0, 200)) one(d);
for (let k = 0; k < Number(values.rounds); k++) {
  let t = 0;
  for (const d of docs) t += one(d);
  console.log(lang, (t / N * 1000).toFixed(0), 'µs/doc');
}
