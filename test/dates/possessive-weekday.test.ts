/** "Thursday's attack", "yesterday's bombing": a date word with the possessive is that date (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { read } from '../../src/core/reading.js';
import { packFor } from '../../src/lang/index.js';

const dates = (text: string) => read(text, '2022-08-06T10:00:00Z', packFor('en')!, null).dates.map((d) => [text.slice(d.start, d.end), d.date]);

describe('possessive date words', () => {
  it('"Thursday\'s attack" and "Sunday’s bombing"', () => {
    expect(dates("Aerial support killed 15 attackers fleeing after Thursday's attack on the base.")).toEqual([['Thursday', '2022-08-04']]);
    expect(dates('Sunday’s bombing killed three people.')).toEqual([['Sunday', '2022-07-31']]);
  });
  it('"yesterday\'s raid"', () => {
    expect(dates("Yesterday's raid left two dead.")[0]?.[1]).toBe('2022-08-05');
  });
  it('a possessive that is no date word stays none', () => {
    expect(dates("The army's statement came late.")).toEqual([]);
  });
});
