import { findActors, type ActorMention } from '../../src/core/actors/index.js';
import { splitSentences } from '../../src/core/engine/text.js';
import type { LanguagePack } from '../../src/core/pack.js';

/** Every actor mention in a short text (all its sentences). */
export function actors(pack: LanguagePack, text: string): ActorMention[] {
  return splitSentences(text, pack.sentences).flatMap((s) => findActors(text, s, pack));
}

/** The mention whose text is exactly `span`, or undefined. */
export function find(pack: LanguagePack, text: string, span: string): ActorMention | undefined {
  return actors(pack, text).find((a) => a.text === span);
}

/** "text → name" pairs, for compact assertions. */
export function pairs(pack: LanguagePack, text: string): string[] {
  return actors(pack, text).map((a) => `${a.text} → ${a.name}`);
}
