/**
 * Token pattern matching for triggers and cues: patterns are compiled once per pack into an
 * index keyed by the first token (exact) or its first three letters (prefix), so matching a
 * sentence costs one map look-up per token.
 */

import { hasSig, sigSet, TF_JOINED, TF_NONASCII, TF_SIG_SHIFT, type Token } from '../engine/text.js';

export interface MatchToken {
  start: number;
  end: number;
  /** Folded: lower case, no diacritics. */
  w: string;
}

type Alt = {
  exact: Set<string>;
  prefixes: string[];
  byKey?: Map<number, string[]>;
  num?: boolean;
  /** The exact words as a bit set over a DualIndex's word ids (set by the index). */
  bits?: Uint32Array;
};
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

/** Folded words with their offsets, as parallel arrays (no object per word). */
export interface Words {
  w: string[];
  start: number[];
  end: number[];
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

/** Whether an element takes a word by its prefixes or as a number (exact words: see Alt.bits). */
function acceptsOther(alt: Alt, w: string): boolean {
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

  constructor(readonly items: Compiled<T>[]) {
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

}

/**
 * What a DualIndex knows of a word or token string: the patterns starting there, its id among
 * the words the patterns name after their first word (-1: none), and its kind: 0 ASCII letters
 * and digits (one word, itself), 1 other ASCII (its runs of letters and digits, `pieces`),
 * 2 not ASCII (read from the token's text).
 */
type Entry<A, B> = {
  a: Compiled<A>[]; b: Compiled<B>[]; id: number; kind: 0 | 1 | 2; pieces: Piece<A, B>[] | null; pa: Step<A>[] | null; pb: Step<B>[] | null;
  /** The b patterns kept when no a pattern matched (see DualIndex's `lean`), planned. */
  pl: Step<B>[] | null;
};

/**
 * How the patterns starting at a word are tried: in their order, but runs of patterns whose next
 * word (elems[1], or elems[2] after a gap of `width - 1`) must be one of a set of exact words
 * share a prefilter: when no word in that window is in the union of those sets, the whole run
 * is skipped (none of its patterns could match).
 */
type Step<T> = { list: Compiled<T>[]; width: number; union: Uint32Array | null };
type Piece<A, B> = { w: string; from: number; to: number; en: Entry<A, B> };

const SLOT_MASK = 4095;

/** The first three UTF-16 units of a word (of 3 or more), hashed to 16 bits. */
function head3(w: string): number {
  return (Math.imul((w.charCodeAt(0) << 16) ^ (w.charCodeAt(1) << 8) ^ w.charCodeAt(2), 0x9e3779b1) >>> 16) & 0xffff;
}

function kindOf(l: string): 0 | 1 | 2 {
  let kind: 0 | 1 | 2 = 0;
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (c > 0x7f) return 2;
    kind = 1;
  }
  return kind;
}

/**
 * Two indexes matched in one pass over the words (triggers and cues): one map look-up per token,
 * cached per string. The exact words of every later pattern element get an id, and each element
 * a bit set of them, so checking a following word is a bit test, not a string look-up. Hits come
 * out in the order each index alone gives them.
 */
export class DualIndex<A, B> {
  private readonly byWord = new Map<string, Entry<A, B>>();
  private readonly vocab = new Map<string, number>();
  private readonly none: Entry<A, B> = { a: [], b: [], id: -1, kind: 0, pieces: null, pa: [], pb: [], pl: [] };
  /**
   * Signatures (wordSig) of every word with an entry of its own (a pattern's first word or a later
   * element's word), and the first three letters of every first-word prefix (hashed, see head3):
   * an ASCII token whose signature and head are in neither is certainly `none`, no look-up.
   */
  private readonly sigs: Uint32Array;
  private readonly heads = new Uint8Array(1 << 16);
  private readonly slotW: (string | undefined)[] = new Array(SLOT_MASK + 1).fill(undefined);
  private readonly slotE: (Entry<A, B> | undefined)[] = new Array(SLOT_MASK + 1).fill(undefined);
  private readonly vocabSize: number;
  /** The words of the last scan and their offsets (valid until the next scan). */
  words: string[] = [];
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  private ids = new Int32Array(64);
  /** The words of the scan where some pattern starts (index and entry), in order: all match tries. */
  private starts_: Int32Array = new Int32Array(64);
  private readonly ents: Entry<A, B>[] = [];
  private ns = 0;
  private n = 0;

