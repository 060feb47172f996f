// Generated id/en/ms articles with their documents and readings, as extract() feeds the events
// stage (read() from the core), for the scripts that time that stage alone.
import { generateArticle } from './gen-articles.mjs';
import { buildDocument } from '../../dist/core/document/index.js';
import { packFor } from '../../dist/lang/index.js';
import { read } from '../../dist/core/reading.js';

export const LANGS = ['id', 'en', 'ms'];

/** The N raw articles (language i % 3). */
export function articles(n) {
  return Array.from({ length: n }, (_, i) => generateArticle(LANGS[i % 3], i + 1, 4096));
}

/** [document, reading, pack] of each raw article. */
export function readingsOf(raw, gazetteer) {
  return raw.map((c, i) => {
    const doc = buildDocument(c, { language: LANGS[i % 3] }, {});
    const pack = packFor(doc.language);
    return [doc, read(doc.text, doc.published, pack, gazetteer), pack];
  });
}
