/**
 * Event coding. Cascade, per document:
 * 1. every sentence (and the title) is matched against the pack's trigger rules and cue lexicons;
 * 2. each trigger hit gets a modality (planned / denied / reported) and is dropped when
 *    hypothetical, negated, about a disaster, or background history;
 * 3. ACLED's hierarchy resolves co-occurring hits in a sentence to one sub-event type
 *    (protest family, explosions over fighting, territory over fighting, …);
 * 4. each sentence candidate gets a location, a date and actors from the reading stage;
 * 5. candidates merge into events by ACLED's rule (one type, one place, one day, same actors);
 * 6. casualty figures attach to events (running totals go to `tallies`), fatalities and the
 *    claimant are set, notes are written, events are ordered by salience.
 * Pure: no I/O, no clock.
 */
import type { Casualty, Claimant, DocumentOut, EventOut, LocationOut, Modality, TallyOut, ActorOut } from '../types.js';
import type { LanguagePack } from '../pack.js';
import type { Reading } from '../reading.js';
import type { Sentence } from '../engine/text.js';
import type { PlaceMention } from '../places/types.js';
import type { ActorMention } from '../actors/types.js';
import type { CasualtyMention } from '../claims/types.js';
import type { DateMention } from '../dates/types.js';
import type { EventPack, SubEventType, TriggerRule } from './types.js';
import { EVENT_TYPE, PROTEST_FAMILY, RANK, TERRITORY } from './acled.js';
import { compile, DualIndex, expand, PatternIndex, wordsOfText, type Hit } from './matcher.js';
import { asciiLower, asciiRangeSig, factsOf, hasSig, smallSigSet, tokenize, tokensOf, wordSig, TF_JOINED, TF_NONASCII, TF_SIG_SHIFT, type Token } from '../engine/text.js';
import { alternation, WB_END, WB_START } from '../engine/phrases.js';
import { boundedMemo } from '../engine/memo.js';
import { countryName, makeNotes } from './notes.js';
import { priorGap } from './prior.js';
import { countryName as acledCountryName, ofCountry } from '../actors/names.js';
import { doubled } from '../engine/arrays.js';

export type { EventPack, SubEventType, TriggerRule } from './types.js';
export { EVENT_TYPE } from './acled.js';

interface CompiledPack {
  triggers: PatternIndex<TriggerRule>;
  cues: PatternIndex<string>;
  /** Both, matched in one pass. */
  both: DualIndex<TriggerRule, string>;
}

const cache = new WeakMap<EventPack, CompiledPack>();

/** A lexicon as a set of lower-case words, built once per pack. */
const wordSets = new WeakMap<EventPack, Map<string, Set<string>>>();
/** The last pack asked and its sets (a document asks for one pack many times: no WeakMap look-up). */
let wordSetsEp: EventPack | null = null;
let wordSetsLast: Map<string, Set<string>> | null = null;
function wordSet(ep: EventPack, name: string): Set<string> {
  let m = ep === wordSetsEp ? wordSetsLast : wordSets.get(ep);
  if (!m) wordSets.set(ep, (m = new Map()));
  wordSetsEp = ep;
  wordSetsLast = m;
  let set = m.get(name);
  if (!set) m.set(name, (set = new Set((ep.lexicons[name] ?? []).map((w) => w.toLowerCase()))));
  return set;
}

/** A pack's claimant label table, longest key first, keys padded with spaces, built once per pack. */
const labelTables = new WeakMap<EventPack, [string, string][]>();
function claimantLabelsOf(ep: EventPack): [string, string][] {
  let t = labelTables.get(ep);
  if (!t) labelTables.set(ep, (t = Object.entries(ep.claimantLabels ?? {}).sort((a, b) => b[0].length - a[0].length).map(([k, v]) => [` ${k} `, v])));
  return t;
}

/** The first entry of a label table whose key a folded name holds, or -1, by table and name. */
const labelIndexes = new WeakMap<[string, string][], Map<string, number>>();
function labelIndex(labels: [string, string][], folded: string): number {
  let m = labelIndexes.get(labels);
  if (!m) labelIndexes.set(labels, (m = new Map()));
  let i = m.get(folded);
  if (i === undefined) {
    if (m.size >= 10_000) m.clear();
    i = -1;
    for (let k = 0; k < labels.length; k++) if (folded.includes(labels[k]![0])) { i = k; break; }
    m.set(folded, i);
  }
  return i;
}

function ascending(l: readonly number[]): boolean {
  for (let k = 1; k < l.length; k++) if (l[k]! < l[k - 1]!) return false;
  return true;
}

/** name.toLowerCase().trim(), kept for names met again. */
const lowerTrim = boundedMemo(10_000, (name: string): string => name.toLowerCase().trim());

/** A claimant's name folded for the label table: " lower case words without accents ". */
const foldedName = boundedMemo(10_000, (name: string): string => foldText(name));

const ASCII_NON_WORD = /[^a-z0-9]+/g;

