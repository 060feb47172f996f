import { splitSentences } from '../src/core/engine/text.js';
import { findNumbers, scanNumbers } from '../src/core/numbers/index.js';
import { findDates } from '../src/core/dates/index.js';
import { packFor } from '../src/lang/index.js';
import type { LanguagePack } from '../src/core/pack.js';

export function pack(code: string): LanguagePack {
  const p = packFor(code);
  if (!p) throw new Error(`no pack ${code}`);
  return p;
}

/** Numbers of a text as [numeral text, value, qualifier] (plus max for ranges). */
export function nums(code: string, text: string): Array<[string, number, string]> {
  const p = pack(code);
  const out: Array<[string, number, string]> = [];
  for (const s of splitSentences(text, p.sentences)) {
    for (const n of findNumbers(text, s, p)) out.push([text.slice(n.start, n.end), n.value, n.qualifier]);
  }
  return out;
}

export function numMentions(code: string, text: string) {
  const p = pack(code);
  return splitSentences(text, p.sentences).flatMap((s) => findNumbers(text, s, p));
}

export function skips(code: string, text: string): Array<[string, string]> {
  const p = pack(code);
  return splitSentences(text, p.sentences).flatMap((s) => scanNumbers(text, s, p).skipped.map((k) => [text.slice(k.start, k.end), k.reason] as [string, string]));
}

/** Dates of a text as [text, date, precision, flags] with flags "since", "future", "bg". */
export function dates(code: string, text: string, published: string | null): Array<[string, string | null, number, string]> {
  const p = pack(code);
  const out: Array<[string, string | null, number, string]> = [];
  for (const s of splitSentences(text, p.sentences)) {
    for (const d of findDates(text, s, p, published)) {
      const flags = [d.since ? 'since' : '', d.future ? 'future' : '', d.background ? 'bg' : ''].filter(Boolean).join(',');
      out.push([text.slice(d.start, d.end), d.date, d.precision, flags]);
    }
  }
  return out;
}

export function dateMentions(code: string, text: string, published: string | null) {
  const p = pack(code);
  return splitSentences(text, p.sentences).flatMap((s) => findDates(text, s, p, published));
}
