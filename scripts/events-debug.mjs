#!/usr/bin/env node
// Dev tool: shows the trigger hits and the ACLED resolution of each sentence of a text.
// Usage: node scripts/events-debug.mjs en|id|ms "text …"   (after npx tsc -p .)
import { sentenceHits, resolveSentence } from '../dist/core/events/index.js';
import { splitSentences } from '../dist/core/engine/text.js';
const [code, ...rest] = process.argv.slice(2);
const pack = (await import(`../dist/lang/${code}/index.js`))[code];
const text = rest.join(' ');
for (const s of splitSentences(text, pack.sentences)) {
  const r = sentenceHits(s.text, s.start, pack.events);
  const best = resolveSentence(r.hits, r.protestContext, r.police);
  console.log(`[${s.index}] ${s.text.slice(0, 100)}`);
  for (const h of r.hits) console.log(`    ${h.rule.id.padEnd(28)} ${h.sub.padEnd(36)} w=${h.weight} ${h.modality} «${text.slice(h.start, h.end)}»`);
  console.log(`  → ${best ? `${best.sub} (${best.modality})` : 'none'}  protestCtx=${r.protestContext}`);
}
