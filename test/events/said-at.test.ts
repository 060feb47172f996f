/**
 * Indonesian wire style: where the speaker spoke ("ujar Djoko di Palu, Rabu") is no event's place,
 * and a task force spelt out with its short form in brackets is the state's force. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { findActors } from '../../src/core/actors/index.js';
import { splitSentences } from '../../src/core/engine/text.js';
import { id } from '../../src/lang/id/index.js';
import { gazetteer } from '../places/helpers.js';

describe('the place a claimant spoke at', () => {
  const g = gazetteer();
  const run = (body: string) => extract(body, { language: 'id', published: '2025-03-12T15:00:00+08:00', title: '' }, { gazetteer: g }).events;
  it('does not split the clash it reports into a second event there', () => {
    const ev = run('Aparat gabungan TNI-Polri terlibat kontak tembak dengan kelompok MIT di Desa Tambarana, Kecamatan Poso Pesisir Utara, Kabupaten Poso, Rabu (12/3/2025) pagi.\n\n' +
      '"Satu anggota kelompok itu meninggal dunia dalam kontak tembak," ujar Kabid Humas Polda Sulteng di Palu, Rabu.');
    expect(ev.filter((e) => e.event_type === 'Battles')).toHaveLength(1);
    expect(ev.some((e) => e.location?.name === 'Palu')).toBe(false);
  });
  it('a place after a name that is no claimant is still the event\'s', () => {
    const ev = run('Densus 88 menangkap seorang terduga teroris berinisial AR di Palu, Rabu (12/3/2025).');
    expect(ev[0]?.location?.name).toBe('Palu');
  });
});

describe('a task force with its short form in brackets', () => {
  it('"Satuan Tugas (Satgas) Madago Raya" is the Indonesian military', () => {
    const text = 'Satuan Tugas (Satgas) Madago Raya kembali terlibat baku tembak dengan kelompok MIT di Poso.';
    const s = splitSentences(text, id.sentences)[0]!;
    const names = findActors(text, s, id).map((a) => a.name);
    expect(names[0]).toBe('Military Forces of Indonesia');
  });
});

describe('where a statement was made', () => {
  const g = gazetteer();
  const run = (body: string, language: string) => extract(body, { language, published: '2024-09-18T15:00:00+01:00', title: '' }, { gazetteer: g }).events;
  it('en: "at a press briefing in the state capital Yola" is not where the village was attacked', () => {
    const ev = run('Gunmen stormed a farming village in the Numan area of Adamawa state early on Tuesday and shot dead five farmers, said the police spokesman in Adamawa, at a press briefing in the state capital Yola.', 'en');
    expect(ev).toHaveLength(1);
    expect(ev[0]!.location?.name).not.toBe('Yola');
  });
  it('en: "while addressing media in the city of Katsina" neither', () => {
    const ev = run('Bandits attacked a village in the Jibia local government area on Monday, killing eight people, the police said while addressing media in the city of Katsina.', 'en');
    expect(ev.map((e) => e.location?.name)).toEqual(['Jibia']);
  });
  it('id: "kepada wartawan di Jayapura" is where the police spoke', () => {
    const ev = run('KKB menembak dua tukang ojek di Distrik Ilaga, Kabupaten Puncak, Senin (16/9/2024), kata Kapolda Papua kepada wartawan di Jayapura.', 'id');
    expect(ev[0]?.location?.name).not.toBe('Jayapura');
  });
});

describe('"in the X district": the article does not hide a locative', () => {
  const g = gazetteer();
  it('en: the local area said with "in the" beats the state told before', () => {
    const text = 'Gunmen attacked a village in Katsina state on Monday, killing eight people, police said.\n\nThe attackers raided the village in the Jibia local government area at dawn, police said.';
    const ev = extract(text, { language: 'en', published: '2024-09-18T15:00:00+01:00', title: '' }, { gazetteer: g }).events;
    expect(ev.map((e) => e.location?.name)).toEqual(['Jibia']);
  });
});
