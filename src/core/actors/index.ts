import { boundedMemo } from '../engine/memo.js';
import { factsOf, fold, hasLowerFoldTraps, hasSig, lowerTextOf, smallSigSet, tokenize, tokensOf, TF_HYPHEN, TF_JOINED, TF_NONASCII, TF_SIG_SHIFT, TF_UPPER, wordSig, type Sentence, type Token } from '../engine/text.js';
import type { LanguagePack } from '../pack.js';
import type { ActorMention, ActorPack, ActorRule, ActorSpec } from './types.js';
import { COUNTRY_NAMES } from './data/countries.js';
import { COUNTRY_ADJECTIVES } from './data/adjectives.js';
export type { ActorMention, ActorPack, ActorRule, ActorSpec, ActorEntity, ActorType, ActorKind } from './types.js';
export { nameAt, fillCountry, countryName, ofCountry, resolveActors } from './names.js';
import { ofCountry } from './names.js';

/*
 * Actor recognition. Every pack's phrases are compiled once into a token trie keyed by folded
 * words, with `{C}` edges that consume a country or territory found in a second trie. A sentence
 * is tokenised once; at each token the longest phrase that passes its checks (case, protest/riot
 * context, proper-name guard) wins and the scan resumes after it; a bare country name before
 * a speech or attack verb is read there too ("Ukraine said", "Azerbaijan mengatakan"). Then, in
 * order: a bare noun next to a named actor joins it ("militan Hamas", "Taliban fighters");
 * official nouns around an actor make it an official ("juru bicara TNI", "army spokesman",
 * "spokesperson of the Kano State Police Command"); a rank and name right after a state body
 * is its officer ("Kapolda Papua Irjen X", "Divisi Humas Polri, Brigjen Y").
 * Cost: one map look-up per token plus the phrases that start there (≈0.3 ms per 4 KB text).
 */

interface Place {
  code: string;
  /** English name for ACLED names. */
  name: string;
  adjective: string;
  /** A name (may stand alone as an actor) rather than an adjective. */
  isName: boolean;
}

interface CountryHit {
  end: number; // token index after the country
  place: Place;
}

interface Terminal {
  rule: ActorRule;
  order: number;
  /** The pattern's words per token position, null at slots (for `cased` checks). */
  words: (string | null)[];
}

interface Node {
  next: Map<string, Node>;
  /** `next` as a signature table (set when the pack is compiled). */
  tab?: SigTable<Node>;
  slotC?: Node;
  slotN?: Node;
  ends: Terminal[];
}

interface CountryNode {
  next: Map<string, CountryNode>;
  /** `next` as a signature table (set when the pack is compiled). */
  tab?: SigTable<CountryNode>;
  /** Places ending here, with the original spelling for case-sensitive acronyms. */
  ends: { place: Place; cased: string[] | null }[];
}

/** A word that starts a phrase or a country name, with the trie nodes it leads to (one look-up for all). */
interface First {
  node: Node | undefined;
  country: CountryNode | undefined;
  /**
   * When `node` ends no phrase by itself: a sieve of the signatures (cut to `mask`) of the words
   * that may follow it in a phrase, so that a token after which no phrase can go on is passed
   * without a walk ("the", "a" start many phrases and go on in few texts). null: always walk.
   */
  sieve: Uint32Array | null;
  mask: number;
  /** `node` has a country slot next: a country's first word after it may go on too. */
  slot: boolean;
  /**
   * When `country` names no country by itself: a sieve of the signatures (cut to `countryMask`)
   * of the words that may follow it in a country's name, so that a phrase opening with a country
   * slot ("{C} army") is not walked from "the" when no "the …" country follows. null: always walk.
   */
  countrySieve: Uint32Array | null;
  countryMask: number;
}

interface Compiled {
  root: Node;
  /** Words that start a phrase (bit 1) or a country name (bit 2). */
  first: Map<string, First>;
  /** `first` as a signature table. */
  firstTab: SigTable<First>;
  /** Signatures of the first words of the country names. */
  countryFirstSig: Uint32Array;
  /** Signatures of the words of `first` (a sieve before firstTab: most tokens start nothing). */
  firstSig: Uint32Array;
  countries: CountryNode;
  officialBefore: CountryNode; // reused as a plain phrase trie (ends unused but non-empty)
  officialAfter: CountryNode;
  speech: Set<string>;
  attack: Set<string>;
  aux: Set<string>;
  verbStop: Set<string>;
  notAfter: Set<string>;
  tailStop: Set<string>;
  leadWords: Set<string>;
  protest: RegExp | null;
  riot: RegExp | null;
  cuePair: CuePair | null;
  /**
   * cuePair for the document's lower-cased text (case-sensitive patterns of the lower-cased cues:
   * the i flag makes the scan several times slower); null unless every cue is ASCII.
   */
  cuePairLower: CuePair | null;
  pack: ActorPack;
  /** Cue positions of the last document read (a memo; same input, same answer). */
  cues?: { text: string; protest: number[]; riot: number[] };
}

const COMPILED = new WeakMap<object, Compiled>();
const ARMED = new Set(['force', 'group']);

/** Whether a string has a character outside ASCII (same as /[^\x00-\x7f]/, without a regex call). */
function nonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return true;
  return false;
}
function foldWord(s: string): string {
  const lower = s.toLowerCase();
  return nonAscii(lower) ? fold(s) : lower;
}

/** A cheap signature of a word (the engine's wordSig: first three and last two characters, length). */
const sig = wordSig;

/** fold() of the non-ASCII words seen lately ("’", "“", names with diacritics recur in a text). */
const foldCached = boundedMemo(4096, (w: string): string => fold(w));

function isUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = w[0]!;
  return ch !== ch.toLowerCase();
}

