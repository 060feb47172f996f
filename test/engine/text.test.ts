import { describe, expect, test } from 'vitest';
import { fold, hasLowerFoldTraps, hasSmallSig, lowerTextOf, MAX_SENTENCE, memoOf, memoPeek, memoPut, SigMap, smallSigSet, splitSentences, tokenize, tokensOf, wordSig } from '../../src/core/engine/text.js';
import { pack } from '../helpers.js';

const split = (code: string, text: string) => splitSentences(text, pack(code).sentences).map((s) => s.text);

describe('sentences', () => {
  test('no split inside "(8/10)" or after it mid-sentence', () => {
    expect(split('id', 'Bentrokan terjadi pada Kamis (8/10). Dua orang tewas.')).toEqual(['Bentrokan terjadi pada Kamis (8/10).', 'Dua orang tewas.']);
  });
  test('dots inside numbers never split', () => {
    expect(split('id', 'Harga naik menjadi Rp1.200. Warga protes pukul 16.25 WIB.')).toEqual(['Harga naik menjadi Rp1.200.', 'Warga protes pukul 16.25 WIB.']);
  });
  test('abbreviations: Jl., Kol., Brigjen., No.', () => {
    expect(split('id', 'Massa berkumpul di Jl. Sudirman No. 5 sejak pagi. Kol. Inf. Budi dan Brigjen. Pol. Andi hadir.')).toEqual([
      'Massa berkumpul di Jl. Sudirman No. 5 sejak pagi.', 'Kol. Inf. Budi dan Brigjen. Pol. Andi hadir.',
    ]);
  });
  test('English: U.S., Gen., Sept., initials', () => {
    expect(split('en', 'U.S. forces and Gen. Smith arrived on Sept. 27. J. R. Jones said so. Police left.')).toEqual([
      'U.S. forces and Gen. Smith arrived on Sept. 27.', 'J. R. Jones said so.', 'Police left.',
    ]);
  });
  test('quotes close the sentence they belong to', () => {
    expect(split('id', '"Kami diserang," kata dia. "Dua orang tewas." Polisi tiba kemudian.')).toEqual([
      '"Kami diserang," kata dia.', '"Dua orang tewas."', 'Polisi tiba kemudian.',
    ]);
  });
  test('no split before a lower-case word', () => {
    expect(split('en', 'He said 3 p.m. was too late.')).toEqual(['He said 3 p.m. was too late.']);
  });
  test('no split inside parentheses that close later', () => {
    expect(split('en', 'The group (known as the F.N.L. Some call it otherwise) fought on. Then it stopped.')).toEqual([
      'The group (known as the F.N.L. Some call it otherwise) fought on.', 'Then it stopped.',
    ]);
  });
  test('a terminal abbreviation may end a sentence', () => {
    expect(split('id', 'Mereka membawa senjata, amunisi, dll. Polisi menyita semuanya.')).toEqual(['Mereka membawa senjata, amunisi, dll.', 'Polisi menyita semuanya.']);
  });
  test('Malay titles', () => {
    expect(split('ms', 'Datuk Seri Ayob berkata demikian. Insp. Zul dan Sjn. Ali terkorban.')).toEqual(['Datuk Seri Ayob berkata demikian.', 'Insp. Zul dan Sjn. Ali terkorban.']);
  });
  test('lines end sentences; blank lines start paragraphs; offsets index the text', () => {
    const text = 'Judul berita\n\nKalimat satu. Kalimat dua!\nBaris lain';
    const ss = splitSentences(text, pack('id').sentences);
    expect(ss.map((s) => [s.text, s.paragraph])).toEqual([['Judul berita', 0], ['Kalimat satu.', 1], ['Kalimat dua!', 1], ['Baris lain', 1]]);
    for (const s of ss) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('tokens', () => {
  test('joined words and numbers stay one token', () => {
    expect(tokenize('Nagorno-Karabakh, 1.200 orang (8/10) jum\'at U.S. 2,5').map((t) => t.text)).toEqual([
      'Nagorno-Karabakh', ',', '1.200', 'orang', '(', '8/10', ')', "jum'at", 'U.S', '.', '2,5',
    ]);
  });
  test('offsets and lower case', () => {
    const t = tokenize('Sejak SENIN', 10);
    expect(t).toEqual([{ start: 10, end: 15, text: 'Sejak', lower: 'sejak' }, { start: 16, end: 21, text: 'SENIN', lower: 'senin' }]);
  });
  test('non-Latin letters and typographic quotes', () => {
    expect(tokenize('“Gəncə” — Ganja’s').map((t) => t.text)).toEqual(['“', 'Gəncə', '”', '—', 'Ganja’s']);
  });
  test('tokensOf caches per sentence and keeps document offsets', () => {
    const text = 'Satu. Dua orang.';
    const [, s2] = splitSentences(text, pack('id').sentences);
    const a = tokensOf(s2!);
    expect(tokensOf(s2!)).toBe(a);
    expect(a.map((t) => text.slice(t.start, t.end))).toEqual(['Dua', 'orang', '.']);
    expect(JSON.stringify(s2)).not.toContain('orang"'.repeat(2));
    expect(Object.keys(s2!)).toEqual(['index', 'paragraph', 'start', 'end', 'text']);
  });
});

describe('fold', () => {
  test('case, diacritics, quotes, dashes, spaces', () => {
    expect(fold('  Gəncə ‘Ganja’ – Nagorno—Karabakh  ')).toBe("gəncə 'ganja' - nagorno-karabakh");
    expect(fold('Jum’at  Pagi')).toBe("jum'at pagi");
    expect(fold('Zürich')).toBe('zurich');
  });
});

describe('over-long sentences are cut so no stage can hang', () => {
  test('a run-on line is cut at clause boundaries, every piece at most MAX_SENTENCE long', () => {
    const clause = 'warga berkumpul di alun-alun kota sejak pagi hari, ';
    const text = clause.repeat(200).trim();
    const ss = splitSentences(text, pack('id').sentences);
    expect(ss.length).toBeGreaterThan(5);
    for (const s of ss) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(s.text).toBe(text.slice(s.start, s.end));
      expect(s.text.endsWith(',')).toBe(true); // cut after ", ", not mid-clause
    }
    expect(ss.map((s) => s.text).join(' ')).toBe(text);
  });
  test('"; " is preferred to ", "', () => {
    const text = ('a b c d e f g h, '.repeat(40) + 'akhir; ').repeat(5).trim();
    const ss = splitSentences(text, pack('id').sentences);
    expect(ss[0]!.text.endsWith('akhir;')).toBe(true);
  });
  test('no punctuation: cut at white space; one giant token: hard cut', () => {
    const words = 'kata '.repeat(1000).trim();
    const ss = splitSentences(words, pack('id').sentences);
    for (const s of ss) expect(s.text).toMatch(/^kata( kata)*$/);
    const blob = 'x'.repeat(2500);
    expect(splitSentences(blob, pack('id').sentences).map((s) => s.text.length)).toEqual([1000, 1000, 500]);
  });
  test('normal sentences are untouched', () => {
    expect(split('en', 'Two people were killed. Police said so.')).toEqual(['Two people were killed.', 'Police said so.']);
  });
});


describe('small signature sets and memo peek/put', () => {
  test('a smallSigSet holds the signatures of its words and is sized to them', () => {
    const words = ['the', 'in', 'a', 'hundred', 'dozens', 'sejumlah', 'puluhan'];
    const set = smallSigSet(words);
    for (const w of words) expect(hasSmallSig(set, wordSig(w))).toBe(true);
    expect(set.length * 32).toBeLessThanOrEqual(1024);
    const big = smallSigSet(Array.from({ length: 500 }, (_, i) => `w${i}`));
    expect(big.length * 32).toBeGreaterThanOrEqual(500 * 64);
    // Most other words are answered "absent".
    const others = Array.from({ length: 1000 }, (_, i) => `other${i}`);
    expect(others.filter((w) => hasSmallSig(set, wordSig(w))).length).toBeLessThan(100);
  });
  test('SigMap finds its words by word and signature, and nothing else', () => {
    const m = new SigMap([['april', 4], ['may', 5], ['kamis', 4]] as const);
    expect(m.get('april', wordSig('april'))).toBe(4);
    expect(m.get('kamis', wordSig('kamis'))).toBe(4);
    expect(m.get('aprils', wordSig('aprils'))).toBeUndefined();
  });
  test('memoPeek sees what memoPut and memoOf kept, for sentences of splitSentences and others', () => {
    const k1 = Symbol('k1');
    const k2 = Symbol('k2');
    const [s] = splitSentences('Gunmen attacked a convoy.', { abbreviations: new Set() });
    const plain = { index: 0, paragraph: 0, start: 0, end: 5, text: 'Hello' };
    for (const sent of [s!, plain]) {
      expect(memoPeek(sent, k1)).toBeUndefined();
      memoPut(sent, k1, [1, 2]);
      expect(memoPeek(sent, k1)).toEqual([1, 2]);
      expect(memoOf(sent, k1, () => [9])).toEqual([1, 2]);
      expect(memoOf(sent, k2, () => 'x')).toBe('x');
      expect(memoPeek(sent, k2)).toBe('x');
    }
  });
});

describe('lowerTextOf', () => {
  const rules = { abbreviations: new Set<string>() };
  test('the whole text lower-cased, for a sentence cut from that very text', () => {
    const text = 'Polisi MENANGKAP dua orang. Mereka ditahan.';
    const ss = splitSentences(text, rules);
    expect(lowerTextOf(ss[1]!, text)).toBe(text.toLowerCase());
    expect(lowerTextOf(ss[1]!, 'another text')).toBeNull();
    expect(lowerTextOf({ index: 0, paragraph: 0, start: 0, end: 4, text: 'Kota' }, 'Kota')).toBeNull();
  });
  test('null where lower-casing changes offsets', () => {
    const text = 'İstanbul. Ankara.';
    expect(lowerTextOf(splitSentences(text, rules)[0]!, text)).toBeNull();
  });
  test('the characters that fold apart from their lower case', () => {
    expect(hasLowerFoldTraps('maſſa')).toBe(true);
    expect(hasLowerFoldTraps('a\u0345b')).toBe(true);
    expect(hasLowerFoldTraps('massa ricuh')).toBe(false);
  });
});

