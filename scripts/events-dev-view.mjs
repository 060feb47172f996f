#!/usr/bin/env node
// Dev tool: prints the events coded for dev-set cases (sub-event type, modality, date, place,
// fatalities, claimant, evidence) next to the gold events. Usage: node scripts/events-dev-view.mjs [filter]
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
const dir = '../shared/eval/dev';
const filt = process.argv[2] ?? '';
for (const f of readdirSync(dir).filter((f) => f.endsWith('.gold.json') && f.includes(filt))) {
  const gold = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
  const out = JSON.parse(execFileSync('node', ['dist/cli.js', 'extract', ...(gold.args ?? []), `${dir}/${gold.input}`], { encoding: 'utf8' }));
  console.log(`\n== ${f}  (lang ${out.document.language}, published ${out.document.published})`);
  for (const g of gold.events) console.log(`  GOLD ${g.optional ? '(opt) ' : ''}${g.sub_event_type ?? g.event_type} ${g.modality ?? ''} ${g.date} ${g.location.name_any?.[0]} fat=${g.fatalities ?? '-'}`);
  for (const e of out.events) {
    const ev = e.evidence.map((s) => out.document.text.slice(s.start, Math.min(s.end, s.start + 90)).replace(/\n/g, ' ')).join(' | ');
    console.log(`  OUT  ${e.sub_event_type} ${e.modality} ${e.date} ${e.location?.name ?? '-'}(${e.location?.precision ?? ''}) fat=${e.fatalities} cl=${e.claimant?.name ?? '-'} a1=${e.actor1?.name ?? '-'} [${e.rule}]\n        ${ev}`);
  }
}
