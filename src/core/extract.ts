import type { DocumentHints, ExtractOutput } from './types.js';
import { buildDocument } from './document/index.js';
import { packFor } from '../lang/index.js';
import { read, type Reading } from './reading.js';
import { codeEvents } from './events/index.js';
import type { Gazetteer } from './places/gazetteer.js';
import type { LanguageDetector } from './document/types.js';

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
  const document = buildDocument(content, hints, { detectLanguage: env.detectLanguage });
  // Language not detected (no detector result): read as English, the widest-used pack.
  const pack = packFor(document.language) ?? (document.language === null ? packFor('en') : null);
  if (!pack) return { document, events: [], places: [], tallies: [] };
  const reading = read(document.text, document.published, pack, env.gazetteer);
  const { events, tallies } = codeEvents(document, reading, pack);
  // every mention with its resolution; near = the text puts the event near the place, not in it
  const places = reading.places.map((p) => ({ ...p, near: p.near ?? false }));
  return { document, events, places, tallies, reading };
}
