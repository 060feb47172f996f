/** Malay given names shortened with a dot inside a name (sentences written for this test). */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/engine/text.js';
import { pack } from '../helpers.js';

const split = (text: string) => splitSentences(text, pack('ms').sentences).map((s) => s.text);

describe('ms: shortened given names do not end a sentence', () => {
  it('"Supt Md. Azmi Ab. Hamid berkata …" is one sentence', () => {
    expect(split('Ketua Polis Daerah Tawau Supt Md. Azmi Ab. Hamid berkata suspek ditembak selepas menyerang anggota polis.')).toHaveLength(1);
  });
  it('"Mohd." and "Abd." too; a real sentence end still splits', () => {
    expect(split('Pegawai itu, Mohd. Faizal Abd. Razak, mengesahkan kejadian itu. Siasatan sedang dijalankan.')).toHaveLength(2);
  });
});
