import type { Sentence } from '../engine/text.js';
import type { LanguagePack } from '../pack.js';
import type { PlaceMention } from './types.js';
import type { Gazetteer } from './gazetteer.js';
export type { PlaceMention } from './types.js';

/** Finds and resolves every place mention of the document. */
export function findPlaces(_text: string, _sentences: Sentence[], _pack: LanguagePack, _gazetteer: Gazetteer | null): PlaceMention[] {
  return [];
}
