import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/core/document/index.js';
import { wordCount, lineWords } from '../../src/core/document/clean.js';

const single = [
  'Floods cut the road to the northern district',
  '',
  'Heavy rain on Monday washed away a bridge on the main road north of the town, officials said.',
  'Residents of three villages were moved to a school while engineers inspected the damage to the river bank.',
  'The district head said the road would stay closed until the water level fell.',
].join('\n');

describe('spaces inside lines', () => {
  it('two or more spaces inside a line read as one (same document as the single-spaced page)', () => {
    const doubled = single.replace('washed away', 'washed   away').replace('three villages', 'three  villages');
    const a = buildDocument(single, {});
    const b = buildDocument(doubled, {});
    expect(b.text).toBe(a.text);
    expect(b.id).toBe(a.id);
    expect(b.title).toBe(a.title);
    expect(b.text).toContain('washed away a bridge');
  });

  it('spaces at the ends of lines, CRLF line ends and a date field read the same', () => {
    const padded = single.split('\n').map((l) => (l ? `  ${l}   ` : l)).join('\r\n');
    expect(buildDocument(padded, {}).text).toBe(buildDocument(single, {}).text);
    const dated = 'date: 2024-03-05  ' + single.replace('a bridge', 'a  bridge');
    const d = buildDocument(dated, {});
    expect(d.text).toBe(buildDocument(single, {}).text);
    expect(d.published).toBe('2024-03-05');
  });

  it('lineWords counts like wordCount and flags two spaces together inside the span', () => {
    for (const s of ['one two three', '-- a b', 'x - y', '“Quoted,” he said.', 'a']) {
      expect(lineWords(s, 0, s.length)).toBe(wordCount(s));
    }
    expect(lineWords('one  two', 0, 8)).toBe(-1);
    const text = 'first line here\nsecond  line';
    expect(lineWords(text, 0, 15)).toBe(3);
    expect(lineWords(text, 16, text.length)).toBe(-1);
  });
  it('a low single quote before a space is a comma typed on the wrong code page; an opening one stays', () => {
    const low = single.replace('on Monday washed', 'on Monday\u201A washed').replace('district head said', 'district head said \u201Asoon\u2019');
    const d = buildDocument(low, {});
    expect(d.text).toContain('on Monday, washed away');
    expect(d.text).toContain('said \u201Asoon\u2019');
  });
});
