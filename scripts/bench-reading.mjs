#!/usr/bin/env node
// Throughput of the reading stage over generated ~4 KB articles, per language, on one core: its
// per-sentence parts (sentences + numbers + dates + actors) column by column, then the whole stage
// as extract() runs it (read(): + places with the gazetteer, + attributions and casualty figures).
// Needs a build (npm run build).
//
//   node scripts/bench-reading.mjs [--docs N] [--bytes B] [--lang id,en,ms] [--reps R] [--json]
//
// Prints docs/s per language for: sentences only, + numbers, + dates, + actors (each column adds a
// stage to the one before), then `reading` = the whole stage. Issue 3's goal for the whole reading
// stage is >= 1000 docs/s over 2,000 articles per language.
import { generateArticle } from './lib/gen-articles.mjs';
import { splitSentences } from '../dist/core/engine/text.js';
import { findNumbers } from '../dist/core/numbers/index.js';
import { findDates } from '../dist/core/dates/index.js';
import { findActors } from '../dist/core/actors/index.js';
import { packFor } from '../dist/lang/index.js';
import { read } from '../dist/core/reading.js';
import { loadGazetteer } from '../dist/index.js';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
};
const DOCS = Number(opt('docs', opt('limit', '2000')));
const BYTES = Number(opt('bytes', '4096'));
const LANGS = opt('lang', 'id,en,ms').split(',');
const REPS = Number(opt('reps', '3'));
const PUBLISHED = { id: '2024-04-23T16:25:00+07:00', ms: '2024-04-23T09:30:00+08:00', en: '2024-04-23T16:25:00+07:00' };

function run(docs, pack, published, stage) {
  let found = 0;
  // CPU time of this process (user + system): the machine may be shared, wall time is not ours.
  const c0 = process.cpuUsage();
  for (const text of docs) {
    if (stage === 4) { found += read(text, published, pack, gazetteer).places.length; continue; }
    const sentences = splitSentences(text, pack.sentences);
    if (stage === 0) { found += sentences.length; continue; }
    for (const s of sentences) {
      found += findNumbers(text, s, pack).length;
      if (stage >= 2) found += findDates(text, s, pack, published).length;
      if (stage >= 3) found += findActors(text, s, pack).length;
    }
  }
  const c = process.cpuUsage(c0);
  return { ms: (c.user + c.system) / 1000, found };
}

const gazetteer = loadGazetteer();
const results = [];
for (const lang of LANGS) {
  const pack = packFor(lang);
  if (!pack) { console.error(`no pack for ${lang}`); process.exit(1); }
  const docs = Array.from({ length: DOCS }, (_, i) => generateArticle(lang, 1000 + i, BYTES));
  const kb = docs.reduce((a, d) => a + d.length, 0) / docs.length / 1024;
  for (let w = 0; w < 2; w++) run(docs, pack, PUBLISHED[lang], 4); // warm-up: let the JIT settle
  const row = { lang, docs: DOCS, avg_kb: +kb.toFixed(2) };
  for (const [name, stage] of [['sentences', 0], ['sentences+numbers', 1], ['sentences+numbers+dates', 2], ['sentences+numbers+dates+actors', 3], ['reading', 4]]) {
    // Best of REPS runs: on a shared machine the minimum is the least disturbed measure.
    let ms = Infinity, found = 0;
    for (let k = 0; k < REPS; k++) {
      const r = run(docs, pack, PUBLISHED[lang], stage);
      if (r.ms < ms) ({ ms, found } = r);
    }
    row[name] = { docs_per_s: Math.round((DOCS / ms) * 1000), ms_per_doc: +(ms / DOCS).toFixed(3), found };
  }
  results.push(row);
}

if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
else {
  console.log(`reading engine on ${DOCS} generated articles of ~${BYTES} bytes per language, one core, CPU time, best of ${REPS}`);
  for (const r of results) {
    const f = (k) => `${String(r[k].docs_per_s).padStart(7)} docs/s (${r[k].ms_per_doc} ms/doc)`;
    console.log(`${r.lang}  ${r.avg_kb} KB  sentences ${f('sentences')}  +numbers ${f('sentences+numbers')}  +dates ${f('sentences+numbers+dates')}  +actors ${f('sentences+numbers+dates+actors')}`);
    console.log(`    whole reading stage (+places, +claims) ${f('reading')}  (target >= 1000)`);
  }
}