const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
function words(phrase: string): string[] {
  if (PLAIN.test(phrase)) return phrase.split(' ');
  const out: string[] = [];
  for (const t of splitPossessive(tokenize(phrase))) {
    const rel = t.text.includes('-') ? RELATION.exec(t.text) : null;
    if (rel) out.push(rel[1]!, '-', rel[2]!);
    else out.push(t.text);
  }
  return out;
}

function newNode(): Node {
  return { next: new Map(), ends: [] };
}

function expand(pattern: string): string[][] {
  // Each item → list of alternatives, each alternative a list of words ([] for an omitted optional item).
  const items = pattern.trim().split(/\s+/).map((item) => {
    const optional = item.endsWith('?') && item.length > 1;
    const body = optional ? item.slice(0, -1) : item;
    const alts = body.split('|').map((a) => (a === '{C}' || a === '{N}' || a === "'s" ? [a] : words(a.replace(/_/g, ' '))));
    if (optional) alts.push([]);
    return alts;
  });
  let seqs: string[][] = [[]];
  for (const alts of items) {
    const next: string[][] = [];
    for (const s of seqs) for (const a of alts) next.push([...s, ...a]);
    seqs = next;
  }
  return seqs.filter((s) => s.length > 0);
}

function insertRule(root: Node, seq: string[], term: Terminal): void {
  let node = root;
  for (const w of seq) {
    if (w === '{C}') node = node.slotC ??= newNode();
    else if (w === '{N}') node = node.slotN ??= newNode();
    else {
      const k = foldWord(w);
      let n = node.next.get(k);
      if (!n) node.next.set(k, (n = newNode()));
      node = n;
    }
  }
  node.ends.push(term);
}

function insertPhrase(root: CountryNode, phrase: string, place: Place | null): void {
  const ws = words(phrase);
  if (ws.length === 0) return;
  let node = root;
  for (const w of ws) {
    const k = foldWord(w);
    let n = node.next.get(k);
    if (!n) node.next.set(k, (n = { next: new Map(), ends: [] }));
    node = n;
  }
  const acronym = ws.every((w) => /^[\p{Lu}.]+$/u.test(w)) && phrase.replace(/\./g, '').length <= 4;
  if (place) {
    // First registration of a spelling wins (packs list the intended country first).
    if (node.ends.some((e) => e.place.isName || !place.isName)) return;
    node.ends.push({ place, cased: acronym ? ws : null });
  } else if (node.ends.length === 0) {
    node.ends.push({ place: { code: '', name: '', adjective: '', isName: false }, cased: null });
  }
}

/** The sieve of First.sieve for a phrase node (null when it ends a phrase itself): 64 bits a word, 256 to 4096 bits. */
function nextSieve(node: Node | CountryNode): Uint32Array | null {
  if (node.ends.length > 0) return null;
  let bits = 256;
  while (bits < 4096 && bits < 64 * node.next.size) bits <<= 1;
  const set = new Uint32Array(bits >>> 5);
  for (const k of node.next.keys()) {
    const h = wordSig(k) & (bits - 1);
    set[h >>> 5]! |= 1 << (h & 31);
  }
  return set;
}

/**
 * A word-keyed table looked up by the word's signature first (engine/text wordSig): open
 * addressing over plain arrays, so that a token whose signature is absent is answered without
 * its string, and a present one with one string comparison.
 */
interface SigTable<V> {
  /** The signature in each slot, -1 when empty (at least one slot is). */
  sigs: number[];
  keys: string[];
  vals: V[];
  mask: number;
}

function sigTable<V>(map: Map<string, V>): SigTable<V> {
  let size = 1;
  while (size < 2 * map.size) size <<= 1;
  const t: SigTable<V> = { sigs: new Array<number>(size).fill(-1), keys: new Array<string>(size).fill(''), vals: new Array<V>(size), mask: size - 1 };
  for (const [k, v] of map) {
    const h = wordSig(k);
    let x = h & t.mask;
    while (t.sigs[x] !== -1) x = (x + 1) & t.mask;
    t.sigs[x] = h;
    t.keys[x] = k;
    t.vals[x] = v;
  }
  return t;
}

/** The value of the sentence's token j (by its signature S[j] and folded form) in a table, or undefined. */
function tabAt<V>(t: SigTable<V>, j: number): V | undefined {
  const h = S[j]! >>> TF_SIG_SHIFT, sigs = t.sigs, mask = t.mask;
  for (let x = h & mask; ; x = (x + 1) & mask) {
    const y = sigs[x]!;
    if (y === -1) return undefined;
    if (y === h && t.keys[x] === fw(j)) return t.vals[x];
  }
}

