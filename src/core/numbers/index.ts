import { factsOf, hasSmallSig as hasSig, SigMap, smallSigSet as sigSet, SIG_BITS, wordSig, tokensOf, TF_DIGIT, TF_HYPHEN, TF_NONASCII, TF_SIG_SHIFT, type Sentence, type Token } from '../engine/text.js';
import { compilePhrases, phraseAt, phraseEndingAt, type PhraseTable } from '../engine/phrases.js';
import type { LanguagePack } from '../pack.js';
import type { Qualifier } from '../types.js';
import { scanDates } from '../dates/index.js';
import type { NumberMention, NumberPack, NumberSkip, SkipReason, VagueCount } from './types.js';
export type { NumberMention, NumberPack, NumberSkip, VagueCount, SkipReason } from './types.js';

/** A pack's number tables compiled once for token look-ups. */
interface Compiled {
  units: Map<string, number>;
  teens: Map<string, number>;
  small: Map<string, number>;
  big: Map<string, number>;
  articles: Set<string>;
  joiners: Set<string>;
  of: Set<string>;
  fixed: PhraseTable<number>;
  vague: PhraseTable<VagueCount>;
  before: PhraseTable<Qualifier>;
  after: PhraseTable<Qualifier>;
  skipBefore: PhraseTable<SkipReason>;
  skipAfter: PhraseTable<SkipReason>;
  notCounts: PhraseTable<true>;
  notCountNouns: Set<string>;
  rangeWords: Set<string>;
  vagueBlockers: Set<string>;
  currency: Set<string>;
  ordinalPrefixes: Set<string>;
  nounSkip: Set<string>;
  conjunctions: Set<string>;
  /** Every word that can start a count or a not-count: phrase first words, number words, articles. */
  starters: Set<string>;
  /** between words → the joiner of their range ("antara" → "dan"). */
  between: Map<string, string>;
  /** Signatures of `starters` (a word whose signature is absent is no starter). */
  starterSig: Uint32Array;
  /**
   * `starters` looked up by word and signature (see SigMap); the value says whether the word
   * starts something only before certain words (true: "the" only in "the one", "the two sides";
   * "a" only in "a few", "a hundred"…), checked with `pairSig`.
   */
  startersBySig: SigMap<boolean>;
  /** Signatures of the (starter, next word) pairs of the sieved starters (see pairBit). */
  pairSig: Uint32Array;
  /**
   * Signatures of the starters that are not sieved (number words, words beginning a one-word
   * phrase): a word whose signature is absent is a sieved starter or none, so that a failed pair
   * test answers for it without a look-up.
   */
  unsievedSig: Uint32Array;
  /** Signatures of the first words of notCounts, vague and fixed. */
  notCountSig: Uint32Array;
  vagueSig: Uint32Array;
  fixedSig: Uint32Array;
  /**
   * Signatures of the words a qualifier or skip context can end with (before the numeral) or
   * start with (after it): a token without one is looked up in no phrase table.
   */
  beforeLastSig: Uint32Array;
  skipBeforeLastSig: Uint32Array;
  skipAfterFirstSig: Uint32Array;
  afterFirstSig: Uint32Array;
  /** Signatures of the words of some sets and maps above (see maySig). */
  unitArticleSig: Uint32Array;
  multSig: Uint32Array;
  betweenSig: Uint32Array;
  currencySig: Uint32Array;
  skipOfSig: Uint32Array;
  conjSig: Uint32Array;
  rangeSig: Uint32Array;
}

const compiled = new WeakMap<NumberPack, Compiled>();

/** A bit for a pair of word signatures (see Compiled.pairSig). */
function pairBit(a: number, b: number): number {
  return Math.imul((a << 7) ^ b ^ (a >>> 11), 0x85ebca6b) >>> (32 - SIG_BITS);
}

/** The last pack compiled (a document is read with one pack). */
let lastPack: NumberPack | null = null;
let lastCompiled: Compiled | null = null;

