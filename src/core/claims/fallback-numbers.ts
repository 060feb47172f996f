/**
 * FALLBACK ONLY. A minimal count reader used by the claims stage when the reading stage gave no
 * numbers at all (the numbers stage is owned elsewhere and may not be wired yet). It reads digits
 * ("27", "11.240", "37,100"), number words ("dua puluh lima", "seventeen") and vague counts
 * ("puluhan", "dozens"), with a qualifier phrase right before ("sedikitnya", "at least").
 * When `input.numbers` is non-empty this file is not used.
 */
import type { Token } from '../engine/text.js';
import type { NumberMention } from '../numbers/types.js';
import type { Qualifier } from '../types.js';
import type { FallbackNumberTable } from './types.js';

function phraseAt(toks: Token[], i: number, phrase: string): number {
  const words = phrase.split(' ');
  for (let k = 0; k < words.length; k++) {
    const t = toks[i + k];
    if (!t || t.lower !== words[k]) return 0;
  }
  return words.length;
}

const GROUPED = { '.': /^\d{1,3}(?:\.\d{3})+$/, ',': /^\d{1,3}(?:,\d{3})+$/ } as const;

function digitValue(text: string, thousands: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (GROUPED[thousands === '.' ? '.' : ',' ].test(text)) return Number(text.replace(/[.,]/g, ''));
  return null;
}

interface Prepared {
  teens: Set<string>;
  qualFirst: Set<string>;
  vagueMulti: [string, number][];
  vagueFirst: Set<string>;
}
const PREPARED = new WeakMap<FallbackNumberTable, Prepared>();

function prepare(table: FallbackNumberTable): Prepared {
  let p = PREPARED.get(table);
  if (p) return p;
  const vagueMulti = Object.entries(table.vague).filter(([x]) => x.includes(' '));
  p = {
    teens: new Set(table.teens),
    qualFirst: new Set(Object.values(table.qualifiers).flat().map((x) => x.split(' ')[0]!)),
    vagueMulti,
    vagueFirst: new Set(vagueMulti.map(([x]) => x.split(' ')[0]!)),
  };
  PREPARED.set(table, p);
  return p;
}

/** Reads the counts of a run of tokens (one sentence). */
export function fallbackNumbers(toks: Token[], table: FallbackNumberTable): NumberMention[] {
  const out: NumberMention[] = [];
  const { teens, qualFirst, vagueMulti, vagueFirst } = prepare(table);
  let i = 0;
  while (i < toks.length) {
    // qualifier phrase
    let qualifier: Qualifier = 'exact';
    let qStart = -1;
    let j = i;
    for (const q of qualFirst.has(toks[i]!.lower) ? (['at_least', 'about', 'at_most'] as const) : []) {
      for (const p of table.qualifiers[q]) {
        const n = phraseAt(toks, i, p);
        if (n > 0) {
          qualifier = q;
          qStart = i;
          j = i + n;
          break;
        }
      }
      if (qStart >= 0) break;
    }
    const t = toks[j];
    if (!t) break;
    const start = qStart >= 0 ? toks[qStart]!.start : t.start;
    const d = digitValue(t.text, table.thousands);
    if (d !== null) {
      // times (9:30), decimals handled by the token shape; a time "9" ":" "30" is skipped
      const next = toks[j + 1];
      if (next && next.text === ':' && toks[j + 2] && /^\d/.test(toks[j + 2]!.text)) {
        i = j + 3;
        continue;
      }
      out.push({ start, end: t.end, value: d, qualifier, rule: 'fallback/number/digits' });
      i = j + 1;
      continue;
    }
    if (table.vague[t.lower] !== undefined) {
      out.push({ start, end: t.end, value: table.vague[t.lower]!, qualifier: qualifier === 'exact' ? 'vague' : qualifier, rule: 'fallback/number/vague' });
      i = j + 1;
      continue;
    }
    // vague multi-word ("a few", "a number of")
    let vagueHit = false;
    for (const [p, v] of vagueFirst.has(t.lower) ? vagueMulti : []) {
      const n = phraseAt(toks, j, p);
      if (n > 0) {
        out.push({ start, end: toks[j + n - 1]!.end, value: v, qualifier: qualifier === 'exact' ? 'vague' : qualifier, rule: 'fallback/number/vague' });
        i = j + n;
        vagueHit = true;
        break;
      }
    }
    if (vagueHit) continue;
    // number words
    let total = 0;
    let current = 0;
    let k = j;
    let any = false;
    while (k < toks.length) {
      const w = toks[k]!.lower;
      const parts = w.split('-');
      if (parts.length === 2 && table.units[parts[0]!] !== undefined && table.units[parts[1]!] !== undefined) {
        const a = table.units[parts[0]!]!;
        const b = table.units[parts[1]!]!;
        // "twenty-five"; a word said twice is that one number ("ketiga-tiga": all three)
        if (a === b) current += a;
        else if (a >= 20 && a % 10 === 0 && b < 10) current += a + b;
        else break;
      } else if (table.units[w] !== undefined) {
        current += table.units[w]!;
      } else if (any && teens.has(w)) {
        current += 10;
      } else if (any && table.multipliers[w] !== undefined) {
        const m = table.multipliers[w]!;
        if (m >= 1000) {
          total += (current || 1) * m;
          current = 0;
        } else current = (current || 1) * m;
      } else if (any && (w === 'and' || w === 'dan') && toks[k + 1] && table.units[toks[k + 1]!.lower] !== undefined && table.multipliers[toks[k - 1]!.lower] !== undefined) {
        // "one hundred and five"
      } else break;
      any = true;
      k++;
    }
    if (any) {
      out.push({ start, end: toks[k - 1]!.end, value: total + current, qualifier, rule: 'fallback/number/words' });
      i = k;
      continue;
    }
    i = j + 1;
  }
  return out;
}
