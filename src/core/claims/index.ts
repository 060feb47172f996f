/**
 * The claims ledger: who says so (attributions) and every killed / injured / missing / captured
 * figure with its count, qualifier, group, claimant and whether it is a running total.
 *
 * Rules (ids `<lang>/casualty/<rule>`), all driven by the pack's word tables (ClaimPack):
 * - `<outcome>-after`: "N warga sipil tewas", "N people were killed", "N others wounded"
 *   (a few words may sit between; an active verb with an object after it is skipped);
 * - `<outcome>-before`: "menewaskan N", "killing at least N", "ditangkap N orang";
 * - `toll` / `toll-head`: "korban tewas bertambah menjadi N", "death toll rose to N",
 *   "jumlah warga yang tewas … N"; `total`: "sehingga totalnya menjadi N" takes the outcome of the
 *   figure before it; `list`: "di Solo ada N orang" continuing a list of casualties;
 * - `bodies`: "N bodies", "mayat dua anggota"; `zero`: "tidak ada korban jiwa", "no one was hurt";
 * - `singular` / `singular-object`: one named or singular victim with no numeral ("Randi tewas",
 *   "a soldier was killed", "killed a teacher");
 * - `breakdown`: "…, including four children" (breakdown=true, with the outcome of the figure it breaks down).
 * Breakdowns are also: partitives of a figure with the same outcome ("two of whom were killed"),
 * parts after "Dari N …", parts "among the dead", and figures of one sentence that add up to a
 * figure stated elsewhere. Repeats of one figure (headline, lead, body) point to one primary
 * (`repeatOf`); `primaryFigures()` gives the ledger without breakdowns and repeats.
 *
 * Groups: civilian (warga, villagers, children, protesters…), military (anyone armed or in uniform:
 * soldiers, police, militants, armed groups — ACLED does not count them as civilians), unknown.
 * Claimants: "X said"/"X mengatakan" (the nearest cue before the figure, else the first after it),
 * "according to X"/"menurut X", '…," kata X', pronouns and "the ministry" resolved to the previous
 * claimant, a quote spanning sentences, and a sentence continuing its paragraph's speaker.
 * No claimant (null) = the outlet itself.
 */
import type { LanguagePack } from '../pack.js';
import { factsOf, fold, hasSig, smallSigSet, tokensOf, TF_SIG_SHIFT, wordSig, type Sentence, type Token } from '../engine/text.js';
import type { NumberMention } from '../numbers/types.js';
import type { DateMention } from '../dates/types.js';
import type { PlaceMention } from '../places/types.js';
import type { ActorMention } from '../actors/types.js';
import type { Claimant, Group, Outcome, Span } from '../types.js';
import type { Attribution, CasualtyMention, ClaimPack, OutcomeTable, Phrases } from './types.js';
import { fallbackNumbers } from './fallback-numbers.js';
import { alternation, WB_START } from '../engine/phrases.js';
export type { Attribution, CasualtyMention, ClaimPack } from './types.js';

/** Rule ids by language code and rule name ("en" + "casualty/toll" → "en/casualty/toll"), made once. */
const RULE_IDS = new Map<string, Map<string, string>>();
let RULE_CODE = '';
let RULE_NAMES = new Map<string, string>();

function rid(code: string, name: string): string {
  if (code !== RULE_CODE) {
    let m = RULE_IDS.get(code);
    if (!m) RULE_IDS.set(code, (m = new Map()));
    RULE_CODE = code;
    RULE_NAMES = m;
  }
  let id = RULE_NAMES.get(name);
  if (id === undefined) RULE_NAMES.set(name, (id = `${code}/${name}`));
  return id;
}
const AFTER_RULE: Record<Outcome, string> = { killed: 'casualty/killed-after', injured: 'casualty/injured-after', missing: 'casualty/missing-after', captured: 'casualty/captured-after' };
const BEFORE_RULE: Record<Outcome, string> = { killed: 'casualty/killed-before', injured: 'casualty/injured-before', missing: 'casualty/missing-before', captured: 'casualty/captured-before' };

/** What the claims stage reads: the reading stage's findings so far. */
export interface ClaimInput {
  sentences: Sentence[];
  numbers: NumberMention[];
  dates: DateMention[];
  places: PlaceMention[];
  actors: ActorMention[];
}

const OUTCOMES: readonly Outcome[] = ['killed', 'injured', 'missing', 'captured'];
const MAX_GAP_AFTER = 5;
/** The word told before an age between commas ("aged 27"). */
const AGE_WORD = /^(?:aged|age|berusia|umur|usia|berumur)$/i;
const MAX_GAP_BEFORE = 3;

function claimPack(pack: LanguagePack): ClaimPack | null {
  const c = pack.claims as Partial<ClaimPack>;
  return c && Array.isArray(c.speechVerbs) ? (c as ClaimPack) : null;
}

// ---------------------------------------------------------------- phrase matching

// Phrase tables are compiled once into word ids: every word of every table gets a number
// (VOCAB), a token's id is looked up once (cached on the token), and a table is indexed by the
// id of its first and last word. Matching a phrase then compares small integers.
const VOCAB = new Map<string, number>();

/**
 * The words of VOCAB and the one-character quote marks by word signature (engine wordSig, which
 * the engine's token facts hold): a small open-addressing table, one int per slot: the signature
 * in the high bits, the word's id + 1 (or SIG_QUOTE + 1) in the low SIG_ID_BITS, 0 empty; at most
 * half full. A token is then found by its signature and one string comparison, no hashing of its
 * string; most tokens of no table stop at an empty slot. (One int a slot keeps the table small —
 * a few KB — so that it stays in the processor's cache between documents.)
 */
const SIG_ID_BITS = 13;
const SIG_ID_MASK = (1 << SIG_ID_BITS) - 1;
/** The value of a quote mark's signature (the token's text decides). */
const SIG_QUOTE = SIG_ID_MASK - 1;
let SIG_TABLE = new Int32Array(1024);
let SIG_USED = 0;
/** More words than the table's ids can hold: docIds then looks every token up by its string. */
let SIG_FULL = false;
/** The words of VOCAB by id. */
const VOCAB_WORDS: string[] = [];

function sigInsert(sig: number, v: number): void {
  if ((SIG_USED + 1) * 2 > SIG_TABLE.length) {
    const old = SIG_TABLE;
    SIG_TABLE = new Int32Array(old.length * 2);
    SIG_USED = 0;
    for (let h = 0; h < old.length; h++) if (old[h] !== 0) sigInsert(old[h]! >>> SIG_ID_BITS, (old[h]! & SIG_ID_MASK) - 1);
  }
  const mask = SIG_TABLE.length - 1;
  let h = sig & mask;
  while (SIG_TABLE[h] !== 0) h = (h + 1) & mask;
  SIG_TABLE[h] = (sig << SIG_ID_BITS) | (v + 1);
  SIG_USED++;
}
for (const q of ['"', '“', '”', '″', "'", '‘', '’', '«', '»']) sigInsert(wordSig(q), SIG_QUOTE);

function wordId(w: string): number {
  let id = VOCAB.get(w);
  if (id === undefined) {
    id = VOCAB.size;
    VOCAB.set(w, id);
    VOCAB_WORDS.push(w);
    if (id >= SIG_QUOTE) SIG_FULL = true;
    else sigInsert(wordSig(w), id);
  }
  return id;
}

/** The vocabulary id of a word, -1 when it is in no table. */
function lookup(w: string): number {
  return VOCAB.get(w) ?? -1;
}

/**
 * The ids of the tokens of the sentence being read: one flat array for the whole document (one
 * look-up per token, made once per document and shared by findAttributions and findCasualties);
 * the current sentence's ids start at CUR_BASE. Tokens of any other array are looked up one by one.
 */
let CUR_TOKS: readonly Token[] | null = null;
let CUR_IDS: Int32Array = new Int32Array(0);
let CUR_BASE = 0;
let CUR_FLAGS: Uint32Array = new Uint32Array(0);

/** The start flags (B_* bits of the pack) of token i of the current sentence (which must exist). */
function flagAt(i: number): number {
  const id = CUR_IDS[CUR_BASE + i]!;
  return id >= 0 && id < CUR_FLAGS.length ? CUR_FLAGS[id]! : 0;
}

/** Bits of a pack's start flags: a phrase of that table starts with the word. */
const B_CUE = 1; // any attribution cue (source preps, passive source, speech verbs)
const B_ZERO = 2;
const B_ZERO_DET = 4;
const B_BEFORE = 8;
const B_SINGULAR = 16;
const B_DEATH = 32;
const B_TALLY = 64;
const B_SINCE = 128;
const B_SEVERITY = 256;
const B_BREAKDOWN = 4096; // a breakdown cue ("including")
/** Bits of single tables, to pass a token without calling the matcher (start and end flags alike). */
const B_AFTER_O = 512; // the `after` outcome table
const B_COORD = 1024;
const B_BARRIER = 2048;
const B_PAUX = 1 << 13;
const B_AMONG = 1 << 14;
const B_BODIES = 1 << 15;
const B_TOLLNOUN = 1 << 16;
const B_TOLLLINK = 1 << 17;
const B_TOLLHEAD = 1 << 18;
const B_TOTAL = 1 << 19;
const B_SPEECH = 1 << 20;
const B_SRCPREP = 1 << 21;
const B_PASSRC = 1 << 22;
const B_INV = 1 << 23;
const B_PRONSFX = 1 << 24;
const B_SPKSTOP = 1 << 25;
const B_SPKPLACE = 1 << 26;
const B_PRONOUN = 1 << 27;
const B_ANAPH = 1 << 28; // anaphoric heads ("the ministry")
const B_CLAUSE = 1 << 31; // clause openers ("while"); the sign bit, tested with & like the others
/** Not start flags but marks of a sentence's mask: a quote mark " “ ” ″; any quote mark of QUOTES or ″. */
const B_QMARK = 1 << 29;
const B_ANY_QUOTE = 1 << 30;
/** A sentence with none of these (and no count) holds no casualty figure. */
const B_CASUALTY_NO_COUNT = B_ZERO | B_ZERO_DET | B_BEFORE | B_SINGULAR | B_DEATH;

/**
 * The word ids, per-sentence masks and tokens of one document. A sentence's mask has a table's
 * bit only when the sentence holds both a word that starts one of its phrases and a word that
 * ends one (a phrase of the table can be in the sentence); its start mask only asks for the first.
 */
interface DocIds {
  /** The document's sentences (NO_SENTENCES once released: the slot then only lends its buffers). */
  sentences: readonly Sentence[];
  /** The sentence objects when read (the array may change). */
  list: Sentence[];
  pack: ClaimPack;
  flags: Uint32Array;
  size: number;
  toks: Token[][];
  base: Int32Array;
  ids: Int32Array;
  masks: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
  /** Its slot in DOC_RING. */
  slot: number;
}
/**
 * The documents read last, in a ring (findCasualties reads the documents findAttributions read:
 * right after it for one document, or after the whole batch when readMany reads several). Each
 * slot keeps its buffers, reused by the document that takes the slot next.
 */
const DOC_SLOTS = 16;
const DOC_RING: (DocIds | null)[] = new Array(DOC_SLOTS).fill(null);
let DOC_NEXT = 0;
/**
 * Slots whose document was released, the latest last: the next document takes the latest, whose
 * buffers are still in the processor's cache (one document at a time: always the same slot).
 */
const FREE_SLOTS: number[] = [];

function docIds(sentences: readonly Sentence[], c: ClaimPack): DocIds {
  const n = sentences.length;
  for (let q = 0; q < DOC_SLOTS; q++) {
    const d = DOC_RING[q];
    if (!d || d.sentences !== sentences) continue;
    if (d.pack === c && d.size === VOCAB.size && d.list.length === n) {
      // the same sentence objects have the same (memoised) tokens
      let same = true;
      for (let k = 0; k < n && same; k++) same = sentences[k] === d.list[k];
      if (same) return d;
    }
  }
  const flags = packFlags(c);
  const ends = PACK_ENDS.get(c)!;
  const toks: Token[][] = new Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) total += (toks[k] = tokensOf(sentences[k]!)).length;
  // the buffers of the slot's previous document, when large enough
  let slot = FREE_SLOTS.length > 0 ? FREE_SLOTS.pop()! : -1;
  if (slot < 0) {
    slot = DOC_NEXT;
    DOC_NEXT = (DOC_NEXT + 1) % DOC_SLOTS;
  }
  const old = DOC_RING[slot];
  const base = old && old.base.length >= n + 1 ? old.base : new Int32Array(Math.max(n + 1, 64));
  const masks = old && old.masks.length >= n ? old.masks : new Uint32Array(Math.max(n, 64));
  const starts = old && old.starts.length >= n ? old.starts : new Uint32Array(masks.length);
  const ids = old && old.ids.length >= total ? old.ids : new Int32Array(Math.max(total, 1024));
  const table = SIG_TABLE;
  const smask = table.length - 1;
  const full = SIG_FULL;
  let p = 0;
  for (let k = 0; k < n; k++) {
    base[k] = p;
    let m = 0;
    let e = 0;
    let q = 0;
    // the engine's per-token facts hold each token's word signature: most tokens stop at an empty slot
    const tk = toks[k]!;
    let facts: readonly number[] | null = factsOf(sentences[k]!);
    if (facts.length !== tk.length) facts = null;
    for (let j = 0; j < tk.length; j++) {
      const sig = facts !== null ? facts[j]! >>> TF_SIG_SHIFT : wordSig(tk[j]!.lower);
      const key = sig << SIG_ID_BITS;
      let id = full ? lookup(tk[j]!.lower) : -1;
      for (let h = sig & smask; ; h = (h + 1) & smask) {
        const kh = table[h]!;
        if (kh === 0) break;
        if ((kh & ~SIG_ID_MASK) !== key) continue;
        const v = (kh & SIG_ID_MASK) - 1;
        if (v === SIG_QUOTE) {
          const tx = tk[j]!.text;
          if (tx.length === 1) {
            const ch = tx.charCodeAt(0);
            if (ch === 0x22 || ch === 0x201c || ch === 0x201d || ch === 0x2033) q |= B_QMARK | B_ANY_QUOTE;
            else if (ch === 0x27 || ch === 0x2018 || ch === 0x2019 || ch === 0xab || ch === 0xbb) q |= B_ANY_QUOTE;
          }
        } else if (id < 0 && VOCAB_WORDS[v] === tk[j]!.lower) id = v;
      }
      ids[p++] = id;
      if (id >= 0 && id < flags.length) {
        m |= flags[id]!;
        e |= ends[id]!;
      }
    }
    masks[k] = (m & e) | q;
    starts[k] = m;
  }
  base[n] = p;
  const out: DocIds = { sentences, list: sentences.slice(), pack: c, flags, size: VOCAB.size, toks, base, ids, masks, starts, ends, slot };
  DOC_RING[slot] = out;
  return out;
}

/** The sentences of a released slot (compared by identity only). */
const NO_SENTENCES: readonly Sentence[] = [];

/**
 * Lets go of a document's sentences and tokens once findCasualties has read it (its slot keeps
 * only the buffers), so that the ring holds no document longer than the claims stage reads it.
 * (The slot's own arrays are emptied in place: their fields keep one kind of array.)
 */
function releaseDoc(d: DocIds): void {
  if (d.sentences === NO_SENTENCES || DOC_RING[d.slot] !== d) return;
  d.sentences = NO_SENTENCES;
  FREE_SLOTS.push(d.slot);
  d.list.length = 0;
  d.toks.length = 0;
  if (CUR_IDS === d.ids) CUR_TOKS = null;
}

/** Makes sentence k of the document the current one for idAt and flagAt. */
function useSentence(d: DocIds, k: number): void {
  CUR_FLAGS = d.flags;
  CUR_ENDS = d.ends;
  CUR_MASK = d.masks[k]!;
  CUR_TOKS = d.toks[k]!;
  CUR_IDS = d.ids;
  CUR_BASE = d.base[k]!;
}

let CUR_ENDS: Uint32Array = new Uint32Array(0);
/** The mask of the current sentence. */
let CUR_MASK = 0;

/** The start flags (B_* bits of the current pack) of token i of `toks`; 0 past either end. */
function startFlags(toks: readonly Token[], i: number): number {
  if (i < 0 || i >= toks.length) return 0;
  const id = toks === CUR_TOKS ? CUR_IDS[CUR_BASE + i]! : lookup(toks[i]!.lower);
  return id >= 0 && id < CUR_FLAGS.length ? CUR_FLAGS[id]! : 0;
}

/** The end flags (B_* bits of the current pack: a phrase of the table ends with the word) of token i; 0 past either end. */
function endFlags(toks: readonly Token[], i: number): number {
  if (i < 0 || i >= toks.length) return 0;
  const id = toks === CUR_TOKS ? CUR_IDS[CUR_BASE + i]! : lookup(toks[i]!.lower);
  return id >= 0 && id < CUR_ENDS.length ? CUR_ENDS[id]! : 0;
}

/** The vocabulary id of token i (-1: in no table); the caller checks that token i exists. */
function idAt(toks: readonly Token[], i: number): number {
  return toks === CUR_TOKS ? CUR_IDS[CUR_BASE + i]! : lookup(toks[i]!.lower);
}

interface Entry {
  ids: Int32Array;
  len: number;
  outcome: Outcome;
  /** The result of outcomeAt / outcomeEndingAt for this phrase. */
  hit: { outcome: Outcome; len: number };
}

interface Compiled {
  /** phrases by the id of their first word, longest first */
  byFirst: (Entry[] | undefined)[];
  /** phrases by the id of their last word, longest first */
  byLast: (Entry[] | undefined)[];
  /** Bit sets of the ids with an entry in byFirst / byLast: small, so a miss touches little memory. */
  first: Uint32Array;
  last: Uint32Array;
  set: Set<string>;
}

function hasBit(bits: Uint32Array, id: number): boolean {
  const w = id >>> 5;
  return w < bits.length && (bits[w]! & (1 << (id & 31))) !== 0;
}
const COMPILED = Symbol('sitrep.claims.compiled');
type WithCompiled = { [COMPILED]?: Compiled };

function compileEntries(entries: Entry[]): Compiled {
  let max = 0;
  for (const e of entries) for (const id of e.ids) if (id > max) max = id;
  const c: Compiled = { byFirst: [], byLast: [], first: new Uint32Array((max >>> 5) + 1), last: new Uint32Array((max >>> 5) + 1), set: new Set() };
  for (const e of entries) {
    const f = e.ids[0]!;
    const l = e.ids[e.ids.length - 1]!;
    (c.byFirst[f] ??= []).push(e);
    (c.byLast[l] ??= []).push(e);
    c.first[f >>> 5]! |= 1 << (f & 31);
    c.last[l >>> 5]! |= 1 << (l & 31);
  }
  // longest first; among phrases of one length, the table order (for outcome tables: OUTCOMES order)
  for (const m of [c.byFirst, c.byLast]) for (const v of m) if (v) v.sort((x, y) => y.len - x.len);
  return c;
}

