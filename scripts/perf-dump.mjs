// Dumps the full extract() result (reading included) over the dev set and N generated articles,
// one JSON line each, to compare outputs byte for byte before/after performance work.
// Usage: node scripts/perf-dump.mjs [devDir] [N] [--many] > out.jsonl
// (--many: through extractMany in batches of 8, which must give the same lines as extract)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle } from './lib/gen-articles.mjs';
import { extract, extractMany, loadGazetteer } from '../dist/index.js';
const dir = process.argv[2] ?? '../shared/eval/dev';
const N = Number(process.argv[3] ?? 300);
const gazetteer = loadGazetteer();
const env = { gazetteer, detectLanguage: null };
const many = process.argv.includes('--many');
const out = (id, r) => process.stdout.write(JSON.stringify({ id, ...r }) + '\n');
// With --many, records wait in a batch of 8 and are written in order when it is full.
const pending = [];
const flush = () => {
  const rs = extractMany(pending.map((p) => ({ content: p.content, hints: p.hints })), env);
  pending.forEach((p, k) => out(p.id, rs[k]));
  pending.length = 0;
};
const run = (id, content, hints) => {
  if (!many) return out(id, extract(content, hints, env));
  pending.push({ id, content, hints });
  if (pending.length === 8) flush();
};
for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const text = readFileSync(join(dir, gold.input), 'utf8');
  const a = gold.args ?? [];
  const opt = (k) => (a.indexOf(k) >= 0 ? a[a.indexOf(k) + 1] : null);
  run(f, text, { url: opt('--url'), published: opt('--published'), language: gold.document?.language ?? f.slice(0, 2), title: null });
}
for (let i = 0; i < N; i++) {
  const lang = ['id', 'en', 'ms'][i % 3];
  run(`gen-${i}`, generateArticle(lang, i + 1, 4096), { url: null, published: null, language: lang, title: null });
}
if (pending.length) flush();
