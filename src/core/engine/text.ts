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

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:[-'’.,/][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** Splits a span of text into word, number and punctuation tokens. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = offset + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return out;
}

const sentenceTokens = new WeakMap<Sentence, Token[]>();

/**
 * The tokens of a sentence (offsets into the document), computed once per sentence object and
 * shared by every stage that asks.
 */
export function tokensOf(sentence: Sentence): Token[] {
  let t = sentenceTokens.get(sentence);
  if (!t) {
    t = tokenize(sentence.text, sentence.start);
    sentenceTokens.set(sentence, t);
  }
  return t;
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

function pushSentence(text: string, out: Sentence[], s: number, e: number, paragraph: number): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e <= s) return;
  out.push({ index: out.length, paragraph, start: s, end: e, text: text.slice(s, e) });
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
