/**
 * Wire datelines with a country in brackets or a month's abbreviation ("Manila [Philippines],
 * November 4 (ANI/Xinhua):", "MANILA, Nov. 4 (Xinhua) --"): the town is where the report was
 * filed and the day when, neither is the event's. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { gazetteer } from '../places/helpers.js';

const g = gazetteer();
const body = (dateline: string) => `${dateline} Three soldiers were killed in a clash with New People's Army rebels in the southern province, the army said on Friday. ` +
  'The army said the fighting, which broke out on Thursday morning in a village in Sulu province, lasted two hours.';
const run = (text: string) => extract(text, { language: 'en', published: '2024-03-08T15:00:00+08:00', title: '' }, { gazetteer: g }).events;

describe('a wire dateline is neither the place nor the day of the event', () => {
  for (const dl of ['Manila [Philippines], March 8 (ANI/Xinhua):', 'MANILA, Mar. 8 (Xinhua) --', 'MANILA, March 8 (PNA) –']) {
    it(dl, () => {
      const ev = run(body(dl));
      expect(ev).toHaveLength(1);
      expect(ev[0]?.location?.name).toBe('Sulu');
      expect(ev[0]?.date).toBe('2024-03-07');
      expect(ev[0]?.fatalities).toBe(3);
    });
  }
  it('a town opening a sentence is still a place', () => {
    const ev = run('Manila police arrested two men on Thursday for the bombing of a bus terminal, officials said.');
    expect(ev[0]?.location?.name).toBe('Manila');
  });
});
