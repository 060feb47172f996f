/** Indonesian passive speech verbs with the agent straight after them, and spans that open with a stop word (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { read } from '../../src/core/reading.js';
import { packFor } from '../../src/lang/index.js';

const reading = (text: string) => read(text, '2024-09-04T10:00:00+07:00', packFor('id')!, null);

describe('"dibenarkan Kapolres X": the agent of a passive speech verb is the speaker', () => {
  it('the figure of the quote after "ujarnya" is the spokesman\'s, not the outlet it was taken from', () => {
    const r = reading('Kabar penangkapan itu dibenarkan Kepala Bidang Humas Polda Riau Kombes Anwar Fauzi. ' +
      '"Ada tiga orang yang ditangkap," ujarnya seperti dikutip dari Antara, Rabu (4/9/2024).');
    expect(r.attributions[0]?.claimant.name).toBe('Kepala Bidang Humas Polda Riau Kombes Anwar Fauzi');
    expect(r.casualties[0]?.count).toBe(3);
    expect(r.casualties[0]?.claimant?.name).toBe('Kepala Bidang Humas Polda Riau Kombes Anwar Fauzi');
  });
  it('"dikonfirmasi Kapolsek …" too', () => {
    const r = reading('Peristiwa itu dikonfirmasi Kapolsek Tanjung AKP Dedi Kurniawan.');
    expect(r.attributions.map((a) => a.claimant.name)).toEqual(['Kapolsek Tanjung AKP Dedi Kurniawan']);
  });
});

describe('a span that opens with a stop word names no speaker', () => {
  it('"Hal itu disampaikan dalam rapat …" is no claimant "dalam rapat …"', () => {
    const r = reading('Hal itu disampaikan dalam rapat koordinasi di Mapolres. Dua orang tewas dalam bentrokan itu, kata polisi.');
    expect(r.attributions.map((a) => a.claimant.name)).toEqual(['polisi']);
  });
});