/** The cues as one alternation, longest first. */
function cueAlternation(cues: readonly string[]): string {
  return [...cues].sort((a, b) => b.length - a.length).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

function cueRegex(cues: readonly string[], flags = 'giu'): RegExp | null {
  if (cues.length === 0) return null;
  return new RegExp(`(?:^|[^\\p{L}])(?:${cueAlternation(cues)})`, flags);
}

/**
 * Both cue lists at once: `any` finds where a cue of either list may match, and each list's sticky
 * regex is tried only there (one pass over the text instead of two). Null when a list is empty or
 * holds an empty cue (then each list's own regex scans the text).
 */
interface CuePair {
  any: RegExp;
  protest: RegExp;
  riot: RegExp;
}

function cuePair(protest: readonly string[], riot: readonly string[]): CuePair | null {
  if (!protest.length || !riot.length || protest.some((c) => !c) || riot.some((c) => !c)) return null;
  return { any: cueRegex([...protest, ...riot])!, protest: cueRegex(protest, 'iuy')!, riot: cueRegex(riot, 'iuy')! };
}

/**
 * cuePair run on lower-cased text: the cues lower-cased, the patterns without the i flag. For
 * cues of printable ASCII only, where an ASCII letter matches under the i and u flags exactly the
 * characters whose lower case it is (but "ſ"), and [^\p{L}] the same characters (but U+0345): see
 * hasLowerFoldTraps.
 */
function cuePairLower(protest: readonly string[], riot: readonly string[]): CuePair | null {
  if (!cuePair(protest, riot) || [...protest, ...riot].some((c) => !/^[\x20-\x7e]+$/.test(c))) return null;
  const lp = protest.map((c) => c.toLowerCase()), lr = riot.map((c) => c.toLowerCase());
  return { any: cueRegex([...lp, ...lr], 'gu')!, protest: cueRegex(lp, 'uy')!, riot: cueRegex(lr, 'uy')! };
}

function compile(pack: ActorPack): Compiled {
  const root = newNode();
  pack.rules.forEach((rule, order) => {
    for (const p of rule.patterns) {
      for (const seq of expand(p)) {
        insertRule(root, seq, { rule, order, words: seq.map((w) => (w === '{C}' || w === '{N}' ? null : w)) });
      }
    }
  });
  const countries: CountryNode = { next: new Map(), ends: [] };
  const stop = new Set((pack.countryNameStop ?? []).map(foldWord));
  const adjOf = (code: string) => COUNTRY_ADJECTIVES[code]?.[0] ?? COUNTRY_NAMES[code] ?? code;
  for (const e of pack.entities) {
    const place: Place = { code: e.country, name: e.name, adjective: e.adjective ?? e.name, isName: true };
    for (const n of e.names) insertPhrase(countries, n, place);
  }
  for (const [code, names] of Object.entries(pack.countryNames)) {
    const place: Place = { code, name: COUNTRY_NAMES[code] ?? code, adjective: adjOf(code), isName: true };
    for (const n of names) if (!stop.has(foldWord(n))) insertPhrase(countries, n, place);
  }
  for (const [code, adjs] of Object.entries(pack.countryAdjectives)) {
    const place: Place = { code, name: COUNTRY_NAMES[code] ?? code, adjective: adjOf(code), isName: false };
    for (const n of adjs) insertPhrase(countries, n, place);
  }
  const phraseTrie = (list: readonly string[]): CountryNode => {
    const t: CountryNode = { next: new Map(), ends: [] };
    for (const p of list) insertPhrase(t, p, null);
    return t;
  };
  const set = (xs: readonly string[]) => new Set(xs.map(foldWord));
  const first = new Map<string, First>();
  for (const [k, node] of root.next) first.set(k, { node, country: undefined, sieve: nextSieve(node), mask: 0, slot: !!(node.slotC || node.slotN), countrySieve: null, countryMask: 0 });
  for (const [k, country] of countries.next) {
    const e = first.get(k);
    if (e) e.country = country;
    else first.set(k, { node: undefined, country, sieve: null, mask: 0, slot: false, countrySieve: null, countryMask: 0 });
  }
  for (const e of first.values()) {
    if (e.sieve) e.mask = e.sieve.length * 32 - 1;
    if (e.country) e.countrySieve = nextSieve(e.country);
    if (e.countrySieve) e.countryMask = e.countrySieve.length * 32 - 1;
  }
  const firstTab = sigTable(first);
  const officialBefore = phraseTrie(pack.officialBefore);
  const officialAfter = phraseTrie(pack.officialAfter);
  // every node's children as a signature table
  const tabulate = (n: { next: Map<string, unknown>; tab?: SigTable<unknown>; slotC?: unknown; slotN?: unknown }): void => {
    n.tab = sigTable(n.next);
    for (const x of n.next.values()) tabulate(x as typeof n);
    if (n.slotC) tabulate(n.slotC as typeof n);
    if (n.slotN) tabulate(n.slotN as typeof n);
  };
  for (const t of [root, countries, officialBefore, officialAfter]) tabulate(t);
  return {
    root,
    first,
    firstTab,
    countryFirstSig: smallSigSet(countries.next.keys()),
    firstSig: smallSigSet(first.keys()),
    countries,
    officialBefore,
    officialAfter,
    speech: set(pack.speechVerbs),
    attack: set(pack.attackVerbs),
    aux: set(pack.verbAux),
    verbStop: set(pack.countryVerbStop),
    notAfter: set(pack.countryNotAfter),
    tailStop: set(pack.tailStop),
    leadWords: set(pack.leadWords ?? []),
    protest: cueRegex(pack.protestCues),
    riot: cueRegex(pack.riotCues),
    cuePair: cuePair(pack.protestCues, pack.riotCues),
    cuePairLower: cuePairLower(pack.protestCues, pack.riotCues),
    pack,
  };
}

/** Splits a possessive "'s" off its word ("Israel's" → "Israel", "'s"). */
function splitPossessive<T extends { start: number; end: number; text: string; lower: string }>(toks: T[]): T[] {
  const out: T[] = [];
  for (const t of toks) {
    const m = /^(.+)(['’]s)$/iu.exec(t.text);
    if (m && m[1]!.length > 1) {
      const cut = t.start + m[1]!.length;
      out.push({ ...t, end: cut, text: m[1]!, lower: m[1]!.toLowerCase() });
      out.push({ ...t, start: cut, text: m[2]!, lower: m[2]!.toLowerCase() });
    } else out.push(t);
  }
  return out;
}

/** The countries named from token i on, longest first; `start` is the country-trie node of token i when known (null: look it up). */
/**
 * countryAt results of the sentence being read, by token index (module level, reused: findActors
 * is not re-entered); an entry counts only when its stamp is the current sentence's.
 */
const CACHE: CountryHit[][] = [];
const CACHE_STAMP: number[] = [];
let STAMP = 0;

function countryAt(c: Compiled, toks: Token[], i: number, start: CountryNode | undefined | null): CountryHit[] {
  if (CACHE_STAMP[i] === STAMP) return CACHE[i]!;
  const out: CountryHit[] = [];
  let node: CountryNode | undefined = start === null ? tabAt(c.countries.tab!, i) : start;
  for (let j = i; node; ) {
    for (const e of node.ends) {
      if (e.cased && !e.cased.every((w, k) => toks[i + k]!.text === w)) continue;
      out.push({ end: j + 1, place: e.place });
    }
    if (++j >= toks.length) break;
    node = tabAt(node.tab!, j);
  }
  // (longest first, stable: an insertion sort allocates nothing)
  for (let k = 1; k < out.length; k++) {
    const x = out[k]!;
    let q = k - 1;
    while (q >= 0 && out[q]!.end < x.end) { out[q + 1] = out[q]!; q--; }
    out[q + 1] = x;
  }
  while (CACHE_STAMP.length < i) { CACHE_STAMP.push(-1); CACHE.push(out); }
  CACHE_STAMP[i] = STAMP;
  CACHE[i] = out;
  return out;
}

interface Candidate {
  end: number;
  term: Terminal;
  place: Place | null;
  /** Token range [slot0, slot1) of the country the phrase named; slot0 -1 when none. */
  slot0: number;
  slot1: number;
}

/**
 * State of the candidatesAt walk (module level: no closure per call; findActors is not re-entered).
 * W_out holds the walk's candidates in its first W_n entries; its objects are reused from call to
 * call (a candidate is read before the next walk and kept by nothing).
 */
const W_out: Candidate[] = [];
let W_n = 0;
let W_i = 0;
let W_toks: Token[] = [];
let W_c: Compiled | null = null;

/** `next`/`country`: the trie nodes of token j when already known (null: look them up). */
function walk(node: Node, j: number, place: Place | null, slot0: number, slot1: number, next: Node | undefined | null, country: CountryNode | undefined | null): void {
  const ends = node.ends;
  if (j > W_i) {
    for (let k = 0; k < ends.length; k++) {
      const o = W_out[W_n];
      if (o === undefined) W_out.push({ end: j, term: ends[k]!, place, slot0, slot1 });
      else { o.end = j; o.term = ends[k]!; o.place = place; o.slot0 = slot0; o.slot1 = slot1; }
      W_n++;
    }
  }
  if (j >= W_toks.length) return;
  const n = next === null ? tabAt(node.tab!, j) : next;
  if (n) walk(n, j + 1, place, slot0, slot1, null, null);
  if (node.slotC || node.slotN) {
    const hits = countryAt(W_c!, W_toks, j, country);
    for (let q = 0; q < hits.length; q++) {
      const h = hits[q]!;
      // (the first country slot of the phrase gives its range)
      const s0 = slot0 < 0 ? j : slot0, s1 = slot0 < 0 ? h.end : slot1;
      if (node.slotC) walk(node.slotC, h.end, place ?? h.place, s0, s1, null, null);
      if (node.slotN && h.place.isName) walk(node.slotN, h.end, place ?? h.place, s0, s1, null, null);
    }
  }
}

/**
 * Whether a phrase may start at token i (whose first-word entry is fe): false only when no
 * phrase can. A phrase of words goes on from the first word's node when that node ends one
 * itself, or a word of its continuations follows, or (after a country slot) a country's first
 * word; a phrase opening with a country slot, when the word names a country itself or a word
 * that may go on with it in a country's name follows.
 */
function mayGoOn(c: Compiled, fe: First, n: number, i: number): boolean {
  const h = i + 1 < n ? S[i + 1]! >>> TF_SIG_SHIFT : -1;
  if (fe.node !== undefined) {
    const sieve = fe.sieve;
    if (sieve === null) return true;
    if (h >= 0) {
      if (fe.slot && hasSig(c.countryFirstSig, h)) return true;
      const x = h & fe.mask;
      if ((sieve[x >>> 5]! & (1 << (x & 31))) !== 0) return true;
    }
  }
  if (fe.country !== undefined && (c.root.slotC || c.root.slotN)) {
    const cs = fe.countrySieve;
    if (cs === null) return true;
    if (h < 0) return false;
    const x = h & fe.countryMask;
    return (cs[x >>> 5]! & (1 << (x & 31))) !== 0;
  }
  return false;
}

/** The phrases that start at token i, longest first (then in the pack's order): the first W_n entries of W_out. */
function candidatesAt(c: Compiled, toks: Token[], i: number, first: First): number {
  W_n = 0;
  W_i = i;
  W_toks = toks;
  W_c = c;
  walk(c.root, i, null, -1, -1, first.node, first.country);
  // (a stable insertion sort: allocates nothing)
  const out = W_out, n = W_n;
  for (let k = 1; k < n; k++) {
    const x = out[k]!;
    let q = k - 1;
    while (q >= 0 && (out[q]!.end < x.end || (out[q]!.end === x.end && out[q]!.term.order > x.term.order))) { out[q + 1] = out[q]!; q--; }
    out[q + 1] = x;
  }
  return n;
}

function casedOk(term: Terminal, toks: Token[], i: number): boolean {
  // Literal words sit at the start of the pattern before any slot in every cased rule we write;
  // compare them position by position while no slot has been crossed.
  for (let k = 0; k < term.words.length; k++) {
    const w = term.words[k];
    if (w === null) return true;
    if (toks[i + k]?.text !== w) return false;
  }
  return true;
}

function phraseEndingAt(t: CountryNode, toks: Token[], end: number, maxLen = 4): number {
  // The earliest token index s such that toks[s..end) is a phrase of the trie; -1 when none.
  let best = -1;
  for (let s = Math.max(0, end - maxLen); s < end; s++) {
    let node: CountryNode | undefined = t;
    for (let j = s; j < end && node; j++) node = tabAt(node.tab!, j);
    if (node && node.ends.length > 0) {
      best = s;
      break;
    }
  }
  return best;
}

function phraseStartingAt(t: CountryNode, toks: Token[], start: number): number {
  let node: CountryNode | undefined = t;
  let best = -1;
  for (let j = start; j < toks.length && node; j++) {
    node = tabAt(node.tab!, j);
    if (node && node.ends.length > 0) best = j + 1;
  }
  return best;
}

type Rendered = Readonly<{ name: string; label: string; country: string | null; template: string | null }>;
/** render() results by spec and place (both live as long as the compiled pack); spread, never mutated. */
const RENDERED = new WeakMap<ActorSpec, Map<Place | null, Rendered>>();

function render(spec: ActorSpec, place: Place | null): Rendered {
  let bySpec = RENDERED.get(spec);
  if (!bySpec) RENDERED.set(spec, (bySpec = new Map()));
  let r = bySpec.get(place);
  if (!r) bySpec.set(place, (r = renderNew(spec, place)));
  return r;
}

function renderNew(spec: ActorSpec, place: Place | null): Rendered {
  const code = place?.code ?? spec.country ?? null;
  const cname = place?.name ?? (code ? COUNTRY_NAMES[code] ?? code : null);
  const adj = place?.adjective ?? (code ? COUNTRY_ADJECTIVES[code]?.[0] ?? cname : null);
  const labelT = spec.label ?? spec.name;
  if (cname) {
    return {
      name: ofCountry(spec.name, cname),
      label: labelT.replace(/\{country\}/g, cname).replace(/\{adj\}/g, adj ?? cname),
      country: code,
      template: null,
    };
  }
  const strip = (s: string) =>
    s
      .replace(/\s*\(\{country\}\)/g, '')
      .replace(/\s+of \{country\}/g, '')
      .replace(/\{(?:country|adj)\}\s*/g, '')
      .trim();
  const label = strip(labelT);
  return {
    name: strip(spec.name),
    label: label.charAt(0).toUpperCase() + label.slice(1),
    country: null,
    template: spec.name.includes('{country}') ? spec.name : null,
  };
}

/** The last pack asked for and its compiled tables (findActors runs once per sentence). */
let LAST: { actors: unknown; c: Compiled } | null = null;

function getCompiled(pack: LanguagePack): Compiled | null {
  const ap = pack.actors as Partial<ActorPack>;
  if (LAST && LAST.actors === ap) return LAST.c;
  if (!ap || !Array.isArray(ap.rules)) return null;
  let c = COMPILED.get(ap);
  if (!c) COMPILED.set(ap, (c = compile(ap as ActorPack)));
  LAST = { actors: ap, c };
  return c;
}

/** Compiles a pack's actor tables ahead of the first document (otherwise done on first use). */
export function prepareActors(pack: LanguagePack): void {
  getCompiled(pack);
}

/**
 * The protest and riot context of the sentence being read (findActors is not re-entered): 0 until
 * asked, then CTX_KNOWN with CTX_PROTEST and CTX_RIOT set as they hold.
 */
let CTX = 0;
const CTX_KNOWN = 1, CTX_PROTEST = 2, CTX_RIOT = 4;

function contextOf(c: Compiled, text: string, sentence: Sentence, which: 'protest' | 'riot'): boolean {
  if (CTX === 0) {
    // The sentence decides when it has a cue; otherwise the text around it, where a protest
    // that turned rough still reads as a protest.
    const cues = cuesOf(c, text, sentence);
    const sp = within(cues.protest, sentence.start - 1, sentence.end);
    const sr = within(cues.riot, sentence.start - 1, sentence.end);
    const w0 = sentence.start - 700;
    const w1 = sentence.end + 400;
    const wp = sp || within(cues.protest, w0, w1);
    const wr = sr || (!wp && within(cues.riot, w0, w1));
    CTX = CTX_KNOWN | (wp ? CTX_PROTEST : 0) | (wr ? CTX_RIOT : 0);
  }
  return (CTX & (which === 'protest' ? CTX_PROTEST : CTX_RIOT)) !== 0;
}

/** Whether the sentence being read is a headline in title case, memoised: 0 unknown, 1 no, 2 yes. */
let TITLE = 0;

/** A headline in title case: capitalised words say nothing about names there. */
function titleCase(toks: Token[]): boolean {
  if (TITLE === 0) {
    let n = 0;
    let up = 0;
    for (let k = 0; k < toks.length; k++) {
      if (/^\p{L}/u.test(toks[k]!.text)) {
        n++;
        if (S[k]! & TF_UPPER) up++;
      }
    }
    TITLE = n >= 4 && up / n > 0.85 ? 2 : 1;
  }
  return TITLE === 2;
}

/** Finds the actors named in one sentence. */
export function findActors(text: string, sentence: Sentence, pack: LanguagePack): ActorMention[] {
  const c = getCompiled(pack);
  if (!c) return [];
  const toks = sentenceTokens(sentence, c);
  TOKS = toks;
  STAMP++;
  CTX = 0;
  TITLE = 0;
  const out: (ActorMention & { t0: number; t1: number; rank?: boolean })[] = [];
  let i = 0;
  while (i < toks.length) {
    let taken = false;
    const sv = S[i]!;
    const tu = sv & TF_UPPER;
    const h = sv >>> TF_SIG_SHIFT;
    // (most tokens start nothing: one bit test, no string)
    const fe = hasSig(c.firstSig, h) ? tabAt(c.firstTab, i) : undefined;
    const first = fe === undefined ? undefined : (fe.node ? 1 : 0) | (fe.country ? 2 : 0);
    if (first !== undefined && (first & 1 || ((c.root.slotC || c.root.slotN) && first & 2)) && mayGoOn(c, fe!, toks.length, i)) {
      const nc = candidatesAt(c, toks, i, fe!);
      for (let ci = 0; ci < nc; ci++) {
        const cand = W_out[ci]!;
        const r = cand.term.rule;
        if (r.cased && !casedOk(cand.term, toks, i)) continue;
        if (r.context && !contextOf(c, text, sentence, r.context)) continue;
        if (r.generic && tu && i > 0) {
          const prev = toks[i - 1]!;
          // (a capitalised word before it, unless a lead word opening the sentence: "Almarhum Pratu AS tertembak")
          if (S[i - 1]! & TF_UPPER && /^\p{L}/u.test(prev.text) && fw(i - 1) !== 'the' && !titleCase(toks) && !(c.leadWords.has(fw(i - 1)) && firstWordAt(toks, i - 1))) continue;
        }
        let end = cand.end;
        if (r.tail) {
          let k = 0;
          const max = titleCase(toks) ? 1 : 3;
          while (end < toks.length && k < max && (S[end]! & TF_UPPER || /^\d+$/.test(toks[end]!.text)) && !c.tailStop.has(fw(end))) {
            end++;
            k++;
          }
          if (r.tailRequired && (k === 0 || !/^\p{L}/u.test(toks[end - 1]!.text))) continue;
        }
        if (r.actor) {
          // An attack noun is the event, not the actor: "serangan udara Israel" names Israel.
          const slotted = !!r.slotOnly && cand.slot0 >= 0;
          const a0 = slotted ? cand.slot0 : i, a1 = slotted ? cand.slot1 : end;
          const s = toks[a0]!.start;
          const e = toks[a1 - 1]!.end;
          const rd = render(r.actor, cand.place);
          const m: ActorMention & { t0: number; t1: number; rank?: boolean } = { start: s, end: e, text: text.slice(s, e), name: rd.name, label: rd.label, country: rd.country, template: rd.template, type: r.actor.type, kind: r.actor.kind, rule: r.id, t0: a0, t1: a1, rank: !!r.tailRequired };
          if (slotted) m.agentOf = { start: toks[i]!.start, end: toks[end - 1]!.end };
          out.push(m);
        }
        i = end;
        taken = true;
        break;
      }
    }
    if (!taken) {
      // A bare country name as the subject of a speech or attack verb.
      let h: CountryHit | undefined;
      if (tu && first !== undefined && first & 2) {
        const hits = countryAt(c, toks, i, fe!.country);
        for (let q = 0; q < hits.length; q++) if (hits[q]!.place.isName) { h = hits[q]!; break; }
      }
      if (h && !c.verbStop.has(fw(i)) && !(i > 0 && c.notAfter.has(fw(i - 1))) && !(i > 0 && S[i - 1]! & TF_UPPER && /^\p{L}/u.test(toks[i - 1]!.text) && !isSentenceStart(toks, i))) {
        let j = h.end;
        let n = 0;
        while (j < toks.length && n < 3 && c.aux.has(fw(j))) {
          j++;
          n++;
        }
        const verb = j < toks.length ? fw(j) : undefined;
        const kind = verb && c.speech.has(verb) ? 'speech' : verb && c.attack.has(verb) ? 'attack' : null;
        if (kind) {
          const s = toks[i]!.start;
          const e = toks[h.end - 1]!.end;
          const spec: ActorSpec = kind === 'speech' ? SPEAKING_COUNTRY : ATTACKING_COUNTRY;
          const rd = render(spec, h.place);
          out.push({ start: s, end: e, text: text.slice(s, e), name: rd.name, label: rd.label, country: rd.country, template: rd.template, type: 'state', kind: 'country', rule: c.pack.countryRule[kind], t0: i, t1: h.end });
          i = h.end;
          continue;
        }
      }
      i++;
    }
  }
  // A bare noun next to a named actor belongs to it: "militan Hamas", "pasukan TNI", "Taliban fighters".
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    if (a.t1 !== b.t0 || !ARMED.has(a.kind) || !ARMED.has(b.kind)) continue;
    const bare = a.template && !b.template ? 0 : b.template && !a.template ? 1 : -1;
    if (bare < 0) continue;
    const named = bare === 0 ? b : a;
    const start = a.start;
    const end = b.end;
    out.splice(k, 2, { ...named, start, end, text: text.slice(start, end), t0: a.t0, t1: b.t1 });
    k--;
  }
  // Officials: "juru bicara TNI", "Kabid Humas Polda Jateng", "army spokesman".
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.kind === 'civilians' || m.kind === 'protesters' || m.kind === 'rioters' || m.kind === 'official') continue;
    // A bare official noun just before ("spokesman" in "spokesman for the army") is folded in.
    const prev = k > 0 ? out[k - 1]! : null;
    const prevBare = !!prev && prev.kind === 'official' && prev.template !== null;
    const floor = prev && !prevBare ? prev.t1 : k > 1 ? out[k - 2]!.t1 : 0;
    // Skip a place name between the title and the body: "spokesperson of the Kano State Police Command".
    let b0 = m.t0;
    while (b0 > floor && m.t0 - b0 < 3 && S[b0 - 1]! & TF_UPPER && /^\p{L}/u.test(toks[b0 - 1]!.text) && tabAt(c.officialBefore.tab!, b0 - 1) === undefined) b0--;
    let s = phraseEndingAt(c.officialBefore, toks, m.t0);
    if (s < 0 && b0 < m.t0) s = phraseEndingAt(c.officialBefore, toks, b0);
    const e = phraseStartingAt(c.officialAfter, toks, m.t1);
    const next = k + 1 < out.length ? out[k + 1]! : null;
    const nextBare = !!next && next.kind === 'official' && next.template !== null;
    const ceil = next && !nextBare ? next.t0 : next ? next.t1 : toks.length;
    const ns = s >= floor ? s : -1;
    const ne = e > 0 && e <= ceil ? e : -1;
    if (ns < 0 && ne < 0) continue;
    const t0 = ns >= 0 ? ns : m.t0;
    const t1 = ne >= 0 ? ne : m.t1;
    const start = toks[t0]!.start;
    const end = toks[t1 - 1]!.end;
    const label = m.kind === 'country' ? `${m.label} officials` : `${m.label} official`;
    out[k] = { ...m, start, end, text: text.slice(start, end), kind: 'official', label, rule: `${c.pack.officialRule}+${m.rule}`, t0, t1 };
    if (nextBare && next && t1 > next.t0) out.splice(k + 1, 1);
    if (prevBare && prev && t0 < prev.t1) {
      out.splice(k - 1, 1);
      k--;
    }
  }
  // A rank and name right after a state body is one of its officers: "Kapolda Papua Irjen Fakhiri",
  // "Karo Penmas Divisi Humas Polri Brigjen Ahmad Ramadhan".
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1]!;
    const b = out[k]!;
    const apposition = a.t1 + 1 === b.t0 && toks[a.t1]!.text === ',';
    if (!b.rank || (a.t1 !== b.t0 && !apposition) || a.type !== 'state' || a.rank) continue;
    out.splice(k - 1, 2, { ...a, end: b.end, text: text.slice(a.start, b.end), kind: 'official', t1: b.t1, rank: false });
    k--;
  }
  // Without the working fields, keys in the order the mentions were built in.
  const res: ActorMention[] = new Array(out.length);
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    const r: ActorMention = { start: m.start, end: m.end, text: m.text, name: m.name, label: m.label, country: m.country, template: m.template, type: m.type, kind: m.kind, rule: m.rule };
    if (m.agentOf) r.agentOf = m.agentOf;
    res[k] = r;
  }
  return res;
}

