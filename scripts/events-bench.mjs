// Events stage speed and output check on generated 4 KB articles (CPU time, not wall time).
//   node scripts/events-bench.mjs [--docs N] [--out FILE.jsonl]   (after `npx tsc -p .`)
// Writes every document's events as JSON Lines to --out so a speed change can be diffed.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
const { values } = parseArgs({ options: { docs: { type: 'string', default: '200' }, out: { type: 'string' } } });
const N = Number(values.docs);
const { generateArticle } = await import('./lib/gen-articles.mjs');
const { extract, loadGazetteer } = await import('../dist/index.js');
const gazetteer = loadGazetteer();
const lines = [];
for (const lang of ['id', 'ms', 'en']) {
  const docs = Array.from({ length: N }, (_, i) => generateArticle(lang, i + 1, 4096));
  for (const d of docs.slice(0, 10)) extract(d.content ?? d.text ?? d, { language: lang, published: '2024-03-01T10:00:00+07:00', title: d.title ?? '' }, { gazetteer });
  const t0 = process.cpuUsage();
  for (const d of docs) {
    const out = extract(d.content ?? d.text ?? d, { language: lang, published: '2024-03-01T10:00:00+07:00', title: d.title ?? '' }, { gazetteer });
    if (values.out) lines.push(JSON.stringify(out.events));
  }
  const u = process.cpuUsage(t0);
  const s = (u.user + u.system) / 1e6;
  console.log(`${lang}: ${N} docs in ${s.toFixed(2)} s CPU = ${(N / s).toFixed(0)} docs/s`);
}
if (values.out) writeFileSync(values.out, lines.join('\n') + '\n');
