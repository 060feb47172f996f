/** Text primitives shared by every stage: sentences and tokens with UTF-16 offsets. */

export interface Sentence {
  /** Index of the sentence in the document. */
  index: number;
  /** Index of the paragraph (blocks separated by a blank line). */
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/** How a language ends its sentences (filled by each pack's sentences.ts). */
export interface SentenceRules {
  /**
   * Lower-case abbreviations (without the final dot; inner dots kept: "u.s", "a.n") after which
   * a dot does not end a sentence: titles, ranks, "Jl", "No", month abbreviations.
   */
  abbreviations: ReadonlySet<string>;
  /**
   * Abbreviations that often close a sentence too ("etc", "dll", "a.m"): a dot after them ends
   * the sentence when an upper-case word follows. Subset of nothing; checked before `abbreviations`.
   */
  terminalAbbreviations?: ReadonlySet<string>;
  /** Opening quote marks of the language (a sentence may start with one). */
  openQuotes?: string;
  /** Closing quote marks and brackets that belong to the sentence before a break. */
  closeQuotes?: string;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Word-ness of each BMP code unit above ASCII, learnt on first sight: 0 unknown, 1 word, 2 not. */
const WORD_TABLE = new Uint8Array(0x10000);

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let v = WORD_TABLE[c]!;
  if (v === 0) {
    const no = c === 0x2019 || c === 0x2018 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014 || c === 0xa0 ||
      (c >= 0xd800 && c <= 0xdfff); // surrogates: handled by the caller
    v = !no && WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_TABLE[c] = v;
  }
  return v === 1;
}

function c0AZ(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isJoiner(c: number): boolean {
  return c === 45 /* - */ || c === 39 /* ' */ || c === 0x2019 /* ’ */ || c === 46 /* . */ || c === 44 /* , */ || c === 47 /* / */;
}

/**
 * Splits a span of text into word, number and punctuation tokens. A word is a run of letters,
 * marks and digits, with inner joiners kept when a word character follows: "Nagorno-Karabakh",
 * "jum'at", "1.200", "2,5", "8/10", "U.S". Every other non-space character is its own token.
 */
export function tokenize(text: string, offset = 0): Token[] {
  return scanTokens({ text, lower: undefined }, 0, text.length, offset);
}

/**
 * Per-token facts kept beside a sentence's tokens (see factsOf): bit flags in the low byte, the
 * token's word signature (wordSig of its lower-case form) above them.
 */
export const TF_UPPER = 1; // the first UTF-16 unit is an upper-case letter (it differs from its lower case)
export const TF_DIGIT = 2; // holds an ASCII digit
export const TF_HYPHEN = 4; // holds "-"
export const TF_NONASCII = 8; // the lower-case form holds a unit above U+007F
export const TF_DIGIT0 = 16; // starts with an ASCII digit
export const TF_JOINED = 32; // a word holding an inner joiner (- ' ’ . , /) between word characters
export const TF_SIG_SHIFT = 8;

/** Bits of wordSig. */
export const SIG_BITS = 18;

/**
 * A cheap signature of a word (first three and last two UTF-16 units, length), no string
 * hashing: a set of signatures (see sigSet) answers "certainly not in the table" for most words
 * without a Map look-up. (The third and the last but one unit count too: words that share their
 * first two and last units and their length — "pada" and "para", "keamanan" and "kedutaan",
 * "berkata" and "belanda" — are common in Indonesian and Malay, and each such pair made every
 * stage's sieve let a word through to a look-up that failed.)
 */
export function wordSig(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  const x = (w.charCodeAt(0) << 16) ^ (n > 1 ? w.charCodeAt(1) << 8 : 0) ^ w.charCodeAt(n - 1) ^ (n << 24);
  const y = n > 3 ? w.charCodeAt(2) | (w.charCodeAt(n - 2) << 16) : 0;
  return Math.imul(x ^ Math.imul(y, 0x85ebca6b), 0x9e3779b1) >>> (32 - SIG_BITS);
}

/** wordSig(text.slice(i, e).toLowerCase()) for ASCII text[i, e) (i < e), without making the string. */
export function asciiRangeSig(text: string, i: number, e: number): number {
  const n = e - i;
  const x = (asciiLower(text.charCodeAt(i)) << 16) ^ (n > 1 ? asciiLower(text.charCodeAt(i + 1)) << 8 : 0) ^ asciiLower(text.charCodeAt(e - 1)) ^ (n << 24);
  const y = n > 3 ? asciiLower(text.charCodeAt(i + 2)) | (asciiLower(text.charCodeAt(e - 2)) << 16) : 0;
  return Math.imul(x ^ Math.imul(y, 0x85ebca6b), 0x9e3779b1) >>> (32 - SIG_BITS);
}

/** An ASCII unit lower-cased. */
export function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c | 32 : c;
}

/** A bit set of the signatures of some words (32 KB: stays in cache). */
export function sigSet(words: Iterable<string>): Uint32Array {
  const set = new Uint32Array(1 << (SIG_BITS - 5));
  for (const w of words) {
    const h = wordSig(w);
    set[h >>> 5]! |= 1 << (h & 31);
  }
  return set;
}

/**
 * Whether a signature is in a sigSet or a smallSigSet (the set's size says how many low bits of
 * the signature index it: all of them for a sigSet).
 */
export function hasSig(set: Uint32Array, h: number): boolean {
  const b = h & ((set.length << 5) - 1);
  return (set[b >>> 5]! & (1 << (b & 31))) !== 0;
}

/**
 * A sigSet sized to its words (about 64 bits a word, at least 512 bits; the signature's low bits
 * index it): a table of a hundred words takes 1–2 KB instead of 32 KB, so that the per-token bit
 * tests of a stage stay in the processor's cache while the other stages run. Asked with hasSig
 * (or its alias hasSmallSig); a false positive rate of about 1/64 per word. A drop-in for sigSet
 * wherever the set is only filled by the function and read by hasSig.
 */
export function smallSigSet(words: Iterable<string>): Uint32Array {
  const list = [...words];
  let bits = 512;
  while (bits < list.length * 64 && bits < 1 << SIG_BITS) bits <<= 1;
  const set = new Uint32Array(bits >>> 5);
  for (const w of list) {
    const h = wordSig(w) & (bits - 1);
    set[h >>> 5]! |= 1 << (h & 31);
  }
  return set;
}

/** Whether a signature (or any number of at least as many bits) is in a smallSigSet (as hasSig). */
export const hasSmallSig = hasSig;

function upperInitial(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = w[0]!;
  return ch !== ch.toLowerCase();
}

/** The facts of one token (as tokenize makes them), computed from its strings. */
function factOf(t: Token): number {
  const w = t.text;
  const l = t.lower;
  let f = upperInitial(w) ? TF_UPPER : 0;
  const c0 = w.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) f |= TF_DIGIT0;
  for (let k = 0; k < w.length; k++) {
    const d = w.charCodeAt(k);
    if (d >= 48 && d <= 57) f |= TF_DIGIT;
    else if (d === 45) f |= TF_HYPHEN;
  }
  for (let k = 0; k < l.length; k++) if (l.charCodeAt(k) > 0x7f) { f |= TF_NONASCII; break; }
  if (w.length > 2 && isWordCode(c0)) {
    for (let k = 1; k + 1 < w.length; k++) if (isJoiner(w.charCodeAt(k))) { f |= TF_JOINED; break; }
  }
  return f | (wordSig(l) << TF_SIG_SHIFT);
}

