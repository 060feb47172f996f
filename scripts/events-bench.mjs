// CPU time of the events stage alone over N generated articles (reading prepared once), REPS times.
// Usage: node scripts/events-bench.mjs [N] [REPS]   (profile: node --cpu-prof scripts/events-bench.mjs)
import { articles, readingsOf } from './lib/readings.mjs';
import { loadGazetteer } from '../dist/index.js';
import { codeEvents } from '../dist/core/events/index.js';
const N = Number(process.argv[2] ?? 300);
const REPS = Number(process.argv[3] ?? 5);
const gz = loadGazetteer();
// FRESH=1: fresh readings (new strings, as in a real run) before each rep; default: one set.
const FRESH = process.env.FRESH === '1';
const raw = articles(N);
const prepare = () => readingsOf(raw, gz);
let inputs = prepare();
for (let r = 0; r < REPS; r++) {
  if (FRESH && r > 0) inputs = prepare();
  const c = process.cpuUsage();
  for (const [d, rd, p] of inputs) codeEvents(d, rd, p);
  const u = process.cpuUsage(c);
  console.log(`rep ${r}: ${(N / ((u.user + u.system) / 1e6)).toFixed(0)} docs/s`);
}
