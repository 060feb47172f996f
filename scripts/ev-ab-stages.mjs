#!/usr/bin/env node
// ab-stages.mjs timed by the CPU time of the process (process.cpuUsage) instead of wall time: on a
// shared machine another process taking the core is then not counted in whichever build runs then
// (with the load at 9 on 2 cores, wall-time stage ratios swung 0.7-1.15 run to run). Runs still lean
// a few per cent one way within a process (each build's heap lays out differently): for a figure
// to trust, run it both ways (also from the other checkout, with this one as OTHER_CHECKOUT, after
// copying scripts/ there) and take the two ratios together.
// Per-stage speed of two builds side by side on a noisy machine. Both builds are loaded into one
// process and run the whole extraction stage by stage on one generated article at a time,
// alternating which goes first, so that both meet the same noise. Prints, per round, the CPU time
// of each stage in each build and the ratio A/B (above 1: this checkout, B, is faster).
// A is another checkout's build (e.g. a `git worktree` of an older commit, built with
// `npx tsc -p .` and given data/build/), B this one. Stages run in the order `read` runs them, so
// the first stage to ask for a sentence's tokens (numbers) pays for tokenizing it in both builds.
//
//   node scripts/ev-ab-stages.mjs OTHER_CHECKOUT [--lang en] [--rounds 3] [--docs 1000]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { generateArticle } from './lib/gen-articles.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: 'string', default: 'en' }, rounds: { type: 'string', default: '3' }, docs: { type: 'string', default: '1000' } },
});
if (positionals.length !== 1) {
  console.error('usage: node scripts/ev-ab-stages.mjs OTHER_CHECKOUT [--lang en] [--rounds 3] [--docs 1000]');
  process.exit(1);
}
const lang = values.lang;
const N = Number(values.docs);
// (CPU time of the process, not wall time: another process taking the core is not counted)
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const STAGES = ['document', 'sentences', 'numbers', 'dates', 'actors', 'places', 'resolveActors', 'attributions', 'casualties', 'events'];

async function load(dir) {
  const url = (p) => pathToFileURL(resolve(dir, p)).href;
  const m = async (p) => import(url(p));
  const { loadGazetteer } = await m('dist/index.js');
  const { buildDocument } = await m('dist/core/document/index.js');
  const { packFor } = await m('dist/lang/index.js');
  const { splitSentences } = await m('dist/core/engine/text.js');
  const { findNumbers } = await m('dist/core/numbers/index.js');
  const { findDates } = await m('dist/core/dates/index.js');
  const { findActors } = await m('dist/core/actors/index.js');
  const { resolveActors } = await m('dist/core/actors/names.js');
  const { findPlaces } = await m('dist/core/places/index.js');
  const { findAttributions, findCasualties } = await m('dist/core/claims/index.js');
  const { codeEvents } = await m('dist/core/events/index.js');
  const g = loadGazetteer();
  // One document, stage by stage, adding each stage's time to t[stage].
  return (content, t) => {
    let c = cpu();
    const lap = (k) => { const n = cpu(); t[k] += n - c; c = n; };
    const doc = buildDocument(content, { language: lang }, {});
    lap('document');
    const pack = packFor(doc.language);
    const text = doc.text;
    const sentences = splitSentences(text, pack.sentences);
    lap('sentences');
    const numbers = [], dates = [], actors = [];
    // Per stage over all sentences (read interleaves them per sentence; the work is the same).
    for (const s of sentences) for (const x of findNumbers(text, s, pack)) numbers.push(x);
    lap('numbers');
    for (const s of sentences) for (const x of findDates(text, s, pack, doc.published)) dates.push(x);
    lap('dates');
    for (const s of sentences) for (const x of findActors(text, s, pack)) actors.push(x);
    lap('actors');
    const places = findPlaces(text, sentences, pack, g);
    lap('places');
    const resolved = resolveActors(actors, text);
    lap('resolveActors');
    const input = { sentences, numbers, dates, places, actors: resolved };
    const attributions = findAttributions(text, input, pack);
    lap('attributions');
    const casualties = findCasualties(text, input, attributions, pack);
    lap('casualties');
    codeEvents(doc, { ...input, attributions, casualties }, pack);
    lap('events');
  };
}

const fa = await load(positionals[0]);
const fb = await load(resolve(new URL('..', import.meta.url).pathname));
const docs = Array.from({ length: N }, (_, i) => generateArticle(lang, 1000 + i, 4096));
const zero = () => Object.fromEntries(STAGES.map((k) => [k, 0]));
for (const d of docs.slice(0, 200)) { fa(d, zero()); fb(d, zero()); } // warm-up
for (let r = 0; r < Number(values.rounds); r++) {
  const ta = zero(), tb = zero();
  for (let i = 0; i < docs.length; i++) {
    if (i & 1) { fa(docs[i], ta); fb(docs[i], tb); } else { fb(docs[i], tb); fa(docs[i], ta); }
  }
  const sum = (t) => Object.values(t).reduce((a, b) => a + b, 0);
  const row = (k, a, b) => `${k.padEnd(14)} A ${(a / N * 1000).toFixed(0).padStart(5)} µs  B ${(b / N * 1000).toFixed(0).padStart(5)} µs  A/B ${(a / b).toFixed(3)}`;
  console.log(`${lang} round ${r} (µs per document)`);
  for (const k of STAGES) console.log('  ' + row(k, ta[k], tb[k]));
  console.log('  ' + row('total', sum(ta), sum(tb)));
}
