import type { Sentence } from '../engine/text.js';
import type { LanguagePack } from '../pack.js';
import type { DateMention } from './types.js';
export type { DateMention } from './types.js';

/** Finds and resolves the date expressions of one sentence against the publication time. */
export function findDates(_text: string, _sentence: Sentence, _pack: LanguagePack, _published: string | null): DateMention[] {
  return [];
}
