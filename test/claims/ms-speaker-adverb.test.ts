import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';

// Sentences written for these tests: "pula" and "turut" (also, too) after a speaker are no part of its name.
describe('an adverb after the speaker', () => {
  const run = (body: string) => extract(body, { language: 'ms', published: '2025-07-26T21:00:00+08:00', title: '' }, { gazetteer: null }).events;
  it('"Penganjur turut mengumumkan akan menganjurkan himpunan": the organisers', () => {
    const ev = run('Penganjur turut mengumumkan akan menganjurkan himpunan lebih besar di hadapan Parlimen pada 4 Ogos ini.');
    expect(ev[0]?.claimant?.name).toBe('Penganjur');
  });
  it('"Hizbullah pula mendakwa …": Hezbollah', () => {
    const ev = run('Hizbullah pula mendakwa telah melancarkan puluhan roket ke arah pangkalan tentera di utara, semalam.');
    expect(ev[0]?.claimant?.name).toBe('Hizbullah');
  });
});
