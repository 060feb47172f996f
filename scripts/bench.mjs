#!/usr/bin/env node
// `npm run bench`: throughput and memory of each stage and of the whole pipeline, on one core,
// over generated articles, with Readability.js as the peer for HTML pages. Figures on a shared
// machine are noisy: read the ratios printed side by side from one run.
//
//   node scripts/bench.mjs [--docs N] [--passes 3] [--only pipeline,html,document,reading,gazetteer] [--plain-node]
//
// --plain-node: run the pipeline with node's default V8 flags, as a library caller who does not set
// them would (the default is the flags `sitrep extract --batch` runs with).
// --one-cpu: pin the pipeline's processes to one CPU (Linux taskset), so that V8's compiler and
// garbage-collector threads share the core with the extraction instead of using another one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { docs: { type: 'string', default: '2000' }, passes: { type: 'string', default: '3' }, only: { type: 'string' }, child: { type: 'string' }, 'plain-node': { type: 'boolean' }, 'one-cpu': { type: 'boolean' } },
});
const N = Number(values.docs);
/** Steady passes of the whole pipeline per language (each over N new articles). */
const PASSES = Number(values.passes);
if (!(Number.isInteger(N) && N >= 8 && Number.isInteger(PASSES) && PASSES >= 1)) {
  console.error('bench: --docs must be a whole number ≥ 8 and --passes ≥ 1');
  process.exit(1);
}
const only = values.only ? new Set(values.only.split(',')) : null;

if (values.child) {
  await child(values.child);
  process.exit(0);
}

if (!existsSync('dist/index.js')) {
  console.error('bench: build first (npm run build)');
  process.exit(1);
}

// Each measurement runs in its own process so that peak memory is its own, started with the V8
// flags `sitrep extract --batch` runs with (dist/io/node-flags.js).
const BATCH_NODE_FLAGS = values['plain-node'] ? [] : (await import('../dist/io/node-flags.js')).BATCH_NODE_FLAGS;
console.log(`node ${process.version}, ${BATCH_NODE_FLAGS.length ? `flags ${BATCH_NODE_FLAGS.join(' ')} (as sitrep extract --batch runs)` : "node's default flags"}${values['one-cpu'] ? ', pinned to one CPU' : ''}`);
const runs = [
  ['pipeline', 'whole pipeline (extract) on generated 4 KB plain-text articles'],
  ['html', 'whole pipeline on generated HTML pages vs Readability.js (body only)'],
];
for (const [name, what] of runs) {
  if (only && !only.has(name)) continue;
  console.log(`\n## ${what}`);
  const argv = [...BATCH_NODE_FLAGS, new URL(import.meta.url).pathname, '--child', name, '--docs', String(N), '--passes', String(PASSES)];
  const r = values['one-cpu'] ? spawnSync('taskset', ['-c', '0', process.execPath, ...argv], { stdio: 'inherit' }) : spawnSync(process.execPath, argv, { stdio: 'inherit' });
  if (r.error) console.error(`bench: ${r.error.message}${values['one-cpu'] ? ' (--one-cpu needs taskset, from util-linux)' : ''}`);
  if (r.status !== 0) process.exitCode = 1;
}
// Stage benchmarks kept beside their stages.
for (const [name, file] of [['document', 'scripts/bench-document.mjs'], ['reading', 'scripts/bench-reading.mjs'], ['gazetteer', 'scripts/bench-gazetteer.mjs']]) {
  if (only && !only.has(name)) continue;
  if (!existsSync(file)) continue;
  console.log(`\n## ${name} stage (${file})`);
  const r = spawnSync(process.execPath, [file], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}

async function child(name) {
  if (name === 'pipeline') {
    for (const l of ['id', 'ms', 'en']) {
      const r = spawnSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, '--child', `pipeline:${l}`, '--docs', String(N), '--passes', String(PASSES)], { stdio: 'inherit' });
      if (r.status !== 0) process.exitCode = 1;
    }
    return;
  }
  const { generateArticle, generateHtmlPage } = await import('./lib/gen-articles.mjs');
  const { extract, extractMany, loadGazetteer } = await import('../dist/index.js');
  const t0 = performance.now();
  const gazetteer = loadGazetteer();
  const loadMs = performance.now() - t0;
  const env = { gazetteer };
  const mb = (b) => (b / 1024 / 1024).toFixed(0);
  if (name.startsWith('pipeline')) {
    // One fresh process per language, so that no language runs on code another one warmed up.
    // The first pass over N articles starts cold: it pays for V8 compiling and optimising the
    // extractor (about the first 200-300 articles run several times slower). The next passes,
    // each over N other articles, are the steady throughput of a long batch or a server. The
    // machine's other load only ever slows a pass down, so the fastest of the steady passes is the
    // closest to what the code costs; the median is printed beside it.
    const lang = name.slice('pipeline:'.length);
    if (lang === 'id') console.log(`gazetteer loaded in ${loadMs.toFixed(0)} ms`);
    // `sitrep extract --batch` reads records through extractMany, 8 at a time; extract reads one.
    let next = 1;
    const pass = (one) => {
      const docs = Array.from({ length: N }, (_, i) => generateArticle(lang, next + i, 4096));
      next += N;
      let events = 0;
      const t = performance.now();
      if (one) for (const d of docs) events += extract(d, {}, env).events.length;
      else for (let i = 0; i < N; i += 8) for (const r of extractMany(docs.slice(i, i + 8).map((content) => ({ content, hints: {} })), env)) events += r.events.length;
      return { s: (performance.now() - t) / 1000, events };
    };
    const cold = pass(false);
    const steady = Array.from({ length: PASSES }, () => pass(false)).sort((a, b) => a.s - b.s);
    const single = Array.from({ length: 2 }, () => pass(true)).sort((a, b) => a.s - b.s);
    const rate = (p) => (N / p.s).toFixed(0);
    const best = steady[0];
    console.log(
      `${lang}: ${rate(best)} docs/s steady, fastest of ${PASSES} passes (median ${rate(steady[PASSES >> 1])}, slowest ${rate(steady[PASSES - 1])}; ` +
        `${N} docs in ${best.s.toFixed(2)} s, ${best.events} events, batches of 8 as --batch reads them; target ≥ 500); ` +
        `${rate(single[0])} docs/s one document at a time (extract, fastest of 2); ${rate(cold)} docs/s from a cold start (the first ${N}, JIT warm-up included); ` +
        `peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`,
    );
  } else if (name === 'html') {
    const { Readability } = await import('@mozilla/readability');
    const { parseHTML } = await import('linkedom');
    const n = Math.min(N, 500);
    const pages = Array.from({ length: n }, (_, i) => generateHtmlPage(i % 2 ? 'en' : 'id', i + 1, 4096));
    const peer = (html) => new Readability(parseHTML(html).document).parse()?.textContent ?? '';
    for (const p of pages.slice(0, 20)) {
      peer(p);
      extract(p, {}, env);
    }
    let t = performance.now();
    for (const p of pages) peer(p);
    const peerS = (performance.now() - t) / 1000;
    t = performance.now();
    for (const p of pages) extract(p, {}, env);
    const ourS = (performance.now() - t) / 1000;
    console.log(`Readability.js (linkedom): ${(n / peerS).toFixed(0)} pages/s; sitrep extract (whole pipeline): ${(n / ourS).toFixed(0)} pages/s; speed ratio sitrep/peer = ${(peerS / ourS).toFixed(2)}`);
    console.log(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
  }
}
