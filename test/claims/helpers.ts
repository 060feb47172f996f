import { splitSentences } from '../../src/core/engine/text.js';
import { findAttributions, findCasualties, type ClaimInput } from '../../src/core/claims/index.js';
import type { CasualtyMention } from '../../src/core/claims/types.js';
import type { DateMention } from '../../src/core/dates/types.js';
import type { NumberMention } from '../../src/core/numbers/types.js';
import { packFor } from '../../src/lang/index.js';

export interface Fig {
  count: number;
  outcome: string;
  group: string;
  claimant: string | null;
  tally: boolean;
  breakdown: boolean;
  qualifier: string;
  since: string | null;
}

/** Runs the claims stage on a text, numbers and dates given by hand (or none: the fallback reader). */
export function run(text: string, lang: string, extra: { numbers?: NumberMention[]; dates?: DateMention[] } = {}): CasualtyMention[] {
  const pack = packFor(lang)!;
  const sentences = splitSentences(text, pack.sentences);
  const input: ClaimInput = { sentences, numbers: extra.numbers ?? [], dates: extra.dates ?? [], places: [], actors: [] };
  const attributions = findAttributions(text, input, pack);
  return findCasualties(text, input, attributions, pack);
}

export function figs(text: string, lang: string, extra: { numbers?: NumberMention[]; dates?: DateMention[] } = {}): Fig[] {
  return run(text, lang, extra).map((c) => ({
    count: c.count,
    outcome: c.outcome,
    group: c.group,
    claimant: c.claimant?.name ?? null,
    tally: c.tally,
    breakdown: c.breakdown,
    qualifier: c.qualifier,
    since: c.since,
  }));
}

/** The figures that count as claims: not breakdowns. "count outcome" strings, sorted. */
export function claims(text: string, lang: string): string[] {
  return figs(text, lang)
    .filter((f) => !f.breakdown)
    .map((f) => `${f.count} ${f.outcome}`)
    .filter((v, i, a) => a.indexOf(v) === i)
    .sort();
}
