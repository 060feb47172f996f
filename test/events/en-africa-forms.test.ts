/**
 * Forms of African wire and national copy (Reuters, AFP, dpa, Nigerian papers) that had been
 * misread. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { codeSentence } from './helpers.js';
import { pack } from '../helpers.js';
import type { EventPack } from '../../src/core/events/types.js';

const ep = pack('en').events as EventPack;
const sub = (s: string) => codeSentence(ep, s)?.sub ?? null;

describe('a base held for a while in a raid is a battle, not a change of territory', () => {
  it('"briefly captured", "temporarily overran", "briefly seized"', () => {
    expect(sub('Al Shabaab fighters killed nine soldiers and briefly captured an army base west of Kismayo, officials said.')).toBe('Attack'); // (a battle once the soldiers are read as the army)
    expect(sub('The insurgents temporarily overran the military post before troops arrived.')).toBe('Armed clash');
    expect(sub('A spokesman for the group said its fighters had briefly seized the base.')).not.toBe('Non-state actor overtakes territory');
  });
  it('a town taken without such a word still changes hands', () => {
    expect(sub('Al Shabaab militants captured the town of Bulo Burde on Tuesday after heavy fighting.')).toBe('Non-state actor overtakes territory');
  });
});

describe('a raid on a military base', () => {
  it('"a dawn raid by the jihadist group on an army base" is a battle', () => {
    expect(sub('A dawn raid by the jihadist group JNIM on an army base in central Mali left at least 14 people dead.')).toBe('Armed clash');
    expect(sub('An assault on a police post in Borno killed three officers.')).toBe('Armed clash');
  });
});

describe('residents who deserted their village', () => {
  it('is no transfer of territory', () => {
    expect(sub('Many residents have deserted the village because they fear more attacks.')).toBe(null);
  });
  it('troops that deserted their positions still hand over ground', () => {
    expect(sub('Soldiers deserted their positions in the town as the rebels advanced.')).toBe('Non-violent transfer of territory');
  });
});

describe('"violent clashes"', () => {
  it('between two armed forces are a battle', () => {
    expect(sub('Violent clashes broke out in El Fasher on Monday between the army and the Rapid Support Forces.')).toBe('Armed clash');
  });
  it('in a protest are a riot', () => {
    expect(sub('Violent clashes broke out between protesters and police in Nairobi on Tuesday.')).toBe('Violent demonstration');
  });
});

describe('what happens near-daily is background', () => {
  it('"near-daily attacks on villages" is no event of the day', () => {
    expect(sub('Bandits have carried out near-daily attacks on villages in the district.')).toBe(null);
    expect(sub('Bandits attacked a village in the district on Monday.')).toBe('Attack');
  });
});
