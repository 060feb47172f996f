import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes, checkText, MAX_INPUT_BYTES } from '../../src/io/input.js';
import { looksLikeHtml } from '../../src/core/document/html.js';
import { buildDocument } from '../../src/core/document/index.js';

describe('decoding input bytes', () => {
  it('reads UTF-8 with and without BOM, and UTF-16 with BOM', () => {
    expect(decodeBytes(Buffer.from('Warga mengungsi.', 'utf8'))).toBe('Warga mengungsi.');
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café', 'utf8')]))).toBe('Café');
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café attack', 'utf16le')]))).toBe('Café attack');
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('Café attack', 'utf-16be')]))).toBe('Café attack');
  });

  it('reads legacy charsets a page declares', () => {
    const html = '<html><head><meta charset="iso-8859-1"></head><body><p>Caf\u00e9 in Pr\u00e9vost</p></body></html>';
    expect(decodeBytes(iconv.encode(html, 'latin1'))).toContain('Café in Prévost');
  });

  it('tolerates a scrape cut inside a multi-byte character', () => {
    const b = Buffer.from('Serangan di Gaza — korban', 'utf8');
    const cut = b.indexOf(Buffer.from('—', 'utf8')) + 1; // one byte into the three-byte dash
    expect(decodeBytes(b.subarray(0, cut))).toBe('Serangan di Gaza ');
  });

  it('refuses empty, binary, oversized and undecodable input with one line', () => {
    const bad: [Buffer, RegExp][] = [
      [Buffer.alloc(0), /empty/],
      [Buffer.from('  \n '), /empty/],
      [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /PNG image/],
      [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), /JPEG image/],
      [Buffer.from('PK\x03\x04\x14\x00\x00\x00', 'latin1'), /ZIP/],
      [Buffer.from([0x1f, 0x8b, 0x08, 0]), /gzip/],
      [Buffer.from('abc\x00\x01\x02\x03\x04\x05\x06\x07\x08def', 'latin1'), /binary/],
      [Buffer.from([0x61, 0x62, 0xe0, 0xe1, 0x20, 0x63, 0xff, 0x64, 0x20, 0x65]), /not valid UTF-8/],
      [Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61), /larger than 20 MB/],
    ];
    for (const [bytes, message] of bad) {
      let err: Error | null = null;
      try {
        decodeBytes(bytes);
      } catch (e) {
        err = e as Error;
      }
      expect(err?.name, String(message)).toBe('InputError');
      expect(err!.message).toMatch(message);
      expect(err!.message).not.toContain('\n');
    }
    expect(() => checkText('')).toThrow(/empty/);
  });
});

describe('format by content', () => {
  it('tells HTML from text whatever the name', () => {
    expect(looksLikeHtml('<!doctype html><html><body><p>x</p></body></html>')).toBe(true);
    expect(looksLikeHtml('  <div class="a"><p>Kalimat.</p><p>Lagi.</p></div>')).toBe(true);
    expect(looksLikeHtml('Harga naik <5% pada kuartal ini, kata BPS.')).toBe(false);
  });

  it('reads a fragment and a page with no text fails cleanly', () => {
    const d = buildDocument('<p>Two soldiers were killed when their convoy hit a roadside bomb on Monday, officials said.</p><p>The army blamed insurgents for the attack.</p><p>No group claimed it.</p>', {});
    expect(d.text).toContain('Two soldiers were killed');
    expect(() => buildDocument('<html><body><nav><a href="/">Home</a></nav></body></html>', {})).toThrow(/no article text/);
  });

  it('a one-block page of one or two words is its own body, not a section label', () => {
    for (const t of ['Bom meledak', 'Ledakan', 'Two killed\n', '  Dua tewas ditembak  ']) {
      const d = buildDocument(t, { published: '2024-01-01' });
      expect(d.text).toBe(t.trim());
      expect(d.title).toBeNull();
    }
    expect(buildDocument('<html><body><p>Bom meledak</p></body></html>', {}).text).toBe('Bom meledak');
    expect(() => buildDocument('https://example.com/a', {})).toThrow(/no article text/);
    expect(() => buildDocument('12.345', {})).toThrow(/no article text/);
  });
});

describe('document identity and offsets', () => {
  it('hashes the cleaned text: same text, same id, whatever the litter', () => {
    const a = buildDocument('Judul Berita Tentang Bentrokan\nWarga bentrok dengan aparat di desa itu pada Senin malam, kata polisi.\nDua orang terluka.', {});
    const b = buildDocument('Judul Berita Tentang Bentrokan\nADVERTISEMENT\nWarga bentrok dengan aparat di desa itu pada Senin malam, kata polisi.\nsosmed-whatsapp-white\nDua orang terluka.', {});
    expect(a.id).toBe(b.id);
    expect(a.text.split('\n\n')).toHaveLength(2);
    const i = a.text.indexOf('Dua orang');
    expect(a.text.slice(i, i + 9)).toBe('Dua orang');
  });

  it('flags win over the page, and a given title makes the content all body', () => {
    const text = 'Kerusuhan Pecah di Pasar\nSenin, 3 Mei 2021 | 14:00 WIB\nRatusan warga merusak kios di pasar itu pada Senin siang, kata polisi setempat.';
    const d = buildDocument(text, { published: '2021-05-03T15:30:00+08:00', language: 'ms', url: 'https://www.detik.com/x' });
    expect(d.published).toBe('2021-05-03T15:30:00+08:00');
    expect(d.language).toBe('ms');
    expect(d.source).toBe('detikcom');
    expect(d.title).toBe('Kerusuhan Pecah di Pasar');
    const g = buildDocument('Ratusan warga merusak kios di pasar itu pada Senin siang, kata polisi setempat.\nTidak ada korban.', { title: 'Judul Diberikan' });
    expect(g.title).toBe('Judul Diberikan');
    expect(g.text.startsWith('Ratusan warga')).toBe(true);
  });
});
