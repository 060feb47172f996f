/** "in the early hours of Monday" is Monday's, not the night before the report. Sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';

const run = (t: string) => extract(t, { language: 'en', published: '2025-11-27T10:00:00+07:00', title: '' }, { gazetteer: null });

describe('the early hours of a named day', () => {
  it('dates the event to that day', () => {
    expect(run('Gunmen killed four villagers in the early hours of Monday, police said.').events[0]?.date).toBe('2025-11-24');
    expect(run('Gunmen killed four villagers in the early hours of November 23, police said.').events[0]?.date).toBe('2025-11-23');
  });
  it('without a day, or "of the morning", is still the night before the report', () => {
    expect(run('Gunmen killed four villagers in the early hours, police said.').events[0]?.date).toBe('2025-11-27');
    expect(run('Gunmen killed four villagers in the early hours of the morning, police said.').events[0]?.date).toBe('2025-11-27');
  });
});