function entryOf(p: string, outcome: Outcome): Entry {
  const words = p.split(' ');
  const ids = Int32Array.from(words, wordId);
  return { ids, len: words.length, outcome, hit: Object.freeze({ outcome, len: words.length }) };
}

function compiled(phrases: Phrases): Compiled {
  const holder = phrases as unknown as WithCompiled;
  const have = holder[COMPILED];
  if (have) return have;
  const c = compileEntries(phrases.map((p) => entryOf(p, 'killed')));
  for (const p of phrases) c.set.add(p);
  Object.defineProperty(phrases, COMPILED, { value: c, enumerable: false, configurable: true });
  return c;
}

function compiledTable(table: OutcomeTable): Compiled {
  const holder = table as unknown as WithCompiled;
  const have = holder[COMPILED];
  if (have) return have;
  const entries: Entry[] = [];
  for (const o of OUTCOMES) for (const p of table[o]) entries.push(entryOf(p, o));
  const c = compileEntries(entries);
  Object.defineProperty(table, COMPILED, { value: c, enumerable: false, configurable: true });
  return c;
}

const PACKS_COMPILED = new WeakSet<ClaimPack>();

/**
 * Tables read only around a casualty figure of no stated group (scene words): matched on the
 * tokens' lower-case text, not given word ids — their common words ("desa", "home") would
 * otherwise cost a string comparison on every token. (Negations, read at every speech verb, have
 * ids: a look-up by id there is cheaper than hashing the token's string.)
 */
const STRING_TABLES = new Set(['civilianPlaces', 'militaryPlaces', 'clashWords', 'targetPreps']);
const STRING_COMPILED = new WeakMap<Phrases, Map<string, string[][]>>();

/** Length of the longest phrase of a string table at token i (0: none). */
function strAt(toks: readonly Token[], i: number, phrases: Phrases): number {
  const t = toks[i];
  if (!t) return 0;
  let m = STRING_COMPILED.get(phrases);
  if (!m) {
    m = new Map();
    for (const p of phrases) {
      const w = p.split(' ');
      const l = m.get(w[0]!);
      if (l) l.push(w);
      else m.set(w[0]!, [w]);
    }
    for (const l of m.values()) l.sort((x, y) => y.length - x.length);
    STRING_COMPILED.set(phrases, m);
  }
  const cands = m.get(t.lower);
  if (!cands) return 0;
  outer: for (const w of cands) {
    for (let k = 1; k < w.length; k++) if (toks[i + k]?.lower !== w[k]) continue outer;
    return w.length;
  }
  return 0;
}

/** Compiles every table of the pack, so that the vocabulary is complete before tokens get ids. */
function prepare(c: ClaimPack): void {
  if (PACKS_COMPILED.has(c)) return;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      if (v.every((x) => typeof x === 'string')) compiled(v as Phrases);
      return;
    }
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (OUTCOMES.every((k) => Array.isArray(o[k]))) compiledTable(o as unknown as OutcomeTable);
      for (const k of Object.keys(o)) if (o !== (c as unknown) || !STRING_TABLES.has(k)) walk(o[k]);
    }
  };
  walk(c);
  PACKS_COMPILED.add(c);
  CUR_TOKS = null; // ids read before these tables existed may be stale
}

const PACK_FLAGS = new WeakMap<ClaimPack, Uint32Array>();
/** End flags by word id: a phrase of that table ends with the word (made with the start flags). */
const PACK_ENDS = new WeakMap<ClaimPack, Uint32Array>();

/** Start flags by word id (B_* bits) for a prepared pack; words added to VOCAB later are in none of its tables. */
function packFlags(c: ClaimPack): Uint32Array {
  let flags = PACK_FLAGS.get(c);
  if (flags) return flags;
  flags = new Uint32Array(VOCAB.size);
  const ends = new Uint32Array(VOCAB.size);
  const mark = (cp: Compiled, bit: number): void => {
    cp.byFirst.forEach((v, id) => {
      if (v) flags![id]! |= bit;
    });
    cp.byLast.forEach((v, id) => {
      if (v) ends[id]! |= bit;
    });
  };
  for (const l of [c.sourcePreps, c.passiveSource, c.pronounSpeechSuffixes, c.invertedSpeechVerbs, c.speechVerbs, c.retroHeads]) mark(compiled(l), B_CUE);
  mark(compiledTable(c.zero), B_ZERO);
  mark(compiled(c.zeroDeterminers), B_ZERO_DET);
  mark(compiledTable(c.before), B_BEFORE);
  mark(compiledTable(c.singularOutcomes), B_SINGULAR);
  mark(compiled(c.deathSuffixes), B_DEATH);
  mark(compiled(c.tallyCues), B_TALLY);
  mark(compiled(c.sinceCues), B_SINCE);
  mark(compiled(c.severity), B_SEVERITY);
  mark(compiled(c.breakdownCues), B_BREAKDOWN);
  mark(compiledTable(c.after), B_AFTER_O);
  mark(compiled(c.coordinators), B_COORD);
  mark(compiled(c.barriers), B_BARRIER);
  mark(compiled(c.passiveAux), B_PAUX);
  // (a suspected identity and an age share the auxiliaries' bit: a sieve only, each table confirms)
  if (c.describers) mark(compiled(c.describers), B_PAUX);
  if (c.ageWords) mark(compiled(c.ageWords), B_PAUX);
  mark(compiled(c.amongWords), B_AMONG);
  mark(compiled(c.bodies), B_BODIES);
  mark(compiledTable(c.tollNouns), B_TOLLNOUN);
  mark(compiled(c.tollLinks), B_TOLLLINK);
  mark(compiled(c.tollHeads), B_TOLLHEAD);
  mark(compiled(c.totalWords), B_TOTAL);
  mark(compiled(c.speechVerbs), B_SPEECH);
  mark(compiled(c.sourcePreps), B_SRCPREP);
  mark(compiled(c.passiveSource), B_PASSRC);
  mark(compiled(c.invertedSpeechVerbs), B_INV);
  mark(compiled(c.pronounSpeechSuffixes), B_PRONSFX);
  mark(compiled(c.speakerStop), B_SPKSTOP);
  mark(compiled(c.speakerPlacePreps), B_SPKPLACE);
  mark(compiled(c.pronouns), B_PRONOUN);
  mark(compiled(c.anaphoricHeads), B_ANAPH);
  mark(compiled(c.clauseOpeners), B_CLAUSE);
  PACK_FLAGS.set(c, flags);
  PACK_ENDS.set(c, ends);
  return flags;
}

function idsAt(toks: readonly Token[], i: number, ids: Int32Array): boolean {
  for (let k = 0; k < ids.length; k++) {
    const t = toks[i + k];
    if (!t || idAt(toks, i + k) !== ids[k]) return false;
  }
  return true;
}

/** Longest phrase of the list matched at i. */
function anyAt(toks: readonly Token[], i: number, phrases: Phrases): number {
  const t = toks[i];
  if (!t) return 0;
  const id = idAt(toks, i);
  if (id < 0) return 0;
  const cp = compiled(phrases);
  if (!hasBit(cp.first, id)) return 0;
  const cands = cp.byFirst[id];
  if (!cands) return 0;
  for (const e of cands) if (idsAt(toks, i, e.ids)) return e.len;
  return 0;
}

/** Longest phrase of the list that ENDS at token i (inclusive); returns its length. */
function anyEndingAt(toks: readonly Token[], i: number, phrases: Phrases): number {
  const t = toks[i];
  if (!t) return 0;
  const id = idAt(toks, i);
  if (id < 0) return 0;
  const cp = compiled(phrases);
  if (!hasBit(cp.last, id)) return 0;
  const cands = cp.byLast[id];
  if (!cands) return 0;
  for (const e of cands) if (i - e.len + 1 >= 0 && idsAt(toks, i - e.len + 1, e.ids)) return e.len;
  return 0;
}

function outcomeAt(toks: readonly Token[], i: number, table: OutcomeTable): { outcome: Outcome; len: number } | null {
  const t = toks[i];
  if (!t) return null;
  const id = idAt(toks, i);
  if (id < 0) return null;
  const cp = compiledTable(table);
  if (!hasBit(cp.first, id)) return null;
  const cands = cp.byFirst[id];
  if (!cands) return null;
  for (const e of cands) if (idsAt(toks, i, e.ids)) return e.hit;
  return null;
}

function outcomeEndingAt(toks: readonly Token[], i: number, table: OutcomeTable): { outcome: Outcome; len: number } | null {
  const t = toks[i];
  if (!t) return null;
  const id = idAt(toks, i);
  if (id < 0) return null;
  const cp = compiledTable(table);
  if (!hasBit(cp.last, id)) return null;
  const cands = cp.byLast[id];
  if (!cands) return null;
  for (const e of cands) if (i - e.len + 1 >= 0 && idsAt(toks, i - e.len + 1, e.ids)) return e.hit;
  return null;
}

function has(phrases: Phrases, word: string): boolean {
  return compiled(phrases).set.has(word);
}

const NO_ACTORS: ActorMention[] = [];
const NO_TOKENS: Token[] = [];
const NO_ATTRIBUTIONS: Attribution[] = [];
/** Punctuation that ends a phrase: , ; : . ! ? ( ) [ ] — – (one UTF-16 unit each). */
function isPunctStop(x: string): boolean {
  if (x.length !== 1) return false;
  const ch = x.charCodeAt(0);
  return ch === 44 || ch === 59 || ch === 58 || ch === 46 || ch === 33 || ch === 63 || ch === 40 || ch === 41 || ch === 91 || ch === 93 || ch === 0x2014 || ch === 0x2013;
}

