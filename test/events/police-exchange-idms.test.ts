/**
 * Malaysian and Indonesian police shootings of armed suspects: the suspects fire at the officers,
 * the police fire back. ACLED codes one event, an armed clash between the police and the suspects,
 * not a police attack plus an attack on the police. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';
import { gazetteer } from '../places/helpers.js';

describe('an exchange of fire between police and suspects is one armed clash', () => {
  const g = gazetteer();
  const run = (body: string, language = 'ms') => extract(body, { language, published: '2025-02-10T12:00:00+08:00', title: '' }, { gazetteer: g }).events;

  it('Malay: shot dead by police, after the robbers fired at the officers', () => {
    const ev = run('IPOH: Dua lelaki yang dipercayai perompak bersenjata ditembak mati polis dalam kejadian di Jalan Kuala Kangsar, di sini, malam tadi.\n\n' +
      'Ketua Polis Perak berkata, suspek melepaskan beberapa das tembakan ke arah anggota polis yang menghampiri kereta mereka.\n\n' +
      '"Anggota kami kemudian membalas tembakan dan kedua-dua suspek disahkan meninggal dunia di lokasi," katanya.');
    const violent = ev.filter((e) => ['Battles', 'Violence against civilians'].includes(e.event_type));
    expect(violent).toHaveLength(1);
    expect(violent[0]!.sub_event_type).toBe('Armed clash');
    expect(violent[0]!.actor1?.name).toBe('Police Forces of Malaysia');
    expect(violent[0]!.fatalities).toBe(2);
  });

  it('Malay: a police shooting told first, the suspects\' fire told after, is one event', () => {
    const ev = run('MELAKA: Dua lelaki maut ditembak polis di Jalan Ayer Keroh, di sini, awal pagi tadi.\n\n' +
      'Menurut polis, suspek melepaskan tembakan ke arah anggota yang cuba menahan kenderaan mereka sebelum anggota polis melepaskan tembakan balas.');
    const violent = ev.filter((e) => ['Battles', 'Violence against civilians'].includes(e.event_type));
    expect(violent).toHaveLength(1);
    expect(violent[0]!.sub_event_type).toBe('Armed clash');
  });

  it('Indonesian: police shoot a robber after he fired at officers: one clash', () => {
    const ev = run('MEDAN - Seorang pelaku perampokan tewas ditembak polisi di Jalan Sisingamangaraja, Medan, Selasa (4/2/2025).\n\n' +
      'Kapolrestabes Medan mengatakan pelaku melepaskan tembakan ke arah petugas saat hendak ditangkap sehingga petugas membalas tembakan.', 'id');
    const violent = ev.filter((e) => ['Battles', 'Violence against civilians'].includes(e.event_type));
    expect(violent).toHaveLength(1);
    expect(violent[0]!.sub_event_type).toBe('Armed clash');
  });

  it('a police shooting with no fire from the other side stays an attack', () => {
    const ev = run('IPOH: Seorang lelaki maut ditembak polis di Jalan Kuala Kangsar, di sini, malam tadi.');
    expect(ev.map((e) => e.sub_event_type)).toEqual(['Attack']);
  });
});

describe('Malay casualty figures of suspects', () => {
  const g = gazetteer();
  const run = (body: string) => extract(body, { language: 'ms', published: '2025-02-10T12:00:00+08:00', title: '' }, { gazetteer: g }).events;
  it('a suspected identity between the count and the outcome', () => {
    const ev = run('KLANG: Tiga lelaki disyaki anggota kumpulan samun bersenjata ditembak mati polis di Jalan Meru, di sini, semalam.');
    expect(ev[0]?.fatalities).toBe(3);
  });
  it('an age between the count and the outcome', () => {
    const ev = run('KLANG: Polis menembak mati penjenayah di Jalan Meru, di sini, semalam.\n\nKetiga-tiga suspek berusia lingkungan 30-an disahkan meninggal dunia di tempat kejadian.');
    expect(ev[0]?.fatalities).toBe(3);
  });
  it('a car stopped by police is no one captured', () => {
    const ev = run('KLANG: Polis menembak mati dua penjenayah di Jalan Meru, di sini, semalam, selepas cuba menahan sebuah kereta.');
    expect(ev[0]?.casualties.some((c) => c.outcome === 'captured')).toBe(false);
  });
});
