import { sentenceHits, resolveSentence } from '../../src/core/events/index.js';
import type { EventPack } from '../../src/core/events/types.js';

/** The sub-event type (and modality) one sentence codes to, or null. */
export function codeSentence(pack: EventPack, text: string, future = false): { sub: string; modality: string } | null {
  const r = sentenceHits(text, 0, pack, future);
  const best = resolveSentence(r.hits, r.protestContext, r.police);
  return best ? { sub: best.sub, modality: best.modality } : null;
}
