import { describe, expect, test } from 'vitest';
import { numberGroups } from '../../src/core/dates/index.js';

// The date patterns are written with named groups and run with numbered ones: the conversion must
// keep every match and give each name the group it had.
const CASES: Array<[string, string, string[]]> = [
  [String.raw`(?<![\p{L}])(?<wd>mon|tue)\s*,?\s*\((?<a>\d{1,2})/(?<b>\d{1,2})\)`, 'iu', ['Mon (8/10)', 'tue,(1/2)', 'xmon (8/10)', 'Mon (8/10']],
  [String.raw`(?<d>\d+)(?:st|nd)?\s+(?:of\s+)?(?<mon>may|june)(?:\s*,?\s*(?<y>(?:19|20)\d{2}))?`, 'i', ['3rd of May 2020', '21st June', '4 may, 1999']],
  [String.raw`[(<](?<x>[^)>\]]+)[)>](\d)?(?<y>z)?`, '', ['(abc)5z', '<q>', '(a)']],
  [String.raw`\((?<p>\(?)\\(?<q>q)`, '', ['((\\q', '(\\q']],
];

describe('numberGroups', () => {
  for (const [src, flags, inputs] of CASES) {
    test(src.slice(0, 40), () => {
      const named = new RegExp(src, flags);
      const ng = numberGroups(src);
      const numbered = new RegExp(ng.source, flags);
      expect(ng.source).not.toMatch(/\(\?<[a-z]/);
      for (const s of inputs) {
        const a = named.exec(s);
        const b = numbered.exec(s);
        expect(b?.[0], s).toBe(a?.[0]);
        if (!a || !b) continue;
        for (const [name, k] of ng.names) expect(b[k], `${s} ${name}`).toBe(a.groups![name]);
        expect(ng.count).toBe(a.length - 1);
      }
    });
  }
  test('named back-references are refused', () => {
    expect(() => numberGroups(String.raw`(?<w>a)\k<w>`)).toThrow();
  });
});
