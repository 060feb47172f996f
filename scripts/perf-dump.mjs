// Dumps the full extract() result (reading included) over the dev set and N generated articles,
// one JSON line each, to compare outputs byte for byte before/after performance work.
// Usage: node scripts/perf-dump.mjs [devDir] [N] > out.jsonl
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle } from './lib/gen-articles.mjs';
import { extract, loadGazetteer } from '../dist/index.js';
const dir = process.argv[2] ?? '../shared/eval/dev';
const N = Number(process.argv[3] ?? 300);
const gazetteer = loadGazetteer();
const env = { gazetteer, detectLanguage: null };
const out = (id, r) => process.stdout.write(JSON.stringify({ id, ...r }) + '\n');
for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const text = readFileSync(join(dir, gold.input), 'utf8');
  const a = gold.args ?? [];
  const opt = (k) => (a.indexOf(k) >= 0 ? a[a.indexOf(k) + 1] : null);
  out(f, extract(text, { url: opt('--url'), published: opt('--published'), language: gold.document?.language ?? f.slice(0, 2), title: null }, env));
}
for (let i = 0; i < N; i++) {
  const lang = ['id', 'en', 'ms'][i % 3];
  out(`gen-${i}`, extract(generateArticle(lang, i + 1, 4096), { url: null, published: null, language: lang, title: null }, env));
}
