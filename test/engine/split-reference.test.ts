import { describe, expect, test } from 'vitest';
import { MAX_SENTENCE, splitSentences, type SentenceRules } from '../../src/core/engine/text.js';
import { pack } from '../helpers.js';

// The sentence splitter as it was written before its speed work (character by character, regexes),
// kept here as the reference the fast one must agree with on any input.
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x202f || c === 0x2009 || c === 0x3000;
}
const INITIAL = /^\p{L}$/u;
const DOTTED = /^(\p{L}\.)+\p{L}$/u;
function referenceSplit(text: string, rules: SentenceRules): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  const closers = rules.closeQuotes ?? '"\'”’)]»';
  const openers = rules.openQuotes ?? '"“‘\'«([';
  const terminal = rules.terminalAbbreviations;
  const push = (s: number, e: number, paragraph: number) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e - s > MAX_SENTENCE) return; // long spans are cut by shared code; the inputs below stay short
    if (e > s) out.push([s, e, paragraph]);
  };
  let paragraph = 0, lineStart = 0, sawBlank = false;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    if (lineEnd > lineStart && text.slice(lineStart, lineEnd).trim().length > 0) {
      if (out.length > 0 && sawBlank) paragraph++;
      sawBlank = false;
      const from = lineStart, to = lineEnd;
      let sStart = from, depth = 0;
      for (let i = from; i < to; i++) {
        const ch = text[i]!;
        if (ch === '(') depth++;
        else if (ch === ')') { if (depth > 0) depth--; }
        if (ch !== '.' && ch !== '!' && ch !== '?') continue;
        let j = i + 1;
        while (j < to && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
        while (j < to && closers.includes(text[j]!)) { if (text[j] === ')' && depth > 0) depth--; j++; }
        if (j >= to) break;
        if (!isSpace(text.charCodeAt(j))) continue;
        let k = j;
        while (k < to && isSpace(text.charCodeAt(k))) k++;
        if (k >= to) break;
        const next = text[k]!;
        if (!/[\p{Lu}\p{Lt}\p{N}]/u.test(next) && !openers.includes(next)) continue;
        if (depth > 0 && text.indexOf(')', k) >= 0 && text.indexOf(')', k) < to) continue;
        if (ch === '.' && j === i + 1) {
          const wm = /([\p{L}\p{M}.]+)$/u.exec(text.slice(Math.max(sStart, i - 24), i));
          const word = wm ? wm[1]!.toLowerCase() : '';
          if (word) {
            const bare = word.replace(/^\.+/, '');
            if (!(terminal && terminal.has(bare))) {
              if (rules.abbreviations.has(bare) || rules.abbreviations.has(bare.replace(/\./g, ''))) continue;
              if (INITIAL.test(bare) && !/\d/.test(next)) continue;
              if (DOTTED.test(bare)) continue;
            }
          }
        }
        push(sStart, j, paragraph);
        sStart = k;
        depth = 0;
        i = k - 1;
      }
      push(sStart, to, paragraph);
    } else sawBlank = true;
    if (lineEnd >= n) break;
    lineStart = lineEnd + 1;
  }
  return out;
}

/** A small deterministic generator (no Math.random: failures must repeat). */
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const PIECES = ['a', 'b', 'J', 'U', 'é', 'É', '1', '2', '.', '.', '!', '?', '(', ')', ' ', ' ', ' ', '\n', '\n\n', '"', '”', '’', '«', '\u00a0',
  'Jl', 'No', 'Kol', 'etc', 'dll', 'U.S', 'a.m', 'Sept', '\u0301', '𝐀', '\ud835', '\u2003', '\u3000', 'İ'];

describe('sentence splitter agrees with its reference', () => {
  for (const code of ['id', 'en', 'ms']) {
    test(`random texts (${code})`, () => {
      const rules = pack(code).sentences;
      const next = rng(code.charCodeAt(0) * 7919);
      for (let n = 0; n < 3000; n++) {
        let t = '';
        const len = 1 + Math.floor(next() * 40);
        for (let k = 0; k < len; k++) t += PIECES[Math.floor(next() * PIECES.length)];
        const got = splitSentences(t, rules).map((s) => [s.start, s.end, s.paragraph]);
        expect(got, JSON.stringify(t)).toEqual(referenceSplit(t, rules));
      }
    });
  }
});

describe('shared tokens agree with tokenize on random texts', () => {
  test('tokensOf(sentence) equals tokenize(sentence.text, start)', async () => {
    const { tokensOf, tokenize, factsOf, wordSig, TF_SIG_SHIFT } = await import('../../src/core/engine/text.js');
    const rules = pack('en').sentences;
    const next = rng(4242);
    for (let n = 0; n < 2000; n++) {
      let t = '';
      const len = 1 + Math.floor(next() * 40);
      for (let k = 0; k < len; k++) t += PIECES[Math.floor(next() * PIECES.length)] + (next() < 0.3 ? '-' : next() < 0.2 ? "'" : '');
      for (const s of splitSentences(t, rules)) {
        const toks = tokensOf(s);
        expect(toks, JSON.stringify(t)).toEqual(tokenize(s.text, s.start));
        const f = factsOf(s);
        toks.forEach((tk, k) => expect(f[k]! >>> TF_SIG_SHIFT).toBe(wordSig(tk.lower)));
      }
    }
  });
});
