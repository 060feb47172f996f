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
  /** Day-part words after a clock time and the hours they put after noon (lower case). */
  dayParts: Map<string, [number, number]>;
  dayPartRe: string;
  publishedRe: RegExp;
  updatedRe: RegExp;
  /** The updated labels in lower case, for a first test of an ASCII line (null when a label is not ASCII: the pattern always runs). */
  updatedWords: string[] | null;
  litterLines: Set<string>;
  litterRe: RegExp | null;
  /** Patterns that start with a literal (cheap to try on every line). */
  litterStartRe: RegExp | null;
  /** Key words of the patterns that may start anywhere (lower case); a line holding none skips them. */
  litterKeys: string[];
  /** Photo labels with their typo-tolerant stems (lower case) for a cheap first test. */
  photoLabelKeys: string[];
  relatedRe: RegExp;
  relatedAlone: Set<string>;
  tailHeaders: Set<string>;
  photoLabelRe: string;
  creditNamesLower: Set<string>;
  creditNames: Set<string>;
  creditNameRe: string;
  enlargeRe: RegExp;
  /** The lengths of the enlarge words: a line of another length is none of them (the pattern matches whole lines, letter for letter). */
  enlargeLengths: Set<number>;
  /** "Image caption, …": group 1 is the caption text (may be empty: the text follows on the next line). */
  captionLabelRe: RegExp;
  /** Leading photo-label word of a caption: "Ilustrasi.", "Foto:". */
  photoLeadRe: RegExp;
  bylineRe: RegExp;
  /**
   * First characters (ASCII, lower case) that captionLabelRe, relatedRe and photoLeadRe can start
   * with: a line opening with any other ASCII character skips the pattern; null: always try it.
   */
  captionLabelFirst: Uint8Array | null;
  relatedFirst: Uint8Array | null;
  photoLeadFirst: Uint8Array | null;
  bylineFirst: Uint8Array | null;
  /** First characters of the published labels when every one starts with an ASCII word character (else null). */
  publishedFirst: Uint8Array | null;
  /** Per-pack cues for language identification. */
  languages: { code: string; stopwords: Set<string>; distinctive: Set<string> }[];
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: Iterable<string>): string =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map(esc).join('|');

/** A label with room for one stray letter after its first one ("Fioto" for "Foto"). */
const typoTolerant = (w: string): string =>
  w.length >= 4 && /^[a-z]+$/.test(w) ? esc(w[0]!) + '[a-z]?' + esc(w.slice(1)) : esc(w).replace(/ /g, '\\s+');

let cached: DocumentRules | null = null;

/**
 * The first characters of a list of literal words, for a pattern that starts with their
 * alternation (case-insensitive): null when a word is empty or starts outside ASCII (case folding
 * could then meet an ASCII letter), and the test cannot be skipped.
 */
function firstChars(words: readonly string[]): Uint8Array | null {
  if (!words.length) return null;
  const t = new Uint8Array(128);
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (!(c < 128)) return null;
    t[c] = 1;
    if (c >= 65 && c <= 90) t[c + 32] = 1;
    if (c >= 97 && c <= 122) t[c - 32] = 1;
  }
  return t;
}

/** Whether a pattern with these first characters may match at the start of s. */
export function mayStart(first: Uint8Array | null, s: string): boolean {
  if (first === null) return true;
  const c = s.charCodeAt(0);
  return !(c < 128) || first[c] === 1;
}

function compileAll(patterns: string[]): RegExp | null {
  return patterns.length ? new RegExp(`^(?:${patterns.map((p) => `(?:${p})`).join('|')})$`, 'i') : null;
}