/** foldedName without the cache (for text said once). */
function foldText(text: string): string {
  // ASCII: no marks to strip, and its letters and digits are a-z, 0-9 once lower-cased.
  if (isAscii(text)) return ` ${text.toLowerCase().replace(ASCII_NON_WORD, ' ').trim()} `;
  return ` ${text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Whether every UTF-16 unit is ASCII (one regex scan: sentences are slices of the text, slow to read unit by unit). */
function isAscii(s: string): boolean {
  return !NON_ASCII.test(s);
}

/** The lexicons the engine reads as cues. */
const CUE_LEXICONS = ['accused', 'cancelled', 'clauseBreak', 'conditional', 'falseReport', 'another', 'plannedMeeting', 'anaphora', 'anaphoraBefore', 'planned', 'hypothetical', 'negation', 'notNegation', 'denial', 'disaster', 'perpetrator', 'background', 'protestContext', 'police', 'notHypothetical', 'response', 'anaphoraStart', 'eventNoun'];

/**
 * Cue lexicons by number (the engine's own in CUE_LEXICONS' order, then the names rules give in
 * `needs`/`unless`, numbered as met): a sentence's cues are lists in an array, not a map by name.
 */
const cueIds = new Map<string, number>(CUE_LEXICONS.map((n, i) => [n, i]));
const C_ACCUSED = 0;
const C_CANCELLED = 1;
const C_CLAUSE_BREAK = 2;
const C_CONDITIONAL = 3;
const C_FALSE_REPORT = 4;
const C_ANOTHER = 5;
const C_PLANNED_MEETING = 6;
const C_ANAPHORA = 7;
const C_ANAPHORA_BEFORE = 8;
const C_PLANNED = 9;
const C_HYPOTHETICAL = 10;
const C_NEGATION = 11;
const C_NOT_NEGATION = 12;
const C_DENIAL = 13;
const C_DISASTER = 14;
const C_PERPETRATOR = 15;
const C_BACKGROUND = 16;
const C_PROTEST_CONTEXT = 17;
const C_POLICE = 18;
const C_RESPONSE = 20;
const C_ANAPHORA_START = 21;
const C_EVENT_NOUN = 22;

function cueId(name: string): number {
  let id = cueIds.get(name);
  if (id === undefined) cueIds.set(name, (id = cueIds.size));
  return id;
}

/** A rule's `needs` and `unless` lexicons by number (see cueIds), for rules that have them. */
const ruleCueIds = new WeakMap<TriggerRule, { needs: number[] | null; unless: number[] | null }>();
function cueIdsOf(r: TriggerRule): { needs: number[] | null; unless: number[] | null } {
  let x = ruleCueIds.get(r);
  if (!x) ruleCueIds.set(r, (x = { needs: r.needs ? r.needs.map(cueId) : null, unless: r.unless ? r.unless.map(cueId) : null }));
  return x;
}

/** Compiles (once) a pack's triggers and cue lexicons; throws on a malformed pattern. */
let lastPack: EventPack | null = null;
let lastCompiled: CompiledPack | null = null;

export function compilePack(pack: EventPack): CompiledPack {
  if (pack === lastPack) return lastCompiled!;
  let c = cache.get(pack);
  if (c) { lastPack = pack; lastCompiled = c; return c; }
  const trig = pack.triggers.flatMap((r) => r.patterns.flatMap(expand).map((p) => compile(p, r, pack.lexicons)));
  // Only lexicons read as cues are matched on their own; the others serve `@name` in patterns.
  const cueNames = new Set([...CUE_LEXICONS, ...pack.triggers.flatMap((r) => [...(r.needs ?? []), ...(r.unless ?? [])])]);
  for (const n of cueNames) cueId(n);
  for (const r of pack.triggers) if (r.needs || r.unless) cueIdsOf(r);
  const cues = Object.entries(pack.lexicons).filter(([name]) => cueNames.has(name)).flatMap(([name, list]) => list.flatMap(expand).map((p) => compile(p, name, pack.lexicons)));
  const triggers = new PatternIndex(trig);
  const cueIndex = new PatternIndex(cues);
  // Without a trigger hit only the disaster and perpetrator cues are read (see hitsOf).
  c = { triggers, cues: cueIndex, both: new DualIndex(triggers, cueIndex, (tag) => tag === 'disaster' || tag === 'perpetrator') };
  cache.set(pack, c);
  lastPack = pack;
  lastCompiled = c;
  return c;
}

/** A trigger hit in one sentence, after the cue checks. */
export interface SentenceHit {
  rule: TriggerRule;
  sub: SubEventType;
  weight: number;
  modality: Modality;
  /** Character span of the trigger words. */
  start: number;
  end: number;
  /** Refers back to an event already told ("pertempuran itu", "this attack"). */
  anaphoric?: boolean;
  /** Says it is another incident ("a further strike", "serangan lebih lanjut", "separate"). */
  fresh?: boolean;
  /** Said with the definite article right before it ("carried out the strike"): one already told, or known. */
  definite?: boolean;
  /** Tells what a side did next or in answer ("the junta then launched", "in retaliation", "kemudiannya"). */
  response?: boolean;
  /** Names what someone is held for ("suspected of kidnapping", "terlibat penculikan"). */
  accused?: boolean;
}

/**
 * The cues of the sentence under way, by cue number (cueIds): the first n of h (one array of
 * lists, reused from sentence to sentence, emptied by each cuesOf).
 */
type CueList = { n: number; h: Hit<string>[] };
const CUES: CueList[] = [];
type Cues = CueList[];

function cuesOf(found: Hit<string>[]): Cues {
  const lists = CUES;
  while (lists.length < cueIds.size) lists.push({ n: 0, h: [] });
  for (let k = 0; k < lists.length; k++) lists[k]!.n = 0;
  // "tak dikenal" (unknown) is no negation: drop negation cues that start a `notNegation` cue.
  let keep: Set<number> | null = null;
  // "Would hold another protest", "would meet": a plan, not a hypothesis (the longer planned cue wins).
  let plans: Map<number, number> | null = null;
  // "two passengers who tried to flee were shot dead", "ditembak saat mencoba melarikan diri": an
  // attempt to get away is no hypothesis of the violence told (hypothetical cues inside a `notHypothetical` cue go).
  let tried: Hit<string>[] | null = null;
  for (const h of found) {
    if (h.tag === 'notNegation') (keep ??= new Set()).add(h.from);
    else if (h.tag === 'notHypothetical') (tried ??= []).push(h);
    else if (h.tag === 'planned' && h.to - h.from > 1) (plans ??= new Map()).set(h.from, Math.max(h.to, plans.get(h.from) ?? 0));
  }
  for (const h of found) {
    if (keep !== null && h.tag === 'negation' && keep.has(h.from)) continue;
    if (plans !== null && h.tag === 'hypothetical' && (plans.get(h.from) ?? 0) > h.to) continue;
    if (tried !== null && (h.tag === 'hypothetical' || h.tag === 'planned') && tried.some((x) => x.from <= h.from && x.to >= h.to)) continue;
    const l = lists[cueId(h.tag)]!;
    l.h[l.n++] = h;
  }
  return lists;
}

/** A cue of `id` starting at most `window` tokens after token `at` ("talks are expected to"). */
function after(c: Cues, id: number, at: number, window: number): boolean {
  const l = c[id]!;
  for (let k = 0; k < l.n; k++) { const h = l.h[k]!; if (h.from >= at && h.from - at <= window) return true; }
  return false;
}

/**
 * A denial within 12 tokens before token `at` (or inside the trigger, up to `end`), in the same clause: "denied … that it had struck
 * the hospital, after officials said an explosion killed 15" denies the strike, not the explosion.
 */
function denied(c: Cues, at: number, end: number): boolean {
  let last = -1;
  const dl = c[C_DENIAL]!;
  for (let k = 0; k < dl.n; k++) {
    const h = dl.h[k]!;
    if (h.to <= at && at - h.to <= 12 && h.to > last) last = h.to;
    // "The army denied that its troops had shot …": a denial inside the trigger's own span.
    else if (h.from > at && h.to < end) return true;
  }
  if (last < 0) return false;
  const cl = c[C_CLAUSE_BREAK]!;
  for (let k = 0; k < cl.n; k++) { const h = cl.h[k]!; if (h.from >= last && h.to <= at) return false; }
  return true;
}

/** A cue of `id` within `window` tokens of the span [from, to). */
function nearby(c: Cues, id: number, from: number, to: number, window: number): boolean {
  const l = c[id]!;
  for (let k = 0; k < l.n; k++) { const h = l.h[k]!; if (h.from - to <= window && from - h.to <= window) return true; }
  return false;
}

/** A cue of `id` that opens the sentence and ends right at token `at`. */
function opensWith(c: Cues, id: number, at: number): boolean {
  const l = c[id];
  if (l === undefined) return false;
  for (let k = 0; k < l.n; k++) { const h = l.h[k]!; if (h.from === 0 && h.to === at) return true; }
  return false;
}

function has(c: Cues, id: number): boolean {
  return c[id]!.n > 0;
}

/** A cue of `id` ending at most `window` tokens before token `at` (and not inside the trigger). */
function before(c: Cues, id: number, at: number, window: number): boolean {
  const l = c[id]!;
  for (let k = 0; k < l.n; k++) { const h = l.h[k]!; if (h.to <= at && at - h.to <= window) return true; }
  return false;
}

/**
 * Matches one span of text (a sentence or the title): trigger hits with their modality, after
 * dropping hypothetical, negated and disaster-context hits. `future` says the sentence carries a
 * date in the future.
 */
export function sentenceHits(text: string, offset: number, pack: EventPack, future = false): SentenceHits {
  const cp = compilePack(pack);
  const raw = RAW;
  const found = FOUND;
  if (raw.length !== 0) raw.length = 0;
  if (found.length !== 0) found.length = 0;
  const tokens = tokenize(text, offset);
  if (!cp.both.scanTokens(tokens, raw, found, plainFacts(tokens))) cp.both.scanWords(wordsOfText(text, offset), raw, found);
  return hitsOf(cp, raw, found, future);
}

/**
 * Facts (see factsOf) enough for DualIndex.scanTokens' sieve: each token's signature, and
 * TF_JOINED on every token that is not plain ASCII letters and digits (TF_NONASCII above ASCII),
 * so that only those are passed over by signature. In one array reused from call to call.
 */
const PLAIN_FACTS: number[] = [];
function plainFacts(tokens: readonly Token[]): number[] {
  const f = PLAIN_FACTS;
  f.length = tokens.length;
  for (let k = 0; k < tokens.length; k++) {
    const l = tokens[k]!.lower;
    let flags = 0;
    for (let i = 0; i < l.length; i++) {
      const c = l.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
      flags |= c > 0x7f ? TF_NONASCII | TF_JOINED : TF_JOINED;
    }
    f[k] = flags | (wordSig(l) << TF_SIG_SHIFT);
  }
  return f;
}

/** The raw hits of the sentence under way (emptied by each scan; hitsOf copies what it keeps). */
const RAW: Hit<TriggerRule>[] = [];
const FOUND: Hit<string>[] = [];

/** sentenceHits of a sentence of the reading, from its shared tokens. */
function sentenceHitsOf(s: Sentence, cp: CompiledPack, future: boolean): SentenceHits {
  const raw = RAW;
  const found = FOUND;
  if (raw.length !== 0) raw.length = 0;
  if (found.length !== 0) found.length = 0;
  if (!cp.both.scanTokens(tokensOf(s), raw, found, factsOf(s))) cp.both.scanWords(wordsOfText(s.text, s.start), raw, found);
  return hitsOf(cp, raw, found, future);
}

type SentenceHits = { hits: readonly SentenceHit[]; protestContext: boolean; police: boolean; disaster: boolean; background?: boolean };

/** The answers for sentences without a trigger (shared, never changed). */
const NO_HITS: SentenceHits = Object.freeze({ hits: Object.freeze([]), protestContext: false, police: false, disaster: false });
const NO_HITS_DISASTER: SentenceHits = Object.freeze({ hits: Object.freeze([]), protestContext: false, police: false, disaster: true });

/** The hits of the last scan (cp.both holds its words' offsets). */
function hitsOf(cp: CompiledPack, raw: Hit<TriggerRule>[], found: Hit<string>[], future: boolean): SentenceHits {
  const starts = cp.both.starts;
  const ends = cp.both.ends;
  if (raw.length === 0) {
    // No trigger: only whether it is a disaster sentence matters.
    let dis = false;
    let perp = false;
    for (const h of found) {
      if (h.tag === 'disaster') dis = true;
      else if (h.tag === 'perpetrator') perp = true;
    }
    return dis && !perp ? NO_HITS_DISASTER : NO_HITS;
  }
  const cues = cuesOf(found);
  // A disaster word vetoes the sentence unless a perpetrator is named ("militants … near the refinery").
  const disaster = has(cues, C_DISASTER) && !has(cues, C_PERPETRATOR);
  const hits: SentenceHit[] = [];
  let protestRule = false;
  for (const h of raw) {
    const r = h.tag;
    if (r.needs || r.unless) {
      const ids = cueIdsOf(r);
      if (ids.needs !== null && !ids.needs.every((n) => has(cues, n))) continue;
      if (ids.unless !== null && ids.unless.some((n) => has(cues, n))) continue;
    }
    if (before(cues, C_NEGATION, h.from, 2)) continue;
    if (before(cues, C_HYPOTHETICAL, h.from, 6)) continue;
    // "Kabar penembakan di pasar itu adalah hoaks": a false report, wherever the word stands (not the arrest of who spread it).
    if (r.sub !== 'Arrests' && has(cues, C_FALSE_REPORT)) continue;
    // "If talks fail, the rebels would hold a protest": a condition governs its whole clause.
    if (before(cues, C_CONDITIONAL, h.from, 16)) continue;
    if (nearby(cues, C_BACKGROUND, h.from, h.to, 4)) continue;
    // A disaster sentence (flood, factory blast, crash) is no event, unless it is about a protest or riot.
    if (disaster && !r.protest && !PROTEST_FAMILY.has(r.sub) && EVENT_TYPE[r.sub] !== 'Riots') continue;
    let modality: Modality = 'reported';
    if (denied(cues, h.from, h.to)) modality = 'denied';
    // "Aksi lanjutan rencananya akan digelar Jumat", "the march will be held on Friday".
    else if (before(cues, C_PLANNED, h.from, 6) || after(cues, C_PLANNED, h.from + 1, h.to - h.from) || (r.plannedOnly && (future || after(cues, C_PLANNED, h.to, 4) || before(cues, C_PLANNED_MEETING, h.from, 8)))) modality = 'planned';
    // "pertempuran itu", "this attack": a mention of an event already told.
    // ("The attack targeted the camp …": an event's noun that opens the sentence with the article tells it again;
    // not a side's: "The rebels captured two villages")
    const anaphoric = after(cues, C_ANAPHORA, h.to, 0) || before(cues, C_ANAPHORA_BEFORE, h.from, 0) || (opensWith(cues, C_ANAPHORA_START, h.from) && after(cues, C_EVENT_NOUN, h.from, 0));
    const fresh = has(cues, C_ANOTHER);
    const accused = r.sub !== 'Arrests' && before(cues, C_ACCUSED, h.from, 8);
    if (r.plannedOnly && modality !== 'planned') continue;
    // "The talks were called off", "pertemuan itu batal": nothing is coming.
    if (r.plannedOnly && has(cues, C_CANCELLED)) continue;
    // "Police will crack down on rioters", "the army will strike back": a threat is no event.
    if (modality === 'planned' && VIOLENT.has(EVENT_TYPE[r.sub])) continue;
    if (r.protest) protestRule = true;
    hits.push({
      rule: r,
      sub: r.sub,
      weight: r.weak || anaphoric ? 1 : (r.weight ?? RANK[r.sub]),
      anaphoric,
      fresh,
      definite: before(cues, C_ANAPHORA_START, h.from, 0),
      response: has(cues, C_RESPONSE),
      accused,
      modality,
      start: starts[h.from]!,
      end: ends[h.to - 1]!,
    });
  }
  const protestContext = protestRule || has(cues, C_PROTEST_CONTEXT);
  return { hits, protestContext, police: has(cues, C_POLICE), disaster, background: hits.length === 0 && has(cues, C_BACKGROUND) };
}

function isWeak(h: SentenceHit): boolean {
  return !!h.rule.weak || !!h.anaphoric;
}

/**
 * The heaviest hit; between equals the first told, but of two of one kind that end together the
 * tighter one ("According to police, the armed men stormed …" holds "men stormed", whose subject stands before it).
 */
function strongest(hits: readonly SentenceHit[]): SentenceHit | null {
  let best: SentenceHit | null = null;
  for (const h of hits) if (!best || h.weight > best.weight || (h.weight === best.weight && (h.sub === best.sub && h.end === best.end ? h.start > best.start : h.start < best.start))) best = h;
  return best;
}

function hasSub(hits: readonly SentenceHit[], sub: SubEventType): boolean {
  for (let k = 0; k < hits.length; k++) if (hits[k]!.sub === sub) return true;
  return false;
}

function hasType(hits: readonly SentenceHit[], type: string): boolean {
  for (let k = 0; k < hits.length; k++) if (EVENT_TYPE[hits[k]!.sub] === type) return true;
  return false;
}

/** What a co-occurring explosion, territory change or riot absorbs. */
const UNDER_EXPLOSIONS = new Set<SubEventType>(['Armed clash', 'Attack', 'Looting/property destruction', 'Change to group/activity']);
const UNDER_TERRITORY = new Set<SubEventType>(['Armed clash', 'Attack', 'Looting/property destruction']);
const UNDER_RIOTS = new Set<SubEventType>(['Attack', 'Looting/property destruction', 'Arrests', 'Armed clash']);

/**
 * ACLED's hierarchy inside one sentence: returns the one hit that codes it (with its sub-event
 * type possibly changed, e.g. a protest met with tear gas → Protest with intervention), or null.
 */
export function resolveSentence(hits: readonly SentenceHit[], protestContext: boolean, police: boolean): SentenceHit | null {
  if (hits.length === 0) return null;
  if (hits.length === 1) {
    // One hit codes the sentence unless the protest rules below recode it.
    const h = hits[0]!;
    if (!protestContext || !(h.rule.protest || PROTEST_FAMILY.has(h.sub) || h.sub === 'Arrests' || h.sub === 'Armed clash' || h.sub === 'Mob violence')) return h;
  }
  let weak = 0;
  for (let k = 0; k < hits.length; k++) if (isWeak(hits[k]!)) weak++;
  // (the strong hits, or all when none is or all are)
  const pool = weak === 0 || weak === hits.length ? hits : hits.filter((h) => !isWeak(h));
  const hasProtest = hits.some((h) => h.rule.protest || PROTEST_FAMILY.has(h.sub));
  if (protestContext && (hasProtest || hasSub(hits, 'Arrests') || hasSub(hits, 'Armed clash') || hasSub(hits, 'Mob violence'))) {
    // Petrol bombs and molotovs thrown in a protest are the crowd's violence, not a grenade attack.
    const explosive = pool.some((h) => (EVENT_TYPE[h.sub] === 'Explosions/Remote violence' && !(h.sub === 'Grenade' && h.rule.violent)) || TERRITORY.has(h.sub));
    if (!explosive) {
      let sub: SubEventType;
      // "Berakhir ricuh" with tear gas or arrests and no violence of the crowd: the intervention codes it.
      const intervened = hits.some((h) => h.sub === 'Protest with intervention' || h.sub === 'Arrests' || h.sub === 'Excessive force against protesters');
      const crowdFought = hits.some((h) => (h.sub === 'Violent demonstration' && !(h.rule.vague && intervened)) || h.sub === 'Mob violence' || ((h.sub === 'Grenade' || h.sub === 'Armed clash') && h.rule.violent));
      const forceUsed = hits.some((h) => h.sub === 'Excessive force against protesters' || ((h.sub === 'Attack' || h.sub === 'Armed clash') && !h.rule.violent && !isWeak(h) && police));
      if (crowdFought) sub = 'Violent demonstration';
      else if (forceUsed) sub = 'Excessive force against protesters';
      else if (hasSub(hits, 'Protest with intervention') || hasSub(hits, 'Arrests')) sub = 'Protest with intervention';
      else if (hasProtest) sub = 'Peaceful protest';
      else sub = strongest(pool)!.sub;
      const family = hits.filter((h) => h.rule.protest || PROTEST_FAMILY.has(h.sub) || h.sub === 'Arrests' || h.sub === 'Armed clash' || h.sub === 'Mob violence' || h.sub === 'Attack' || h.sub === 'Looting/property destruction' || h.sub === 'Grenade');
      const lead = family.find((h) => h.sub === sub) ?? strongest(family)!;
      const modality = family.some((h) => h.modality === 'reported') ? 'reported' : lead.modality;
      let weight = RANK[sub];
      for (let k = 0; k < family.length; k++) if (family[k]!.weight > weight) weight = family[k]!.weight;
      return { ...lead, sub, weight, modality };
    }
  }
  let rest = pool;
  // "Polis menahan tiga suspek yang disyaki terlibat dalam penculikan": the arrest is the event.
  if (hasSub(rest, 'Arrests') && rest.some((h) => h.accused)) rest = rest.filter((h) => !h.accused);
  // "talks on a prisoner exchange next week": the agreement is the planned talks' subject
  // ("peace talks … are set to resume next month": the talks themselves are planned).
  const talks = rest.find((h) => h.rule.plannedOnly && h.modality === 'planned');
  if (talks) rest = rest.filter((h) => !(h.sub === 'Agreement' && h.end > talks.start));
  if (hasType(rest, 'Explosions/Remote violence')) rest = rest.filter((h) => !UNDER_EXPLOSIONS.has(h.sub));
  if (rest.some((h) => TERRITORY.has(h.sub))) rest = rest.filter((h) => !UNDER_TERRITORY.has(h.sub));
  if (hasSub(hits, 'Sexual violence')) rest = rest.filter((h) => h.sub !== 'Attack' && h.sub !== 'Abduction/forced disappearance');
  // Weapons seized during an arrest belong to the arrest (ACLED codes the Arrests event).
  if (hasSub(hits, 'Arrests') && rest.some((h) => h.sub === 'Disrupted weapons use')) rest = rest.filter((h) => h.sub !== 'Disrupted weapons use');
  if (hasType(rest, 'Riots')) rest = rest.filter((h) => !UNDER_RIOTS.has(h.sub));
  return strongest(rest);
}

// ---------------------------------------------------------------------------------------------

interface Candidate {
  hit: SentenceHit;
  sentence: number; // -1 for the title
  place: PlaceCand | null;
  placeInSentence: boolean;
  date: string | null;
  datePrecision: 1 | 2 | 3;
  dateInSentence: boolean;
  actor1: ActorMention | null;
  actor2: ActorMention | null;
  /** One of a list of places ("in Solo, Sukoharjo and Boyolali"): one event per member. */
  listed?: boolean;
  /** Its date is "overnight" (a night that runs over two days), said in the sentence. */
  overnight?: boolean;
  /** The part of a sentence that tells two events (splitHit): its figures are this event's. */
  clause?: { start: number; end: number };
}

interface Draft {
  sub: SubEventType;
  modality: Modality;
  weight: number;
  mentions: number;
  sentences: number[];
  place: PlaceCand | null;
  placeInSentence: boolean;
  date: string | null;
  datePrecision: 1 | 2 | 3;
  /** The date was said in one of the event's sentences (not inherited or the publication day). */
  dateStated: boolean;
  actor1: ActorMention | null;
  actor2: ActorMention | null;
  rule: string;
  inTitle: boolean;
  first: number;
  weak: boolean;
  listed?: boolean;
  /** Told as another incident ("in a separate incident", "dalam kejadian terpisah"). */
  fresh?: boolean;
  /** A Violent demonstration only said with a vague unrest word ("ricuh"). */
  vague?: boolean;
  /** Its date is "overnight" (see Candidate.overnight). */
  overnight?: boolean;
  /** The clause of a sentence telling two events that tells this one (Candidate.clause). */
  clause?: { start: number; end: number };
}

const NO_DATES: DateMention[] = [];
const NO_PLACES: PlaceCand[] = [];

const KIND_RANK: Record<string, number> = { city: 0, other: 1, admin1: 2, region: 3, country: 4 };

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A place as the reading found it, with what the events stage knows of its context. */
interface PlaceCand extends PlaceMention {
  /** Preceded by a locative word ("di", "in", "near", "Kabupaten"). */
  locative?: boolean;
  /** Inside an actor's name ("Militer Azerbaijan", "OSCE … in Europe"). */
  inActor?: boolean;
  /** Said as an origin ("dari arah Mamberamo", "from Sinai"). */
  source?: boolean;
  /** In an address chain, resolved far from the chain's anchor: a namesake elsewhere. */
  astray?: boolean;
}

/**
 * The places of a coordinated list holding `own` ("di Kota Solo, Kabupaten Sukoharjo,
 * Karanganyar dan Boyolali"), when they are towns or provinces; else [].
 */
function placeLevel(k: string): number {
  return k === 'city' || k === 'other' ? 0 : k === 'admin1' ? 1 : 2;
}

function placeList(places: PlaceCand[], own: PlaceCand, text: string, conj: ReadonlySet<string>): PlaceCand[] {
  if (own.kind === 'country' || own.kind === 'region') return [];
  // Members of one list are of one level ("Semarang, Jawa Tengah" is a town and its province).
  const lv = placeLevel(own.kind);
  // (a list needs two such places)
  let n = 0;
  for (let k = 0; k < places.length && n < 2; k++) if (placeLevel(places[k]!.kind) === lv && !places[k]!.inActor) n++;
  if (n < 2) return [];
  const sorted = places.filter((p) => placeLevel(p.kind) === lv && !p.inActor).sort((a, b) => a.start - b.start);
  const runs: PlaceCand[][] = [];
  for (const p of sorted) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (prev && listGap(text.slice(prev.end, p.start), conj)) run!.push(p);
    else runs.push([p]);
  }
  const run = runs.find((r) => r.includes(own)) ?? [];
  // Commas alone make an address ("Distrik Sugapa, Kabupaten Intan Jaya"), not a list: a list
  // joins its last member with a conjunction ("Solo, Sukoharjo dan Boyolali").
  let joined = false;
  for (let k = 1; k < run.length && !joined; k++) joined = conjGap(text.slice(run[k - 1]!.end, run[k]!.start), conj);
  return run.length > 1 && joined ? run : [];
}

/** A list gap that holds a conjunction (or "&", ";"). */
function conjGap(gap: string, conj: ReadonlySet<string>): boolean {
  const m = LIST_GAP.exec(gap);
  if (!m) return false;
  const word = m[2]?.trim().toLowerCase();
  return m[1] === '&' || m[1] === ';' || (!!word && conj.has(word));
}

/**
 * An address: places parted only by commas and capitalised designators or numbers ("Kampung
 * Kenteng, RT 06 RW 03, Kelurahan Mojo, Kecamatan Pasar Kliwon, Solo"; "Salvatierra, Guanajuato").
 */
const ADDRESS_GAP = /^(?:\s*,\s*(?:(?:\p{Lu}[\p{L}.]*|\d+)\s*)*)+$/u;

/**
 * Address chains of a sentence's places: a chain said as a location is one (every member takes
 * the locative), and a member resolved far from the chain's anchor (its last town, else its
 * province) was resolved to a namesake elsewhere ("Mojo … Solo" → a Mojo 100 km away).
 */
function markAddresses(places: PlaceCand[], text: string): void {
  if (places.length < 2) return;
  let from = 0;
  for (let k = 1; k <= places.length; k++) {
    const prev = places[k - 1]!;
    const p = places[k];
    if (p && p.start >= prev.end && p.start - prev.end <= 48 && ADDRESS_GAP.test(text.slice(prev.end, p.start))) continue;
    if (k - from > 1) {
      const chain = places.slice(from, k);
      if (chain.some((x) => x.locative)) for (const x of chain) x.locative = true;
      let anchor: PlaceCand | undefined;
      for (const x of chain) if (x.kind === 'city' || x.kind === 'other') anchor = x;
      const province = chain.find((x) => x.kind === 'admin1');
      for (const x of chain) {
        if (x === anchor || x.kind === 'country' || x.kind === 'region' || x.kind === 'admin1') continue;
        if (anchor && anchor.lat !== null && x.lat !== null && kmBetween(anchor, x) > 50) x.astray = true;
        else if (!anchor && province && province.admin1 && x.admin1 && x.admin1 !== province.admin1) x.astray = true;
      }
    }
    from = k;
  }
}

/** What may stand between two places of one list: a comma or a conjunction, and an admin word. */
const LIST_GAP = /^\s*([,;&])?\s*(\p{L}+\s+)?(\p{Lu}\p{Ll}{2,10}\.?\s+)?$/u;

function listGap(gap: string, conj: ReadonlySet<string>): boolean {
  const m = LIST_GAP.exec(gap);
  if (!m) return false;
  const word = m[2]?.trim().toLowerCase();
  if (word && !conj.has(word)) return false;
  return !!(m[1] || word);
}

const PREV_WORDS = /(?:([\p{L}]+)\s+)?([\p{L}]+)[^\p{L}]{0,3}$/u;

/**
 * The text of the document under way and the offsets of its units above ASCII, in order (set by
 * codeEvents; found by one regex scan): "is text[lo, at) ASCII" is a binary search instead of a loop.
 */
let asciiText: string | null = null;
let highAt = new Int32Array(256);
let nHigh = 0;
const HIGH_UNITS = /[^\x00-\x7f]/g;

function indexAscii(text: string): void {
  nHigh = 0;
  HIGH_UNITS.lastIndex = 0;
  for (let m = HIGH_UNITS.exec(text); m !== null; m = HIGH_UNITS.exec(text)) {
    if (nHigh === highAt.length) highAt = doubled(highAt);
    highAt[nHigh++] = m.index;
  }
  asciiText = text;
}

/** Whether every unit of text[lo, at) is ASCII (lo ≤ at). */
function asciiSpan(text: string, lo: number, at: number): boolean {
  if (text === asciiText) {
    // (the first unit above ASCII at or after lo)
    let a = 0;
    let b = nHigh;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (highAt[mid]! < lo) a = mid + 1;
      else b = mid;
    }
    return a === nHigh || highAt[a]! >= at;
  }
  for (let k = lo; k < at; k++) if (text.charCodeAt(k) > 0x7f) return false;
  return true;
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * The last word (and the word before it, when only white space parts them) within the 30
 * characters before `at`, followed by at most 3 other characters: what
 * `/(?:(\p{L}+)\s+)?(\p{L}+)[^\p{L}]{0,3}$/u` finds in that window, without the slice and the
 * regex when the window is ASCII.
 */
function wordsBefore(text: string, at: number): [string | undefined, string] | null {
  const lo = Math.max(0, at - 30);
  if (!asciiSpan(text, lo, at)) {
    const m = PREV_WORDS.exec(text.slice(lo, at));
    return m ? [m[1], m[2]!] : null;
  }
  let i = at;
  while (i > lo && !isAsciiLetter(text.charCodeAt(i - 1))) i--;
  if (at - i > 3 || i === lo) return null;
  const e2 = i;
  while (i > lo && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  const w2 = text.slice(i, e2);
  let j = i;
  while (j > lo && isAsciiSpace(text.charCodeAt(j - 1))) j--;
  if (j === i || j === lo || !isAsciiLetter(text.charCodeAt(j - 1))) return [undefined, w2];
  const e1 = j;
  while (j > lo && isAsciiLetter(text.charCodeAt(j - 1))) j--;
  return [text.slice(j, e1), w2];
}

const PREV_WORD = /([\p{L}]+)\W*$/u;
const NEXT_WORD = /^[^\p{L}]*(\p{L}+)/u;

/**
 * What `/(\p{L}+)\W*$/u` captures in the 20 characters before `at` (the word before an actor,
 * punctuation skipped), without the slice and the regex when they are ASCII.
 */
function wordBefore(text: string, at: number): string | null {
  const lo = Math.max(0, at - 20);
  if (!asciiSpan(text, lo, at)) {
    const m = PREV_WORD.exec(text.slice(lo, at));
    return m ? m[1]! : null;
  }
  let i = at;
  for (let c: number; i > lo && !(((c = text.charCodeAt(i - 1)) >= 48 && c <= 57) || c === 95 || isAsciiLetter(c)); ) i--;
  if (i === lo || !isAsciiLetter(text.charCodeAt(i - 1))) return null;
  const e = i;
  while (i > lo && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  return text.slice(i, e);
}

function placeScore(p: PlaceCand): number {
  return (KIND_RANK[p.kind] ?? 5) + (p.locative ? 0 : 2) + (p.inActor ? 5 : 0) + (p.source ? 3 : 0) + (p.astray ? 3 : 0);
}

/**
 * The event's place among a sentence's: the most specific one said as a location; between
 * equals, the one nearest the trigger ("… dan seorang anak tewas dalam pemboman di kota Khan Younis").
 */
function bestPlace(places: PlaceCand[], at?: { start: number; end: number }): PlaceCand | null {
  let best: PlaceCand | null = null;
  const dist = (p: PlaceCand) => (at ? (p.start >= at.end ? (p.start - at.end) * 0.8 : at.start - p.end) : 0);
  for (const p of places) if (!best || placeScore(p) < placeScore(best) || (placeScore(p) === placeScore(best) && dist(p) < dist(best))) best = p;
  return best;
}

/**
 * Where a running total counts. First the place said with a locative word nearest the figure
 * ("killed in Gaza since the start of the war … on Israel", "In the occupied West Bank, 260 … have
 * been killed", "tewas di Papua sejak"). Otherwise the sentence's best region, country or province,
 * a named one before one read from a demonym ("Israeli", "Palestinians").
 */
function tallyScope(places: readonly PlaceCand[], at: number, cx: Ctx, sentence: number): PlaceCand | null {
  let best: PlaceCand | null = null;
  let bestGap = Infinity;
  for (const p of places) {
    if (!p.locative || p.source || p.rule.endsWith('/demonym')) continue;
    // (a place in the name of the people counted is where they are: "people in Gaza"; not one in a
    // side's name, nor the dateline)
    if (p.inActor && (cx.datelines.includes(p) || !(cx.actorsBySent[sentence] ?? []).some((a) => a.type === 'civilians' && a.start <= p.start && p.end <= a.end))) continue;
    const gap = p.start >= at ? p.start - at : at - p.end;
    if (gap < bestGap) {
      best = p;
      bestGap = gap;
    }
  }
  if (best) return best;
  const wide = places.filter((p) => p.kind === 'region' || p.kind === 'country' || p.kind === 'admin1');
  const named = wide.filter((p) => !p.rule.endsWith('/demonym'));
  return bestPlace(named.length ? named : wide);
}

function locationOf(p: PlaceMention | null, inSentence: boolean): LocationOut | null {
  if (!p) return null;
  const wide = p.kind === 'country' || p.kind === 'region' || p.kind === 'admin1';
  let precision: 1 | 2 | 3 = wide ? 3 : p.near ? 2 : 1;
  if (!inSentence && precision === 1) precision = 2;
  if (p.kind === 'region' && p.near !== true && inSentence) precision = 2;
  return { name: p.name, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon, precision, geonames_id: p.geonames_id };
}

function kmBetween(a: PlaceMention, b: PlaceMention): number {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return a.name === b.name ? 0 : Infinity;
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r;
  const dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Two ASCII digits at i as a number, or -1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** The last date parsed and its value (most calls ask for the publication day again). */
let parsedS = '';
let parsedV = NaN;

/** Date.parse of a date string: a plain YYYY-MM-DD (day ≤ 28) by arithmetic, else Date.parse. */
function parseDate(s: string): number {
  if (s === parsedS) return parsedV;
  const v = parseDateOf(s);
  parsedS = s;
  parsedV = v;
  return v;
}

function parseDateOf(s: string): number {
  if (s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    const y1 = twoDigits(s, 0);
    const y2 = twoDigits(s, 2);
    const m = twoDigits(s, 5);
    const d = twoDigits(s, 8);
    if (y1 >= 0 && y2 >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 28) return Date.UTC(y1 * 100 + y2, m - 1, d);
  }
  return Date.parse(s);
}

/** Whether a coarser date (a week or a month from `coarse`) holds a finer one. */
function holdsDay(coarse: string, cp: number, fine: string | null, fp: number): boolean {
  if (fine === null || cp <= fp) return false;
  if (cp >= 3) return coarse.slice(0, 7) === fine.slice(0, 7);
  const d = dayDiff(fine, coarse);
  return d >= 0 && d < 7;
}

function dayDiff(a: string, b: string): number {
  return Math.round((parseDate(a) - parseDate(b)) / 86400000);
}

/** YYYY-MM-DD plus n days (UTC arithmetic on a date string; no clock). */
function addDays(day: string, n: number): string {
  return new Date(parseDate(day) + n * 86400000).toISOString().slice(0, 10);
}

function pubDay(published: string | null): string | null {
  const m = published ? /^(\d{4}-\d{2}-\d{2})/.exec(published) : null;
  return m ? m[1]! : null;
}

/** ofCountry's results by template, then country name (a handful of each). */
const filledNames = new Map<string, Map<string, string>>();

/**
 * The output form of an actor mention; a mention that did not say its country takes the
 * event's ("the army" in Nigeria): what fillCountry makes, without the copied mention.
 */
/**
 * The crowd a protest, riot or mob is coded as when the text names none ("ribuan mahasiswa
 * menggelar aksi" without a side, "hundreds marched peacefully"): ACLED's "Protesters (Country)"
 * or "Rioters (Country)", where the place gives the country.
 */
function impliedCrowd(sub: SubEventType, country: string | null): ActorMention | null {
  if (!country) return null;
  const riot = sub === 'Violent demonstration' || sub === 'Mob violence';
  if (!riot && !PROTEST_FAMILY.has(sub)) return null;
  return riot ? IMPLIED_RIOTERS : IMPLIED_PROTESTERS;
}
/** Violence against civilians whose victims the text does not name: ACLED's 'Civilians (Country)' from the place's country. */
const CIVILIAN_TARGETED = new Set<SubEventType>(['Attack', 'Abduction/forced disappearance', 'Sexual violence']);
function impliedVictims(sub: SubEventType, country: string | null): ActorMention | null {
  return country && CIVILIAN_TARGETED.has(sub) ? IMPLIED_CIVILIANS : null;
}
const IMPLIED_CIVILIANS: ActorMention = { start: 0, end: 0, text: '', name: 'Civilians ({country})', type: 'civilians', country: null, kind: 'civilians', rule: 'event/implied-victims', label: 'civilians', template: 'Civilians ({country})' };
const VICTIMS = { name: IMPLIED_CIVILIANS.name, type: IMPLIED_CIVILIANS.type, kind: IMPLIED_CIVILIANS.kind, label: IMPLIED_CIVILIANS.label, template: IMPLIED_CIVILIANS.template };
const IMPLIED_PROTESTERS: ActorMention = { start: 0, end: 0, text: '', name: 'Protesters ({country})', type: 'protesters', country: null, kind: 'protesters', rule: 'event/implied-crowd', label: 'protesters', template: 'Protesters ({country})' };
const IMPLIED_RIOTERS: ActorMention = { start: 0, end: 0, text: '', name: 'Rioters ({country})', type: 'rioters', country: null, kind: 'rioters', rule: 'event/implied-crowd', label: 'rioters', template: 'Rioters ({country})' };

function actorOutIn(a: ActorMention | null, country: string | null): ActorOut | null {
  if (!a) return null;
  if (country && !a.country && a.template) {
    const cname = acledCountryName(country);
    if (cname) {
      let byName = filledNames.get(a.template);
      if (byName === undefined) {
        if (filledNames.size >= 1_000) filledNames.clear();
        filledNames.set(a.template, (byName = new Map()));
      }
      let name = byName.get(cname);
      if (name === undefined) {
        if (byName.size >= 1_000) byName.clear();
        byName.set(cname, (name = ofCountry(a.template, cname)));
      }
      return { name, type: a.type, country };
    }
  }
  return { name: a.name, type: a.type, country: a.country };
}

/** The list in order of `start` (stable): itself when it already is, else a sorted copy. */
function byStart<X>(list: readonly X[], start: (x: X) => number): readonly X[] {
  for (let k = 1; k < list.length; k++) {
    if (start(list[k]!) < start(list[k - 1]!)) return [...list].sort((a, b) => start(a) - start(b));
  }
  return list;
}

const H1 = 0x811c9dc5;
const H2 = 0x01000193 ^ 0x5bd1e995;
/** The second half left by fnv. */
let fnvLo = 0;

/** FNV-1a of s folded into the state (h1, h2): returns h1, leaves h2 in fnvLo. */
function fnv(h1: number, h2: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  fnvLo = h2;
  return h1;
}

/** The character codes of the hex digits. */
const HEX = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];

function hexDigit(h: number, shift: number): number {
  return HEX[(h >>> shift) & 15]!;
}

/** The halves of the last hashHalves. */
let hashHi = 0;
let hashLo = 0;

/**
 * FNV-1a, 64 bits as two 32-bit halves, of the parts joined by "|" (and "|k" when k > 1), left in
 * hashHi and hashLo (hexId makes the id): a stable id without a crypto dependency, without
 * building the joined string, and a string only for the id kept.
 */
function hashHalves(parts: readonly string[], k: number, prefix1 = fnv(H1, H2, parts[0] ?? ''), prefix2 = fnvLo): void {
  // (prefix: the state after parts[0], the same for every event of a document)
  let h1 = prefix1;
  let h2 = prefix2;
  for (let j = 1; j < parts.length; j++) {
    h1 = fnv(h1, h2, '|');
    h2 = fnvLo;
    h1 = fnv(h1, h2, parts[j]!);
    h2 = fnvLo;
  }
  if (k > 1) { h1 = fnv(h1, h2, `|${k}`); h2 = fnvLo; }
  hashHi = h1;
  hashLo = h2;
}

function hexId(h1: number, h2: number): string {
  return String.fromCharCode(
    hexDigit(h1, 28), hexDigit(h1, 24), hexDigit(h1, 20), hexDigit(h1, 16), hexDigit(h1, 12), hexDigit(h1, 8), hexDigit(h1, 4), hexDigit(h1, 0),
    hexDigit(h2, 28), hexDigit(h2, 24), hexDigit(h2, 20), hexDigit(h2, 16), hexDigit(h2, 12), hexDigit(h2, 8), hexDigit(h2, 4), hexDigit(h2, 0),
  );
}

function used(hi: readonly number[], lo: readonly number[], h1: number, h2: number): boolean {
  for (let k = 0; k < hi.length; k++) if (hi[k] === h1 && lo[k] === h2) return true;
  return false;
}

/** Whether a pack's locative lexicon has two-word entries. */
const locPairsOf = new WeakMap<EventPack, boolean>();

/** What the phases of codeEvents share: the reading indexed by sentence (see indexReading). */
interface Ctx {
  text: string;
  published: string | null;
  sentences: readonly Sentence[];
  /** The (resolved) claimant of a sentence's first attribution, by sentence index. */
  attribBySent: (Claimant | undefined)[];
  attribSpanOf: Map<Claimant, { start: number; end: number }>;
  /** The first span of each named claimant, by name (a figure's claimant may be a copy: a short name given its full one). */
  attribSpanByName: Map<string, { start: number; end: number }>;
  /** Places that open a line as its dateline ("NARATHIWAT:", "JAKARTA –"), in text order. */
  datelines: PlaceCand[];
  /** Sentences that place what they tell at the dateline ("di sini", "dekat sini"): true when near it. */
  hereSents: Map<number, boolean> | null;
  /** Sentences that tell a gathering went off peacefully ("Aksi di Bandung berlangsung damai"). */
  calmSents: WordSentences;
  /** Cues that what follows happened before the event told ("two days after at least 23 were killed"), or null. */
  priorRe: RegExp | null;
  /** The last words of the priorEvent entries (see holdsEntry), or null. */
  priorLast: LastWords | null;
  realClaimant: (c: Claimant | null) => Claimant | null;
  placesBySent: Map<number, PlaceCand[]>;
  bestInSent: (i: number) => PlaceCand | null;
  /** By sentence index (arrays, not maps: keys are small integers). */
  datesBySent: (DateMention[] | undefined)[];
  /** Dates of the telling, not of the event ("…," kata Kapolres, Selasa (13/8); "police said on Sunday"). */
  speechDates: Set<DateMention>;
  actorsBySent: (ActorMention[] | undefined)[];
  /** The armed side a sentence's claimant speaks for (an actor inside its claimant span), by sentence. */
  speakerSideBySent: (ActorMention | undefined)[];
  /** Words by which a speaker names its own side ("its fighters", "pihaknya"), as one pattern, or null. */
  ownSideRe: RegExp | null;
  ownSideLast: LastWords | null;
  pubYear: number | null;
  conjWords: Set<string>;
  /** The reading's actors in order of start, with the running maximum of their ends (see overlappingActor). */
  actorsByStart: readonly ActorMention[];
  actorMaxEnd: number[];
}

/** Codes the events and running tallies of a document from what the reading stage found. */
export function codeEvents(doc: DocumentOut, reading: Reading, pack: LanguagePack): { events: EventOut[]; tallies: TallyOut[] } {
  const ep = pack.events as EventPack | undefined;
  if (!ep || !Array.isArray(ep.triggers)) return { events: [], tallies: [] };
  // Phases in functions of their own: each compiles (and profiles) on its own.
  indexAscii(doc.text);
  const cx = indexReading(doc, reading, ep);
  const { candidates, titleSubs, docDisaster, tolledSents, backgroundSents, freshSents } = sentenceCandidates(cx, doc, reading, ep, pack);
  const drafts = mergeCandidates(cx, reading, candidates, titleSubs, docDisaster, tolledSents, freshSents);
  namePerpetrators(cx, ep, drafts);
  leadPerpetrator(cx, drafts);
  const { attached, tallies } = attachCasualties(cx, reading, drafts, backgroundSents, ellipticOf(pack));
  bombedForces(drafts, attached);
  killedInAbduction(drafts, attached);
  // (one side is not both: "the RSF blamed the military's air force … paramilitary forces battling the military")
  for (const d of drafts) if (d.actor1 && d.actor2 && d.actor1.name === d.actor2.name) d.actor2 = null;
  return { events: writeEvents(cx, doc, reading, ep, drafts, attached), tallies };
}

/** Sentence bounds for indexReading, reused between documents (grown as needed). */
let sentStarts = new Int32Array(256);
let sentEnds = new Int32Array(256);

/** 0. The reading indexed by sentence: attributions, places (with their context), dates, actors. */
function indexReading(doc: DocumentOut, reading: Reading, ep: EventPack): Ctx {
  const text = doc.text;
  const published = pubDay(doc.published);
  const sentences = reading.sentences;
  // Index reading items by sentence.
  // Sentence bounds in typed arrays; the last answer is tried first (items mostly come in order).
  const ns = sentences.length;
  if (sentStarts.length < ns) { sentStarts = new Int32Array(ns * 2); sentEnds = new Int32Array(ns * 2); }
  const sStart = sentStarts;
  const sEnd = sentEnds;
  for (let k = 0; k < ns; k++) { sStart[k] = sentences[k]!.start; sEnd[k] = sentences[k]!.end; }
  let hint = 0;
  const sentOf = (span: { start: number; end: number }): number => {
    const at = span.start;
    if (hint < ns && at >= sStart[hint]! && at < sEnd[hint]!) return hint;
    let lo = 0;
    let hi = ns - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (at < sStart[mid]!) hi = mid - 1;
      else if (at >= sEnd[mid]!) lo = mid + 1;
      else return (hint = mid);
    }
    return -1;
  };
  const attribBySent: (Claimant | undefined)[] = new Array(sentences.length);
  const attribSpanOf = new Map<Claimant, { start: number; end: number }>();
  const attribSpanByName = new Map<string, { start: number; end: number }>();
  const attribSpans: ({ start: number; end: number }[] | undefined)[] = new Array(sentences.length);
  const inClaimant = (x: { start: number; end: number }, sent: number) => {
    const l = attribSpans[sent];
    if (l !== undefined) for (let k = 0; k < l.length; k++) {
      const sp = l[k]!;
      if (overlaps(sp, x)) return true;
      // (and its short name in brackets right after it: "a statement by the Inter-Services Public Relations (ISPR)")
      if (x.start > sp.end && x.start - sp.end <= 3 && text.charCodeAt(x.end) === 41 && OPEN_BRACKET_GAP.test(text.slice(sp.end, x.start))) return true;
    }
    return false;
  };
  // A pronoun claimant ("he said", "katanya dia") is the last named speaker before it, or none.
  const pronouns = wordSet(ep, 'pronoun');
  const resolved = new Map<Claimant, Claimant | null>();
  let lastNamed: Claimant | null = null;
  for (const a of byStart(reading.attributions, (x) => x.span.start)) {
    if (pronouns.has(lowerTrim(a.claimant.name))) resolved.set(a.claimant, lastNamed);
    else {
      lastNamed = a.claimant;
      attribSpanOf.set(a.claimant, a.span);
      if (!attribSpanByName.has(a.claimant.name)) attribSpanByName.set(a.claimant.name, a.span);
    }
  }
  const realClaimant = (c: Claimant | null): Claimant | null => (c && resolved.has(c) ? resolved.get(c)! : c);
  for (const a of reading.attributions) {
    const c = realClaimant(a.claimant);
    if (attribBySent[a.sentence] === undefined && c) attribBySent[a.sentence] = c;
    (attribSpans[a.sentence] ??= []).push(a.span);
  }
  const placesBySent = new Map<number, PlaceCand[]>();
  const locWords = wordSet(ep, 'locative');
  // Two-word locatives ("sebelah utara") are looked up only when the lexicon has some.
  let locPairs = locPairsOf.get(ep);
  if (locPairs === undefined) {
    locPairs = false;
    for (const w of locWords) if (w.includes(' ')) locPairs = true;
    locPairsOf.set(ep, locPairs);
  }
  const srcWords = wordSet(ep, 'source');
  const conjWords = wordSet(ep, 'conjunction');
  const calmSents = new WordSentences(sentences, lexiconCues(ep, 'peaceful'));
  // Actors sorted by start with the running maximum of their ends: "does any actor overlap this
  // span" is one binary search instead of a scan of every actor.
  const actorsByStart = byStart(reading.actors, (a) => a.start);
  const maxEnd: number[] = [];
  for (let k = 0, m = -Infinity; k < actorsByStart.length; k++) maxEnd.push((m = Math.max(m, actorsByStart[k]!.end)));
  const inAnyActor = (x: { start: number; end: number }): boolean => {
    let lo = 0;
    let hi = actorsByStart.length; // first actor starting at or after x.end
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (actorsByStart[mid]!.start < x.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! > x.start;
  };
  const datelines: PlaceCand[] = [];
  const destRe = lexiconRe(ep, 'destination', '[^.,;:!?\\n]{0,30}$');
  const destLast = destRe ? lexiconLastWords(ep, 'destination') : null;
  const venueRe = lexiconRe(ep, 'speechVenue', '[^.,;:!?\\n]{0,30}$');
  const venueLast = venueRe ? lexiconLastWords(ep, 'speechVenue') : null;
  // (the end of the last place taken for a destination: the rest of its address goes with it)
  let destEnd = -1;
  for (const p of reading.places) {
    const i = sentOf(p);
    if (i < 0 || inClaimant(p, i)) continue; // "Azerbaijan said": the claimant, not the place
    // "…," ujar Djoko di Palu, Rabu.", "kata Kapolda … di Ambon, Rabu, …": where the speaker spoke.
    if (saidAt(p, attribSpans[i], text, locWords)) continue;
    // "dievakuasi ke Wamena", "were airlifted to a hospital in Kano": where the wounded were taken, not where it happened.
    // ("diterbangkan ke kampung halamannya di Desa Laikang, Kecamatan Ma'rang, Kabupaten Pangkajene, Sulawesi Selatan": the whole address)
    if (destRe && (holdsEntry(destRe, destLast, text, Math.max(0, p.start - 60), p.start) || (destEnd >= 0 && p.start > destEnd && p.start - destEnd <= 24 && ADDRESS_GAP.test(text.slice(destEnd, p.start))))) {
      destEnd = p.end;
      continue;
    }
    // "said …, at a press briefing in the state capital Yola", "kata Kapolres kepada wartawan di
    // Jayapura": where it was told, not where it happened.
    if (venueRe && holdsEntry(venueRe, venueLast, text, Math.max(0, p.start - 60), p.start)) continue;
    const prev = wordsBefore(text, p.start);
    const w2 = prev ? prev[1].toLowerCase() : '';
    const w1 = prev && prev[0] !== undefined ? prev[0].toLowerCase() : '';
    const locative = !!prev && (locWords.has(w2) || (locPairs && locWords.has(`${w1} ${w2}`)));
    const source = !!prev && (srcWords.has(w2) || srcWords.has(w1));
    const inActor = inAnyActor(p);
    // "JAKARTA – …", "Srinagar:": a dateline says where the reporter is, not where it happened.
    const lineStart = p.start === 0 || text[p.start - 1] === '\n';
    // ("Manila [Philippines], November 4 (ANI/Xinhua):", "MANILA, Dec. 3 —": a country in brackets, a month's dot)
    const dateline = lineStart && DATELINE_TAIL.test(text.slice(p.end, p.end + 50)) && !/^\S*\s+\p{Ll}/u.test(text.slice(p.end, p.end + 20));
    const cand: PlaceCand = {
      start: p.start, end: p.end, text: p.text, name: p.name, kind: p.kind, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon,
      geonames_id: p.geonames_id, rule: p.rule, near: p.near, locative: locative && !dateline, inActor: inActor || dateline, source,
    };
    (placesBySent.get(i) ?? placesBySent.set(i, []).get(i)!).push(cand);
    if (dateline) datelines.push(cand);
  }
  for (const list of placesBySent.values()) if (list.length > 1) markAddresses(byStart(list, (x) => x.start) === list ? list : list.sort((a, b) => a.start - b.start), text);
  // A sentence's best place (no trigger to be near), computed once per sentence.
  const bestBySent = new Map<number, PlaceCand | null>();
  const bestInSent = (i: number): PlaceCand | null => {
    let b = bestBySent.get(i);
    if (b === undefined) bestBySent.set(i, (b = bestPlace(placesBySent.get(i) ?? [])));
    return b;
  };
  const datesBySent: (DateMention[] | undefined)[] = new Array(sentences.length);
  // Where each sentence's attributions end (after the speech verb and the claimant's name).
  const saidEnds: (number[] | undefined)[] = new Array(sentences.length);
  // (and where each speech verb stands: "Ketua polis … pada Khamis berkata", "police on Thursday said")
  const saidAts: (number[] | undefined)[] = new Array(sentences.length);
  for (const a of reading.attributions) {
    if (a.sentence < 0) continue;
    (saidEnds[a.sentence] ??= []).push(Math.max(a.at ?? -1, a.span.end));
    if (a.at !== undefined && a.at >= 0) (saidAts[a.sentence] ??= []).push(a.at);
  }
  const speechDates = new Set<DateMention>();
  const thatWords = wordSet(ep, 'complementizer');
  const mediumWords = wordSet(ep, 'speechMedium');
  // ("kenyataan pada ", "keterangan tertulis, ": the medium and at most two words up to the day)
  const mediumRe = lexiconRe(ep, 'speechMedium', '(?:[\\s,]+[^\\s,]+){0,2}[\\s,]*$');
  for (const d of reading.dates) {
    const i = sentOf(d);
    if (i < 0) continue;
    (datesBySent[i] ??= []).push(d);
    const ends = saidEnds[i];
    if (ends !== undefined && speechDate(d, ends, text, sentences[i]!.end, thatWords, mediumWords)) speechDates.add(d);
    // the day said right before the speech verb is the day of the speech
    // (with no comma between: "… on Tuesday afternoon, according to a fighter" dates the event)
    else if (saidAts[i]?.some((at) => at >= d.end && at - d.end <= 2 && SPACES.test(text.slice(d.end, at)))) speechDates.add(d);
    // "ABUJA, March 8, 2024 (AFP) - …": the dateline's day is when the report was filed.
    else if (datelineDate(d, text)) speechDates.add(d);
    // "…," katanya menerusi kenyataan pada Sabtu': a day right after the medium of a telling is the telling's
    else if (mediumRe && mediumRe.test(text.slice(Math.max(sentences[i]!.start, d.start - 40), d.start))) speechDates.add(d);
  }
  const actorsBySent: (ActorMention[] | undefined)[] = new Array(sentences.length);
  const speakerSideBySent: (ActorMention | undefined)[] = new Array(sentences.length);
  for (const a of reading.actors) {
    const i = sentOf(a);
    if (i < 0) continue;
    if (inClaimant(a, i) || (a.kind === 'official' && titleOfClaimant(a, attribSpans[i], text))) {
      // (the side the speaker speaks for: a state's force or an armed group, not a ministry or civilians)
      // (not a name that describes the speaker: "the al-Qaida-linked group JNIM claimed …")
      if (speakerSideBySent[i] === undefined && !describesOther(ep, text, a) && (a.type !== 'civilians' && a.type !== 'protesters' && a.type !== 'rioters') && (a.type !== 'state' || a.kind === 'force' || a.kind === 'official')) speakerSideBySent[i] = a;
      continue;
    }
    (actorsBySent[i] ??= []).push(a);
  }
  const pubYear = published ? Number(published.slice(0, 4)) : null;
  // "… di perairan Tambisan, dekat sini": "here" is the dateline's town (only read when there is one).
  let hereSents: Map<number, boolean> | null = null;
  const hereRe = datelines.length ? lexiconRe(ep, 'here') : null;
  if (hereRe) {
    const nearRe = lexiconRe(ep, 'nearHere');
    for (let i = 0; i < sentences.length; i++) {
      const t = sentences[i]!.text;
      if (hereRe.test(t)) (hereSents ??= new Map()).set(i, !!nearRe && nearRe.test(t));
    }
  }

  return { text, published, sentences, attribBySent, attribSpanOf, attribSpanByName, datelines, hereSents, calmSents, priorRe: lexiconRe(ep, 'priorEvent', '[^.;:!?]{0,70}$'), priorLast: lexiconLastWords(ep, 'priorEvent'), realClaimant, placesBySent, bestInSent, datesBySent, speechDates, actorsBySent, speakerSideBySent, ownSideRe: lexiconRe(ep, 'ownSide'), ownSideLast: lexiconLastWords(ep, 'ownSide'), pubYear, conjWords, actorsByStart, actorMaxEnd: maxEnd };
}

/**
 * A place told as where a claimant spoke: right after the claimant's name with one locative word
 * between ("ujar Djoko di Palu"), and then a comma or the sentence's end (not "warga di Beoga yang …").
 */
function saidAt(p: { start: number; end: number }, spans: readonly { start: number; end: number }[] | undefined, text: string, locWords: ReadonlySet<string>): boolean {
  if (spans === undefined) return false;
  for (let k = 0; k < spans.length; k++) {
    const e = spans[k]!.end;
    if (e > p.start || p.start - e > 60) continue;
    const m = SAID_AT_GAP.exec(text.slice(e, p.start));
    if (m && locWords.has(m[1]!.toLowerCase()) && SAID_AT_REST.test(text.slice(p.end, p.end + 2))) return true;
  }
  return false;
}
// (the venue may be named before its town: "kata Panglima TNI di Kompleks Parlemen, Jakarta, Rabu")
const SAID_AT_GAP = /^\s+(\p{L}+)\s+(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s+)?$/u;
const SAID_AT_REST = /^\s*(?:[.,;]|$)/;

/** A set of sentence numbers: flags for 0 … n - 1, a Set for any other number. */
class SentenceFlags {
  private readonly flags: Uint8Array;
  private other: Set<number> | null = null;
  constructor(n: number) {
    this.flags = new Uint8Array(n);
  }
  add(i: number): void {
    if (i >= 0 && i < this.flags.length && Number.isInteger(i)) this.flags[i] = 1;
    else (this.other ??= new Set()).add(i);
  }
  has(i: number): boolean {
    if (i >= 0 && i < this.flags.length && Number.isInteger(i)) return this.flags[i] === 1;
    return this.other !== null && this.other.has(i);
  }
  /** Removes every member of `x`. */
  deleteAll(x: SentenceFlags): void {
    for (let i = 0; i < this.flags.length; i++) if (x.flags[i] === 1) this.flags[i] = 0;
    if (this.other !== null && x.other !== null) for (const i of x.other) this.other.delete(i);
  }
}

/** A sentence's dates that may date an event (a day, not a span's start, not when it was said): the list itself when all may. */
function eventDates(list: DateMention[], speechDates: ReadonlySet<DateMention>): DateMention[] {
  for (let k = 0; k < list.length; k++) {
    const d = list[k]!;
    if (!d.date || d.since || (speechDates.size !== 0 && speechDates.has(d))) return list.filter((x) => x.date && !x.since && !speechDates.has(x));
  }
  return list;
}

/** 1–4. Sentence candidates: hits resolved per sentence, with place, date and actors. */
function sentenceCandidates(cx: Ctx, doc: DocumentOut, reading: Reading, ep: EventPack, pack: LanguagePack): { candidates: Candidate[]; titleSubs: Set<SubEventType>; docDisaster: boolean; tolledSents: Set<number>; backgroundSents: Set<number>; freshSents: Set<number> } {
  const { text, published, sentences, placesBySent, bestInSent, datesBySent, speechDates, pubYear } = cx;
  // 1–3. Sentence candidates.
  const candidates: Candidate[] = [];
  let lastDate: { date: string; precision: 1 | 2 | 3 } | null = null;
  let lastPlace: PlaceCand | null = null;
  const titleSubs = new Set<SubEventType>();
  let docDisaster = false;
  if (doc.title) {
    const t = sentenceHits(doc.title, 0, ep);
    const r = resolveSentence(t.hits, t.protestContext, t.police);
    if (r && r.modality === 'reported') titleSubs.add(r.sub);
  }
  // A sentence whose only figures are running totals ("the war has killed 12,000 since April")
  // tells the war's tally, not a new event.
  const ns = sentences.length;
  const tallyOnly = new SentenceFlags(ns);
  const freshFigure = new SentenceFlags(ns);
  const tolledSents = new Set<number>();
  const hurtSents = new SentenceFlags(ns);
  for (const m of reading.casualties) {
    // (a part of a running total, "1,200 people, including 480 security personnel, … since January", is of the total)
    if (m.tally || !m.breakdown) (m.tally ? tallyOnly : freshFigure).add(m.sentence);
    if (!m.tally && (m.outcome === 'killed' || m.outcome === 'injured')) {
      tolledSents.add(m.sentence);
      if (!m.breakdown) hurtSents.add(m.sentence);
    }
  }
  tallyOnly.deleteAll(freshFigure);
  const backgroundSents = new Set<number>();
  const cp = compilePack(ep);
  for (const s of sentences) {
    const sentDates = datesBySent[s.index];
    const dates = sentDates ? eventDates(sentDates, speechDates) : NO_DATES;
    let future = false;
    for (let k = 0; k < dates.length; k++) if (dates[k]!.future) { future = true; break; }
    const { hits, protestContext, police, disaster, background } = sentenceHitsOf(s, cp, future);
    if (disaster) docDisaster = true;
    const places = placesBySent.get(s.index) ?? NO_PLACES;
    const hit = resolveSentence(hits, protestContext, police);
    const pastDates = future ? dates.filter((d) => !d.future) : dates;
    const past = ((hit || background || freshFigure.has(s.index)) && isBackground(s, dates, pubYear, published)) || (!!hit && tallyOnly.has(s.index) && countOrigin(hit, sentDates, published, text));
    const n0 = candidates.length;
    if (hit && !past && !priorCandidates(cx, ep, pack, s, hits, protestContext, police, dates, pastDates, places, lastPlace, lastDate, candidates)) {
      hitCandidates(cx, ep, s, hit, hits, dates, pastDates, places, lastPlace, lastDate, candidates);
    }
    // "Gunmen abducted 20 students", in a story that told a protest before: no crowd in this
    // sentence, the students taken are civilians.
    if (!protestContext) for (let k = n0; k < candidates.length; k++) {
      const c = candidates[k]!;
      if (c.actor2 && c.actor2.type === 'protesters' && c.actor2.template && CIVILIAN_TARGETED.has(c.hit.sub)) c.actor2 = { ...c.actor2, ...VICTIMS, rule: `${c.actor2.rule}+victims` };
    }
    // "In 2019, an attack in Nyala killed 30", "Last year gunmen killed 12 at a bar": the figures are that old event's.
    if (background || past) backgroundSents.add(s.index);
    else if (!hit && !disaster && freshFigure.has(s.index) && hits.length === 0) tollCandidate(s, pastDates, places, hurtSents, candidates);
    const bp = places.length !== 0 ? bestInSent(s.index) : null;
    if (bp && placeScore(bp) < 5 && !(lastPlace && WIDE.has(bp.kind) && !WIDE.has(lastPlace.kind) && samePlace(bp, lastPlace))) lastPlace = bp;
    // A date of history does not date the sentences after it.
    if (pastDates[0]?.date && !past && !isBackground(s, pastDates, pubYear, published)) lastDate = { date: pastDates[0].date, precision: pastDates[0].precision };
  }
  // When other sentences tell events, a tally-only sentence's trigger is the war, not an event.
  // (Told by a word of its own, not only by a generic "the attack".)
  if (candidates.some((c) => !tallyOnly.has(c.sentence) && !isWeak(c.hit) && c.hit.modality === 'reported')) {
    let n = 0;
    for (let i = 0; i < candidates.length; i++) if (!tallyOnly.has(candidates[i]!.sentence)) candidates[n++] = candidates[i]!;
    candidates.length = n;
  }
  // Headline-only documents (feed items): code the title.
  if (candidates.length === 0 && doc.title && text.trim() === '') {
    const t = sentenceHits(doc.title, 0, ep);
    const hit = resolveSentence(t.hits, t.protestContext, t.police);
    if (hit) candidates.push({ hit, sentence: -1, place: null, placeInSentence: false, date: published, datePrecision: 2, dateInSentence: false, actor1: null, actor2: null });
  }

  // Places that fall back to the first one found later when none came before.
  // Not past a sentence telling another incident at its own place ("Di Bandung, … juga menggelar aksi serupa").
  const freshSents = new Set<number>();
  for (const c of candidates) if (c.hit.fresh && c.placeInSentence && firm(c.place)) freshSents.add(c.sentence);
  // (The first place said in a sentence after each one, up to a fresh one: one pass from the end.)
  let nextPlace: (PlaceCand | null)[] | null = null;
  for (const c of candidates) {
    if (c.place) continue;
    if (nextPlace === null) {
      nextPlace = new Array<PlaceCand | null>(sentences.length + 1).fill(null);
      for (let i = sentences.length - 1; i >= 0; i--) nextPlace[i] = freshSents.has(i) ? null : (bestInSent(i) ?? nextPlace[i + 1]!);
    }
    const bp = nextPlace[c.sentence + 1];
    if (bp) c.place = bp;
  }

  return { candidates, titleSubs, docDisaster, tolledSents, backgroundSents, freshSents };
}

/** The candidates of a sentence whose hits resolved to `hit` (not background history). */
function hitCandidates(cx: Ctx, ep: EventPack, s: Sentence, hit: SentenceHit, hits: readonly SentenceHit[], dates: DateMention[], pastDates: DateMention[], places: PlaceCand[],
  lastPlace: PlaceCand | null, lastDate: { date: string; precision: 1 | 2 | 3 } | null, candidates: Candidate[], clause: { start: number; end: number } | null = null): void {
  const { text, published, actorsBySent, conjWords } = cx;
    // "Pekan lalu, kedua pihak dijadwalkan bertemu": a plan of the past is no event to come.
    if (hit.modality === 'planned' && hit.rule.plannedOnly && pastDates.length !== 0 && pastDates.length === dates.length) return;
    // "baku tembak" is no Baku: a place inside the trigger words is not one.
    // (A place in a pattern's gap, "Aksi di Bandung berlangsung damai", is one.)
    let usable = usablePlaces(places, hit);
    // "Shelling killed 14 near El Fasher, while drones struck depots in Port Sudan": another act
    // past a clause break, at a place of its own clause, is another event.
    const split = hit.modality === 'reported' && usable.length > 1 ? splitHit(ep, text, s, hit, hits, usable) : null;
    if (split) usable = split.own;
    let own = bestPlace(usable, hit);
    // A country named in passing ("U.S. officials") is no location when a town was said before;
    // nor is a wide area ("the port city on the Black Sea") that holds the town said before.
    // ("In a separate incident in Yala province": another place, however wide.)
    if (own && lastPlace && (placeScore(own) >= 5 || (!hit.fresh && WIDE.has(own.kind) && !WIDE.has(lastPlace.kind) && samePlace(own, lastPlace)))) own = null;
    const place = own ?? lastPlace;
    let date: string | null;
    let datePrecision: 1 | 2 | 3;
    let dateInSentence = false;
    let overnight = false;
    // The date said nearest the trigger ("a report Friday says … raped on December 31").
    const pick = hit.modality === 'planned' ? nearestDate(dates, hit.start, true) ?? dates[0] : nearestDate(pastDates, hit.start, false);
    if (pick?.date) {
      date = pick.date;
      datePrecision = pick.precision;
      dateInSentence = true;
      overnight = pick.rule.endsWith('/overnight');
      // "They would hold another protest on Thursday": a weekday said for a plan is the coming one.
      if (hit.modality === 'planned' && !pick.future && pick.relative && pick.precision === 1 && published && dayDiff(published, date) > 0 && dayDiff(published, date) < 7) date = addDays(date, 7);
    } else if (hit.modality !== 'planned' && lastDate) {
      date = lastDate.date;
      datePrecision = lastDate.precision;
    } else {
      date = published;
      datePrecision = hit.modality === 'planned' ? 2 : 1;
    }
    let [actor1, actor2] = sidesOf(cx, ep, s, hit, split ? split.clause : clause);
    // Violence against civilians done to a state's armed forces ("menembak mati tiga anggota TNI")
    // is a battle in ACLED's terms: the fighting told, and its figures side by side with the other's.
    // (when no civilian is among the sentence's victims: "left seven dead including a tourist and four police officers" stays an attack)
    // (a soldier or policeman named by rank is his force: "Pratu AS tertembak")
    // (and so is one between a state's force and an armed group, whichever the sentence makes the target:
    // "para KKB melakukan penembakan" told of police clearing a road)
    if (hit.sub === 'Attack' && actor2 &&
      ((actor2.type === 'state' && (actor2.kind === 'force' || (actor2.kind === 'official' && FORCE_NAME.test(actor2.name)))) ||
        (actor1 !== null && isArmedGroup(actor2.type) && actor1.type === 'state' && actor1.kind === 'force')) &&
      !(actorsBySent[s.index] ?? []).some((a) => a.type === 'civilians') && !saysCivilians(ep, s.text, actorsBySent[s.index], s.start)) hit = { ...hit, sub: 'Armed clash' };
    // (and so is a militia fired on by an armed group, "militants opened fire on the village volunteers
    // guarding the area", whatever place words stand around: "… in Kangchup village"; not settlers,
    // civilians when they are the ones shot at)
    // (a militia named anywhere in the sentence when the attack has no target of its own: "another
    // village volunteer … was also injured in the confrontation with militants, who attacked from the hills")
    else if (hit.sub === 'Attack' && actor1 && isArmedGroup(actor1.type) && !(actorsBySent[s.index] ?? []).some((a) => a.type === 'civilians')) {
      const a1 = actor1;
      // (a militia by name or kind, not the unnamed gunmen another telling calls the attackers)
      const militia = (x: ActorMention | null): x is ActorMention => !!x && MILITIA.has(x.type) && !x.name.startsWith('Settlers') && !x.name.startsWith('Unidentified Armed Group') && x.name !== a1.name && !sameSide(x, a1);
      const target = militia(actor2) ? actor2 : !actor2 ? (actorsBySent[s.index] ?? []).find(militia) ?? null : null;
      if (target) { actor2 = target; hit = { ...hit, sub: 'Armed clash' }; }
    }
    // "in Solo, Sukoharjo, Karanganyar and Boyolali": ACLED codes one event per place.
    let list = own ? placeList(usable, own, text, conjWords) : [];
    // "bentrokan antarwarga dua desa, Desa Kariu dan Desa Ori": the places are the two sides of one fight.
    if (list.length > 1 && (EVENT_TYPE[hit.sub] === 'Battles' || hit.sub === 'Mob violence')) {
      const betweenRe = lexiconRe(ep, 'betweenSides', '[^.;:!?]{0,50}$');
      if (betweenRe && betweenRe.test(text.slice(Math.max(s.start, list[0]!.start - 60), list[0]!.start))) list = [];
    }
    if (list.length > 1) {
      for (const p of list) candidates.push({ hit, sentence: s.index, place: p, placeInSentence: !!own, date, datePrecision, dateInSentence, actor1, actor2, listed: true, overnight });
    } else {
      const main: Candidate = { hit, sentence: s.index, place, placeInSentence: !!own, date, datePrecision, dateInSentence, actor1, actor2, listed: false, overnight, clause: split?.clause ?? clause ?? undefined };
      if (split) {
        const h2 = split.hit;
        const side = (x: { start: number }) => x.start >= split.other.start && x.start < split.other.end;
        const d2 = nearestDate(pastDates.filter(side), h2.start, false);
        const [b1, b2] = sidesOf(cx, ep, s, h2, split.other);
        const second: Candidate = { hit: h2, sentence: s.index, place: split.place, placeInSentence: true, date: d2?.date ?? date, datePrecision: d2?.date ? d2.precision : datePrecision, dateInSentence: d2?.date ? true : dateInSentence, actor1: b1, actor2: b2, listed: false, clause: split.other };
        // (in the order told: "the strikes" of the next sentence is the one told last)
        if (h2.start < hit.start) candidates.push(second, main);
        else candidates.push(main, second);
      } else candidates.push(main);
    }
    // "… killed on Monday in an encounter; four were killed last night in a gunfight": a
    // trigger of the same kind nearest another stated day is another event.
    if (hit.modality === 'reported' && pick?.date && pick.precision === 1 && pastDates.length > 1) {
      const seen = new Set([pick.date]);
      for (const h of hits) {
        if (h.start === hit.start || isWeak(h) || h.modality !== 'reported' || EVENT_TYPE[h.sub] !== EVENT_TYPE[hit.sub]) continue;
        const d = nearestDate(pastDates, h.start, false);
        if (!d?.date || d.precision !== 1 || seen.has(d.date)) continue;
        seen.add(d.date);
        candidates.push({ hit: h, sentence: s.index, place, placeInSentence: !!own, date: d.date, datePrecision: 1, dateInSentence: true, actor1, actor2 });
      }
    }
}

/**
 * A sentence telling an earlier incident after a cue of time ("The attack came three days after two
 * soldiers were killed when landmines exploded near X"; "Gunmen killed five villagers on Sunday, a
 * week after bandits abducted 20 students"): the event of each clause, the earlier one dated that
 * many days before the one it is measured from (the first clause's, or the one told before), each
 * with its own clause's figures. False (nothing pushed) when the clause after the cue tells no event
 * by a word of its own.
 */
function priorCandidates(cx: Ctx, ep: EventPack, pack: LanguagePack, s: Sentence, hits: readonly SentenceHit[], protestContext: boolean, police: boolean,
  dates: DateMention[], pastDates: DateMention[], places: PlaceCand[], lastPlace: PlaceCand | null, lastDate: { date: string; precision: 1 | 2 | 3 } | null, candidates: Candidate[]): boolean {
  if (hits.length < 1) return false;
  const end = s.start + s.text.length;
  const g = priorGap(pack, cx.text, s.start, end);
  if (!g) return false;
  // (the clause after the cue runs to the sentence's end; opening the sentence, "Three days after …, gunmen …", to its comma)
  let cEnd = end;
  if (g.start - s.start <= 12) {
    const comma = cx.text.indexOf(',', g.end);
    if (comma > 0 && comma < end) cEnd = comma;
  }
  const main = cEnd === end ? { start: s.start, end: g.start } : { start: cEnd, end };
  const inPrior = (x: { start: number }) => x.start >= g.end && x.start < cEnd;
  const inMain = (x: { start: number; end: number }) => x.start >= main.start && x.end <= main.end;
  // (up to the next clause break: "a day after the government agreed to scrap the tax, following deadly protests")
  const breaks = wordSet(ep, 'clauseBreak');
  WORD_RUN.lastIndex = 0;
  const tail = cx.text.slice(g.end, cEnd).toLowerCase();
  for (let m = WORD_RUN.exec(tail); m; m = WORD_RUN.exec(tail)) if (breaks.has(m[0]) || wordSet(ep, 'priorGap').has(m[0])) { cEnd = g.end + m.index; break; }
  const prior = { start: g.start, end: cEnd };
  const priorHits = hits.filter(inPrior);
  const priorHit = resolveSentence(priorHits, protestContext, police);
  // (an earlier incident of violence or of a crowd: not an agreement or a plan told as the occasion)
  if (!priorHit || isWeak(priorHit) || priorHit.modality !== 'reported' || !(VIOLENT.has(EVENT_TYPE[priorHit.sub]) || EVENT_TYPE[priorHit.sub] === 'Protests')) return false;
  // ("three days after the attack on the school": an incident told before, not another one)
  const lead = cx.text.slice(g.end, priorHit.start).trim().toLowerCase();
  if (lead && wordSet(ep, 'anaphoraStart').has(lead)) return false;
  const mainHits = hits.filter(inMain);
  const mainHit = resolveSentence(mainHits, protestContext, police);
  let ref = lastDate ?? (cx.published ? { date: cx.published, precision: 1 as const } : null);
  let refPlace = lastPlace;
  if (mainHit) {
    const n = candidates.length;
    hitCandidates(cx, ep, s, mainHit, mainHits, dates.filter(inMain), pastDates.filter(inMain), places.filter(inMain), lastPlace, lastDate, candidates, main);
    const c = candidates[n];
    if (c?.date) ref = { date: c.date, precision: c.datePrecision };
    if (c?.place) refPlace = c.place;
  }
  const n = candidates.length;
  const shifted = ref ? { date: addDays(ref.date, -g.days), precision: Math.max(ref.precision, g.precision) as 1 | 2 | 3 } : null;
  // (told as another incident: not merged with the first across a week)
  hitCandidates(cx, ep, s, { ...priorHit, fresh: true }, priorHits, dates.filter(inPrior), pastDates.filter(inPrior), places.filter(inPrior), refPlace, shifted, candidates, prior);
  // (a day counted from the one told: said by the sentence, however indirectly)
  for (let k = n; k < candidates.length; k++) if (shifted && candidates[k]!.date === shifted.date) candidates[k]!.dateInSentence = true;
  return true;
}

/** The places not inside the trigger's words (a place in a pattern's gap is one): the list itself when none is. */
function usablePlaces(places: PlaceCand[], hit: SentenceHit): PlaceCand[] {
  for (let k = 0; k < places.length; k++) {
    const p = places[k]!;
    if (overlaps(p, hit) && !(p.start > hit.start && p.end < hit.end)) return places.filter((x) => !overlaps(x, hit) || (x.start > hit.start && x.end < hit.end));
  }
  return places;
}

/** The two sides of `hit` among the actors of its sentence (of its clause, when given). */
function sidesOf(cx: Ctx, ep: EventPack, s: Sentence, hit: SentenceHit, clause: { start: number; end: number } | null): [ActorMention | null, ActorMention | null] {
  let actors = cx.actorsBySent[s.index] ?? [];
  if (clause) actors = actors.filter((a) => a.start >= clause.start && a.start < clause.end);
  let [actor1, actor2] = assignActors(hit, actors, cx.text, ep);
  // "TPNPB mengklaim pihaknya menembak mati tiga anggota TNI", "the RSF said its fighters
  // repelled the attack": the speaker's own side is the side the sentence leaves unnamed.
  const side = cx.speakerSideBySent[s.index];
  let om = side && cx.ownSideRe ? cx.ownSideRe.exec(s.text) : null;
  // ("pihaknya percaya serangan itu dilakukan oleh …", "its officers believe …": the side thinks, it does not act)
  if (om && wordSet(ep, 'cognition').has((NEXT_WORD.exec(s.text.slice(om.index + om[0].length, om.index + om[0].length + 30))?.[1] ?? '').toLowerCase())) om = null;
  // (in a sentence of two events, only in the clause told)
  if (om && clause && (s.start + om.index < clause.start || s.start + om.index >= clause.end)) om = null;
  // "Tentera Arakan mendakwa telah membunuh lebih 40 anggota tentera junta": the claimant's side,
  // claiming the deed, did it (the one it names is the other side).
  if (side && !om && claimsDeed(ep, cx.text, Math.max(s.start, hit.start - 60), hit.start, actors)) {
    const other = actor1 && !sameSide(actor1, side) ? actor1 : actor2 && !sameSide(actor2, side) ? actor2 : null;
    actor1 = side;
    actor2 = other;
  }
  if (side && om) {
    const at = { start: s.start + om.index, end: s.start + om.index + om[0].length };
    // ("its fighters" read as unnamed fighters is the speaker's side)
    if (actor1 && overlaps(actor1, at)) actor1 = side;
    else if (actor2 && overlaps(actor2, at)) actor2 = side;
    else if (!actor1) { if (actor2?.name !== side.name) actor1 = side; }
    else if (!actor2 && actor1.name !== side.name) actor2 = side;
  }
  // "Twelve militants were killed in Borno, the army said": a battle told with one side only, a
  // non-state one, by a state force: that force is the other side
  if (side && !om && hit.sub === 'Armed clash' && side.type === 'state' && side.kind === 'force' && actor1 && !actor2 && actor1.type !== 'state' && !sameSide(actor1, side)) {
    actor2 = actor1;
    actor1 = side;
  }
  return [actor1, actor2];
}

/**
 * A second event told in the sentence of `hit`: a strong reported trigger of another sub-event
 * type on the other side of a clause break ("…, while drones struck …", "… hours after warplanes
 * struck …"), with a place of its own on that side that is not the place of the first. The
 * places of the first event's side, the second's hit, place and clause; null when there is none.
 */
function splitHit(ep: EventPack, text: string, s: Sentence, hit: SentenceHit, hits: readonly SentenceHit[], places: PlaceCand[]):
  { hit: SentenceHit; place: PlaceCand; own: PlaceCand[]; clause: { start: number; end: number }; other: { start: number; end: number } } | null {
  const words = wordSet(ep, 'clauseBreak');
  if (words.size === 0) return null;
  const end = s.start + s.text.length;
  for (const h of hits) {
    if (h === hit || h.modality !== 'reported' || isWeak(h) || h.anaphoric || h.sub === hit.sub || h.weight < 5 || overlaps(h, hit)) continue;
    // (an act the first one holds is no other event: an attack in a shelling, a clash in an ambush)
    if (EVENT_TYPE[h.sub] === EVENT_TYPE[hit.sub] && EVENT_TYPE[h.sub] !== 'Explosions/Remote violence') continue;
    const from = Math.min(hit.end, h.end);
    const to = Math.max(hit.start, h.start);
    if (to <= from) continue;
    // the last clause-break word between the two triggers
    const gap = text.slice(from, to).toLowerCase();
    let cut = -1;
    WORD_RUN.lastIndex = 0;
    for (let m = WORD_RUN.exec(gap); m; m = WORD_RUN.exec(gap)) if (words.has(m[0])) cut = from + m.index;
    if (cut < 0) continue;
    const other = h.start > hit.start ? { start: cut, end } : { start: s.start, end: cut };
    const clause = h.start > hit.start ? { start: s.start, end: cut } : { start: cut, end };
    const mine: PlaceCand[] = [];
    const theirs: PlaceCand[] = [];
    for (const p of places) (p.start >= other.start && p.start < other.end ? theirs : mine).push(p);
    const p2 = bestPlace(theirs, h);
    const p1 = bestPlace(mine, hit);
    if (!p2 || placeScore(p2) >= 5 || !p1 || placeScore(p1) >= 5 || samePlace(p1, p2)) continue;
    return { hit: h, place: p2, own: mine, clause, other };
  }
  return null;
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** The date said nearest `at` (the first between equals), of the future ones when `future`. */
function nearestDate(list: DateMention[], at: number, future: boolean): DateMention | undefined {
  let b: DateMention | undefined;
  for (let k = 0; k < list.length; k++) {
    const d = list[k]!;
    if (future && !d.future) continue;
    if (!b || Math.abs(d.start - at) < Math.abs(b.start - at)) b = d;
  }
  return b;
}

/** A toll at a new place after an event, in a sentence without a trigger: another event of that kind. */
function tollCandidate(s: Sentence, pastDates: DateMention[], places: PlaceCand[], hurtSents: SentenceFlags, candidates: Candidate[]): void {
    // "Another person was injured by falling debris in the X region": a toll at a new place
    // after an event is another event of that kind, the same day unless one is said.
    const prev = findLast(candidates, (c) => c.hit.modality === 'reported' && VIOLENT.has(EVENT_TYPE[c.hit.sub]));
    const own = bestPlace(places);
    const hurt = hurtSents.has(s.index);
    if (prev && own && hurt && placeScore(own) < 5 && s.index - prev.sentence <= 6 && !candidates.some((c) => c.place && !elsewhere(c.place, own))) {
      const d = pastDates[0];
      candidates.push({
        hit: { ...prev.hit, weight: prev.hit.weight - 0.5, anaphoric: false, fresh: true, start: s.start, end: s.start },
        sentence: s.index, place: own, placeInSentence: true, date: d?.date ?? prev.date, datePrecision: d?.date ? d.precision : prev.datePrecision, dateInSentence: !!d?.date, actor1: prev.actor1, actor2: null,
      });
    }
}

const NO_DRAFTS: Draft[] = [];

/** Event types of crowds (protests, riots): merged across types, see mergeable. */
const CROWD_TYPES = new Set([...PROTEST_FAMILY, 'Mob violence' as SubEventType].map((x) => EVENT_TYPE[x]));

/**
 * Drafts that may merge share this: their event type, or "crowd" for the crowd types. (mergeable
 * asks for one sub-event type, one event type, or two crowds.)
 */
function mergeGroup(sub: SubEventType): string {
  const t = EVENT_TYPE[sub];
  return CROWD_TYPES.has(t) ? 'crowd' : t;
}

/**
 * Whether a draft's sentences hold one: a scan of a short list, a set (kept up to date with what
 * was pushed since) for a long one. Lists are only ever appended to while it is used.
 */
class SentenceSets {
  private readonly sets = new Map<Draft, { set: Set<number>; n: number }>();
  has(d: Draft, i: number): boolean {
    const l = d.sentences;
    if (l.length <= 32) return l.includes(i);
    let e = this.sets.get(d);
    if (!e) this.sets.set(d, (e = { set: new Set(), n: 0 }));
    while (e.n < l.length) e.set.add(l[e.n++]!);
    return e.set.has(i);
  }
}

/** 5. Candidates merged into drafts of events, secondary ones folded, places completed. */
function mergeCandidates(cx: Ctx, reading: Reading, candidates: Candidate[], titleSubs: Set<SubEventType>, docDisaster: boolean, tolledSents: Set<number>, freshSents: ReadonlySet<number>): Draft[] {
  const { placesBySent, bestInSent } = cx;
  // 5. Merge candidates into events.
  const drafts: Draft[] = [];
  // Drafts by merge group (see mergeGroup), in order: a candidate is compared only with drafts
  // it may merge with, so that a long report stays linear. And the last reported draft.
  const groups = new Map<string, Draft[]>();
  let lastReported: Draft | undefined;
  const addDraft = (d: Draft): void => {
    drafts.push(d);
    const key = mergeGroup(d.sub);
    const g = groups.get(key);
    if (g) g.push(d);
    else groups.set(key, [d]);
    if (d.modality === 'reported') lastReported = d;
  };
  const told = new SentenceSets();
  const strongExists = candidates.some((c) => !isWeak(c.hit));
  // A disaster report's generic words ("the blast", "evacuated") make no event.
  if (docDisaster && !strongExists) candidates.length = 0;
  for (const c of candidates) {
    if (c.hit.rule.joinOnly && !strongExists) continue;
    // "… after officials said an explosion at the hospital killed at least 15": a generic word
    // with its own toll and place, before any event is told, is an event of its own.
    const alone = isWeak(c.hit) && !c.hit.rule.joinOnly && c.hit.modality === 'reported' && tolledSents.has(c.sentence) && c.placeInSentence && firm(c.place) && lastReported === undefined;
    if (isWeak(c.hit) && strongExists && !alone) {
      // "A further strike killed three at a school in Nuseirat": a generic word with its own
      // toll at a new place is another event of the kind just told.
      const prev = lastReported;
      const tolled = tolledSents.has(c.sentence);
      // (A town inside the wide area of strikes told before is a new place too: "the worst strike hit a school in Khan Younis, killing 12";
      // not inside a country, where it tells where the event was: "… di Thailand selatan … ledakan di distrik Krongpinang".)
      const newPlace = c.placeInSentence && !!c.place && placeScore(c.place) < 5 && !drafts.some((d) => d.place && samePlace(d.place, c.place) && !(WIDE.has(d.place.kind) && d.place.kind !== 'country' && !WIDE.has(c.place!.kind)));
      // (Not one said as the event already told: "the RSF carried out the strike on the market in the town of X, wounding dozens more".)
      // (or on a day of its own: "Last Friday, the insurgents … killed two people", after a killing told for Tuesday)
      const otherDay = !!prev && c.dateInSentence && c.datePrecision === 1 && prev.dateStated && prev.datePrecision === 1 && !!c.date && !!prev.date && c.date !== prev.date;
      if (prev && tolled && (newPlace || otherDay) && c.hit.modality === 'reported' && !c.hit.anaphoric && !c.hit.definite) {
        addDraft({ ...prev, weight: prev.weight - 0.5, mentions: 1, sentences: [c.sentence], place: c.place, placeInSentence: true, date: c.date, datePrecision: c.datePrecision, dateStated: c.dateInSentence || prev.dateStated, actor1: c.actor1 ?? prev.actor1, actor2: c.actor2, inTitle: false, first: c.sentence, weak: false });
        if (!c.dateInSentence) drafts[drafts.length - 1]!.date = prev.date;
        continue;
      }
      // Otherwise a generic mention ("the attack") joins the nearest event before it, or nothing.
      // ("Penangkapan tersebut terjadi … di wilayah Kecamatan Cepogo": "that arrest", told in the district, was made in this subdistrict of it)
      const target = findLast(drafts, (d) => d.modality === c.hit.modality && (!c.placeInSentence || samePlace(d.place, c.place) || (!!c.hit.anaphoric && withinUnit(c.place, d.place))));
      if (target && !told.has(target, c.sentence)) {
        target.sentences.push(c.sentence);
        // "The attack took place in the town of Salvatierra": a finer place inside the event's.
        if (c.placeInSentence && c.place && firm(c.place) && (!target.place || placeScore(c.place) < placeScore(target.place) || (!!c.hit.anaphoric && c.place.name !== target.place.name && withinUnit(c.place, target.place)))) { target.place = c.place; target.placeInSentence = true; }
        // "The incident took place on Saturday": the day, when the event had none of its own; a
        // generic word ("The attack took place early Friday") only when the event fell back on the publication day.
        if (c.dateInSentence && c.date && !target.dateStated && (c.hit.rule.joinOnly || !target.date || target.date === cx.published)) { target.date = c.date; target.datePrecision = c.datePrecision; target.dateStated = true; }
        // "Azerbaijan menuding pasukan Armenia menembakkan roket tersebut": who did it.
        if (c.actor1 && c.actor1.type !== 'civilians') target.actor1 ??= c.actor1;
      }
      continue;
    }
    // Police action told without a place of its own does not fall on a gathering told as peaceful
    // ("Aksi di Bandung berlangsung damai. … terkena gas air mata"): it belongs to the one that was not.
    if (!c.placeInSentence && c.place && PROTEST_FAMILY.has(c.hit.sub) && c.hit.sub !== 'Peaceful protest') {
      const at = c.place;
      const calm = (d: Draft) => d.sentences.some((i) => cx.calmSents.has(i));
      // (gatherings only: the crowd drafts, not every draft of a long report)
      const crowds = groups.get('crowd') ?? NO_DRAFTS;
      if (crowds.some((d) => d.place !== null && d.place.name === at.name && calm(d))) {
        const other = findLast(crowds, (d) => PROTEST_FAMILY.has(d.sub) && d.modality === c.hit.modality && !calm(d) && d.place !== null);
        if (other) c.place = other.place;
      }
    }
    // A telling at a named (or just named) place joins the event there before others.
    const cp = firm(c.place) ? c.place : null;
    const group = groups.get(mergeGroup(c.hit.sub)) ?? NO_DRAFTS;
    const target = (cp ? group.find((d) => d.place !== null && d.place.name === cp.name && mergeable(d, c, placesBySent)) : undefined) ?? group.find((d) => mergeable(d, c, placesBySent));
    if (target) {
      if (!told.has(target, c.sentence)) target.sentences.push(c.sentence);
      target.mentions++;
      const asProtest = (x: SubEventType): SubEventType => (x === 'Mob violence' ? 'Violent demonstration' : x);
      const intervention = c.hit.sub === 'Protest with intervention' || c.hit.sub === 'Excessive force against protesters';
      // "Kericuhan juga terjadi di Surabaya … aparat menggunakan water cannon": a commotion met by police, not a riot.
      if (target.vague && target.sub === 'Violent demonstration' && intervention) { target.sub = c.hit.sub; target.rule = c.hit.rule.id; }
      else if (c.hit.rule.vague && c.hit.sub === 'Violent demonstration' && (target.sub === 'Protest with intervention' || target.sub === 'Excessive force against protesters')) { /* the intervention stays */ }
      else if ((PROTEST_FAMILY.has(target.sub) || PROTEST_FAMILY.has(c.hit.sub)) && PROTEST_ORDER.indexOf(asProtest(c.hit.sub)) > PROTEST_ORDER.indexOf(asProtest(target.sub))) { target.sub = asProtest(c.hit.sub); target.rule = c.hit.rule.id; target.vague = !!c.hit.rule.vague; }
      if (!c.hit.rule.vague && (c.hit.sub === 'Violent demonstration' || c.hit.sub === 'Mob violence')) target.vague = false;
      else if (target.sub === 'Mob violence' && PROTEST_FAMILY.has(c.hit.sub)) target.sub = 'Violent demonstration';
      // Within one incident the first telling names it, unless a later one is a suicide or chemical attack.
      if (target.sub !== c.hit.sub && !PROTEST_FAMILY.has(c.hit.sub) && RANK[c.hit.sub] >= 9 && RANK[target.sub] < 9) { target.sub = c.hit.sub; target.rule = c.hit.rule.id; }
      if (c.hit.weight > target.weight) { target.weight = c.hit.weight; target.rule = c.hit.rule.id; }
      // The event's place is the best said one among its sentences: a town said as a location
      // beats a country named in passing.
      if (!target.placeInSentence && c.placeInSentence) { target.place = c.place; target.placeInSentence = true; }
      else if (target.place && c.place && c.placeInSentence && placeScore(c.place) < placeScore(target.place)) target.place = c.place;
      else if (target.place && c.place && placeScore(target.place) >= 5 && placeScore(c.place) < 5) target.place = c.place;
      // A stated day replaces an inherited one, a day replaces a week.
      // (not a month said in passing that holds the day the event already has: "Hingga Oktober, Densus 88 telah menangkap 61 …")
      if (c.date && c.dateInSentence && ((!target.dateStated && !holdsDay(c.date, c.datePrecision, target.date, target.datePrecision)) || c.datePrecision < target.datePrecision)) { target.date = c.date; target.datePrecision = c.datePrecision; target.dateStated = true; }
      if (!target.date && c.date) target.date = c.date;
      target.actor1 ??= c.actor1;
      // (the other side of a telling from the other camp: "Pasukan kami … menembak mati dua anggota TNI",
      // merged into the clash the TNI fought, gives its speaker's side, not the TNI again)
      if (!target.actor2 && target.actor1) {
        const t1 = target.actor1;
        target.actor2 = c.actor2 && !sameSide(c.actor2, t1) ? c.actor2 : c.actor1 && !sameSide(c.actor1, t1) ? c.actor1 : null;
      }
      continue;
    }
    addDraft({
      sub: c.hit.sub,
      modality: c.hit.modality,
      weight: c.hit.weight,
      mentions: 1,
      sentences: [c.sentence],
      place: c.place,
      placeInSentence: c.placeInSentence,
      date: c.date,
      datePrecision: c.datePrecision,
      dateStated: c.dateInSentence,
      overnight: c.overnight,
      actor1: c.actor1,
      actor2: c.actor2,
      rule: c.hit.rule.id,
      inTitle: titleSubs.has(c.hit.sub),
      first: c.sentence,
      weak: isWeak(c.hit),
      listed: c.listed,
      fresh: c.hit.fresh,
      vague: !!c.hit.rule.vague,
      clause: c.clause,
    });
  }

  foldSecondary(drafts, cx.published);
  foldExchange(drafts);

  // An event still placed only by a passing mention takes the nearest place said as one.
  for (const d of drafts) {
    if (d.place && placeScore(d.place) < 5) continue;
    let best: PlaceCand | null = null;
    let dist = Infinity;
    // Not the place of a later sentence telling another incident, nor any after it.
    let stop = Infinity;
    for (const i of freshSents) if (i > d.first && i < stop && !d.sentences.includes(i)) stop = i;
    for (const i of placesBySent.keys()) {
      if (i >= stop) continue;
      const bp = bestInSent(i);
      const k = Math.min(...d.sentences.map((x) => Math.abs(x - i)));
      if (bp && placeScore(bp) < 5 && k < dist) { best = bp; dist = k; }
    }
    if (best) { d.place = best; d.placeInSentence = false; }
    // Nothing said as a place at all: a dateline or a passing mention beats nothing.
    if (!d.place) for (const i of placesBySent.keys()) { const bp = i < stop ? bestInSent(i) : null; if (bp && (!d.place || placeScore(bp) < placeScore(d.place))) d.place = bp; }
    if (!d.place) for (const p of reading.places) { if (!d.place) d.place = p; }
  }
  // An event told "here" ("diculik … di perairan Tambisan, dekat sini") with no place of its own
  // sentences finer than a region is at the dateline's town (near it for "dekat sini").
  const here = cx.hereSents;
  if (here) for (const d of drafts) {
    const own = d.place && d.sentences.some((i) => placesBySent.get(i)?.includes(d.place!)) && d.place.kind !== 'country' && d.place.kind !== 'region' && d.place.kind !== 'admin1';
    if (own) continue;
    const s = d.sentences.find((i) => here.has(i));
    if (s === undefined) continue;
    const dl = cx.datelines.find((p) => !WIRE_DATELINE.test(cx.text.slice(p.end, p.end + 48)));
    if (dl) { d.place = here.get(s) ? { ...dl, near: true } : dl; d.placeInSentence = true; }
  }
  for (const d of drafts) {
    // A country or region said only in another sentence ("sejak konflik di selatan Thailand …") is
    // coarser than a dateline within it ("NARATHIWAT:"): a local outlet's dateline is the nearer guess.
    const wide = d.place;
    if (wide && (wide.kind === 'country' || wide.kind === 'region') && !d.sentences.some((i) => placesBySent.get(i)?.includes(wide))) {
      // (not a wire dateline, "BAMAKO, Mali (Reuters) -": the agency's bureau in the capital, not the scene)
      const dl = cx.datelines.find((p) => p.country === wide.country && p.country !== null && (KIND_RANK[p.kind] ?? 5) < (KIND_RANK[wide.kind] ?? 5) && !WIRE_DATELINE.test(cx.text.slice(p.end, p.end + 48)));
      if (dl) d.place = dl;
    }
  }

  return drafts;
}

/**
 * A pack lexicon as one case-insensitive pattern between word bounds, followed by `tail`, built
 * once per pack, lexicon and tail; null when the pack has no such lexicon. "ownSide": where a
 * speaker names its own side; "priorEvent" with a tail to the window's end: a cue of an earlier
 * incident just before a figure.
 */
const lexiconRes = new WeakMap<EventPack, Map<string, Map<string, RegExp | null>>>();
let lexiconResEp: EventPack | null = null;
let lexiconResLast: Map<string, Map<string, RegExp | null>> | null = null;
function lexiconRe(ep: EventPack, name: string, tail = ''): RegExp | null {
  let m = ep === lexiconResEp ? lexiconResLast : lexiconRes.get(ep);
  if (!m) lexiconRes.set(ep, (m = new Map()));
  lexiconResEp = ep;
  lexiconResLast = m;
  let byTail = m.get(name);
  if (!byTail) m.set(name, (byTail = new Map()));
  let re = byTail.get(tail);
  if (re === undefined) {
    const words = ep.lexicons[name] ?? [];
    byTail.set(tail, (re = words.length ? new RegExp(`${WB_START}(?:${alternation(words)})${WB_END}${tail}`, 'iu') : null));
  }
  return re;
}

/** Lexicon entries the last-word sieve reads: ASCII letters and digits, words parted by white space. */
const ASCII_PHRASE = /^[a-z0-9]+(?:\s+[a-z0-9]+)*$/;

/**
 * The last words of a lexicon's entries, lower case, built once per pack and lexicon; null when an
 * entry is not an ASCII phrase (see ASCII_PHRASE): then no sieve.
 */
const lastWordsOf = new WeakMap<EventPack, Map<string, LastWords | null>>();
/** A lexicon's last words, and their signatures (wordSig) as a smallSigSet: most runs of a window are passed over by signature. */
type LastWords = { words: Set<string>; sigs: Uint32Array };
function lexiconLastWords(ep: EventPack, name: string): LastWords | null {
  let m = lastWordsOf.get(ep);
  if (!m) lastWordsOf.set(ep, (m = new Map()));
  let lw = m.get(name);
  if (lw === undefined) {
    let set: Set<string> | null = new Set();
    for (const w of ep.lexicons[name] ?? []) {
      const l = w.toLowerCase().trim();
      if (!ASCII_PHRASE.test(l)) { set = null; break; }
      set.add(l.slice(l.search(/[a-z0-9]+$/)));
    }
    lw = set === null ? null : { words: set, sigs: smallSigSet(set) };
    m.set(name, lw);
  }
  return lw;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}


/** Whether the ASCII run text[i, e), lower-cased, is one of the last words (by signature first). */
function isLastWord(last: LastWords, text: string, i: number, e: number): boolean {
  return hasSig(last.sigs, asciiRangeSig(text, i, e)) && last.words.has(text.slice(i, e).toLowerCase());
}

/**
 * The last run of ASCII letters and digits in text[lo, at), ending at or before `at`: its end
 * (-1 when none), its start in `lastRunStart`.
 */
let lastRunStart = 0;
function lastRunEnd(text: string, lo: number, at: number): number {
  let i = at;
  while (i > lo && !isAsciiAlnum(text.charCodeAt(i - 1))) i--;
  if (i === lo) return -1;
  const e = i;
  while (i > lo && isAsciiAlnum(text.charCodeAt(i - 1))) i--;
  lastRunStart = i;
  return e;
}

/** Whether text[i, e) is "the" in any case. */
function isThe(text: string, i: number, e: number): boolean {
  return e - i === 3 && asciiLower(text.charCodeAt(i)) === 116 && asciiLower(text.charCodeAt(i + 1)) === 104 && asciiLower(text.charCodeAt(i + 2)) === 101;
}

/**
 * What `re.test(text.slice(lo, at))` says, for `re` a lexiconRe with the tail
 * `[^\p{L}\p{N}]+(?:the\s+)?$` and `last` its lexiconLastWords: a match ends with an entry's
 * last word, then only other characters, or "the" and white space. So when the window is ASCII
 * (letters and digits are [A-Za-z0-9], case folds as ASCII) and neither its last word nor, after a
 * last "the", the word before is such a word, there is none: no slice, no regex.
 */
function endsWithEntry(re: RegExp, last: LastWords | null, text: string, lo: number, at: number): boolean {
  if (last !== null) {
    if (asciiSpan(text, lo, at)) {
      const e = lastRunEnd(text, lo, at);
      if (e < 0) return false;
      const i = lastRunStart;
      if (!isLastWord(last, text, i, e)) {
        if (!isThe(text, i, e)) return false;
        const e2 = lastRunEnd(text, lo, i);
        if (e2 < 0 || !isLastWord(last, text, lastRunStart, e2)) return false;
      }
    }
  }
  return re.test(text.slice(lo, at));
}

/**
 * What `re.test(text.slice(lo, at))` says, for `re` a lexiconRe whose match holds an entry of
 * the lexicon whose lexiconLastWords are `last`: an entry's last word is then a run of letters
 * and digits of the window, so when the window is ASCII and none of its runs is such a word, there
 * is no match (no slice, no regex).
 */
function holdsEntry(re: RegExp, last: LastWords | null, text: string, lo: number, at: number): boolean {
  return (last === null || mayHoldEntry(last, text, lo, at)) && re.test(text.slice(lo, at));
}

/** holdsEntry's sieve: false when text[lo, at) is ASCII and none of its runs is one of the last words. */
function mayHoldEntry(last: LastWords, text: string, lo: number, at: number): boolean {
  if (!asciiSpan(text, lo, at)) return true;
  // (runs read from the end; a unit above ASCII anywhere in the window: maybe)
  for (let i = at; i > lo;) {
    let c = text.charCodeAt(i - 1);
    if (!isAsciiAlnum(c)) {
      if (c > 0x7f) return true;
      i--;
      continue;
    }
    const e = i;
    while (i > lo && isAsciiAlnum((c = text.charCodeAt(i - 1)))) i--;
    if (isLastWord(last, text, i, e)) return true;
  }
  return false;
}

/** Whether text[lo, at), lower-cased, holds one of `words` (lower case): no slice while it is ASCII. */
function includesWord(text: string, lo: number, at: number, words: ReadonlySet<string>): boolean {
  if (!asciiSpan(text, lo, at)) {
    const lower = text.slice(lo, at).toLowerCase();
    for (const w of words) if (lower.includes(w)) return true;
    return false;
  }
  for (const w of words) {
    const n = w.length;
    next: for (let i = lo; i + n <= at; i++) {
      for (let j = 0; j < n; j++) if (asciiLower(text.charCodeAt(i + j)) !== w.charCodeAt(j)) continue next;
      return true;
    }
  }
  return false;
}

/** A lexicon's words folded and padded (" berlangsung damai "), and a prefilter of their first words (see WordSentences). */
type LexiconCues = { words: string[]; ascii: RegExp };
const lexiconCuesOf = new WeakMap<EventPack, Map<string, LexiconCues>>();
function lexiconCues(ep: EventPack, name: string): LexiconCues {
  let m = lexiconCuesOf.get(ep);
  if (!m) lexiconCuesOf.set(ep, (m = new Map()));
  let c = m.get(name);
  if (!c) {
    const words = (ep.lexicons[name] ?? []).map((w) => ` ${w.toLowerCase()} `);
    m.set(name, (c = { words, ascii: asciiCueRe(words) }));
  }
  return c;
}

/**
 * What `folded.includes(w)` says of ASCII text for padded words w (" para pelaku "), as one
 * case-insensitive regex on the text itself: ASCII text folds to its runs of letters and digits,
 * lower-cased, one space between, so a word sequence is in the fold when the text has those runs
 * in a row, parted by anything else. (A word that is not letters and digits is in no fold.)
 */
function asciiCueRe(words: readonly string[]): RegExp {
  const alts: string[] = [];
  for (const w of words) {
    const parts = w.slice(1, -1).split(' ');
    if (parts.every((x) => /^[a-z0-9]+$/.test(x))) alts.push(parts.join('[^a-z0-9]+'));
  }
  return alts.length ? new RegExp(`(?<![a-z0-9])(?:${alts.join('|')})(?![a-z0-9])`, 'i') : /(?!)/;
}

/**
 * The sentences whose folded text (foldedName) holds one of a lexicon's words, each tested when
 * first asked (an ASCII sentence by asciiCueRe, no fold).
 */
class WordSentences {
  private readonly memo = new Map<number, boolean>();
  constructor(private readonly sentences: readonly Sentence[], private readonly cues: LexiconCues) {}
  has(i: number): boolean {
    const words = this.cues.words;
    if (words.length === 0) return false;
    let v = this.memo.get(i);
    if (v === undefined) {
      const s = this.sentences[i];
      if (s === undefined || s.index !== i) v = s !== undefined && this.slow(i);
      else if (isAscii(s.text)) v = this.cues.ascii.test(s.text);
      else { const f = foldText(s.text); v = words.some((w) => f.includes(w)); }
      this.memo.set(i, v);
    }
    return v;
  }

  /** (Sentences not at their own index: the one whose index is i.) */
  private slow(i: number): boolean {
    const s = this.sentences.find((x) => x.index === i);
    if (!s) return false;
    const f = foldText(s.text);
    return this.cues.words.some((w) => f.includes(w));
  }
}

/** A pack's perpetrator cues, folded and padded (" pelaku "), built once per pack. */
const perpCuesOf = new WeakMap<EventPack, string[]>();

/** Cues after which the perpetrator is named, as patterns, built once per pack. */
const perpAfterOf = new WeakMap<EventPack, RegExp[]>();
/** Who cannot be a named perpetrator: civilians, crowds, the unknown. */
const NAMED_SIDE_NOT = new Set(['civilians', 'protesters', 'rioters', 'unknown']);

/** Who an armed group is for coding: not the state, nor civilians or crowds. */
const NOT_ARMED_GROUP = new Set([...NAMED_SIDE_NOT, 'state']);
/** An armed group that is no state's (a rebel group, a militia, an external force). */
const isArmedGroup = (type: string): boolean => !NOT_ARMED_GROUP.has(type);
/** Militias that stand guard or fight (village volunteers, vigilantes): a side of a battle, not civilians. */
const MILITIA = new Set(['identity_militia', 'political_militia']);

/**
 * 5b. "Pelaku diduga kelompok KKB pimpinan …", "Police blamed Boko Haram": a perpetrator named
 * after the event, in a sentence that tells no event, is the event's missing side (actor1 when
 * none or an unidentified group was named; actor2 of a battle the state leads).
 */
function namePerpetrators(cx: Ctx, ep: EventPack, drafts: Draft[]): void {
  let cues = perpCuesOf.get(ep);
  if (!cues) perpCuesOf.set(ep, (cues = (ep.lexicons['perpetratorNamed'] ?? []).map((w) => ` ${w.toLowerCase()} `)));
  const cueRe = lexiconCues(ep, 'perpetratorNamed').ascii;
  if (cues.length === 0 || drafts.length === 0) return;
  let afterCues = perpAfterOf.get(ep);
  if (!afterCues) {
    const words = (w: string) => w.toLowerCase().split(/\s+/).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}]+');
    afterCues = (ep.lexicons['perpetratorAfter'] ?? []).map((w) => new RegExp(`(?<![\\p{L}\\p{N}])${words(w)}(?![\\p{L}\\p{N}])`, 'iu'));
    perpAfterOf.set(ep, afterCues);
  }
  const open = (d: Draft) => d.modality === 'reported' && VIOLENT.has(EVENT_TYPE[d.sub])
    && (!d.actor1 || d.actor1.name.startsWith('Unidentified') || (d.actor1.type === 'state' && EVENT_TYPE[d.sub] === 'Battles' && !d.actor2));
  if (!drafts.some(open)) return;
  const locWords = wordSet(ep, 'locative');
  let firstAt: Map<number, Draft> | null = null;
  for (let i = 0; i < cx.sentences.length; i++) {
    // (a group that speaks is named too: "TTP claimed responsibility for the attack" — its claim is the cue)
    const speaker = cx.speakerSideBySent[i];
    const actors = speaker && !NOT_ARMED_GROUP.has(speaker.type) ? [...(cx.actorsBySent[i] ?? []), speaker] : cx.actorsBySent[i];
    // (a sentence that tells the event again may name who did it)
    if (!actors) continue;
    const text = cx.sentences[i]!.text;
    // ASCII text folds to its lower case with other characters as spaces: no cue's first word in
    // the lower case, no cue in the folded text.
    if (asciiSpan(cx.text, cx.sentences[i]!.start, cx.sentences[i]!.start + text.length)) {
      if (!cueRe.test(text)) continue;
    } else {
      const folded = foldText(text);
      if (!cues.some((c) => folded.includes(c))) continue;
    }
    // after a cue the name follows ("blamed the army"), the first side named after it, the state
    // included; else the armed group the sentence names
    const s = cx.sentences[i]!;
    let group: ActorMention | undefined;
    for (const rx of afterCues) {
      const m = rx.exec(s.text);
      if (!m) continue;
      const from = s.start + m.index + m[0].length;
      for (const a of actors) {
        // (close after the cue, and not where the perpetrator went: "pelaku masuk ke Mapolsek")
        if (a.start < from || a.start - from > 60 || NAMED_SIDE_NOT.has(a.type) || a.name.startsWith('Unidentified') || describesOther(ep, cx.text, a)) continue;
        const prev = wordBefore(cx.text, a.start);
        if (prev !== null && locWords.has(prev.toLowerCase())) continue;
        if (!group || a.start < group.start) group = a;
      }
      if (group) break;
    }
    group ??= actors.find((a) => !NOT_ARMED_GROUP.has(a.type) && !a.name.startsWith('Unidentified') && !describesOther(ep, cx.text, a));
    if (!group) continue;
    // The reported violent draft told nearest before (at most 4 sentences), the first one between equals.
    if (firstAt === null) {
      firstAt = new Map();
      for (const d of drafts) {
        if (d.modality !== 'reported' || !VIOLENT.has(EVENT_TYPE[d.sub])) continue;
        for (const k of d.sentences) if (!firstAt.has(k)) firstAt.set(k, d);
      }
    }
    let best: Draft | null = null;
    for (let j = 0; j <= 4 && !best; j++) best = firstAt.get(i - j) ?? null;
    if (!best || !open(best)) continue;
    if (!best.actor1 || best.actor1.name.startsWith('Unidentified')) best.actor1 = group;
    else if (best.actor1.type === 'state' && EVENT_TYPE[best.sub] === 'Battles' && !best.actor2) best.actor2 = group;
  }
}

/**
 * 5c. "Kelompok kriminal bersenjata (KKB) kembali berulah di Intan Jaya. Dua warga sipil tewas
 * ditembak di Kampung Titigi …": an armed group named in the sentence just before one-sided
 * violence told without its agent, in the same paragraph, in a sentence that tells no event, did it.
 */
function leadPerpetrator(cx: Ctx, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.modality !== 'reported' || !VIOLENT.has(EVENT_TYPE[d.sub]) || EVENT_TYPE[d.sub] === 'Battles') continue;
    if (d.actor1 && !d.actor1.name.startsWith('Unidentified')) continue;
    let f = Infinity;
    for (const k of d.sentences) if (k < f) f = k;
    const i = f - 1;
    if (i < 0 || !Number.isFinite(f)) continue;
    if (drafts.some((x) => x.sentences.includes(i))) continue;
    const prev = cx.sentences[i]!;
    if (cx.text.slice(prev.end, cx.sentences[f]!.start).includes('\n')) continue;
    const group = cx.actorsBySent[i]?.find((a) => !NOT_ARMED_GROUP.has(a.type) && !a.name.startsWith('Unidentified'));
    if (group) d.actor1 = group;
  }
}

/**
 * 6b. A roadside bomb or a suicide bomber that killed or wounded a state's men is no deed of that
 * state's force ("12 anggota tentera dalam perjalanan … apabila sebutir bom … meletup", told after
 * "Empat anggota tentera terbunuh"): the force named is the target, the bomber unnamed.
 */
function bombedForces(drafts: Draft[], attached: ReadonlyMap<Draft, CasualtyMention[]>): void {
  for (const d of drafts) {
    if (d.sub !== 'Remote explosive/landmine/IED' && d.sub !== 'Suicide bomb') continue;
    const a1 = d.actor1;
    if (!a1 || a1.type !== 'state' || a1.kind !== 'force') continue;
    if (!(attached.get(d) ?? []).some((c) => c.group === 'military' && (c.outcome === 'killed' || c.outcome === 'injured'))) continue;
    const a2 = d.actor2;
    if (a2 && isArmedGroup(a2.type)) { d.actor1 = a2; d.actor2 = a1; }
    else { d.actor1 = null; if (!a2 || a2.type === 'state') d.actor2 = a1; }
  }
}

/**
 * 6c. "At least seven persons were killed … by gunmen … The bandits also abducted nine villagers":
 * ACLED codes an abduction in which people were killed as an Attack (its figures say so).
 */
function killedInAbduction(drafts: Draft[], attached: ReadonlyMap<Draft, CasualtyMention[]>): void {
  for (const d of drafts) {
    if (d.sub !== 'Abduction/forced disappearance' || d.modality !== 'reported') continue;
    if ((attached.get(d) ?? []).some((c) => c.outcome === 'killed' && c.count > 0 && !c.breakdown && c.group !== 'military')) d.sub = 'Attack';
  }
}

/** The claims pack's words for more of the same ("others", "more"), lower case, built once per pack. */
const ellipticSets = new WeakMap<object, ReadonlySet<string>>();
const NO_WORDS: ReadonlySet<string> = new Set();
function ellipticOf(pack: LanguagePack): ReadonlySet<string> {
  const c = pack.claims as { elliptic?: readonly string[] } | undefined;
  if (!c || !c.elliptic) return NO_WORDS;
  let set = ellipticSets.get(c);
  if (!set) ellipticSets.set(c, (set = new Set(c.elliptic.map((w) => w.toLowerCase()))));
  return set;
}

/** 6. Casualty figures attached to drafts; running totals as tallies. */
function attachCasualties(cx: Ctx, reading: Reading, drafts: Draft[], backgroundSents: ReadonlySet<number>, elliptic: ReadonlySet<string>): { attached: Map<Draft, CasualtyMention[]>; tallies: TallyOut[] } {
  const { published, placesBySent, bestInSent, datesBySent } = cx;
  // 6. Casualties, fatalities, claimants, tallies.
  const attached = new Map<Draft, CasualtyMention[]>();
  const tallies: TallyOut[] = [];
  const live = drafts.filter((d) => d.modality !== 'planned');
  const violent = live.filter((x) => VIOLENT.has(EVENT_TYPE[x.sub]) || x.sub === 'Excessive force against protesters');
  const reportedViolent = violent.filter((x) => x.modality === 'reported');
  const notDenied = live.filter((x) => x.modality !== 'denied');
  // The sentences of all drafts and of the live ones; violent drafts by place name (in order).
  const toldAll = new Set<number>();
  const toldLive = new Set<number>();
  for (const d of drafts) for (const i of d.sentences) { toldAll.add(i); if (d.modality !== 'planned') toldLive.add(i); }
  const violentAt = new Map<string, Draft[]>();
  for (const x of violent) if (x.place) (violentAt.get(x.place.name) ?? violentAt.set(x.place.name, []).get(x.place.name)!).push(x);
  const near = new NearestDrafts();
  // (events told by the clauses of one sentence: a figure goes to its clause's)
  const split = live.filter((x) => x.clause !== undefined);
  // (the event of the figure attached last, and its sentence)
  let prev: Draft | null = null;
  let prevSentence = -1;
  const keep = (m: CasualtyMention, sc: PlaceCand | null): void => {
    const sd = (datesBySent[m.sentence] ?? []).find((d) => d.date && !d.since && !d.future);
    tallies.push({
      count: m.count, qualifier: m.qualifier, outcome: m.outcome, group: m.group, claimant: m.claimant,
      since: m.since, as_of: sd?.date ?? published, scope: sc?.name ?? null, evidence: m.evidence, rule: m.rule,
    });
  };
  for (const m of reading.casualties) {
    const at = m.numberSpan?.start ?? m.evidence.start;
    const inClause = split.length !== 0 && !m.tally ? split.find((x) => x.clause!.start <= at && at < x.clause!.end) : undefined;
    // A figure of a past event told as background ("the 2019 attack killed 30") is no event's toll here.
    // (so is one told as what came before the event: "… resumed two days after at least 23 people were killed")
    const past = !inClause && ((backgroundSents.has(m.sentence) && !toldAll.has(m.sentence)) || afterPrior(cx, m) || otherDay(cx, m, toldAll, violent));
    if (past && m.breakdown) continue;
    if (m.tally || past) {
      keep(m, past ? bestInSent(m.sentence) : tallyScope(placesBySent.get(m.sentence) ?? [], at, cx, m.sentence));
      continue;
    }
    if (m.breakdown) continue;
    // "In Odesa, nine were injured": a figure said with a place goes to the event there.
    const fp = bestInSent(m.sentence);
    const here = fp && placeScore(fp) < 5 && !toldLive.has(m.sentence) ? violentAt.get(fp.name) ?? NO_DRAFTS : NO_DRAFTS;
    // (a figure told apart goes to an event reported as happened before one reported as denied:
    // "The RSF denied attacking civilians … The government said more than 100 had been killed")
    const apart = !toldLive.has(m.sentence);
    const pool = reportedViolent.length !== 0 && apart ? reportedViolent : violent;
    // "Nine people died on the spot … Fifteen others were injured": more of the figure told just before, its event's
    const more: Draft | null = prev !== null && apart && m.sentence - prevSentence <= 2 && elliptic.size !== 0 && elliptic.has((NEXT_WORD.exec(cx.text.slice(m.numberSpan.end, m.numberSpan.end + 20))?.[1] ?? '').toLowerCase()) ? prev : null;
    const d: Draft | null = inClause ?? more ?? (m.outcome === 'killed' || m.outcome === 'injured' ? (here.length ? near.of(here, m.sentence) : null) ?? near.of(pool, m.sentence, 3) : null) ?? near.of(apart && notDenied.length !== 0 ? notDenied : live, m.sentence);
    if (!d) {
      // A report that tells no event, only figures ("There are 14,245 wounded, the statement
      // added", after a running toll): each is a count of its own, kept as one.
      if (live.length === 0 && m.outcome !== 'captured') keep(m, tallyScope(placesBySent.get(m.sentence) ?? [], at, cx, m.sentence));
      continue;
    }
    prev = d;
    prevSentence = m.sentence;
    (attached.get(d) ?? attached.set(d, []).get(d)!).push(m);
  }

  return { attached, tallies };
}

/**
 * Whether a figure told apart from every event (no trigger in its sentence) has a day of its own
 * that is no event's: "Three people were killed … in a village on June 9", after an attack told for
 * 13 June, is the toll of another incident.
 */
function otherDay(cx: Ctx, m: CasualtyMention, toldAll: ReadonlySet<number>, violent: readonly Draft[]): boolean {
  if (toldAll.has(m.sentence) || violent.length === 0) return false;
  const sd = (cx.datesBySent[m.sentence] ?? []).find((d) => d.date !== null && d.precision === 1 && !d.since && !d.future && !cx.speechDates.has(d));
  if (!sd) return false;
  // (every event's day said in its own words: an event dated by the publication may be this day)
  return !violent.some((x) => !x.dateStated || x.date === null || Math.abs(dayDiff(sd.date!, x.date)) < 2);
}

/** Whether a figure stands in a clause told as earlier than the event ("two days after at least 23 people were killed"). */
function afterPrior(cx: Ctx, m: CasualtyMention): boolean {
  if (!cx.priorRe || !m.numberSpan) return false;
  const s = cx.sentences[m.sentence];
  if (!s) return false;
  const from = Math.max(s.start, m.numberSpan.start - 100);
  return holdsEntry(cx.priorRe, cx.priorLast, cx.text, from, m.numberSpan.start);
}

/** An actor fit to label a claimant: not guessed by coreference, and with its country when its name has a slot for one; `notCountry`: not a country's name. */
function labelActor(x: ActorMention, notCountry: boolean): boolean {
  return (!notCountry || x.kind !== 'country') && !x.rule.endsWith('+coref') && (!!x.country || !x.template);
}

/**
 * The first of the reading's actors overlapping `at` that labelActor accepts: when the actors are
 * in order of start, only those that can overlap are read (from the first whose running end
 * passes at.start, up to the first starting at at.end).
 */
function overlappingActor(cx: Ctx, reading: Reading, at: { start: number; end: number }, notCountry: boolean): ActorMention | undefined {
  const list = cx.actorsByStart;
  if (list !== reading.actors) return reading.actors.find((x) => x.start < at.end && x.end > at.start && labelActor(x, notCountry));
  const maxEnd = cx.actorMaxEnd;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (maxEnd[mid]! > at.start) hi = mid;
    else lo = mid + 1;
  }
  for (let k = lo; k < list.length; k++) {
    const x = list[k]!;
    if (x.start >= at.end) break;
    if (x.end > at.start && labelActor(x, notCountry)) return x;
  }
  return undefined;
}

/** Sorts a short list of numbers in place, ascending (an insertion sort: no comparator calls). */
function sortNumbers(l: number[]): void {
  for (let i = 1; i < l.length; i++) {
    const x = l[i]!;
    let j = i;
    for (; j > 0 && l[j - 1]! > x; j--) l[j] = l[j - 1]!;
    l[j] = x;
  }
}

/** 6. The events written out: casualties, fatalities, claimant, notes, ordered by salience. */
function writeEvents(cx: Ctx, doc: DocumentOut, reading: Reading, ep: EventPack, drafts: Draft[], attached: Map<Draft, CasualtyMention[]>): EventOut[] {
  const { sentences, attribBySent, attribSpanOf, attribSpanByName, realClaimant } = cx;
  // Claimants in English for notes: the actor the claimant's words name ("Kejaksaan Agung
  // Azerbaijan" → "Azerbaijani authorities"), else the pack's label table, else (English) as written.
  const labels = claimantLabelsOf(ep);
  const labelMemo = new Map<Claimant, Map<string | null, string | null>>();
  const claimantLabel = (c: Claimant | null, country: string | null): string | null => {
    if (!c) return null;
    let byCountry = labelMemo.get(c);
    if (!byCountry) labelMemo.set(c, (byCountry = new Map()));
    let l = byCountry.get(country);
    if (l === undefined) byCountry.set(country, (l = claimantLabelOf(c, country)));
    return l;
  };
  const claimantLabelOf = (c: Claimant, country: string | null): string | null => {
    const sp = attribSpanOf.get(c);
    const folded = foldedName(c.name);
    const li = labelIndex(labels, folded);
    if (li >= 0) {
      const v = labels[li]![1];
      const cn = c.country && c.country !== country ? countryName(c.country) : null;
      return cn && v.startsWith('the ') ? `${cn}'s ${v.slice(4)}` : v;
    }
    // (where the claimant speaks, and where it was first named in full: "…," ujar Faizal" is the
    // "Kepala Operasi … Brigjen Pol Faizal Ramadhani" named before)
    const first = attribSpanByName.get(c.name);
    for (const at of first && first !== sp ? [sp, first] : [sp]) {
      if (!at) continue;
      // A label guessed by coreference ("the regional governor" → another country's) is not used.
      // (nor the bare label of a state noun whose country is unknown: "Officials" says less than the words)
      const a = overlappingActor(cx, reading, at, true) ?? overlappingActor(cx, reading, at, false);
      if (a) return a.label; // filling in the country keeps the label
    }
    // "the regional governor said": a singular common noun takes its article back.
    if (ep.code === 'en') return /^[a-z]/.test(c.name) && !/s$/.test(c.name) && !/^(an?|the) /.test(c.name) ? `the ${c.name}` : c.name;
    // A country speaking for itself ("Azerbaijan mengatakan"): the place's English name.
    const pl = sp && reading.places.find((p) => p.kind === 'country' && p.start < sp.end && p.end > sp.start && p.text.toLowerCase() === c.name.toLowerCase());
    if (pl) return pl.name;
    // A country speaking for itself ("Azerbaijan menyebut …") is its English name.
    const cn = c.country ? countryName(c.country) : null;
    return cn && folded.includes(` ${cn.toLowerCase()} `) && folded.trim().split(' ').length <= cn.split(' ').length ? cn : null;
  };
  const events: { e: EventOut; score: number; first: number }[] = [];
  // The ids given so far, as their hash halves (a report has a few dozen events at most).
  const usedHi: number[] = [];
  const usedLo: number[] = [];
  // (the hash state after the document's id, shared by its events' ids)
  const idHi = fnv(H1, H2, doc.id);
  const idLo = fnvLo;
  for (const d of drafts) {
    const cas = attached.get(d) ?? [];
    const mobState = d.sub === 'Mob violence' && d.actor1 !== null && d.actor1.type === 'state';
    const casualties: Casualty[] = cas.map((m) => ({ count: m.count, qualifier: m.qualifier, outcome: m.outcome, group: m.group, claimant: m.claimant, evidence: m.evidence, rule: m.rule }));
    // Figures near a ceasefire or an arrest are the war's, not that event's.
    const fatalities = VIOLENT.has(EVENT_TYPE[d.sub]) || d.sub === 'Excessive force against protesters' ? fatalitiesOf(cas, additiveOf(cx, ep, cas)) : null;
    const sorted = d.sentences.includes(-1) ? d.sentences.filter((i) => i >= 0) : d.sentences.slice();
    if (sorted.length > 1 && !ascending(sorted)) sortNumbers(sorted);
    let claimant: Claimant | null = null;
    for (const i of sorted) { claimant = attribBySent[i] ?? null; if (claimant) break; }
    if (!claimant) for (const m of cas) { const c = realClaimant(m.claimant); if (c) { claimant = c; break; } }
    const evidence = sorted.map((i) => ({ start: sentences[i]!.start, end: sentences[i]!.end }));
    const location = locationOf(d.place, d.placeInSentence);
    // (id and notes filled in below: the keys keep their order)
    const e: EventOut = {
      id: '',
      event_type: EVENT_TYPE[d.sub],
      sub_event_type: d.sub,
      modality: d.modality,
      date: d.date,
      date_precision: d.datePrecision,
      location,
      // (a mob is no state force: police told beside it are its other side, not the mob)
      actor1: actorOutIn((mobState ? null : d.actor1) ?? impliedCrowd(d.sub, location?.country ?? null), location?.country ?? null),
      // (and not the first side named again: "ditembak mati dalam kejadian berbalas tembak dengan polis" has the police once)
      actor2: actorOutIn((mobState ? d.actor2 ?? d.actor1 : d.actor2 && d.actor1 && sameSide(d.actor2, d.actor1) ? null : d.actor2) ?? impliedVictims(d.sub, location?.country ?? null), location?.country ?? null),
      fatalities,
      casualties,
      claimant,
      evidence,
      rule: d.rule,
      notes: '',
    };
    const idParts = [doc.id, d.sub, location?.name ?? '', d.date ?? '', d.modality];
    hashHalves(idParts, 1, idHi, idLo);
    for (let k = 2; used(usedHi, usedLo, hashHi, hashLo); k++) hashHalves(idParts, k, idHi, idLo);
    usedHi.push(hashHi);
    usedLo.push(hashLo);
    e.id = hexId(hashHi, hashLo);
    e.notes = makeNotes(e, d.sub, claimantLabel(claimant, location?.country ?? null));
    const score = d.weight + 0.5 * Math.min(d.mentions - 1, 4) + (d.inTitle ? 2.5 : 0) + (fatalities ? 0.5 : 0) - (d.modality === 'planned' ? 4 : 0) - (d.modality === 'denied' ? 2 : 0) - 0.6 * Math.min(Math.max(0, d.first), 5);
    events.push({ e, score, first: d.first });
  }
  // Highest score first, then the first told (a stable insertion sort: a report has a few dozen events at most).
  for (let i = 1; i < events.length; i++) {
    const x = events[i]!;
    let j = i;
    for (; j > 0; j--) {
      const y = events[j - 1]!;
      if (!(x.score - y.score > 0 || (x.score === y.score && x.first < y.first))) break;
      events[j] = y;
    }
    events[j] = x;
  }
  const out: EventOut[] = new Array(events.length);
  for (let i = 0; i < events.length; i++) out[i] = events[i]!.e;
  return out;
}

