// Runs the document, numbers, dates and actors stages over generated articles (for a profile).
import { generateArticle } from './lib/gen-articles.mjs';
const dir = new URL('..', import.meta.url).pathname;
const m = (p) => import(dir + 'dist/' + p);
const { buildDocument } = await m('core/document/index.js');
const { packFor } = await m('lang/index.js');
const { splitSentences } = await m('core/engine/text.js');
const { findNumbers } = await m('core/numbers/index.js');
const { findDates } = await m('core/dates/index.js');
const { findActors } = await m('core/actors/index.js');
const lang = process.env.L || 'en'; const N = +(process.env.N || 600);
const docs = Array.from({ length: N }, (_, i) => generateArticle(lang, 1000 + i, 4096));
for (let r = 0; r < 3; r++) for (const d of docs) {
  const doc = buildDocument(d, { language: lang }, {});
  const pack = packFor(doc.language); const ss = splitSentences(doc.text, pack.sentences);
  for (const s of ss) findNumbers(doc.text, s, pack);
  for (const s of ss) findDates(doc.text, s, pack, doc.published);
  for (const s of ss) findActors(doc.text, s, pack);
}
