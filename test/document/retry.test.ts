import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { parseHTML as sharedParseHTML } from 'linkedom';
import { htmlDocument } from '../../src/core/document/html.js';

// A page whose story sits in a box Readability's first try throws away ("sidebar" is an unlikely
// class), so that only its second try, from the body as first prepared, finds it.
const para = (n: number) =>
  `<p>Paragraf ${n}: warga di kecamatan itu mengungsi ke balai desa setelah banjir bandang merusak jembatan, ` +
  `kata kepala desa kepada wartawan, Senin, sambil menunggu bantuan logistik dari pemerintah kabupaten.</p>`;
const page = `<!DOCTYPE html><html lang="id"><head><title>Banjir di Hulu</title><style>p{color:red}</style></head><body>
<div class="sidebar-wrap"><h1>Banjir di Hulu</h1>${[1, 2, 3, 4].map(para).join('\n')}
<font>Dua baris<br><br>dipisah garis.</font><noscript><p>Aktifkan JavaScript.</p></noscript></div>
<div class="promo"><span>Berlangganan sekarang.</span></div>
<script>var x = "<p>tidak</p>";</script></body></html>`;

describe('Readability second try', () => {
  it('finds the story kept in an unlikely box, as plain Readability does', () => {
    const { blocks } = htmlDocument(page);
    const text = blocks.map((b) => b.text).join('\n');
    for (const n of [1, 2, 3, 4]) expect(text).toContain(`Paragraf ${n}: warga`);
    expect(text).toContain('dipisah garis');
    expect(text).not.toContain('tidak');
    expect(text).not.toContain('Aktifkan JavaScript');
    // Readability's choice (its title heading left out), not every block of the page
    expect(text.startsWith('Paragraf 1')).toBe(true);
    // the same paragraphs as Readability's own second try over the untouched page
    const { document } = sharedParseHTML(page);
    const plain = new Readability(document as unknown as Document).parse()!.textContent!;
    for (const n of [1, 2, 3, 4]) expect(plain).toContain(`Paragraf ${n}: warga`);
    const ours = text.match(/Paragraf \d/g), theirs = plain.match(/Paragraf \d/g);
    expect(ours).toEqual(theirs);
    expect(plain.trim().startsWith('Paragraf 1')).toBe(true);
  });
});