/**
 * ACLED folds what happens within one incident into its main event: houses torched during a
 * raid, arrests at a protest, weapons recovered after a gunfight. A secondary draft joins a
 * main draft of the right kind at a compatible place and date.
 */
const FOLDS: Partial<Record<SubEventType, (main: SubEventType) => boolean>> = {
  'Looting/property destruction': (m) => EVENT_TYPE[m] !== 'Strategic developments',
  Arrests: (m) => EVENT_TYPE[m] !== 'Strategic developments',
  'Disrupted weapons use': (m) => EVENT_TYPE[m] === 'Battles' || m === 'Arrests',
  'Change to group/activity': (m) => m !== 'Change to group/activity' && m !== 'Other',
  // Molotovs in a protest are the protest's violence.
  Grenade: (m) => PROTEST_FAMILY.has(m) || m === 'Mob violence',
  // The fighting that won or lost a place is part of the territory event.
  'Armed clash': (m) => TERRITORY.has(m),
  // "M23 entered the town after the soldiers withdrew", told of a town taken after days of fighting: the take-over told.
  'Non-violent transfer of territory': (m) => m === 'Non-state actor overtakes territory' || m === 'Government regains territory',
  Other: (m) => m !== 'Other' && m !== 'Change to group/activity',
};

/** The sentences of `d`, told again as part of `main`, join main's. */
function joinSentences(main: Draft, d: Draft): void {
  for (const si of d.sentences) if (!main.sentences.includes(si)) main.sentences.push(si);
}

