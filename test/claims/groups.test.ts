import { describe, expect, it } from 'vitest';
import { read } from '../../src/core/reading.js';
import { primaryFigures } from '../../src/core/claims/index.js';
import { packFor } from '../../src/lang/index.js';

/** "count outcome group" of the primary figures (no breakdowns, no repeats), captured left out. */
function groups(text: string, lang: string): string[] {
  const r = read(text, '2024-03-14T10:00:00+07:00', packFor(lang)!, null);
  return primaryFigures(r.casualties)
    .filter((c) => c.outcome !== 'captured')
    .map((c) => `${c.count} ${c.outcome} ${c.group}${c.tally ? ' tally' : ''}`);
}

describe('group of people killed in an attack on civilians', () => {
  it('en: people killed in a strike on a residential building are civilians', () => {
    expect(groups('A missile strike on an apartment building in the city killed six people and wounded 19 others, the governor said.', 'en')).toEqual(['6 killed civilian', '19 injured civilian']);
  });
  it('en: gunmen attacking villages kill civilians (the agent is armed, the victims are not)', () => {
    expect(groups('Gunmen killed at least 15 people in overnight attacks on two villages, a local official said.', 'en')).toEqual(['15 killed civilian']);
  });
  it('id: people killed in a bomb blast at a market are civilians', () => {
    expect(groups('Ledakan bom di pasar tradisional itu menewaskan empat orang, kata polisi.', 'id')).toEqual(['4 killed civilian']);
  });
  it('ms: people killed when a village was attacked are civilians', () => {
    expect(groups('Tiga orang maut selepas kampung mereka diserang kumpulan bersenjata, kata polis.', 'ms')).toEqual(['3 killed civilian']);
  });
  it('en negative: people killed in a clash stay of no stated group', () => {
    expect(groups('Six people were killed in clashes between soldiers and rebels near the village on Sunday.', 'en')).toEqual(['6 killed unknown']);
  });
  it('en negative: an attack on a military checkpoint near a market names no civilian scene', () => {
    expect(groups('A suicide bomber struck a checkpoint near the market, killing nine people.', 'en')).toEqual(['9 killed unknown']);
  });
  it('en negative: a military target after "on" keeps the dead of no stated group', () => {
    expect(groups('Militants opened fire on soldiers guarding the camp, killing five people.', 'en')).toEqual(['5 killed unknown']);
  });
  it('id negative: people killed in a gunfight stay of no stated group', () => {
    expect(groups('Dua orang tewas dalam baku tembak di sebuah kampung di Intan Jaya.', 'id')).toEqual(['2 killed unknown']);
  });
  it('en negative: the claimant "residents" does not make the victims civilians', () => {
    expect(groups('Residents said 12 people were killed.', 'en')).toEqual(['12 killed unknown']);
  });
  it('en negative: a running total of people stays of no stated group', () => {
    expect(groups('The war in the region has killed more than 5,000 people in villages and towns since 2021.', 'en')).toEqual(['5000 killed unknown tally']);
  });
});

describe('group of a report whose victims are civilians', () => {
  it('en: a later figure of "people" takes the civilian victims of the report', () => {
    const text = 'At least 20 people, including women and children, were killed when bandits raided the settlement.\n\nResidents said 26 people died and many others were still missing.';
    expect(groups(text, 'en')).toEqual(['20 killed civilian', '26 killed civilian', '10 missing civilian']);
  });
  it('en negative: a report with a military figure keeps its other figures of no stated group', () => {
    const text = 'Two soldiers were killed in the attack.\n\nSeven people were wounded, a hospital official said.';
    expect(groups(text, 'en')).toEqual(['2 killed military', '7 injured unknown']);
  });
  it('id negative: a figure told of a clash keeps no stated group even in a civilian report', () => {
    const text = 'Seorang warga sipil tewas tertembak di Desa Wandai.\n\nSehari kemudian, tiga orang tewas dalam kontak tembak di distrik yang sama.';
    expect(groups(text, 'id')).toEqual(['1 killed civilian', '3 killed unknown']);
  });
});

describe('group of the side that lost men', () => {
  it('en: "security forces have lost N men" is a military figure', () => {
    expect(groups('Security forces have lost more than 100 men in the region this year, according to an AFP tally.', 'en')).toEqual(['100 killed military tally']);
  });
  it('en negative: "the family lost two sons" is no military figure', () => {
    expect(groups('The family lost two sons in the attack.', 'en').every((g) => !g.includes('military'))).toBe(true);
  });
});
