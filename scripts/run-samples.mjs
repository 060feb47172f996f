#!/usr/bin/env node
// Runs `sitrep extract --batch` over every bundled sample article in samples/ and prints a
// short summary per article; the full JSON Lines go to samples-out.jsonl.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const dir = 'samples';
const files = readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).sort();
if (files.length === 0) {
  console.error('run-samples: no sample articles in samples/');
  process.exit(1);
}
const input = files.map((f) => JSON.stringify({ id: f, content: readFileSync(join(dir, f), 'utf8') })).join('\n') + '\n';
const res = spawnSync(process.execPath, ['dist/cli.js', 'extract', '--batch'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
if (res.status !== 0) {
  console.error(res.stderr.trim() || 'run-samples: sitrep extract --batch failed');
  process.exit(1);
}
writeFileSync('samples-out.jsonl', res.stdout);
for (const line of res.stdout.trim().split('\n')) {
  const r = JSON.parse(line);
  if (r.error) {
    console.log(`${r.id}: error: ${r.error}`);
    continue;
  }
  const d = r.document;
  console.log(`\n${r.id}  [${d.language ?? '?'}] ${d.title ?? '(no title)'}  published ${d.published ?? '?'}`);
  console.log(`  ${r.places.length} place mentions, ${r.events.length} events, ${r.tallies.length} tallies`);
  for (const e of r.events) console.log(`  • ${e.notes || `${e.sub_event_type} at ${e.location?.name ?? '?'} on ${e.date ?? '?'}`}`);
  for (const t of r.tallies) console.log(`  Σ ${t.count} ${t.outcome} (${t.group}) since ${t.since ?? '?'} — ${t.claimant?.name ?? 'the outlet'}`);
}
console.log(`\n${files.length} articles → samples-out.jsonl`);