/** The day `d` states in its own words, when `main` had only an inherited or fallback day. */
function takeStatedDay(main: Draft, d: Draft): void {
  if (d.dateStated && !main.dateStated && d.date) {
    main.date = d.date;
    main.datePrecision = d.datePrecision;
    main.dateStated = true;
  }
}

function foldSecondary(drafts: Draft[], published: string | null): void {
  // (a secondary telling of another stated day does not fold into an event dated from an earlier
  // sentence: "Sebelumnya, pada Sabtu (1/11), KKB juga membakar dua rumah" after a Monday shooting)
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const ok = FOLDS[d.sub];
    // "In a separate incident, police arrested …": not part of the incident told before.
    if (!ok || d.modality === 'planned' || d.fresh) continue;
    const main = drafts.find((m) => m !== d && !FOLDS[m.sub]?.(d.sub) && ok(m.sub) && m.modality === d.modality && (!m.date || !d.date || m.date === d.date || !d.dateStated || (!m.dateStated && (m.date === published || m.datePrecision > d.datePrecision))) && (!d.placeInSentence || !m.placeInSentence || samePlace(m.place, d.place)));
    if (!main) continue;
    joinSentences(main, d);
    takeStatedDay(main, d);
    // Arrests at a protest are an intervention.
    if (d.sub === 'Arrests' && main.sub === 'Peaceful protest') main.sub = 'Protest with intervention';
    drafts.splice(i, 1);
    i--;
  }
}

