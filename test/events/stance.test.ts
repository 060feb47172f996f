/**
 * Statements of stance are not events: "the military says it is fighting terrorists" describes how
 * a side presents the war, not an incident; "fighting broke out near X" and "troops fought rebels"
 * still are. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { enEvents } from '../../src/lang/en/events.js';
import { codeSentence } from './helpers.js';

describe('en: stance, not fighting', () => {
  it.each([
    'The junta has denied targeting civilians and says it is fighting "terrorists".',
    'The government insists it is fighting criminals, not a political movement.',
    'Officials say they are fighting terrorism in the border districts.',
    'The army has long presented its campaign as fighting extremists.',
  ])('no event: %s', (s) => {
    expect(codeSentence(enEvents, s)).toBeNull();
  });

  it.each([
    'Fighting broke out near the airport on Tuesday, residents said.',
    'Troops fought rebels for several hours outside the town.',
    'Heavy fighting was reported in the northern suburbs overnight.',
  ])('still a clash: %s', (s) => {
    expect(codeSentence(enEvents, s)?.sub).toBe('Armed clash');
  });
});

describe('en: offers and prospects are not agreements', () => {
  it.each([
    'Moscow and Kyiv did not comment on the prospect of new peace talks, which Turkey has offered to host next month.',
    'Qatar offered to mediate a ceasefire between the two sides.',
    'Diplomats said the prospects for a truce remained dim.',
  ])('no agreement: %s', (s) => {
    expect(codeSentence(enEvents, s)?.sub ?? null).not.toBe('Agreement');
  });
  it('an agreement signed still is one', () => {
    expect(codeSentence(enEvents, 'The two sides signed a ceasefire agreement in Doha on Sunday.')?.sub).toBe('Agreement');
  });
});