const SPEAKING_COUNTRY: ActorSpec = { name: 'Government of {country}', type: 'state', kind: 'country', label: '{country}' };
const ATTACKING_COUNTRY: ActorSpec = { name: 'Military Forces of {country}', type: 'state', kind: 'country', label: '{country}' };

/** Ends in a possessive "'s" / "’s" / "'S" (as /['’][sS]$/). */
function possessive(w: string): boolean {
  const n = w.length;
  if (n < 2) return false;
  const s = w.charCodeAt(n - 1);
  const q = w.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019);
}
/** "Saudi-led", "Hamas-run", "Russian-backed": the name and its relation are read apart. */
const RELATIONS = new Set(['led', 'backed', 'run', 'controlled', 'allied', 'aligned', 'linked', 'affiliated', 'supported', 'sponsored', 'funded', 'held', 'occupied', 'administered', 'dominated', 'installed']);
/** Whether RELATION may match w: the part after its last hyphen, in lower case, is a relation word (a sieve before the regex). */
function mayRelate(w: string): boolean {
  const d = w.lastIndexOf('-');
  return d > 0 && w.length - d - 1 >= 3 && w.length - d - 1 <= 12 && RELATIONS.has(w.slice(d + 1).toLowerCase());
}
const RELATION = /^(.+?)-(led|backed|run|controlled|allied|aligned|linked|affiliated|supported|sponsored|funded|held|occupied|administered|dominated|installed)$/i;

