import { describe, expect, it } from 'vitest';
import { read } from '../../src/core/reading.js';
import { packFor } from '../../src/lang/index.js';

/** "sentence: claimant" of every attribution of the text. */
function said(text: string, lang: string): string[] {
  const r = read(text, '2024-03-14T10:00:00+07:00', packFor(lang)!, null);
  return r.attributions.map((a) => `${a.sentence}: ${a.claimant.name}`);
}

describe('one speaker, one name', () => {
  it('id: "kata AKBP Heri" after "Kapolres Jayawijaya AKBP Heri Wibowo" takes the full name', () => {
    const text = 'Kapolres Jayawijaya AKBP Heri Wibowo membenarkan adanya insiden tersebut.\n\n"Pelaku sudah kami amankan," kata AKBP Heri kepada wartawan.';
    expect(said(text, 'id')).toEqual(['0: Kapolres Jayawijaya AKBP Heri Wibowo', '1: Kapolres Jayawijaya AKBP Heri Wibowo']);
  });
  it('en: "Onyango said" after "police spokesperson Resila Onyango"', () => {
    const text = 'Police spokesperson Resila Onyango said the officers were attacked. Onyango said 3 officers were hurt.';
    expect(said(text, 'en')).toEqual(['0: Police spokesperson Resila Onyango', '1: Police spokesperson Resila Onyango']);
  });
  it('en negative: a different person who shares no full name keeps their own', () => {
    const text = 'Governor Oleh Syniehubov said two people died. Mayor Ihor Terekhov said five were hurt.';
    expect(said(text, 'en')).toEqual(['0: Governor Oleh Syniehubov', '1: Mayor Ihor Terekhov']);
  });
  it('en negative: a speaker whose words are not all in the earlier name keeps its own', () => {
    const text = 'Niger State police spokesman Wasiu Abiodun said 30 people died. Police officials said 12 were hurt.';
    expect(said(text, 'en')[1]).toBe('1: Police officials');
  });
  it('id: the title alone ("Kapolres") is the same official named in full before', () => {
    const text = 'Kapolres Jayawijaya AKBP Heri Wibowo membenarkan insiden itu. Kapolres mengatakan dua warga terluka.';
    expect(said(text, 'id')[1]).toBe('1: Kapolres Jayawijaya AKBP Heri Wibowo');
  });
  it('id negative: the head of another district keeps its own name', () => {
    const text = 'Kapolres Jayawijaya AKBP Heri Wibowo membenarkan insiden itu. Kapolres Puncak mengatakan dua warga terluka.';
    expect(said(text, 'id')[1]).toBe('1: Kapolres Puncak');
  });
});

describe('speaker phrases', () => {
  it('id: a negated speech verb names no speaker ("Meski tak menyebut …")', () => {
    expect(said('Meski tak menyebut usia para pelaku, polisi memastikan mereka adalah demonstran.', 'id')).toEqual(['0: polisi']);
  });
  it('en: "did not say" names no speaker', () => {
    expect(said('The ministry did not say how many soldiers were killed.', 'en')).toEqual([]);
  });
  it('id: "Pihak berwenang di Nagorno-Karabakh" keeps the place that says whose authorities', () => {
    expect(said('Pihak berwenang di Nagorno-Karabakh mengatakan situasi tidak berubah.', 'id')).toEqual(['0: Pihak berwenang di Nagorno-Karabakh']);
  });
  it('id: "Sebab, …" goes on with the speaker of the sentence before', () => {
    const text = 'Pihak berwenang di Nagorno-Karabakh mengatakan situasi tidak berubah. Sebab, tembakan artileri dilaporkan terjadi di pusat kota Stepanakert.';
    expect(said(text, 'id')).toEqual(['0: Pihak berwenang di Nagorno-Karabakh', '1: Pihak berwenang di Nagorno-Karabakh']);
  });
  it('id negative: a sentence of another paragraph does not go on with it', () => {
    const text = 'Pihak berwenang di Nagorno-Karabakh mengatakan situasi tidak berubah.\n\nSebab, tembakan artileri dilaporkan terjadi di pusat kota Stepanakert.';
    expect(said(text, 'id')).toEqual(['0: Pihak berwenang di Nagorno-Karabakh']);
  });
});
