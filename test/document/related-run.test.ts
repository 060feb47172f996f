import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/core/document/index.js';

// Written for these tests: a Liputan6/detik-style scrape whose "Baca Juga" lead stands alone and
// lists several headlines, one per line, and a Malay page with an "Artikel Berkaitan" block.
const idPage = [
  'Warga Dua Kampung Bentrok di Sorong, Lima Rumah Dibakar',
  '',
  'Liputan6.com, Sorong - Bentrokan antarwarga dua kampung pecah di Distrik Aimas, Kabupaten Sorong, Selasa (4/2/2025) malam.',
  'Lima rumah warga dibakar dan dua orang mengalami luka bacok dalam peristiwa tersebut.',
  'Baca Juga',
  'Polisi Temukan Bom Rakitan di Rumah Kosong',
  'Kapolres Sorong Minta Warga Tidak Terprovokasi',
  'Tiga Pelaku Pembakaran Pasar Ditangkap',
  'Kapolres Sorong AKBP Budi Santoso mengatakan situasi kini sudah kondusif setelah ratusan personel dikerahkan ke lokasi.',
  'Simak Video Pilihan Berikut Ini:',
].join('\n');

const msPage = [
  'Tiga cedera dalam pergaduhan di pasar malam',
  '',
  'IPOH: Tiga lelaki cedera dalam satu pergaduhan di sebuah pasar malam di Jalan Kuala Kangsar, di sini, malam tadi.',
  'Ketua Polis Daerah Ipoh berkata, polis menahan dua suspek bagi membantu siasatan kes berkenaan.',
  'Artikel Berkaitan',
  'Polis tahan lima lelaki selepas gaduh di kelab malam',
  'Dua beradik maut dalam nahas di Gopeng',
].join('\n');

describe('related-link headlines listed under a lone lead', () => {
  it('every headline of the list goes, the body paragraph after it stays', () => {
    const d = buildDocument(idPage, {});
    expect(d.text).not.toContain('Bom Rakitan');
    expect(d.text).not.toContain('Minta Warga Tidak Terprovokasi');
    expect(d.text).not.toContain('Pelaku Pembakaran Pasar');
    expect(d.text).not.toContain('Simak Video');
    expect(d.text).toContain('situasi kini sudah kondusif');
    expect(d.text).toContain('Lima rumah warga dibakar');
  });
  it('a Malay "Artikel Berkaitan" block is a tail of links', () => {
    const d = buildDocument(msPage, {});
    expect(d.text).not.toContain('kelab malam');
    expect(d.text).not.toContain('nahas di Gopeng');
    expect(d.text).toContain('polis menahan dua suspek');
  });
});
