import { describe, expect, it } from 'vitest';
import { figs } from './helpers.js';

const tally = (text: string, lang: string): [number, boolean][] => figs(text, lang).filter((f) => !f.breakdown).map((f) => [f.count, f.tally]);

describe('running totals versus event tolls', () => {
  it('id: "hingga kini" makes a total', () => {
    expect(tally('Hingga kini, 93 warga sipil tewas akibat konflik bersenjata di wilayah itu.', 'id')).toEqual([[93, true]]);
  });
  it('id: "sejauh ini" makes a total', () => {
    expect(tally('Sejauh ini 12 prajurit gugur dalam operasi tersebut.', 'id')).toEqual([[12, true]]);
  });
  it('id: a single attack is no total', () => {
    expect(tally('Ledakan di terminal bus itu menewaskan 4 orang pada Jumat pagi.', 'id')).toEqual([[4, false]]);
  });
  it('id: "perang telah menewaskan" is a total', () => {
    expect(tally('Perang saudara itu telah menewaskan lebih dari 5.000 orang.', 'id')).toEqual([[5000, true]]);
  });
  it('en: "in recent years" and "in recent months" make totals', () => {
    expect(tally('Armed gangs have killed thousands of people in recent years.', 'en')).toEqual([[1000, true]]);
    expect(tally('Militants have killed more than 200 soldiers in recent months, the army said.', 'en')).toEqual([[200, true]]);
  });
  it('en: "It has killed …" opening a sentence after the war is told is a total; "it killed" is not', () => {
    expect(tally('The conflict began in 2021. It has killed more than 5,000 people, the UN said.', 'en')).toEqual([[5000, true]]);
    expect(tally('A bomb exploded in the market. It killed 5 people, police said.', 'en')).toEqual([[5, false]]);
  });
  it('en: "in the past week" makes a total', () => {
    expect(tally('At least 60 people have been killed in the past week, the UN said.', 'en')).toEqual([[60, true]]);
  });
  it('en: "since the start of the war"', () => {
    expect(tally('More than 500 children have been killed since the start of the war.', 'en')).toEqual([[500, true]]);
  });
  it('en: "the conflict has left N dead"', () => {
    expect(tally('The conflict has left more than 3,000 people dead.', 'en')).toEqual([[3000, true]]);
  });
  it('en: an event toll in the same article stays an event', () => {
    expect(tally('A roadside bomb killed three soldiers on Monday.', 'en')).toEqual([[3, false]]);
  });
  it('ms: "setakat ini"', () => {
    expect(tally('Setakat ini, 27 penduduk terkorban dalam pertempuran itu.', 'ms')).toEqual([[27, true]]);
  });
  it('id: "dalam sepekan terakhir" makes a total', () => {
    expect(tally('Dalam sepekan terakhir, 20 orang tewas dalam bentrokan di wilayah itu.', 'id')).toEqual([[20, true]]);
  });
  it('id: "dalam 24 jam terakhir" makes a total', () => {
    expect(tally('Kementerian Kesehatan menyatakan 8 orang tewas dalam 24 jam terakhir.', 'id')).toEqual([[8, true]]);
  });
  it('id: "serangan terakhir" (the latest attack) is no total', () => {
    expect(tally('Serangan terakhir itu menewaskan 5 warga.', 'id')).toEqual([[5, false]]);
  });
  it('id: "Total korban tewas … mencapai N" makes a total', () => {
    expect(tally('Total korban tewas akibat konflik itu kini mencapai 27 orang.', 'id')).toEqual([[27, true]]);
  });
});

describe('breakdowns of running totals', () => {
  it('id: "termasuk 4.630 anak-anak" breaks the total down and is no total of its own', async () => {
    const { read } = await import('../../src/core/reading.js');
    const { packFor } = await import('../../src/lang/index.js');
    const r = read('Kementerian kesehatan mengatakan 11.240 orang telah terbunuh, termasuk 4.630 anak-anak, sejak 7 Oktober lalu.', '2023-11-16T10:00:00+07:00', packFor('id')!, null);
    const totals = r.casualties.filter((c) => c.tally).map((c) => c.count);
    expect(totals).toEqual([11240]);
    expect(r.casualties.find((c) => c.count === 4630)).toMatchObject({ breakdown: true, tally: false });
  });
  it('en negative: a second total of its own stays a total', async () => {
    const { read } = await import('../../src/core/reading.js');
    const { packFor } = await import('../../src/lang/index.js');
    const r = read('Since the war began, 30,000 people have been killed and 70,000 wounded, the ministry said.', '2024-03-14T10:00:00+07:00', packFor('en')!, null);
    expect(r.casualties.filter((c) => c.tally).map((c) => c.count).sort()).toEqual([30000, 70000]);
  });
});

describe('a casualty list', () => {
  it('goes on within its paragraph, not into the next one (id)', () => {
    const text = 'Sebanyak 11 orang mengalami luka-luka dalam bentrokan itu.\n\nSebanyak 300 personel gabungan telah diterjunkan ke lokasi.';
    expect(figs(text, 'id').filter((f) => f.count === 300)).toEqual([]);
  });
});
