import { describe, expect, it, test } from 'vitest';
import {
  asciiRangeSig, factsOf, hasSig, sigSet, splitSentences, tokenize, tokensOf, wordSig,
  TF_DIGIT, TF_DIGIT0, TF_HYPHEN, TF_JOINED, TF_NONASCII, TF_SIG_SHIFT, TF_UPPER,
} from '../../src/core/engine/text.js';
import { pack } from '../helpers.js';

// Texts written for these tests: capitals, diacritics, joiners, digits, curly quotes, astral letters.
const TEXTS = [
  'Polisi menangkap 12 orang di Jl. Sudirman No. 5 pada Kamis (8/10). Nagorno-Karabakh dan jum’at “damai”.',
  'ISTANBUL — Turkey’s army said 1.200 troops, 2,5 juta rupiah and 8/10 of them were in Şanlıurfa. Dr. Émile left.',
  'Stray surrogate 𝐀𝐁𝐂 letters and İstanbul and ΣΑΣ sigma words stay apart from 3rd-place.',
  'plain lower case text with nothing special in it',
];

describe('shared sentence tokens', () => {
  for (const text of TEXTS) {
    test(`tokensOf equals tokenize of the sentence: ${text.slice(0, 30)}`, () => {
      for (const s of splitSentences(text, pack('en').sentences)) {
        expect(tokensOf(s)).toEqual(tokenize(s.text, s.start));
      }
    });
    test(`facts agree with the token strings: ${text.slice(0, 30)}`, () => {
      for (const s of splitSentences(text, pack('id').sentences)) {
        const toks = tokensOf(s);
        const facts = factsOf(s);
        expect(facts.length).toBe(toks.length);
        toks.forEach((t, k) => {
          const f = facts[k]!;
          const c0 = t.text[0]!;
          expect(!!(f & TF_UPPER), t.text).toBe(c0 !== c0.toLowerCase() && !(c0 >= '\ud800' && c0 <= '\udbff'));
          expect(!!(f & TF_DIGIT), t.text).toBe(/[0-9]/.test(t.text));
          expect(!!(f & TF_DIGIT0), t.text).toBe(/^[0-9]/.test(t.text));
          expect(!!(f & TF_HYPHEN), t.text).toBe(t.text.includes('-'));
          expect(!!(f & TF_NONASCII), t.text).toBe(/[^\x00-\x7f]/.test(t.lower));
          expect(f >>> TF_SIG_SHIFT, t.text).toBe(wordSig(t.lower));
          if (/^[\p{L}\p{M}\p{N}]/u.test(t.text)) expect(!!(f & TF_JOINED), t.text).toBe(/.[-'’.,/]./u.test(t.text));
        });
      }
    });
  }
  test('facts are computed for sentences made outside splitSentences too', () => {
    const s = { index: 0, paragraph: 0, start: 10, end: 24, text: 'Dua-tiga ORANG' };
    expect(Array.from(factsOf(s), (f) => f & 0xff)).toEqual([TF_UPPER | TF_HYPHEN | TF_JOINED, TF_UPPER]);
  });
  test('signature sets answer for their words', () => {
    const set = sigSet(['tewas', 'killed']);
    expect(hasSig(set, wordSig('tewas'))).toBe(true);
    expect(hasSig(set, wordSig('killed'))).toBe(true);
  });
});

describe('wordSig', () => {
  it('tells apart words that share their first two and last letters and their length', () => {
    // (common in Indonesian and Malay: each such pair let a word through every stage's sieve)
    for (const [a, b] of [['pada', 'para'], ['keamanan', 'kedutaan'], ['berkata', 'belanda'], ['reporters', 'residents'], ['several', 'senegal']]) {
      expect(wordSig(a), `${a} / ${b}`).not.toBe(wordSig(b));
    }
  });
  it('stays within SIG_BITS and is the same for the same word', () => {
    for (const w of ['a', 'of', 'the', 'pada', 'ṣẹ́', '𝐀𝐁𝐂', 'Nagorno-Karabakh']) {
      expect(wordSig(w)).toBe(wordSig(w.slice()));
      expect(wordSig(w)).toBeGreaterThanOrEqual(0);
      expect(wordSig(w)).toBeLessThan(1 << 18);
    }
  });
});

describe('asciiRangeSig', () => {
  it('is wordSig of the lower-cased slice, for words of every length', () => {
    const text = 'A Press briefing in YOLA, the state capital, at 10am';
    for (const m of text.matchAll(/[A-Za-z0-9]+/g)) {
      const i = m.index!, e = i + m[0].length;
      expect(asciiRangeSig(text, i, e)).toBe(wordSig(m[0].toLowerCase()));
    }
  });
});
