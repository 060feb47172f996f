/**
 * Token pattern matching for triggers and cues: patterns are compiled once per pack into an
 * index keyed by the first token (exact) or its first three letters (prefix), so matching a
 * sentence costs one map look-up per token.
 */

import type { Token } from '../engine/text.js';

export interface MatchToken {
  start: number;
  end: number;
  /** Folded: lower case, no diacritics. */
  w: string;
}

type Alt = { exact: Set<string>; prefixes: string[]; byKey?: Map<number, string[]>; num?: boolean };
type Elem = { kind: 'words'; alt: Alt } | { kind: 'gap'; max: number };

export interface Compiled<T> {
  tag: T;
  pattern: string;
  elems: Elem[];
}

export interface Hit<T> {
  tag: T;
  pattern: string;
  /** Token index of the first and one past the last matched token. */
  from: number;
  to: number;
}

const WORD_RE = /[\p{L}\p{N}]+/gu;

function foldWord(s: string): string {
  const l = s.toLowerCase();
  // Fast path: plain ASCII needs no normalisation.
  for (let i = 0; i < l.length; i++) if (l.charCodeAt(i) > 0x7f) return l.normalize('NFKD').replace(/\p{M}+/gu, '');
  return l;
}

/** Splits text into folded word tokens (letters and digits only) with offsets. */
export function matchTokens(text: string, offset = 0): MatchToken[] {
  const out: MatchToken[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const start = offset + m.index;
    out.push({ start, end: start + m[0].length, w: foldWord(m[0]) });
  }
  return out;
}

/**
 * The folded words of a sentence as parallel arrays (no object per word): what matchTokens
 * gives for the same text, read off the engine's tokens (tokensOf) instead of a second regex
 * pass. A token of ASCII letters and digits is one word, its `lower` as is; an ASCII token with
 * joiners ("sit-in", "1.200") splits at them; any other token goes through the regex and the fold.
 * Tokens never split a run of letters and digits, except around astral characters: null when
 * a token holds a surrogate (the caller then reads the text with wordsOfText).
 */
export interface Words {
  w: string[];
  start: number[];
  end: number[];
}

export function wordsOf(tokens: readonly Token[]): Words | null {
  const w: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const l = t.lower;
    const n = l.length;
    let kind = 0; // 0 letters and digits, 1 ASCII with other characters, 2 not ASCII
    for (let i = 0; i < n; i++) {
      const c = l.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
      if (c > 0x7f) { kind = 2; break; }
      kind = 1;
    }
    if (kind === 0) {
      w.push(l);
      start.push(t.start);
      end.push(t.end);
    } else if (kind === 1) {
      // Lower-case ASCII: "a-z0-9" runs of `lower`, which has the text's offsets.
      let i = 0;
      while (i < n) {
        let c = l.charCodeAt(i);
        if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) { i++; continue; }
        const s0 = i;
        while (i < n && (((c = l.charCodeAt(i)) >= 97 && c <= 122) || (c >= 48 && c <= 57))) i++;
        w.push(s0 === 0 && i === n ? l : l.slice(s0, i));
        start.push(t.start + s0);
        end.push(t.start + i);
      }
    } else {
      const txt = t.text;
      for (let i = 0; i < txt.length; i++) {
        const c = txt.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdfff) return null;
      }
      WORD_RE.lastIndex = 0;
      for (let m = WORD_RE.exec(txt); m; m = WORD_RE.exec(txt)) {
        w.push(foldWord(m[0]));
        start.push(t.start + m.index);
        end.push(t.start + m.index + m[0].length);
      }
    }
  }
  return { w, start, end };
}

/** matchTokens as parallel arrays. */
export function wordsOfText(text: string, offset = 0): Words {
  const w: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  for (const t of matchTokens(text, offset)) {
    w.push(t.w);
    start.push(t.start);
    end.push(t.end);
  }
  return { w, start, end };
}

function parseAlt(spec: string, lexicons: Record<string, string[]>, where: string): Alt {
  const alt: Alt = { exact: new Set(), prefixes: [] };
  for (const part of spec.split('|')) {
    if (!part) continue;
    if (part === '#') {
      alt.num = true;
    } else if (part.startsWith('@')) {
      const lex = lexicons[part.slice(1)];
      if (!lex) throw new Error(`${where}: unknown lexicon ${part}`);
      for (const entry of lex) {
        if (/\s/.test(entry)) throw new Error(`${where}: lexicon ${part} entry "${entry}" has several tokens`);
        const sub = parseAlt(entry, lexicons, where);
        for (const e of sub.exact) alt.exact.add(e);
        alt.prefixes.push(...sub.prefixes);
      }
    } else if (part.endsWith('*')) {
      const p = foldWord(part.slice(0, -1));
      if (p.length < 3) throw new Error(`${where}: prefix "${part}" shorter than 3 letters`);
      alt.prefixes.push(p);
    } else {
      alt.exact.add(foldWord(part));
    }
  }
  return alt;
}

/**
 * Expands `(a b|c)` groups (alternatives of several tokens) into plain patterns:
 * `x (a b|c) y` → `x a b y`, `x c y`.
 */
export function expand(pattern: string): string[] {
  const m = /\(([^()]*)\)/.exec(pattern);
  if (!m) return [pattern];
  const head = pattern.slice(0, m.index);
  const tail = pattern.slice(m.index + m[0].length);
  return m[1]!.split('|').flatMap((alt) => expand(`${head}${alt}${tail}`.replace(/\s+/g, ' ')));
}

