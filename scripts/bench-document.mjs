#!/usr/bin/env node
// Throughput of the document stage alone on generated plain-text scrapes of about 5 KB each,
// on one core (one thread, after a warm-up; docs per CPU-second, with wall-clock docs/s beside it),
// and the peak resident memory of the process.
//
//   node scripts/bench-document.mjs [--docs N] [--seconds S]
//
// Needs a build (`npx tsc -p .`). Prints one summary line: BENCH document docs_per_s=… peak_rss_mb=…
import { buildDocument } from '../dist/core/document/index.js';
import { loadLanguageDetector } from '../dist/io/language.js';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const nDocs = arg('--docs', 400);
const seconds = arg('--seconds', 3);

// A small deterministic generator (mulberry32) so every run measures the same pages.
function rng(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const ID_FUNCTION = 'yang dan di itu dengan untuk tidak ini dari dalam akan pada juga ke karena tersebut ada mereka telah oleh saat bahwa'.split(' ');
const EN_FUNCTION = 'the of and to in a is that for on was with as at by from his be have has had are were'.split(' ');
const ID_WORDS = 'warga aparat keamanan kelompok bersenjata menyerang pos polisi distrik kabupaten desa pasukan militer korban tewas luka-luka dievakuasi rumah sakit pemerintah daerah mengatakan bahwa situasi kini kondusif setelah baku tembak terjadi sejak pagi hari kepala kepolisian menyebut pelaku melarikan diri ke hutan'.split(' ');
const EN_WORDS = 'the security forces said militants attacked a checkpoint near the village on Tuesday killing several soldiers and wounding civilians officials told reporters that the situation was under control after heavy fighting in the district police are searching for the attackers who fled'.split(' ');
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

function sentence(r, words) {
  const n = 8 + Math.floor(r() * 18);
  const fn = words === EN_WORDS ? EN_FUNCTION : ID_FUNCTION;
  const w = [];
  // Running text: about one word in three is a function word.
  for (let i = 0; i < n; i++) w.push(r() < 0.33 ? fn[Math.floor(r() * fn.length)] : words[Math.floor(r() * words.length)]);
  const s = w.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

function scrape(i) {
  const r = rng(i + 1);
  const indonesian = i % 3 !== 2;
  const words = indonesian ? ID_WORDS : EN_WORDS;
  const lines = [];
  const title = sentence(r, words).replace(/\.$/, '').split(' ').slice(0, 9).map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
  lines.push(title);
  lines.push(indonesian ? `${1 + (i % 28)} ${MONTHS[i % 12]} 2023 ${10 + (i % 12)}:${10 + (i % 50)} WIB` : `October ${1 + (i % 28)}, 2023 ${1 + (i % 11)}:${10 + (i % 50)} PM GMT+7`);
  lines.push('comment', '0', 'sosmed-whatsapp-white', 'copy-link-circle', 'more-vertical');
  const cap = sentence(r, words);
  lines.push(`${cap} Foto: Reuters`, 'zoom-in-whitePerbesar', `${cap} Foto: Reuters`);
  while (lines.join('\n').length < 5000) {
    const k = r();
    if (k < 0.08) lines.push('ADVERTISEMENT');
    else if (k < 0.12) lines.push(indonesian ? `Baca juga: ${title}` : `Read also: ${title}`);
    else {
      const p = [];
      const ns = 1 + Math.floor(r() * 3);
      for (let j = 0; j < ns; j++) p.push(sentence(r, words));
      lines.push(p.join(' '));
    }
  }
  return lines.join('\n');
}

const docs = Array.from({ length: nDocs }, (_, i) => scrape(i));
const avgKb = docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / docs.length / 1024;
const detectLanguage = await loadLanguageDetector();
const env = { detectLanguage };
for (let i = 0; i < Math.min(200, docs.length); i++) buildDocument(docs[i], {}, env); // warm-up
let done = 0;
let peak = process.memoryUsage().rss;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
while (performance.now() - t0 < seconds * 1000) {
  for (let i = 0; i < docs.length; i++) {
    buildDocument(docs[i], {}, env);
    done++;
  }
  peak = Math.max(peak, process.memoryUsage().rss);
}
const secs = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
// On a shared machine wall time includes waiting for a core; CPU time is what one core spent.
const rate = done / cpuSecs;
console.log(`document stage: ${done} plain-text scrapes of ${avgKb.toFixed(1)} KB in ${secs.toFixed(2)} s wall, ${cpuSecs.toFixed(2)} s CPU, one thread`);
console.log(`BENCH document docs_per_s=${Math.round(rate)} wall_docs_per_s=${Math.round(done / secs)} peak_rss_mb=${(peak / 1024 / 1024).toFixed(0)} avg_kb=${avgKb.toFixed(1)}`);
