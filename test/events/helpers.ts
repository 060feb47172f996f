import { sentenceHits, resolveSentence } from '../../src/core/events/index.js';
import type { EventPack } from '../../src/core/events/types.js';
import { splitSentences } from '../../src/core/engine/text.js';
import type { Reading } from '../../src/core/reading.js';
import type { PlaceMention } from '../../src/core/places/types.js';
import type { DateMention } from '../../src/core/dates/types.js';
import type { CasualtyMention, Attribution } from '../../src/core/claims/types.js';
import type { ActorMention } from '../../src/core/actors/types.js';
import type { DocumentOut } from '../../src/core/types.js';
import type { LanguagePack } from '../../src/core/pack.js';

/** The sub-event type (and modality) one sentence codes to, or null. */
export function codeSentence(pack: EventPack, text: string, future = false): { sub: string; modality: string } | null {
  const r = sentenceHits(text, 0, pack, future);
  const best = resolveSentence(r.hits, r.protestContext, r.police);
  return best ? { sub: best.sub, modality: best.modality } : null;
}

/** A gazetteer entry of a hand-built reading: the place a name in the text resolves to. */
export type HandPlace = Omit<PlaceMention, 'start' | 'end' | 'text' | 'rule'>;

/** What a hand-built reading holds besides places: [text span, value, options] per item. */
export interface HandExtra {
  dates?: [string, string, Partial<DateMention>?][];
  casualties?: [string, Partial<CasualtyMention>][];
  /** [claimant span, name, speech verb] */
  attributions?: [string, string, string?][];
  actors?: [string, Partial<ActorMention>][];
}

/**
 * A hand-built reading, so that only the events stage is tested: places found by name from the
 * given table (earlier entries first, a span taken once; "near"/"dekat"/"sekitar" before a name
 * marks it near), other items where their text stands.
 */
export function handReading(text: string, pack: LanguagePack, gaz: [string, HandPlace][], extra: HandExtra = {}): Reading {
  const sentences = splitSentences(text, pack.sentences);
  const sentOf = (i: number) => sentences.findIndex((s) => i >= s.start && i < s.end);
  const places: PlaceMention[] = [];
  const taken: [number, number][] = [];
  for (const [k, v] of gaz) {
    for (let i = text.indexOf(k); i >= 0; i = text.indexOf(k, i + 1)) {
      if (taken.some(([a, b]) => i < b && a < i + k.length)) continue;
      taken.push([i, i + k.length]);
      const near = /(dekat|near|sekitar)\s+$/.test(text.slice(Math.max(0, i - 12), i));
      places.push({ ...v, start: i, end: i + k.length, text: k, rule: 'test', near });
    }
  }
  places.sort((a, b) => a.start - b.start);
  const at = (s: string) => { const i = text.indexOf(s); if (i < 0) throw new Error(`not in text: ${s}`); return i; };
  const dates: DateMention[] = (extra.dates ?? []).map(([s, date, o]) => ({ start: at(s), end: at(s) + s.length, date, precision: 1, since: false, future: false, rule: 'test', ...o }));
  const casualties: CasualtyMention[] = (extra.casualties ?? []).map(([s, o]) => {
    const i = at(s);
    const sent = sentOf(i);
    return { count: 1, qualifier: 'exact', outcome: 'killed', group: 'civilian', claimant: null, evidence: { start: sentences[sent]!.start, end: sentences[sent]!.end }, numberSpan: { start: i, end: i + s.length }, tally: false, since: null, breakdown: false, repeatOf: null, sentence: sent, rule: 'test', ...o };
  });
  const attributions: Attribution[] = (extra.attributions ?? []).map(([s, name, verb]) => ({ sentence: sentOf(at(s)), claimant: { name, country: null }, span: { start: at(s), end: at(s) + s.length }, rule: 'test', ...(verb ? { at: at(verb) } : {}) }));
  const actors: ActorMention[] = (extra.actors ?? []).map(([s, o]) => ({ start: at(s), end: at(s) + s.length, text: s, name: s, type: 'state', country: null, kind: 'force', rule: 'test', ...o }));
  return { sentences, numbers: [], dates, places, actors, attributions, casualties } as Reading;
}

/** A document for codeEvents. */
export function handDoc(text: string, language: string, published = '2020-10-08T16:25:00+07:00'): DocumentOut {
  return { id: 'doc1', url: null, source: null, title: null, published, language, text, captions: [] };
}
