#!/usr/bin/env node
// Regenerates the expectations of the document golden files from the current build — only when asked.
//
//   node scripts/regen-golden.mjs            # dry run: lists the cases whose output differs
//   node scripts/regen-golden.mjs --write    # rewrites every expected.json
//   node scripts/regen-golden.mjs --write CASE [CASE…]   # only these cases
//
// Needs a build (`npx tsc -p .`). Review the diff (`git diff test/golden`) before committing.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../dist/io/input.js';
import { buildDocument } from '../dist/core/document/index.js';
import { loadLanguageDetector } from '../dist/io/language.js';

const root = new URL('../test/golden/document/', import.meta.url).pathname;
const write = process.argv.includes('--write');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const detectLanguage = await loadLanguageDetector();
let changed = 0;
for (const name of readdirSync(root).sort()) {
  if (only.length && !only.includes(name)) continue;
  const dir = join(root, name);
  const source = readdirSync(dir).find((f) => f.startsWith('source.'));
  if (!source) continue;
  const hintsFile = join(dir, 'hints.json');
  const hints = existsSync(hintsFile) ? JSON.parse(readFileSync(hintsFile, 'utf8')) : {};
  let out;
  try {
    out = { document: buildDocument(decodeBytes(readFileSync(join(dir, source))), hints, { detectLanguage }) };
  } catch (e) {
    out = { error: e.message };
  }
  const file = join(dir, 'expected.json');
  const next = JSON.stringify(out, null, 2) + '\n';
  const prev = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (prev === next) continue;
  changed++;
  console.log(`${write ? 'wrote' : 'differs'}: ${name}${prev === null ? ' (new)' : ''}`);
  if (write) writeFileSync(file, next);
}
console.log(`${changed} case(s) ${write ? 'written' : 'would change (run with --write)'}`);