/**
 * A state force's attack on people left unnamed, at the place and on the day of an armed clash
 * that force (or no named side) fought, is that clash told once more: police who shot suspects
 * after the suspects fired at them ("polis melepaskan tembakan … selepas suspek menembak ke arah
 * anggota") fought one exchange of fire, one event (ACLED: an armed clash).
 */
function foldExchange(drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const a = drafts[i]!;
    if (a.sub !== 'Attack' || a.modality !== 'reported' || a.fresh || !a.actor1 || a.actor1.type !== 'state' || a.actor1.kind !== 'force') continue;
    const f = a.actor1;
    const v = a.actor2;
    // (its victims named: the clash's other side by the same name — "penjenayah warga asing" shot, the clash against them)
    const c = drafts.find((d) => d !== a && d.sub === 'Armed clash' && d.modality === 'reported' && !d.fresh && samePlace(d.place, a.place) && (!d.date || !a.date || d.date === a.date || !d.dateStated || !a.dateStated) &&
      (!d.actor1 || sameSide(d.actor1, f) || (!!d.actor2 && sameSide(d.actor2, f))) &&
      (!v || (!!d.actor2 && d.actor2.name === v.name) || (!!d.actor1 && d.actor1.name === v.name) ||
        // (or, by police, with no other side named in the clash: the suspects it shot are those who fired)
        (!d.actor2 && (!d.actor1 || sameSide(d.actor1, f)) && f.name.startsWith('Police Forces') && v.type === 'civilians')));
    if (!c) continue;
    joinSentences(c, a);
    c.mentions += a.mentions;
    c.weight = Math.max(c.weight, a.weight);
    c.inTitle ||= a.inTitle;
    c.first = Math.min(c.first, a.first);
    if (!c.actor1) c.actor1 = f;
    else if (!sameSide(c.actor1, f) && !c.actor2) c.actor2 = f;
    takeStatedDay(c, a);
    if (a.place && (!c.place || (a.placeInSentence && !c.placeInSentence) || placeScore(a.place) < placeScore(c.place))) { c.place = a.place; c.placeInSentence ||= a.placeInSentence; }
    drafts.splice(i, 1);
    i--;
  }
  // A clash with no side named at the place and on the day of a crowd's fight ("Warga dua desa
  // saling serang … Bentrokan pun pecah pada Selasa malam") is that fight told again.
  for (let i = 0; i < drafts.length; i++) {
    const a = drafts[i]!;
    if (a.sub !== 'Armed clash' || a.actor1 || a.actor2 || a.modality !== 'reported' || a.fresh) continue;
    const c = drafts.find((d) => d !== a && crowd(d.sub) && d.sub !== 'Peaceful protest' && d.modality === 'reported' && samePlace(d.place, a.place) && (!d.date || !a.date || d.date === a.date));
    if (!c) continue;
    joinSentences(c, a);
    c.mentions += a.mentions;
    drafts.splice(i, 1);
    i--;
  }
}

