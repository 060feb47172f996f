import type { DocumentHints, DocumentOut, ExtractOutput, PlaceOut, Span } from './types.js';
import { buildDocument } from './document/index.js';
import { packFor } from '../lang/index.js';
import { read, readMany, type ReadInput, type Reading } from './reading.js';
import { codeEvents } from './events/index.js';
import type { Gazetteer } from './places/gazetteer.js';
import type { LanguageDetector } from './document/types.js';
import type { LanguagePack } from './pack.js';

/** What the pure core needs from outside, passed in by the caller. */
export interface ExtractEnv {
  gazetteer: Gazetteer | null;
  /** Language identifier for the document stage (CLD3, loaded in src/io); optional. */
  detectLanguage?: LanguageDetector | null;
}

export interface ExtractResult extends ExtractOutput {
  /** Internal reading, for --explain. Not part of the printed contract. */
  reading?: Reading;
}

/**
 * The whole extraction for one decoded document. Cascade:
 * document (clean text + metadata + language) → reading (sentences, numbers, dates, places,
 * actors) → events and tallies. No I/O, no clock.
 */
export function extract(content: string, hints: DocumentHints, env: ExtractEnv): ExtractResult {
  return extractMany([{ content, hints }], env)[0]!;
}

/** One record for extractMany: the decoded content and what the caller knows of it. */
export interface ExtractItem {
  content: string;
  hints: DocumentHints;
}

/**
 * extract over several documents at once, with the same results in the same order. The reading
 * stage runs stage by stage over the batch (see readMany), which is faster than one document at
 * a time; a batch of about 8 documents gets most of the gain. Documents longer than CHUNK_CHARS
 * are read on their own, in windows.
 */
export function extractMany(items: readonly ExtractItem[], env: ExtractEnv): ExtractResult[] {
  const out: ExtractResult[] = new Array(items.length);
  const batch: (ReadInput & { at: number; document: DocumentOut })[] = [];
  for (let k = 0; k < items.length; k++) {
    const document = buildDocument(items[k]!.content, items[k]!.hints, { detectLanguage: env.detectLanguage });
    // Language not detected (no detector result): read as English, the widest-used pack.
    const pack = packFor(document.language) ?? (document.language === null ? packFor('en') : null);
    if (!pack) out[k] = { document, events: [], places: [], tallies: [] };
    else if (document.text.length > CHUNK_CHARS) out[k] = extractWindows(document, pack, env);
    else batch.push({ text: document.text, published: document.published, pack, at: k, document });
  }
  const readings = readMany(batch, env.gazetteer);
  for (let q = 0; q < readings.length; q++) {
    const { document, pack, at } = batch[q]!;
    const reading = readings[q]!;
    const { events, tallies } = codeEvents(document, reading, pack);
    out[at] = { document, events, places: placesOut(reading), tallies, reading };
  }
  return out;
}

/**
 * A document far longer than any news report (a book, a dump, a whole site in one file) is read
 * in windows cut at paragraph or sentence ends, so that the cost stays linear in its length;
 * offsets are shifted back into document.text. Events do not merge across windows.
 */
function extractWindows(document: DocumentOut, pack: LanguagePack, env: ExtractEnv): ExtractResult {
  const out: ExtractResult = { document, events: [], places: [], tallies: [] };
  for (const [start, end] of windows(document.text, CHUNK_CHARS)) {
    const part = { ...document, text: document.text.slice(start, end) };
    const reading = read(part.text, document.published, pack, env.gazetteer);
    const { events, tallies } = codeEvents(part, reading, pack);
    out.places.push(...placesOut(reading).map((p) => ({ ...p, start: p.start + start, end: p.end + start })));
    for (const e of events) {
      out.events.push({
        ...e,
        evidence: e.evidence.map((v) => shift(v, start)),
        casualties: e.casualties.map((c) => ({ ...c, evidence: shift(c.evidence, start) })),
      });
    }
    out.tallies.push(...tallies.map((t) => ({ ...t, evidence: shift(t.evidence, start) })));
  }
  return out;
}

/** Documents longer than this many UTF-16 units are read in windows of about this size. */
export const CHUNK_CHARS = 60_000;

// every mention with its resolution; near = the text puts the event near the place, not in it
function placesOut(reading: Reading): PlaceOut[] {
  const ps = reading.places;
  const out: PlaceOut[] = new Array(ps.length);
  for (let k = 0; k < ps.length; k++) {
    const p = ps[k]!;
    // (written out, in the order the places stage builds a mention's keys: as { ...p, near }, without
    // the generic object spread, which cost more than the rest of the glue together)
    out[k] = {
      start: p.start, end: p.end, text: p.text, name: p.name, kind: p.kind, country: p.country, admin1: p.admin1,
      lat: p.lat, lon: p.lon, geonames_id: p.geonames_id, rule: p.rule, near: p.near ?? false,
    } as PlaceOut;
  }
  return out;
}

function shift(s: Span, by: number): Span {
  return { ...s, start: s.start + by, end: s.end + by };
}

/**
 * The last position p with lo < p <= hi where `text` has `s`, or -1: lastIndexOf kept to the
 * window (searching back to the text's start each time made a text with no break quadratic).
 */
function lastAfter(text: string, s: string, lo: number, hi: number): number {
  if (hi <= lo) return -1;
  const i = text.slice(lo + 1, hi + s.length).lastIndexOf(s);
  return i < 0 ? -1 : lo + 1 + i;
}

/** Cuts text into [start, end) windows of at most `size`, at a paragraph, sentence or word end. */
export function windows(text: string, size: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const floor = start + Math.floor(size / 2);
      const para = lastAfter(text, '\n\n', floor, end);
      const sent = Math.max(lastAfter(text, '. ', floor, end - 2), lastAfter(text, '\n', floor, end));
      const word = lastAfter(text, ' ', floor, end);
      if (para > floor) end = para + 2;
      else if (sent > floor) end = sent + 2;
      else if (word > floor) end = word + 1;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}