  /**
   * `lean`: the b patterns worth matching when no a pattern matched in the scan (the others'
   * hits are then left out of hb); all when not given.
   */
  constructor(private readonly ia: PatternIndex<A>, private readonly ib: PatternIndex<B>, private readonly lean?: (tag: B) => boolean) {
    const alts: Alt[] = [];
    const own: string[] = [];
    for (const c of [...ia.items, ...ib.items] as Compiled<unknown>[]) {
      const first = c.elems[0] as { kind: 'words'; alt: Alt };
      for (const w of first.alt.exact) own.push(w);
      for (const p of first.alt.prefixes) this.heads[head3(p)] = 1;
    }
    for (const c of [...ia.items, ...ib.items] as Compiled<unknown>[]) {
      for (let e = 1; e < c.elems.length; e++) {
        const el = c.elems[e]!;
        if (el.kind !== 'words') continue;
        alts.push(el.alt);
        for (const w of el.alt.exact) if (!this.vocab.has(w)) this.vocab.set(w, this.vocab.size);
      }
    }
    this.sigs = sigSet([...own, ...this.vocab.keys()]);
    const size = (this.vocab.size >>> 5) + 1;
    this.vocabSize = size;
    for (const alt of alts) {
      if (alt.bits) continue;
      const bits = new Uint32Array(size);
      for (const w of alt.exact) {
        const id = this.vocab.get(w)!;
        bits[id >>> 5]! |= 1 << (id & 31);
      }
      alt.bits = bits;
    }
  }

  private entry(w: string): Entry<A, B> {
    let en = this.byWord.get(w);
    if (en !== undefined) return en;
    const kind = kindOf(w);
    let pieces: Piece<A, B>[] | null = null;
    if (kind === 1) {
      pieces = [];
      for (let i = 0; i < w.length; ) {
        let c = w.charCodeAt(i);
        if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) { i++; continue; }
        const from = i;
        while (i < w.length && (((c = w.charCodeAt(i)) >= 97 && c <= 122) || (c >= 48 && c <= 57))) i++;
        const p = w.slice(from, i);
        pieces.push({ w: p, from, to: i, en: this.entry(p) });
      }
    }
    const a = kind === 1 ? [] : this.ia.startingAt(w);
    const b = kind === 1 ? [] : this.ib.startingAt(w);
    const id = kind === 1 ? -1 : (this.vocab.get(w) ?? -1);
    en = kind === 0 && !a.length && !b.length && id < 0 ? this.none : { a, b, id, kind, pieces, pa: null, pb: null, pl: null };
    if (this.byWord.size >= 50_000) this.byWord.clear();
    this.byWord.set(w, en);
    return en;
  }

  /** @internal Patterns starting at a word, null when none. */
  startingAt(w: string): { a: Compiled<A>[]; b: Compiled<B>[] } | null {
    const en = this.entry(w);
    return en.a.length || en.b.length ? en : null;
  }