const WIDE = new Set(['country', 'region', 'admin1']);

/** The last element that passes `ok` (without copying the array), or undefined. */
function findLast<X>(list: X[], ok: (x: X) => boolean): X | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (ok(list[i]!)) return list[i];
  return undefined;
}

/**
 * Two mentions are of one location when they name it, lie within 15 km, or one is a wide area
 * (a country, a region without a country) that can hold the other.
 */
/** Two places certainly apart: other names, over 15 km, not one inside the other (a province holds only its own towns). */
function elsewhere(a: PlaceMention, b: PlaceMention): boolean {
  if (a.name === b.name || kmBetween(a, b) <= 15) return false;
  const wide = (k: string) => k === 'country' || k === 'region';
  if (wide(a.kind) || wide(b.kind)) return false;
  if (a.kind === 'admin1' || b.kind === 'admin1') return !!a.admin1 && !!b.admin1 && a.admin1 !== b.admin1;
  return true;
}

/**
 * Kilometres between two places told apart by name: none measured (Infinity) when one is a local
 * place known only by its container's point ("the town of Pont-Sonde" the gazetteer lacks, set at
 * the dateline's Port-au-Prince): its point says nothing of its distance to another town.
 */
function kmApart(a: PlaceMention, b: PlaceMention): number {
  // (its container itself, whose point it took, holds it: "Desa Lay Wah di Hpapun")
  if (a.name !== b.name && (borrowedPoint(a) || borrowedPoint(b)) && !(a.lat === b.lat && a.lon === b.lon)) return Infinity;
  return kmBetween(a, b);
}
function borrowedPoint(p: PlaceMention): boolean {
  return p.near === true && p.rule.endsWith('/place/local-unresolved');
}

