import { splitSentences, type Sentence } from './engine/text.js';
import type { LanguagePack } from './pack.js';
import { findNumbers, type NumberMention } from './numbers/index.js';
import { findDates, type DateMention } from './dates/index.js';
import { findPlaces, type PlaceMention } from './places/index.js';
import { findActors, resolveActors, type ActorMention } from './actors/index.js';
import { findAttributions, findCasualties, type Attribution, type CasualtyMention } from './claims/index.js';
import type { Gazetteer } from './places/gazetteer.js';

/** Everything the reading stage found in a document, each item with the rule that made it. */
export interface Reading {
  sentences: Sentence[];
  numbers: NumberMention[];
  dates: DateMention[];
  places: PlaceMention[];
  actors: ActorMention[];
  attributions: Attribution[];
  casualties: CasualtyMention[];
}

/**
 * The reading stage. Order: sentences → numbers, dates, actors (per sentence) → places (whole
 * document, for disambiguation by context) → attributions → casualty figures. Pure.
 */
export function read(text: string, published: string | null, pack: LanguagePack, gazetteer: Gazetteer | null): Reading {
  const sentences = splitSentences(text, pack.sentences);
  const numbers: NumberMention[] = [];
  const dates: DateMention[] = [];
  const actors: ActorMention[] = [];
  for (const s of sentences) {
    appendTo(numbers, findNumbers(text, s, pack));
    appendTo(dates, findDates(text, s, pack, published));
    appendTo(actors, findActors(text, s, pack));
  }
  const places = findPlaces(text, sentences, pack, gazetteer);
  const resolved = resolveActors(actors, text);
  const input = { sentences, numbers, dates, places, actors: resolved };
  const attributions = findAttributions(text, input, pack);
  const casualties = findCasualties(text, input, attributions, pack);
  return { sentences, numbers, dates, places, actors: resolved, attributions, casualties };
}

/** Appends without spreading (a spread call copies its arguments onto the stack first). */
function appendTo<T>(to: T[], from: readonly T[]): void {
  for (let k = 0; k < from.length; k++) to.push(from[k]!);
}
