import type { Sentence } from '../engine/text.js';
import type { LanguagePack } from '../pack.js';
import type { NumberMention } from './types.js';
export type { NumberMention } from './types.js';

/** Finds the counts in one sentence. */
export function findNumbers(_text: string, _sentence: Sentence, _pack: LanguagePack): NumberMention[] {
  return [];
}