  private add(w: string, start: number, end: number, en: Entry<A, B>): void {
    const k = this.n++;
    if (k >= this.ids.length) {
      const grow = (x: Int32Array) => { const y = new Int32Array(x.length * 2); y.set(x); return y; };
      this.ids = grow(this.ids);
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.words[k] = w;
    this.starts[k] = start;
    this.ends[k] = end;
    this.ids[k] = en.id;
    if (en.a.length !== 0 || en.b.length !== 0) {
      const j = this.ns++;
      if (j >= this.starts_.length) { const y = new Int32Array(this.starts_.length * 2); y.set(this.starts_); this.starts_ = y; }
      this.starts_[j] = k;
      this.ents[j] = en;
    }
  }

  /**
   * Matches a sentence's tokens (tokensOf): its folded words are what matchTokens gives for the
   * same text, read off the tokens instead of a second regex pass. A token of ASCII letters and
   * digits is one word, its `lower` as is; an ASCII token with joiners ("sit-in", "1.200") splits
   * at them; any other token goes through the regex and the fold. Tokens never split a run of
   * letters and digits, except around astral characters: returns false, matching nothing, when
   * a token holds a surrogate (the caller then uses scanWords(wordsOfText(…))).
   */
  scanTokens(tokens: readonly Token[], ha: Hit<A>[], hb: Hit<B>[], facts?: readonly number[]): boolean {
    this.n = 0;
    this.ns = 0;
    const sigs = this.sigs;
    const heads = this.heads;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const l = t.lower;
      if (l.length === 1) {
        // Punctuation is no word: skip it without a look-up.
        const c = l.charCodeAt(0);
        if (c < 0x80 && !((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) continue;
      }
      let en: Entry<A, B>;
      if (facts !== undefined) {
        // An ASCII word without joiners (kind 0) whose signature and head are in no table: none.
        const f = facts[k]!;
        const sig = f >>> TF_SIG_SHIFT;
        if ((f & (TF_NONASCII | TF_JOINED)) === 0 && !hasSig(sigs, sig) && (l.length < 3 || heads[head3(l)] === 0)) {
          this.add(l, t.start, t.end, this.none);
          continue;
        }
        // Else a small cache by signature: a string comparison, no hashing.
        const slot = sig & SLOT_MASK;
        if (this.slotW[slot] === l) en = this.slotE[slot]!;
        else { en = this.entry(l); this.slotW[slot] = l; this.slotE[slot] = en; }
      } else en = this.entry(l);
      if (en.kind === 0) {
        this.add(l, t.start, t.end, en);
      } else if (en.kind === 1) {
        const ps = en.pieces!;
        for (let j = 0; j < ps.length; j++) { const p = ps[j]!; this.add(p.w, t.start + p.from, t.start + p.to, p.en); }
      } else {
        const txt = t.text;
        for (let i = 0; i < txt.length; i++) {
          const c = txt.charCodeAt(i);
          if (c >= 0xd800 && c <= 0xdfff) { this.n = 0; this.ns = 0; return false; }
        }
        WORD_RE.lastIndex = 0;
        for (let m = WORD_RE.exec(txt); m; m = WORD_RE.exec(txt)) {
          const f = foldWord(m[0]);
          this.add(f, t.start + m.index, t.start + m.index + m[0].length, this.entry(f));
        }
      }
    }
    this.match(ha, hb);
    return true;
  }

  /** Groups a word's patterns into prefiltered runs (see Step). */
  private plan<T>(list: Compiled<T>[]): Step<T>[] {
    const steps: Step<T>[] = [];
    for (const c of list) {
      const w = headWidth(c);
      const last = steps[steps.length - 1];
      if (w > 0 && last && last.width === w) {
        last.list.push(c);
        orInto(last.union!, headAlt(c).bits!);
      } else if (w > 0) {
        const union = new Uint32Array(this.vocabSize);
        orInto(union, headAlt(c).bits!);
        steps.push({ list: [c], width: w, union });
      } else {
        steps.push({ list: [c], width: 0, union: null });
      }
    }
    return steps;
  }

  /** Matches words already folded (wordsOfText). */
  scanWords(words: Words, ha: Hit<A>[], hb: Hit<B>[]): void {
    this.n = 0;
    this.ns = 0;
    for (let k = 0; k < words.w.length; k++) this.add(words.w[k]!, words.start[k]!, words.end[k]!, this.entry(words.w[k]!));
    this.match(ha, hb);
  }

  private match(ha: Hit<A>[], hb: Hit<B>[]): void {
    const n = this.n;
    const ents = this.ents;
    const at = this.starts_;
    const ns = this.ns;
    const words = this.words;
    const ids = this.ids;
    const had = ha.length;
    for (let j = 0; j < ns; j++) {
      const en = ents[j]!;
      if (en.a.length !== 0) runSteps((en.pa ??= this.plan(en.a)), words, ids, n, at[j]!, ha);
    }
    const lean = this.lean !== undefined && ha.length === had;
    for (let j = 0; j < ns; j++) {
      const en = ents[j]!;
      const i = at[j]!;
      if (en.b.length === 0) continue;
      if (!lean) runSteps((en.pb ??= this.plan(en.b)), words, ids, n, i, hb);
      else {
        const pl = (en.pl ??= this.plan(en.b.filter((c) => this.lean!(c.tag))));
        if (pl.length !== 0) runSteps(pl, words, ids, n, i, hb);
      }
    }
  }
}

/** The element after the first word (after a gap, the word after it). */
function headAlt(c: Compiled<unknown>): Alt {
  const el = c.elems[1]!;
  return el.kind === 'words' ? el.alt : (c.elems[2] as { kind: 'words'; alt: Alt }).alt;
}

/**
 * How many words after the first one the head element may be found in (1 when it follows
 * directly, gap + 1 after a gap), or 0 when the pattern cannot be prefiltered: one word long, a
 * head with prefixes or numbers, or two gaps in a row.
 */
function headWidth(c: Compiled<unknown>): number {
  if (c.elems.length < 2) return 0;
  const el = c.elems[1]!;
  let width = 1;
  if (el.kind === 'gap') {
    if (c.elems[2]?.kind !== 'words') return 0;
    width = el.max + 1;
  }
  const alt = headAlt(c);
  return alt.prefixes.length || alt.num ? 0 : width;
}

function orInto(into: Uint32Array, bits: Uint32Array): void {
  for (let k = 0; k < into.length; k++) into[k]! |= bits[k]!;
}

function runSteps<T>(steps: Step<T>[], words: string[], ids: Int32Array, n: number, i: number, hits: Hit<T>[]): void {
  for (let s = 0; s < steps.length; s++) {
    const st = steps[s]!;
    const u = st.union;
    if (u !== null) {
      let any = false;
      const end = Math.min(n, i + 1 + st.width);
      for (let t = i + 1; t < end; t++) {
        const id = ids[t]!;
        if (id >= 0 && (u[id >>> 5]! >>> (id & 31)) & 1) { any = true; break; }
      }
      if (!any) continue;
    }
    const list = st.list;
    for (let k = 0; k < list.length; k++) tryIds(list[k]!, words, ids, n, i, hits);
  }
}

function tryIds<T>(c: Compiled<T>, words: string[], ids: Int32Array, n: number, i: number, hits: Hit<T>[]): void {
  const end = c.elems.length === 1 ? i + 1 : matchIds(c.elems, 1, words, ids, n, i + 1);
  if (end >= 0) hits.push({ tag: c.tag, pattern: c.pattern, from: i, to: end });
}

/** matchFrom over the first n words with their ids at hand: exact words checked in the element's bit set. */
function matchIds(elems: Elem[], e: number, words: string[], ids: Int32Array, n: number, t: number): number {
  if (e >= elems.length) return t;
  const el = elems[e]!;
  if (el.kind === 'gap') {
    for (let g = 0; g <= el.max; g++) {
      const r = matchIds(elems, e + 1, words, ids, n, t + g);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (t >= n) return -1;
  const alt = el.alt;
  const id = ids[t]!;
  if (!(id >= 0 && (alt.bits![id >>> 5]! >>> (id & 31)) & 1) && !acceptsOther(alt, words[t]!)) return -1;
  return matchIds(elems, e + 1, words, ids, n, t + 1);
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