/**
 * The folded form and capital flag of each token of the sentence being read, in arrays parallel
 * to its tokens (reused from sentence to sentence: findActors is not re-entered). F holds the
 * folded form only where FS is 1 (a token with a character outside ASCII, or one split or
 * checked for a split); any other token's folded form is its own lower case (see fw).
 */
const F: string[] = [];
/**
 * Each token's facts, as the engine's token facts read them (the signature above TF_SIG_SHIFT,
 * TF_UPPER), with S_FOLDED set where F holds the token's folded form: the engine's own facts
 * array when the sentence has no token with a joiner, a hyphen or a character outside ASCII (no
 * copy), else SBUF.
 */
let S: readonly number[] = [];
const SBUF: number[] = [];
/** A bit of an S value above the engine's flags: the token's folded form is F[j] (else its lower case). */
const S_FOLDED = 128;
/** The tokens of the sentence being read (sentenceTokens' result). */
let TOKS: Token[] = [];
/** The folded form of token j of the sentence being read. */
function fw(j: number): string {
  return (S[j]! & S_FOLDED) !== 0 ? F[j]! : TOKS[j]!.lower;
}

/** Appends a token split off a word (its folded form f) as token n of the sentence being read; returns n + 1. */
function pushPart(out: Token[], n: number, start: number, end: number, text: string, f: string, upper: boolean): number {
  out.push({ start, end, text, lower: text });
  F[n] = f;
  SBUF[n] = (sig(f) << TF_SIG_SHIFT) | (upper ? TF_UPPER : 0) | S_FOLDED;
  return n + 1;
}