/** The key words of patterns like ".{0,40}\\b(?:langganan|berlangganan)\\b…" (the literal after the leading wildcard). */
function keysOf(patterns: string[]): string[] {
  const keys: string[] = [];
  for (const p of patterns) {
    const m = /^\.\{0,\d+\}\\b(?:\(\?:([^()]+)\)|([a-z' ]+))/.exec(p);
    if (!m) return [''];
    keys.push(...(m[1] ?? m[2]!).split('|').map((k) => k.replace(/\\.|\(\?:|\)|\?/g, '').trim()));
  }
  return [...new Set(keys)];
}

/** The words in lower case, or null when one is not printable ASCII. */
function asciiLower(words: readonly string[]): string[] | null {
  for (const w of words) if (!/^[\x20-\x7e]+$/.test(w)) return null;
  return [...new Set(words.map((w) => w.toLowerCase()))];
}

/** Compiles the merged rules of all packs (memoised: packs are static data). */
export function documentRules(): DocumentRules {
  if (cached) return cached;
  const packs = PACKS.filter((p) => p.document).map((p) => ({ code: p.code, doc: p.document as DocumentPack }));
  const all = <K extends keyof DocumentPack>(k: K): DocumentPack[K][] => packs.map((p) => p.doc[k]);
  const months = new Map<string, number>();
  for (const m of all('months')) for (const [k, v] of Object.entries(m)) months.set(k, v);
  const zones = new Map<string, string>();
  for (const z of all('zones')) for (const [k, v] of Object.entries(z)) zones.set(k, v);
  const dayParts = new Map<string, [number, number]>();
  for (const p of packs) for (const [k, v] of Object.entries(p.doc.dayParts ?? {})) dayParts.set(k.toLowerCase(), v);
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
    dayParts,
    dayPartRe: dayParts.size ? alt(dayParts.keys()) : '(?!)',
    publishedRe: new RegExp(`^\\W*(?:${alt(all('publishedLabels').flat())})\\b`, 'iu'),
    updatedRe: new RegExp(`(?:^|\\W)(?:${alt(all('updatedLabels').flat())})\\b`, 'iu'),
    updatedWords: asciiLower(all('updatedLabels').flat()),
    litterLines: new Set(all('litterLines').flat().map((s) => s.toLowerCase())),
    litterStartRe: compileAll(litterPatterns.filter((p) => !p.startsWith('.'))),
    litterKeys: keysOf(litterPatterns.filter((p) => p.startsWith('.'))),
    photoLabelKeys: [...new Set(photoLabels.map((l) => (l.length >= 4 ? l.slice(1) : l)))],
    litterRe: litterPatterns.length ? new RegExp(`^(?:${litterPatterns.map((p) => `(?:${p})`).join('|')})$`, 'i') : null,
    relatedRe: new RegExp(`^(?:${alt(all('relatedLeads').flat())})\\s*(?::|\\||»|>|–|—|-)\\s*\\S`, 'iu'),
    relatedAlone: new Set(all('relatedLeads').flat().map((s) => s.toLowerCase())),
    tailHeaders: new Set(all('tailHeaders').flat().map((s) => s.toLowerCase())),
    photoLabelRe: photoLabels.map(typoTolerant).join('|'),
    creditNames,
    creditNamesLower: new Set([...creditNames].filter((n) => n.length > 2).map((n) => n.toLowerCase())),
    creditNameRe: alt(creditNames),
    captionLabelRe: new RegExp(`^(?:${alt(all('captionLabels').flat())})\\s*[:,.]?\\s*(.*)$`, 'i'),
    photoLeadRe: new RegExp(`^(?:${alt(all('photoLabels').flat())})\\b`, 'i'),
    enlargeRe: new RegExp(`^(?:${alt(all('enlargeWords').flat())})$`, 'iu'),
    enlargeLengths: new Set(all('enlargeWords').flat().map((w) => w.length)),
    captionLabelFirst: firstChars(all('captionLabels').flat()),
    relatedFirst: firstChars(all('relatedLeads').flat()),
    photoLeadFirst: firstChars(all('photoLabels').flat()),
    bylineFirst: firstChars(all('bylineLabels').flat()),
    publishedFirst: all('publishedLabels').flat().every((w) => /^[A-Za-z0-9_]/.test(w)) ? firstChars(all('publishedLabels').flat()) : null,
    bylineRe: new RegExp(`^(?:${alt(all('bylineLabels').flat())})\\s*[:.]?\\s+([^.!?]{2,80})$`, 'iu'),
    languages: packs.map((p) => ({ code: p.code, stopwords: new Set(p.doc.stopwords), distinctive: new Set(p.doc.distinctive) })),
  };
  return cached;
}