/** The text a document's sentences were cut from, lower-cased once when a tokenizer needs it. */
interface DocText {
  text: string;
  /** The whole text lower-cased when that keeps every offset (no "İ", no "Σ"); null when not; undefined until asked. */
  lower: string | null | undefined;
}

/** Lower case of the whole text when that keeps every offset (no "İ", no "Σ"), else null; computed once. */
function lowerOf(doc: DocText): string | null {
  if (doc.lower === undefined) {
    const l = doc.text.toLowerCase();
    doc.lower = l.length !== doc.text.length || doc.text.includes('\u03a3') ? null : l;
  }
  return doc.lower;
}

/**
 * The tokenizer: tokens of doc.text[from, to), offsets shifted by `offset`, read from the whole
 * text (no sliced copy). A token with no A–Z and no non-ASCII character is its own lower case (most
 * words, all digits and punctuation): no second string. Others are cut from the text lower-cased
 * once (computed on first need), unless lower-casing changes lengths ("İ") or depends on context
 * (final sigma): then token by token. (scanSentence is the same scan for a document's sentences, with facts.)
 */
function scanTokens(doc: DocText, from: number, to: number, offset: number): Token[] {
  const text = doc.text;
  const out: Token[] = [];
  const n = to;
  let i = from;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x3000) { i++; continue; }
    const start = i;
    let mixed = (c >= 65 && c <= 90) || c >= 128;
    if (isWordCode(c)) {
      i++;
      for (;;) {
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d < 128) {
            if (d >= 97 ? d <= 122 : d >= 65 ? d <= 90 && (mixed = true) : d >= 48 && d <= 57) { i++; continue; }
            break;
          }
          mixed = true;
          if (d >= 0xd800 && d <= 0xdbff) { // astral letters: test the pair
            if (WORD_CHAR.test(text.slice(i, i + 2 > n ? n : i + 2))) { i += 2; continue; }
            break;
          }
          if (!isWordCode(d)) break;
          i++;
        }
        if (i + 1 < n && isJoiner(c = text.charCodeAt(i)) && isWordCode((c = text.charCodeAt(i + 1)))) {
          if (c === 0x2019 || (c >= 65 && c <= 90) || c >= 128) mixed = true;
          i += 1;
          continue;
        }
        break;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && WORD_CHAR.test(text.slice(i, i + 2 > n ? n : i + 2))) {
      i += 2;
      while (i < n && isWordCode(text.charCodeAt(i))) i++;
    } else {
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    const e = i > n ? n : i;
    const t = text.slice(start, e);
    if (!mixed) {
      out.push({ start: offset + start, end: offset + i, text: t, lower: t });
      continue;
    }
    const lowerAll = lowerOf(doc);
    out.push({ start: offset + start, end: offset + i, text: t, lower: lowerAll !== null ? lowerAll.slice(start, e) : t.toLowerCase() });
  }
  return out;
}

