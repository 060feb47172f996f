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

export interface SentenceRules {
  /** Lower-case abbreviations (without the final dot) after which a dot does not end a sentence. */
  abbreviations: ReadonlySet<string>;
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:[-'’.,/][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** Splits a span of text into word, number and punctuation tokens. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = offset + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return out;
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

/**
 * Splits text into sentences. Paragraphs (separated by blank lines or newlines) always end a
 * sentence; inside a paragraph a sentence ends at . ! ? (plus closing quotes/brackets) followed by
 * white space and an upper-case letter, a digit or an opening quote, unless the word before the
 * dot is a known abbreviation or a single initial.
 */
export function splitSentences(text: string, rules: SentenceRules): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const paraRe = /[^\n]+/g;
  let lastEnd = 0;
  for (const pm of text.matchAll(paraRe)) {
    const pStart = pm.index ?? 0;
    const between = text.slice(lastEnd, pStart);
    if (out.length > 0 && between.length > 0) paragraph++;
    lastEnd = pStart + pm[0].length;
    const para = pm[0];
    let sStart = 0;
    for (let i = 0; i < para.length; i++) {
      const ch = para[i];
      if (ch !== '.' && ch !== '!' && ch !== '?') continue;
      let j = i + 1;
      while (j < para.length && (para[j] === '.' || para[j] === '!' || para[j] === '?')) j++;
      while (j < para.length && CLOSERS.has(para[j]!)) j++;
      if (j >= para.length) break;
      if (!/\s/.test(para[j]!)) continue;
      let k = j;
      while (k < para.length && /\s/.test(para[k]!)) k++;
      if (k >= para.length) break;
      const next = para[k]!;
      if (!/[\p{Lu}\p{N}"“'‘(\[«]/u.test(next)) continue;
      if (ch === '.') {
        const before = para.slice(sStart, i);
        const wm = /([\p{L}\p{M}.]+)$/u.exec(before);
        const word = wm ? wm[1]!.toLowerCase() : '';
        if (word && (rules.abbreviations.has(word) || rules.abbreviations.has(word.replace(/\./g, '')))) continue;
        if (/^\p{L}$/u.test(word)) continue; // an initial: "J. Smith"
        if (/^(\p{L}\.)+\p{L}$/u.test(word)) continue; // "U.S" in "U.S. forces"
      }
      pushSentence(out, para, pStart, sStart, j, paragraph);
      sStart = k;
      i = k - 1;
    }
    pushSentence(out, para, pStart, sStart, para.length, paragraph);
  }
  return out;
}

function pushSentence(out: Sentence[], para: string, pStart: number, s: number, e: number, paragraph: number): void {
  while (s < e && /\s/.test(para[s]!)) s++;
  while (e > s && /\s/.test(para[e - 1]!)) e--;
  if (e <= s) return;
  out.push({ index: out.length, paragraph, start: pStart + s, end: pStart + e, text: para.slice(s, e) });
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
