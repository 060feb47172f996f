#!/usr/bin/env node
// Per-stage speed of two builds side by side on a noisy machine. Both builds are loaded into one
// process and run the whole extraction stage by stage on one generated article at a time,
// alternating which goes first, so that both meet the same noise. Prints, per round, the time of
// each stage in each build and the ratio A/B (above 1: this checkout, B, is faster).
// A is another checkout's build (e.g. a `git worktree` of an older commit, built with
// `npx tsc -p .` and given data/build/), B this one. Stages run in the order `read` runs them, so
// the first stage to ask for a sentence's tokens (numbers) pays for tokenizing it in both builds.
//
// On a loaded machine:
//   --best K        runs every document K times through each build and keeps each stage's fastest
//                   run (other jobs only ever add time); two identical builds then read 0.96-1.03.
//   --clock cpu     the process's CPU time instead of wall time: another process taking the core is
//                   not counted (but GC threads are).
//   --no-places     stops after actors and loads no gazetteer: two builds' gazetteers make a heap
//                   whose marking is paid by whichever stage allocates when it runs, which skews the
//                   early stages (identical builds read numbers 0.8).
// Runs still lean a few per cent one way within a process (each build's heap lays out
// differently): for a figure to trust, run it both ways (from the other checkout too, with this
// one as OTHER_CHECKOUT) and take the two ratios together.
//
//   node scripts/ab-stages.mjs OTHER_CHECKOUT [--lang en] [--rounds 3] [--docs 1000] [--best 1] [--clock wall|cpu] [--no-places]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticle } from './lib/gen-articles.mjs';
import { loadStages } from './lib/stages.mjs';

const usage = 'usage: node scripts/ab-stages.mjs OTHER_CHECKOUT [--lang en] [--rounds 3] [--docs 1000] [--best 1] [--clock wall|cpu] [--no-places]';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'en' }, rounds: { type: 'string', default: '3' }, docs: { type: 'string', default: '1000' },
      best: { type: 'string', default: '1' }, clock: { type: 'string', default: 'wall' }, 'no-places': { type: 'boolean', default: false },
    },
  });
} catch (e) {
  console.error(`ab-stages: ${e.message}\n${usage}`);
  process.exit(1);
}
const { values, positionals } = parsed;
const lang = values.lang;
const N = Number(values.docs);
const K = Number(values.best);
const ROUNDS = Number(values.rounds);
if (positionals.length !== 1 || !(N >= 1 && K >= 1 && ROUNDS >= 1) || !['wall', 'cpu'].includes(values.clock)) {
  console.error(usage);
  process.exit(1);
}
const now = values.clock === 'cpu' ? () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; } : () => performance.now();
const ALL = ['document', 'sentences', 'numbers', 'dates', 'actors', 'places', 'resolveActors', 'attributions', 'casualties', 'events'];
const STAGES = values['no-places'] ? ALL.slice(0, 5) : ALL;
const S = STAGES.length;

async function load(dir) {
  const st = await loadStages(dir, { gazetteer: !values['no-places'] });
  const { buildDocument, packFor, splitSentences, findNumbers, findDates, findActors } = st;
  const rest = values['no-places'] ? null : st;
  // One document, stage by stage, writing each stage's time to t[stage index].
  return (content, t) => {
    let c = now();
    let k = 0;
    const lap = () => { const n = now(); t[k++] = n - c; c = n; };
    const doc = buildDocument(content, { language: lang }, {});
    lap();
    const pack = packFor(doc.language);
    const text = doc.text;
    const sentences = splitSentences(text, pack.sentences);
    lap();
    const numbers = [], dates = [], actors = [];
    // Per stage over all sentences (read interleaves them per sentence; the work is the same).
    for (const s of sentences) for (const x of findNumbers(text, s, pack)) numbers.push(x);
    lap();
    for (const s of sentences) for (const x of findDates(text, s, pack, doc.published)) dates.push(x);
    lap();
    for (const s of sentences) for (const x of findActors(text, s, pack)) actors.push(x);
    lap();
    if (!rest) return;
    const places = rest.findPlaces(text, sentences, pack, rest.g);
    lap();
    const resolved = rest.resolveActors(actors, text);
    lap();
    const input = { sentences, numbers, dates, places, actors: resolved };
    const attributions = rest.findAttributions(text, input, pack);
    lap();
    const casualties = rest.findCasualties(text, input, attributions, pack);
    lap();
    rest.codeEvents(doc, { ...input, attributions, casualties }, pack);
    lap();
  };
}

const fa = await load(positionals[0]);
const fb = await load(resolve(new URL('..', import.meta.url).pathname));
const docs = Array.from({ length: N }, (_, i) => generateArticle(lang, 1000 + i, 4096));
const ta = new Float64Array(S), tb = new Float64Array(S);
for (const d of docs.slice(0, 200)) { fa(d, ta); fb(d, tb); } // warm-up
const row = (k, a, b) => `${k.padEnd(14)} A ${(a / N * 1000).toFixed(0).padStart(5)} µs  B ${(b / N * 1000).toFixed(0).padStart(5)} µs  A/B ${(a / b).toFixed(3)}`;
for (let r = 0; r < ROUNDS; r++) {
  const sa = new Float64Array(S), sb = new Float64Array(S);
  const ma = new Float64Array(S), mb = new Float64Array(S);
  for (let i = 0; i < N; i++) {
    ma.fill(Infinity);
    mb.fill(Infinity);
    for (let q = 0; q < K; q++) {
      if ((i + q) & 1) { fa(docs[i], ta); fb(docs[i], tb); } else { fb(docs[i], tb); fa(docs[i], ta); }
      for (let s = 0; s < S; s++) { if (ta[s] < ma[s]) ma[s] = ta[s]; if (tb[s] < mb[s]) mb[s] = tb[s]; }
    }
    for (let s = 0; s < S; s++) { sa[s] += ma[s]; sb[s] += mb[s]; }
  }
  const how = `${values.clock === 'cpu' ? 'CPU' : 'wall'} time${K > 1 ? `, fastest of ${K} per document and stage` : ''}`;
  console.log(`${lang} round ${r} (µs per document, ${how})`);
  for (let s = 0; s < S; s++) console.log('  ' + row(STAGES[s], sa[s], sb[s]));
  console.log('  ' + row('total', sa.reduce((x, y) => x + y, 0), sb.reduce((x, y) => x + y, 0)));
}
