import type { SentenceRules } from './engine/text.js';
import type { NumberPack } from './numbers/types.js';
import type { DatePack } from './dates/types.js';
import type { PlacePack } from './places/types.js';
import type { ActorPack } from './actors/types.js';
import type { EventPack } from './events/types.js';
import type { ClaimPack } from './claims/types.js';
import type { DocumentPack } from './document/types.js';

/**
 * A language pack: word tables and rules for one language. The engine never names a language;
 * it only runs what a pack gives it. Packs live in src/lang/<code>/ and are assembled by that
 * folder's index.ts.
 */
export interface LanguagePack {
  /** ISO 639-1 code. */
  code: string;
  /** Page furniture and language cues for the document stage (dates, litter, captions). */
  document?: DocumentPack;
  /** English name, for --help and --explain. */
  name: string;
  sentences: SentenceRules;
  numbers: NumberPack;
  dates: DatePack;
  places: PlacePack;
  actors: ActorPack;
  claims: ClaimPack;
  events: EventPack;
}
