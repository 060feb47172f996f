#!/usr/bin/env node
// Gazetteer and places-stage benchmark (after `npm run build`):
//   node scripts/bench-gazetteer.mjs [--docs N] [--seconds S]
// Prints the index load time, resident memory after loading, and how many generated 4 KB
// articles per second the places stage reads on one core (sentences split once, outside the timing).
import { performance } from 'node:perf_hooks';
import { loadGazetteer } from '../dist/io/gazetteer.js';
import { findPlaces } from '../dist/core/places/index.js';
import { splitSentences } from '../dist/core/engine/text.js';
import { packFor } from '../dist/lang/index.js';

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const nDocs = opt('--docs', 200);
const seconds = opt('--seconds', 3);

const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
const gazetteer = loadGazetteer();
const loadMs = performance.now() - t0;
if (!gazetteer) {
  console.error('bench-gazetteer: no compiled gazetteer in data/build/ (run npm run build first)');
  process.exit(1);
}
const rss = process.memoryUsage().rss;

// Generated articles: news-like sentences over place names, persons and organisations, in English
// and Indonesian, about 4 KB each. A fixed seed keeps runs comparable.
let seed = 42;
const rand = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const pick = (a) => a[rand(a.length)];
const EN = {
  places: ['Kharkiv', 'Odesa', 'Gaza City', 'Rafah', 'Kabul', 'Mogadishu', 'Maiduguri', 'Ganja', 'Baghdad', 'Aleppo',
    'Springfield', 'Paris', 'Georgia', 'Texas', 'Mali', 'the West Bank', 'Donbas', 'Kashmir', 'Borno State', 'Khartoum'],
  people: ['John Smith', 'Jordan Henderson', 'Maria Lopez', 'President Biden', 'Gen. Ahmed Ali', 'Washington'],
  orgs: ['Georgia Tech', 'the United Nations', 'Reuters', 'the Red Cross', 'Human Rights Watch'],
  frames: [
    (p, q, o, r) => `Fighting broke out near ${p} on Monday, ${o} said, and ${r} told reporters that at least 12 people were killed.`,
    (p, q) => `Residents of ${p} fled toward ${q} after shelling damaged the main road north of ${p}.`,
    (p, q, o) => `${o} reported that Azeri forces and Armenian troops exchanged fire in the town of ${q}.`,
    (p, q, o, r) => `In ${p}, police arrested three men; ${r} said the suspects had travelled from ${q}.`,
    (p) => `The army said it had regained control of villages around ${p} by Thursday evening.`,
  ],
};
const ID = {
  places: ['Ganja', 'Stepanakert', 'Jenewa', 'Moskow', 'Kabupaten Puncak', 'Intan Jaya', 'Kendari', 'Semarang',
    'Provinsi Papua Tengah', 'Jalur Gaza', 'Tepi Barat', 'Kaukasus Selatan', 'Amerika Serikat', 'Prancis', 'Rusia'],
  people: ['Jordan Henderson', 'Kapolda Papua Irjen Mathius Fakhiri', 'Presiden Joko Widodo', 'Bupati Willem Wandik'],
  orgs: ['Universitas Indonesia', 'Bank Indonesia', 'Polda Metro Jaya', 'Kementerian Luar Negeri'],
  frames: [
    (p, q, o, r) => `Kontak tembak terjadi di ${p} pada Senin (9/3), kata ${r} kepada wartawan di ${q}.`,
    (p, q, o) => `Warga desa-desa di dekat ${p} mengungsi ke ${q} setelah serangan, menurut ${o}.`,
    (p, q) => `Pasukan Armenia dan militer Azerbaijan kembali bentrok di sekitar ${p} dan ${q}.`,
    (p, q, o, r) => `${r} mengatakan dua orang tewas dalam bentrokan di ${p}, sementara ${o} belum berkomentar.`,
  ],
};
function article(L) {
  let s = '';
  while (s.length < 4000) {
    const sent = pick(L.frames)(pick(L.places), pick(L.places), pick(L.orgs), pick(L.people));
    s += (s && rand(4) === 0 ? '\n\n' : s ? ' ' : '') + sent;
  }
  return s;
}
const docs = [];
for (let i = 0; i < nDocs; i++) {
  const L = i % 2 ? ID : EN;
  const pack = packFor(i % 2 ? 'id' : 'en');
  const text = article(L);
  docs.push({ text, pack, sentences: splitSentences(text, pack.sentences) });
}

// warm-up: let the JIT compile the stage before timing it
for (const d of docs) findPlaces(d.text, d.sentences, d.pack, gazetteer);
let n = 0;
let found = 0;
let bytes = 0;
const cpu0 = process.cpuUsage();
const tStart = performance.now();
while (performance.now() - tStart < seconds * 1000) {
  const d = docs[n % docs.length];
  found += findPlaces(d.text, d.sentences, d.pack, gazetteer).length;
  bytes += d.text.length;
  n++;
}
const el = (performance.now() - tStart) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuS = (cpu.user + cpu.system) / 1e6;
console.log(`gazetteer: ${gazetteer.size} places, loaded in ${loadMs.toFixed(0)} ms, resident memory ${(rss / 1048576).toFixed(0)} MB after load (+${((rss - rss0) / 1048576).toFixed(0)} MB)`);
console.log(`places stage: ${(n / el).toFixed(0)} docs/s wall, ${(n / cpuS).toFixed(0)} docs per CPU-second, over ${n} generated articles of ~${Math.round(bytes / n / 1000)} KB (${(found / n).toFixed(1)} places/doc), one thread`);