/** A quote mark: " “ ” ' ‘ ’ « » (one UTF-16 unit each). */
function isQuote(x: string): boolean {
  if (x.length !== 1) return false;
  const ch = x.charCodeAt(0);
  return ch === 0x22 || ch === 0x201c || ch === 0x201d || ch === 0x27 || ch === 0x2018 || ch === 0x2019 || ch === 0xab || ch === 0xbb;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the token holds a letter or a number (ASCII answered without a regex). */
function isWord(t: Token): boolean {
  const x = t.text;
  for (let k = 0; k < x.length; k++) {
    const ch = x.charCodeAt(k);
    if (ch >= 128) return WORD_CHAR.test(x);
    if ((ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- groups

/** The group a group word with vocabulary id `id` at token i names (a phrase of at most 3 words), or null. */
function groupWordGroup(toks: readonly Token[], i: number, id: number, c: ClaimPack): Group | null {
  if (groupWordAt(toks, i, id, c.military) > 0) return 'military';
  if (groupWordAt(toks, i, id, c.civilian) > 0) return 'civilian';
  return null;
}

/** Whether a "people" word ("people", "orang") is inside the actor's span. */
function peopleWithin(toks: readonly Token[], x: ActorMention, c: ClaimPack): boolean {
  for (let k = 0; k < toks.length; k++) {
    const y = toks[k]!;
    if (y.start >= x.start && y.end <= x.end && anyAt(toks, k, c.people) > 0) return true;
  }
  return false;
}

/** A phrase of at most 3 words at token i whose first word has id `first` (a stem of the token). */
function groupWordAt(toks: readonly Token[], i: number, first: number, phrases: Phrases): number {
  if (first < 0) return 0;
  const cp = compiled(phrases);
  if (!hasBit(cp.first, first)) return 0;
  const cands = cp.byFirst[first];
  if (!cands) return 0;
  outer: for (const e of cands) {
    if (e.len > 3) continue;
    for (let k = 1; k < e.len; k++) {
      const u = toks[i + k];
      if (!u || idAt(toks, i + k) !== e.ids[k]) continue outer;
    }
    return e.len;
  }
  return 0;
}

function groupOfTokens(toks: readonly Token[], from: number, to: number, c: ClaimPack, actors: ActorMention[]): Group {
  for (let i = from; i <= to && i < toks.length; i++) {
    const t = toks[i]!;
    // the word, then the word without each suffix of the pack ("prajuritnya" → "prajurit")
    const own = groupWordGroup(toks, i, idAt(toks, i), c);
    if (own) return own;
    const word = t.lower;
    for (const sfx of c.suffixes) {
      if (word.length > sfx.length + 2 && word.endsWith(sfx)) {
        const g = groupWordGroup(toks, i, lookup(word.slice(0, -sfx.length)), c);
        if (g) return g;
      }
    }
    // an actor read by the actors stage ("jihadists" → militia); generic "people" stays unknown
    let a: ActorMention | undefined;
    if (anyAt(toks, i, c.people) === 0) {
      for (const x of actors) {
        if (x.start <= t.start && x.end >= t.end && !peopleWithin(toks, x, c)) {
          a = x;
          break;
        }
      }
    }
    if (a) {
      if (a.type === 'civilians' || a.type === 'protesters') return 'civilian';
      if ((a.type === 'state' || a.type === 'rebel' || a.type === 'political_militia' || a.type === 'identity_militia') && a.kind !== 'government' && a.kind !== 'country' && a.kind !== 'official') return 'military';
    }
  }
  return 'unknown';
}

/** An actor that fights: a state force, a rebel group, a militia (not a government body or an official). */
function isArmedActor(a: ActorMention): boolean {
  return (a.type === 'state' || a.type === 'rebel' || a.type === 'political_militia' || a.type === 'identity_militia') && a.kind !== 'government' && a.kind !== 'official' && a.kind !== 'country';
}

/**
 * Whether tokens 0..to of the sentence describe an attack on civilians: the clause names
 * civilians (an actor the actors stage reads as civilians or protesters) or a place where
 * civilians are (a village, a market, a camp, homes), and nothing of a fight between armed sides
 * (a clash word, a military place such as a base or checkpoint, a military target after "on" /
 * "terhadap"). Tokens inside the spans of `skip` (the claimants' names) are not read. ACLED counts the dead of
 * an attack on civilians as civilians; the dead of a fight stay of no stated group.
 */
const SCENE_CIV = 1;
const SCENE_FIGHT = 2;
const SCENE_TARGET = 3;
const SCENES = new WeakMap<ClaimPack, Map<string, { kind: number; w: string[] }[]>>();
/** Word signatures of the first words of the scene tables, by pack: most tokens pass on a bit test. */
const SCENE_SIGS = new WeakMap<ClaimPack, Uint32Array>();

function sceneSig(c: ClaimPack): Uint32Array {
  let sig = SCENE_SIGS.get(c);
  if (!sig) {
    sig = smallSigSet(sceneTable(c).keys());
    SCENE_SIGS.set(c, sig);
  }
  return sig;
}

/** The scene words of a pack (civilian places, clash words and military places, target words) by first word, longest first. */
function sceneTable(c: ClaimPack): Map<string, { kind: number; w: string[] }[]> {
  let m = SCENES.get(c);
  if (m) return m;
  m = new Map();
  const add = (list: Phrases, kind: number): void => {
    for (const p of list) {
      const w = p.split(' ');
      const l = m!.get(w[0]!);
      if (l) l.push({ kind, w });
      else m!.set(w[0]!, [{ kind, w }]);
    }
  };
  add(c.clashWords, SCENE_FIGHT);
  add(c.militaryPlaces, SCENE_FIGHT);
  add(c.targetPreps, SCENE_TARGET);
  add(c.civilianPlaces, SCENE_CIV);
  for (const l of m.values()) l.sort((x, y) => y.w.length - x.w.length);
  SCENES.set(c, m);
  return m;
}

/** The scene word at token i: its kind and length (kind 0: none). */
function sceneAt(toks: readonly Token[], i: number, table: Map<string, { kind: number; w: string[] }[]>): { kind: number; len: number } {
  const cands = table.get(toks[i]!.lower);
  if (cands) {
    outer: for (const e of cands) {
      for (let k = 1; k < e.w.length; k++) if (toks[i + k]?.lower !== e.w[k]) continue outer;
      return { kind: e.kind, len: e.w.length };
    }
  }
  return NO_SCENE;
}
const NO_SCENE = Object.freeze({ kind: 0, len: 0 });

function civilianScene(toks: readonly Token[], facts: readonly number[] | null, to: number, c: ClaimPack, actors: readonly ActorMention[], skip: readonly Attribution[]): boolean {
  let civActor = false;
  for (const a of actors) if (a.type === 'civilians' || a.type === 'protesters') civActor = true;
  const table = sceneTable(c);
  const sig = sceneSig(c);
  let civ = false;
  const end = Math.min(to, toks.length - 1);
  const skipped = (t: Token): boolean => {
    for (const x of skip) if (t.start >= x.span.start && t.end <= x.span.end) return true;
    return false;
  };
  for (let k = 0; k <= end; k++) {
    if (facts !== null && !hasSig(sig, facts[k]! >>> TF_SIG_SHIFT)) continue;
    const sc = sceneAt(toks, k, table);
    if (sc.kind === 0 || skipped(toks[k]!)) continue;
    if (sc.kind === SCENE_FIGHT) return false;
    if (sc.kind === SCENE_TARGET) {
      for (let j = k + sc.len; j <= k + sc.len + 3 && j < toks.length; j++) {
        const u = toks[j]!;
        if (isPunctStop(u.text)) break;
        if (anyAt(toks, j, c.military) > 0 || strAt(toks, j, c.militaryPlaces) > 0) return false;
        for (const a of actors) if (a.start <= u.start && a.end >= u.end && isArmedActor(a)) return false;
      }
    } else civ = true;
  }
  if (civ) return true;
  if (!civActor) return false;
  const limit = toks[end]?.end ?? 0;
  for (const a of actors) {
    if ((a.type === 'civilians' || a.type === 'protesters') && a.end <= limit) {
      let inSkip = false;
      for (const x of skip) if (a.start >= x.span.start && a.end <= x.span.end) inSkip = true;
      if (!inSkip) return true;
    }
  }
  return false;
}

/** "…, including children", "termasuk perempuan dan anak-anak": a breakdown cue before a civilian group with no count, from token `from` to the next count. */
function includesCivilians(toks: readonly Token[], from: number, nums: readonly Num[], c: ClaimPack, mask: number): boolean {
  if ((mask & B_BREAKDOWN) === 0) return false;
  let stop = toks.length;
  for (const m of nums) if (m.a >= from && m.a < stop) stop = m.a;
  for (let k = from; k < stop; k++) {
    if ((flagAt(k) & B_BREAKDOWN) === 0) continue;
    const n = anyAt(toks, k, c.breakdownCues);
    if (n === 0) continue;
    // "including children", "including a 14-year-old boy" (one victim of no count of its own)
    let g = k + n;
    if (g < toks.length && isPhrase(toks, g, g, c.singularDeterminers)) {
      let h = g + 1;
      while (h < toks.length && h <= g + 3 && !isPunctStop(toks[h]!.text) && anyAt(toks, h, c.civilian) === 0 && anyAt(toks, h, c.military) === 0) h++;
      g = h;
    }
    if (g < toks.length && !numStartingAt(nums, g) && anyAt(toks, g, c.civilian) > 0 && anyAt(toks, g, c.military) === 0) return true;
  }
  return false;
}

/** Whether a phrase of the list starts at one of tokens from..to. */
function hasPhraseIn(toks: readonly Token[], from: number, to: number, phrases: Phrases): boolean {
  for (let k = Math.max(0, from); k <= to && k < toks.length; k++) if (anyAt(toks, k, phrases) > 0) return true;
  return false;
}

/** Whether the sentence tells of a fight (a clash word or a military place); its dead are of no stated group. */
function fightScene(toks: readonly Token[], facts: readonly number[] | null, c: ClaimPack): boolean {
  const table = sceneTable(c);
  const sig = sceneSig(c);
  for (let k = 0; k < toks.length; k++) {
    if (facts !== null && !hasSig(sig, facts[k]! >>> TF_SIG_SHIFT)) continue;
    if (sceneAt(toks, k, table).kind === SCENE_FIGHT) return true;
  }
  return false;
}

/** The engine's per-token facts of a sentence when they line up with its tokens, else null. */
function factsFor(s: Sentence, toks: readonly Token[]): readonly number[] | null {
  const f = factsOf(s);
  return f.length === toks.length ? f : null;
}

// ---------------------------------------------------------------- attributions

let QMASK = new Uint8Array(256);
/** All zeros, never written: the mask of a sentence with no quote mark. */
let NO_QUOTES = new Uint8Array(256);

/**
 * Marks the tokens inside quotation marks (straight quotes alternate open/close): 1 inside. The
 * array is reused by the next call; entries past the sentence's tokens mean nothing.
 */
function quoteMask(toks: readonly Token[], anyQuote: boolean): Uint8Array {
  const n = toks.length;
  if (!anyQuote) {
    if (NO_QUOTES.length < n) NO_QUOTES = new Uint8Array(Math.max(n, NO_QUOTES.length * 2));
    return NO_QUOTES;
  }
  if (QMASK.length < n) QMASK = new Uint8Array(Math.max(n, QMASK.length * 2));
  else QMASK.fill(0, 0, n);
  const mask = QMASK;
  // a sentence that starts inside a quote opened earlier: its first quote mark closes it
  let first = -1;
  let straight = 0;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!.text;
    if (t.length !== 1) continue;
    if (first < 0 && (isQuote(t) || t === '″')) first = i;
    if (t === '"') straight++;
  }
  if (first < 0) return mask; // no quote mark: nothing inside one
  const f = toks[first]!.text;
  let open = first !== 0 && (f === '”' || f === '″' || (f === '"' && straight % 2 === 1));
  for (let i = 0; i < n; i++) {
    const t = toks[i]!.text;
    if (t === '“' || t === '«') open = true;
    else if (t === '”' || t === '»' || t === '″') open = false;
    else if (t === '"') open = !open;
    else if (open) mask[i] = 1;
  }
  return mask;
}

const UPPER_INITIAL = /^\p{Lu}/u;
const HAS_DIGIT = /\d/;
const WS_RUN = /\s+/g;
const ONE_TWO_DIGITS = /^\d{1,2}$/;
const SLASH_OR_LETTER = /[/\p{L}]/u;
const ALL_LETTERS = /^\p{L}+$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const LOWER_AT_WORD_START = /\b\p{Ll}/gu;
/** A short capitalised abbreviation before a dot: "Oct", "Jan", "Lt". */
const ABBREV = /^\p{Lu}\p{Ll}{1,3}$/u;

/** The last speakerName call (the subject rule asks again for the span it just read). */
let SN_TOKS: readonly Token[] | null = null;
let SN_FROM = 0;
let SN_TO = 0;
let SN_PACK: ClaimPack | null = null;
let SN_OUT: { from: number; to: number } | null = null;

function speakerName(toks: readonly Token[], from: number, to: number, c: ClaimPack): { from: number; to: number } | null {
  if (toks === SN_TOKS && from === SN_FROM && to === SN_TO && c === SN_PACK) return SN_OUT;
  const out = readSpeakerName(toks, from, to, c);
  SN_TOKS = toks;
  SN_FROM = from;
  SN_TO = to;
  SN_PACK = c;
  SN_OUT = out;
  return out;
}

/**
 * A speaker's name with the plural possessive before it that the name's reading stopped at (the
 * apostrophe looks like a closing quote): "a doctors' group said" is the doctors' group, not "the
 * group" told before; "Sudanese doctors' group" keeps its capitalised words before it.
 */
function withPossessor(toks: readonly Token[], sp: { from: number; to: number }): { from: number; to: number } {
  const q = sp.from - 1;
  const ap = toks[q];
  const owner = toks[q - 1];
  if (!ap || !owner || (ap.text !== "'" && ap.text !== '\u2019') || owner.end !== ap.start || ap.end === toks[sp.from]!.start) return sp;
  const last = owner.lower.charCodeAt(owner.lower.length - 1);
  if (last !== 115 || !isWord(owner)) return sp; // a plural in -s: "doctors'", "activists'"
  let from = q - 1;
  while (from > 0 && isWord(toks[from - 1]!) && upperInitial(toks[from - 1]!.text) && toks[from - 1]!.end < toks[from]!.start) from--;
  return { from, to: sp.to };
}

function readSpeakerName(toks: readonly Token[], from: number, to: number, c: ClaimPack): { from: number; to: number } | null {
  // cut at stop words ("yang", "who"), strip leading/trailing fillers, punctuation
  let a = from;
  let b = to;
  // (none when one opens the span: "Hal itu disampaikan dalam rapat …" names no speaker)
  if (a <= b && (startFlags(toks, a) & B_SPKSTOP) !== 0 && !upperInitial(toks[a]!.text) && isPhrase(toks, a, a, c.speakerStop)) return null;
  for (let i = a; i <= b; i++) {
    // "Pihak berwenang di Nagorno-Karabakh", "officials in Kherson": a generic speaker and whose place
    const fl = startFlags(toks, i);
    const ofPlace = i > a && i < b && (fl & B_SPKPLACE) !== 0 && isPhrase(toks, i, i, c.speakerPlacePreps) && !upperInitial(toks[i - 1]!.text) && upperInitial(toks[i + 1]!.text) && toks.slice(i + 1, b + 1).every((t) => upperInitial(t.text) || t.text === '-');
    if (ofPlace) break;
    if (i > a && (fl & B_SPKSTOP) !== 0 && isPhrase(toks, i, i, c.speakerStop)) {
      // … unless the stop word is written in capitals inside a name: "Menteri Dalam Negeri"
      // … or a short linking word inside one: "Commission on Human Rights"
      const inName = i < b && upperInitial(toks[i - 1]!.text) && upperInitial(toks[i + 1]!.text) && (upperInitial(toks[i]!.text) || isPhrase(toks, i, i, c.speakerNameLinks));
      if (inName) continue;
      b = i - 1;
      break;
    }
  }
  // a dateline before the speaker: "JAYAPURA, CNN Indonesia - Kelompok X mengklaim" → "Kelompok X"
  for (let k = b - 1; k > a; k--) {
    const t = toks[k]!.text;
    if ((t === '-' || t === '–' || t === '—') && toks[k - 1]!.end < toks[k]!.start && toks[k]!.end < toks[k + 1]!.start) {
      a = k + 1;
      break;
    }
  }
  let changed = true;
  while (changed && a <= b) {
    changed = false;
    while (a <= b && (!isWord(toks[a]!) || isQuote(toks[a]!.text))) {
      a++;
      changed = true;
    }
    const n = anyAt(toks, a, c.speakerStripStart);
    if (n > 0 && a + n - 1 <= b) {
      a += n;
      changed = true;
    }
  }
  changed = true;
  while (changed && a <= b) {
    changed = false;
    while (b >= a && (!isWord(toks[b]!) || toks[b]!.text === '(')) {
      if (toks[b]!.text === ')') {
        // keep a trailing "(MoD)" abbreviation
        const open = toks.slice(a, b).map((t) => t.text).lastIndexOf('(');
        if (open >= 0) break;
      }
      b--;
      changed = true;
    }
    if (b >= a && toks[b]!.text === ')') break;
    const n = anyEndingAt(toks, b, c.speakerStripEnd);
    if (n > 0 && b - n >= a - 1) {
      b -= n;
      changed = true;
    }
  }
  if (a > b || b - a > 12) return null;
  return { from: a, to: b };
}

/** Whether the spans of the list are in order of start (then the first inside a span is found by binary search). */
function sortedByStart(list: readonly { start: number }[]): boolean {
  for (let k = 1; k < list.length; k++) if (list[k]!.start < list[k - 1]!.start) return false;
  return true;
}

/**
 * The country of the first item of the list (in list order) inside start..end that has one.
 * `sorted`: the list is in order of start (sortedByStart), so only the items starting inside are read.
 */
function countryWithin(list: readonly { start: number; end: number; country: string | null }[], sorted: boolean, start: number, end: number): string | null {
  let k = 0;
  if (sorted) {
    let hi = list.length;
    while (k < hi) {
      const mid = (k + hi) >> 1;
      if (list[mid]!.start < start) k = mid + 1;
      else hi = mid;
    }
  }
  for (; k < list.length; k++) {
    const x = list[k]!;
    if (sorted && x.start > end) break;
    if (x.start >= start && x.end <= end && x.country) return x.country;
  }
  return null;
}

function claimantOf(text: string, toks: readonly Token[], a: number, b: number, actors: readonly ActorMention[], actorsSorted: boolean, places: readonly PlaceMention[], placesSorted: boolean): { claimant: Claimant; span: Span } {
  const start = toks[a]!.start;
  const end = toks[b]!.end;
  const span = { start, end };
  const name = oneSpacedTokens(text, toks, a, b);
  const country = countryWithin(actors, actorsSorted, start, end) ?? countryWithin(places, placesSorted, start, end);
  return { claimant: { name, country }, span };
}

/** Whether a UTF-16 unit is JavaScript white space (as \s matches it). */
function isSpaceCode(ch: number): boolean {
  if (ch <= 32) return ch === 32 || (ch >= 9 && ch <= 13);
  if (ch < 0xa0) return false;
  return ch === 0xa0 || ch === 0x1680 || (ch >= 0x2000 && ch <= 0x200a) || ch === 0x2028 || ch === 0x2029 || ch === 0x202f || ch === 0x205f || ch === 0x3000 || ch === 0xfeff;
}

/**
 * text.slice(start, end) with each run of white space made one space (as `.replace(/\s+/g, ' ')`),
 * read in the text itself (a flat string reads faster than its slice); unchanged text is one slice.
 */
function oneSpaced(text: string, start: number, end: number): string {
  for (let k = start; k < end; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 32 ? k + 1 < end && isSpaceCode(text.charCodeAt(k + 1)) : isSpaceCode(ch)) return text.slice(start, end).replace(WS_RUN, ' ');
  }
  return text.slice(start, end);
}

/**
 * oneSpaced(text, toks[a].start, toks[b].end), read from the tokens: between tokens nothing but
 * one space each, and no token a white-space unit the tokenizer keeps (U+2002…) → the slice as is.
 * (The tokenizer makes a token of every unit but the spaces it skips; a token of two units or more
 * holds no white space.)
 */
function oneSpacedTokens(text: string, toks: readonly Token[], a: number, b: number): string {
  const start = toks[a]!.start;
  const end = toks[b]!.end;
  let prevEnd = start;
  for (let k = a; k <= b; k++) {
    const t = toks[k]!;
    const gap = t.start - prevEnd;
    if (gap > 1 || (gap === 1 && text.charCodeAt(prevEnd) !== 32) || (t.end - t.start === 1 && isSpaceCode(text.charCodeAt(t.start)))) return oneSpaced(text, start, end);
    prevEnd = t.end;
  }
  return text.slice(start, end);
}

type SpeakerKind = { kind: 'pronoun' } | { kind: 'anaphor'; head: string; demonstrative: boolean } | null;

/** Whether tokens a..b are exactly one phrase of the list (as `has` of their words joined by spaces). */
function isPhrase(toks: readonly Token[], a: number, b: number, phrases: Phrases): boolean {
  if (a > b || !toks[a]) return false;
  const id = idAt(toks, a);
  if (id < 0) return false;
  const cp = compiled(phrases);
  if (!hasBit(cp.first, id)) return false;
  const cands = cp.byFirst[id];
  if (!cands) return false;
  const len = b - a + 1;
  for (const e of cands) if (e.len === len && idsAt(toks, a, e.ids)) return true;
  return false;
}

const PRONOUN: SpeakerKind = Object.freeze({ kind: 'pronoun' });

function speakerKind(toks: readonly Token[], a: number, b: number, c: ClaimPack): SpeakerKind {
  const fa = startFlags(toks, a);
  if ((fa & B_PRONOUN) !== 0 && isPhrase(toks, a, b, c.pronouns)) return PRONOUN;
  // "the ministry", "the statement", "kantor berita tersebut"
  if (b - a <= 2) {
    if ((fa & B_ANAPH) !== 0 && isPhrase(toks, a, b, c.anaphoricHeads)) return { kind: 'anaphor', head: toks.slice(a, b + 1).map((t) => t.lower).join(' '), demonstrative: false };
    if (b > a && isPhrase(toks, b, b, c.anaphoricAfter)) return { kind: 'anaphor', head: toks.slice(a, b).map((t) => t.lower).join(' '), demonstrative: true };
  }
  return null;
}

/** Whether a capitalised word starts the text (\p{Lu} first; ASCII answered without a regex). */
function upperInitial(text: string): boolean {
  const ch = text.charCodeAt(0);
  if (ch < 128) return ch >= 65 && ch <= 90;
  return UPPER_INITIAL.test(text);
}

const ABBREV_BEFORE_DOT = /^\p{Lu}\p{Ll}{0,3}$/u;

/** A dot after a short capitalised abbreviation and before a capital: "Lt. Col. X". */
function abbrevDot(toks: readonly Token[], k: number): boolean {
  return toks[k]!.text === '.' && k > 0 && ABBREV_BEFORE_DOT.test(toks[k - 1]!.text) && !!toks[k + 1] && upperInitial(toks[k + 1]!.text);
}

/**
 * Whether the inverted speech verb at token i (of `inv` tokens) opens an aside naming the
 * speaker: ', kata Kamal, …', '…, kata Kapendam Cenderawasih.', '…, said regional military
 * spokesman Lt. Col. X.'
 */
function aside(toks: readonly Token[], i: number, inv: number, c: ClaimPack): boolean {
  let e = i + 1;
  while (e < toks.length && e <= i + 6 && toks[e]!.text !== ',') e++;
  if (e < toks.length && toks[e]!.text === ',' && e > i + 1 && upperInitial(toks[i + 1]!.text)) return true;
  // "…, kata Kapendam Cenderawasih." closing the sentence
  let f = i + 1;
  while (f < toks.length && isWord(toks[f]!) && f - i <= 8) f++;
  if (f > i + 1 && upperInitial(toks[i + 1]!.text) && (f >= toks.length || (toks[f]!.text === '.' && f === toks.length - 1))) return true;
  // "…, said regional military spokesman Lt. Col. X." — the rest of the sentence names the speaker
  // (the k-th token of the rest without its dots is checked for an outcome at token i + inv + k)
  const prev = toks[i - 1];
  if (prev?.text !== ',') return false;
  let rest = 0;
  for (let k = i + inv; k < toks.length; k++) if (toks[k]!.text !== '.') rest++;
  if (rest === 0 || rest > 12) return false;
  let k = 0;
  for (let q = i + inv; q < toks.length; q++) {
    const t = toks[q]!;
    if (t.text === '.') continue;
    if (!isWord(t) || HAS_DIGIT.test(t.text) || outcomeAt(toks, i + inv + k, c.after) || outcomeAt(toks, i + inv + k, c.before)) return false;
    k++;
  }
  return true;
}

/**
 * The tokens already in a speaker's name: TAKEN[k] === TAKEN_MARK (a new mark per sentence, so
 * that nothing is cleared between sentences).
 */
let TAKEN = new Uint32Array(256);
let TAKEN_MARK = 0;

/** What the attribution rules share while reading one document (one object per document). */
class AttrState {
  s: Sentence;
  toks: Token[] = [];
  here: Attribution[] = [];
  previous: Attribution | null = null;
  constructor(
    readonly text: string,
    readonly input: ClaimInput,
    readonly pack: LanguagePack,
    readonly c: ClaimPack,
    readonly out: Attribution[],
    readonly actorsSorted: boolean,
    readonly placesSorted: boolean,
  ) {
    this.s = input.sentences[0]!;
  }
}

/** A pack's cues that cite where a quote was taken from ("dikutip dari", "quoted by"), ending a window, built once. */
const citeRes = new WeakMap<LanguagePack, RegExp | null>();
/** Whether an attribution names the outlet a quote was taken from, not a speaker. */
function citedSource(text: string, a: Attribution, pack: LanguagePack): boolean {
  let re = citeRes.get(pack);
  if (re === undefined) {
    const cues = claimPack(pack)?.citeCues ?? [];
    re = cues.length ? new RegExp(`${WB_START}(?:${alternation(cues)})\\s+$`, 'iu') : null;
    citeRes.set(pack, re);
  }
  return re !== null && re.test(text.slice(Math.max(0, a.span.start - 30), a.span.start));
}

/** Adds the speaker of tokens a..b of the state's sentence, cue at token `cue`; resolves pronouns and anaphors. */
function pushSpeaker(st: AttrState, a: number, b: number, cue: number, rule: string): boolean {
  const { toks, c, here, previous, out, s, pack, text, input } = st;
  const taken = TAKEN;
  const sp0 = speakerName(toks, a, b, c);
  if (!sp0) return false;
  const sp = withPossessor(toks, sp0);
  const mark = TAKEN_MARK;
  for (let k = sp.from; k <= sp.to; k++) if (taken[k] === mark) return false;
  const at = toks[cue]!.start;
  const kind = speakerKind(toks, sp.from, sp.to, c);
  // The attributions before the cue are `out` then those of `here` before it: read backwards in
  // place (no copy of the document's list per speaker).
  let hereBefore = here.length;
  if (kind) while (hereBefore > 0 && (here[hereBefore - 1]!.at ?? 0) >= at) hereBefore--;
  let last: Attribution | null = previous;
  if (kind) {
    for (let k = hereBefore - 1; k >= 0 && last === previous; k--) if ((here[k]!.at ?? 0) < at) last = here[k]!;
    if (last === previous && out.length) last = out[out.length - 1]!;
  }
  let att: Attribution | null = null;
  if (kind?.kind === 'pronoun') {
    // (a person, not the outlet a quote was taken from: "… terang Aswin seperti dikutip dari Antara.
    // Ia menjelaskan …" is Aswin)
    if (last && citedSource(text, last, pack)) {
      let k = hereBefore - 1;
      while (k >= 0 && ((here[k]!.at ?? 0) >= at || citedSource(text, here[k]!, pack))) k--;
      let person: Attribution | null = k >= 0 ? here[k]! : null;
      for (let q = out.length - 1; q >= 0 && !person; q--) if (!citedSource(text, out[q]!, pack)) person = out[q]!;
      if (person) last = person;
    }
    if (last) att = { sentence: s.index, claimant: last.claimant, span: last.span, rule: rid(pack.code, 'claimant/pronoun'), at };
    else return true;
  } else if (kind?.kind === 'anaphor') {
    // the latest claimant that names the head ("the ministry" → "Ministry of Defense"),
    // else for a report noun or a demonstrative the latest claimant at all
    let named: Attribution | undefined;
    for (let k = hereBefore - 1; k >= 0 && !named; k--) {
      const x = here[k]!;
      if ((x.at ?? 0) < at && fold(x.claimant.name).includes(kind.head)) named = x;
    }
    for (let k = out.length - 1; k >= 0 && !named; k--) if (fold(out[k]!.claimant.name).includes(kind.head)) named = out[k]!;
    const ref = named ?? (kind.demonstrative || has(c.reportNouns, kind.head) ? last : null);
    if (ref) att = { sentence: s.index, claimant: ref.claimant, span: ref.span, rule: rid(pack.code, 'claimant/anaphor'), at };
    else if (has(c.groupAnaphors, kind.head)) {
      // "the group said": the armed group named last before it (by a name, not "fighters")
      let g: ActorMention | null = null;
      for (const x of input.actors) if (x.end <= toks[a]!.start && (x.type === 'rebel' || x.type === 'political_militia' || x.type === 'identity_militia') && upperInitial(x.text) && !has(c.military, fold(x.text))) g = x;
      if (g) att = { sentence: s.index, claimant: { name: text.slice(g.start, g.end).replace(WS_RUN, ' '), country: g.country }, span: { start: toks[sp.from]!.start, end: toks[sp.to]!.end }, rule: rid(pack.code, 'claimant/anaphor-group'), at };
    }
  }
  if (!att) {
    const { claimant, span } = claimantOf(text, toks, sp.from, sp.to, input.actors, st.actorsSorted, input.places, st.placesSorted);
    att = { sentence: s.index, claimant, span, rule, at };
  }
  for (let k = sp.from; k <= sp.to; k++) taken[k] = mark;
  here.push(att);
  return true;
}

/** Whether a token of from..to-1 holds a digit. */
function digitIn(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < toks.length; k++) if (HAS_DIGIT.test(toks[k]!.text)) return true;
  return false;
}

/** Whether a speech verb, a source phrase or an outcome starts at a token of from..to-1. */
function cueOrOutcomeIn(toks: readonly Token[], from: number, to: number, c: ClaimPack): boolean {
  for (let k = from; k < to && k < toks.length; k++) {
    if (anyAt(toks, k, c.speechVerbs) > 0 || anyAt(toks, k, c.sourcePreps) > 0 || outcomeAt(toks, k, c.after) !== null || outcomeAt(toks, k, c.before) !== null) return true;
  }
  return false;
}


/** Finds who each sentence's statements are attributed to ("X said", "menurut X"); a sentence may have several. */
export function findAttributions(text: string, input: ClaimInput, pack: LanguagePack): Attribution[] {
  const c = claimPack(pack);
  if (!c) return [];
  prepare(c);
  const doc = docIds(input.sentences, c);
  const cueStart = packFlags(c);
  const out: Attribution[] = [];
  const st = new AttrState(text, input, pack, c, out, sortedByStart(input.actors), sortedByStart(input.places));
  for (let si = 0; si < input.sentences.length; si++) {
    // only a token that starts a cue phrase can do anything below; none in the sentence: nothing to find
    if ((doc.masks[si]! & B_CUE) === 0) continue;
    const s = input.sentences[si]!;
    const toks = doc.toks[si]!;
    useSentence(doc, si);
    const ids = CUR_IDS;
    const base = CUR_BASE;
    const here: Attribution[] = [];
    // the tokens already in a speaker's name (one mark per token, cleared per sentence)
    if (TAKEN.length < toks.length) TAKEN = new Uint32Array(Math.max(toks.length, TAKEN.length * 2));
    if (TAKEN_MARK === 0x3fffffff) {
      TAKEN.fill(0);
      TAKEN_MARK = 0;
    }
    TAKEN_MARK++;
    st.s = s;
    st.toks = toks;
    st.here = here;
    const inQuote = quoteMask(toks, (doc.masks[si]! & B_ANY_QUOTE) !== 0);
    // "Hal itu disampaikan X …": X says this sentence and the one before it (same paragraph)
    const rh = anyAt(toks, 0, c.retroHeads);
    const rv = rh > 0 ? anyAt(toks, rh, c.retroVerbs) : 0;
    if (rv > 0) {
      let e = rh + rv;
      while (e < toks.length && !isPunctStop(toks[e]!.text) && e - (rh + rv) < 10) e++;
      if (pushSpeaker(st, rh + rv, e - 1, rh, rid(pack.code, 'claimant/retro')) && here.length > 0) {
        const a = here[here.length - 1]!;
        const prevS = si > 0 ? input.sentences[si - 1]! : null;
        const last = out[out.length - 1];
        if (prevS && prevS.paragraph === s.paragraph && (!last || last.sentence !== prevS.index)) out.push({ sentence: prevS.index, claimant: a.claimant, span: a.span, rule: a.rule, at: -1 });
      }
    }
    for (let i = 0; i < toks.length; i++) {
      const id = ids[base + i]!;
      if (id < 0 || id >= cueStart.length || (cueStart[id]! & B_CUE) === 0) continue;
      const fl = cueStart[id]!;
      // 1. "menurut X", "according to X", "dilansir dari X"
      const np = (fl & B_SRCPREP) !== 0 ? anyAt(toks, i, c.sourcePreps) : 0;
      if (np > 0) {
        let e = i + np;
        while (e < toks.length && !isPunctStop(toks[e]!.text) && !isQuote(toks[e]!.text) && ((flagAt(e) & B_SPEECH) === 0 || anyAt(toks, e, c.speechVerbs) === 0) && e - (i + np) < 10) e++;
        pushSpeaker(st, i + np, e - 1, i, rid(pack.code, 'claimant/according-to'));
        i += np - 1;
        continue;
      }
      // 2. passive source: "disampaikan oleh X"
      const ps = (fl & B_PASSRC) !== 0 ? anyAt(toks, i, c.passiveSource) : 0;
      if (ps > 0) {
        let e = i + ps;
        while (e < toks.length && !isPunctStop(toks[e]!.text) && e - (i + ps) < 10) e++;
        pushSpeaker(st, i + ps, e - 1, i, rid(pack.code, 'claimant/passive'));
        continue;
      }
      if (inQuote[i]) continue;
      // 3. "katanya", "ujarnya": he/she said
      if ((fl & B_PRONSFX) !== 0 && anyAt(toks, i, c.pronounSpeechSuffixes) > 0) {
        const last = here[here.length - 1] ?? st.previous;
        if (last) here.push({ sentence: s.index, claimant: last.claimant, span: last.span, rule: rid(pack.code, 'claimant/pronoun'), at: toks[i]!.start });
        continue;
      }
      // 4. inverted at a quote's end or in an aside: '…," kata X' / '…," said X' / ', kata Kamal, …'
      const inv = (fl & B_INV) !== 0 ? anyAt(toks, i, c.invertedSpeechVerbs) : 0;
      const prev = toks[i - 1];
      const afterQuote = inv > 0 && ((i === 0 && aside(toks, i, inv, c)) || (prev && (isQuote(prev.text) || (prev.text === ',' && ((toks[i - 2] && (isQuote(toks[i - 2]!.text) || inQuote[i - 2])) || aside(toks, i, inv, c))))));
      if (inv > 0 && afterQuote) {
        let e = i + inv;
        while (e < toks.length && (!isPunctStop(toks[e]!.text) || abbrevDot(toks, e)) && !isPhrase(toks, e, e, c.speakerStop) && e - (i + inv) < 12) e++;
        if (e > i + inv && pushSpeaker(st, i + inv, e - 1, i, rid(pack.code, 'claimant/quote-inverted'))) {
          i = e - 1;
          continue;
        }
      }
      // 5. "X mengatakan", "X said", "X told"
      const sv = (fl & B_SPEECH) !== 0 ? anyAt(toks, i, c.speechVerbs) : 0;
      // a longer casualty verb phrase is no speech: "the attack claimed the lives of six soldiers"
      if (sv > 0 && i > 0 && anyEndingAt(toks, i - 1, c.notSpeechBefore) === 0 && anyAt(toks, i - 1, c.negations) !== 1 && (i < 2 || anyAt(toks, i - 2, c.negations) !== 2) && (outcomeAt(toks, i, c.before)?.len ?? 0) <= sv) {
        // "Al Jazeera quoted a ministry spokesman as saying": the one quoted speaks, not the outlet
        const qs = c.quotedSpeaker;
        const asLen = qs && i > 2 ? anyEndingAt(toks, i - 1, qs.as) : 0;
        if (asLen > 0) {
          let from = -1;
          for (let k = i - 1 - asLen; k > 0 && k >= i - 12 && from < 0; k--) {
            if (isPunctStop(toks[k]!.text) || isQuote(toks[k]!.text)) break;
            const n = anyAt(toks, k, qs!.verbs);
            if (n > 0) from = k + n;
          }
          if (from >= 0 && from <= i - 1 - asLen && pushSpeaker(st, from, i - 1 - asLen, i, rid(pack.code, 'claimant/quoted-as'))) {
            i += sv - 1;
            continue;
          }
        }
        // the clause before the verb: back to a comma, a quote, a colon or the sentence start; an
        // empty or adverb-only clause ("X, a spokesman, said", "X, however, claimed") steps back
        // to the segment before it
        let end = i - 1;
        for (let tries = 0; tries < 3 && end >= 0; tries++) {
          let a = end;
          while (a >= 0 && toks[a]!.text !== ',' && !isQuote(toks[a]!.text) && toks[a]!.text !== ';' && toks[a]!.text !== ':' && !inQuote[a]) a--;
          let from = a + 1;
          // "which he said": drop the relative word
          let relative = false;
          while (from <= end && isPhrase(toks, from, from, c.speakerStop)) {
            from++;
            relative = true;
          }
          // "with the group saying …, while the Somali army said": the speaker is after the last conjunction
          for (let k = end - 1; k >= from; k--) {
            const n = (startFlags(toks, k) & B_CLAUSE) !== 0 ? anyAt(toks, k, c.clauseOpeners) : 0;
            if (n > 0 && k + n <= end) {
              from = k + n;
              break;
            }
          }
          let seg = from <= end ? speakerName(toks, from, end, c) : null;
          // "…, where the attack occurred, told": a relative clause names no speaker, unless a pronoun
          if (seg && relative && speakerKind(toks, seg.from, seg.to, c)?.kind !== 'pronoun') seg = null;
          // "X said only three had died and claimed to have killed 10": a clause with a speech verb
          // of its own is no speaker; the verb shares the subject of the speech before it
          if (seg) {
            let clause = false;
            for (let k = seg.from; k <= seg.to && !clause; k++) if ((startFlags(toks, k) & B_SPEECH) !== 0 && anyAt(toks, k, c.speechVerbs) > 0) clause = true;
            if (clause) {
              const prior = here[here.length - 1];
              if (prior) here.push({ sentence: s.index, claimant: prior.claimant, span: prior.span, rule: rid(pack.code, 'claimant/coordinated'), at: toks[i]!.start });
              break;
            }
          }
          if (seg) {
            // an appositive opening the sentence: "Adamu Bello, the police spokesman, said",
            // "Kapolda Papua, Irjen Mathius Fakhiri, mengatakan" → both parts name the speaker;
            // a clause with a casualty word names none ("Three soldiers were killed, officials told AFP")
            let start = from;
            if (a >= 0 && toks[a]!.text === ',' && speakerKind(toks, seg.from, seg.to, c) === null) {
              let pa = a - 1;
              while (pa >= 0 && toks[pa]!.text !== ',' && !isQuote(toks[pa]!.text) && toks[pa]!.text !== ':') pa--;
              const pf = pa + 1;
              const prevSeg = pf <= a - 1 ? speakerName(toks, pf, a - 1, c) : null;
              const head = toks[pf];
              if (prevSeg && pa < 0 && head && upperInitial(head.text) && !has(c.speakerStop, head.lower) && !has(c.speakerStripStart, head.lower) && prevSeg.to === a - 1 && a - pf <= 6 && !digitIn(toks, pf, a) && speakerKind(toks, prevSeg.from, prevSeg.to, c) === null && !cueOrOutcomeIn(toks, pf, a, c)) start = prevSeg.from;
            }
            if (start < from) {
              const sp = speakerName(toks, from, end, c)!;
              if (!pushSpeaker(st, start, sp.to, i, rid(pack.code, 'claimant/appositive'))) pushSpeaker(st, from, end, i, rid(pack.code, 'claimant/subject'));
            } else pushSpeaker(st, from, end, i, rid(pack.code, 'claimant/subject'));
            break;
          }
          if (a < 0 || toks[a]!.text !== ',') break;
          end = a - 1;
        }
        i += sv - 1;
      }
    }
    for (const h of here) out.push(h);
    if (here.length > 0) st.previous = here[here.length - 1]!;
  }
  // quotes that span sentences: the attribution at the quote's end covers every sentence in it
  // (arrays by sentence index: the indexes are small integers)
  const firstBySentence: (Attribution | undefined)[] = [];
  for (const a of out) if (firstBySentence[a.sentence] === undefined) firstBySentence[a.sentence] = a;
  let pending: number[] = [];
  let para = -1;
  for (let si = 0; si < input.sentences.length; si++) {
    const s = input.sentences[si]!;
    if (s.paragraph !== para) {
      pending = [];
      para = s.paragraph;
    }
    // the quote marks " “ ” ″ of the sentence: how many, whether a closing one, the last one
    let marks = 0;
    let closing = false;
    let lastMark = 0;
    // (read from the tokens: each of these marks is a token of its own; none in the sentence's mask: none at all)
    const qmarks = (doc.masks[si]! & B_QMARK) !== 0;
    const qt = qmarks ? doc.toks[si]! : NO_TOKENS;
    for (let k = 0; k < qt.length; k++) {
      const x = qt[k]!.text;
      if (x.length !== 1) continue;
      const ch = x.charCodeAt(0);
      if (ch === 0x22 || ch === 0x201c || ch === 0x201d || ch === 0x2033) {
        marks++;
        lastMark = ch;
        if (ch === 0x201d || ch === 0x2033) closing = true;
      }
    }
    const first = qmarks ? s.text.charCodeAt(0) : 0;
    const opensAtStart = first === 0x22 || first === 0x201c;
    const closes = closing || (marks % 2 === 1 && !opensAtStart) || (marks >= 2 && opensAtStart);
    const stillOpen = (opensAtStart || marks % 2 === 1) && !(marks >= 2 && lastMark !== 0x201c && marks % 2 === 0);
    if (pending.length > 0 && closes) {
      const a = firstBySentence[s.index];
      if (a) for (const k of pending) if (firstBySentence[k] === undefined) {
        const copy: Attribution = { sentence: k, claimant: a.claimant, span: a.span, rule: rid(pack.code, 'claimant/quote-span'), at: -1 };
        out.push(copy);
        firstBySentence[k] = copy;
      }
      pending = [];
      continue;
    }
    if (pending.length > 0) {
      pending.push(s.index);
      continue;
    }
    if (stillOpen && marks % 2 === 1) pending = [s.index];
  }
  // "Sebab, …", "Pasalnya, …": a sentence giving the reason goes on with the speaker before it
  const said: boolean[] = [];
  for (const a of out) said[a.sentence] = true;
  for (let si = 1; si < input.sentences.length; si++) {
    const s = input.sentences[si]!;
    const p = input.sentences[si - 1]!;
    if (said[s.index] === true || said[p.index] !== true || p.paragraph !== s.paragraph) continue;
    useSentence(doc, si);
    const toks = doc.toks[si]!;
    if (anyAt(toks, 0, c.continuationOpeners) === 0) continue;
    let last: Attribution | null = null;
    for (const a of out) if (a.sentence === p.index) last = a;
    if (last) out.push({ sentence: s.index, claimant: last.claimant, span: last.span, rule: rid(pack.code, 'claimant/continuation'), at: -1 });
  }
  // (mostly found in order already: the sort, stable, would change nothing then)
  let inOrder = true;
  for (let k = 1; k < out.length && inOrder; k++) inOrder = byPlace(out[k - 1]!, out[k]!) <= 0;
  if (!inOrder) out.sort(byPlace);
  fullNames(out);
  return out;
}

/** A name holding a proper name: a capitalised word of three letters or more. */
const HAS_NAME_WORD = /(?:^|\s)\p{Lu}\p{Ll}{2,}(?=\s|$)/u;

/**
 * A speaker named again by part of the name given before ("kata AKBP Heri" after "Kapolres
 * Jayawijaya AKBP Heri Wibowo", "Artanto said"): the claimant takes the full name, so one
 * speaker has one name throughout the report. The short name must hold a proper name (a
 * capitalised word), and every one of its words must be in the earlier name.
 */
/** Attributions in text order: by sentence, then by cue position (sentence-wide ones first). */
function byPlace(x: Attribution, y: Attribution): number {
  return x.sentence - y.sentence || (x.at ?? 0) - (y.at ?? 0);
}

/** Whether `long` holds part[from, to) anywhere (as long.includes(part.slice(from, to))). */
function includesPart(long: string, part: string, from: number, to: number): boolean {
  const n = to - from;
  if (n === 0) return true;
  const c0 = part.charCodeAt(from);
  for (let i = long.indexOf(part[from]!); i >= 0 && i + n <= long.length; i = long.indexOf(part[from]!, i + 1)) {
    if (long.charCodeAt(i) !== c0) continue;
    let k = 1;
    while (k < n && long.charCodeAt(i + k) === part.charCodeAt(from + k)) k++;
    if (k === n) return true;
  }
  return false;
}

/** Whether long has a space-separated word equal to part[from, to) (as long.split(' ').includes(…)). */
function hasWord(long: string, part: string, from: number, to: number): boolean {
  const n = to - from;
  let s = 0;
  for (;;) {
    let e = long.indexOf(' ', s);
    if (e < 0) e = long.length;
    if (e - s === n) {
      let k = 0;
      while (k < n && long.charCodeAt(s + k) === part.charCodeAt(from + k)) k++;
      if (k === n) return true;
    }
    if (e >= long.length) return false;
    s = e + 1;
  }
}

/** Whether every space-separated word of name is one of long (as name.split(' ').every((w) => long.split(' ').includes(w))). */
function wordsWithin(name: string, long: string): boolean {
  let s = 0;
  for (;;) {
    let e = name.indexOf(' ', s);
    if (e < 0) e = name.length;
    if (!hasWord(long, name, s, e)) return false;
    if (e >= name.length) return true;
    s = e + 1;
  }
}

function fullNames(out: Attribution[]): void {
  if (out.length < 2) return;
  // distinct names seen so far
  const seen: Claimant[] = [];
  // names already resolved and their claimants (few per report: a scan beats hashing fresh strings)
  const knownNames: string[] = [];
  const knownClaimants: Claimant[] = [];
  // copies of one attribution (pronouns, quotes, carried speakers) share the claimant object
  let lastIn: Claimant | null = null;
  let lastOut: Claimant | null = null;
  let longestSeen = 0;
  for (const a of out) {
    if (a.claimant === lastIn) {
      a.claimant = lastOut!;
      continue;
    }
    lastIn = a.claimant;
    const name = a.claimant.name;
    let done: Claimant | undefined;
    for (let k = 0; k < knownNames.length; k++) {
      if (knownNames[k] === name) {
        done = knownClaimants[k];
        break;
      }
    }
    if (done) {
      a.claimant = lastOut = done;
      continue;
    }
    let full: Claimant | null = null;
    // (only a longer name seen before can hold it)
    if (seen.length > 0 && longestSeen > name.length && HAS_NAME_WORD.test(name)) {
      // (the words are read in place: as name.split(' ') every one among long.split(' '))
      const lastWord = name.lastIndexOf(' ') + 1;
      for (let k = seen.length - 1; k >= 0 && !full; k--) {
        const b = seen[k]!;
        const long = b.name;
        if (long.length <= name.length) continue;
        if (!includesPart(long, name, lastWord, name.length)) continue;
        if (wordsWithin(name, long)) full = b;
      }
    }
    if (full) {
      a.claimant = lastOut = full;
      knownNames.push(name);
      knownClaimants.push(full);
      continue;
    }
    lastOut = a.claimant;
    knownNames.push(name);
    knownClaimants.push(a.claimant);
    seen.push(a.claimant);
    if (name.length > longestSeen) longestSeen = name.length;
  }
}

// ---------------------------------------------------------------- casualties

interface Num {
  n: NumberMention;
  a: number; // first token
  b: number; // last token
}

/**
 * The items of a document-wide list inside each sentence, in list order: `within(s)` equals
 * `items.filter((x) => x.start >= s.start && x.end <= s.end)`, found by binary search when the
 * sentences are in order and do not overlap (else by that filter).
 */
/** Where an item of a document-wide list sits: `within(k)` lists the items inside sentence k. */
interface SentenceIndex<T> {
  /**
   * The items inside the sentence at position k, in list order: equals
   * `items.filter((x) => x.start >= s.start && x.end <= s.end)`.
   */
  within: (k: number) => T[];
  /** The items inside no sentence, or null when the sentences are not in order (then `within` filters the whole list). */
  stray: T[] | null;
}

/** A SentenceIndex of sentences in order: the lists by sentence position (one class: its method call stays monomorphic). */
class ListIndex<T> implements SentenceIndex<T> {
  constructor(readonly lists: (T[] | undefined)[], readonly stray: T[]) {}
  within(k: number): T[] {
    return this.lists[k] ?? (NO_ITEMS as T[]);
  }
}
const NO_ITEMS: unknown[] = [];

/** A SentenceIndex of sentences out of order: filters the whole list. */
class FilteredIndex<T extends { start: number; end: number }> implements SentenceIndex<T> {
  readonly stray = null;
  constructor(readonly items: readonly T[], readonly sentences: readonly Sentence[]) {}
  within(k: number): T[] {
    const s = this.sentences[k]!;
    return this.items.filter((x) => x.start >= s.start && x.end <= s.end);
  }
}

/**
 * Indexes a document-wide list by sentence: each item is placed by walking on from the previous
 * one (items in order of start) or by binary search, when the sentences are in order and do not
 * overlap (else `within` filters).
 */
function sentenceIndex<T extends { start: number; end: number }>(items: readonly T[], sentences: readonly Sentence[]): SentenceIndex<T> {
  let ordered = true;
  for (let k = 1; k < sentences.length; k++) if (sentences[k]!.start < sentences[k - 1]!.end) ordered = false;
  if (!ordered) return new FilteredIndex(items, sentences);
  const n = sentences.length;
  const lists: (T[] | undefined)[] = new Array(n);
  const stray: T[] = [];
  let lo = 0;
  let prevStart = -Infinity;
  for (const x of items) {
    // the last sentence starting at or before x.start: the only one that can hold x
    if (x.start >= prevStart) {
      while (lo < n && sentences[lo]!.start <= x.start) lo++;
    } else {
      lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sentences[mid]!.start <= x.start) lo = mid + 1;
        else hi = mid;
      }
    }
    prevStart = x.start;
    // sentences of zero length at one offset: walk back over all that start at or before x
    let placed = false;
    for (let k = lo - 1; k >= 0; k--) {
      const s = sentences[k]!;
      if (x.start >= s.start && x.end <= s.end) {
        placed = true;
        const l = lists[k];
        if (l) l.push(x);
        else lists[k] = [x];
      }
      if (s.end <= x.start && s.start < x.start) break;
    }
    if (!placed) stray.push(x);
  }
  return new ListIndex(lists, stray);
}