/**
 * scanTokens for a sentence of a document (offsets are the document's), each token's facts (see
 * factsOf) pushed to `facts`. The same scan written out twice on purpose: V8 keeps one set of type
 * feedback and one optimized code per function, and tokenize() is called by the stages' table
 * compilers on short phrases of every kind; with one shared function the optimized sentence scan
 * ran about twice as slow once those calls had been made (measured inside the reading stage).
 * The engine's tests check that the two give the same tokens.
 */
function scanSentence(doc: DocText, from: number, to: number, facts: number[]): Token[] {
  const text = doc.text;
  const out: Token[] = [];
  const n = to;
  let i = from;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x3000) { i++; continue; }
    const start = i;
    let mixed = (c >= 65 && c <= 90) || c >= 128;
    // (a unit above ASCII in the token: its facts are then read from its strings by factOf)
    let high = c >= 128;
    let f = c >= 48 && c <= 57 ? TF_DIGIT0 | TF_DIGIT : 0;
    if (isWordCode(c)) {
      i++;
      for (;;) {
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d < 128) {
            if (d >= 97 ? d <= 122 : d >= 65 ? d <= 90 && (mixed = true) : d >= 48 && d <= 57 && (f |= TF_DIGIT) !== 0) { i++; continue; }
            break;
          }
          mixed = true;
          high = true;
          if (d >= 0xd800 && d <= 0xdbff) { // astral letters: test the pair
            if (WORD_CHAR.test(text.slice(i, i + 2 > n ? n : i + 2))) { i += 2; continue; }
            break;
          }
          if (!isWordCode(d)) break;
          i++;
        }
        if (i + 1 < n && isJoiner(c = text.charCodeAt(i)) && isWordCode((c = text.charCodeAt(i + 1)))) {
          if (text.charCodeAt(i) === 45) f |= TF_HYPHEN;
          f |= TF_JOINED;
          if (c === 0x2019 || (c >= 65 && c <= 90) || c >= 128) mixed = true;
          if (c >= 128) high = true;
          i += 1;
          continue;
        }
        break;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && WORD_CHAR.test(text.slice(i, i + 2 > n ? n : i + 2))) {
      i += 2;
      while (i < n && isWordCode(text.charCodeAt(i))) i++;
    } else {
      if (c === 45) f |= TF_HYPHEN;
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    const e = i > n ? n : i;
    const t = text.slice(start, e);
    if (!mixed) {
      out.push({ start: start, end: i, text: t, lower: t });
      facts.push(f | (wordSig(t) << TF_SIG_SHIFT));
      continue;
    }
    const lowerAll = lowerOf(doc);
    const tok: Token = { start: start, end: i, text: t, lower: lowerAll !== null ? lowerAll.slice(start, e) : t.toLowerCase() };
    out.push(tok);
    // An ASCII token (mixed for its capitals only): the facts the scan gathered, as factOf finds them.
    facts.push(high ? factOf(tok) : f | (c0AZ(text.charCodeAt(start)) ? TF_UPPER : 0) | (wordSig(tok.lower) << TF_SIG_SHIFT));
  }
  return out;
}

