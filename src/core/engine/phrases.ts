import { tokenize, type Token } from './text.js';

/** A table of multi-word phrases (lower case, tokenized like the text) with a value each. */
export interface PhraseTable<V> {
  /** Phrases by their first word, longest first. */
  byFirst: Map<string, Array<{ words: string[]; value: V }>>;
  /** Phrases by their last word, longest first. */
  byLast: Map<string, Array<{ words: string[]; value: V }>>;
  size: number;
}

export interface PhraseHit<V> {
  /** Index of the first token of the phrase. */
  from: number;
  /** Index after the last token of the phrase. */
  to: number;
  value: V;
}

/** Compiles phrases once (per pack) for token look-ups. Keys are tokenized like the text. */
export function compilePhrases<V>(entries: Iterable<readonly [string, V]>): PhraseTable<V> {
  const byFirst = new Map<string, Array<{ words: string[]; value: V }>>();
  const byLast = new Map<string, Array<{ words: string[]; value: V }>>();
  let size = 0;
  for (const [key, value] of entries) {
    const words = tokenize(key.toLowerCase()).map((t) => t.lower);
    if (words.length === 0) continue;
    size++;
    const e = { words, value };
    for (const [map, k] of [[byFirst, words[0]!], [byLast, words[words.length - 1]!]] as const) {
      const list = map.get(k) ?? [];
      list.push(e);
      list.sort((a, b) => b.words.length - a.words.length);
      map.set(k, list);
    }
  }
  return { byFirst, byLast, size };
}

/** The longest phrase starting at token i. */
export function phraseAt<V>(tokens: readonly Token[], i: number, table: PhraseTable<V>): PhraseHit<V> | null {
  const first = tokens[i];
  if (!first) return null;
  const list = table.byFirst.get(first.lower);
  if (!list) return null;
  outer: for (const e of list) {
    if (i + e.words.length > tokens.length) continue;
    for (let k = 1; k < e.words.length; k++) if (tokens[i + k]!.lower !== e.words[k]) continue outer;
    return { from: i, to: i + e.words.length, value: e.value };
  }
  return null;
}

/** The longest phrase whose last token is token i. */
export function phraseEndingAt<V>(tokens: readonly Token[], i: number, table: PhraseTable<V>): PhraseHit<V> | null {
  const last = tokens[i];
  if (!last) return null;
  const list = table.byLast.get(last.lower);
  if (!list) return null;
  outer: for (const e of list) {
    const from = i - e.words.length + 1;
    if (from < 0) continue;
    for (let k = 0; k < e.words.length - 1; k++) if (tokens[from + k]!.lower !== e.words[k]) continue outer;
    return { from, to: i + 1, value: e.value };
  }
  return null;
}

/** Escapes a string for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A RegExp alternation of words/phrases, longest first, with flexible inner white space:
 * ["pekan lalu", "lalu"] → "pekan\s+lalu|lalu".
 */
export function alternation(words: Iterable<string>): string {
  const list = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (list.length === 0) return '(?!)';
  return list.map((w) => escapeRe(w).replace(/\s+/g, '\\s+')).join('|');
}

/** Word boundaries that understand every script (\b only knows ASCII). */
export const WB_START = '(?<![\\p{L}\\p{M}\\p{N}])';
export const WB_END = '(?![\\p{L}\\p{M}\\p{N}])';