/** Whether a date overlaps the span (dates: the sentence's, plus those in no sentence; all when unordered). */
function overlapsDate(n: { start: number; end: number }, k: number, dates: readonly DateMention[], idx: SentenceIndex<DateMention>): boolean {
  if (idx.stray === null) return dates.some((d) => d.start < n.end && n.start < d.end);
  for (const d of idx.within(k)) if (d.start < n.end && n.start < d.end) return true;
  for (const d of idx.stray) if (d.start < n.end && n.start < d.end) return true;
  return false;
}

function numbersOf(toks: Token[], s: Sentence, k: number, input: ClaimInput, c: ClaimPack, useFallback: boolean, numbersIdx: SentenceIndex<NumberMention>, datesIdx: SentenceIndex<DateMention>): Num[] {
  const ns = useFallback ? fallbackNumbers(toks, c.fallbackNumbers) : numbersIdx.within(k);
  if (ns.length === 0) return NO_NUMS;
  const out: Num[] = [];
  for (const n of ns) {
    // a number inside the sentence: only the sentence's dates (and stray ones) can overlap it
    const inside = n.start >= s.start && n.end <= s.end;
    if (inside ? overlapsDate(n, k, input.dates, datesIdx) : input.dates.some((d) => d.start < n.end && n.start < d.end)) continue;
    // first token starting at or after the number; last token ending at or before its end
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid]!.start >= n.start) hi = mid;
      else lo = mid + 1;
    }
    const a = lo < toks.length ? lo : -1;
    lo = 0;
    hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid]!.end <= n.end) lo = mid + 1;
      else hi = mid;
    }
    const b = lo - 1;
    if (a < 0 || b < a) continue;
    out.push({ n, a, b });
  }
  // (mostly in order already: the stable sort would change nothing then)
  for (let k = 1; k < out.length; k++) if (out[k]!.a < out[k - 1]!.a) return out.sort(byFirstToken);
  return out;
}