/**
 * The sentences splitSentences makes: plain data (index, paragraph, start, end, text — the only
 * enumerable fields, so JSON and Object.keys see a plain Sentence) plus a private memo where the
 * stages keep what they computed once per sentence (tokens, date spans). A private field keeps
 * the object's shape fixed; adding properties later made every sentence slower to read.
 */
class MemoSentence implements Sentence {
  #tokens: Token[] | undefined;
  #facts: number[] | undefined;
  /** The memo as key, value, key, value… (a sentence keeps few values: a short array beats a Map). */
  #memo2: unknown[] | undefined;
  #doc: DocText | null;
  constructor(public index: number, public paragraph: number, public start: number, public end: number, public text: string, doc: DocText | null) {
    this.#doc = doc;
  }
  static tokens(s: Sentence): Token[] | null {
    if (!(s instanceof MemoSentence)) return null;
    return s.#tokens ?? MemoSentence.#tokenize(s);
  }
  static #tokenize(s: MemoSentence): Token[] {
    // Read from the document's text when its lower case keeps offsets; otherwise the sentence is
    // lower-cased alone, as tokenize does.
    if (s.#doc && lowerOf(s.#doc) !== null) {
      const facts: number[] = [];
      s.#tokens = scanSentence(s.#doc, s.start, s.end, facts);
      s.#facts = facts;
      return s.#tokens;
    }
    return (s.#tokens = tokenize(s.text, s.start));
  }
  static lowerText(s: Sentence, text: string): string | null {
    return s instanceof MemoSentence && s.#doc && s.#doc.text === text ? lowerOf(s.#doc) : null;
  }
  static facts(s: Sentence): number[] | null {
    if (!(s instanceof MemoSentence)) return null;
    if (s.#facts) return s.#facts;
    const toks = s.#tokens ?? MemoSentence.#tokenize(s);
    if (!s.#facts) {
      const f: number[] = [];
      for (let k = 0; k < toks.length; k++) f.push(factOf(toks[k]!));
      s.#facts = f;
    }
    return s.#facts;
  }
  static peek<T>(s: Sentence, key: symbol): T | undefined {
    if (!(s instanceof MemoSentence)) return fallback.get(s)?.get(key) as T | undefined;
    const m = s.#memo2;
    if (m) for (let k = 0; k < m.length; k += 2) if (m[k] === key) return m[k + 1] as T;
    return undefined;
  }
  static put(s: Sentence, key: symbol, v: unknown): void {
    if (v === undefined) return;
    if (!(s instanceof MemoSentence)) {
      let m = fallback.get(s);
      if (!m) fallback.set(s, (m = new Map()));
      m.set(key, v);
      return;
    }
    (s.#memo2 ??= []).push(key, v);
  }
  static memo<T>(s: Sentence, key: symbol, make: () => T): T {
    if (!(s instanceof MemoSentence)) return fallbackMemo(s, key, make);
    let m = s.#memo2;
    if (!m) s.#memo2 = m = [];
    for (let k = 0; k < m.length; k += 2) if (m[k] === key) return m[k + 1] as T;
    const v = make();
    if (v !== undefined) m.push(key, v);
    return v;
  }
}

const fallback = new WeakMap<Sentence, Map<symbol, unknown>>();

function fallbackMemo<T>(s: Sentence, key: symbol, make: () => T): T {
  let m = fallback.get(s);
  if (!m) fallback.set(s, (m = new Map()));
  let v = m.get(key) as T | undefined;
  if (v === undefined) {
    v = make();
    m.set(key, v);
  }
  return v;
}

/**
 * A value computed once per sentence object and kept with it (keyed by a symbol the caller
 * owns). Sentences made elsewhere (tests, other callers) fall back to a WeakMap.
 */
export function memoOf<T>(sentence: Sentence, key: symbol, make: () => T): T {
  return MemoSentence.memo(sentence, key, make);
}

/** The value memoOf keeps under `key` for this sentence, or undefined (nothing made yet). */
export function memoPeek<T>(sentence: Sentence, key: symbol): T | undefined {
  return MemoSentence.peek<T>(sentence, key);
}

/**
 * Keeps `value` under `key` (see memoOf; undefined is not kept): with memoPeek, a memo that needs
 * no closure. Only for a key not yet set.
 */
export function memoPut(sentence: Sentence, key: symbol, value: unknown): void {
  MemoSentence.put(sentence, key, value);
}

/**
 * `text` lower-cased, when `text` is the text the sentence was cut from and lower-casing it keeps
 * every offset (see DocText.lower; computed once per document); null otherwise.
 * Unit by unit the lower case of the text, so that a pattern of lower-case ASCII words run on it
 * case-sensitively finds what the same pattern finds in the text with the i and u flags, except at
 * the two characters that fold to another than their lower case (see LOWER_FOLD_TRAPS).
 */
export function lowerTextOf(sentence: Sentence, text: string): string | null {
  return MemoSentence.lowerText(sentence, text);
}

/**
 * "ſ" (its case folding is "s", its lower case itself) and U+0345 (a mark that folds to the letter
 * "ι"): where these occur, a case-insensitive pattern and the lower-cased text disagree.
 */
export function hasLowerFoldTraps(lower: string): boolean {
  return lower.indexOf('\u017f') >= 0 || lower.indexOf('\u0345') >= 0;
}

const TOKENS = Symbol('tokens');
const FACTS = Symbol('facts');

/**
 * The tokens of a sentence (offsets into the document), computed once per sentence object and
 * shared by every stage that asks.
 */
export function tokensOf(sentence: Sentence): Token[] {
  return MemoSentence.tokens(sentence) ?? memoOf(sentence, TOKENS, () => tokenize(sentence.text, sentence.start));
}

/**
 * Facts of each token of tokensOf(sentence), in a parallel array computed once per sentence:
 * flags (TF_UPPER, TF_DIGIT, TF_DIGIT0, TF_HYPHEN, TF_NONASCII) in the low byte and the word
 * signature of the token's lower-case form above TF_SIG_SHIFT. Lets a stage pass over most
 * tokens with bit tests instead of string look-ups.
 */
export function factsOf(sentence: Sentence): readonly number[] {
  return MemoSentence.facts(sentence) ?? memoOf(sentence, FACTS, () => {
    const toks = tokensOf(sentence);
    const f: number[] = [];
    for (let k = 0; k < toks.length; k++) f.push(factOf(toks[k]!));
    return f;
  });
}

const DEFAULT_OPEN = '"“‘\'«(\[';
const DEFAULT_CLOSE = '"\'”’)]»';

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x202f || c === 0x2009 || c === 0x3000;
}

const UPPER_OR_DIGIT = /[\p{Lu}\p{Lt}\p{N}]/u;
function isUpperOrDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return UPPER_OR_DIGIT.test(ch);
}

