import type { DocumentRules } from './rules.js';
import type { LanguageDetector } from './types.js';

/** Codes some detectors still print for languages that ISO 639-1 renamed. */
const RENAMED: Record<string, string> = { iw: 'he', in: 'id', ji: 'yi', jw: 'jv', mo: 'ro', sh: 'sr' };

/** How much text language identification reads: a few paragraphs are plenty, megabytes are waste. */
const SAMPLE_CHARS = 700;

/** Every pack's cue words in one table: word → bit i set when pack i lists it (stop words low, distinctive high). */
interface CueTable {
  cues: Map<string, number>;
  n: number;
  /** Length of the longest cue word: a longer token is no cue (no look-up). */
  maxLen: number;
  /**
   * The same table open-addressed by cueHash, read in place while scanning (no slice of each token,
   * no string hashing): slot → 1 + index into words/hashes/bits, 0 empty.
   */
  slots: Int32Array;
  words: string[];
  hashes: Int32Array;
  bits: Int32Array;
}

/** The hash of a word as the scanner computes it, by code point. */
function cueHash(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; ) {
    const c = w.codePointAt(i)!;
    h = (Math.imul(h, 31) + c) | 0;
    i += c > 0xffff ? 2 : 1;
  }
  return h;
}
const cueTables = new WeakMap<DocumentRules, CueTable>();
function cueTable(rules: DocumentRules): CueTable {
  let t = cueTables.get(rules);
  if (t) return t;
  const cues = new Map<string, number>();
  const n = rules.languages.length;
  rules.languages.forEach((l, i) => {
    for (const w of l.stopwords) cues.set(w, (cues.get(w) ?? 0) | (1 << i));
    for (const w of l.distinctive) cues.set(w, (cues.get(w) ?? 0) | (1 << (i + n)));
  });
  let maxLen = 0;
  for (const w of cues.keys()) if (w.length > maxLen) maxLen = w.length;
  let size = 16;
  while (size < cues.size * 2) size <<= 1;
  const slots = new Int32Array(size);
  const words = [...cues.keys()];
  const hashes = Int32Array.from(words, cueHash);
  const bits = Int32Array.from(words, (w) => cues.get(w)!);
  words.forEach((_, k) => {
    let p = hashes[k]! & (size - 1);
    while (slots[p] !== 0) p = (p + 1) & (size - 1);
    slots[p] = k + 1;
  });
  t = { cues, n, maxLen, slots, words, hashes, bits };
  cueTables.set(rules, t);
  return t;
}

/** Word characters of the language cues: letters, apostrophes and hyphens (per UTF-16 unit of the BMP, memoised). */
const LETTER_RE = /\p{L}/u;
const bmpClass = new Uint8Array(65536); // 0 unknown, 1 word character, 2 separator
function isCueChar(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || cp === 39 || cp === 45;
  if (cp === 0x2019) return true;
  if (cp < 65536) {
    let k = bmpClass[cp]!;
    if (k === 0) bmpClass[cp] = k = LETTER_RE.test(String.fromCharCode(cp)) ? 1 : 2;
    return k === 1;
  }
  return LETTER_RE.test(String.fromCodePoint(cp));
}

/** isCueChar of each ASCII unit. */
const ASCII_CUE = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CUE[c] = isCueChar(c) ? 1 : 0;

/** Quotation marks: straight double quotes toggle, typographic ones open or close. */
const QUOTE_OPEN = 0x201c; // “
const QUOTE_CLOSE = 0x201d; // ”
const QUOTE_STRAIGHT = 0x22; // "

/**
 * Counts the tokens of a lower-cased sample (runs of letters, apostrophes and hyphens) and, per
 * pack, how many are its stop words and its distinctive words. Distinctive words are counted only
 * outside quotation marks: a quote is in the speaker's language (a Malaysian officer quoted by an
 * Indonesian outlet), the narrative around it in the outlet's.
 */
function countCues(lower: string, rules: DocumentRules): { tokens: number; stop: number[]; dist: number[] } {
  const { n, maxLen, slots, words, hashes, bits } = cueTable(rules);
  const smask = slots.length - 1;
  const stop = new Array<number>(n).fill(0);
  const dist = new Array<number>(n).fill(0);
  let tokens = 0;
  const len = lower.length;
  let quoted = false;
  let i = 0;
  // (ASCII, nearly all of a Latin-script text, is read from a table; other units as codeAt and
  // isCueChar read them)
  outer: while (i < len) {
    let c = lower.charCodeAt(i);
    for (;;) {
      if (c < 128) {
        if (ASCII_CUE[c] === 1) break;
        if (c === QUOTE_STRAIGHT) quoted = !quoted;
        else if (c === 10 && quoted && lower.charCodeAt(i + 1) === 10) quoted = false; // (a paragraph ends an unclosed quote)
        i++;
      } else {
        if (c >= 0xd800 && c <= 0xdbff) c = lower.codePointAt(i)!;
        if (isCueChar(c)) break;
        if (c === QUOTE_OPEN) quoted = true;
        else if (c === QUOTE_CLOSE) quoted = false;
        i += c > 0xffff ? 2 : 1;
      }
      if (i >= len) break outer;
      c = lower.charCodeAt(i);
    }
    const start = i;
    let h = 0;
    for (;;) {
      h = (Math.imul(h, 31) + c) | 0;
      i += c > 0xffff ? 2 : 1;
      if (i >= len) break;
      c = lower.charCodeAt(i);
      if (c < 128) {
        if (ASCII_CUE[c] !== 1) break;
      } else {
        if (c >= 0xd800 && c <= 0xdbff) c = lower.codePointAt(i)!;
        if (!isCueChar(c)) break;
      }
    }
    tokens++;
    const tl = i - start;
    if (tl > maxLen) continue;
    let v = 0;
    for (let p = h & smask; ; p = (p + 1) & smask) {
      const e = slots[p]!;
      if (e === 0) break;
      if (hashes[e - 1] === h && words[e - 1]!.length === tl && lower.startsWith(words[e - 1]!, start)) {
        v = bits[e - 1]!;
        break;
      }
    }
    if (v) {
      for (let k = 0; k < n; k++) {
        if (v & (1 << k)) stop[k]!++;
        if (!quoted && v & (1 << (k + n))) dist[k]!++;
      }
    }
  }
  return { tokens, stop, dist };
}

