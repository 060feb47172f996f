#!/usr/bin/env node
// Dev-time check of the claims ledger: runs the reading stage (dist/) on every case of an eval
// set and prints per-case claim precision/recall by count+outcome (killed/injured/missing only,
// breakdowns and repeats left out), plus claimant agreement on matched claims.
// Usage: npx tsc -p . && node scripts/claims-dev-check.mjs [../shared/eval/dev] [--verbose] [--only NAME]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { read } from '../dist/core/reading.js';
import { packFor } from '../dist/lang/index.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--only') ?? '../shared/eval/dev';
const verbose = args.includes('--verbose');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const fold = (s) => String(s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\u2018\u2019\u201c\u201d"'`]/g, '').replace(/\s+/g, ' ').trim();
const SCORED = new Set(['killed', 'injured', 'missing']);
let tp = 0, fp = 0, fn = 0, clOk = 0, clN = 0, grOk = 0, grN = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
  const name = f.replace('.gold.json', '');
  if (only && !name.includes(only)) continue;
  const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const text = readFileSync(join(dir, gold.input), 'utf8');
  const pubIdx = (gold.args ?? []).indexOf('--published');
  const published = gold.document?.published ?? (pubIdx >= 0 ? gold.args[pubIdx + 1] : null);
  const pack = packFor(gold.document?.language ?? name.slice(0, 2));
  if (!pack) continue;
  const r = read(text, published, pack, null);
  const pred = r.casualties.filter((c) => SCORED.has(c.outcome) && !c.breakdown && c.repeatOf === null);
  const gClaims = gold.claims ?? [];
  const used = new Set();
  const lines = [];
  let ctp = 0, cfn = 0;
  for (const g of gClaims) {
    let best = -1;
    pred.forEach((p, i) => { if (!used.has(i) && p.count === g.count && p.outcome === g.outcome && (best < 0 || (p.group === g.group && pred[best].group !== g.group))) best = i; });
    if (best >= 0) {
      used.add(best);
      const p = pred[best];
      if (!g.optional) {
        ctp++;
        if (g.claimant_any) { clN++; const ok = !!p.claimant && g.claimant_any.some((k) => fold(`${p.claimant.name} ${p.claimant.country ?? ''}`).includes(fold(k))); if (ok) clOk++; else lines.push(`    claimant: ${g.count} ${g.outcome} want ${g.claimant_any[0]} got ${p.claimant?.name ?? 'null'}`); }
        grN++; if (g.group === p.group) grOk++; else lines.push(`    group: ${g.count} ${g.outcome} want ${g.group} got ${p.group}`);
      }
    } else if (!g.optional) { cfn++; lines.push(`    MISS ${g.count} ${g.outcome} ${g.group}${g.note ? ` (${g.note})` : ''}`); }
  }
  const cfp = pred.length - used.size;
  pred.forEach((p, i) => { if (!used.has(i)) lines.push(`    EXTRA ${p.count} ${p.outcome} ${p.group} [${p.rule}] «${text.slice(p.evidence.start, p.evidence.end).slice(0, 140)}»`); });
  tp += ctp; fp += cfp; fn += cfn;
  const P = ctp + cfp ? ctp / (ctp + cfp) : 1, R = ctp + cfn ? ctp / (ctp + cfn) : 1;
  console.log(`${name}: P=${P.toFixed(2)} R=${R.toFixed(2)} (tp ${ctp} fp ${cfp} fn ${cfn})`);
  if (verbose) {
    for (const l of lines) console.log(l);
    for (const c of r.casualties) console.log(`      · ${c.count} ${c.qualifier} ${c.outcome} ${c.group} tally=${c.tally}${c.since ? ' since ' + c.since : ''} bd=${c.breakdown} rep=${c.repeatOf} by=${c.claimant?.name ?? 'null'} [${c.rule}]`);
  }
}
const P = tp / (tp + fp || 1), R = tp / (tp + fn || 1);
console.log(`\nCLAIMS P=${P.toFixed(3)} R=${R.toFixed(3)} F1=${(2 * P * R / (P + R || 1)).toFixed(3)}  claimant ${clOk}/${clN}  group ${grOk}/${grN}`);
