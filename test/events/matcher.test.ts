import { describe, expect, it } from 'vitest';
import { matchTokens, wordsOfText } from '../../src/core/events/matcher.js';
import { tokenize } from '../../src/core/engine/text.js';
import { compilePack } from '../../src/core/events/index.js';
import { enEvents } from '../../src/lang/en/events.js';

const SAMPLES = [
  'Polisi menembakkan gas air mata ke arah demonstran di Jl. Sudirman, Jakarta (8/10).',
  'A sit-in at the U.S. embassy turned violent; 1.200 people, 2,5 km away — "no comment".',
  'Pasukan Nagorno-Karabakh dan warga jum\u2019at pagi: Rp1.200.000 dibayar.',
  'Café déjà vu: São Paulo, Zürich and İstanbul saw ΣΊΣΥΦΟΣ protests.',
  'e\u0301lan combining marks and \u212Aelvin signs, 3\u00BD units, ٣ Arabic digits.',
  'astral \u{1D400}\u{1D401} letters \u{1F600} and \u{1D7CE}',
  'tab\there\nnew line, under_score and hy--phen - alone.',
];

describe('DualIndex.scanTokens (words read off the shared tokens in the scan)', () => {
  const cp = compilePack(enEvents);
  for (const text of SAMPLES) {
    it(`matches as on matchTokens' words: ${text.slice(0, 30)}`, () => {
      const expected = matchTokens(text, 7);
      const ha: unknown[] = [];
      const hb: unknown[] = [];
      if (!cp.both.scanTokens(tokenize(text, 7), ha as never, hb as never)) {
        expect(/[\uD800-\uDFFF]/.test(text)).toBe(true); // only surrogates send the caller to the text
        return;
      }
      expect(cp.both.words.slice(0, expected.length)).toEqual(expected.map((t) => t.w));
      expect([...cp.both.starts.slice(0, expected.length)]).toEqual(expected.map((t) => t.start));
      expect([...cp.both.ends.slice(0, expected.length)]).toEqual(expected.map((t) => t.end));
      const ha2: unknown[] = [];
      const hb2: unknown[] = [];
      cp.both.scanWords(wordsOfText(text, 7), ha2 as never, hb2 as never);
      expect(ha).toEqual(ha2);
      expect(hb).toEqual(hb2);
    });
  }
  it('finds a trigger with a gap and a cue', () => {
    const ha: { pattern: string }[] = [];
    const hb: { tag: string }[] = [];
    cp.both.scanTokens(tokenize('Gunmen shot dead two farmers; police did not deny it.'), ha as never, hb as never);
    expect(ha.map((h) => h.pattern)).toContain('shot dead');
    expect(hb.map((h) => h.tag)).toContain('negation');
  });
});