/** How far near relatives are read for their distinctive words when the first sample does not settle it. */
const RELATIVES_CHARS = 4000;

/** Whether distinctive-word counts a (best) and b (next) settle the choice between near relatives. */
const settles = (a: number, b: number): boolean => a >= 2 && a >= b * 1.5 + 1;

export interface LanguageGuess {
  language: string | null;
  rule: string;
}

/** Maps a detector's answer ("id", "zh-Latn", "iw", "und") to ISO 639-1 or null. */
export function toIso6391(code: string | null | undefined): string | null {
  if (!code) return null;
  const base = code.toLowerCase().split(/[-_]/)[0]!;
  const c = RENAMED[base] ?? base;
  return /^[a-z]{2}$/.test(c) ? c : null;
}

/**
 * Identifies the language of a cleaned text. Cascade: (1) function words of every pack — when one
 * pack's words clearly dominate, that pack's language, fast and without the detector; (2) packs whose
 * function words tie (Indonesian and Malay share most of theirs) are told apart by their distinctive
 * vocabulary (Malay "kerajaan, polis, beliau", Indonesian "pemerintah, polisi, tewas"); (3) otherwise
 * the injected detector (CLD3), which knows about a hundred languages; (4) the page's declared language.
 */
export function identifyLanguage(text: string, rules: DocumentRules, detect: LanguageDetector | null | undefined, declared: string | null): LanguageGuess {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, text.indexOf(' ', SAMPLE_CHARS) > 0 ? text.indexOf(' ', SAMPLE_CHARS) : SAMPLE_CHARS) : text;
  const declaredIso = toIso6391(declared);
  const counts = countCues(sample.toLowerCase(), rules);
  if (counts.tokens >= 8) {
    const scores = rules.languages.map((l, i) => ({ code: l.code, stop: counts.stop[i]!, dist: counts.dist[i]! }));
    scores.sort((a, b) => b.stop - a.stop);
    const top = scores[0]!;
    const share = top.stop / counts.tokens;
    if (share >= 0.12) {
      // Packs whose function words score within 10% of the best one are near relatives.
      const near = scores.filter((s) => s.stop >= top.stop * 0.9);
      const runnerUp = scores.find((s) => s.stop < top.stop * 0.9);
      const clear = !runnerUp || top.stop >= runnerUp.stop * 2;
      if (clear && near.length === 1) return { language: top.code, rule: 'document/language/function-words' };
      if (clear && near.length > 1) {
        // The first sample is a headline-and-lead's worth: when its distinctive words do not settle
        // the tie, read on (a longer text has more of them; the lead may be one quoted speaker).
        if (text.length > sample.length) {
          const sorted = near.map((x) => x.dist).sort((x, y) => y - x);
          if (!settles(sorted[0]!, sorted[1]!)) {
            const more = countCues(text.slice(0, RELATIVES_CHARS).toLowerCase(), rules);
            for (const x of near) x.dist = more.dist[rules.languages.findIndex((l) => l.code === x.code)]!;
          }
        }
        near.sort((a, b) => b.dist - a.dist);
        const [a, b] = [near[0]!, near[1]!];
        if (settles(a.dist, b.dist)) return { language: a.code, rule: 'document/language/distinctive-words' };
        const viaDetector = detect?.(sample);
        const iso = toIso6391(viaDetector?.language);
        if (iso && near.some((n) => n.code === iso)) return { language: iso, rule: 'document/language/detector-tie-break' };
        if (declaredIso && near.some((n) => n.code === declaredIso)) return { language: declaredIso, rule: 'document/language/declared-tie-break' };
        if (a.dist > b.dist) return { language: a.code, rule: 'document/language/distinctive-words' };
        // Pack order puts the main language before its variants.
        const first = rules.languages.find((l) => near.some((n) => n.code === l.code))!;
        return { language: first.code, rule: 'document/language/family-default' };
      }
    }
  }
  if (detect && sample.trim().length >= 20) {
    const d = detect(sample);
    const iso = toIso6391(d?.language);
    if (iso && d && (d.reliable || d.probability >= 0.5 || !declaredIso)) return { language: iso, rule: 'document/language/detector' };
  }
  if (declaredIso) return { language: declaredIso, rule: 'document/language/declared' };
  return { language: null, rule: 'document/language/unknown' };
}
