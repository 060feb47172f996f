#!/usr/bin/env node
// Derives data/curated/admin1.tsv from Natural Earth's admin-1 attribute table (public domain),
// run by hand where that table is at hand: node data/curated/derive-admin1.mjs FILE.json
// Output: GeoNames admin-1 code, GeoNames id, label point lat, lon, English name — one row per
// code that Natural Earth maps to exactly one GeoNames admin-1 code (codes shared by several
// Natural Earth units, e.g. regions split into departments, are left out).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const rows = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const byCode = new Map();
for (const r of rows) {
  const code = r.gn_a1_code;
  if (!code || !/^[A-Z]{2}\.[A-Za-z0-9]+$/.test(code)) continue;
  const list = byCode.get(code) ?? [];
  list.push(r);
  byCode.set(code, list);
}
const out = ['# GeoNames admin1 code\tgeonames_id\tlat\tlon\tname — derived from Natural Earth 10m admin-1 attributes (public domain, naturalearthdata.com)'];
for (const [code, list] of [...byCode].sort((a, b) => a[0].localeCompare(b[0]))) {
  if (list.length !== 1) continue;
  const r = list[0];
  if (!Number.isFinite(r.latitude) || !Number.isFinite(r.longitude)) continue;
  const gid = r.gn_id && r.gn_id > 0 ? r.gn_id : '';
  out.push([code, gid, r.latitude.toFixed(4), r.longitude.toFixed(4), (r.name_en || r.name || '').replace(/\t/g, ' ')].join('\t'));
}
writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'admin1.tsv'), out.join('\n') + '\n');
console.log(`admin1.tsv: ${out.length - 1} rows`);