function samePlace(a: PlaceMention | null, b: PlaceMention | null): boolean {
  if (!a || !b) return true;
  if (a.name === b.name || kmApart(a, b) <= 15) return true;
  const width = (k: string) => (k === 'country' ? 3 : k === 'region' || k === 'admin1' ? 2 : 0);
  // A continent-like region (no country) holds anything; a country its own places; a province its towns.
  // (A province holds its own towns only: Rueso is in Narathiwat, not in Yala.)
  const holds = (w: PlaceMention, x: PlaceMention) => width(w.kind) > width(x.kind) && (w.country === null ? w.kind === 'region' : w.country === x.country)
    && !(w.kind === 'admin1' && w.admin1 && x.admin1 && w.admin1 !== x.admin1);
  return holds(a, b) || holds(b, a);
}

/**
 * Whether a place may lie inside a second-level unit (a regency, district or county): a town or
 * unit of the same first-level division, near it (a subdistrict that took its container's point
 * included). The gazetteer does not say which unit holds a town.
 */
function withinUnit(inner: PlaceMention | null, unit: PlaceMention | null): boolean {
  return !!inner && !!unit && unit.kind === 'other' && (inner.kind === 'city' || inner.kind === 'other') && inner.country === unit.country &&
    !!unit.admin1 && inner.admin1 === unit.admin1 && kmBetween(inner, unit) <= 60;
}

const MERGE_WITHIN_TYPE = new Set(['Explosions/Remote violence', 'Violence against civilians']);

/** One protest at one place and day is one event, coded by its most severe moment. */
const PROTEST_ORDER: SubEventType[] = ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters', 'Violent demonstration'];

/** A crowd's sub-event type: the protest family or mob violence. */
function crowd(x: SubEventType): boolean {
  return PROTEST_FAMILY.has(x) || x === 'Mob violence';
}

/** A place said as a location, not in passing. */
function firm(p: PlaceCand | null): boolean {
  return !!p && placeScore(p) < 5;
}

function mergeable(d: Draft, c: Candidate, placesBySent: ReadonlyMap<number, PlaceCand[]>): boolean {
  if (d.sub !== c.hit.sub || d.modality !== c.hit.modality) {
    // A crowd turning on police after a protest is the protest's violent moment.
    const protests = crowd(d.sub) && crowd(c.hit.sub) && (PROTEST_FAMILY.has(d.sub) || PROTEST_FAMILY.has(c.hit.sub));
    // Several words for one incident ("shelled", "bombed"; "killed", "abducted"): one event.
    const sameFamily = EVENT_TYPE[d.sub] === EVENT_TYPE[c.hit.sub] && MERGE_WITHIN_TYPE.has(EVENT_TYPE[d.sub]);
    // A denial of a detail ("police deny using live rounds") belongs to the reported event.
    const denialOfReported = c.hit.modality === 'denied' && d.modality === 'reported' && (EVENT_TYPE[d.sub] === EVENT_TYPE[c.hit.sub] || (crowd(d.sub) && crowd(c.hit.sub)));
    if ((d.sub !== c.hit.sub && !protests && !sameFamily && !denialOfReported) || (d.modality !== c.hit.modality && !denialOfReported)) return false;
  }
  if (d.date && c.date && c.dateInSentence && d.dateStated && d.date !== c.date) {
    const week = Math.max(d.datePrecision, c.datePrecision) === 2 && Math.abs(dayDiff(d.date, c.date)) <= 7;
    // "an overnight attack" reported in the morning and "the attackers arrived at 11 p.m. on
    // Sunday": a night runs over two days.
    const overnight = (c.overnight || d.overnight) && Math.abs(dayDiff(d.date, c.date)) === 1;
    if (!week && !overnight) return false;
  }
  // A telling dated by its month, weeks away from an event whose day is only inherited ("an IED exploded … Over
  // 60 people lost their lives last month in twin suicide bombings"): another, earlier incident.
  if (d.date && c.date && c.dateInSentence && c.datePrecision >= 3 && !d.dateStated && d.date !== c.date && !holdsDay(c.date, c.datePrecision, d.date, d.datePrecision) && Math.abs(dayDiff(d.date, c.date)) > 7) return false;
  // Members of a list of places are events of their own, however close ("Solo, Sukoharjo dan Karanganyar").
  if ((c.listed || d.listed) && c.placeInSentence && d.placeInSentence && c.place && d.place && c.place.name !== d.place.name && !WIDE.has(c.place.kind) && !WIDE.has(d.place.kind)) return false;
  // A place named in passing (a country without "in") does not keep two tellings apart.
  if (c.placeInSentence && d.placeInSentence && firm(c.place) && firm(d.place) && !samePlace(d.place, c.place)) return false;
  // Another kind of attack at another town, or at a town inside the wide area of the first ("strikes
  // across the Gaza Strip … In Khan Younis, a tank shell hit a tent"; "… in Deir al-Balah. In Khan
  // Younis, a tank shell …"): another incident. (A village of the district told before — "desa-desa
  // di distrik Hpapun … di Desa Lay Wah di Hpapun" — or a sentence naming the first place too: the same one.)
  if (d.sub !== c.hit.sub && EVENT_TYPE[d.sub] === EVENT_TYPE[c.hit.sub] && MERGE_WITHIN_TYPE.has(EVENT_TYPE[d.sub]) && c.placeInSentence && d.placeInSentence && firm(c.place) && firm(d.place)
    && !WIDE.has(c.place!.kind) && d.place!.kind !== 'other' && d.place!.name !== c.place!.name && !(placesBySent.get(c.sentence) ?? []).some((p) => p.name === d.place!.name)) return false;
  // "A further strike … in Khan Younis": another incident unless at the very same place.
  if (c.hit.fresh && c.placeInSentence && c.place && firm(c.place) && (!d.place || (d.place.name !== c.place.name && kmApart(d.place, c.place) > 15))) return false;
  // "Separately, Israeli tanks shelled the Zeitoun neighbourhood": another kind of attack told as another incident.
  if (c.hit.fresh && c.hit.sub !== d.sub && !(crowd(c.hit.sub) && crowd(d.sub))) return false;
  // Actors are not compared: one side's name varies between sentences ("aparat", "Brimob",
  // "personel gabungan") and in a battle either side may lead the sentence. But a one-sided attack
  // whose target strikes back is another incident ("a PDF drone bombed an army post … the junta
  // then launched air strikes on a nearby village"): the one attacked is now the attacker. (Told
  // as an answer only: a side named in passing in another telling of the same attack is not.)
  if (c.hit.response && ONE_SIDED.has(EVENT_TYPE[d.sub]) && c.actor1 && d.actor2 && sameSide(c.actor1, d.actor2) && !(d.actor1 && sameSide(c.actor1, d.actor1))) return false;
  return true;
}

const FORCE_NAME = /^(Military|Police) Forces/;
/** White space only (or nothing). */
const SPACES = /^\s*$/;
/** What stands between a name and its short name in brackets. */
const OPEN_BRACKET_GAP = /^\s*\($/;
/** A character of a dateline after its town: no line or sentence end, except the dot of an abbreviated month before its day ("Nov. 4"). */
const DATELINE_CHAR = String.raw`(?:[^\n.]|\.(?= ?\d))`;
/** What follows a dateline's town up to its dash or colon. */
const DATELINE_TAIL = new RegExp(String.raw`^${DATELINE_CHAR}{0,46}?\s*[–—:-]\s`);
/** What follows a wire dateline's town: the agency in brackets before the dash (", Mali (Reuters) -", " (AP) —"). */
const WIRE_DATELINE = new RegExp(String.raw`^${DATELINE_CHAR}{0,30}?\([^()\n]{1,25}\)\s*[–—:-]`);

/** Event types with a side that acts and a side that suffers. */
const ONE_SIDED = new Set(['Explosions/Remote violence', 'Violence against civilians']);

/** Whether two mentions name one side: one name, or one kind of force or body whose country one of them leaves open. */
function sameSide(a: ActorMention, b: ActorMention): boolean {
  if (a.name === b.name) return true;
  if (a.type !== b.type || a.kind !== b.kind) return false;
  return (a.template !== null || b.template !== null) && (a.country === null || b.country === null || a.country === b.country);
}

const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Riots']);

/**
 * The nearest draft to a sentence, over drafts whose sentences do not change: each draft's sentences sorted once, its
 * nearest one found by binary search (a long report has drafts of thousands of sentences).
 */
class NearestDrafts {
  private readonly sorted = new Map<Draft, number[]>();

  /**
   * The draft with a sentence nearest `sentence` (figures usually follow the sentence that tells
   * the event: one after counts 1.5 times its distance), the heavier between equals, none
   * farther than `within`.
   */
  of(drafts: readonly Draft[], sentence: number, within = Infinity): Draft | null {
    let best: Draft | null = null;
    let bestDist = Infinity;
    for (const d of drafts) {
      let dist = Infinity;
      if (d.sentences.length <= 16) {
        for (const i of d.sentences) dist = Math.min(dist, i <= sentence ? sentence - i : (i - sentence) * 1.5);
      } else {
        let l = this.sorted.get(d);
        if (!l) this.sorted.set(d, (l = d.sentences.slice().sort((a, b) => a - b)));
        // The last sentence at or before `sentence`, and the first after it.
        let lo = 0;
        let hi = l.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (l[mid]! <= sentence) lo = mid + 1;
          else hi = mid;
        }
        if (lo > 0) dist = sentence - l[lo - 1]!;
        if (lo < l.length) dist = Math.min(dist, (l[lo]! - sentence) * 1.5);
      }
      if (dist > within) continue;
      if (dist < bestDist || (dist === bestDist && best && d.weight > best.weight)) { best = d; bestDist = dist; }
    }
    return best;
  }
}

/**
 * The figures told as more dead besides others ("Two attackers were also killed", "dua anggota KKB
 * juga tewas"): an additive word right after the number. Null when none.
 */
function additiveOf(cx: Ctx, ep: EventPack, cas: readonly CasualtyMention[]): Set<CasualtyMention> | null {
  if (cas.length < 2) return null;
  const words = wordSet(ep, 'additive');
  if (words.size === 0) return null;
  let out: Set<CasualtyMention> | null = null;
  for (const m of cas) {
    if (m.outcome !== 'killed' || m.tally) continue;
    // (up to four words after the number: "two attackers were also killed", "dua anggota KKB juga tewas")
    const after = cx.text.slice(m.numberSpan.end, Math.min(m.evidence.end, m.numberSpan.end + 40)).toLowerCase().split(/[^\p{L}]+/u).slice(0, 5);
    if (after.some((w) => words.has(w))) (out ??= new Set()).add(m);
  }
  return out;
}

/**
 * Fatalities of one event from its killed figures: figures of one voice (a claimant, with the
 * outlet's own figures joining it) add up across groups and distinct figures; different voices
 * are alternatives, and the lowest is kept (ACLED's conservative rule). Null when none is given.
 */
export function fatalitiesOf(cas: (Pick<CasualtyMention, 'count' | 'outcome' | 'group' | 'claimant'> & { qualifier?: CasualtyMention['qualifier'] })[], additive: ReadonlySet<object> | null = null): number | null {
  // A voice's vague figure ("killed several senior leaders") is no count set against another's
  // stated one ("killed 53 people"): it stands in for a number nobody gave.
  let firm = false;
  for (const m of cas) if (m.outcome === 'killed' && m.qualifier !== 'vague') { firm = true; break; }
  if (firm && cas.some((m) => m.outcome === 'killed' && m.qualifier === 'vague' && m.claimant)) {
    cas = cas.filter((m) => !(m.outcome === 'killed' && m.qualifier === 'vague' && m.claimant && !cas.some((x) => x !== m && x.outcome === 'killed' && x.qualifier !== 'vague' && x.claimant?.name === m.claimant!.name)));
  }
  let n = 0;
  let one: (typeof cas)[number] | null = null;
  for (const m of cas) if (m.outcome === 'killed') { n++; one = m; }
  if (n === 0) return null;
  // One figure is the answer (0 + turns a -0 into 0, as the sums below do).
  if (n === 1) return 0 + one!.count;
  // The outlet's own figures alone (no claimant): the distinct group and figure pairs, added up
  // (see dead()).
  let claimed = false;
  for (const m of cas) if (m.outcome === 'killed' && m.claimant) { claimed = true; break; }
  if (!claimed) {
    const keys = new Set<string>();
    let extra = 0;
    for (let i = 0; i < cas.length; i++) {
      const m = cas[i]!;
      if (m.outcome !== 'killed') continue;
      if (additive?.has(m)) { extra += 0 + m.count; continue; }
      keys.add(`${m.group}:${m.count}`);
    }
    return dead(keys) + extra;
  }
  const killed = cas.filter((m) => m.outcome === 'killed');
  const named = new Map<string, Set<string>>();
  const outlet = new Set<string>();
  let extra = 0;
  for (const m of killed) {
    const key = `${m.group}:${m.count}`;
    // (more dead besides the others: added whoever says them, as the outlet's own are)
    if (additive?.has(m)) extra += 0 + m.count;
    else if (m.claimant) (named.get(m.claimant.name) ?? named.set(m.claimant.name, new Set()).get(m.claimant.name)!).add(key);
    else outlet.add(key);
  }
  const namedKeys = new Set([...named.values()].flatMap((s) => [...s]));
  const own = [...outlet].filter((k) => !namedKeys.has(k));
  if (named.size === 0) return dead(outlet) + extra;
  // Voices that tell different groups complete each other ("the army said two soldiers were
  // killed … residents said five villagers died"): the lowest of each group's figures, added up.
  // (a figure of no group, "12 people", may hold any other: the voices are then alternatives)
  if (named.size > 1 && !killed.some((m) => m.group === 'unknown')) {
    const groups = new Set<string>();
    for (const keys of named.values()) for (const k of keys) groups.add(k.slice(0, k.indexOf(':')));
    if (groups.size > 1) {
      let total = dead(own) + extra;
      for (const g of groups) {
        let low = Infinity;
        for (const keys of named.values()) {
          let t = 0;
          let has = false;
          for (const k of keys) if (k.startsWith(g + ':')) { t += Number(k.slice(g.length + 1)); has = true; }
          if (has) low = Math.min(low, t);
        }
        total += low;
      }
      return total;
    }
  }
  // (a voice that says no one died — the accused denying, or one side's own losses — is no lower
  // count set against another's dead: "21 maut, menurut NUG … Tiada orang awam terbunuh, kata junta")
  let min = Infinity;
  let zero = false;
  for (const keys of named.values()) {
    const t = dead([...keys, ...own]) + extra;
    if (t === 0) zero = true;
    else min = Math.min(min, t);
  }
  return min === Infinity ? (zero ? 0 : min) : min;
}

/**
 * The dead of distinct "group:count" figures: the figures of known groups add up; a figure of no
 * group ("tiga orang tewas") is a total that may hold them ("… dua warga karena luka tembak dan
 * satu karena luka panah"), so the larger of the two.
 */
function dead(keys: Iterable<string>): number {
  let known = 0;
  let unknown = 0;
  for (const k of keys) {
    const c = k.indexOf(':');
    const v = Number(k.slice(c + 1));
    if (k.slice(0, c) === 'unknown') unknown = Math.max(unknown, v);
    else known += v;
  }
  return 0 + Math.max(known, unknown);
}

/** Two figures with one string form (fatalitiesOf's keys): equal, or both NaN (0 and -0 are one). */
function sameFigure(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}

/** What may stand between a speech verb (or its claimant) and the day it was said: no quote, no full stop. */
const SPEECH_GAP = /^[^."“”\n]{0,60}$/;
/** What may follow the day of the telling: the sentence's end. */
const SPEECH_REST = /^[\s.,;:!)\]"'”’]*$/;
const SPEECH_THAT = /^[\s,]*(\p{L}+)/u;
const SPEECH_PARTICIPLE = /^\s*,\s*\p{Ll}+ing\b/u;
/** What JavaScript's \s takes (white space and line terminators). */
function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `s.split(/\s+/).filter(Boolean).length`: the runs of other characters. */
function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const sp = isJsSpace(s.charCodeAt(i));
    if (!sp && !inWord) n++;
    inWord = !sp;
  }
  return n;
}
const COMMA_END = /,\s*$/;

/**
 * A date said right after an attribution and ending its sentence ("…," kata Kapolres, Selasa
 * (13/8/2024); "…, police said on Sunday") or followed by "that"/"bahwa" is when it was said.
 */
function speechDate(d: DateMention, saidEnds: number[], text: string, sentenceEnd: number, thatWords: ReadonlySet<string>, mediumWords: ReadonlySet<string>): boolean {
  for (const e of saidEnds) {
    if (e > d.start || d.start - e > 60) continue;
    // "said on Sunday", "kata Satake saat dihubungi detikJateng, Kamis"; not "said two people were killed on Saturday".
    const gap = text.slice(e, d.start);
    if (!SPEECH_GAP.test(gap)) continue;
    const words = countWords(gap);
    // ("katanya menerusi kenyataan pada Ahad.": the medium of the telling between the verb and its day)
    if (words > 2 && !(words <= 7 && COMMA_END.test(gap)) && !(words <= 5 && mediumWords.size !== 0 && hasWordOf(gap, mediumWords))) continue;
    const rest = text.slice(d.end, Math.min(sentenceEnd, d.end + 40));
    if (d.end + 40 >= sentenceEnd && SPEECH_REST.test(rest)) return true;
    // "a rights group said on Monday, underscoring …": a participle closing the speech's clause
    if (SPEECH_PARTICIPLE.test(rest)) return true;
    const m = SPEECH_THAT.exec(rest);
    if (m && thatWords.has(m[1]!.toLowerCase())) return true;
  }
  return false;
}

/** Whether a short stretch of text holds one of the words (lower-cased, split at white space). */
function hasWordOf(gap: string, words: ReadonlySet<string>): boolean {
  for (const w of gap.toLowerCase().split(/\s+/)) if (words.has(w)) return true;
  return false;
}

const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;

/** Background history: the sentence only dates itself more than half a year before publication. */
/**
 * In a running total's sentence, a trigger in the since-clause of a day more than a week before the
 * report is where the count starts, not an event the report tells: "killed in Gaza since the start
 * of the war sparked by Hamas's October 7 attacks", "tewas sejak serangan 7 Oktober".
 */
function countOrigin(hit: SentenceHit, dates: readonly DateMention[] | undefined, published: string | null, text: string): boolean {
  if (!dates || !published) return false;
  for (const d of dates) {
    if (!d.since || !d.date || dayDiff(published, d.date) <= 7) continue;
    if (hit.start < d.start - 60 || hit.start > d.end + 25) continue;
    const from = Math.min(hit.start, d.start);
    const to = Math.max(hit.end, d.end);
    if (!/[,;]/.test(text.slice(from, to))) return true;
  }
  return false;
}

function isBackground(s: Sentence, dates: DateMention[], pubYear: number | null, published: string | null): boolean {
  if (!published || pubYear === null) return false;
  // Half a year back is history in a news report ("the war began with the attack of 7 October").
  if (dates.length > 0) return dates.every((d) => d.date !== null && dayDiff(published, d.date) > 183);
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(s.text); m !== null; m = YEAR.exec(s.text)) if (Number(m[1]) < pubYear - 1) return true;
  return false;
}

