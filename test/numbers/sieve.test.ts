import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../src/core/engine/text.js';
import { findNumbers, scanNumbers } from '../../src/core/numbers/index.js';
import { nums, pack, skips } from '../helpers.js';

// The second-word sieve passes over a starter ("the", "a", "in", "di") unless the next word is
// the second word of one of its phrases (or, for an article, a multiplier). These sentences put
// such starters before their phrase words and before other words.
describe('second-word sieve', () => {
  test('an article counts before a multiplier and in its phrases, not before other words', () => {
    expect(nums('en', 'A hundred families fled and a few stayed behind.')).toEqual([['A hundred', 100, 'exact'], ['a few', 3, 'vague']]);
    expect(nums('en', 'A soldier and a medic were hurt.')).toEqual([]);
    expect(nums('en', 'A dozen houses burned.')).toEqual([['A dozen', 12, 'exact']]);
    expect(nums('en', 'A couple of shops were looted.')).toEqual([['A couple of', 2, 'exact']]);
  });
  test('phrase starters still begin their not-count phrases', () => {
    // "the one", "in many", "on the one hand", "no one": no counts.
    expect(nums('en', 'The one who fired was arrested.')).toEqual([]);
    expect(nums('en', 'In many villages the wells were poisoned.')).toEqual([]);
    expect(nums('en', 'On the one hand the army withdrew.')).toEqual([]);
    expect(nums('en', 'No one was hurt in the blast.')).toEqual([['No one', 0, 'exact']]);
    // The same starters before other words leave the count after them alone.
    expect(nums('en', 'In the attack 12 people died.')).toEqual([['12', 12, 'exact']]);
  });
  test('Indonesian "di" is a starter only of "di satu sisi"', () => {
    expect(nums('id', 'Di satu sisi, polisi menangkap tiga orang.')).toEqual([['tiga', 3, 'exact']]);
    expect(nums('id', 'Di desa itu, 5 rumah terbakar.')).toEqual([['5', 5, 'exact']]);
  });
  test('a sentence with no candidate token gives empty results', () => {
    const p = pack('en');
    const text = 'The soldiers left the village at dawn.';
    const [s] = splitSentences(text, p.sentences);
    expect(findNumbers(text, s!, p)).toEqual([]);
    expect(scanNumbers(text, s!, p)).toEqual({ mentions: [], skipped: [] });
  });
  test('findNumbers gives the mentions scanNumbers gives (it only leaves out the skips)', () => {
    const p = pack('en');
    const text = 'Around 40 people, aged 20 to 30, were held for 3 days at Gate 7 in 2019; 12 were freed at 10:30.';
    for (const s of splitSentences(text, p.sentences)) expect(findNumbers(text, s, p)).toEqual(scanNumbers(text, s, p).mentions);
    expect(skips('en', text).map(([, r]) => r)).toEqual(expect.arrayContaining(['age', 'measure', 'time']));
  });
  test('hyphenated words start a count only as number words', () => {
    expect(nums('en', 'Twenty-one soldiers and well-known figures attended.')).toEqual([['Twenty-one', 21, 'exact']]);
  });
});
