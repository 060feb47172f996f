import { describe, expect, test } from 'vitest';
import { PACKS } from '../../src/lang/index.js';
import { splitSentences } from '../../src/core/engine/text.js';
import { findNumbers, scanNumbers } from '../../src/core/numbers/index.js';
import { findDates } from '../../src/core/dates/index.js';
import type { LanguagePack } from '../../src/core/pack.js';
import { FIXTURES, type Case } from './fixtures.js';

const QUALIFIERS = ['exact', 'at_least', 'about', 'at_most', 'vague'];

function readNumbers(p: LanguagePack, text: string) {
  return splitSentences(text, p.sentences).flatMap((s) => findNumbers(text, s, p));
}
function readDates(p: LanguagePack, text: string, published: string | null) {
  return splitSentences(text, p.sentences).flatMap((s) => findDates(text, s, p, published));
}
function run<T>(c: Case<T>, f: (c: T) => void): void {
  if (typeof c === 'object' && c !== null && 'skip' in c) {
    expect((c as { skip: string }).skip.length, 'a skipped case must say why').toBeGreaterThan(10);
    return;
  }
  f(c as T);
}

/** The contract every language pack must pass (numbers, dates, sentences). */
describe.each(PACKS.map((p) => [p.code, p] as const))('pack %s', (code, p) => {
  const fx = FIXTURES[code];

  test('has fixtures in this suite', () => expect(fx, `add ${code} to test/packs/fixtures.ts`).toBeDefined());

  test('tables are well formed', () => {
    expect(code).toMatch(/^[a-z]{2}$/);
    for (const a of p.sentences.abbreviations) expect(a, 'abbreviations are lower case without a final dot').toMatch(/^[\p{Ll}.]+[^.]$|^\p{Ll}$/u);
    const months = Object.values(p.dates.months);
    expect(new Set(months)).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    expect(new Set(Object.values(p.dates.weekdays))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
    for (const w of p.dates.caseSensitive) expect(w in p.dates.months || w in p.dates.weekdays, `${w} is a month or weekday`).toBe(true);
    expect(new Set(Object.values(p.dates.periods))).toEqual(expect.objectContaining({}));
    for (const u of ['day', 'week', 'month', 'year']) expect(Object.values(p.dates.periods)).toContain(u);
    expect(p.dates.future.length).toBeGreaterThan(0);
    expect(p.dates.since.length).toBeGreaterThan(0);
    expect([',', '.']).toContain(p.numbers.decimal);
    for (const [k, v] of Object.entries(p.numbers.units)) {
      expect(k).toBe(k.toLowerCase());
      expect(Number.isInteger(v) && v >= 0).toBe(true);
    }
    for (const q of [...Object.values(p.numbers.before), ...Object.values(p.numbers.after)]) expect(QUALIFIERS).toContain(q);
    for (const v of Object.values(p.numbers.vague)) expect(v.value).toBeGreaterThan(0);
    // The contract's vague values for the words every pack has.
    const vagueValues = new Set(Object.values(p.numbers.vague).map((v) => v.value));
    for (const v of [10, 12, 100, 1000]) expect(vagueValues, `a vague word coded ${v}`).toContain(v);
  });

  describe('numbers', () => {
    for (const [name, c] of Object.entries(fx?.numbers ?? {})) {
      test(name, () => run(c, (n) => {
        const got = readNumbers(p, n.text);
        expect(got.map((m) => [m.value, m.qualifier])).toEqual([[n.value, n.qualifier]]);
        expect(got[0]!.rule.startsWith(`${code}/number/`)).toBe(true);
      }));
    }
    for (const [name, c] of Object.entries(fx?.notCounts ?? {})) {
      test(`not a count: ${name}`, () => run(c, (text) => {
        expect(readNumbers(p, text)).toEqual([]);
      }));
    }
    test('skips are explained', () => {
      const text = fx ? (fx.notCounts.percent as string) : '';
      const s = splitSentences(text, p.sentences)[0]!;
      expect(scanNumbers(text, s, p).skipped.map((k) => k.reason)).toEqual(['percent']);
    });
  });

  describe('dates', () => {
    for (const [name, c] of Object.entries(fx?.dates ?? {})) {
      test(name, () => run(c, (d) => {
        const got = readDates(p, d.text, d.published);
        expect(got.length).toBe(1);
        const m = got[0]!;
        expect([m.date, m.precision, m.since, m.future]).toEqual([d.date, d.precision, d.since ?? false, d.future ?? false]);
        expect(m.rule.startsWith(`${code}/date/`)).toBe(true);
        expect(d.text.slice(m.start, m.end).length).toBeGreaterThan(0);
      }));
    }
    test('without a publication time, relative dates are null and absolute ones still resolve', () => {
      const rel = fx.dates.yesterday as { text: string };
      expect(readDates(p, rel.text, null).map((m) => m.date)).toEqual([null]);
      const abs = fx.dates.full as { text: string; date: string };
      expect(readDates(p, abs.text, null).map((m) => m.date)).toEqual([abs.date]);
    });
  });

  test('deterministic: same input, same output', () => {
    const text = Object.values(fx.numbers).concat(Object.values(fx.dates)).map((c) => ('text' in c ? c.text : '')).join(' ');
    const a = JSON.stringify([readNumbers(p, text), readDates(p, text, '2020-10-08T16:25:00+07:00')]);
    const b = JSON.stringify([readNumbers(p, text), readDates(p, text, '2020-10-08T16:25:00+07:00')]);
    expect(a).toBe(b);
  });

  test('empty and punctuation-only text read nothing', () => {
    for (const t of ['', '   ', '...', '(  )', '—']) {
      expect(readNumbers(p, t)).toEqual([]);
      expect(readDates(p, t, '2020-10-08T16:25:00+07:00')).toEqual([]);
    }
  });
});