const NO_NUMS: Num[] = [];
function byFirstToken(x: Num, y: Num): number {
  return x.a - y.a;
}
/** The outcome tokens of the sentence that a figure already took (reused sentence to sentence). */
const USED_OUTCOME_TOKS: number[] = [];

interface Found {
  num: Num | null;
  count: number;
  qualifier: CasualtyMention['qualifier'];
  outcome: Outcome;
  group: Group;
  span: Span;
  breakdown: boolean;
  rule: string;
  /** Token index of the outcome word (to keep the singular rule off it). */
  outcomeTok: number;
  inheritTotal?: boolean;
  /** "two of them", "10 orang di antaranya": a part of some group, a breakdown only of a figure with its outcome. */
  partitive?: boolean;
  /** Counted by a head that usually means members of a force ("anggota", "members"): never made civilian by its context. */
  memberHead?: boolean;
}

/** The count that starts at token a (the first in the list), if any. */
function numStartingAt(nums: readonly Num[], a: number): Num | undefined {
  for (let k = 0; k < nums.length; k++) if (nums[k]!.a === a) return nums[k];
  return undefined;
}

/** Whether a count ends at token b. */
function numEndingAt(nums: readonly Num[], b: number): boolean {
  for (let k = 0; k < nums.length; k++) if (nums[k]!.b === b) return true;
  return false;
}

/** The first count of the list that ends at a token from `lo` to `hi` (lo <= b <= hi). */
function numEndingIn(nums: readonly Num[], lo: number, hi: number): Num | undefined {
  for (let k = 0; k < nums.length; k++) {
    const m = nums[k]!;
    if (m.b < hi + 1 && m.b >= lo) return m;
  }
  return undefined;
}

/** Whether a one-token count of value 1 is token d. */
function oneAt(nums: readonly Num[], d: number): boolean {
  for (let k = 0; k < nums.length; k++) {
    const m = nums[k]!;
    if (m.a === d && m.b === d && m.n.value === 1) return true;
  }
  return false;
}

/** Whether a count of people ends within the four tokens before token i. */
function countJustBefore(toks: Token[], nums: readonly Num[], i: number, c: ClaimPack): boolean {
  for (let k = 0; k < nums.length; k++) {
    const m = nums[k]!;
    if (m.b >= i - 4 && m.b < i && !isNotPeople(toks, m, c)) return true;
  }
  return false;
}

/** Whether a zero figure found so far starts at offset `start`. */
function zeroFoundAt(found: readonly Found[], start: number): boolean {
  for (let k = 0; k < found.length; k++) {
    const f = found[k]!;
    if (f.count === 0 && f.span.start === start) return true;
  }
  return false;
}

function isNotPeople(toks: Token[], num: Num, c: ClaimPack): boolean {
  const next = toks[num.b + 1];
  const prev = toks[num.a - 1];
  if (next && anyAt(toks, num.b + 1, c.notPeople) > 0) return true;
  if (next && (next.text === '%' || next.text === ':')) return true;
  if (prev && anyEndingAt(toks, num.a - 1, c.notCountBefore) > 0) return true;
  // "Randi (21)": an age in brackets; "Okoro, 25, was": an age between commas after a name
  if (prev && next && prev.text === '(' && next.text === ')') return true;
  const name = toks[num.a - 2];
  if (prev && next && prev.text === ',' && next.text === ',' && name && upperInitial(name.text) && ONE_TWO_DIGITS.test(toks[num.a]!.text)) return true;
  // a token with a slash or letters glued to digits ("8/10", "2-year-old")
  if (num.a !== num.b) return false;
  const tx = toks[num.a]!.text;
  // (most counts are plain digits with separators: no slash, no letter, no pattern to try)
  let plain = true;
  for (let k = 0; k < tx.length && plain; k++) {
    const ch = tx.charCodeAt(k);
    plain = (ch >= 48 && ch <= 57) || ch === 44 || ch === 46;
  }
  return !plain && HAS_DIGIT.test(tx) && SLASH_OR_LETTER.test(tx);
}

function isPartitive(toks: Token[], num: Num, c: ClaimPack): boolean {
  if (anyAt(toks, num.b + 1, c.partitive) > 0) return true;
  // "10 orang di antaranya"
  const p = anyAt(toks, num.b + 1, c.people);
  return p > 0 && anyAt(toks, num.b + 1 + p, c.partitive) > 0;
}

function isBreakdownCue(toks: Token[], num: Num, c: ClaimPack): boolean {
  for (let k = 1; k <= 3; k++) if ((endFlags(toks, num.a - k) & B_BREAKDOWN) !== 0 && anyEndingAt(toks, num.a - k, c.breakdownCues) > 0) return true;
  return false;
}

/** "N warga sipil tewas", "N people were killed", "N others wounded". */
function after(toks: Token[], num: Num, nums: Num[], c: ClaimPack, code: string, depth = 0): Omit<Found, 'group' | 'span' | 'breakdown' | 'count' | 'qualifier' | 'num'> & { groupTo: number; among?: boolean; one?: number } | null {
  let gap = 0;
  // "two men and a woman": the token of the one more person, and the end of the count's own group words
  let one = -1;
  let groupEnd = -1;
  let passive = false;
  let among = false;
  let j = num.b + 1;
  while (j < toks.length && gap <= MAX_GAP_AFTER) {
    const t = toks[j]!;
    // skip an "including …" aside or a bracket
    if (t.text === ',' && anyAt(toks, j + 1, c.breakdownCues) > 0) {
      let e = j + 1;
      while (e < toks.length && toks[e]!.text !== ',') e++;
      j = e + 1;
      continue;
    }
    // (the token's flags pass it by the tables none of whose phrases starts with it)
    const fl = startFlags(toks, j);
    // "26 persons including a police officer have been killed": skip to the verb group
    const bc = (fl & B_BREAKDOWN) !== 0 ? anyAt(toks, j, c.breakdownCues) : 0;
    if (bc > 0 && j > num.b + 1) {
      let e = j + bc;
      while (e < toks.length && e - j < 7 && anyAt(toks, e, c.passiveAux) === 0 && !outcomeAt(toks, e, c.after) && !isPunctStop(toks[e]!.text)) e++;
      if (e < toks.length && !isPunctStop(toks[e]!.text)) {
        j = e;
        continue;
      }
    }
    if (t.text === '(') {
      let e = j + 1;
      while (e < toks.length && toks[e]!.text !== ')' && e - j < 8) e++;
      // "42 orang (luka)": the bracket itself may hold the outcome
      const inner = outcomeAt(toks, j + 1, c.after);
      if (inner && j + 1 + inner.len === e) return { outcome: inner.outcome, rule: rid(code, AFTER_RULE[inner.outcome]), outcomeTok: j + 1, groupTo: j - 1 };
      j = e + 1;
      continue;
    }
    if (isQuote(t.text)) {
      j++;
      continue;
    }
    let o = (fl & B_AFTER_O) !== 0 ? outcomeAt(toks, j, c.after) : null;
    // "dua di antaranya akibat luka tembak": a wound named as a cause (of death) is no injury
    if (o && o.outcome === 'injured' && c.causeWords && j > 0 && anyEndingAt(toks, j - 1, c.causeWords) > 0) o = null;
    if (o) {
      if (!passive && isPhrase(toks, j, j + o.len - 1, c.ambiguousActive)) {
        const obj = toks[j + o.len];
        const objIsNum = numStartingAt(nums, j + o.len) !== undefined;
        // "eight injured persons", "three wounded soldiers": right after the count the word is the noun's adjective
        if (obj && !objIsNum && j === num.b + 1) {
          const noun = Math.max(anyAt(toks, j + o.len, c.people), anyAt(toks, j + o.len, c.civilian), anyAt(toks, j + o.len, c.military));
          if (noun > 0) return { outcome: o.outcome, rule: rid(code, AFTER_RULE[o.outcome]), outcomeTok: j, groupTo: j + o.len + noun - 1, among };
        }
        if (obj && (objIsNum || anyAt(toks, j + o.len, c.people) > 0 || anyAt(toks, j + o.len, c.civilian) > 0 || anyAt(toks, j + o.len, c.military) > 0 || isPhrase(toks, j + o.len, j + o.len, c.singularDeterminers) || isPhrase(toks, j + o.len, j + o.len, c.objectDeterminers) || isPhrase(toks, j + o.len, j + o.len, c.pronouns))) return null;
      }
      if (one >= 0) return { outcome: o.outcome, rule: rid(code, AFTER_RULE[o.outcome]), outcomeTok: j, groupTo: groupEnd, among, one };
      return { outcome: o.outcome, rule: rid(code, AFTER_RULE[o.outcome]), outcomeTok: j, groupTo: j - 1, among };
    }
    // "Dua anggota Brimob, Bripda Ronald dan Bripda Andi, gugur": names between commas
    // (or dashes: "two soldiers – Sepoy A and Sepoy B – embraced martyrdom")
    if ((t.text === ',' || t.text === '–' || t.text === '—') && j > num.b + 1) {
      let e = j + 1;
      while (e < toks.length && e - j <= 10 && (upperInitial(toks[e]!.text) || anyAt(toks, e, c.coordinators) > 0)) e++;
      if (e > j + 1 && e < toks.length && toks[e]!.text === t.text && upperInitial(toks[j + 1]!.text)) {
        j = e + 1;
        continue;
      }
    }
    if (isPunctStop(t.text)) return null;
    const inner = numStartingAt(nums, j);
    // "one of the five hostages was killed": the outcome is the part's, skip the whole's count
    if (inner && anyAt(toks, num.b + 1, c.partitive) === j - num.b - 1 && j > num.b + 1) {
      j = inner.b + 1;
      continue;
    }
    if (inner) return null;
    // "seorang warga dan enam relawan cedera": coordinated counts share the outcome
    const co = (fl & B_COORD) !== 0 ? anyAt(toks, j, c.coordinators) : 0;
    const next = co > 0 ? numStartingAt(nums, j + co) : undefined;
    if (next && depth < 3) {
      const r = after(toks, next, nums, c, code, depth + 1);
      return r ? { ...r, groupTo: j - 1 } : null;
    }
    // "14 anggota TNI dan Polri gugur", "12 women and children were killed": one count of two groups
    const det = co > 0 && !next && isPhrase(toks, j + co, j + co, c.singularDeterminers) ? 1 : 0;
    // (only two groups of one kind: "sejumlah anggota dan masyarakat" counts neither)
    const coGroup = co > 0 && !next && (anyAt(toks, j + co + det, c.military) > 0 || anyAt(toks, j + co + det, c.civilian) > 0) ? groupOfTokens(toks, j + co + det, j + co + det, c, NO_ACTORS) : 'unknown';
    // "two men and a woman were killed": one more person shares the outcome
    // (a modifier may stand between: "six rebels and an Army soldier died")
    const oneAt = det === 1 && depth === 0 && one < 0 ? personNounNear(toks, j + co + 1, c) : -1;
    if (oneAt >= 0) {
      one = oneAt;
      groupEnd = j - 1;
      j = one + 1;
      // (the one more person is a noun phrase of its own: no step of the count's gap)
      continue;
    }
    if (coGroup !== 'unknown' && groupOfTokens(toks, num.b + 1, j - 1, c, NO_ACTORS) === coGroup) {
      j += co + det;
      gap++;
      continue;
    }
    // "Tiga lelaki disyaki anggota kumpulan samun bersenjata ditembak mati", "dua pria yang diduga
    // anggota KKB tewas": a suspected identity of the counted people, up to the outcome after it
    if (gap > 0 && depth === 0 && c.describers && ((fl & B_PAUX) !== 0 || (startFlags(toks, j + 1) & B_PAUX) !== 0)) {
      const rel = isPhrase(toks, j, j, c.relativizers) ? 1 : 0;
      const dl = anyAt(toks, j + rel, c.describers);
      if (dl > 0 && !outcomeAt(toks, j + rel + dl, c.after)) {
        let e = j + rel + dl + 1;
        while (e < toks.length && e - j <= 8 && !isPunctStop(toks[e]!.text) && !outcomeAt(toks, e, c.after) && !numStartingAt(nums, e) && anyAt(toks, e, c.barriers) === 0) e++;
        if (e < toks.length && e - j <= 8 && outcomeAt(toks, e, c.after)) {
          j = e;
          continue;
        }
      }
    }
    // "ketiga-tiga suspek berusia lingkungan 30-an disahkan meninggal dunia": an age is no count of its own
    if (gap > 0 && c.ageWords && c.ageFill && (fl & B_PAUX) !== 0) {
      const al = anyAt(toks, j, c.ageWords);
      if (al > 0) {
        let e = j + al;
        const from = e;
        for (;;) {
          const n = numStartingAt(nums, e);
          if (n) { e = n.b + 1; continue; }
          const f = e < toks.length ? anyAt(toks, e, c.ageFill) : 0;
          if (f > 0) { e += f; continue; }
          break;
        }
        if (e > from && e < toks.length) {
          j = e;
          gap++;
          continue;
        }
      }
    }
    // "two passengers who tried to flee were shot dead": a relative clause on the counted noun,
    // then its own verb group (an auxiliary and the outcome)
    if (gap > 0 && depth === 0 && isPhrase(toks, j, j, c.relativizers)) {
      let e = j + 1;
      // (or the outcome itself, where the language needs no auxiliary: "seorang pria yang diduga mencuri motor tewas")
      while (e < toks.length && e - j <= 6 && !isPunctStop(toks[e]!.text) && !(anyAt(toks, e, c.passiveAux) > 0 && outcomeAt(toks, e + anyAt(toks, e, c.passiveAux), c.after)) &&
        !(e > j + 2 && outcomeAt(toks, e, c.after))) e++;
      if (e < toks.length && e - j <= 6 && e > j + 1 && !isPunctStop(toks[e]!.text)) {
        j = e;
        continue;
      }
      // "two men who were killed": the relative clause is the outcome itself
      if (e === j + 1 && e < toks.length && anyAt(toks, e, c.passiveAux) > 0) {
        j = e;
        continue;
      }
    }
    if ((fl & B_BARRIER) !== 0 && anyAt(toks, j, c.barriers) > 0) return null;
    if ((fl & B_PAUX) !== 0 && anyAt(toks, j, c.passiveAux) > 0) passive = true;
    // "25 children were among the dead": a part of a toll given elsewhere
    if ((fl & B_AMONG) !== 0 && anyAt(toks, j, c.amongWords) > 0) among = true;
    // a body noun right after the count: "13 bodies", "lima jasad"
    if (gap <= 1 && (fl & B_BODIES) !== 0 && anyAt(toks, j, c.bodies) > 0) return { outcome: 'killed', rule: rid(code, 'casualty/bodies'), outcomeTok: j, groupTo: j };
    gap++;
    // "three members of the New People's Army were killed": a name of several words is one word of the gap
    if (j > num.b + 1 && upperInitial(t.text)) while (j + 1 < toks.length && upperInitial(toks[j + 1]!.text) && !outcomeAt(toks, j + 1, c.after)) j++;
    j++;
  }
  return null;
}

