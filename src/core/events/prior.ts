import type { LanguagePack } from '../pack.js';
import type { EventPack } from './types.js';
import { alternation, WB_END, WB_START } from '../engine/phrases.js';

/**
 * "The attack came three days after two soldiers were killed when landmines exploded near X",
 * "Gunmen killed five villagers on Sunday, a week after bandits abducted 20 students": a span of
 * time and a word of sequence ("after", "following") open a clause that tells an earlier incident,
 * that many days before the one told first.
 */
export interface PriorGap {
  /** The cue's offsets in the text ("three days after"). */
  start: number;
  end: number;
  /** How many days the incident after the cue came before the one it is measured from. */
  days: number;
  /** ACLED time precision of a day counted so. */
  precision: 1 | 2 | 3;
}

const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30 };
interface GapTable { pre: RegExp; re: RegExp; counts: Map<string, number>; vague: Set<string>; units: Map<string, number>; plural: Set<string> }
const tables = new WeakMap<object, GapTable | null>();

/**
 * The pack's cue table: units from the dates pack's periods (day, week, month) and the events
 * lexicon "sameDaySpan" (hours), counts from the dates pack's counts and digits, and the words of
 * sequence from the events lexicon "priorGap". Built once per pack.
 */
function tableOf(pack: LanguagePack): GapTable | null {
  const ep = pack.events as EventPack | undefined;
  if (!ep) return null;
  let t = tables.get(ep);
  if (t !== undefined) return t;
  const after = ep.lexicons['priorGap'] ?? [];
  const units = new Map<string, number>();
  const plural = new Set<string>();
  for (const [w, u] of Object.entries(pack.dates.periods)) {
    const d = UNIT_DAYS[u];
    if (d !== undefined) units.set(w.toLowerCase(), d);
  }
  for (const w of ep.lexicons['sameDaySpan'] ?? []) units.set(w.toLowerCase(), 0);
  // (a unit word longer than another of its unit is its plural: "days", "weeks")
  for (const [w, d] of units) if ([...units].some(([x, e]) => e === d && x !== w && w.startsWith(x))) plural.add(w);
  const counts = new Map<string, number>();
  for (const [w, n] of Object.entries(pack.dates.counts)) counts.set(w.toLowerCase(), n);
  const vague = new Set(Object.keys(pack.numbers.vague ?? {}).map((w) => w.toLowerCase()));
  t = after.length === 0 || units.size === 0 ? null : {
    pre: new RegExp(`${WB_START}(?:${alternation(after)})${WB_END}`, 'iu'),
    re: new RegExp(`${WB_START}(?:(\\d{1,3}|${alternation(counts.keys())})[\\s-]+)?(${alternation(units.keys())})\\s+(?:${alternation(after)})${WB_END}`, 'giu'),
    counts, vague, units, plural,
  };
  tables.set(ep, t);
  return t;
}

/** The first cue of an earlier incident in `text` from `from` to `to`, or null. */
export function priorGap(pack: LanguagePack, text: string, from: number, to: number): PriorGap | null {
  const t = tableOf(pack);
  if (!t) return null;
  const span = text.slice(from, to);
  // (most sentences have no word of sequence: one cheap test)
  if (!t.pre.test(span)) return null;
  t.re.lastIndex = 0;
  const m = t.re.exec(span);
  if (!m) return null;
  const unitWord = m[2]!.toLowerCase();
  const unit = t.units.get(unitWord) ?? 1;
  const countWord = m[1]?.toLowerCase().replace(/\s+/g, ' ');
  let count: number;
  let exact = true;
  if (countWord === undefined) {
    // "the day after" is one; "days after" a few, "weeks after" some
    count = t.plural.has(unitWord) ? 2 : 1;
    exact = !t.plural.has(unitWord);
  } else if (/^\d+$/.test(countWord)) count = Number(countWord);
  else {
    count = t.counts.get(countWord) ?? 1;
    exact = !t.vague.has(countWord);
  }
  const days = unit * count;
  const precision: 1 | 2 | 3 = unit >= 30 || (!exact && unit >= 7) ? 3 : unit >= 7 || !exact ? 2 : 1;
  return { start: from + m.index, end: from + m.index + m[0].length, days, precision };
}
