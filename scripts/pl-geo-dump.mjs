#!/usr/bin/env node
// The places of every article of the geoparsing benchmark's corpora (as its score.mjs feeds them,
// read here with a small reader of the <text>, <title> and <url> fields), one JSON line each,
// to compare outputs byte for byte before/after performance work on the places stage.
//   node scripts/pl-geo-dump.mjs [CHECKOUT] [DATA_DIR] > out.jsonl
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
const dir = resolve(process.argv[2] ?? new URL('..', import.meta.url).pathname);
const data = process.argv[3] ?? resolve(new URL('..', import.meta.url).pathname, '../shared/bench/geoparsing/data');
const { extract, loadGazetteer } = await import(pathToFileURL(join(dir, 'dist/index.js')).href);
const env = { gazetteer: loadGazetteer(), detectLanguage: null };
const value = (raw, cdata) => raw.replace(/\u0000(\d+)\u0000|&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, i, e) => {
  if (i !== undefined) return cdata[Number(i)];
  if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()];
});
for (const f of readdirSync(data).filter((x) => /\.xml$/i.test(x)).sort()) {
  const cdata = [];
  const body = readFileSync(join(data, f), 'utf8').replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, c) => `\u0000${cdata.push(c) - 1}\u0000`).replace(/<!--[\s\S]*?-->/g, '');
  let n = 0;
  for (const m of body.matchAll(/<article(\s[^>]*)?>([\s\S]*?)<\/article>/g)) {
    const a = m[2];
    const field = (tag) => { const x = a.match(new RegExp(`<${tag}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${tag}>)`)); return x ? value(x[1] ?? '', cdata) : null; };
    const text = field('text');
    n++;
    if (text === null || !text.trim()) continue;
    const r = extract(text, { url: (field('link') ?? field('url'))?.trim() || null, published: null, language: null, title: field('title')?.trim() || null }, env);
    process.stdout.write(JSON.stringify({ id: `${f}/${n}`, places: r.reading?.places ?? r.places }) + '\n');
  }
}