/** The person noun at `k` or, after one modifier word, at `k + 1` ("a soldier", "an Army soldier"); -1 when none. */
function personNounNear(toks: Token[], k: number, c: ClaimPack): number {
  for (let q = k; q <= k + 1 && q < toks.length; q++) {
    if (anyAt(toks, q, c.people) > 0 || anyAt(toks, q, c.civilian) > 0 || anyAt(toks, q, c.military) > 0) return q;
    if (!isWord(toks[q]!) || anyAt(toks, q, c.barriers) > 0 || anyAt(toks, q, c.passiveAux) > 0) return -1;
  }
  return -1;
}

/**
 * "two of the five people killed were children": the outcome is a participle on the whole (no
 * auxiliary before it) and the sentence's own verb comes after it — the outcome is the whole's.
 */
function reducedParticiple(toks: Token[], from: number, outcomeTok: number, c: ClaimPack): boolean {
  const ol = anyAt(toks, outcomeTok, c.ambiguousActive);
  if (ol === 0) return false;
  for (let k = from; k < outcomeTok; k++) if (anyAt(toks, k, c.passiveAux) > 0) return false;
  for (let k = outcomeTok + ol; k < toks.length && k <= outcomeTok + ol + 6; k++) {
    if (isPunctStop(toks[k]!.text) || anyAt(toks, k, c.barriers) > 0) return false;
    if (anyAt(toks, k, c.passiveAux) > 0) return true;
  }
  return false;
}

/** "menewaskan N", "killing at least N", "korban tewas bertambah menjadi N", "mayat dua anggota". */
function before(toks: Token[], num: Num, c: ClaimPack, code: string, nums?: Num[], depth = 0): { outcome: Outcome | null; rule: string; outcomeTok: number; total?: boolean } | null {
  let j = num.a - 1;
  let gap = 0;
  while (j >= 0 && gap <= MAX_GAP_BEFORE) {
    const t = toks[j]!;
    if (isQuote(t.text)) {
      j--;
      continue;
    }
    // (the token's end flags pass it by the tables none of whose phrases ends with it)
    const fe = endFlags(toks, j);
    const o = (fe & B_BEFORE) !== 0 ? outcomeEndingAt(toks, j, c.before) : null;
    if (o) return { outcome: o.outcome, rule: rid(code, BEFORE_RULE[o.outcome]), outcomeTok: j - o.len + 1 };
    // "korban tewas 5 orang", "kematian sembilan warga": a toll noun right before the count
    const tn0 = gap === 0 && (fe & B_TOLLNOUN) !== 0 ? outcomeEndingAt(toks, j, c.tollNouns) : null;
    if (tn0 && tn0.outcome !== 'captured' && !isPhrase(toks, j, j, c.tollLinks)) return { outcome: tn0.outcome, rule: rid(code, 'casualty/toll'), outcomeTok: j - tn0.len + 1 };
    const bodies = (fe & B_BODIES) !== 0 ? anyEndingAt(toks, j, c.bodies) : 0;
    if (bodies > 0 && gap === 0) return { outcome: 'killed', rule: rid(code, 'casualty/bodies'), outcomeTok: j };
    const link = (fe & B_TOLLLINK) !== 0 ? anyEndingAt(toks, j, c.tollLinks) : 0;
    if (link > 0) {
      // a toll noun or an outcome word within a few tokens before the link
      for (let k = j - link; k >= 0 && k >= j - link - 14; k--) {
        // "… di negara bagian Al Jazirah, Sudan, bertambah menjadi 40": a comma after a name goes on
        if (isPunctStop(toks[k]!.text)) {
          if (toks[k]!.text === ',' && k > 0 && upperInitial(toks[k - 1]!.text) && k > j - link - 14) continue;
          // "since Oct. 7 to 35,034": the dot of an abbreviation
          if (toks[k]!.text === '.' && k > 0 && ABBREV.test(toks[k - 1]!.text) && toks[k - 1]!.end === toks[k]!.start) continue;
          break;
        }
        const fk = endFlags(toks, k);
        const tn = ((fk & B_TOLLNOUN) !== 0 ? outcomeEndingAt(toks, k, c.tollNouns) : null) ?? ((fk & B_AFTER_O) !== 0 ? outcomeEndingAt(toks, k, c.after) : null);
        if (tn && tn.outcome !== 'captured') return { outcome: tn.outcome, rule: rid(code, 'casualty/toll'), outcomeTok: k - tn.len + 1 };
        if ((fk & B_TOTAL) !== 0 && anyEndingAt(toks, k, c.totalWords) > 0) return { outcome: null, rule: rid(code, 'casualty/total'), outcomeTok: k, total: true };
      }
    }
    if (isPunctStop(t.text)) break;
    // "killed 200 people and displaced 500,000": a verb across "and" is not this count's
    // … but "menewaskan 3 warga dan 5 polisi": a count coordinated with an object shares its verb
    const co = (fe & B_COORD) !== 0 ? anyEndingAt(toks, j, c.coordinators) : 0;
    if (co > 0 && gap === 0 && nums && depth < 3) {
      const prevNum = numEndingIn(nums, j - co - 3, j - co);
      if (prevNum && !toks.slice(prevNum.b + 1, j - co + 1).some((t) => isPunctStop(t.text))) {
        const r = before(toks, prevNum, c, code, nums, depth + 1);
        if (r && !r.total) return r;
      }
    }
    if (co > 0 || ((fe & B_BARRIER) !== 0 && anyEndingAt(toks, j, c.barriers) > 0)) break;
    gap++;
    j--;
  }
  // "jumlah warga yang terbunuh selama 14 hari sekitar 21 orang": a toll head, its outcome, then the count
  let outcomeSeen: { outcome: Outcome; at: number } | null = null;
  // (only when the sentence holds a toll head at all)
  if (toks === CUR_TOKS && (CUR_MASK & B_TOLLHEAD) === 0) return null;
  for (let k = num.a - 1; k >= 0 && k >= num.a - 24; k--) {
    if (isPunctStop(toks[k]!.text)) {
      // "Jumlah korban tewas … di Al Jazirah, Sudan, bertambah menjadi 40": a comma after a name goes on
      if (toks[k]!.text === ',' && k > 0 && upperInitial(toks[k - 1]!.text)) continue;
      break;
    }
    const fk = startFlags(toks, k);
    const o = (fk & B_AFTER_O) !== 0 ? outcomeAt(toks, k, c.after) : null;
    if (o && o.outcome !== 'captured' && !outcomeSeen) outcomeSeen = { outcome: o.outcome, at: k };
    if (outcomeSeen && (fk & B_TOLLHEAD) !== 0 && anyAt(toks, k, c.tollHeads) > 0) return { outcome: outcomeSeen.outcome, rule: rid(code, 'casualty/toll-head'), outcomeTok: outcomeSeen.at };
  }
  return null;
}

const AFTER_OR_BEFORE_RULE = /-(after|before)$/;

/** The last figure of the list that is no breakdown. */
function lastWhole<T extends { breakdown: boolean }>(list: readonly T[]): T | undefined {
  for (let k = list.length - 1; k >= 0; k--) if (!list[k]!.breakdown) return list[k];
  return undefined;
}

/** Whether a severity word ("seriously", "luka berat") is in the sentence (the current one). */
function hasSeverity(toks: Token[], c: ClaimPack): boolean {
  for (let k = 0; k < toks.length; k++) if ((flagAt(k) & B_SEVERITY) !== 0 && anyAt(toks, k, c.severity) > 0) return true;
  return false;
}

/** A number written in digits ("40", "11.000", "11,000"). */
const DIGITS = /^\d[\d.,]*$/;
/** A figure given as a total of its own: "N in total", "the conflict has killed N", "killed in 40 attacks". */
function localTotal(toks: Token[], f: Found, c: ClaimPack): boolean {
  if (!f.num) return false;
  for (let k = f.num.a - 1; k >= 0 && k >= f.num.a - 4; k--) if ((endFlags(toks, k) & B_TOTAL) !== 0 && anyEndingAt(toks, k, c.totalWords) > 0) return true;
  // "5.000 orang telah tewas … dalam lebih dari 11.000 insiden", "killed in 40 attacks since": a count of incidents after the outcome
  if (c.incidentNouns) {
    for (let k = f.outcomeTok + 1; k < toks.length && k <= f.outcomeTok + 12; k++) {
      const t = toks[k]!;
      if (isPunctStop(t.text)) break;
      if (DIGITS.test(t.text) && t.text !== '1' && anyAt(toks, k + 1, c.incidentNouns) > 0) return true;
    }
  }
  // "the conflict has killed N", "perang telah menewaskan N"
  // "the conflict has left N dead"
  let perfectAt = -1;
  for (let q = 0; q < 3 && perfectAt < 0; q++) {
    const k = q === 0 ? f.outcomeTok - 1 : f.num.a - q;
    if (k >= 0 && anyEndingAt(toks, k, c.perfectAux) > 0) perfectAt = k;
  }
  // "More than 40,900 people in Gaza have been injured in airstrikes", "lebih dari 5.000 orang telah
  // tewas": thousands told in the perfect are a count over time, not one incident's toll
  if (f.count >= 1000 && f.outcome !== 'captured') {
    let aux = perfectAt > f.num.b ? perfectAt : -1;
    for (let k = f.outcomeTok - 1; aux < 0 && k > f.num.b && k >= f.outcomeTok - 4; k--) if (anyEndingAt(toks, k, c.perfectAux) > 0) aux = k;
    if (aux >= 0) return true;
  }
  if (perfectAt >= 0) {
    for (let k = 0; k < perfectAt; k++) if (anyAt(toks, k, c.conflictNouns) > 0) return true;
    // "The war … erupted in April 2023. It has killed tens of thousands": the pronoun opening the sentence
    if (perfectAt === 1 && c.conflictPronouns && anyAt(toks, 0, c.conflictPronouns) > 0) return true;
  }
  return false;
}

/**
 * The start of a running total told in sentence s (the current one): "sejak awal tahun", "so far
 * this year" run from 1 January of the report's year (before a date marked "since" further on:
 * "sejak awal tahun … 340 orang, lapor Bernama, Khamis (14/3)"); else a date of the sentence the
 * dates stage marks "since"; else the first date right after a since-word (the date may hold the
 * cue: "sejak 2020"). `mask` / `startMask`: the sentence's masks.
 */
function runningSince(toks: Token[], s: Sentence, sDates: readonly DateMention[], allDates: readonly DateMention[], c: ClaimPack, mask: number, startMask: number): string | null {
  let since: string | null = null;
  if ((startMask & B_TALLY) !== 0) {
    for (let k = 0; k < toks.length; k++) {
      if ((flagAt(k) & B_TALLY) === 0) continue;
      const n = anyAt(toks, k, c.yearToDate);
      if (n === 0) continue;
      const at = toks[k]!.start;
      const until = toks[k + n - 1]!.end;
      let own: DateMention | undefined;
      for (const d of sDates) {
        if (d.date && d.precision === 3 && d.date.endsWith('-01-01') && d.end > at && d.start <= until) {
          own = d;
          break;
        }
      }
      const year = own ? own.date!.slice(0, 4) : referenceYear(allDates);
      if (year) since = `${year}-01-01`;
      break;
    }
  }
  if (!since) {
    for (const d of sDates) {
      if (d.since && d.start >= s.start && d.end <= s.end) {
        since = d.date ?? null;
        break;
      }
    }
  }
  if (!since && (mask & B_SINCE) !== 0) {
    let cue = -1;
    for (let k = 0; k < toks.length && cue < 0; k++) if ((flagAt(k) & B_SINCE) !== 0 && anyAt(toks, k, c.sinceCues) > 0) cue = k;
    if (cue >= 0) {
      // the since-clause: the next four words, or up to twelve when they run on to a date with no
      // comma between ("since the escalation of the conflict with Israel began on October 7")
      let last = Math.min(toks.length - 1, cue + 4);
      for (let k = last + 1; k < toks.length && k <= cue + 12 && !isPunctStop(toks[k]!.text); k++) last = k;
      const near = toks[last]!.end;
      const from = toks[cue]!.start;
      for (const d of sDates) {
        if (d.end > from && d.start < near && d.end <= s.end && d.date) {
          since = d.date;
          break;
        }
      }
    }
  }
  return since;
}

function sentenceTally(toks: Token[], c: ClaimPack): boolean {
  for (let i = 0; i < toks.length; i++) if ((flagAt(i) & B_TALLY) !== 0 && anyAt(toks, i, c.tallyCues) > 0) return true;
  return false;
}

/** Finds every killed/injured/missing/captured figure of the document with its claimant. */
/** zero casualties: "tidak ada korban jiwa", "no one was hurt" */
function zeroFigures(toks: Token[], mask: number, found: Found[], c: ClaimPack, code: string): void {
  for (let i = 0, any = (mask & B_ZERO) !== 0; any && i < toks.length; i++) {
    if ((flagAt(i) & B_ZERO) === 0) continue;
    const z = outcomeAt(toks, i, c.zero);
    if (!z) continue;
    for (const o of OUTCOMES) {
      if (anyAt(toks, i, c.zero[o]) !== z.len) continue;
      found.push({ num: null, count: 0, qualifier: 'exact', outcome: o, group: 'unknown', span: { start: toks[i]!.start, end: toks[i + z.len - 1]!.end }, breakdown: false, rule: rid(code, 'casualty/zero'), outcomeTok: i });
    }
    i += z.len - 1;
  }
}

/** "no soldiers were hurt", "tidak ada warga yang tewas": a negated group with an outcome → zero */
function negatedGroupFigures(toks: Token[], mask: number, found: Found[], c: ClaimPack, code: string, sActors: ActorMention[]): void {
  for (let i = 0, any = (mask & B_ZERO_DET) !== 0; any && i < toks.length; i++) {
    if ((flagAt(i) & B_ZERO_DET) === 0) continue;
    const z = anyAt(toks, i, c.zeroDeterminers);
    if (z === 0 || zeroFoundAt(found, toks[i]!.start)) continue;
    for (let k = i + z; k < toks.length && k <= i + z + 4; k++) {
      const o = outcomeAt(toks, k, c.after);
      if (o) {
        if (o.outcome !== 'captured' && k > i + z) found.push({ num: null, count: 0, qualifier: 'exact', outcome: o.outcome, group: groupOfTokens(toks, i + z, k - 1, c, sActors), span: { start: toks[i]!.start, end: toks[k + o.len - 1]!.end }, breakdown: false, rule: rid(code, 'casualty/zero'), outcomeTok: k });
        break;
      }
      const t = toks[k]!;
      const ok = anyAt(toks, k, c.people) > 0 || anyAt(toks, k, c.civilian) > 0 || anyAt(toks, k, c.military) > 0 || anyAt(toks, k, c.passiveAux) > 0 || has(c.relativizers, t.lower) || ALL_LETTERS.test(t.text) && k === i + z;
      if (!ok) break;
    }
  }
}

