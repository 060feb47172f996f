import type { Sentence } from '../engine/text.js';
import type { LanguagePack } from '../pack.js';
import type { ActorMention } from './types.js';
export type { ActorMention } from './types.js';

/** Finds the actors named in one sentence. */
export function findActors(_text: string, _sentence: Sentence, _pack: LanguagePack): ActorMention[] {
  return [];
}
