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

function isJoiner(c: number): boolean {
  return c === 45 /* - */ || c === 39 /* ' */ || c === 0x2019 /* ’ */ || c === 46 /* . */ || c === 44 /* , */ || c === 47 /* / */;
}

/**
 * Splits a span of text into word, number and punctuation tokens. A word is a run of letters,
 * marks and digits, with inner joiners kept when a word character follows: "Nagorno-Karabakh",
 * "jum'at", "1.200", "2,5", "8/10", "U.S". Every other non-space character is its own token.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  // A token with no A–Z and no non-ASCII character is its own lower case (most words, all
  // digits and punctuation): no second string. Others are cut from the text lower-cased once
  // (computed on first need), unless lower-casing changes lengths ("İ") or depends on context
  // (final sigma): then token by token.
  let lowerAll: string | null | undefined;
  let i = 0;
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
            if (WORD_CHAR.test(text.slice(i, i + 2))) { i += 2; continue; }
            break;
          }
          if (!isWordCode(d)) break;
          i++;
        }
        if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordCode((c = text.charCodeAt(i + 1)))) {
          if (c === 0x2019 || (c >= 65 && c <= 90) || c >= 128) mixed = true;
          i += 1;
          continue;
        }
        break;
      }
    } else if (c >= 0xd800 && c <= 0xdbff && WORD_CHAR.test(text.slice(i, i + 2))) {
      i += 2;
      while (i < n && isWordCode(text.charCodeAt(i))) i++;
    } else {
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    const t = text.slice(start, i);
    let lower = t;
    if (mixed) {
      if (lowerAll === undefined) {
        lowerAll = text.toLowerCase();
        if (lowerAll.length !== n || text.includes('\u03a3')) lowerAll = null;
      }
      lower = lowerAll !== null ? lowerAll.slice(start, i) : t.toLowerCase();
    }
    out.push({ start: offset + start, end: offset + i, text: t, lower });
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
  #memo: Map<symbol, unknown> | undefined;
  #tokens: Token[] | undefined;
  constructor(public index: number, public paragraph: number, public start: number, public end: number, public text: string) {}
  static tokens(s: Sentence): Token[] | null {
    if (!(s instanceof MemoSentence)) return null;
    return (s.#tokens ??= tokenize(s.text, s.start));
  }
  static memo<T>(s: Sentence, key: symbol, make: () => T): T {
    if (!(s instanceof MemoSentence)) return fallbackMemo(s, key, make);
    let m = s.#memo;
    if (!m) s.#memo = m = new Map();
    let v = m.get(key) as T | undefined;
    if (v === undefined) {
      v = make();
      m.set(key, v);
    }
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

const TOKENS = Symbol('tokens');

/**
 * The tokens of a sentence (offsets into the document), computed once per sentence object and
 * shared by every stage that asks.
 */
export function tokensOf(sentence: Sentence): Token[] {
  return MemoSentence.tokens(sentence) ?? memoOf(sentence, TOKENS, () => tokenize(sentence.text, sentence.start));
}

const DEFAULT_OPEN = '"“‘\'«(\[';
const DEFAULT_CLOSE = '"\'”’)]»';

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x202f || c === 0x2009 || c === 0x3000;
}

function isUpperOrDigit(ch: string): boolean {
  return /[\p{Lu}\p{Lt}\p{N}]/u.test(ch);
}

const WORD_BEFORE_DOT = /([\p{L}\p{M}.]+)$/u;
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
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    if (lineEnd > lineStart && text.slice(lineStart, lineEnd).trim().length > 0) {
      if (out.length > 0 && sawBlank) paragraph++;
      sawBlank = false;
      splitLine(text, lineStart, lineEnd, paragraph, rules, closers, openers, terminal, out);
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
  closers: string, openers: string, terminal: ReadonlySet<string> | undefined, out: Sentence[],
): void {
  let sStart = from;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') { if (depth > 0) depth--; }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < to && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < to && closers.includes(text[j]!)) {
      if (text[j] === ')' && depth > 0) depth--;
      j++;
    }
    if (j >= to) break;
    if (!isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    if (k >= to) break;
    const next = text[k]!;
    if (!isUpperOrDigit(next) && !openers.includes(next)) continue;
    // Inside "( … )" that closes later on this line: not a break.
    if (depth > 0 && text.indexOf(')', k) >= 0 && text.indexOf(')', k) < to) continue;
    if (ch === '.' && j === i + 1) {
      const wm = WORD_BEFORE_DOT.exec(text.slice(Math.max(sStart, i - 24), i));
      const word = wm ? wm[1]!.toLowerCase() : '';
      if (word) {
        const bare = word.replace(/^\.+/, '');
        if (!(terminal && terminal.has(bare))) {
          if (rules.abbreviations.has(bare) || rules.abbreviations.has(bare.replace(/\./g, ''))) continue;
          if (INITIAL.test(bare) && !/\d/.test(next)) continue; // an initial: "J. Smith"
          if (DOTTED.test(bare)) continue; // "U.S" in "U.S. forces"
        }
      }
    }
    pushSentence(text, out, sStart, j, paragraph);
    sStart = k;
    depth = 0;
    i = k - 1;
  }
  pushSentence(text, out, sStart, to, paragraph);
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

function pushSentence(text: string, out: Sentence[], s: number, e: number, paragraph: number): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  while (e - s > MAX_SENTENCE) {
    const cut = cutPoint(text, s, MAX_SENTENCE);
    let ce = cut;
    while (ce > s && isSpace(text.charCodeAt(ce - 1))) ce--;
    if (ce > s) out.push(new MemoSentence(out.length, paragraph, s, ce, text.slice(s, ce)));
    s = cut;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  if (e <= s) return;
  out.push(new MemoSentence(out.length, paragraph, s, e, text.slice(s, e)));
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