/** White space as String.prototype.trim sees it. */
function isTrimSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether text[from, to) has a character other than white space (as slice().trim().length > 0). */
function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isTrimSpace(text.charCodeAt(i))) return true;
  return false;
}

const LETTER_MARK = /^[\p{L}\p{M}]$/u;
/** Letter-or-mark-ness of BMP code units above ASCII, learnt on first sight: 0 unknown, 1 yes, 2 no. */
const LM_TABLE = new Uint8Array(0x10000);

/**
 * Start of the word before a dot at `end`: the run of letters, marks and dots ending there,
 * looking back no further than `lo` (as /([\p{L}\p{M}.]+)$/u on text.slice(lo, end)).
 */
function wordBeforeDot(text: string, lo: number, end: number): number {
  let k = end;
  while (k > lo) {
    const c = text.charCodeAt(k - 1);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46) { k--; continue; }
      break;
    }
    if (c >= 0xdc00 && c <= 0xdfff) { // a low surrogate: the pair, when whole inside the window
      if (k - 2 >= lo && LETTER_MARK.test(text.slice(k - 2, k))) { k -= 2; continue; }
      break;
    }
    if (c >= 0xd800 && c <= 0xdbff) break; // a lone high surrogate
    let v = LM_TABLE[c]!;
    if (v === 0) LM_TABLE[c] = v = LETTER_MARK.test(String.fromCharCode(c)) ? 1 : 2;
    if (v !== 1) break;
    k--;
  }
  return k;
}