function compile(p: NumberPack): Compiled {
  if (p === lastPack) return lastCompiled!;
  let c = compiled.get(p);
  if (c) { lastPack = p; lastCompiled = c; return c; }
  const m = (r: Record<string, number>) => new Map(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v]));
  const s = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  c = {
    units: m(p.units),
    teens: m(p.teens),
    small: m(p.smallMultipliers),
    big: m(p.bigMultipliers),
    articles: s(p.articles),
    joiners: s(p.joiners),
    of: s(p.of),
    fixed: compilePhrases(Object.entries(p.fixed)),
    vague: compilePhrases(Object.entries(p.vague)),
    before: compilePhrases(Object.entries(p.before)),
    after: compilePhrases(Object.entries(p.after)),
    skipBefore: compilePhrases(Object.entries(p.skipBefore)),
    skipAfter: compilePhrases(Object.entries(p.skipAfter)),
    notCounts: compilePhrases(p.notCounts.map((x) => [x, true] as const)),
    notCountNouns: s(p.notCountNouns),
    rangeWords: s(p.rangeWords),
    vagueBlockers: s(p.vagueBlockers),
    currency: s(p.currencyPrefixes),
    ordinalPrefixes: s(p.ordinalPrefixes),
    nounSkip: s(p.nounSkip),
    conjunctions: s(p.conjunctions),
    starters: new Set<string>(),
    between: new Map(Object.entries(p.between)),
    starterSig: new Uint32Array(0),
    startersBySig: new SigMap<boolean>([]),
    pairSig: new Uint32Array(0),
    unsievedSig: new Uint32Array(0),
    notCountSig: new Uint32Array(0),
    vagueSig: new Uint32Array(0),
    fixedSig: new Uint32Array(0),
    beforeLastSig: new Uint32Array(0),
    skipBeforeLastSig: new Uint32Array(0),
    skipAfterFirstSig: new Uint32Array(0),
    afterFirstSig: new Uint32Array(0),
    unitArticleSig: new Uint32Array(0),
    multSig: new Uint32Array(0),
    betweenSig: new Uint32Array(0),
    currencySig: new Uint32Array(0),
    skipOfSig: new Uint32Array(0),
    conjSig: new Uint32Array(0),
    rangeSig: new Uint32Array(0),
  };
  for (const k of c.notCounts.byFirst.keys()) c.starters.add(k);
  for (const k of c.vague.byFirst.keys()) c.starters.add(k);
  for (const k of c.fixed.byFirst.keys()) c.starters.add(k);
  for (const k of c.units.keys()) c.starters.add(k);
  for (const k of c.articles) c.starters.add(k);
  c.starterSig = sigSet(c.starters);
  // The second-word sieve: a starter that is no number word and begins no one-word phrase
  // starts something only before the second word of one of its phrases, or (an article) before
  // a multiplier. Its (word, next word) pairs go into a signature set.
  const nexts = new Map<string, Set<string> | null>();
  const addNext = (w: string, next: string | null) => {
    if (!nexts.has(w)) nexts.set(w, new Set());
    const set = nexts.get(w);
    if (!set) return;
    if (next === null) nexts.set(w, null);
    else set.add(next);
  };
  for (const table of [c.notCounts, c.vague, c.fixed]) {
    for (const [w, list] of table.byFirst) for (const e of list) addNext(w, e.words.length > 1 ? e.words[1]! : null);
  }
  for (const w of c.units.keys()) addNext(w, null);
  for (const w of c.articles) for (const m of [...c.small.keys(), ...c.big.keys()]) addNext(w, m);
  let npairs = 0;
  for (const set of nexts.values()) npairs += set ? set.size : 0;
  let bits = 512;
  while (bits < npairs * 64 && bits < 1 << SIG_BITS) bits <<= 1;
  const pairs = new Uint32Array(bits >>> 5);
  for (const [w, set] of nexts) {
    if (!set) continue;
    for (const n of set) {
      const h = pairBit(wordSig(w), wordSig(n)) & (bits - 1);
      pairs[h >>> 5]! |= 1 << (h & 31);
    }
  }
  c.pairSig = pairs;
  c.startersBySig = new SigMap([...c.starters].map((w) => [w, nexts.get(w) != null] as const));
  c.unsievedSig = sigSet([...c.starters].filter((w) => nexts.get(w) == null));
  c.notCountSig = sigSet(c.notCounts.byFirst.keys());
  c.vagueSig = sigSet(c.vague.byFirst.keys());
  c.fixedSig = sigSet(c.fixed.byFirst.keys());
  c.beforeLastSig = sigSet(c.before.byLast.keys());
  c.skipBeforeLastSig = sigSet(c.skipBefore.byLast.keys());
  c.skipAfterFirstSig = sigSet(c.skipAfter.byFirst.keys());
  c.afterFirstSig = sigSet(c.after.byFirst.keys());
  c.unitArticleSig = sigSet([...c.units.keys(), ...c.articles]);
  c.multSig = sigSet([...c.big.keys(), ...c.small.keys()]);
  c.betweenSig = sigSet(c.between.keys());
  c.currencySig = sigSet(c.currency);
  c.skipOfSig = sigSet([...c.nounSkip, ...c.of]);
  c.conjSig = sigSet(c.conjunctions);
  c.rangeSig = sigSet(c.rangeWords);
  compiled.set(p, c);
  return c;
}

