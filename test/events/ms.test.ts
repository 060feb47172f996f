import { extract } from '../../src/core/extract.js';
import { describe, expect, it } from 'vitest';
import { msEvents } from '../../src/lang/ms/events.js';
import { codeSentence } from './helpers.js';

// Malay sentences written for these tests.
const CASES: [string, string][] = [
  ['Lebih 1,000 orang menyertai himpunan aman di ibu kota semalam.', 'Peaceful protest'],
  ['Polis menggunakan gas pemedih mata untuk menyuraikan penunjuk perasaan.', 'Protest with intervention'],
  ['Rusuhan tercetus selepas perhimpunan itu, perusuh membakar kereta.', 'Violent demonstration'],
  // A brawl between groups is mob violence; a drone dropping bombs is a drone strike.
  ['Dua kumpulan remaja terlibat dalam rusuhan di sebuah pusat beli-belah malam tadi.', 'Mob violence'],
  ['Seorang lelaki cedera selepas dibelasah beramai-ramai oleh penduduk kampung.', 'Mob violence'],
  ['Sebuah dron milik kumpulan pemberontak menggugurkan bom ke atas pos kawalan tentera.', 'Air/drone strike'],
  ['Dua anggota komando terkorban dalam pertempuran dengan penceroboh bersenjata.', 'Armed clash'],
  ['Seorang remaja dirogol oleh dua lelaki.', 'Sexual violence'],
  ['Tiga suspek ditahan polis di Kuala Lumpur.', 'Arrests'],
  ['Letupan bom di pasar itu mencederakan lima orang.', 'Remote explosive/landmine/IED'],
  ['Gencatan senjata dimeterai oleh kedua-dua pihak.', 'Agreement'],
  ['Pengganas menculik empat nelayan di perairan Sabah.', 'Abduction/forced disappearance'],
];

describe('ms triggers (Indonesian pack plus Malay words)', () => {
  for (const [sentence, sub] of CASES) {
    it(`${sub}: ${sentence}`, () => {
      expect(codeSentence(msEvents, sentence)?.sub).toBe(sub);
    });
  }
  it('planned with "minggu hadapan"', () => {
    expect(codeSentence(msEvents, 'Kedua-dua menteri akan bertemu minggu hadapan.')?.modality).toBe('planned');
  });
  it('a charge under the penal code is no event', () => {
    expect(codeSentence(msEvents, 'Kes itu disiasat mengikut Seksyen 148 Kanun Keseksaan kerana merusuh.')).toBeNull();
  });
  it('flood is no event', () => {
    expect(codeSentence(msEvents, 'Banjir kilat menyebabkan 300 penduduk dipindahkan.')).toBeNull();
  });
  it('a security operation, or a command named after one, makes no fight; it joins one told', () => {
    const run = (t: string) => extract(t, { language: 'ms', published: '2024-07-02T10:00:00+08:00', title: '' }, { gazetteer: null }).events.map((e) => e.sub_event_type);
    expect(run('Jurucakap Komando Operasi Keselamatan Dalam Negeri berkata, keadaan di wilayah itu terkawal semalam.')).toEqual([]);
    expect(run('Tentera memulakan operasi keselamatan di tiga daerah selepas mesyuarat itu.')).toEqual([]);
    expect(run('Dua militan terbunuh dalam pertempuran dengan tentera semalam. Operasi keselamatan diteruskan di kawasan itu.')).toEqual(['Armed clash']);
  });
});
