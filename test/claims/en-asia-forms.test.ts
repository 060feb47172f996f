/** English casualty forms of South and Southeast Asian reports (sentences written for these tests). */
import { describe, expect, it } from 'vitest';
import { figs, run } from './helpers.js';

const pairs = (t: string) => figs(t, 'en').filter((x) => !x.breakdown).map((x) => [x.count, x.outcome, x.group]);

describe('en: military press-release forms', () => {
  it('"were sent to hell" is killed; "a militant was neutralized" is one killed', () => {
    expect(pairs('Three terrorists were sent to hell as troops engaged their hideout, and a fourth militant was neutralized later.')).toEqual([[3, 'killed', 'military'], [1, 'killed', 'military']]);
  });
  it('names between dashes after the count: "two soldiers – Sepoy A and Sepoy B – embraced martyrdom"', () => {
    expect(pairs('During the raid two soldiers – Naik Karim Shah and Sepoy Aslam Khan – embraced martyrdom.')).toEqual([[2, 'killed', 'military']]);
  });
  it('the one more person after a modifier: "six suspected rebels and an Army soldier died"', () => {
    expect(pairs('Six suspected members of the NPA and an Army soldier died in the gun battle.')).toEqual([[6, 'killed', 'unknown'], [1, 'killed', 'military']]);
  });
  it('"a citizen was killed" is a civilian', () => {
    expect(pairs('Two constables were martyred while a citizen was killed in the attack on the checkpost.')).toEqual([[2, 'killed', 'military'], [1, 'killed', 'civilian']]);
  });
  it('"six alleged members" is no speaker "six" that alleged', () => {
    const c = run('Six alleged rebels were killed in the encounter.', 'en');
    expect(c.map((x) => [x.count, x.claimant?.name ?? null])).toEqual([[6, null]]);
  });
});
