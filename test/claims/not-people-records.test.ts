/** A count of a person's records or charges is no count of people (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { figs } from './helpers.js';

describe('records and charges are not people', () => {
  it('"… shot dead by police had 23 previous convictions" is no figure of 23 dead', () => {
    expect(figs('One of the men who were shot dead by police had 23 previous convictions.', 'en').some((x) => x.count === 23)).toBe(false);
  });
  it('"faced 12 charges" neither', () => {
    expect(figs('Police shot dead a man who faced 12 charges of robbery.', 'en').some((x) => x.count === 12)).toBe(false);
  });
  it('"killed 23 criminal suspects" still counts people', () => {
    expect(figs('Police killed 23 criminal suspects in the raid.', 'en')[0]?.count).toBe(23);
  });
});