/** Compiles patterns; throws on a malformed one (caught by the pack tests). */
export function compile<T>(pattern: string, tag: T, lexicons: Record<string, string[]>): Compiled<T> {
  const elems: Elem[] = [];
  // Hyphens split tokens ("sit-in" is read as "sit in"), as matchTokens does.
  const parts = pattern.trim().split(/\s+/).flatMap((p) => (p.includes('-') && !p.includes('|') && !p.startsWith('@') ? p.split('-').filter(Boolean) : [p]));
  for (const part of parts) {
    if (part.includes('-')) throw new Error(`pattern "${pattern}": hyphen inside alternatives`);
    const gap = /^~(\d*)$/.exec(part);
    if (gap) elems.push({ kind: 'gap', max: gap[1] ? Number(gap[1]) : 3 });
    else elems.push({ kind: 'words', alt: parseAlt(part, lexicons, pattern) });
  }
  if (elems[0]?.kind !== 'words' || elems[elems.length - 1]?.kind !== 'words') {
    throw new Error(`pattern "${pattern}" must start and end with a word`);
  }
  return { tag, pattern, elems };
}

function accepts(alt: Alt, w: string): boolean {
  if (alt.exact.has(w)) return true;
  if (alt.num && w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57 && /^\d+$/.test(w)) return true;
  const ps = alt.prefixes;
  if (ps.length === 0 || w.length < 3) return false;
  if (ps.length <= 8) {
    for (let k = 0; k < ps.length; k++) if (w.startsWith(ps[k]!)) return true;
    return false;
  }
  if (!alt.byKey) {
    alt.byKey = new Map();
    for (const p of ps) push(alt.byKey, p.charCodeAt(0) * 65536 + p.charCodeAt(1), p);
  }
  const list = alt.byKey.get(w.charCodeAt(0) * 65536 + w.charCodeAt(1));
  if (list) for (let k = 0; k < list.length; k++) if (w.startsWith(list[k]!)) return true;
  return false;
}

/** An index of compiled patterns by first token. */
export class PatternIndex<T> {
  private readonly exact = new Map<string, Compiled<T>[]>();
  private readonly prefix = new Map<string, { p: string; c: Compiled<T> }[]>();

  constructor(items: Compiled<T>[]) {
    for (const c of items) {
      const first = c.elems[0] as { kind: 'words'; alt: Alt };
      for (const w of first.alt.exact) push(this.exact, w, c);
      for (const p of first.alt.prefixes) push(this.prefix, p.slice(0, 3), { p, c });
    }
  }

  /**
   * Patterns that may start at a word, in the order they are tried (exact ones, then prefix
   * ones), cached per word: one map look-up per token. Cleared when it grows large.
   */
  private readonly byWord = new Map<string, Compiled<T>[]>();

  /** @internal */
  startingAt(w: string): Compiled<T>[] {
    let list = this.byWord.get(w);
    if (list) return list;
    list = [...(this.exact.get(w) ?? [])];
    if (w.length >= 3) {
      const pl = this.prefix.get(w.slice(0, 3));
      // A pattern whose first token is both a word and a prefix of it may hit twice: harmless.
      if (pl) for (const { p, c } of pl) if (w.startsWith(p)) list.push(c);
    }
    if (this.byWord.size >= 50_000) this.byWord.clear();
    this.byWord.set(w, list);
    return list;
  }

  /** Every match in the tokens (all start positions; overlapping matches kept). */
  find(tokens: MatchToken[]): Hit<T>[] {
    const hits: Hit<T>[] = [];
    const words = tokens.map((t) => t.w);
    for (let i = 0; i < words.length; i++) {
      const list = this.startingAt(words[i]!);
      for (let k = 0; k < list.length; k++) tryAt(list[k]!, words, i, hits);
    }
    return hits;
  }
}

function tryAt<T>(c: Compiled<T>, words: string[], i: number, hits: Hit<T>[]): void {
  const end = c.elems.length === 1 ? i + 1 : matchFrom(c.elems, 1, words, i + 1);
  if (end >= 0) hits.push({ tag: c.tag, pattern: c.pattern, from: i, to: end });
}

type Starts<A, B> = { a: Compiled<A>[]; b: Compiled<B>[] } | null;

/**
 * Two indexes matched in one pass over the words (triggers and cues): one map look-up per word,
 * cached per word, null for the many words that start no pattern. Hits come out in the order
 * each index alone gives them.
 */
export class DualIndex<A, B> {
  private readonly byWord = new Map<string, Starts<A, B>>();
  constructor(private readonly ia: PatternIndex<A>, private readonly ib: PatternIndex<B>) {}

  startingAt(w: string): Starts<A, B> {
    let st = this.byWord.get(w);
    if (st !== undefined) return st;
    const a = this.ia.startingAt(w);
    const b = this.ib.startingAt(w);
    st = a.length || b.length ? { a, b } : null;
    if (this.byWord.size >= 50_000) this.byWord.clear();
    this.byWord.set(w, st);
    return st;
  }

  scan(words: string[], ha: Hit<A>[], hb: Hit<B>[]): void {
    for (let i = 0; i < words.length; i++) {
      const st = this.startingAt(words[i]!);
      if (st === null) continue;
      const { a, b } = st;
      for (let k = 0; k < a.length; k++) tryAt(a[k]!, words, i, ha);
      for (let k = 0; k < b.length; k++) tryAt(b[k]!, words, i, hb);
    }
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** Matches elems[e..] at words[t..]; returns the end word index or -1. Shortest gaps first. */
function matchFrom(elems: Elem[], e: number, words: string[], t: number): number {
  if (e >= elems.length) return t;
  const el = elems[e]!;
  if (el.kind === 'gap') {
    for (let g = 0; g <= el.max; g++) {
      const r = matchFrom(elems, e + 1, words, t + g);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (t >= words.length) return -1;
  if (!accepts(el.alt, words[t]!)) return -1;
  return matchFrom(elems, e + 1, words, t + 1);
}