/**
 * The sentence's tokens (shared with the other stages), a possessive "'s" split off; fills F and
 * U. The engine's own array comes back when no token is split.
 */
function sentenceTokens(sentence: Sentence, c: Compiled): Token[] {
  const src = tokensOf(sentence);
  const facts = factsOf(sentence);
  // A plain word (ASCII, no inner joiner or hyphen) splits never and folds to its lower case: its
  // facts are enough. A sentence of plain words reads the engine's facts themselves.
  let k = 0;
  while (k < src.length && (facts[k]! & (TF_NONASCII | TF_HYPHEN | TF_JOINED)) === 0) k++;
  if (k === src.length) {
    S = facts;
    return src;
  }
  const sb = SBUF;
  for (let q = 0; q < k; q++) sb[q] = facts[q]!;
  S = sb;
  let out: Token[] | null = null;
  let n = k;
  for (; k < src.length; k++) {
    const fa = facts[k]!;
    const upper = (fa & TF_UPPER) !== 0;
    if ((fa & (TF_NONASCII | TF_HYPHEN | TF_JOINED)) === 0) {
      if (out) out.push(src[k]!);
      sb[n++] = fa;
      continue;
    }
    const t = src[k]!;
    const w = t.text;
    const nonA = (fa & TF_NONASCII) !== 0;
    const f = nonA ? foldCached(w) : t.lower;
    const hyphen = (fa & TF_HYPHEN) !== 0;
    const rel = hyphen && w.length > 5 && mayRelate(w) ? RELATION.exec(w) : null;
    let split = false;
    if (rel) split = true;
    else if ((fa & (TF_JOINED | TF_NONASCII)) !== 0 && w.length > 3 && possessive(w)) split = true; // an inner apostrophe is a joiner
    else if (upper && hyphen && !c.countries.next.has(f) && !c.root.next.has(f)) {
      // (as w.split('-'): two parts of two characters or more, each capitalised)
      const d = w.indexOf('-');
      split = d > 1 && w.length - d > 2 && w.indexOf('-', d + 1) < 0 && isUpper(w) && isUpper(w.slice(d + 1, d + 2)) &&
        c.countries.next.has(foldWord(w.slice(0, d)));
    }
    if (!split) {
      if (out) out.push(t);
      // (an ASCII word with a joiner or hyphen folds to its lower case, its signature the engine's)
      if (nonA) {
        F[n] = f;
        sb[n++] = (sig(f) << TF_SIG_SHIFT) | (fa & TF_UPPER) | S_FOLDED;
      } else sb[n++] = fa;
      continue;
    }
    if (!out) out = src.slice(0, k);
    if (rel) {
      const a = rel[1]!;
      const b = rel[2]!;
      const cut = t.start + a.length;
      n = pushPart(out, n, t.start, cut, a, foldWord(a), upper);
      n = pushPart(out, n, cut, cut + 1, '-', '-', false);
      n = pushPart(out, n, cut + 1, t.end, b, b.toLowerCase(), false);
    } else if (w.length > 3 && possessive(w)) {
      const base = w.slice(0, -2);
      const cut = t.start + base.length;
      n = pushPart(out, n, t.start, cut, base, f.slice(0, -2), upper);
      n = pushPart(out, n, cut, t.end, w.slice(-2), "'s", false);
    } else {
      // "Azerbaijan-Armenia", "Israel-Hamas": two names joined, when the whole is no name itself.
      const parts = w.split('-');
      const cut = t.start + parts[0]!.length;
      n = pushPart(out, n, t.start, cut, parts[0]!, foldWord(parts[0]!), upper);
      n = pushPart(out, n, cut, cut + 1, '-', '-', false);
      n = pushPart(out, n, cut + 1, t.end, parts[1]!, foldWord(parts[1]!), true);
    }
  }
  return out ?? src;
}

