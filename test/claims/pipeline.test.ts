import { describe, expect, it } from 'vitest';
import { read } from '../../src/core/reading.js';
import { primaryFigures } from '../../src/core/claims/index.js';
import { packFor } from '../../src/lang/index.js';

/** The claims stage on the reading stage's own numbers and dates (not the fallback reader). */
function ledger(text: string, lang: string, published = '2024-05-10T10:00:00+07:00'): string[] {
  const r = read(text, published, packFor(lang)!, null);
  return primaryFigures(r.casualties)
    .filter((c) => c.outcome !== 'captured')
    .map((c) => `${c.count} ${c.outcome} ${c.group} ${c.claimant?.name ?? '-'}${c.tally ? ' tally' : ''}`);
}

describe('claims on the reading stage', () => {
  it('id: headline and body give one figure, the body names the claimant', () => {
    const text = 'Serangan Bom di Pasar, 4 Warga Tewas\n\nKapolres setempat mengatakan empat warga tewas dan sembilan lainnya luka-luka akibat ledakan itu.';
    expect(ledger(text, 'id')).toEqual(['4 killed civilian Kapolres setempat', '9 injured civilian Kapolres setempat']);
  });
  it('id: a running total since a date', () => {
    const text = 'Kementerian Kesehatan mengatakan 1.500 orang tewas sejak 7 Oktober.';
    const r = read(text, '2024-05-10T10:00:00+07:00', packFor('id')!, null);
    expect(r.casualties[0]).toMatchObject({ count: 1500, tally: true });
  });
  it('en: two claimants of different figures', () => {
    const text = 'Police said 21 people were killed in the raid, but residents said 30 people died.';
    expect(ledger(text, 'en')).toEqual(['21 killed unknown Police', '30 killed unknown residents']);
  });
  it('en: breakdowns stay out of the ledger', () => {
    const text = 'The strike wounded 11 people, including three children, officials said.';
    expect(ledger(text, 'en')).toEqual(['11 injured civilian officials']);
  });
  it('ms: toll and injured with a reporting verb', () => {
    const text = 'Ketua Polis Daerah berkata tiga penduduk maut manakala enam cedera dalam kejadian itu.';
    expect(ledger(text, 'ms')).toEqual(['3 killed civilian Ketua Polis Daerah', '6 injured civilian Ketua Polis Daerah']);
  });
});