/** What the scanner saw in one sentence: the counts, and the numbers it did not count. */
export interface NumberScan {
  mentions: NumberMention[];
  skipped: NumberSkip[];
}

/** Finds the counts in one sentence. */
export function findNumbers(text: string, sentence: Sentence, pack: LanguagePack): NumberMention[] {
  return scan(sentence, pack, false).mentions;
}

/**
 * The one answer findNumbers gives for a sentence with no candidate (most sentences): read-only,
 * shared (frozen, so that a caller that would add to it fails loudly). scanNumbers gets its own.
 */
const NOTHING: NumberScan = Object.freeze({ mentions: Object.freeze([]) as unknown as NumberMention[], skipped: Object.freeze([]) as unknown as NumberSkip[] });

/** Rule ids "<code>/number/<rule>", made once each. */
const RULE_IDS = new Map<string, Map<string, string>>();
function ruleId(code: string, rule: string): string {
  let m = RULE_IDS.get(code);
  if (!m) RULE_IDS.set(code, (m = new Map()));
  let id = m.get(rule);
  if (id === undefined) m.set(rule, (id = `${code}/number/${rule}`));
  return id;
}

/**
 * Whether token i may start a count or a skip: a digit, a word with a digit, a starter word
 * (past the second-word sieve), a hyphenated number word. Every other token is passed over.
 */
function candidate(c: Compiled, toks: readonly Token[], facts: readonly number[], i: number): boolean {
  // Fast path: a word no table starts with, with no digit and no hyphen, starts nothing.
  const f = facts[i]!;
  if (!(f & (TF_DIGIT | TF_HYPHEN)) && ((f & TF_NONASCII) === 0 && !hasSig(c.starterSig, f >>> TF_SIG_SHIFT))) return false;
  // A token with a digit may be a numeral, a skipped number or a date.
  if (f & TF_DIGIT) return true;
  const fs = f >>> TF_SIG_SHIFT;
  // No hyphen and no unsieved starter's signature: a sieved starter ("the", "in") or no starter,
  // and either starts nothing before a word that no phrase of it has second (no look-up asked).
  if ((f & TF_HYPHEN) === 0 && !hasSig(c.unsievedSig, fs) &&
      (i + 1 >= toks.length || !hasSig(c.pairSig, pairBit(fs, facts[i + 1]! >>> TF_SIG_SHIFT)))) return false;
  const t = toks[i]!;
  const sv = c.startersBySig.get(t.lower, fs);
  if (sv === undefined) {
    if ((f & TF_HYPHEN) === 0) return false;
    // A hyphenated word starts a count only as number words ("twenty-one"); other first
    // words are starters.
    const h = t.lower.indexOf('-');
    return h >= 0 && c.units.has(t.lower.slice(0, h));
  }
  // A sieved starter ("the", "in", "a") before a word none of its phrases has second: nothing.
  if (sv === true && (f & (TF_DIGIT | TF_HYPHEN)) === 0 &&
      (i + 1 >= toks.length || !hasSig(c.pairSig, pairBit(fs, facts[i + 1]! >>> TF_SIG_SHIFT)))) return false;
  return true;
}

/**
 * Whether token i (when there is one) may be a word of `set` (signatures of a phrase table's
 * first or last words): its signature is there, or it is not ASCII (asked in full).
 */
function maySig(facts: readonly number[], i: number, set: Uint32Array): boolean {
  const f = facts[i];
  return f !== undefined && ((f & TF_NONASCII) !== 0 || hasSig(set, f >>> TF_SIG_SHIFT));
}

