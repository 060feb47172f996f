import type { LanguagePack } from '../pack.js';
import type { Sentence } from '../engine/text.js';
import type { NumberMention } from '../numbers/types.js';
import type { DateMention } from '../dates/types.js';
import type { PlaceMention } from '../places/types.js';
import type { ActorMention } from '../actors/types.js';
import type { Attribution, CasualtyMention } from './types.js';
export type { Attribution, CasualtyMention } from './types.js';

/** What the claims stage reads: the reading stage's findings so far. */
export interface ClaimInput {
  sentences: Sentence[];
  numbers: NumberMention[];
  dates: DateMention[];
  places: PlaceMention[];
  actors: ActorMention[];
}

/** Finds who each sentence's statements are attributed to ("X said", "menurut X"). */
export function findAttributions(_text: string, _input: ClaimInput, _pack: LanguagePack): Attribution[] {
  return [];
}

/** Finds every killed/injured/missing/captured figure of the document with its claimant. */
export function findCasualties(_text: string, _input: ClaimInput, _attributions: Attribution[], _pack: LanguagePack): CasualtyMention[] {
  return [];
}
