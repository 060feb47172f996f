/**
 * Token pattern matching for triggers and cues: patterns are compiled once per pack into an
 * index keyed by the first token (exact) or its first three letters (prefix), so matching a
 * sentence costs one map look-up per token.
 */

import { hasSig, smallSigSet, TF_JOINED, TF_NONASCII, TF_SIG_SHIFT, type Token } from '../engine/text.js';
import { doubled } from '../engine/arrays.js';

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
  /** Bit (c & 31) for the first unit c of every prefix: a word whose first unit has no bit takes none. */
  heads?: number;
  num?: boolean;
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
  const alt: Alt = { exact: new Set(), prefixes: [], byKey: undefined, heads: undefined, num: false };
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

/** What `/^\d+$/` says of a word. */
function allDigits(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) { const c = w.charCodeAt(i); if (c < 48 || c > 57) return false; }
  return true;
}

/** Whether an element takes a word by its prefixes or as a number (exact words: see Alt.bits). */
function acceptsOther(alt: Alt, w: string): boolean {
  if (alt.num && allDigits(w)) return true;
  const ps = alt.prefixes;
  if (ps.length === 0 || w.length < 3) return false;
  let heads = alt.heads;
  if (heads === undefined) {
    heads = 0;
    for (let k = 0; k < ps.length; k++) heads |= 1 << (ps[k]!.charCodeAt(0) & 31);
    alt.heads = heads;
  }
  if (((heads >>> (w.charCodeAt(0) & 31)) & 1) === 0) return false;
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
  /** The word (or token string) itself: what the scan's cache compares a token with. */
  w: string;
  a: Compiled<A>[]; b: Compiled<B>[]; id: number; kind: 0 | 1 | 2; pieces: Piece<A, B>[] | null;
  /** a.length and b.length (read without touching the lists). */
  na: number; nb: number;
  /** Some pattern starts here. */
  st: boolean;
  /** Where the planned runs (see DualIndex's program) of a and b start in `mem`; -1: not planned yet. */
  pa: number; pb: number;
  /** The b patterns kept when no a pattern matched (see DualIndex's `lean`), planned. */
  pl: number;
};

type Piece<A, B> = { w: string; from: number; to: number; en: Entry<A, B> };

/*
 * The patterns live in one Int32Array (`mem`), so that matching reads one contiguous block instead
 * of chasing pattern, element and bit-set objects around the heap.
 *
 * A pattern's code: its number, then its elements after the first, then END:
 *   GAP max                       up to `max` words skipped;
 *   IDS k other id1 … idk         the word's id is one of the k ids (k ≤ SMALL);
 *   SET off other                 the word's id is in the bit set at `off` in `pool`;
 * `other` is an index in `alts` (the element also takes words by prefix or as a number) or -1.
 *
 * The patterns starting at a word are tried in their order, but runs of patterns whose next word
 * (elems[1], or elems[2] after a gap of `width - 1`) must be one of a set of exact words share a
 * prefilter: when no word in that window is in the union of those sets, the whole run is skipped.
 * A planned list of runs: per run `width ulen [ulen/2 pairs: id, mask] count mask code1 … codeN`
 * (a pair's mask: the bits of the run's patterns whose head that id may be; ulen < 0: the union is
 * the bit set at -ulen - 1 in `pool`, and `mask` the run's entry in `masks`, else -1; width 0: no
 * prefilter), ended by -1.
 */
const END = 0;
const GAP = 1;
const IDS = 2;
const SET = 3;
/** Most patterns in one prefiltered run (their bits in a mask, see DualIndex.masks). */
const MASK_BITS = 30;
/** Largest id list kept inline (else a bit set). */
const SMALL = 8;

const SLOT_MASK = 4095;

/** Bits of head3. */
const HEAD_BITS = 13;

