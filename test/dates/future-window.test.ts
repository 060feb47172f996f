import { describe, expect, test } from 'vitest';
import { dates } from '../helpers.js';

const PUB = '2024-04-23T09:15:00+03:00'; // a Tuesday

// A future cue counts within the 80 characters before a date (up to a comma). The scan skips the
// cue pattern when no token of that window can hold a cue; these sentences (written for this test)
// check the window's edges: a cue inside it, one just outside it, and a word cut by its start.
describe('future cue window', () => {
  test('a cue word inside the window makes the weekday future', () => {
    expect(dates('en', 'The ministers will meet again in the capital on Monday.', PUB)).toEqual([['Monday', '2024-04-29', 1, 'future']]);
  });
  test('no cue word: the weekday is past', () => {
    expect(dates('en', 'The ministers met again in the capital on Monday.', PUB)).toEqual([['Monday', '2024-04-22', 1, '']]);
  });
  test('a cue beyond 80 characters does not count', () => {
    const s = 'The ministers will say that ' + 'the convoy moved slowly along the old mountain road toward the border town ' + 'on Monday.';
    expect(s.indexOf('Monday') - s.indexOf('will')).toBeGreaterThan(80);
    expect(dates('en', s, PUB)).toEqual([['Monday', '2024-04-22', 1, '']]);
  });
  test('a word cut by the window start reads as its tail (as the pattern sees the window)', () => {
    // "swill" cut after its "s": the window starts with "will" (a cue later in the sentence lets
    // the window be looked at).
    const head = 'Farmers fed swill';
    const mid = ' barrels rolled slowly down the old stone road to the shore';
    const s = head + mid + ' '.repeat(80 - 4 - (head.length - 13) - mid.length) + ' on ' + 'Monday and officials will say so.';
    const at = s.indexOf('Monday');
    expect(s.indexOf('swill') + 1).toBe(at - 80);
    expect(dates('en', s, PUB)).toEqual([['Monday', '2024-04-29', 1, 'future']]);
    // The same sentence with the word whole in the window: no cue before the date.
    const t = 'Farmers fed the pigs' + mid + ' on Monday and officials will say so.';
    expect(dates('en', t, PUB)).toEqual([['Monday', '2024-04-22', 1, '']]);
  });
});