const GROUPED = /^\d{1,3}(?:([.,])\d{3})+$/;
const DECIMAL = /^\d+[.,]\d+$/;
const MIXED = /^\d{1,3}(?:[.,]\d{3})*[.,]\d+$/;
const RANGE = /^(\d+)-(\d+)$/;
const ORDINAL_EN = /^\d+(?:st|nd|rd|th|e|er|ème)$/;
const SUFFIXED = /^(\d{1,3}(?:[.,]\d{3})*|\d+)-([\p{L}][\p{L}\-']*)$/u;
const PREFIXED = /^([\p{L}]+)-(\d+)$/u;
const STUCK = /^([\p{L}]+\$?)(\d[\d.,]*)$/u;
const QUOTES = '"”’\'»';
/** Whether a string holds an ASCII digit (as /\d/ without the u flag), without a regex. */
function hasDigit(w: string): boolean {
  for (let k = 0; k < w.length; k++) { const d = w.charCodeAt(k); if (d >= 48 && d <= 57) return true; }
  return false;
}
const IS_WORD = /^\p{L}/u;
const IS_UPPER = /^\p{Lu}/u;
const IS_LOWER = /^\p{Ll}/u;
// The tests below answer ASCII beginnings without a regex, as the regex named beside each.
/** As STARTS_DIGIT. */
function startsDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}
/** As IS_WORD. */
function isWordStart(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : IS_WORD.test(w);
}
/** As IS_UPPER. */
function isUpperStart(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : IS_UPPER.test(w);
}
/** As IS_LOWER. */
function isLowerStart(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : IS_LOWER.test(w);
}
/** One or more ASCII digits and nothing else (as /^\d+$/). */
function allDigits(w: string): boolean {
  if (w.length === 0) return false;
  for (let k = 0; k < w.length; k++) { const d = w.charCodeAt(k); if (d < 48 || d > 57) return false; }
  return true;
}
/** As /^\d{4}$/. */
function year4(w: string): boolean {
  return w.length === 4 && allDigits(w);
}

interface Numeral {
  from: number;
  to: number;
  value: number;
  max?: number;
  qualifier?: Qualifier;
  rule: string;
  skip?: SkipReason;
  /** A decimal without multiplier: a measure or a time, not a count. */
  fractional?: boolean;
}

/**
 * Reads every number of a sentence, counts and non-counts alike. Counts become mentions with a
 * qualifier and rule; the rest are reported with the reason they are not counts.
 */
export function scanNumbers(_text: string, sentence: Sentence, pack: LanguagePack): NumberScan {
  return scan(sentence, pack, true);
}

function scan(sentence: Sentence, pack: LanguagePack, wantSkips: boolean): NumberScan {
  const c = compile(pack.numbers);
  const toks = tokensOf(sentence);
  const facts = factsOf(sentence);
  let first = 0;
  while (first < toks.length && !candidate(c, toks, facts, first)) first++;
  if (first >= toks.length) return wantSkips ? { mentions: [], skipped: [] } : NOTHING;
  return scanFrom(sentence, pack, c, toks, facts, first, wantSkips);
}

function scanFrom(
  sentence: Sentence, pack: LanguagePack, c: Compiled, toks: Token[], facts: readonly number[], first: number, wantSkips: boolean,
): NumberScan {
  const np = pack.numbers;
  const code = pack.code;
  const mentions: NumberMention[] = [];
  const skipped: NumberSkip[] = [];
  // Dates are scanned lazily: only tokens that could start a count or a skip need the check.
  let dates: ReturnType<typeof scanDates> | null = null;
  const inDate = (t: Token): boolean => {
    dates ??= scanDates(sentence, pack);
    for (const d of dates) if (t.start >= d.start && t.end <= d.end) return true;
    return false;
  };
  const skip = (from: number, to: number, reason: SkipReason, rule: string) => {
    if (wantSkips) skipped.push({ start: toks[from]!.start, end: toks[to - 1]!.end, reason, rule: ruleId(code, rule) });
  };

  let i = first;
  while (i < toks.length) {
    if (!candidate(c, toks, facts, i)) { i++; continue; }
    const f = facts[i]!;
    const t = toks[i]!;
    const c0 = t.text.charCodeAt(0);
    const fs = f >>> TF_SIG_SHIFT;
    // Phrase tables are asked only when the word's signature is theirs (or it is not ASCII).
    const ascii = (f & TF_NONASCII) === 0;
    const nc = ascii && !hasSig(c.notCountSig, fs) ? null : phraseAt(toks, i, c.notCounts);
    const vh = ascii && !hasSig(c.vagueSig, fs) ? null : phraseAt(toks, i, c.vague);
    const fh = ascii && !hasSig(c.fixedSig, fs) ? null : phraseAt(toks, i, c.fixed);
    // Only digits, number words and tokens with digits in them can start a numeral.
    const maybe = (c0 >= 48 && c0 <= 57) || (maySig(facts, i, c.unitArticleSig) && (c.units.has(t.lower) || c.articles.has(t.lower))) ||
      (c0 > 57 && hasDigit(t.text)) ||
      (t.lower.includes('-') && c.units.has(t.lower.slice(0, t.lower.indexOf('-'))));
    // A token that starts nothing is passed over whether or not it is in a date.
    if (!nc && !vh && !fh && !maybe) { i++; continue; }
    if (inDate(t)) {
      if (startsDigit(t.text)) skip(i, i + 1, 'date', 'in-date');
      i++;
      continue;
    }
    if (nc) {
      skip(nc.from, nc.to, 'determiner', 'not-count');
      i = nc.to;
      continue;
    }
    // Vague counts and fixed phrases, longest first.
    if (vh && (!fh || vh.to - vh.from >= fh.to - fh.from)) {
      const done = readVague(vh.from, vh.to, vh.value);
      if (done > i) { i = done; continue; }
    } else if (fh) {
      finish({ from: fh.from, to: fh.to, value: fh.value, rule: 'fixed' });
      i = fh.to;
      continue;
    }
    const num = maybe ? readNumeral(i) : null;
    if (num && num.rule === 'words' && num.max === undefined) {
      // Ranges of number words: "dua hingga tiga", "one to three", "two or three".
      const rw = toks[num.to];
      if (rw && ((maySig(facts, num.to, c.rangeSig) && c.rangeWords.has(rw.lower)) || rw.text === '-' || rw.text === '–') && toks[num.to + 1]) {
        const hi = readWords(num.to + 1);
        if (hi && hi.value > num.value) { num.max = hi.value; num.to = hi.to; num.rule = 'range'; }
      }
    }
    if (num && num.max === undefined && !num.skip && i > 0) {
      // "between 10 and 15", "antara 10 dan 15"
      const join = maySig(facts, i - 1, c.betweenSig) ? c.between.get(toks[i - 1]!.lower) : undefined;
      if (join && toks[num.to]?.lower === join && toks[num.to + 1]) {
        const hi = startsDigit(toks[num.to + 1]!.text) ? readDigits(num.to + 1) : readWords(num.to + 1);
        if (hi && !hi.fractional && hi.value > num.value) { num.max = hi.value; num.to = hi.to; num.rule = 'range'; }
      }
    }
    if (num) {
      finish(num);
      i = Math.max(num.to, i + 1);
      continue;
    }
    i++;
  }
  return { mentions, skipped };

  /** A vague count at [from, to): "puluhan", "dozens of", "hundreds of thousands". */
  function readVague(from: number, to: number, v: VagueCount): number {
    const prev = toks[from - 1];
    if (prev && c.vagueBlockers.has(prev.lower)) return from;
    // "sejumlah 10 orang": the vague word only introduces a numeral.
    if (toks[to] && (startsDigit(toks[to]!.text) || c.units.has(toks[to]!.lower))) return from;
    let value = v.value;
    // A quoted vague word: killed “scores” of fighters.
    while (toks[to] && QUOTES.includes(toks[to]!.text) && toks[to + 1] && c.of.has(toks[to + 1]!.lower)) to++;
    let end = to;
    let j = to;
    if (toks[j] && c.of.has(toks[j]!.lower)) j++;
    const mult = toks[j] && (c.big.get(toks[j]!.lower) ?? c.small.get(toks[j]!.lower));
    const vagueMult = !mult && toks[j] ? phraseAt(toks, j, c.vague) : null;
    if (mult) {
      value = v.scale * mult;
      end = j + 1;
    } else if (vagueMult && vagueMult.value.scale >= 1000) {
      value = v.scale * vagueMult.value.scale;
      end = vagueMult.to;
    } else if (v.requiresOf && !(toks[to] && c.of.has(toks[to]!.lower))) {
      return from;
    }
    finish({ from, to: end, value, qualifier: 'vague', rule: 'vague' });
    return end;
  }

  /** A numeral at token i: digits (with multipliers and ranges) or number words. */
  function readNumeral(i: number): Numeral | null {
    const t = toks[i]!;
    const w = t.lower;
    if (startsDigit(w)) return readDigits(i);
    if (!isWordStart(w)) return null;
    const pm = PREFIXED.exec(w);
    if (pm) {
      if (c.ordinalPrefixes.has(pm[1]!)) skip(i, i + 1, 'ordinal', 'ordinal');
      return null;
    }
    const sm = STUCK.exec(t.text);
    if (sm) {
      if (c.currency.has(sm[1]!.toLowerCase())) skip(i, i + 1, 'money', 'currency');
      return null;
    }
    return readWords(i);
  }

  function readDigits(i: number): Numeral | null {
    const t = toks[i]!;
    const w = t.lower;
    // A run of digits alone (most numbers) is no ordinal, range, suffixed or slashed form.
    const pure = allDigits(w);
    if (!pure) {
      if (ORDINAL_EN.test(w)) { skip(i, i + 1, 'ordinal', 'ordinal'); return null; }
      const rm = RANGE.exec(w);
      if (rm) {
        const lo = Number(rm[1]), hi = Number(rm[2]);
        if (lo < hi && rm[1]!.length <= 6 && rm[2]!.length <= 6 && !(rm[1]!.length === 4 && lo >= 1800 && lo <= 2100)) {
          return { from: i, to: i + 1, value: lo, max: hi, rule: 'range' };
        }
        skip(i, i + 1, rm[1]!.startsWith('0') || w.length >= 9 ? 'phone' : 'name', 'hyphenated');
        return null;
      }
      const sx = SUFFIXED.exec(w);
      if (sx) {
        const suffix = sx[2]!.split('-')[0]!;
        const base = Number(sx[1]!.replace(/[.,]/g, ''));
        if (year4(sx[1]!) && base >= 1800 && base <= 2100) { skip(i, i + 1, 'year', 'decade'); return null; } // "2000-an", "1990s"
        const aq = np.approxSuffixes[suffix];
        if (aq) return { from: i, to: i + 1, value: Number(sx[1]!.replace(/[.,]/g, '')), qualifier: aq, rule: 'digits-suffix' };
        const sa = phraseAt([{ start: 0, end: 0, text: suffix, lower: suffix }], 0, c.skipAfter);
        if (sa) { skip(i, i + 1, /-old$/.test(sx[2]!) ? 'age' : sa.value, 'suffix'); return null; }
        skip(i, i + 1, 'name', 'hyphenated');
        return null;
      }
      if (w.includes('/')) { skip(i, i + 1, 'fraction', 'slash'); return null; }
      if (!/^[\d.,]+$/.test(w)) return null; // "3G", "F16": names
    }
    // Phone numbers and codes: long digit runs, leading zeros, "+62 …".
    const prev = toks[i - 1];
    if ((pure && (w.length >= 8 || (w.length >= 3 && w.startsWith('0')))) || (prev && prev.text === '+')) {
      skip(i, i + 1, 'phone', 'phone');
      return null;
    }
    // Clock times "10:30".
    if ((toks[i + 1]?.text === ':' && toks[i + 2] && allDigits(toks[i + 2]!.text)) || (prev?.text === ':' && toks[i - 2] && allDigits(toks[i - 2]!.text))) {
      skip(i, i + 1, 'time', 'clock');
      return null;
    }
    const next = toks[i + 1];
    const nextMult = next && maySig(facts, i + 1, c.multSig) ? (c.big.get(next.lower) ?? c.small.get(next.lower)) : undefined;
    let value: number;
    let fractional = false;
    if (pure) value = Number(w);
    else {
      const gm = GROUPED.exec(w);
      const sep = gm ? gm[1]! : (/[.,]/.exec(w)?.[0] ?? '.');
      const parts = w.split(/[.,]/);
      if (gm && (parts.length > 2 || !(nextMult && sep === np.decimal && parts.length === 2))) {
        value = Number(parts.join(''));
      } else if (DECIMAL.test(w)) {
        if (np.dotTimes && sep === '.' && parts[1]!.length === 2 && Number(parts[0]) <= 24 && Number(parts[1]) < 60 && !nextMult) {
          skip(i, i + 1, 'time', 'dot-time');
          return null;
        }
        value = Number(parts[0] + '.' + parts[1]);
        fractional = true;
      } else if (MIXED.test(w)) {
        const dec = w.lastIndexOf(np.decimal);
        const intPart = w.slice(0, dec).replace(/[.,]/g, '');
        value = Number(intPart + '.' + w.slice(dec + 1));
        fractional = true;
      } else {
        skip(i, i + 1, 'name', 'digits-shape');
        return null;
      }
    }
    let to = i + 1;
    let rule = 'digits';
    // "2,5 juta", "37 ribu", "1.5 million", "2 ratus ribu".
    while (toks[to]) {
      const mv = maySig(facts, to, c.multSig) ? (c.big.get(toks[to]!.lower) ?? c.small.get(toks[to]!.lower)) : undefined;
      if (mv === undefined) break;
      value *= mv;
      to++;
      rule = 'digits-multiplier';
    }
    if (rule === 'digits-multiplier') { value = Math.round(value); fractional = false; }
    // Ranges "10 hingga 15", "10 to 15", "10 - 15".
    const rw = toks[to];
    const hiTok = toks[to + 1];
    if (!fractional && rw && hiTok && ((maySig(facts, to, c.rangeSig) && c.rangeWords.has(rw.lower)) || rw.text === '-' || rw.text === '–') && allDigits(hiTok.text)) {
      const hi = Number(hiTok.text);
      if (hi > value && !(hiTok.text.length === 4 && hi >= 1800 && hi <= 2100 && value >= 1800)) {
        return { from: i, to: to + 2, value, max: hi, rule: 'range' };
      }
    }
    if (fractional) return { from: i, to, value, rule, fractional: true };
    return { from: i, to, value, rule };
  }

  function readWords(i: number): Numeral | null {
    let total = 0, current = 0;
    let pending: number | null = null;
    let j = i;
    let any = false;
    let sawMultiplier = false;
    while (j < toks.length) {
      const w = toks[j]!.lower;
      let uv = c.units.get(w);
      if (uv === undefined && w.includes('-')) {
        // "twenty-one": parts that are all number words.
        const parts = w.split('-');
        if (parts.length === 2 && c.units.has(parts[0]!) && c.units.has(parts[1]!)) {
          const a = c.units.get(parts[0]!)!, b = c.units.get(parts[1]!)!;
          if (a >= 20 && a < 100 && a % 10 === 0 && b < 10) uv = a + b;
        }
      }
      if (uv !== undefined) {
        if (uv >= 1000) {
          if (pending !== null || current > 0) break;
          total += uv;
        } else if (uv >= 100) {
          if (pending !== null) break;
          current += uv;
        } else if (pending === null) pending = uv;
        else if (pending >= 20 && pending < 100 && pending % 10 === 0 && uv < 10) pending += uv;
        else break;
        any = true;
        j++;
        continue;
      }
      if (!any && c.articles.has(w) && toks[j + 1] && (c.small.has(toks[j + 1]!.lower) || c.big.has(toks[j + 1]!.lower))) {
        pending = 1;
        any = true;
        j++;
        continue;
      }
      const tv = c.teens.get(w);
      if (tv !== undefined) {
        if (pending === null || pending >= 10) break;
        pending += tv;
        j++;
        continue;
      }
      const sv = c.small.get(w);
      if (sv !== undefined) {
        if (pending === null) break;
        current += pending * sv;
        pending = null;
        sawMultiplier = true;
        j++;
        continue;
      }
      const bv = c.big.get(w);
      if (bv !== undefined) {
        const x = current + (pending ?? 0);
        if (x === 0) break;
        total += x * bv;
        current = 0;
        pending = null;
        sawMultiplier = true;
        j++;
        continue;
      }
      if (any && sawMultiplier && c.joiners.has(w) && toks[j + 1] && c.units.has(toks[j + 1]!.lower)) {
        j++;
        continue;
      }
      break;
    }
    if (!any) return null;
    // A trailing joiner was not followed by a number word.
    while (j > i && c.joiners.has(toks[j - 1]!.lower)) j--;
    const value = total + current + (pending ?? 0);
    const nextTok = toks[j];
    if (nextTok && c.notCountNouns.has(nextTok.lower) && j === i + 1) {
      skip(i, j, 'determiner', 'not-count-noun');
      return null;
    }
    return { from: i, to: j, value, rule: 'words' };
  }

  /** Qualifier, skip contexts, noun; then records the mention or the skip. */
  function finish(n: Numeral): void {
    if (n.skip) { skip(n.from, n.to, n.skip, n.rule); return; }
    let from = n.from;
    let to = n.to;
    let qualifier: Qualifier = n.qualifier ?? 'exact';
    let rule = n.rule;
    const q = maySig(facts, n.from - 1, c.beforeLastSig) ? phraseEndingAt(toks, n.from - 1, c.before) : null;
    if (q && n.qualifier !== 'vague') {
      qualifier = q.value;
      from = q.from;
    } else if (q) {
      from = q.from;
    }
    // Contexts before: "Pasal 5", "pukul 06.00", "berusia 25", "Rp 5 juta", "tahun 2019".
    const sb = (maySig(facts, n.from - 1, c.skipBeforeLastSig) ? phraseEndingAt(toks, n.from - 1, c.skipBefore) : null) ??
      (q && maySig(facts, q.from - 1, c.skipBeforeLastSig) ? phraseEndingAt(toks, q.from - 1, c.skipBefore) : null);
    if (sb) { skip(n.from, n.to, sb.value, 'context-before'); return; }
    // Contexts after: "25 persen", "5 km", "06.00 WIB", "3 tahun", "5 juta rupiah", "5%".
    const sa = maySig(facts, n.to, c.skipAfterFirstSig) ? phraseAt(toks, n.to, c.skipAfter) : null;
    if (sa) { skip(n.from, n.to, sa.value === 'measure' && n.qualifier === 'vague' ? 'measure' : sa.value, 'context-after'); return; }
    const prev = toks[n.from - 1];
    if (prev && (prev.text === '$' || prev.text === '€' || prev.text === '£' || (maySig(facts, n.from - 1, c.currencySig) && c.currency.has(prev.lower)))) { skip(n.from, n.to, 'money', 'currency'); return; }
    if (n.fractional) { skip(n.from, n.to, 'decimal', 'decimal'); return; }
    // Years: a bare four-digit number 1800–2100 with no qualifier.
    if (rule === 'digits' && year4(toks[n.from]!.text) && n.value >= 1800 && n.value <= 2100 && !q) {
      skip(n.from, n.to, 'year', 'year');
      return;
    }
    // Ages: "Randi (21)", "John Smith, 45,".
    if (np.agesInBrackets && n.to === n.from + 1 && n.value <= 120) {
      const before = toks[n.from - 1], after = toks[n.to], name = toks[n.from - 2];
      if (before && after && name && isUpperStart(name.text) &&
          ((before.text === '(' && after.text === ')') || (before.text === ',' && after.text === ',' && n.from - 2 > 0))) {
        skip(n.from, n.to, 'age', 'age-after-name');
        return;
      }
    }
    // Names and labels: "Persaudaraan 212 (PA)", "Unit 69 Komando", "Artikel 10 (2)": digits right
    // after a capitalized word (not the first of the sentence) with no lower-case word after them.
    if (n.rule === 'digits' && !q && n.from >= 2) {
      const before = toks[n.from - 1]!, after = toks[n.to];
      if (isUpperStart(before.text) && !(after && isLowerStart(after.text) && !(maySig(facts, n.to, c.conjSig) && c.conjunctions.has(after.lower)))) { skip(n.from, n.to, 'name', 'after-name'); return; }
      if (before.text === '(' && after?.text === ')' && startsDigit(toks[n.from - 2]!.text)) { skip(n.from, n.to, 'article', 'sub-number'); return; }
    }
    // Qualifier after: "50 lebih", "30 or more", "50 orang lebih".
    if (qualifier === 'exact') {
      const aq = maySig(facts, to, c.afterFirstSig) ? phraseAt(toks, to, c.after) : null;
      if (aq) { qualifier = aq.value; to = aq.to; }
      else if (toks[to] && isWordStart(toks[to]!.lower) && toks[to + 1]) {
        const aq2 = maySig(facts, to + 1, c.afterFirstSig) ? phraseAt(toks, to + 1, c.after) : null;
        if (aq2 && aq2.to - aq2.from === 1 && !c.before.byFirst.has(toks[to + 2]?.lower ?? '')) qualifier = aq2.value;
      }
    }
    // The counted noun: the next word, past "of", "the", classifiers.
    let k = n.to;
    let noun: string | null = null;
    for (let steps = 0; k < toks.length && steps < 3; k++, steps++) {
      const tk = toks[k]!;
      if (maySig(facts, k, c.afterFirstSig) && c.after.byFirst.has(tk.lower) && phraseAt(toks, k, c.after)) break;
      if (maySig(facts, k, c.skipOfSig) && (c.nounSkip.has(tk.lower) || c.of.has(tk.lower))) continue;
      if (isWordStart(tk.lower) && !(maySig(facts, k, c.conjSig) && c.conjunctions.has(tk.lower))) noun = tk.lower;
      break;
    }
    const m: NumberMention = {
      start: toks[from]!.start,
      end: toks[to - 1]!.end,
      value: n.value,
      qualifier,
      rule: ruleId(code, rule),
      noun,
      numeral: { start: toks[n.from]!.start, end: toks[n.to - 1]!.end },
    };
    if (n.max !== undefined) m.max = n.max;
    mentions.push(m);
  }
}