/** The first three UTF-16 units of a word (of 3 or more), hashed to HEAD_BITS bits. */
function head3(w: string): number {
  return Math.imul((w.charCodeAt(0) << 16) ^ (w.charCodeAt(1) << 8) ^ w.charCodeAt(2), 0x9e3779b1) >>> (32 - HEAD_BITS);
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
  private readonly none: Entry<A, B> = { w: '', a: [], b: [], id: -1, kind: 0, pieces: null, na: 0, nb: 0, st: false, pa: -1, pb: -1, pl: -1 };
  /**
   * Signatures (wordSig) of every word with an entry of its own (a pattern's first word or a later
   * element's word), and the first three letters of every first-word prefix (hashed, see head3):
   * an ASCII token whose signature and head are in neither is certainly `none`, no look-up.
   */
  private readonly sigs: Uint32Array;
  /**
   * The scan's cache of entries by signature (see scanTokens), two ways a set, the entry holding
   * its word: one array and the entry, no second array of words.
   */
  /** A bit set of head3 values (1 KB: the per-token tests stay in the processor's cache). */
  private readonly heads = new Uint32Array(1 << (HEAD_BITS - 5));
  private readonly slotE: Entry<A, B>[];
  private readonly vocabSize: number;
  /** Pattern code, then planned runs (appended as words are first met); see END. */
  private mem = new Int32Array(4096);
  private memLen = 0;
  /** Bit sets over word ids, vocabSize words each. */
  private pool = new Uint32Array(1024);
  private poolLen = 0;
  /** Per prefiltered run (see plan): head word id → bit set of the run's patterns it may start. */
  private readonly masks: Map<number, number>[] = [];
  /** Elements that also take words by prefix or as numbers. */
  private readonly alts: Alt[] = [];
  /** Pattern numbers → patterns; a pattern's code offset by pattern. */
  private readonly pats: Compiled<unknown>[] = [];
  private readonly codeOf = new Map<Compiled<unknown>, number>();
  /** The patterns' tags and texts by pattern number (a hit reads them without the pattern object). */
  private readonly patTags: unknown[] = [];
  private readonly patTexts: string[] = [];
  /** The offsets of the last scan's words (valid until the next scan). */
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  private ids = new Int32Array(64);
  /**
   * Where each word of the last scan is read (see wordAt): k ≥ 0, the lower case of token k of
   * `toks`; k < 0, `strs[-k - 1]`. Storing a token's index instead of its string keeps the
   * per-word store free of the garbage collector's write barrier.
   */
  private src = new Int32Array(64);
  private toks: readonly Token[] = [];
  private strs: readonly string[] = [];
  /** The words that are not a whole token's lower case (pieces, folded words), for `strs`. */
  private readonly own: string[] = [];
  private nOwn = 0;
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
    const own: string[] = [];
    const all = [...ia.items, ...ib.items] as Compiled<unknown>[];
    for (const c of all) {
      const first = c.elems[0] as { kind: 'words'; alt: Alt };
      for (const w of first.alt.exact) own.push(w);
      for (const p of first.alt.prefixes) { const h = head3(p); this.heads[h >>> 5]! |= 1 << (h & 31); }
    }
    for (const c of all) {
      for (let e = 1; e < c.elems.length; e++) {
        const el = c.elems[e]!;
        if (el.kind !== 'words') continue;
        for (const w of el.alt.exact) if (!this.vocab.has(w)) this.vocab.set(w, this.vocab.size);
      }
    }
    // (sized to the words, about 64 bits a word: a few KB read per token instead of 32 KB)
    this.sigs = smallSigSet([...own, ...this.vocab.keys()]);
    this.slotE = new Array<Entry<A, B>>(2 * (SLOT_MASK + 1)).fill(this.none);
    this.vocabSize = (this.vocab.size >>> 5) + 1;
    const altIndex = new Map<Alt, number>();
    const setOf = new Map<Alt, number>();
    for (const c of all) {
      if (this.codeOf.has(c)) continue;
      this.codeOf.set(c, this.memLen);
      this.emit(this.pats.length);
      this.pats.push(c);
      this.patTags.push(c.tag);
      this.patTexts.push(c.pattern);
      for (let e = 1; e < c.elems.length; e++) {
        const el = c.elems[e]!;
        if (el.kind === 'gap') { this.emit(GAP); this.emit(el.max); continue; }
        const alt = el.alt;
        let other = -1;
        if (alt.prefixes.length !== 0 || alt.num) {
          other = altIndex.get(alt) ?? -1;
          if (other < 0) { altIndex.set(alt, (other = this.alts.length)); this.alts.push(alt); }
        }
        const ids = [...alt.exact].map((w) => this.vocab.get(w)!);
        if (ids.length <= SMALL) {
          this.emit(IDS); this.emit(ids.length); this.emit(other);
          for (const id of ids) this.emit(id);
        } else {
          let off = setOf.get(alt);
          if (off === undefined) setOf.set(alt, (off = this.bitSet(ids)));
          this.emit(SET); this.emit(off); this.emit(other);
        }
      }
      this.emit(END);
    }
  }

  private emit(v: number): void {
    if (this.memLen === this.mem.length) this.mem = doubled(this.mem);
    this.mem[this.memLen++] = v;
  }

  /** A bit set of word ids in `pool`: its offset. */
  private bitSet(ids: Iterable<number>): number {
    const size = this.vocabSize;
    while (this.poolLen + size > this.pool.length) this.pool = doubled(this.pool);
    const off = this.poolLen;
    this.poolLen += size;
    for (const id of ids) this.pool[off + (id >>> 5)]! |= 1 << (id & 31);
    return off;
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
    en = { w, a, b, id, kind, pieces, na: a.length, nb: b.length, st: a.length !== 0 || b.length !== 0, pa: -1, pb: -1, pl: -1 };
    if (this.byWord.size >= 50_000) this.byWord.clear();
    this.byWord.set(w, en);
    return en;
  }

  /** @internal Patterns starting at a word, null when none. */
  startingAt(w: string): { a: Compiled<A>[]; b: Compiled<B>[] } | null {
    const en = this.entry(w);
    return en.a.length || en.b.length ? en : null;
  }

  /** The words of the last scan (a copy, for tests and debugging). */
  get words(): string[] {
    const out: string[] = [];
    for (let t = 0; t < this.n; t++) out.push(this.wordAt(t));
    return out;
  }

  /** Word t of the last scan. */
  private wordAt(t: number): string {
    const k = this.src[t]!;
    return k >= 0 ? this.toks[k]!.lower : this.strs[-k - 1]!;
  }

  private grow(): void {
    this.ids = doubled(this.ids);
    this.starts = doubled(this.starts);
    this.ends = doubled(this.ends);
    this.src = doubled(this.src);
  }

  /** Adds a word read from `src` (see src) at [start, end). */
  private add(src: number, start: number, end: number, en: Entry<A, B>): void {
    const k = this.n++;
    if (k >= this.ids.length) this.grow();
    this.src[k] = src;
    this.starts[k] = start;
    this.ends[k] = end;
    this.ids[k] = en.id;
    if (en.st) {
      const j = this.ns++;
      if (j >= this.starts_.length) this.starts_ = doubled(this.starts_);
      this.starts_[j] = k;
      this.ents[j] = en;
    }
  }

  /** Adds a word that is not a whole token's lower case. */
  private addOwn(w: string, start: number, end: number, en: Entry<A, B>): void {
    const j = this.nOwn++;
    this.own[j] = w;
    this.add(-j - 1, start, end, en);
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
    this.nOwn = 0;
    this.toks = tokens;
    this.strs = this.own;
    const sigs = this.sigs;
    const heads = this.heads;
    let hd = 0;
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
        if ((f & (TF_NONASCII | TF_JOINED)) === 0 && !hasSig(sigs, sig) && (l.length < 3 || ((heads[(hd = head3(l)) >>> 5]! >>> (hd & 31)) & 1) === 0)) {
          this.add(k, t.start, t.end, this.none);
          continue;
        }
        // Else a small cache by signature: a string comparison, no hashing.
        // (two ways per set: words whose signatures share the low bits do not push each other out)
        // (the signature reads only a word's first two and last letters and its length: "menewaskan",
        // "mengatakan" share one; the third and fourth letters part most such words)
        const slot = ((l.length >= 4 ? sig ^ (Math.imul(l.charCodeAt(2) | (l.charCodeAt(3) << 8), 0x9e3779b1) >>> 20) : sig) & SLOT_MASK) << 1;
        const se = this.slotE;
        en = se[slot]!;
        if (en.w !== l) {
          const e1 = se[slot + 1]!;
          // (the last one found first)
          en = e1.w === l ? e1 : this.entry(l);
          se[slot + 1] = se[slot]!;
          se[slot] = en;
        }
      } else en = this.entry(l);
      if (en.kind === 0) {
        this.add(k, t.start, t.end, en);
      } else if (en.kind === 1) {
        const ps = en.pieces!;
        for (let j = 0; j < ps.length; j++) { const p = ps[j]!; this.addOwn(p.w, t.start + p.from, t.start + p.to, p.en); }
      } else {
        const txt = t.text;
        for (let i = 0; i < txt.length; i++) {
          const c = txt.charCodeAt(i);
          if (c >= 0xd800 && c <= 0xdfff) { this.n = 0; this.ns = 0; return false; }
        }
        WORD_RE.lastIndex = 0;
        for (let m = WORD_RE.exec(txt); m; m = WORD_RE.exec(txt)) {
          const f = foldWord(m[0]);
          this.addOwn(f, t.start + m.index, t.start + m.index + m[0].length, this.entry(f));
        }
      }
    }
    this.match(ha, hb);
    return true;
  }

  /** Plans a word's patterns into prefiltered runs appended to `mem` (see END): their offset. */
  private plan<T>(list: Compiled<T>[]): number {
    type Run = { width: number; union: Set<number> | null; codes: number[]; heads: Set<number>[] };
    const runs: Run[] = [];
    for (const c of list) {
      const w = headWidth(c);
      const last = runs[runs.length - 1];
      const code = this.codeOf.get(c as Compiled<unknown>)!;
      if (w > 0) {
        const head = new Set<number>();
        for (const x of headAlt(c).exact) head.add(this.vocab.get(x)!);
        // (at most MASK_BITS patterns a run: see `masks`)
        if (last && last.width === w && last.codes.length < MASK_BITS) {
          last.codes.push(code);
          last.heads.push(head);
          for (const id of head) last.union!.add(id);
        } else {
          runs.push({ width: w, union: new Set(head), codes: [code], heads: [head] });
        }
      } else {
        runs.push({ width: 0, union: null, codes: [code], heads: [] });
      }
    }
    // Bit sets first: they may grow the pool, never `mem`.
    const unionAt = runs.map((r) => (r.union !== null && r.union.size > SMALL ? this.bitSet(r.union) : -1));
    const at = this.memLen;
    for (let k = 0; k < runs.length; k++) {
      const r = runs[k]!;
      // Which of the run's patterns each head word may start (bit j: the run's j-th pattern).
      const mask = new Map<number, number>();
      r.heads.forEach((head, j) => { for (const id of head) mask.set(id, (mask.get(id) ?? 0) | (1 << j)); });
      this.emit(r.width);
      if (r.union === null) this.emit(0);
      else if (unionAt[k]! >= 0) this.emit(-unionAt[k]! - 1);
      else {
        // (a short union: each id with its mask)
        this.emit(2 * r.union.size);
        for (const id of r.union) { this.emit(id); this.emit(mask.get(id)!); }
      }
      this.emit(r.codes.length);
      if (r.width > 0 && unionAt[k]! >= 0) {
        this.emit(this.masks.length);
        this.masks.push(mask);
      } else this.emit(-1);
      for (const c of r.codes) this.emit(c);
    }
    this.emit(-1);
    return at;
  }

  /** Matches words already folded (wordsOfText). */
  scanWords(words: Words, ha: Hit<A>[], hb: Hit<B>[]): void {
    this.n = 0;
    this.ns = 0;
    this.toks = [];
    this.strs = words.w;
    for (let k = 0; k < words.w.length; k++) this.add(-k - 1, words.start[k]!, words.end[k]!, this.entry(words.w[k]!));
    this.match(ha, hb);
  }

  private match(ha: Hit<A>[], hb: Hit<B>[]): void {
    const n = this.n;
    const ents = this.ents;
    const at = this.starts_;
    const ns = this.ns;
    const had = ha.length;
    for (let j = 0; j < ns; j++) {
      const en = ents[j]!;
      if (en.na === 0) continue;
      if (en.pa < 0) en.pa = this.plan(en.a);
      this.run(en.pa, n, at[j]!, ha as Hit<unknown>[]);
    }
    const lean = this.lean !== undefined && ha.length === had;
    for (let j = 0; j < ns; j++) {
      const en = ents[j]!;
      if (en.nb === 0) continue;
      if (!lean) {
        if (en.pb < 0) en.pb = this.plan(en.b);
        this.run(en.pb, n, at[j]!, hb as Hit<unknown>[]);
      } else {
        if (en.pl < 0) en.pl = this.plan(en.b.filter((c) => this.lean!(c.tag)));
        this.run(en.pl, n, at[j]!, hb as Hit<unknown>[]);
      }
    }
  }

  /** Runs a planned list (at `p` in mem) at word i of the first n words. */
  private run(p: number, n: number, i: number, hits: Hit<unknown>[]): void {
    const m = this.mem;
    const ids = this.ids;
    const pool = this.pool;
    for (;;) {
      const width = m[p]!;
      if (width < 0) return;
      const ulen = m[p + 1]!;
      const q = p + 2 + (ulen > 0 ? ulen : 0);
      const cnt = m[q]!;
      const c0 = q + 2;
      p = c0 + cnt;
      if (width > 0) {
        // Only the patterns whose head word is in the window can match (a head takes exact words
        // only): the bits of the window's words, none when no word is in the run's union.
        let mask = 0;
        const end = i + 1 + width < n ? i + 1 + width : n;
        if (ulen >= 0) {
          // (ids and their masks inline, in pairs)
          for (let t = i + 1; t < end; t++) {
            const id = ids[t]!;
            if (id >= 0) for (let k = q - ulen; k < q; k += 2) if (m[k] === id) { mask |= m[k + 1]!; break; }
          }
        } else {
          const off = -ulen - 1;
          let any = false;
          for (let t = i + 1; t < end; t++) {
            const id = ids[t]!;
            if (id >= 0 && (pool[off + (id >>> 5)]! >>> (id & 31)) & 1) { any = true; break; }
          }
          if (!any) continue;
          const mm = this.masks[m[q + 1]!]!;
          for (let t = i + 1; t < end; t++) {
            const id = ids[t]!;
            if (id >= 0) mask |= mm.get(id) ?? 0;
          }
        }
        for (let k = 0; mask !== 0 && k < cnt; k++, mask >>>= 1) if (mask & 1) this.tryCode(m[c0 + k]!, n, i, hits);
        continue;
      }
      for (let k = c0; k < p; k++) this.tryCode(m[k]!, n, i, hits);
    }
  }

  /** Tries the pattern whose code is at `code` at word i: a hit when it matches. */
  private tryCode(code: number, n: number, i: number, hits: Hit<unknown>[]): void {
    const end = this.matchCode(code + 1, n, i + 1);
    if (end >= 0) {
      const k = this.mem[code]!;
      hits.push({ tag: this.patTags[k], pattern: this.patTexts[k]!, from: i, to: end });
    }
  }

  /** Whether the word element (IDS or SET) at `e` takes word t (t < n). */
  private accepts(e: number, t: number): boolean {
    const m = this.mem;
    const id = this.ids[t]!;
    if (id >= 0) {
      if (m[e] === IDS) {
        const k = m[e + 1]!;
        for (let j = e + 3; j < e + 3 + k; j++) if (m[j] === id) return true;
      } else if (((this.pool[m[e + 1]! + (id >>> 5)]! >>> (id & 31)) & 1) !== 0) return true;
    }
    const other = m[e + 2]!;
    return other >= 0 && acceptsOther(this.alts[other]!, this.wordAt(t));
  }

  /** Matches pattern code from `e` at word t: one past the last word matched, or -1. */
  private matchCode(e: number, n: number, t: number): number {
    const m = this.mem;
    const ids = this.ids;
    for (;;) {
      const op = m[e]!;
      if (op === END) return t;
      if (op === GAP) {
        const max = m[e + 1]!;
        if (m[e + 2] === IDS || m[e + 2] === SET) {
          // The rest is tried only where the word after the gap fits (no call per skipped word).
          for (let g = 0; g <= max; g++) {
            if (t + g >= n) return -1;
            if (!this.accepts(e + 2, t + g)) continue;
            const r = this.matchCode(e + 2, n, t + g);
            if (r >= 0) return r;
          }
          return -1;
        }
        for (let g = 0; g <= max; g++) {
          const r = this.matchCode(e + 2, n, t + g);
          if (r >= 0) return r;
        }
        return -1;
      }
      if (t >= n) return -1;
      const id = ids[t]!;
      let ok = false;
      const other = m[e + 2]!;
      if (op === IDS) {
        const k = m[e + 1]!;
        if (id >= 0) for (let j = e + 3; j < e + 3 + k; j++) if (m[j] === id) { ok = true; break; }
        e += 3 + k;
      } else {
        ok = id >= 0 && ((this.pool[m[e + 1]! + (id >>> 5)]! >>> (id & 31)) & 1) !== 0;
        e += 3;
      }
      if (!ok && (other < 0 || !acceptsOther(this.alts[other]!, this.wordAt(t)))) return -1;
      t++;
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

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