/**
 * An official's title set before the claimant's name, commas between: "Kepala Polrestabes Bandung,
 * Jawa Barat, Kombes Pol Aswin Sipayung, menyebut …" — the speaker, not a side of the event.
 */
function titleOfClaimant(a: { end: number }, spans: { start: number; end: number }[] | undefined, text: string): boolean {
  if (!spans) return false;
  for (const sp of spans) {
    if (sp.start < a.end || sp.start - a.end > 60) continue;
    if (/^,[\p{L}\s.'’-]*,\s*$|^,\s*$/u.test(text.slice(a.end, sp.start))) return true;
  }
  return false;
}

/** A pack's civilian words (exact, and stems of "word*" entries), built once per pack. */
const civilianWordsOf = new WeakMap<EventPack, { exact: Set<string>; stems: string[]; unlessActor: ReadonlySet<string> }>();
/** Whether a sentence names civilians or people at all ("seven people dead including a tourist"). */
function saysCivilians(ep: EventPack, sentence: string, actors?: readonly ActorMention[], offset = 0): boolean {
  let w = civilianWordsOf.get(ep);
  if (!w) {
    const list = (ep.lexicons['civilian'] ?? []).map((x) => x.toLowerCase());
    const unlessActor = new Set((ep.lexicons['civilianUnlessActor'] ?? []).map((x) => x.toLowerCase()));
    civilianWordsOf.set(ep, (w = { exact: new Set(list.filter((x) => !x.endsWith('*'))), stems: list.filter((x) => x.endsWith('*')).map((x) => x.slice(0, -1)), unlessActor }));
  }
  for (const m of sentence.toLowerCase().matchAll(/\p{L}+/gu)) {
    const t = m[0];
    if (!(w.exact.has(t) || w.stems.some((st) => t.startsWith(st)))) continue;
    // (a word of an armed group's name is no civilian: "New People's Army rebels")
    const at = offset + m.index!;
    if (actors && actors.some((a) => a.type !== 'civilians' && a.start <= at && at < a.end)) continue;
    // ("seorang prajurit TNI": a person word right before a force's name is that force's)
    if (actors && w.unlessActor.has(t)) {
      let k = m.index! + t.length;
      while (k < sentence.length && (sentence[k] === ' ' || sentence[k] === '\u00a0')) k++;
      const next = offset + k;
      if (k > m.index! + t.length && actors.some((a) => a.type !== 'civilians' && a.start === next)) continue;
    }
    return true;
  }
  return false;
}

/** A date in a line's dateline: "ABUJA, March 8, 2024 (AFP) -", "NAIROBI, June 27 (Reuters) -". */
function datelineDate(d: { start: number; end: number }, text: string): boolean {
  // (the line's start, looked for no further back than the 40 characters a dateline may take)
  const lim = Math.max(0, d.start - 41);
  let lineStart = -1;
  for (let k = d.start - 1; k >= lim; k--) if (text.charCodeAt(k) === 10) { lineStart = k + 1; break; }
  if (lineStart < 0) {
    if (lim > 0) return false;
    lineStart = 0;
  }
  if (d.start - lineStart > 40) return false;
  // ("Manila [Philippines], November 4 (ANI/Xinhua):", "MANILA, Nov. 4 (Xinhua) --")
  return /^\p{Lu}[\p{L}\s.'’[\]-]*,\s*$/u.test(text.slice(lineStart, d.start)) && /^\s*(?:\([^()]{1,30}\))?\s*[-–—:]{1,2}\s/u.test(text.slice(d.end, d.end + 40));
}

/** Whether a mention's first word names it as the one who did it ("pelaku …", "gunmen", "para pelaku"). */
function isPerpetratorNoun(ep: EventPack, mention: string): boolean {
  const m = /^[\p{L}-]+/u.exec(mention);
  return m !== null && wordSet(ep, 'perpetratorNoun').has(m[0].toLowerCase());
}

/**
 * What `/^\p{L}+/u` finds in text[start, end), lower-cased ('' when none): read by character codes
 * while the letters are ASCII.
 */
function firstWordLower(text: string, start: number, end: number): string {
  let i = start;
  while (i < end && isAsciiLetter(text.charCodeAt(i))) i++;
  if (i < end && text.charCodeAt(i) > 0x7f) {
    const first = /^\p{L}+/u.exec(text.slice(start, end));
    return first ? first[0].toLowerCase() : '';
  }
  return text.slice(start, i).toLowerCase();
}

/** actor1 (perpetrator) and actor2 (target) of a sentence's event from word order and voice. */
/** Whether a word of the pack's clauseBreak lexicon ("after", "while", "but") stands in text[from, to). */
function clauseBreakBetween(ep: EventPack, text: string, from: number, to: number): boolean {
  const words = wordSet(ep, 'clauseBreak');
  for (const w of text.slice(from, to).toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (words.has(w)) return true;
  return false;
}

/**
 * Whether text[lo, at) ends with a verb of claiming and perhaps a perfective word ("mendakwa
 * telah", "mengklaim berhasil", "claimed to have"): the claimant tells its own deed.
 */
const claimDeedRes = new WeakMap<EventPack, RegExp | null>();
function claimsDeed(ep: EventPack, text: string, lo: number, at: number, actors: readonly ActorMention[] | undefined): boolean {
  let re = claimDeedRes.get(ep);
  if (re === undefined) {
    const claim = ep.lexicons['claimDeed'] ?? [];
    const perf = ep.lexicons['perfective'] ?? [];
    // (up to two words between, no side among them: "mendakwa telah melancarkan puluhan roket")
    re = claim.length ? new RegExp(`${WB_START}(?:${alternation(claim)})(?:\\s+(?:${perf.length ? alternation(perf) : '(?!)'}))?(?:\\s+[\\p{L}\\p{N}-]+){0,2}[\\s,]*$`, 'iu') : null;
    claimDeedRes.set(ep, re);
  }
  if (re === null) return false;
  const m = re.exec(text.slice(lo, at));
  if (m === null) return false;
  const from = lo + m.index;
  if (actors) for (const a of actors) if (a.start >= from && a.end <= at) return false;
  return true;
}

/** Whether one of the two words after `end` (before `limit`) is what a side suffers ("terbunuh", "cedera"). */
function suffersNext(text: string, end: number, limit: number, suffered: ReadonlySet<string>): boolean {
  const m = NEXT_TWO.exec(text.slice(end, Math.min(limit, end + 40)));
  if (m === null) return false;
  const w1 = m[1]!.toLowerCase();
  if (suffered.has(w1)) return true;
  if (m[2] === undefined) return false;
  const w2 = m[2].toLowerCase();
  // (one word, "juga tewas"; or a two-word entry, "were killed", where the participle alone may be active: "soldiers killed two")
  return suffered.has(w2) || suffered.has(`${w1} ${w2}`);
}
const NEXT_TWO = /^[\s,]+(\p{L}+)(?:[\s-]+(\p{L}+))?/u;

/** An actor named after the pack's "by" word ("attacked by gunmen", "oleh"). */
function isBy(a: ActorMention, text: string, byWords: ReadonlySet<string>, locative?: ReadonlySet<string>): boolean {
  const prev = wordBefore(text, a.start);
  if (prev === null) return false;
  if (byWords.has(prev.toLowerCase())) return true;
  // "shelling by the paramilitary Rapid Support Forces": up to two lower-case words between (no place word)
  if (!locative) return false;
  // (most actors have no "by" word near: the patterns below, which try every start, are then not run)
  if (!includesWord(text, Math.max(0, a.start - 40), a.start, byWords)) return false;
  const before = text.slice(Math.max(0, a.start - 40), a.start);
  // (one word between, else two: "by unidentified armed men", "by the paramilitary Rapid Support Forces")
  for (const re of BY_GAPS) {
    const m = re.exec(before);
    if (m && byWords.has(m[1]!.toLowerCase()) && !locative.has(m[2]!) && !(m[3] !== undefined && locative.has(m[3]))) return true;
  }
  return false;
}
const BY_GAPS = [/(\p{L}+)\s+(\p{Ll}[\p{L}-]*)\s+$/u, /(\p{L}+)\s+(\p{Ll}[\p{L}-]*)\s+(\p{Ll}[\p{L}-]*)\s+$/u];

/** Whether a side's name is glued to a word of affiliation ("al-Qaida-linked", "Rwanda-backed"): it describes another side. */
const affixRes = new WeakMap<EventPack, RegExp | null>();
function describesOther(ep: EventPack, text: string, a: ActorMention): boolean {
  let re = affixRes.get(ep);
  if (re === undefined) {
    const w = ep.lexicons['affiliationSuffix'] ?? [];
    affixRes.set(ep, (re = w.length ? new RegExp(`^[-\u2010\u2011]\\s*(?:${alternation(w)})${WB_END}`, 'iu') : null));
  }
  const c = text.charCodeAt(a.end);
  return re !== null && (c === 45 || c === 0x2010 || c === 0x2011) && re.test(text.slice(a.end, a.end + 16));
}

/** The words that give an unnamed side its name ("called", "known as"), between the two: built once per pack. */
const namedAsRes = new WeakMap<EventPack, RegExp | null>();
function namedAsRe(ep: EventPack): RegExp | null {
  let re = namedAsRes.get(ep);
  if (re === undefined) {
    const w = ep.lexicons['namedAs'] ?? [];
    namedAsRes.set(ep, (re = w.length ? new RegExp(`^[\\s,]+(?:${alternation(w)})\\s+$`, 'iu') : null));
  }
  return re;
}

/** The actors a cue before them does not set aside (the same array when it sets none aside). */
function withoutCued(actors: ActorMention[], cued: (a: ActorMention) => boolean): ActorMention[] {
  let out: ActorMention[] | null = null;
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k]!;
    if (cued(a)) out ??= actors.slice(0, k);
    else if (out !== null) out.push(a);
  }
  return out ?? actors;
}

function assignActors(hit: SentenceHit, actors: ActorMention[], text: string, ep: EventPack): [ActorMention | null, ActorMention | null] {
  if (actors.length === 0) return [null, null];
  // "BIFF, a group that has pledged allegiance to the Islamic State": a group named to describe another is no side.
  const affil = lexiconRe(ep, 'affiliation', '[^\\p{L}\\p{N}]+(?:the\\s+)?$');
  if (affil) {
    const last = lexiconLastWords(ep, 'affiliation');
    actors = withoutCued(actors, (a) => endsWithEntry(affil, last, text, Math.max(0, a.start - 40), a.start));
    if (actors.length === 0) return [null, null];
  }
  // ("the al-Qaida-linked group JNIM", "Rwanda-backed M23 rebels": the name before the hyphen describes the side)
  actors = withoutCued(actors, (a) => describesOther(ep, text, a));
  if (actors.length === 0) return [null, null];
  // "a notorious militia called the Allied Democratic Forces": the unnamed side is the one named right after it.
  if (actors.length > 1) {
    const namedRe = namedAsRe(ep);
    if (namedRe) actors = actors.filter((a, k) => {
      const next = actors[k + 1];
      return !(next && a.name.startsWith('Unidentified') && !next.name.startsWith('Unidentified') && isArmedGroup(next.type) && next.start > a.end && next.start - a.end <= 24 && namedRe.test(text.slice(a.end, next.start)));
    });
  }
  // "New People's Army (NPA) rebels": a common noun right after a group's name is that group.
  // (the same array when none goes: most sentences)
  if (actors.length > 1) {
    let kept: ActorMention[] | null = null;
    for (let k = 1; k < actors.length; k++) {
      const a = actors[k]!;
      const prev = actors[k - 1]!;
      const drop = a.name.startsWith('Unidentified') && prev.end <= a.start && a.start - prev.end <= 3 && !prev.name.startsWith('Unidentified') && prev.type !== 'state' && !NAMED_SIDE_NOT.has(prev.type) && /^[\s)\]’']*$/.test(text.slice(prev.end, a.start));
      if (drop) kept ??= actors.slice(0, k);
      else if (kept !== null) kept.push(a);
    }
    if (kept !== null) actors = kept;
  }
  // "killing 12 people, including two police officers": who is among the toll is no side.
  const part = lexiconRe(ep, 'partOf', '[^\\p{L}\\p{N}]+(?:[\\p{L}\\p{N}-]+\\s+){0,2}$');
  if (part) {
    const last = lexiconLastWords(ep, 'partOf');
    actors = withoutCued(actors, (a) => holdsEntry(part, last, text, Math.max(0, a.start - 40), a.start));
    if (actors.length === 0) return [null, null];
  }
  const byWords = wordSet(ep, 'by');
  const locWords = wordSet(ep, 'locative');
  // Civilians are targets, never the perpetrators of violence (protesters lead their protests).
  // (nor an official, in violence: "Ketua Polis Wilayah 9, Leftenan Jeneral … berkata" speaks, his force acts)
  const violent = VIOLENT.has(EVENT_TYPE[hit.sub]);
  const perp = (a: ActorMention) => a.type !== 'civilians' && !(violent && a.kind === 'official');
  // A rule that starts with its subject ("@nonstate ~6 seized": "M23 rebels seized") holds it: still before.
  // (and one that starts inside the trigger and runs past it: "diserang sekumpulan [militan Abu Sayyaf]")
  const beforeT: ActorMention[] = [];
  const afterT: ActorMention[] = [];
  let by: ActorMention | null = null;
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k]!;
    if (a.end <= hit.start || (a.start <= hit.start && a.end < hit.end)) beforeT.push(a);
    if (a.start >= hit.end || (a.start > hit.start && a.end > hit.end)) afterT.push(a);
    if (by === null && isBy(a, text, byWords, locWords)) by = a;
  }
  // "Pakistani forces shelled the posts after an attack by fighters …": an agent past a clause
  // break after an active trigger is that other clause's; the subject just before the trigger did it.
  if (by && !hit.rule.passive && by.start >= hit.end && beforeT.some(perp) && clauseBreakBetween(ep, text, hit.end, by.start)) by = null;
  // A passive rule's active verb form ("menembakkan roket", "menahan"): the subject did it.
  let passive = !!hit.rule.passive;
  if (passive) {
    const word = text.slice(hit.start, hit.end).toLowerCase();
    passive = !(ep.lexicons['activePrefix'] ?? []).some((p) => word.startsWith(p) && /^\p{L}{4,}/u.test(word.slice(p.length)));
    // "para KKB melakukan penembakan": a deed's noun after a verb of doing is the subject's deed.
    const doRe = passive ? lexiconRe(ep, 'doVerb', '\\s+$') : null;
    if (doRe && doRe.test(text.slice(Math.max(0, hit.start - 20), hit.start))) passive = false;
  } else {
    // A rule of both voices ("menyerang ~ @military", "diserang ~ @military") told in the passive one.
    const prefixes = ep.lexicons['passivePrefix'];
    if (prefixes !== undefined && prefixes.length !== 0) {
      const word = firstWordLower(text, hit.start, hit.end);
      passive = prefixes.some((p) => word.startsWith(p) && /^\p{L}{4,}$/u.test(word.slice(p.length))) && !wordSet(ep, 'passiveNot').has(word);
    }
  }
  let a1: ActorMention | null;
  let a2: ActorMention | null;
  // "sebuah dron milik PDF menggugurkan bom", "a drone belonging to the militia": the weapon's owner
  // did it (a word between: "milik kumpulan pemberontak", "belonging to the Wagner Group").
  const ownerRe = by ? null : lexiconRe(ep, 'owner', '[^\\p{L}\\p{N}]+(?:\\p{L}+\\s+)?$');
  const ownerLast = ownerRe ? lexiconLastWords(ep, 'owner') : null;
  let owner = ownerRe ? actors.find((a) => perp(a) && holdsEntry(ownerRe, ownerLast, text, Math.max(0, a.start - 30), a.start)) : undefined;
  // "serangan udara rejim Zionis", "penembakan KKB": a side named right after an attack noun near
  // the trigger did it (not after a cue of an earlier attack: "membalas serangan KKB").
  if (!owner && !by) {
    const attackRe = lexiconRe(ep, 'attackOf', '[^\\p{L}\\p{N}]+$');
    if (attackRe) {
      const last = lexiconLastWords(ep, 'attackOf');
      const priorRe = lexiconRe(ep, 'priorEvent', '(?:\\s+\\p{L}+){0,2}[^\\p{L}\\p{N}]+$');
      const priorLast = priorRe ? lexiconLastWords(ep, 'priorEvent') : null;
      owner = actors.find((a) => perp(a) && a.start >= hit.start - 60 && a.start <= hit.end + 60 &&
        endsWithEntry(attackRe, last, text, Math.max(0, a.start - 40), a.start) && !(priorRe && holdsEntry(priorRe, priorLast, text, Math.max(0, a.start - 60), a.start)));
    }
  }
  if (owner) {
    a1 = owner;
    a2 = beforeT.filter((a) => !sameSide(a, owner)).pop() ?? afterT.find((a) => !sameSide(a, owner)) ?? null;
  } else if (by) {
    a1 = by;
    // (not the rest of its own name: "an attack by terrorist armed groups" is one side)
    a2 = (passive ? beforeT[beforeT.length - 1] : afterT.find((a) => a !== by && !sameSide(a, by))) ?? actors.find((a) => a !== by && !sameSide(a, by)) ?? null;
  } else if (passive) {
    a2 = beforeT[beforeT.length - 1] ?? null;
    // (the agent of a passive: not civilians named later in the clause — "ditembak saat mengantar
    // penumpang" — except a crowd's violence, "dianiaya warga")
    a1 = afterT[0] && (perp(afterT[0]) || hit.sub === 'Mob violence') ? afterT[0] : null;
  } else {
    a1 = null;
    // (not the side whose dead the trigger names: "attacked a police post, killing three policemen")
    let victims: ActorMention[] | null = null;
    for (const a of actors) if (a.start >= hit.start && a.end <= hit.end && a.start > hit.start) (victims ??= []).push(a);
    // (nor the subject of what it suffered: "Dua anggota renjer tentera Thailand terbunuh … apabila bom … meletup")
    // (in a battle both sides fight, whoever lost men)
    const suffered = EVENT_TYPE[hit.sub] === 'Battles' ? NO_WORDS : wordSet(ep, 'suffered');
    let sufferer: ActorMention | null = null;
    for (let k = beforeT.length - 1; k >= 0; k--) {
      const b = beforeT[k]!;
      if (suffered.size !== 0 && suffersNext(text, b.end, hit.start, suffered)) { sufferer ??= b; continue; }
      if (perp(b) && (victims === null || !victims.some((v) => sameSide(v, b)))) { a1 = b; break; }
    }
    // "pelaku bom bunuh diri mendatangi Mapolsek, sebelum … ledakan": the subject named as the
    // perpetrator did it, not the object nearer the trigger.
    const named = beforeT.find((a) => a !== a1 && perp(a) && isPerpetratorNoun(ep, a.text));
    if (named) a1 = named;
    // "Troops … encountered [about 15 armed men], and they clashed with the group": in a battle the
    // side met is the object of the meeting; its subject, told before, is actor1.
    let met: ActorMention | null = null;
    if (a1 && EVENT_TYPE[hit.sub] === 'Battles') {
      const encRe = lexiconRe(ep, 'encounter', '[^\\p{L}\\p{N}]+(?:[\\p{L}\\p{N}\'’-]+\\s+){0,5}$');
      const m1 = a1;
      if (encRe && holdsEntry(encRe, lexiconLastWords(ep, 'encounter'), text, Math.max(0, m1.start - 60), m1.start)) {
        for (let k = beforeT.length - 1; k >= 0; k--) {
          const b = beforeT[k]!;
          if (b.end <= m1.start && perp(b) && !sameSide(b, m1)) { met = m1; a1 = b; break; }
        }
      }
    }
    // A trigger inside a side's name ("pelaku bom bunuh diri", "the suicide bomber"): that side did
    // it (one-sided violence; in a battle such a name is just one of the sides).
    if (!a1 && EVENT_TYPE[hit.sub] !== 'Battles') a1 = actors.find((a) => a.start <= hit.start && a.end >= hit.end && perp(a)) ?? null;
    // (or the target inside the trigger's words: "terrorists [attacked a police check post]")
    // (not another mention of actor1's side: "soldiers were wounded in a clash between the troops and NPA rebels")
    a2 = afterT.find((a) => a !== a1 && a.name !== a1?.name) ?? beforeT.find((a) => a !== a1 && !perp(a)) ?? actors.find((a) => a !== a1 && a.start > hit.start && a.end <= hit.end && (!a1 || !sameSide(a, a1)))
      // (a state's force told earlier in the sentence, when an armed group does it: "Saat anggota Polres tiba …, para KKB melakukan penembakan")
      ?? (a1 && isArmedGroup(a1.type) ? beforeT.find((a) => a !== a1 && a.type === 'state' && a.kind === 'force') : undefined) ?? null;
    if (met && (!a2 || sameSide(a2, a1!))) a2 = met;
    // "Two members of the NPA were killed in an encounter with soldiers": in a battle the side whose
    // dead the trigger names is still a side — the other one, told after, is actor1.
    if (!a1 && victims && a2 && EVENT_TYPE[hit.sub] === 'Battles' && perp(a2)) {
      const lost = victims.find((v) => perp(v) && !sameSide(v, a2!));
      if (lost) { a1 = a2; a2 = lost; }
    }
    if (!a1 && afterT.length > 1 && perp(afterT[0]!)) { a1 = afterT[0]!; a2 = afterT[1]!; }
    if (sufferer && !a2 && sufferer !== a1) a2 = sufferer;
  }
  if (a1 && !perp(a1) && a2 && perp(a2)) [a1, a2] = [a2, a1];
  // An attack phrase names its agent ("serangan udara Israel", "Israeli strikes"): actor1.
  const agent = actors.find((a) => a.agentOf && a.agentOf.start <= hit.end + 40 && a.agentOf.end >= hit.start - 40);
  if (agent && !PROTEST_FAMILY.has(hit.sub) && a1 !== agent) { if (a2 === agent || !a2) a2 = a1; a1 = agent; }
  if (PROTEST_FAMILY.has(hit.sub) || hit.sub === 'Mob violence') {
    // "Unjuk rasa ribuan warga … berakhir ricuh": residents told before a protest's word are its crowd, not its target.
    if (a2 && a2.type === 'civilians' && a2.end <= hit.start && hit.sub !== 'Mob violence') a2 = null;
    const p = actors.find((a) => a.type === 'protesters' || a.type === 'rioters');
    if (p) { a2 = a1 !== p ? a1 : a2; a1 = p; }
    else if (a1 && a1.type === 'state' && hit.sub !== 'Mob violence') {
      // "Polis menyuraikan himpunan": the crowd is actor1 even when unnamed; the police intervene.
      const rioters = hit.sub === 'Violent demonstration';
      a2 = a1;
      a1 = {
        start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), name: rioters ? 'Rioters ({country})' : 'Protesters ({country})',
        type: rioters ? 'rioters' : 'protesters', country: null, kind: rioters ? 'rioters' : 'protesters', rule: `${ep.code}/event/implied-crowd`,
        label: rioters ? 'rioters' : 'protesters', template: rioters ? 'Rioters ({country})' : 'Protesters ({country})',
      };
    }
  }
  // A peaceful protest has no other side: whom it names ("demanding the arrest of the attackers",
  // "against the junta") is what it is about.
  if (hit.sub === 'Peaceful protest' && a2 && a2.type !== 'protesters') a2 = null;
  if (a1 && a2 && a1.name === a2.name) a2 = null;
  return [a1, a2];
}