/** an active verb with one person as object: "killed a teacher", "wounded a police officer" */
function singularObjectFigures(toks: Token[], mask: number, nums: Num[], found: Found[], used: number[], c: ClaimPack, code: string, sActors: ActorMention[]): void {
  for (let i = 0, any = (mask & B_BEFORE) !== 0; any && i < toks.length; i++) {
    if ((flagAt(i) & B_BEFORE) === 0) continue;
    const o = outcomeAt(toks, i, c.before);
    if (!o) continue;
    const d = i + o.len;
    if (!toks[d] || !isPhrase(toks, d, d, c.singularDeterminers) || numStartingAt(nums, d)) continue;
    // ("neutralised a group of terrorists": many, of no stated number)
    if (c.collectives && anyAt(toks, d + 1, c.collectives) > 0) continue;
    for (let k = d + 1; k <= d + 4 && k < toks.length && !isPunctStop(toks[k]!.text); k++) {
      if (anyAt(toks, k, c.people) > 0 || anyAt(toks, k, c.civilian) > 0 || anyAt(toks, k, c.military) > 0) {
        found.push({ num: null, count: 1, qualifier: 'exact', outcome: o.outcome, group: groupOfTokens(toks, k, k, c, sActors), span: { start: toks[d]!.start, end: toks[k]!.end }, breakdown: false, rule: rid(code, 'casualty/singular-object'), outcomeTok: i });
        used.push(i);
        break;
      }
    }
  }
}

/** one victim without a numeral: "Randi tewas", "a soldier was killed", "another person was injured" */
function singularFigures(toks: Token[], s: Sentence, mask: number, nums: Num[], found: Found[], used: number[], c: ClaimPack, code: string, sActors: ActorMention[]): void {
  for (let i = 1, any = (mask & B_SINGULAR) !== 0; any && i < toks.length; i++) {
    if ((flagAt(i) & B_SINGULAR) === 0) continue;
    if (used.includes(i)) continue;
    const o = outcomeAt(toks, i, c.singularOutcomes);
    if (!o) continue;
    if (countJustBefore(toks, nums, i, c)) continue;
    let k = i - 1;
    let aged = false;
    while (k > 0 && anyAt(toks, k, c.passiveAux) > 0) k--;
    // "Andi (34), tewas": step back over an age in brackets and the comma
    if (k > 3 && toks[k]!.text === ',' && toks[k - 1]!.text === ')' && toks[k - 3]!.text === '(') { k -= 4; aged = true; }
    // "Budi Santoso (34) tewas": an age in brackets with no comma
    else if (k > 2 && toks[k]!.text === ')' && ONE_TWO_DIGITS.test(toks[k - 1]!.text) && toks[k - 2]!.text === '(') { k -= 3; aged = true; }
    // "John Okoro, 25, was killed": step back over an age between commas
    else if (k > 2 && toks[k]!.text === ',' && ONE_TWO_DIGITS.test(toks[k - 1]!.text) && toks[k - 2]!.text === ',') { k -= 3; aged = true; }
    // "one Palestinian man, aged 27, was shot dead": an age with its word between commas
    else if (k > 3 && toks[k]!.text === ',' && ONE_TWO_DIGITS.test(toks[k - 1]!.text) && AGE_WORD.test(toks[k - 2]!.text) && toks[k - 3]!.text === ',') { k -= 4; aged = true; }
    // "Seorang anggota Brimob, Bripda Ronald, gugur": a name between commas after "a <group word>"
    if (toks[k]!.text === ',' && k > 2) {
      let q = k - 1;
      while (q > 0 && k - q <= 5 && upperInitial(toks[q]!.text)) q--;
      if (q < k - 1 && toks[q]!.text === ',' && q > 1) {
        for (let d = q - 2; d >= 0 && d >= q - 5; d--) {
          if (isPunctStop(toks[d]!.text)) break;
          if (!isPhrase(toks, d, d, c.singularDeterminers)) continue;
          const g = groupOfTokens(toks, d + 1, q - 1, c, sActors);
          if (g !== 'unknown' || hasPhraseIn(toks, d + 1, q - 1, c.people)) {
            found.push({ num: null, count: 1, qualifier: 'exact', outcome: o.outcome, group: g, span: { start: toks[d]!.start, end: toks[i + o.len - 1]!.end }, breakdown: false, rule: rid(code, 'casualty/singular-apposition'), outcomeTok: i });
            used.push(i);
          }
          break;
        }
        if (used.includes(i)) continue;
      }
    }
    const subj = toks[k]!;
    let ok = false;
    let group: Group = 'unknown';
    // a named person: a capitalised word that is no group word
    if (CAPITALISED_WORD.test(subj.text) && anyAt(toks, k, c.civilian) === 0 && anyAt(toks, k, c.military) === 0 && anyAt(toks, k, c.people) === 0 && !has(c.pronouns, subj.lower) && !has(c.speakerStripStart, subj.lower)) {
      ok = k === 0 || !upperInitial(toks[k - 1]!.text) || toks[k - 1]!.text === '"' ;
      if (k > 0 && upperInitial(toks[k - 1]!.text)) ok = false;
      if (k === 0 && s.text === s.text.replace(LOWER_AT_WORD_START, '')) ok = false; // all-title-case headline
      // "seorang guru honorer bernama Rosalina Rerek Sogen tewas": a name of several words, when
      // one person was introduced just before it
      if (!ok && k >= 1) {
        let k0 = k;
        while (k0 > 0 && k - k0 < 4 && CAPITALISED_WORD.test(toks[k0 - 1]!.text) && anyAt(toks, k0 - 1, c.civilian) === 0 && anyAt(toks, k0 - 1, c.military) === 0 && anyAt(toks, k0 - 1, c.people) === 0) k0--;
        // ("John Okoro, 25, was killed": a name told with an age is a person)
        if (k0 < k && aged && (k0 === 0 || !upperInitial(toks[k0 - 1]!.text))) ok = true;
        else if (k0 < k && k0 > 0 && !upperInitial(toks[k0 - 1]!.text)) {
          for (let d = k0 - 1; d >= 0 && d >= k0 - 8; d--) {
            if (isPunctStop(toks[d]!.text)) break;
            if (isPhrase(toks, d, d, c.singularDeterminers) || oneAt(nums, d)) { ok = true; break; }
          }
        }
      }
    }
    // a named victim introduced before: "Satu mahasiswa UHO, Randi (21), tewas", "seorang guru bernama Oktovianus tewas"
    if (ok) {
      for (let d = k - 1; d >= 0 && d >= k - 14; d--) {
        const one = isPhrase(toks, d, d, c.singularDeterminers) || oneAt(nums, d);
        if (!one || d + 1 >= k) continue;
        const g = anyAt(toks, d + 1, c.civilian) > 0 || anyAt(toks, d + 1, c.military) > 0 ? groupOfTokens(toks, d + 1, d + 1, c, sActors) : 'unknown';
        if (g !== 'unknown') {
          group = g;
          break;
        }
      }
    }
    // "a soldier", "another person", "a 45-year-old street vendor"
    for (let d = k - 1; d >= Math.max(0, k - 5); d--) {
      if (isPunctStop(toks[d]!.text)) break;
      if (isPhrase(toks, d, d, c.singularDeterminers) && (anyAt(toks, k, c.people) > 0 || anyAt(toks, k, c.civilian) > 0 || anyAt(toks, k, c.military) > 0)) {
        ok = true;
        group = groupOfTokens(toks, k, k, c, sActors);
        break;
      }
      // (a group word of two words: "a village volunteer was killed")
      const ml = d < k - 1 && isPhrase(toks, d, d, c.singularDeterminers) ? Math.max(anyEndingAt(toks, k, c.military), anyEndingAt(toks, k, c.civilian)) : 0;
      if (ml > 1 && k - ml + 1 > d) {
        ok = true;
        group = groupOfTokens(toks, k - ml + 1, k, c, sActors);
        break;
      }
    }
    if (!ok) continue;
    // "Korban atas nama Yohanes (34) dan Markus (41) tewas": several named victims, one per name
    const list = namedListBefore(toks, k, c);
    if (list.count > 1) {
      found.push({ num: null, count: list.count, qualifier: 'exact', outcome: o.outcome, group, span: { start: toks[list.start]!.start, end: toks[i + o.len - 1]!.end }, breakdown: false, rule: rid(code, 'casualty/named-list'), outcomeTok: i });
      continue;
    }
    found.push({ num: null, count: 1, qualifier: 'exact', outcome: o.outcome, group, span: { start: subj.start, end: toks[i + o.len - 1]!.end }, breakdown: false, rule: rid(code, 'casualty/singular'), outcomeTok: i });
  }
}

/**
 * The start of a person's name (up to four capitalised words, none a group word) ending at token
 * `end`, stepping back over an age in brackets right after it ("Markus Tabuni (41)"); -1 when
 * the tokens there are no such name.
 */
function nameStartBefore(toks: Token[], end: number, c: ClaimPack): number {
  let e = end;
  if (e > 2 && toks[e]!.text === ')' && ONE_TWO_DIGITS.test(toks[e - 1]!.text) && toks[e - 2]!.text === '(') e -= 3;
  let s = e;
  while (s >= 0 && e - s < 4 && CAPITALISED_WORD.test(toks[s]!.text) && anyAt(toks, s, c.civilian) === 0 && anyAt(toks, s, c.military) === 0 && anyAt(toks, s, c.people) === 0 && !has(c.pronouns, toks[s]!.lower)) s--;
  return s === e ? -1 : s + 1;
}

/**
 * How many named people a list ending at token `last` holds ("A (34), B (20) dan C (41)", "A dan
 * B"): names joined by commas and a coordinator, each optionally with an age in brackets. The
 * count is 1 when the name at `last` stands alone.
 */
function namedListBefore(toks: Token[], last: number, c: ClaimPack): { count: number; start: number } {
  let start = nameStartBefore(toks, last, c);
  if (start < 0) return { count: 1, start: last };
  let count = 1;
  let sawCoordinator = false;
  while (start >= 2) {
    const link = toks[start - 1]!;
    const coord = has(c.coordinators, link.lower);
    if (!coord && link.text !== ',') break;
    const prev = nameStartBefore(toks, start - 2, c);
    if (prev < 0) break;
    if (coord) sawCoordinator = true;
    count++;
    start = prev;
  }
  // A list needs its coordinator ("A, B tewas" is no list of two).
  return sawCoordinator ? { count, start } : { count: 1, start: last };
}

/** "beat a suspected thief to death": one victim, no numeral */
function toDeathFigures(toks: Token[], mask: number, nums: Num[], found: Found[], used: number[], c: ClaimPack, code: string, sActors: ActorMention[]): void {
  for (let i = 1, any = (mask & B_DEATH) !== 0; any && i < toks.length; i++) {
    if ((flagAt(i) & B_DEATH) === 0) continue;
    const n = anyAt(toks, i, c.deathSuffixes);
    if (n === 0 || used.includes(i)) continue;
    for (let d = i - 1; d >= 0 && d >= i - 6; d--) {
      if (isPunctStop(toks[d]!.text) || numEndingAt(nums, d)) break;
      if (isPhrase(toks, d, d, c.singularDeterminers)) {
        found.push({ num: null, count: 1, qualifier: 'exact', outcome: 'killed', group: groupOfTokens(toks, d + 1, i - 1, c, sActors), span: { start: toks[d]!.start, end: toks[i + n - 1]!.end }, breakdown: false, rule: rid(code, 'casualty/singular-to-death'), outcomeTok: i });
        break;
      }
    }
  }
}

