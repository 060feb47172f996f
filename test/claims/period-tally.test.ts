/** A figure over a period ("within a 72-hour period", "in the same period") is a total, not one event's toll (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { figs } from './helpers.js';

describe('"period" makes a total', () => {
  it('"Within a 48-hour period last week nearly 40 people were killed in violence across three regions"', () => {
    const f = figs('Within a 48-hour period last week nearly 40 people were killed in violence across three regions.', 'en');
    expect(f[0]?.tally).toBe(true);
  });
  it('"in the same period, 12 soldiers died"', () => {
    expect(figs('In the same period, 12 soldiers died in attacks on army posts.', 'en')[0]?.tally).toBe(true);
  });
  it('negative: a figure without it stays the event\'s', () => {
    expect(figs('Nearly 40 people were killed in the attack on Tuesday.', 'en')[0]?.tally).toBe(false);
  });
});
