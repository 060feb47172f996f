import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../src/core/events/index.js';
import { en } from '../../src/lang/en/index.js';
import { splitSentences } from '../../src/core/engine/text.js';
import type { Reading } from '../../src/core/reading.js';
import type { CasualtyMention } from '../../src/core/claims/types.js';
import type { PlaceMention } from '../../src/core/places/types.js';
import { handDoc } from './helpers.js';

/**
 * A long report (a dump, a feed of thousands of one-line items) must cost time in proportion to
 * its length: merging, filling places forward and attaching figures compared every sentence with
 * every other one before (seconds for 20,000 sentences; now tens of milliseconds).
 */
describe('codeEvents on a long report', () => {
  /** n event sentences, each with a toll; every `placeEvery`-th names a town (0: none). */
  function longReading(n: number, placeEvery: number): { text: string; reading: Reading } {
    const plain = 'Gunmen killed two villagers. ';
    const placed = 'Gunmen killed two villagers in Kauru. ';
    let text = '';
    const starts: number[] = [];
    for (let i = 0; i < n; i++) {
      starts.push(text.length);
      text += placeEvery > 0 && i % placeEvery === placeEvery - 1 ? placed : plain;
    }
    const sentences = splitSentences(text, en.sentences);
    const casualties: CasualtyMention[] = [];
    const places: PlaceMention[] = [];
    for (const s of sentences) {
      const at = s.start + s.text.indexOf('two');
      casualties.push({
        count: 2, qualifier: 'exact', outcome: 'killed', group: 'civilian', claimant: null, evidence: { start: s.start, end: s.end },
        numberSpan: { start: at, end: at + 3 }, tally: false, since: null, breakdown: false, repeatOf: null, sentence: s.index, rule: 'test',
      } as CasualtyMention);
      const k = s.text.indexOf('Kauru');
      if (k >= 0) {
        places.push({ start: s.start + k, end: s.start + k + 5, text: 'Kauru', name: 'Kauru', kind: 'city', country: 'NG', admin1: 'Kaduna', lat: 10.4, lon: 8.2, geonames_id: 1, rule: 'test', near: false } as PlaceMention);
      }
    }
    return { text, reading: { sentences, numbers: [], dates: [], places, actors: [], attributions: [], casualties } as Reading };
  }

  for (const placeEvery of [0, 50]) {
    it(`codes 20,000 sentences in time (a place every ${placeEvery || 'never'})`, () => {
      const { text, reading } = longReading(20_000, placeEvery);
      expect(reading.sentences.length).toBe(20_000);
      const t = performance.now();
      const { events } = codeEvents(handDoc(text, 'en'), reading, en);
      const ms = performance.now() - t;
      // One incident told 20,000 times: one event holding every sentence.
      expect(events.length).toBe(1);
      expect(events[0]!.evidence.length).toBe(20_000);
      expect(events[0]!.fatalities).toBe(2);
      if (placeEvery) expect(events[0]!.location?.name).toBe('Kauru');
      // Generous for a busy CI machine; the quadratic version took far longer.
      expect(ms).toBeLessThan(4000);
    });
  }
});
