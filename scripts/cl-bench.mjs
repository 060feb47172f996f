#!/usr/bin/env node
// Claims stages only (findAttributions, findCasualties), two builds side by side: each build reads
// the generated articles up to the claims stage once, then both time only the claims stages, one
// document at a time, alternating which build goes first. Prints µs per document and A/B (above 1:
// this checkout, B, is faster). `--batch 8` runs attributions over 8 documents before their
// casualties (as readMany does). `--only b` times this checkout alone (for a profile).
//
// The fastest of --rep runs of each chunk counts (warm caches: the stage in isolation, not in the
// pipeline, where ab-stages is the measure).
//
//   node scripts/cl-bench.mjs OTHER_CHECKOUT [--lang en] [--rounds 3] [--docs 1000] [--batch 1] [--chunk 8] [--rep 3] [--only b] [--b OTHER_B]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticle } from './lib/gen-articles.mjs';
import { loadStages } from './lib/stages.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: 'string', default: 'en' }, rounds: { type: 'string', default: '3' }, docs: { type: 'string', default: '1000' }, batch: { type: 'string', default: '1' }, rep: { type: 'string', default: '3' }, chunk: { type: 'string', default: '8' }, b: { type: 'string' }, only: { type: 'string' } },
});
const lang = values.lang;
const N = Number(values.docs);
const B = Number(values.batch);

async function load(dir, docs) {
  const { buildDocument, packFor, splitSentences, findNumbers, findDates, findActors, resolveActors, findPlaces, findAttributions, findCasualties, g } = await loadStages(dir);
  const prepared = docs.map((content) => {
    const doc = buildDocument(content, { language: lang }, {});
    const pack = packFor(doc.language);
    const text = doc.text;
    const sentences = splitSentences(text, pack.sentences);
    const numbers = [], dates = [], actors = [];
    for (const s of sentences) for (const x of findNumbers(text, s, pack)) numbers.push(x);
    for (const s of sentences) for (const x of findDates(text, s, pack, doc.published)) dates.push(x);
    for (const s of sentences) for (const x of findActors(text, s, pack)) actors.push(x);
    const places = findPlaces(text, sentences, pack, g);
    const input = { sentences, numbers, dates, places, actors: resolveActors(actors, text) };
    return { text, input, pack };
  });
  // 17 one-sentence documents: reading them pushes the claims stage's kept documents out, so that a
  // chunk read again pays for its word ids again (as it does once in the pipeline)
  const tiny = Array.from({ length: 17 }, (_, k) => {
    const text = `Officials said ${k + 2} people were hurt.`;
    const pack = packFor(lang);
    return { text, pack, input: { sentences: splitSentences(text, pack.sentences), numbers: [], dates: [], places: [], actors: [] } };
  });
  const flush = () => { for (const d of tiny) findCasualties(d.text, d.input, findAttributions(d.text, d.input, d.pack), d.pack); };
  // documents from..to-1, `batch` at a time: attributions of each, then casualties of each; adds times to t
  return (from, to, t) => {
    flush();
    for (let b = from; b < to; b += B) {
      const e = Math.min(to, b + B);
      const atts = [];
      let c = performance.now();
      for (let k = b; k < e; k++) atts.push(findAttributions(prepared[k].text, prepared[k].input, prepared[k].pack));
      let n = performance.now();
      t.att += n - c;
      c = n;
      for (let k = b; k < e; k++) findCasualties(prepared[k].text, prepared[k].input, atts[k - b], prepared[k].pack);
      n = performance.now();
      t.cas += n - c;
    }
  };
}

const docs = Array.from({ length: N }, (_, i) => generateArticle(lang, 1000 + i, 4096));
const fb = await load(values.b ?? resolve(new URL('..', import.meta.url).pathname), docs);
const fa = values.only === 'b' ? null : await load(positionals[0], docs);
const zero = () => ({ att: 0, cas: 0 });
const C = Number(values.chunk);
for (let i = 0; i + C <= Math.min(N, 200); i += C) { fa?.(i, i + C, zero()); fb(i, i + C, zero()); }
// Per chunk of documents (--chunk 8), each build runs `rep` times (alternating) and keeps its fastest time per
// stage: the host's noise only adds time, so the minimum filters most of it (caches are warm).
const rep = Number(values.rep);
const ratios = { att: [], cas: [] };
for (let r = 0; r < Number(values.rounds); r++) {
  const ta = zero(), tb = zero();
  for (let i = 0, q = 0; i + C <= N; i += C, q++) {
    let ma = { att: Infinity, cas: Infinity }, mb = { att: Infinity, cas: Infinity };
    for (let k = 0; k < rep; k++) {
      const xa = zero(), xb = zero();
      if (!fa) fb(i, i + C, xb);
      else if ((q + k) & 1) { fa(i, i + C, xa); fb(i, i + C, xb); } else { fb(i, i + C, xb); fa(i, i + C, xa); }
      for (const s of ['att', 'cas']) { ma[s] = Math.min(ma[s], xa[s]); mb[s] = Math.min(mb[s], xb[s]); }
    }
    for (const s of ['att', 'cas']) { ta[s] += ma[s]; tb[s] += mb[s]; }
  }
  const us = (x) => (x / N * 1000).toFixed(1).padStart(6);
  const row = (k) => `${k.padEnd(4)} A ${us(ta[k])} µs  B ${us(tb[k])} µs  A/B ${(ta[k] / tb[k]).toFixed(3)}`;
  for (const s of ['att', 'cas']) ratios[s].push(ta[s] / tb[s]);
  console.log(`${lang} batch ${B} round ${r}: ${row('att')} | ${row('cas')}`);
}
const med = (l) => [...l].sort((x, y) => x - y)[l.length >> 1].toFixed(3);
console.log(`${lang} median A/B: att ${med(ratios.att)}  cas ${med(ratios.cas)}`);
