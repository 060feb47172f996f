import { describe, expect, it } from 'vitest';
import { matchTokens, wordsOf, wordsOfText } from '../../src/core/events/matcher.js';
import { tokenize } from '../../src/core/engine/text.js';

const SAMPLES = [
  'Polisi menembakkan gas air mata ke arah demonstran di Jl. Sudirman, Jakarta (8/10).',
  'A sit-in at the U.S. embassy turned violent; 1.200 people, 2,5 km away — "no comment".',
  'Pasukan Nagorno-Karabakh dan warga jum\u2019at pagi: Rp1.200.000 dibayar.',
  'Café déjà vu: São Paulo, Zürich and İstanbul saw ΣΊΣΥΦΟΣ protests.',
  'e\u0301lan combining marks and \u212Aelvin signs, 3\u00BD units, ٣ Arabic digits.',
  'astral \u{1D400}\u{1D401} letters \u{1F600} and \u{1D7CE}',
  'tab\there\nnew line, under_score and hy--phen - alone.',
];

describe('wordsOf (folded words from the shared tokens)', () => {
  for (const text of SAMPLES) {
    it(`gives what matchTokens gives: ${text.slice(0, 30)}`, () => {
      const expected = matchTokens(text, 7);
      const got = wordsOf(tokenize(text, 7)) ?? wordsOfText(text, 7);
      expect(got.w).toEqual(expected.map((t) => t.w));
      expect(got.start).toEqual(expected.map((t) => t.start));
      expect(got.end).toEqual(expected.map((t) => t.end));
      expect(wordsOfText(text, 7)).toEqual(got);
    });
  }
});