const INITIAL = /^\p{L}$/u;
const DOTTED = /^(\p{L}\.)+\p{L}$/u;

/**
 * Splits text into sentences. Lines always end a sentence (the document stage joins paragraphs
 * with blank lines); inside a line a sentence ends at . ! ? (plus closing quotes/brackets)
 * followed by white space and an upper-case letter, a digit or an opening quote, unless
 * - the word before the dot is one of the pack's abbreviations ("Jl.", "Kol.", "Gen.", "No."),
 *   a single initial ("J. Smith") or dotted initials ("U.S. forces");
 * - the break would fall inside parentheses that close later on the same line.
 * Dots inside tokens ("Rp1.200", "16.25", "8/10") never split: a break needs white space.
 */
export function splitSentences(text: string, rules: SentenceRules): Sentence[] {
  const out: Sentence[] = [];
  const closers = rules.closeQuotes ?? DEFAULT_CLOSE;
  const openers = rules.openQuotes ?? DEFAULT_OPEN;
  const terminal = rules.terminalAbbreviations;
  let paragraph = 0;
  let lineStart = 0;
  let sawBlank = false;
  const n = text.length;
  const doc: DocText = { text, lower: undefined };
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    if (lineEnd > lineStart && hasNonSpace(text, lineStart, lineEnd)) {
      if (out.length > 0 && sawBlank) paragraph++;
      sawBlank = false;
      splitLine(text, lineStart, lineEnd, paragraph, rules, closers, openers, terminal, out, doc);
    } else {
      sawBlank = true;
    }
    if (lineEnd >= n) break;
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(
  text: string, from: number, to: number, paragraph: number, rules: SentenceRules,
  closers: string, openers: string, terminal: ReadonlySet<string> | undefined, out: Sentence[], doc: DocText,
): void {
  let sStart = from;
  let depth = 0;
  // Jump from one . ! ? to the next (indexOf), counting the brackets passed on the way, rather
  // than reading every character.
  const nx = (c: string, at: number): number => {
    const p = text.indexOf(c, at);
    return p < 0 || p >= to ? to : p;
  };
  let pO = nx('(', from), pC = nx(')', from), pD = nx('.', from), pE = nx('!', from), pQ = nx('?', from);
  let i = from;
  while (i < to) {
    if (pO < i) pO = nx('(', i);
    if (pC < i) pC = nx(')', i);
    if (pD < i) pD = nx('.', i);
    if (pE < i) pE = nx('!', i);
    if (pQ < i) pQ = nx('?', i);
    let t = pD < pE ? pD : pE;
    if (pQ < t) t = pQ;
    for (;;) {
      const p = pO < pC ? pO : pC;
      if (p >= t) break;
      if (p === pO) { depth++; pO = nx('(', p + 1); }
      else { if (depth > 0) depth--; pC = nx(')', p + 1); }
    }
    if (t >= to) break;
    i = t;
    const ch = text[i]!;
    let j = i + 1;
    while (j < to && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < to && closers.includes(text[j]!)) {
      if (text[j] === ')' && depth > 0) depth--;
      j++;
    }
    if (j >= to) break;
    if (!isSpace(text.charCodeAt(j))) { i++; continue; }
    let k = j;
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    if (k >= to) break;
    const next = text[k]!;
    if (!isUpperOrDigit(next) && !openers.includes(next)) { i++; continue; }
    // Inside "( … )" that closes later on this line: not a break.
    if (depth > 0 && text.indexOf(')', k) >= 0 && text.indexOf(')', k) < to) { i++; continue; }
    if (ch === '.' && j === i + 1) {
      const ws = wordBeforeDot(text, Math.max(sStart, i - 24), i);
      const word = ws < i ? text.slice(ws, i).toLowerCase() : '';
      if (word) {
        // (a word without dots, the common case, needs neither dot pattern)
        const dotted = word.indexOf('.') >= 0;
        const bare = dotted ? word.replace(/^\.+/, '') : word;
        if (!(terminal && terminal.has(bare))) {
          if (rules.abbreviations.has(bare) || (dotted && rules.abbreviations.has(bare.replace(/\./g, '')))) { i++; continue; }
          if (bare.length <= 2 && INITIAL.test(bare) && !/\d/.test(next)) { i++; continue; } // an initial: "J. Smith"
          if (dotted && DOTTED.test(bare)) { i++; continue; } // "U.S" in "U.S. forces"
        }
      }
    }
    pushSentence(text, out, sStart, j, paragraph, doc);
    sStart = k;
    depth = 0;
    i = k;
  }
  pushSentence(text, out, sStart, to, paragraph, doc);
}

/**
 * Longest sentence the engine hands to the stages (UTF-16 units). Every per-sentence stage works
 * on windows of tokens, some of them superlinear in the sentence length; a run-on "sentence"
 * (a scrape with no punctuation, a table flattened to one line) is cut into pieces of at most
 * this length so that no input can make a stage hang. Real sentences are far shorter.
 */
export const MAX_SENTENCE = 1000;

/**
 * Where to cut an over-long span [s, e) at or before s + max: the last clause boundary ("; ",
 * ", ", ": ") in the second half of the window, else the last white space, else (one giant
 * token) the window's end, never between the halves of a surrogate pair.
 */
function cutPoint(text: string, s: number, max: number): number {
  const lim = s + max;
  const half = s + (max >> 1);
  let space = -1;
  let comma = -1;
  for (let i = lim; i > half; i--) {
    if (!isSpace(text.charCodeAt(i))) continue;
    const p = text.charCodeAt(i - 1);
    if (p === 59 /* ; */) return i;
    if (comma < 0 && (p === 44 /* , */ || p === 58 /* : */)) comma = i;
    if (space < 0) space = i;
  }
  if (comma >= 0) return comma;
  if (space >= 0) return space;
  for (let i = lim; i > s; i--) if (isSpace(text.charCodeAt(i))) return i;
  const c = text.charCodeAt(lim - 1);
  return c >= 0xd800 && c <= 0xdbff ? lim - 1 : lim;
}

function pushSentence(text: string, out: Sentence[], s: number, e: number, paragraph: number, doc: DocText): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  while (e - s > MAX_SENTENCE) {
    const cut = cutPoint(text, s, MAX_SENTENCE);
    let ce = cut;
    while (ce > s && isSpace(text.charCodeAt(ce - 1))) ce--;
    if (ce > s) out.push(new MemoSentence(out.length, paragraph, s, ce, text.slice(s, ce), doc));
    s = cut;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  if (e <= s) return;
  out.push(new MemoSentence(out.length, paragraph, s, e, text.slice(s, e), doc));
}

/** Folds a name for look-ups: lower case, no diacritics, unified quotes, dashes and spaces. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐-―]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export class SigMap<V> {
  /** A smallSigSet of the keys. */
  readonly bits: Uint32Array;
  readonly #mask: number;
  /**
   * The words by open addressing on their signature (-1 marks a free slot): a look-up is a few
   * loads from typed arrays and one string comparison on a hit, no Map.
   */
  readonly #sigs: Int32Array;
  readonly #keys: string[];
  readonly #vals: V[];
  readonly #slotMask: number;
  constructor(entries: Iterable<readonly [string, V]>) {
    const byKey = new Map<string, V>();
    for (const [k, v] of entries) byKey.set(k, v);
    let size = 8;
    while (size < 2 * byKey.size) size <<= 1;
    this.#sigs = new Int32Array(size).fill(-1);
    this.#keys = new Array<string>(size).fill('');
    this.#vals = new Array<V>(size);
    this.#slotMask = size - 1;
    for (const [k, v] of byKey) {
      const h = wordSig(k);
      let x = h & this.#slotMask;
      while (this.#sigs[x] !== -1) x = (x + 1) & this.#slotMask;
      this.#sigs[x] = h;
      this.#keys[x] = k;
      this.#vals[x] = v;
    }
    this.bits = smallSigSet(byKey.keys());
    this.#mask = (this.bits.length << 5) - 1;
  }
  /** The value of word `w`, whose wordSig is `h`; undefined when absent. */
  get(w: string, h: number): V | undefined {
    const b = h & this.#mask;
    if ((this.bits[b >>> 5]! & (1 << (b & 31))) === 0) return undefined;
    const sigs = this.#sigs, mask = this.#slotMask;
    for (let x = h & mask; ; x = (x + 1) & mask) {
      const y = sigs[x]!;
      if (y === -1) return undefined;
      if (y === h && this.#keys[x] === w) return this.#vals[x];
    }
  }
}
