import type { LanguagePack } from '../core/pack.js';
import { id } from './id/index.js';
import { en } from './en/index.js';
import { ms } from './ms/index.js';

/** Every language pack sitrep reads events in. */
export const PACKS: readonly LanguagePack[] = [id, en, ms];

const BY_CODE = new Map(PACKS.map((p) => [p.code, p]));

/** The pack for an ISO 639-1 code, or null when the language has none (document stage only). */
export function packFor(code: string | null | undefined): LanguagePack | null {
  return (code && BY_CODE.get(code)) || null;
}
