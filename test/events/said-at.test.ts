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
