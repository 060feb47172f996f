// CPU time of the events stage alone over N generated articles (reading prepared once), REPS times.
// Usage: node scripts/events-bench.mjs [N] [REPS]   (profile: node --cpu-prof scripts/events-bench.mjs)
import { generateArticle } from './lib/gen-articles.mjs';
import { loadGazetteer } from '../dist/index.js';
import { buildDocument } from '../dist/core/document/index.js';
import { packFor } from '../dist/lang/index.js';
import { splitSentences } from '../dist/core/engine/text.js';
import { findNumbers } from '../dist/core/numbers/index.js';
import { findDates } from '../dist/core/dates/index.js';
import { findActors } from '../dist/core/actors/index.js';
import { findPlaces } from '../dist/core/places/index.js';
import { findAttributions, findCasualties } from '../dist/core/claims/index.js';
import { codeEvents } from '../dist/core/events/index.js';
const N = Number(process.argv[2] ?? 300);
const REPS = Number(process.argv[3] ?? 5);
const gz = loadGazetteer();
const langs = ['id', 'en', 'ms'];
// FRESH=1: fresh readings (new strings, as in a real run) before each rep; default: one set.
const FRESH = process.env.FRESH === '1';
const raw = Array.from({ length: N }, (_, i) => generateArticle(langs[i % 3], i + 1, 4096));
const prepare = () => raw.map((c, i) => {
  const doc = buildDocument(c, { language: langs[i % 3] }, {});
  const pack = packFor(doc.language);
  const text = doc.text;
  const sentences = splitSentences(text, pack.sentences);
  const numbers = [], dates = [], actors = [];
  for (const s of sentences) { numbers.push(...findNumbers(text, s, pack)); dates.push(...findDates(text, s, pack, doc.published)); actors.push(...findActors(text, s, pack)); }
  const places = findPlaces(text, sentences, pack, gz);
  const input = { sentences, numbers, dates, places, actors };
  const at = findAttributions(text, input, pack);
  const cas = findCasualties(text, input, at, pack);
  return [doc, { ...input, attributions: at, casualties: cas }, pack];
});
let inputs = prepare();
for (let r = 0; r < REPS; r++) {
  if (FRESH && r > 0) inputs = prepare();
  const c = process.cpuUsage();
  for (const [d, rd, p] of inputs) codeEvents(d, rd, p);
  const u = process.cpuUsage(c);
  console.log(`rep ${r}: ${(N / ((u.user + u.system) / 1e6)).toFixed(0)} docs/s`);
}
