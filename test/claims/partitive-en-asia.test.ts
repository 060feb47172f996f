/** English parts of a counted whole whose outcome a relative clause or a participle tells (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { figs } from './helpers.js';

const killed = (t: string) => figs(t, 'en').filter((x) => x.outcome === 'killed' && !x.breakdown).map((x) => x.count);

describe('en: "Two of the five people who were killed were children"', () => {
  it('a relative clause on the whole: the figure is the whole', () => {
    expect(killed('Three of the seven people who were killed in the blast were women, the district officer said.')).toEqual([7]);
  });
  it('a reduced participle on the whole, then the sentence\'s verb: the whole', () => {
    expect(killed('Two of the nine villagers killed in Sunday\'s raid were schoolchildren.')).toEqual([9]);
    const w = figs('Four of the 15 policemen wounded in the ambush are in critical condition.', 'en');
    expect(w.map((x) => [x.count, x.outcome])).toEqual([[15, 'injured']]);
  });
  it('a relative clause that is itself the outcome: "two men who were killed"', () => {
    expect(killed('Police identified the two men who were killed as local traders.')).toEqual([2]);
  });
  it('negative: the outcome is the part\'s own verb', () => {
    expect(killed('Two of the five hostages were killed when troops stormed the house.')).toEqual([2]);
    expect(killed('Two of the five hostages died in captivity.')).toEqual([2]);
  });
});

describe('en: one victim told with a degree or a group word of two words', () => {
  it('"a soldier was slightly wounded" after another figure in the sentence', () => {
    const f = figs('One rebel was killed while a soldier was slightly wounded in the firefight.', 'en');
    expect(f.map((x) => [x.count, x.outcome])).toEqual([[1, 'killed'], [1, 'injured']]);
  });
  it('"a village volunteer was killed": a two-word group noun', () => {
    const f = figs('A village volunteer was killed in the gunfight, police said.', 'en');
    expect(f.map((x) => [x.count, x.outcome, x.group])).toEqual([[1, 'killed', 'military']]);
  });
});
