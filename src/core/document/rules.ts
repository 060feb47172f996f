import { PACKS } from '../../lang/index.js';
import type { DocumentPack } from './types.js';

/** The document tables of every pack, merged and compiled once. */
export interface DocumentRules {
  months: Map<string, number>;
  weekdays: Set<string>;
  zones: Map<string, string>;
  monthRe: string;
  weekdayRe: string;
  zoneRe: string;
  clockRe: string;
  publishedRe: RegExp;
  updatedRe: RegExp;
  litterLines: Set<string>;
  litterRe: RegExp | null;
  relatedRe: RegExp;
  relatedAlone: Set<string>;
  tailHeaders: Set<string>;
  photoLabelRe: string;
  creditNames: Set<string>;
  creditNameRe: string;
  enlargeRe: RegExp;
  bylineRe: RegExp;
  /** Per-pack cues for language identification. */
  languages: { code: string; stopwords: Set<string>; distinctive: Set<string> }[];
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: Iterable<string>): string =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map(esc).join('|');

/** A label with room for one stray letter after its first one ("Fioto" for "Foto"). */
const typoTolerant = (w: string): string =>
  w.length >= 4 && /^\p{L}+$/u.test(w) ? esc(w[0]!) + '\\p{L}?' + esc(w.slice(1)) : esc(w).replace(/ /g, '\\s+');

let cached: DocumentRules | null = null;

/** Compiles the merged rules of all packs (memoised: packs are static data). */
export function documentRules(): DocumentRules {
  if (cached) return cached;
  const packs = PACKS.filter((p) => p.document).map((p) => ({ code: p.code, doc: p.document as DocumentPack }));
  const all = <K extends keyof DocumentPack>(k: K): DocumentPack[K][] => packs.map((p) => p.doc[k]);
  const months = new Map<string, number>();
  for (const m of all('months')) for (const [k, v] of Object.entries(m)) months.set(k, v);
  const zones = new Map<string, string>();
  for (const z of all('zones')) for (const [k, v] of Object.entries(z)) zones.set(k, v);
  const weekdays = new Set(all('weekdays').flat());
  const litterPatterns = [...new Set(all('litterPatterns').flat())];
  const photoLabels = [...new Set(all('photoLabels').flat())].sort((a, b) => b.length - a.length);
  const creditNames = new Set(all('creditNames').flat());
  cached = {
    months,
    weekdays,
    zones,
    monthRe: alt(months.keys()),
    weekdayRe: alt(weekdays),
    zoneRe: alt(zones.keys()),
    clockRe: alt(all('clockWords').flat()),
    publishedRe: new RegExp(`^\\W*(?:${alt(all('publishedLabels').flat())})\\b`, 'iu'),
    updatedRe: new RegExp(`(?:^|\\W)(?:${alt(all('updatedLabels').flat())})\\b`, 'iu'),
    litterLines: new Set(all('litterLines').flat().map((s) => s.toLowerCase())),
    litterRe: litterPatterns.length ? new RegExp(`^(?:${litterPatterns.map((p) => `(?:${p})`).join('|')})$`, 'iu') : null,
    relatedRe: new RegExp(`^(?:${alt(all('relatedLeads').flat())})\\s*(?::|\\||»|>|–|—|-)\\s*\\S`, 'iu'),
    relatedAlone: new Set(all('relatedLeads').flat().map((s) => s.toLowerCase())),
    tailHeaders: new Set(all('tailHeaders').flat().map((s) => s.toLowerCase())),
    photoLabelRe: photoLabels.map(typoTolerant).join('|'),
    creditNames,
    creditNameRe: alt(creditNames),
    enlargeRe: new RegExp(`^(?:${alt(all('enlargeWords').flat())})$`, 'iu'),
    bylineRe: new RegExp(`^(?:${alt(all('bylineLabels').flat())})\\s*[:.]?\\s+([^.!?]{2,80})$`, 'iu'),
    languages: packs.map((p) => ({ code: p.code, stopwords: new Set(p.doc.stopwords), distinctive: new Set(p.doc.distinctive) })),
  };
  return cached;
}
