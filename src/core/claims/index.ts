import type { LanguagePack } from '../pack.js';
import type { Reading } from '../reading.js';
import type { CasualtyMention } from './types.js';
export type { CasualtyMention } from './types.js';

/** Finds every killed/injured/missing/captured figure of the document with its claimant. */
export function findCasualties(_text: string, _reading: Reading, _pack: LanguagePack): CasualtyMention[] {
  return [];
}
