import { describe, expect, it } from 'vitest';
import { flattenMarkup, htmlDocument, MAX_NESTING, nestingDepth } from '../../src/core/document/html.js';

const story = '<p>Polisi menutup jalan utama setelah tanah longsor menimbun tiga rumah warga, Selasa pagi.</p>' +
  '<p>Tidak ada korban jiwa dalam kejadian itu, kata kepala desa setempat kepada wartawan.</p>';

describe('nesting depth', () => {
  it('counts containers, not void elements or elements that close themselves', () => {
    expect(nestingDepth('<html><body><div><section><p>a<p>b<br><img src=x></section></div></body></html>')).toBe(4);
    expect(nestingDepth('<ul><li>a<li>b<li>c</ul>')).toBe(1);
    expect(nestingDepth('<div></div><div><span>x</span></div>')).toBe(2);
  });
  it('stops counting once past the limit', () => {
    expect(nestingDepth('<div>'.repeat(5000), 10)).toBe(11);
  });
});

describe('pathologically nested pages', () => {
  it('are read flattened, quickly, keeping their paragraphs', () => {
    const n = 20_000;
    const page = `<html><head><title>Longsor</title></head><body>${'<div><span>'.repeat(n)}${story}${'</span></div>'.repeat(n)}</body></html>`;
    const t = performance.now();
    const { blocks, meta } = htmlDocument(page);
    expect(performance.now() - t).toBeLessThan(15_000);
    const text = blocks.map((b) => b.text).join('\n');
    expect(text).toContain('tanah longsor menimbun tiga rumah');
    expect(text).toContain('Tidak ada korban jiwa');
    expect(meta.title).toBe('Longsor');
  });
  it('flattening turns containers into breaks and drops inline tags', () => {
    expect(flattenMarkup('<div><div><b>Satu</b></div><section>Dua</section></div><p>Tiga</p>')).toBe('<br><br>Satu<br><br>Dua<br><br><p>Tiga</p>');
  });
  it('a page as deep as real ones is not flattened', () => {
    const page = `<html><body>${'<div>'.repeat(60)}${story}${'</div>'.repeat(60)}</body></html>`;
    expect(nestingDepth(page)).toBeLessThan(MAX_NESTING);
  });
});

describe('pages of a huge number of elements', () => {
  it('are read as lines of text, quickly, with the head metadata kept', async () => {
    const { MAX_ELEMENTS, moreTagsThan } = await import('../../src/core/document/html.js');
    const filler = '<div class="row"><span>iklan</span></div>'.repeat(MAX_ELEMENTS);
    const page = `<html lang="id"><head><title>Longsor di Lereng</title><meta property="article:published_time" content="2024-03-05T08:00:00+07:00"></head><body>${story}${filler}<p>Paragraf terakhir berita ini.</p></body></html>`;
    expect(moreTagsThan(page, MAX_ELEMENTS)).toBe(true);
    const t = performance.now();
    const { blocks, meta } = htmlDocument(page);
    expect(performance.now() - t).toBeLessThan(15_000);
    expect(blocks[0]!.text).toBe('Polisi menutup jalan utama setelah tanah longsor menimbun tiga rumah warga, Selasa pagi.');
    expect(blocks.at(-1)!.text).toBe('Paragraf terakhir berita ini.');
    expect(meta.title).toBe('Longsor di Lereng');
    expect(meta.published).toBe('2024-03-05T08:00:00+07:00');
    expect(meta.lang).toBe('id');
  });
  it('an ordinary page is not counted as huge', async () => {
    const { MAX_ELEMENTS, moreTagsThan } = await import('../../src/core/document/html.js');
    expect(moreTagsThan(`<html><body>${story.repeat(200)}</body></html>`, MAX_ELEMENTS)).toBe(false);
  });
});
