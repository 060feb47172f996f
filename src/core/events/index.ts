import type { DocumentOut, EventOut, TallyOut } from '../types.js';
import type { LanguagePack } from '../pack.js';
import type { Reading } from '../reading.js';

/** Codes the events and running tallies of a document from what the reading stage found. */
export function codeEvents(_doc: DocumentOut, _reading: Reading, _pack: LanguagePack): { events: EventOut[]; tallies: TallyOut[] } {
  return { events: [], tallies: [] };
}