export function findCasualties(text: string, input: ClaimInput, attributions: Attribution[], pack: LanguagePack): CasualtyMention[] {
  const c = claimPack(pack);
  if (!c) return [];
  prepare(c);
  const useFallback = input.numbers.length === 0;
  const out: CasualtyMention[] = [];
  // (an array by sentence index: the indexes are small integers)
  const attrBySentence: (Attribution[] | undefined)[] = [];
  for (const a of attributions) {
    const l = attrBySentence[a.sentence] ?? [];
    l.push(a);
    attrBySentence[a.sentence] = l;
  }
  const lastOf = (i: number): Attribution | null => {
    const l = attrBySentence[i];
    return l && l.length > 0 ? l[l.length - 1]! : null;
  };
  /** The attribution of a figure at `pos`: the last cue before it, else the first after it. */
  const attrAt = (i: number, pos: number): Attribution | null => {
    const l = attrBySentence[i];
    if (!l || l.length === 0) return null;
    // (no arrays made: this runs for every figure)
    for (let k = 0; k < l.length; k++) {
      const at = l[k]!.at;
      if (at === undefined || at < 0) return l[k]!;
    }
    for (let k = l.length - 1; k >= 0; k--) if ((l[k]!.at ?? 0) < pos) return l[k]!;
    return l[0]!;
  };
  const actorsIdx = sentenceIndex(input.actors, input.sentences);
  const numbersIdx = sentenceIndex(input.numbers, input.sentences);
  const datesIdx = sentenceIndex(input.dates, input.sentences);
  let prevSentenceFigures: CasualtyMention[] = [];
  const memberFigures = new Set<CasualtyMention>();
  let prevPara = -1;
  let inheritedAttr: Attribution | null = null;
  const doc = docIds(input.sentences, c);
  for (let si = 0; si < input.sentences.length; si++) {
    const s = input.sentences[si]!;
    const toks = doc.toks[si]!;
    const mask = doc.masks[si]!;
    useSentence(doc, si);
    const nums = numbersOf(toks, s, si, input, c, useFallback, numbersIdx, datesIdx);
    if (nums.length === 0 && (mask & B_CASUALTY_NO_COUNT) === 0) {
      // no count and no cue of a figure without one: nothing to find (as `found.length === 0` below)
      if (s.paragraph !== prevPara) prevSentenceFigures = [];
      prevPara = s.paragraph;
      if (lastOf(s.index)) inheritedAttr = lastOf(s.index);
      continue;
    }
    const sActors = actorsIdx.within(si);
    const found: Found[] = [];
    const usedOutcomeToks = USED_OUTCOME_TOKS;
    if (usedOutcomeToks.length !== 0) usedOutcomeToks.length = 0;
    for (const num of nums) {
      if (isNotPeople(toks, num, c)) continue;
      // the whole in "one of the five …" is no figure of its own
      const pl = anyEndingAt(toks, num.a - 1, c.partitive);
      if (pl > 0 && numEndingAt(nums, num.a - 1 - pl)) continue;
      const partitive = isPartitive(toks, num, c);
      const cue = isBreakdownCue(toks, num, c);
      // the rule that read the count (kept in locals: no object per count)
      let hit = false;
      let hitOutcome: Outcome | null = null;
      let hitRule = '';
      let hitTok = -1;
      let hitTotal: boolean | undefined;
      let hitFrom = 0;
      let hitTo = 0;
      let hitAmong: boolean | undefined;
      let hitOne = -1;
      const af = after(toks, num, nums, c, pack.code);
      if (af) {
        hit = true;
        hitOutcome = af.outcome;
        hitRule = af.rule;
        hitTok = af.outcomeTok;
        hitFrom = num.b + 1;
        hitTo = af.groupTo;
        hitAmong = af.among;
        hitOne = af.one ?? -1;
      } else {
        const bf = before(toks, num, c, pack.code, nums);
        if (bf) {
          let e = num.b + 1;
          while (e < toks.length && e <= num.b + 3 && !isPunctStop(toks[e]!.text) && anyAt(toks, e, c.barriers) === 0 && !numStartingAt(nums, e)) e++;
          const toll = bf.rule.endsWith('/toll');
          // a toll's group words come just before its noun ("the civilian death toll"), after any speaker ("residents put the death toll at")
          let gf = toll ? Math.max(0, bf.outcomeTok - 3) : num.b + 1;
          if (toll) for (let k = gf; k < bf.outcomeTok; k++) {
            const sv = anyAt(toks, k, c.speechVerbs);
            if (sv > 0) gf = k + sv;
            // (nor across a comma: "… citing sources from Army, the death toll was put at 11")
            else if (toks[k]!.text === ',') gf = k + 1;
          }
          hit = true;
          hitOutcome = bf.outcome;
          hitRule = bf.rule;
          hitTok = bf.outcomeTok;
          hitTotal = bf.total;
          hitFrom = gf;
          hitTo = toll ? num.a - 1 : e - 1;
        }
      }
      // "di Solo ada N orang" continuing a casualty list
      if (!hit && anyEndingAt(toks, num.a - 1, c.listCues) > 0 && anyAt(toks, num.b + 1, c.people) > 0) {
        // (a list goes on within its paragraph: "sebanyak 300 personel … diterjunkan" in the next one is no victim)
        const last = found[found.length - 1] ?? (s.paragraph === prevPara ? prevSentenceFigures[prevSentenceFigures.length - 1] : undefined);
        if (last && last.outcome !== 'captured') {
          hit = true;
          hitOutcome = last.outcome;
          hitRule = rid(pack.code, 'casualty/list');
          hitTok = -1;
          hitFrom = num.b + 1;
          hitTo = num.b + 1;
        }
      }
      // "…, termasuk enam anak-anak": a breakdown of the figure before, with its outcome
      if (!hit && cue && found.length > 0) {
        let e = num.b + 1;
        while (e < toks.length && e <= num.b + 3 && !isPunctStop(toks[e]!.text) && anyAt(toks, e, c.barriers) === 0) e++;
        hit = true;
        hitOutcome = found[found.length - 1]!.outcome;
        hitRule = rid(pack.code, 'casualty/breakdown');
        hitTok = -1;
        hitFrom = num.b + 1;
        hitTo = e - 1;
      }
      if (!hit) continue;
      let outcome = hitOutcome;
      let group = groupOfTokens(toks, hitFrom, hitTo, c, sActors);
      if (hitTotal) {
        const last = lastWhole(found) ?? lastWhole(prevSentenceFigures);
        if (!last) continue;
        outcome = last.outcome;
        if (group === 'unknown') group = last.group;
      }
      if (!outcome) continue;
      if (group === 'unknown' && hitTo >= hitFrom - 1) {
        // the words between count and outcome (no auxiliaries): all elliptic ("others", "lagi")?
        let allElliptic = true;
        let anyElliptic = false;
        let allEllipticOrPeople = true;
        const wordsEnd = Math.min(hitTo + 1, toks.length);
        for (let k = hitFrom; k < wordsEnd; k++) {
          const t = toks[k]!;
          if (!isWord(t) || anyAt(toks, k, c.passiveAux) !== 0) continue;
          const ell = isPhrase(toks, k, k, c.elliptic);
          if (ell) anyElliptic = true;
          else {
            allElliptic = false;
            if (!isPhrase(toks, k, k, c.people)) allEllipticOrPeople = false;
          }
        }
        if (found.length > 0 && allElliptic) group = found[found.length - 1]!.group;
        // "Seramai 14 lagi anggota cedera" after "Sebelas anggota tentera terbunuh": "more" of the
        // figure of the sentence before, of its group
        else if (found.length === 0 && anyElliptic && allEllipticOrPeople) {
          for (let k = prevSentenceFigures.length - 1; k >= 0; k--) {
            if (prevSentenceFigures[k]!.breakdown) continue;
            group = prevSentenceFigures[k]!.group;
            break;
          }
        }
      }
      if (hitTok >= 0) usedOutcomeToks.push(hitTok);
      // "sedikitnya menewaskan 50 warga": the lower bound said before the verb that leads the count
      const boundBefore = num.n.qualifier === 'exact' && hitTok > 0 && hitTok < num.a && num.a - hitTok <= 3 && !nums.some((x) => x !== num && x.a > hitTok && x.a < num.a) && anyEndingAt(toks, hitTok - 1, c.fallbackNumbers.qualifiers.at_least) > 0;
      found.push({
        num,
        count: num.n.value,
        qualifier: boundBefore ? 'at_least' : num.n.qualifier,
        outcome,
        group,
        span: { start: num.n.start, end: num.n.end },
        breakdown: cue || !!hitAmong,
        partitive,
        rule: hitRule,
        outcomeTok: hitTok,
        inheritTotal: hitTotal,
        memberHead: hasPhraseIn(toks, hitFrom, hitTo, c.memberHeads),
      });
      // the one more person coordinated after the count: a figure of one, same outcome
      if (hitOne >= 0) found.push({ num: null, count: 1, qualifier: 'exact', outcome, group: groupOfTokens(toks, hitOne, hitOne, c, sActors), span: { start: toks[hitOne - 1]!.start, end: toks[hitOne]!.end }, breakdown: false, rule: rid(pack.code, 'casualty/coordinated-one'), outcomeTok: hitTok });
    }
    // figures of no numeral: zero casualties, negated groups, one victim (each only where the sentence holds its cue)
    if ((mask & B_ZERO) !== 0) zeroFigures(toks, mask, found, c, pack.code);
    if ((mask & B_ZERO_DET) !== 0) negatedGroupFigures(toks, mask, found, c, pack.code, sActors);
    if ((mask & B_BEFORE) !== 0) singularObjectFigures(toks, mask, nums, found, usedOutcomeToks, c, pack.code, sActors);
    if ((mask & B_SINGULAR) !== 0) singularFigures(toks, s, mask, nums, found, usedOutcomeToks, c, pack.code, sActors);
    if ((mask & B_DEATH) !== 0) toDeathFigures(toks, mask, nums, found, usedOutcomeToks, c, pack.code, sActors);
    if (found.length === 0) {
      if (s.paragraph !== prevPara) prevSentenceFigures = [];
      prevPara = s.paragraph;
      if (lastOf(s.index)) inheritedAttr = lastOf(s.index);
      continue;
    }
    // a part ("two of whom were killed") breaks down an earlier figure of the same outcome; a part
    // of victims of no stated outcome ("12 korban, 10 di antaranya meninggal") is a figure itself
    for (const f of found) {
      if (!f.partitive) continue;
      // "killed 18 of the terrorists": a verb before the count and a group after "of the" — the
      // whole is the attackers, not a figure of dead
      if (f.num && f.outcomeTok >= 0 && f.outcomeTok < f.num.a) {
        const pl = anyAt(toks, f.num.b + 1, c.partitive);
        if (pl > 0 && (anyAt(toks, f.num.b + 1 + pl, c.military) > 0 || anyAt(toks, f.num.b + 1 + pl, c.civilian) > 0)) continue;
      }
      // the whole: a figure before it in the sentence, in the sentence before, or, when the part
      // names its outcome as a group ("four of the wounded"), anywhere earlier in the report
      const whole: { outcome: Outcome; count: number }[] = [...found.slice(0, found.indexOf(f)), ...prevSentenceFigures];
      if (f.num && f.outcomeTok > f.num.b) for (const m of out) if (!m.breakdown) whole.push(m);
      if (whole.some((w) => w.outcome === f.outcome && w.count > f.count)) f.breakdown = true;
      // "satu di antara korban yang tewas": the outcome describes the whole, the count is a part of it
      if (f.num && f.outcomeTok > f.num.b) {
        const reduced = reducedParticiple(toks, f.num.b + 1, f.outcomeTok, c);
        for (let k = f.num.b + 1; k <= f.outcomeTok && k < toks.length; k++) {
          if (k < f.outcomeTok ? isPhrase(toks, k, k, c.relativizers) : reduced) {
            // ("Seorang daripada dua lelaki yang ditembak mati …": when the whole is counted right
            // after the partitive, the outcome is told of it: the figure is the whole, two dead)
            const pl = anyAt(toks, f.num.b + 1, c.partitive);
            const whole = pl > 0 ? numStartingAt(nums, f.num.b + 1 + pl) : undefined;
            if (whole && whole.b < k && whole.n.value > f.count && !found.some((o) => o !== f && o.num === whole)) {
              f.num = whole;
              f.count = whole.n.value;
              f.qualifier = whole.n.qualifier;
              f.partitive = false;
              break;
            }
            f.breakdown = true;
            break;
          }
        }
      }
    }
    // "Dari delapan orang yang meninggal, empat jenazah …": what follows breaks the lead figure down
    let lead: Found | undefined;
    for (let k = 0; k < found.length && !lead; k++) {
      const f = found[k]!;
      if (f.num && f.num.a <= 2 && anyEndingAt(toks, f.num.a - 1, c.partitiveLead) > 0) lead = f;
    }
    if (lead) for (const f of found) if (f !== lead && f.num && f.num.a > lead.num!.b && f.count < lead.count) f.breakdown = true;
    // claimant: this sentence's attribution, else the previous one in the same paragraph
    let carried: Attribution | null = null;
    if (attrBySentence[s.index] === undefined && inheritedAttr && inheritedAttr.sentence < s.index) {
      const prevS = input.sentences[inheritedAttr.sentence];
      if (prevS && prevS.paragraph === s.paragraph && s.index - inheritedAttr.sentence <= 2) carried = inheritedAttr;
    }
    // (no closure here reads this sentence's variables: the loop body then needs no context of its own)
    const attr = found.length > 0 ? attrAt(s.index, found[0]!.span.start) ?? carried : null;
    const tally = (mask & B_TALLY) !== 0 && sentenceTally(toks, c);
    // the start of a running total: a date the dates stage marks "since", else the first date after a since-word
    const sDates = datesIdx.stray === null ? input.dates : datesIdx.within(si);
    const since = runningSince(toks, s, sDates, input.dates, c, mask, doc.starts[si]!);
    let hasTotal = false;
    for (let k = 0; k < found.length; k++) if (found[k]!.inheritTotal) hasTotal = true;
    // continuing a tally: "Mereka juga mengatakan 143 …" after a total
    const continues = !tally && attr?.rule.endsWith('/pronoun') && firstTally(prevSentenceFigures) !== undefined;
    const prevTally = firstTally(prevSentenceFigures);
    const mine: CasualtyMention[] = [];
    for (const f of found) {
      const isTally = hasTotal ? !!f.inheritTotal : tally || localTotal(toks, f, c) || !!continues;
      mine.push({
        count: f.count,
        qualifier: f.qualifier,
        outcome: f.outcome,
        group: f.group,
        claimant: (attrAt(s.index, f.span.start) ?? carried)?.claimant ?? null,
        evidence: { start: s.start, end: s.end },
        numberSpan: f.span,
        tally: isTally,
        since: isTally ? (since ?? (continues ? prevTally?.since ?? null : null)) : null,
        breakdown: f.breakdown,
        repeatOf: null,
        sentence: s.index,
        rule: f.rule,
      });
    }
    // "25 people" that the actors stage reads as civilians (people in a camp, a village): civilian,
    // except in running totals, which count everyone
    for (let k = 0; k < mine.length; k++) {
      const m = mine[k]!;
      const f = found[k]!;
      if (m.group !== 'unknown' || m.tally || !f.num) continue;
      const noun = toks[f.num.b + 1];
      if (!noun) continue;
      for (const x of sActors) {
        if (x.type === 'civilians' && x.start <= noun.start && x.end >= noun.end) {
          m.group = 'civilian';
          break;
        }
      }
    }
    // "shelled tent camps for displaced people, killing 25 people": people of no stated group
    // killed or hurt in an attack on civilians are civilians (ACLED's coding of such victims)
    for (let k = 0; k < mine.length; k++) {
      const m = mine[k]!;
      const f = found[k]!;
      if (f.memberHead) memberFigures.add(m);
      if (m.group !== 'unknown' || m.tally || m.breakdown || m.outcome === 'captured' || m.count === 0 || f.memberHead) continue;
      let to = Math.max(f.num ? f.num.b : 0, f.outcomeTok);
      // "210 Palestinians were killed in the operation, including children": a breakdown into
      // civilians with no count of its own (up to the next figure)
      if (f.num && includesCivilians(toks, f.num.b + 1, nums, c, mask)) {
        m.group = 'civilian';
        continue;
      }
      while (to + 1 < toks.length && !isPunctStop(toks[to + 1]!.text)) to++;
      if (civilianScene(toks, factsFor(s, toks), to, c, sActors, attrBySentence[s.index] ?? NO_ATTRIBUTIONS)) {
        m.group = 'civilian';
      }
    }
    // "the army lost 4 men": the subject of a loss verb is the side that suffers
    for (let k = 0; k < mine.length; k++) {
      const m = mine[k]!;
      const f = found[k]!;
      if (m.group !== 'unknown' || !f.num || f.outcomeTok < 1 || anyAt(toks, f.outcomeTok, c.lossVerbs) === 0) continue;
      let a = f.outcomeTok - 1;
      while (a > 0 && f.outcomeTok - a < 6 && !isPunctStop(toks[a - 1]!.text)) a--;
      const g = groupOfTokens(toks, a, f.outcomeTok - 1, c, sActors);
      if (g !== 'unknown') m.group = g;
    }
    // "nine people, including four children": a civilian breakdown makes the whole civilian
    for (const m of mine) {
      if (m.group !== 'unknown' || m.breakdown || m.tally) continue;
      if (civilianPartAfter(mine, m)) m.group = 'civilian';
    }
    // parts that add up to another figure of the same outcome are a breakdown of it
    if (mine.length > 1) for (const o of OUTCOMES) sumParts(o, mine, out, toks, c, mask, pack.code);
    for (let k = 0; k < mine.length; k++) out.push(mine[k]!);
    prevSentenceFigures = mine;
    prevPara = s.paragraph;
    if (lastOf(s.index)) inheritedAttr = lastOf(s.index);
  }
  // late sentences may sum to an earlier total: mark earlier parts too
  markRepeats(out);
  civilianDocument(out, doc, c, memberFigures);
  releaseDoc(doc);
  // a part of a running total ("11.240 orang …, termasuk 4.630 anak-anak") is no total of its own
  for (const m of out) if (m.breakdown && m.tally) {
    m.tally = false;
    m.since = null;
  }
  return out;
}

/** The first figure of the list that is a running total. */
function firstTally(list: readonly CasualtyMention[]): CasualtyMention | undefined {
  for (let k = 0; k < list.length; k++) if (list[k]!.tally) return list[k];
  return undefined;
}

/** Whether a civilian breakdown of the figure's outcome comes after it among the sentence's figures. */
function civilianPartAfter(mine: readonly CasualtyMention[], m: CasualtyMention): boolean {
  for (const x of mine) if (x.breakdown && x.group === 'civilian' && x.outcome === m.outcome && x.numberSpan.start > m.numberSpan.start) return true;
  return false;
}

/** Whether a figure of the sentence may be a part of a sum of outcome o (a count read by an -after / -before rule). */
function partOf(m: CasualtyMention, o: Outcome): boolean {
  return m.outcome === o && !m.breakdown && m.count > 0 && AFTER_OR_BEFORE_RULE.test(m.rule);
}

/**
 * Parts of one outcome that add up to another figure are a breakdown of it: parts by group ("7
 * polisi dan 13 warga") or by severity ("3 luka berat, 4 luka ringan"); parts by place are figures
 * of their own events. Severity parts of the injured with no total given add a total (their sum).
 * `mine`: the sentence's figures (the sum is added to them); `out`: the document's figures before.
 */
function sumParts(o: Outcome, mine: CasualtyMention[], out: readonly CasualtyMention[], toks: Token[], c: ClaimPack, mask: number, code: string): void {
  let n = 0;
  for (const m of mine) if (partOf(m, o)) n++;
  if (n < 2) return;
  const parts = mine.filter((m) => partOf(m, o));
  const sum = parts.reduce((x, m) => x + m.count, 0);
  // parts by group ("7 polisi dan 13 warga") or by severity ("3 luka berat, 4 luka ringan");
  // parts by place are figures of their own events
  const byGroup = new Set(parts.map((m) => m.group)).size > 1;
  const bySeverity = (mask & B_SEVERITY) !== 0 && hasSeverity(toks, c);
  if ((byGroup || bySeverity) && [...out, ...mine].some((m) => m.outcome === o && m.count === sum && !parts.includes(m))) for (const p of parts) p.breakdown = true;
  else if (bySeverity && o === 'injured') {
    // "tiga luka berat, empat luka ringan dan satu luka-luka" with no total given: the total is
    // their sum, the parts break it down
    const groups = new Set(parts.map((m) => m.group));
    const first = parts[0]!;
    mine.push({
      ...first,
      count: sum,
      qualifier: parts.some((m) => m.qualifier === 'at_least') ? 'at_least' : parts.every((m) => m.qualifier === 'exact') ? 'exact' : 'about',
      group: groups.size === 1 ? first.group : 'unknown',
      numberSpan: { start: first.numberSpan.start, end: parts[parts.length - 1]!.numberSpan.end },
      breakdown: false,
      rule: rid(code, 'casualty/sum'),
    });
    for (const p of parts) p.breakdown = true;
  }
}

/**
 * A report whose victims are all civilians (some figure says civilians, none says soldiers,
 * police or fighters): its other figures of people of no stated group are of the same victims
 * ("No fewer than 40 people, including women and children, were killed …; residents said at least
 * 37 people were killed"). Running totals, arrests and figures told of a fight stay as they are.
 */
function civilianDocument(out: CasualtyMention[], doc: DocIds, c: ClaimPack, members: ReadonlySet<CasualtyMention>): void {
  let civ = false;
  for (const m of out) {
    if (m.tally || m.outcome === 'captured' || m.count === 0) continue;
    if (m.group === 'military') return;
    if (m.group === 'civilian') civ = true;
  }
  if (!civ) return;
  // sentence positions by index: the index itself when every sentence sits at its index (else a map)
  let identity: boolean | null = null;
  let pos: Map<number, number> | null = null;
  for (const m of out) {
    if (m.group !== 'unknown' || m.tally || m.breakdown || m.outcome === 'captured' || m.count === 0 || members.has(m)) continue;
    if (identity === null) {
      identity = true;
      for (let k = 0; k < doc.list.length && identity; k++) identity = doc.list[k]!.index === k;
      if (!identity) {
        pos = new Map();
        for (let k = 0; k < doc.list.length; k++) pos.set(doc.list[k]!.index, k);
      }
    }
    const si = identity ? (m.sentence >= 0 && m.sentence < doc.list.length ? m.sentence : undefined) : pos!.get(m.sentence);
    if (si === undefined) continue;
    useSentence(doc, si);
    if (fightScene(doc.toks[si]!, factsFor(doc.list[si]!, doc.toks[si]!), c)) continue;
    m.group = 'civilian';
  }
}

/**
 * The year of the report: of the latest date read relative to the publication time ("Kamis",
 * "kemarin"), else of the latest date at all, else of a date marked "since"; null when the
 * document dates nothing.
 */
function referenceYear(dates: readonly DateMention[]): string | null {
  let rel: string | null = null;
  let any: string | null = null;
  let marked: string | null = null;
  for (const d of dates) {
    if (!d.date || d.background) continue;
    // a date marked "since" counts last (it may be a day of the report marked by a far cue)
    if (d.since) {
      if (marked === null || d.date > marked) marked = d.date;
      continue;
    }
    if (d.relative && (rel === null || d.date > rel)) rel = d.date;
    if (any === null || d.date > any) any = d.date;
  }
  return (rel ?? any ?? marked)?.slice(0, 4) ?? null;
}

/** Links repeated figures (same count and outcome) to one primary mention with the best claimant and group. */
function markRepeats(out: CasualtyMention[]): void {
  const groups: number[][] = [];
  // (loops, no closures: as groups.find of the first group whose figures all agree with m)
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if (m.breakdown) continue;
    let g: number[] | undefined;
    for (let q = 0; q < groups.length && !g; q++) {
      const x = groups[q]!;
      const f = out[x[0]!]!;
      if (f.count !== m.count || f.outcome !== m.outcome) continue;
      let all = true;
      for (let r = 0; r < x.length && all; r++) {
        const y = out[x[r]!]!;
        all = y.group === m.group || y.group === 'unknown' || m.group === 'unknown';
      }
      if (all) g = x;
    }
    if (g) g.push(i);
    else groups.push([i]);
  }
  for (const idx of groups) {
    if (idx.length < 2) continue;
    const primary = idx.find((i) => out[i]!.claimant) ?? idx[0]!;
    const p = out[primary]!;
    for (const i of idx) if (out[i]!.group !== 'unknown' && p.group === 'unknown') p.group = out[i]!.group;
    for (const i of idx) {
      if (i === primary) continue;
      out[i]!.repeatOf = primary;
      // the outlet restating a figure (headline, lead) takes the claimant who gave it, and the
      // group it is known by; a second party giving the same figure keeps its own name
      const r = out[i]!;
      if (!r.claimant && p.claimant) r.claimant = p.claimant;
      if (r.group === 'unknown') r.group = p.group;
      if (p.group === 'unknown' && out[i]!.group !== 'unknown') p.group = out[i]!.group;
      if (!p.tally && out[i]!.tally) {
        p.tally = true;
        p.since = p.since ?? out[i]!.since;
      }
    }
  }
}

/**
 * The figures a ledger lists once: no breakdowns ("including 4 children") and no repeats of a
 * figure already given (headline, lead and body); each primary carries the best claimant and group.
 */
export function primaryFigures(casualties: readonly CasualtyMention[]): CasualtyMention[] {
  return casualties.filter((c) => !c.breakdown && c.repeatOf === null);
}