/** Where protest and riot cues occur in a document; the last document is remembered per pack. */
function cuesOf(c: Compiled, text: string, sentence: Sentence): { protest: number[]; riot: number[] } {
  if (c.cues && c.cues.text === text) return c.cues;
  if (c.cuePairLower) {
    // (the document's lower case, when the sentence was cut from this text and it keeps offsets)
    const lower = lowerTextOf(sentence, text);
    if (lower !== null && !hasLowerFoldTraps(lower)) {
      c.cues = { text, ...findPair(c.cuePairLower, lower) };
      return c.cues;
    }
  }
  const find = (re: RegExp | null) => {
    const out: number[] = [];
    if (!re) return out;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      out.push(m.index);
      if (m[0].length === 0) re.lastIndex++;
    }
    return out;
  };
  c.cues = c.cuePair ? { text, ...findPair(c.cuePair, text) } : { text, protest: find(c.protest), riot: find(c.riot) };
  return c.cues;
}

/**
 * The matches of each list's global regex, as two exec loops over the text would find them: every
 * position where a cue of either list may match is visited in order, and a list's sticky regex is
 * tried there when its last match ends at or before it (its next match is the first such position
 * where it matches).
 */
function findPair(cp: CuePair, text: string): { protest: number[]; riot: number[] } {
  const protest: number[] = [], riot: number[] = [];
  let endP = 0, endR = 0;
  const any = cp.any;
  any.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = any.exec(text)) !== null) {
    const s = m.index;
    if (s >= endP) {
      cp.protest.lastIndex = s;
      if (cp.protest.test(text)) { protest.push(s); endP = cp.protest.lastIndex; }
    }
    if (s >= endR) {
      cp.riot.lastIndex = s;
      if (cp.riot.test(text)) { riot.push(s); endR = cp.riot.lastIndex; }
    }
    // (the next position a match may start at: one code point on)
    const ch = text.charCodeAt(s);
    any.lastIndex = s + (ch >= 0xd800 && ch <= 0xdbff && (text.charCodeAt(s + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
  }
  return { protest, riot };
}

/** Whether a sorted list of positions has one in [from, to). */
function within(xs: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < xs.length && xs[lo]! < to;
}

function isSentenceStart(toks: Token[], i: number): boolean {
  if (i === 0) return true;
  const p = toks[i - 1]!.text;
  return /^["“'‘(\[«:;—–-]$/.test(p);
}

/** Whether token k is the sentence's first word (only punctuation before it). */
function firstWordAt(toks: readonly Token[], k: number): boolean {
  for (let j = 0; j < k; j++) if (/^[\p{L}\p{N}]/u.test(toks[j]!.text)) return false;
  return true;
}
