// CPU time of the events stage, this build against another build of the project (e.g. a
// checkout of an older commit), on the same fresh readings, alternating: robust to a busy machine.
// Usage: node --expose-gc scripts/events-compare.mjs OTHER_ROOT [N] [REPS]
import { articles, readingsOf } from './lib/readings.mjs';
import { loadGazetteer } from '../dist/index.js';
import { codeEvents } from '../dist/core/events/index.js';
import { resolve } from 'node:path';
const other = resolve(process.argv[2]);
const N = Number(process.argv[3] ?? 150);
const REPS = Number(process.argv[4] ?? 6);
// Default: one set of readings reused by every rep. FRESH=1: fresh readings each rep — biased
// against OTHER: its own engine module does not see this build's per-sentence token memo, so it
// re-tokenizes every fresh sentence inside its timed run (seen as a false ~1.5x "gain").
const FRESH = process.env.FRESH === '1';
let inputs = null;
const { codeEvents: codeOther } = await import(`${other}/dist/core/events/index.js`);
const { packFor: packOther } = await import(`${other}/dist/lang/index.js`);
const gz = loadGazetteer();
const raw = articles(N);
const cpu = (f) => { globalThis.gc?.(); const c = process.cpuUsage(); f(); const u = process.cpuUsage(c); return u.user + u.system; };
const tot = { this: [], other: [] };
for (let r = 0; r < REPS; r++) {
  if (FRESH || !inputs) inputs = readingsOf(raw, gz).map(([d, rd, p]) => [d, rd, p, packOther(d.language)]);
  const runThis = () => { for (const [d, rd, p] of inputs) codeEvents(d, rd, p); };
  const runOther = () => { for (const [d, rd, , p] of inputs) codeOther(d, rd, p); };
  const [a, b] = r % 2 ? [cpu(runThis), cpu(runOther)] : [cpu(runOther), cpu(runThis)].reverse();
  tot.this.push(N / (a / 1e6));
  tot.other.push(N / (b / 1e6));
  console.log(`rep ${r}: this ${(N / (a / 1e6)).toFixed(0)} docs/s, other ${(N / (b / 1e6)).toFixed(0)} docs/s`);
}
const med = (l) => l.slice(1).sort((x, y) => x - y)[Math.floor((l.length - 1) / 2)];
const best = (l) => Math.max(...l);
console.log(`median (first rep dropped): this ${med(tot.this).toFixed(0)}, other ${med(tot.other).toFixed(0)}, ratio ${(med(tot.this) / med(tot.other)).toFixed(2)}`);
console.log(`best: this ${best(tot.this).toFixed(0)}, other ${best(tot.other).toFixed(0)}, ratio ${(best(tot.this) / best(tot.other)).toFixed(2)}`);
