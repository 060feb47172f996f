import { factsOf, fold, hasSig, smallSigSet, tokenize, tokensOf, TF_HYPHEN, TF_NONASCII, TF_SIG_SHIFT, TF_UPPER, wordSig, type Sentence, type Token } from '../engine/text.js';
import type { LanguagePack } from '../pack.js';
import type { PlaceKind } from '../types.js';
import type { PlaceMention, PlacePack, PlaceCue } from './types.js';
import type { Candidate, Gazetteer, PlaceRecord } from './gazetteer.js';
import { doubled } from '../engine/arrays.js';
export type { PlaceMention, PlacePack, PlaceCue } from './types.js';
export type { Gazetteer, PlaceRecord, Candidate } from './gazetteer.js';

/** Longest name looked up, in words ("Bosnia and Herzegovina", "Saint Vincent and the Grenadines"). */
const MAX_WORDS = 6;

interface Tables {
  before: Map<string, PlaceCue>;
  after: Map<string, PlaceCue>;
  near: Set<string>;
  connectors: Set<string>;
  stop: Set<string>;
  titles: Set<string>;
  orgWords: Set<string>;
  institutions: Set<string>;
  speech: Set<string>;
  forces: Set<string>;
  forcesBefore: boolean;
  headFirst: boolean;
  demonyms: Map<string, string>;
  abbreviations: Map<string, string>;
  /** Signatures of the abbreviations' lower case, with and without a final dot: a word whose lower case is absent is none. */
  abbrSig: Uint32Array;
  freeAbbreviations: Set<string>;
  firstNames: Set<string>;
  privateBodies: Set<string>;
  localBefore: Map<string, PlaceKind>;
  localAfter: Map<string, PlaceKind>;
  localLen: number;
  dotted: Map<string, string>;
  districtPrefixes: Set<string>;
  /** Every single word of the tables above → the W_* bits of the tables it is in (one look-up per word). */
  flags: Map<string, number>;
  /** flags as an open-addressing table on the words' signatures (engine/text wordSig): signature (-1: empty), word, bits. */
  flagSigs: Int32Array;
  flagKeys: string[];
  flagVals: Int32Array;
  /** Word signatures of the first words of the local cues, in a smallSigSet (few words, a table that stays in the first-level cache). */
  localSig: Uint32Array;
  /** The cues of `before` of two words, by their last word and then their first ("town of" → of → town): asked without making the phrase. */
  before2: Map<string, Map<string, PlaceCue>>;
  /** The phrases of `near` of two words by last and first word, and of three words by last, middle and first word. */
  near2: Map<string, Set<string>>;
  near3: Map<string, Map<string, Set<string>>>;
}

// bits of Tables.flags
const W_STOP = 1, W_TITLE = 2, W_ORG = 4, W_INST = 8, W_DEMONYM = 16, W_FIRSTNAME = 32, W_LOCAL_BEFORE = 64, W_LOCAL_AFTER = 128,
  W_BEFORE = 256, W_AFTER = 512, W_SPEECH = 1024, W_FORCES = 2048, W_CONNECTOR = 4096, W_LOCAL_BEFORE_FIRST = 8192,
  W_LOCAL_AFTER_FIRST = 16384, W_DEMONYM_FIRST = 32768, W_NEAR = 1 << 16, W_NEAR_LAST = 1 << 17, W_BEFORE_LAST = 1 << 18;
/** Words that never belong to a local name (nameWord). */
const W_NOT_NAME = W_STOP | W_TITLE | W_ORG | W_INST | W_DEMONYM | W_FIRSTNAME | W_LOCAL_BEFORE | W_LOCAL_AFTER | W_BEFORE | W_AFTER | W_SPEECH | W_FORCES;

function flagsOf(t: Omit<Tables, 'flags'>): Map<string, number> {
  const f = new Map<string, number>();
  const add = (keys: Iterable<string>, bit: number): void => {
    for (const k of keys) if (!k.includes(' ')) f.set(k, (f.get(k) ?? 0) | bit);
  };
  add(t.stop, W_STOP);
  add(t.titles, W_TITLE);
  add(t.orgWords, W_ORG);
  add(t.institutions, W_INST);
  add(t.demonyms.keys(), W_DEMONYM);
  add(t.firstNames, W_FIRSTNAME);
  add(t.localBefore.keys(), W_LOCAL_BEFORE);
  add(t.localAfter.keys(), W_LOCAL_AFTER);
  add(t.before.keys(), W_BEFORE);
  add(t.after.keys(), W_AFTER);
  add(t.speech, W_SPEECH);
  add(t.forces, W_FORCES);
  add(t.connectors, W_CONNECTOR);
  const firsts = (keys: Iterable<string>, bit: number): void => {
    for (const k of keys) { const sp = k.indexOf(' '); const w = sp < 0 ? k : k.slice(0, sp); f.set(w, (f.get(w) ?? 0) | bit); }
  };
  firsts(t.localBefore.keys(), W_LOCAL_BEFORE_FIRST);
  firsts(t.localAfter.keys(), W_LOCAL_AFTER_FIRST);
  for (const k of t.demonyms.keys()) { const sp = k.indexOf(' '); if (sp > 0) firsts([k], W_DEMONYM_FIRST); }
  add(t.near, W_NEAR);
  const lasts = (keys: Iterable<string>, bit: number): void => {
    for (const k of keys) { const sp = k.lastIndexOf(' '); if (sp >= 0) { const w = k.slice(sp + 1); f.set(w, (f.get(w) ?? 0) | bit); } }
  };
  lasts(t.near, W_NEAR_LAST);
  lasts(t.before.keys(), W_BEFORE_LAST);
  return f;
}

const compiled = new WeakMap<object, Tables>();
/** The tables asked for last and their pack's places section (a document's pack is mostly the last one's). */
let lastPlaces: object | null = null;
let lastTables: Tables | null = null;
function tablesOf(pack: LanguagePack): Tables | null {
  const p = pack.places as Partial<PlacePack>;
  if (p === lastPlaces) return lastTables;
  if (!p || !p.before) return null;
  let t = compiled.get(p);
  if (!t) {
    t = {
      before: new Map(Object.entries(p.before)),
      after: new Map(Object.entries(p.after ?? {})),
      near: new Set(p.near ?? []),
      connectors: new Set(p.connectors ?? []),
      stop: new Set(p.stop ?? []),
      titles: new Set(p.titles ?? []),
      orgWords: new Set(p.orgWords ?? []),
      institutions: new Set(p.institutions ?? []),
      speech: new Set(p.speech ?? []),
      forces: new Set(p.forces ?? []),
      forcesBefore: p.forcesBefore ?? false,
      headFirst: p.headFirst ?? false,
      demonyms: new Map(Object.entries(p.demonyms ?? {})),
      abbreviations: new Map(Object.entries(p.abbreviations ?? {})),
      abbrSig: smallSigSet(Object.keys(p.abbreviations ?? {}).flatMap((k) => { const l = k.toLowerCase(); return l.endsWith('.') ? [l, l.slice(0, -1)] : [l]; })),
      freeAbbreviations: new Set(p.freeAbbreviations ?? []),
      firstNames: new Set(p.firstNames ?? []),
      privateBodies: new Set(p.privateBodies ?? []),
      localBefore: new Map(Object.entries(p.local?.before ?? {})),
      localAfter: new Map(Object.entries(p.local?.after ?? {})),
      dotted: new Map(Object.entries(p.dotted ?? {})),
      districtPrefixes: new Set(p.districtPrefixes ?? []),
      localLen: Math.max(1, ...Object.keys(p.local?.before ?? {}).concat(Object.keys(p.local?.after ?? {})).map((k) => k.split(' ').length)),
      flags: new Map(),
      flagSigs: new Int32Array(1).fill(-1),
      flagKeys: [],
      flagVals: new Int32Array(1),
      localSig: smallSigSet([]),
      before2: new Map(),
      near2: new Map(),
      near3: new Map(),
    };
    for (const [k, cue] of t.before) {
      const w = k.split(' ');
      if (w.length !== 2) continue;
      let m = t.before2.get(w[1]!);
      if (!m) t.before2.set(w[1]!, (m = new Map()));
      m.set(w[0]!, cue);
    }
    for (const k of t.near) {
      const w = k.split(' ');
      if (w.length === 2) {
        let m = t.near2.get(w[1]!);
        if (!m) t.near2.set(w[1]!, (m = new Set()));
        m.add(w[0]!);
      } else if (w.length === 3) {
        let m = t.near3.get(w[2]!);
        if (!m) t.near3.set(w[2]!, (m = new Map()));
        let m2 = m.get(w[1]!);
        if (!m2) m.set(w[1]!, (m2 = new Set()));
        m2.add(w[0]!);
      }
    }
    t.flags = flagsOf(t);
    let size = 1;
    while (size < 2 * t.flags.size) size <<= 1;
    t.flagSigs = new Int32Array(size).fill(-1);
    t.flagKeys = new Array<string>(size).fill('');
    t.flagVals = new Int32Array(size);
    for (const [k, v] of t.flags) {
      const h = wordSig(k);
      let x = h & (size - 1);
      while (t.flagSigs[x] !== -1) x = (x + 1) & (size - 1);
      t.flagSigs[x] = h;
      t.flagKeys[x] = k;
      t.flagVals[x] = v;
    }
    t.localSig = smallSigSet([...t.flags].filter(([, f]) => f & (W_LOCAL_AFTER_FIRST | W_LOCAL_BEFORE_FIRST)).map(([k]) => k));
    compiled.set(p, t);
  }
  lastPlaces = p;
  lastTables = t;
  return t;
}

const UPPER = /^\p{Lu}/u;
const WORD = /^[\p{L}\p{N}]/u;
const ALLCAPS = /^[\p{Lu}.]+$/u;
const ASCII = /^[\x21-\x7e]*$/;
/** fold() for one word, without Unicode normalisation when the word is plain ASCII. */
const quickFold = (w: string): string => (ASCII.test(w) ? w.toLowerCase() : fold(w));
/** Plain ASCII words (no backquote) joined by single spaces: fold() is toLowerCase() for them. */
const ASCII_WORDS = /^[\x21-\x5f\x61-\x7e]+(?: [\x21-\x5f\x61-\x7e]+)*$/;
/** fold() for a name of words, without Unicode normalisation when it is plain ASCII. */
const foldName = (s: string): string => (ASCII_WORDS.test(s) ? s.toLowerCase() : fold(s));
// (U+2000–U+206F, general punctuation — dashes, quotes —, holds no letter or digit: no regex for them)
const isWord = (t: Token | undefined): t is Token => {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0x2000 && c <= 0x206f) return false;
  return WORD.test(t.text);
};
// (nor does any unit below U+00C0 past ASCII start an upper-case letter)
const isCap = (t: Token | undefined): boolean => {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  if (c < 0xc0 || (c >= 0x2000 && c <= 0x206f)) return false;
  return UPPER.test(t.text);
};

type How = 'name' | 'cue' | 'abbreviation' | 'demonym' | 'town-region';

/** A name found in the text, before resolution. */
interface Mention {
  start: number;
  end: number;
  text: string;
  cands: readonly Candidate[];
  /**
   * While resolving: where its candidates' scores of the last scoring (not the anchors' pass), their scores before
   * coherence start in SCORES and BASES (-1: not scored yet). Mentions
   * that score exactly alike (`same`) share them.
   */
  sAt: number;
  /** While resolving: whether BASES holds its candidates' values for the story's country as it now is. */
  baseOk: boolean;
  /** Token span [i, j] in the sentence's tokens. */
  i: number;
  j: number;
  words: number;
  how: How;
  cue?: PlaceKind | 'admin2';
  near: boolean;
  /** A locative word stands before it ("in", "di"). */
  locative: boolean;
  sentenceInitial: boolean;
  /** "Town, Region": the region's candidates constrain the town. */
  region?: Mention;
  /** The town this mention is the region of. */
  regionOf?: Mention;
  dropped?: boolean;
  pick?: Candidate;
  score?: number;
  /** text.toLowerCase(), set when resolving starts (the name's key); or earlier, '' when not known. */
  key: string;
  /** While resolving: the number of the name (mentions of one key share it, numbered in the order first seen). */
  kid: number;
  /** While resolving: an earlier mention that scores exactly alike (same name, cue, region and candidates), or null. */
  same: Mention | null;
  /** While resolving: where the indices of its candidates' readings in its name's readings start in IX (see groupsOf). */
  ixAt: number;
  /** While resolving: what is known of its candidate list (infoOf). */
  info: ListInfo | null;
}

/** A place the first pass resolved with confidence, and the name it was read from. */
interface Anchor {
  place: PlaceRecord;
  text: string;
}

/** Great-circle distance in km. */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function computeStaticScore(c: Candidate): number {
  const p = c.place;
  let s: number;
  switch (p.fcode) {
    case 'PCLI': s = 60; break;
    case 'RGN': s = 44; break;
    case 'ADM1': s = 20 - Math.log10(p.population + 1); break;
    case 'PPLC': s = 24; break;
    case 'PPLA': s = 16; break;
    case 'PPLA2': s = 10; break;
    case 'ADM2': s = 3; break;
    case 'PPLA3': s = 7; break;
    default: s = 5;
  }
  s += 2 * Math.log10(p.population + 1);
  if (c.match === 'a') s -= 14;
  else if (c.match === 'b') s -= 12;
  return s;
}

/**
 * What resolving needs to know of a candidate list that no document changes, found once per list
 * (the gazetteer returns the same list for a name; lists and places are never changed), so that a
 * mention's scoring does not pass over all its candidates again for each of them.
 */
interface ListInfo {
  /** staticScore() of each candidate. */
  st: number[];
  /**
   * The statically best candidate (the first of the highest staticScore), and whether the name is
   * shared by places of several countries ("Georgia"), so that it says nothing about the document
   * (a region or country outranks villages abroad that share its name: "Virginia").
   */
  best: Candidate;
  shared: boolean;
  /** "country|name" of each admin-1 region the list names by its own name. */
  regionKeys: string[];
  /** The indices of its ADM2 candidates. */
  adm2: number[];
  /** Each candidate is another town's alternate name where a town of that very name lies in the same country (1) or not (0). */
  weak: Uint8Array;
  /** The countries of its candidates that are countries (as many as there are such candidates). */
  countries: string[];
  /** Some candidate is a town of a million people or a capital. */
  hugeTown: boolean;
  /** The countries of its towns of 100,000 people or more. */
  bigTownCountries: string[];
}

const infos = new WeakMap<readonly Candidate[], ListInfo>();
function infoOf(cands: readonly Candidate[]): ListInfo {
  let r = infos.get(cands);
  if (!r) {
    const st: number[] = [];
    for (let q = 0; q < cands.length; q++) st.push(computeStaticScore(cands[q]!));
    let b = 0;
    for (let q = 0; q < cands.length; q++) if (st[q]! > st[b]!) b = q;
    const best = cands[b]!, top = st[b]!;
    const p = best.place;
    const margin = p.kind === 'admin1' || p.kind === 'country' ? 10 : 25;
    const shared = cands.some((c, q) => c.place.country !== p.country && c.match === 'p' &&
      (st[q]! > top - margin || c.place.kind === 'country' || c.place.kind === 'admin1'));
    const regionKeys: string[] = [], adm2: number[] = [], countries: string[] = [], bigTownCountries: string[] = [];
    const weak = new Uint8Array(cands.length);
    let hugeTown = false;
    for (let q = 0; q < cands.length; q++) {
      const c = cands[q]!, o = c.place;
      if (o.kind === 'admin1' && c.match === 'p') regionKeys.push(nameKey(o));
      if (o.fcode === 'ADM2') adm2.push(q);
      if (o.kind === 'country') countries.push(o.country);
      if (o.kind === 'city') {
        if (o.population >= 1000000 || o.fcode === 'PPLC') hugeTown = true;
        if (o.population >= 100000) bigTownCountries.push(o.country);
      }
      weak[q] = c.match === 'a' && o.kind === 'city' && o.fcode !== 'PPLC' &&
        cands.some((x) => x.match === 'p' && x.place.kind === 'city' && x.place.country === o.country) ? 1 : 0;
    }
    r = { st, best, shared, regionKeys, adm2, weak, countries, hugeTown, bigTownCountries };
    infos.set(cands, r);
  }
  return r;
}

/** "country|admin1" of a place (the key of its region), kept on the record. */
function admin1Key(p: PlaceRecord): string {
  const k = p.keyAdmin1;
  return k ? k : (p.keyAdmin1 = `${p.country}|${p.admin1}`);
}
/** "country|name" of a place (a region's key), kept on the record. */
function nameKey(p: PlaceRecord): string {
  const k = p.keyName;
  return k ? k : (p.keyName = `${p.country}|${p.name}`);
}

const cueKindOf = (p: PlaceRecord): PlaceKind | 'admin2' => (p.fcode === 'ADM2' ? 'admin2' : p.kind);
/** Whether a place is of the kind a cue word names ("city of", "Kabupaten", "state"). */
const cueKindFits = (cue: PlaceKind | 'admin2', p: PlaceRecord): boolean => {
  const k = cueKindOf(p);
  // (a "province" that is a second-level unit: the Philippines', Italy's, Spain's)
  return k === cue || (cue === 'city' && k === 'admin2') || (cue === 'admin2' && p.kind === 'city') || (cue === 'admin1' && k === 'admin2');
};

/** Rule ids by pack and kind ("en/place/name"), made once (a template string per place allocated). */
const RULE_IDS = new WeakMap<LanguagePack, Map<string, string>>();
function ruleOf(pack: LanguagePack, how: string): string {
  let m = RULE_IDS.get(pack);
  if (!m) RULE_IDS.set(pack, (m = new Map()));
  let r = m.get(how);
  if (r === undefined) m.set(how, (r = `${pack.code}/place/${how}`));
  return r;
}

/**
 * Finds and resolves every place mention of the document: capitalised names looked up in the
 * gazetteer (hash look-ups only), filtered against person and organisation names, then
 * resolved with the document's own context (countries and regions it names, "Town, Region"
 * pairs, cue words such as "Kabupaten" or "town of"). Pure.
 */
export function findPlaces(text: string, sentences: Sentence[], pack: LanguagePack, gazetteer: Gazetteer | null): PlaceMention[] {
  if (!gazetteer) return [];
  const T = tablesOf(pack);
  if (!T) return [];
  // the sentence's shared tokens (the same tokenize(s.text, s.start), computed once for every stage)
  const perSentence = sentences.map((s) => tokensOf(s));
  // (each token's facts: its capital flag and the signature of its lower case, shared with the other stages)
  const perFacts = sentences.map((s) => factsOf(s));
  const lowerWords = new LowerWords(perSentence, perFacts);
  const mentions: Mention[] = [];
  // words of person and organisation names ("Tom Jones", "Georgia Tech"): alone later, still not places
  const personWords = new Set<string>();
  NHITS = 0;
  for (let s = 0; s < perSentence.length; s++) scanSentence(s, perSentence[s]!, perFacts[s]!, T, gazetteer, lowerWords, personWords, mentions);
  for (const m of mentions) {
    if (m.dropped || m.words !== 1 || m.how !== 'name' || personWords.size === 0 || !personWords.has(m.text)) continue;
    // (a person's surname that is also a small region's name, "Nelson", goes too; "in Nelson" stays)
    if (!m.cands.some((c) => c.place.kind === 'country' || c.place.kind === 'region' || (c.place.kind === 'city' && c.place.population >= 100000) ||
      (c.place.kind === 'admin1' && c.place.population >= 1000000)) && !m.cue && !m.locative) m.dropped = true;
  }
  // "W.Va. 61", "N.Y. 17": a state's road number (the sentence splitter may cut after the dot)
  for (const m of mentions) {
    if (m.how === 'abbreviation' && !m.cands.some((c) => c.place.kind === 'country') && /^ ?\d/.test(text.slice(m.end, m.end + 3))) m.dropped = true;
  }
  const named = new Set<string>();
  const docCountry = resolve(mentions, lowerWords, named);
  const out: PlaceMention[] = [];
  for (const m of mentions) {
    if (m.dropped || !m.pick) continue;
    const p = m.pick.place;
    const o: PlaceMention = {
      start: m.start, end: m.end, text: m.text, name: p.name, kind: p.kind,
      country: p.country || null, admin1: p.kind === 'country' || !p.admin1 ? null : p.admin1,
      lat: Number.isFinite(p.lat) ? p.lat : null, lon: Number.isFinite(p.lon) ? p.lon : null,
      geonames_id: p.geonames_id, rule: ruleOf(pack, m.how),
    };
    if (m.near) o.near = true;
    out.push(o);
  }
  if (pack.places?.landmarks) landmarkPlaces(perSentence, perFacts, pack, gazetteer, out);
  if (T.localBefore.size || T.localAfter.size) {
    const local = localPlaces(perSentence, perFacts, T, gazetteer, out, docCountry, named, lowerWords, personWords, ruleOf(pack, 'local-unresolved'));
    if (local) return local;
  }
  return out;
}

/** A pack's landmarks by first word: the words of each and the town it resolves to (null: not in the gazetteer), built once per gazetteer. */
interface Landmarks { gaz: Gazetteer; byFirst: Map<string, { words: string[]; place: PlaceRecord }[]>; sig: Uint32Array }
const LANDMARKS = new WeakMap<LanguagePack, Landmarks>();
function landmarksOf(pack: LanguagePack, gaz: Gazetteer): Landmarks {
  const got = LANDMARKS.get(pack);
  if (got && got.gaz === gaz) return got;
  const byFirst = new Map<string, { words: string[]; place: PlaceRecord }[]>();
  for (const [phrase, target] of Object.entries(pack.places?.landmarks ?? {})) {
    const [name, cc] = target.split('|');
    const place = gaz.lookup(fold(name!))?.find((c) => c.place.country === cc && c.place.kind === 'city')?.place;
    if (!place) continue;
    const words = phrase.split(' ');
    const l = byFirst.get(words[0]!);
    if (l) l.push({ words, place });
    else byFirst.set(words[0]!, [{ words, place }]);
  }
  for (const l of byFirst.values()) l.sort((a, b) => b.words.length - a.words.length);
  const made = { gaz, byFirst, sig: smallSigSet(byFirst.keys()) };
  LANDMARKS.set(pack, made);
  return made;
}

/** Landmarks that stand for their city ("di depan gedung DPR" → Jakarta), where no place was read at them; kept in text order. */
function landmarkPlaces(perSentence: Token[][], perFacts: (readonly number[])[], pack: LanguagePack, gaz: Gazetteer, out: PlaceMention[]): void {
  const { byFirst, sig } = landmarksOf(pack, gaz);
  if (byFirst.size === 0) return;
  let added = false;
  for (let s = 0; s < perSentence.length; s++) {
    const toks = perSentence[s]!;
    const facts = perFacts[s]!;
    for (let i = 0; i < toks.length; i++) {
      // (only a word whose signature may start a landmark is looked up)
      if (!hasSig(sig, facts[i]! >>> TF_SIG_SHIFT)) continue;
      const l = byFirst.get(toks[i]!.lower);
      if (!l) continue;
      const m = l.find((x) => x.words.every((w, k) => toks[i + k]?.lower === w));
      if (!m) continue;
      const a = toks[i]!;
      const b = toks[i + m.words.length - 1]!;
      if (out.some((o) => o.start < b.end && a.start < o.end)) continue;
      const p = m.place;
      out.push({ start: a.start, end: b.end, text: toks.slice(i, i + m.words.length).map((t) => t.text).join(' '), name: p.name, kind: p.kind,
        country: p.country || null, admin1: p.admin1 || null, lat: Number.isFinite(p.lat) ? p.lat : null, lon: Number.isFinite(p.lon) ? p.lon : null,
        geonames_id: p.geonames_id, rule: ruleOf(pack, 'landmark') });
      added = true;
      i += m.words.length - 1;
    }
  }
  if (added) out.sort((x, y) => x.start - y.start);
}

/**
 * tokenize(w.replace(/-/g, ' '), start) for a word of ASCII letters and hyphens only (the parts
 * between its hyphens), without a copy of the word and the tokenizer; null for any other word.
 */
function hyphenParts(w: string, start: number): Token[] | null {
  const out: Token[] = [];
  let from = 0;
  for (let k = 0; k <= w.length; k++) {
    const c = k < w.length ? w.charCodeAt(k) : 45;
    if (c === 45) {
      if (k > from) {
        const p = w.slice(from, k);
        out.push({ start: start + from, end: start + k, text: p, lower: p.toLowerCase() });
      }
      from = k + 1;
    } else if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return null;
  }
  return out;
}

/** Hash of a word's length and first and last characters: a sieve before a table look-up. */
/** The word signature of a lower-case word (as factsOf keeps it for every token). */
const sigOf = wordSig;

/** The W_* bits of a token whose facts (engine/text factsOf) are fa and whose lower case is w. */
function flagAt(T: Tables, fa: number, w: string): number {
  return flagBySig(T, fa >>> TF_SIG_SHIFT, w);
}

/** The W_* bits of word w whose signature is h: T.flags by open addressing on the signature (a string comparison on a hit only). */
function flagBySig(T: Tables, h: number, w: string): number {
  const sigs = T.flagSigs, mask = sigs.length - 1;
  for (let x = h & mask; ; x = (x + 1) & mask) {
    const y = sigs[x]!;
    if (y === -1) return 0;
    if (y === h && T.flagKeys[x] === w) return T.flagVals[x]!;
  }
}

/** Whether a token may start with a capital: its first unit differs from its lower case, or its lower case is not ASCII (a superset of isCap). */
const mayBeCap = (fa: number): boolean => (fa & (TF_UPPER | TF_NONASCII)) !== 0;
const ARTICLE_CAP = /^(?:al|el|an|ar|as|ash|ad|at|az)-\p{Lu}/u;

/** The W_* bits of a (lower-case) word. */
function flagOf(T: Tables, w: string): number {
  return flagBySig(T, sigOf(w), w);
}

/**
 * The words the document writes in lower case somewhere (not as a sentence's first token): "Union"
 * when "union" occurs. Asked about a few words per document: each answer is found by a pass over
 * the tokens' signatures (engine/text factsOf) and kept.
 */
class LowerWords {
  private readonly known = new Map<string, boolean>();
  constructor(private readonly perSentence: Token[][], private readonly perFacts: (readonly number[])[]) {}
  has(w: string): boolean {
    let v = this.known.get(w);
    if (v === undefined) {
      v = this.find(w);
      this.known.set(w, v);
    }
    return v;
  }
  private find(w: string): boolean {
    // (a word token holds no space)
    if (w.includes(' ')) return false;
    const h = sigOf(w);
    for (let s = 0; s < this.perSentence.length; s++) {
      const toks = this.perSentence[s]!, facts = this.perFacts[s]!;
      for (let k = 1; k < toks.length; k++) {
        if (facts[k]! >>> TF_SIG_SHIFT !== h) continue;
        const t = toks[k]!;
        if (t.lower === w && isWord(t) && !isCap(t)) return true;
      }
    }
    return false;
  }
}

/** A name run of up to four capitalised words, each not a common word of the document. */
const NO_WORDS: ReadonlySet<string> = new Set<string>();
function nameWord(t: Token | undefined, T: Tables, lowerWords: LowerWords, personWords: ReadonlySet<string>): boolean {
  if (!t || !isWord(t) || !isCap(t) || ALLCAPS.test(t.text) && t.text.length <= 4) return false;
  const lw = t.lower;
  if ((flagOf(T, lw) & W_NOT_NAME) !== 0) return false;
  if (lowerWords.has(lw) || personWords.has(t.text)) return false;
  return true;
}

const cueFirstWords = new WeakMap<Map<string, PlaceKind>, Map<string, number>>();
/**
 * The first words of a cue table's keys (tokens hold no spaces: a key's match starts with its first
 * word), each with the lengths in words of the keys it starts (bit `len` set for a key of len words).
 */
function firstWordsOf(table: Map<string, PlaceKind>): Map<string, number> {
  let s = cueFirstWords.get(table);
  if (!s) {
    s = new Map<string, number>();
    for (const key of table.keys()) {
      const sp = key.indexOf(' ');
      const w = sp < 0 ? key : key.slice(0, sp);
      const len = key.split(' ').length;
      s.set(w, (s.get(w) ?? 0) | (len < 31 ? 1 << len : 0));
    }
    cueFirstWords.set(table, s);
  }
  return s;
}

/**
 * The cue of up to `n` words of the table at tokens [k, …) (lower-cased), and its length (only the
 * lengths of the keys that start with the word at k are tried).
 */
function cueAt(toks: Token[], k: number, table: Map<string, PlaceKind>, n: number): { kind: PlaceKind; len: number } | null {
  if (k >= toks.length) return null;
  const lens = firstWordsOf(table).get(toks[k]!.lower);
  if (lens === undefined) return null;
  for (let len = n; len >= 1; len--) {
    if (len < 31 && (lens & (1 << len)) === 0) continue;
    const a = k;
    const b = k + len - 1;
    if (b >= toks.length) continue;
    let key = '';
    let ok = true;
    for (let q = a; q <= b; q++) {
      if (!isWord(toks[q]) || (q > a && toks[q]!.start !== toks[q - 1]!.end + 1)) { ok = false; break; }
      key += (q > a ? ' ' : '') + toks[q]!.lower;
    }
    const kind = ok ? table.get(key) : undefined;
    if (kind) return { kind, len };
  }
  return null;
}

/** The index of the first sentence whose tokens span a text position, -1 when none does. */
function sentenceFinder(perSentence: Token[][]): (pos: number) => number {
  // non-empty sentences in text order (as splitSentences makes them): a binary search
  const idx: number[] = [], from: number[] = [], to: number[] = [];
  let sorted = true;
  for (let s = 0; s < perSentence.length; s++) {
    const t = perSentence[s]!;
    if (!t.length) continue;
    if (to.length && t[0]!.start <= to[to.length - 1]!) sorted = false;
    idx.push(s);
    from.push(t[0]!.start);
    to.push(t[t.length - 1]!.end);
  }
  if (!sorted) {
    return (pos) => {
      for (let s = 0; s < perSentence.length; s++) {
        const t = perSentence[s]!;
        if (t.length && pos >= t[0]!.start && pos <= t[t.length - 1]!.end) return s;
      }
      return -1;
    };
  }
  return (pos) => {
    let lo = 0, hi = from.length - 1, at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (from[mid]! <= pos) { at = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return at >= 0 && pos <= to[at]! ? idx[at]! : -1;
  };
}

/**
 * Local places named as reported ("Xyz district of Kandahar province", "desa Xyz di …, Kabupaten Y"):
 * a name with a strong cue of administration or settlement that the gazetteer lacks, or knows only
 * in a country other than the story's, is a place of the story's country at the coordinates of the
 * place that contains it (said right after it, else the story's most-mentioned place there), near it.
 */
function localPlaces(perSentence: Token[][], perFacts: (readonly number[])[], T: Tables, gaz: Gazetteer, out: PlaceMention[], docCountry: string, named: Set<string>,
  lowerWords: LowerWords, personWords: Set<string>, rule: string): PlaceMention[] | null {
  interface Span { s: number; i: number; j: number; kind: PlaceKind }
  const spans: Span[] = [];
  // (the tokens whose signature may start a local cue, found by scanSentence: HIT_S, HIT_K in text order)
  let s = -1, toks: Token[] = [], facts: readonly number[] = [];
  let firstWord = -1;
  let taken: Set<number> | undefined;
  for (let h = 0; h < NHITS; h++) {
    const k = HIT_K[h]!;
    if (HIT_S[h] !== s) {
      s = HIT_S[h]!;
      toks = perSentence[s]!;
      facts = perFacts[s]!;
      firstWord = -1;
    }
    {
      if (!isWord(toks[k])) continue;
      if (firstWord < 0) {
        firstWord = 0;
        while (firstWord < toks.length && !isWord(toks[firstWord])) firstWord++;
        taken = new Set<number>();
      }
      const fl = flagAt(T, facts[k]!, toks[k]!.lower);
      if ((fl & (W_LOCAL_AFTER_FIRST | W_LOCAL_BEFORE_FIRST)) === 0) continue;
      // "Xyz district", "Xyz local government area": the name before the cue
      const after = fl & W_LOCAL_AFTER_FIRST ? cueAt(toks, k, T.localAfter, T.localLen) : null;
      if (after && k > 0 && toks[k - 1]!.end + 1 === toks[k]!.start) {
        let i = k;
        // (a word taken for a surname elsewhere in the story still names a place before its cue:
        // "a resident of Nyaung Kone said" and "bombs fell on Nyaung Kone village")
        while (i - 1 >= 0 && k - i < 4 && nameWord(toks[i - 1], T, lowerWords, NO_WORDS) && toks[i - 1]!.end + 1 === toks[i]!.start) i--;
        // a title or a given name before it makes the run a person's ("Mr Xyz", "Sheila Xyz")
        const pw = toks[i - 1];
        const person = !!pw && isWord(pw) && (T.titles.has(pw.lower) || T.firstNames.has(pw.lower)) && pw.end + 1 === toks[i]?.start;
        // a sentence's first word is a common word unless a locative word or a cue stands before it
        const opener = i === firstWord && k - i === 1;
        // "Xyz County Times": the name of an organisation
        const nx = toks[k + after.len];
        const org = !!nx && isCap(nx) && (T.orgWords.has(nx.lower) || T.institutions.has(nx.lower));
        if (!person && !opener && !org && i < k && !taken!.has(i)) {
          spans.push({ s, i, j: k - 1, kind: after.kind });
          for (let q = i; q < k; q++) taken!.add(q);
        }
      }
      // "desa Xyz", "village of Xyz": the name after the cue
      const before = fl & W_LOCAL_BEFORE_FIRST ? cueAt(toks, k, T.localBefore, T.localLen) : null;
      if (before) {
        const i = k + before.len;
        let j = i - 1;
        // (the name ends where a cue after a name begins: "village of Xyz Local Government Area")
        while (j + 1 < toks.length && j - i < 3 && nameWord(toks[j + 1], T, lowerWords, personWords) && (j < i || toks[j + 1]!.start === toks[j]!.end + 1) &&
          !cueAt(toks, j + 1, T.localAfter, T.localLen)) j++;
        // a person's name after a cue word is no place: "Kota Budi Santoso said"
        if (j >= i && !T.speech.has(toks[j + 1]?.lower ?? '') && !taken!.has(i)) {
          spans.push({ s, i, j, kind: before.kind });
          for (let q = i; q <= j; q++) taken!.add(q);
        }
      }
    }
  }
  if (!spans.length) return null;
  // a name inside a place the gazetteer found that is a country, a region, or of a country the story
  // names ("Kota Kinabalu" after "kota") keeps that reading (see below): when every name is so, nothing changes
  let open = false;
  for (let q = 0; q < spans.length && !open; q++) {
    const sp = spans[q]!, toks = perSentence[sp.s]!;
    const start = toks[sp.i]!.start, end = toks[sp.j]!.end;
    let kept = false;
    for (let r = 0; r < out.length; r++) {
      const p = out[r]!;
      if (p.start < end && p.end > start && (p.kind === 'country' || p.kind === 'region' || p.kind === 'admin1' || (!!p.country && named.has(p.country)))) { kept = true; break; }
    }
    if (!kept) open = true;
  }
  if (!open) return null;
  const sentOf = sentenceFinder(perSentence);
  let result = out.slice();
  const removed = new Set<PlaceMention>();
  const added: PlaceMention[] = [];
  // (the sentence of each place, and which of result are removed, by index)
  const nr = result.length;
  // (plain arrays: a typed array costs more to make than these few entries)
  const sentOfResult: number[] = [];
  const gone: number[] = [];
  for (let q = 0; q < nr; q++) { sentOfResult.push(sentOf(result[q]!.start)); gone.push(0); }
  const sentOfAdded: number[] = [];
  const local = (p: PlaceMention): boolean => p.rule === rule;
  // a local place may contain the one named before it ("Xyz village in Abc district of Niger State"):
  // later names of a sentence first; names with a container in their sentence before bare repeats
  const inSentence = (sp: Span): boolean => {
    const end = perSentence[sp.s]![sp.j]!.end;
    return result.some((p, q) => p.start >= end && sentOfResult[q] === sp.s && p.kind !== 'country');
  };
  const ordered = spans.map((sp) => ({ sp, own: inSentence(sp) })).sort((a, b) => (a.own === b.own ? 0 : a.own ? -1 : 1) ||
    a.sp.s - b.sp.s || b.sp.i - a.sp.i).map((x) => x.sp);
  const byText = new Map<string, PlaceMention>();
  for (const sp of ordered) {
    const toks = perSentence[sp.s]!;
    const start = toks[sp.i]!.start, end = toks[sp.j]!.end;
    const text = toks[sp.i]!.text + toksBetween(toks, sp.i, sp.j);
    // the containing place: named after it in the sentence or the next, else before it in the sentence
    const live: PlaceMention[] = [], after: PlaceMention[] = [], before: PlaceMention[] = [];
    for (let q = 0, n = nr + added.length; q < n; q++) {
      const p = q < nr ? result[q]! : added[q - nr]!;
      if (p.kind === 'country' || p.lat === null || !(p.end <= start || p.start >= end) || (q < nr && gone[q] === 1) || p.text === text) continue;
      live.push(p);
      const ps = q < nr ? sentOfResult[q]! : sentOfAdded[q - nr]!;
      if (p.start >= end && (ps === sp.s || ps === sp.s + 1)) after.push(p);
      if (p.end <= start && ps === sp.s) before.push(p);
    }
    after.sort((a, b) => a.start - b.start);
    before.sort((a, b) => b.start - a.start);
    // one reading per name: a repeat takes the first one's place
    const fit = (p: PlaceMention): boolean => !docCountry || p.country === docCountry;
    let container = byText.get(text.toLowerCase()) ?? after.find((p) => fit(p) && sentOf(p.start) === sp.s) ??
      // before it, the smallest unit: "Kampung A, Jayawijaya, Papua … di Kampung B" lies in Jayawijaya
      before.find((p) => fit(p) && p.kind !== 'admin1') ?? before.find(fit) ?? after.find(fit);
    // (a name the gazetteer knows in the country of a place named after it in its sentence, not the story's:
    // "kamp pengungsi Bureij di Jalur Gaza" in a story that names Israel most is Gaza's camp)
    let known: PlaceRecord | undefined;
    let entries: ReturnType<Gazetteer['lookup']> | null = null;
    if (!byText.has(text.toLowerCase())) {
      for (const a of after) {
        if (!a.country || a.country === docCountry || sentOf(a.start) !== sp.s) continue;
        entries ??= gaz.lookup(foldName(text)) ?? [];
        known = entries.find((c) => c.place.country === a.country)?.place;
        if (known) { container = a; break; }
      }
    }
    const cc = container?.country ?? docCountry;
    if (!cc) continue;
    const overlap: PlaceMention[] = [], overlapAt: number[] = [];
    for (let q = 0; q < nr; q++) {
      const p = result[q]!;
      if (gone[q] !== 1 && p.start < end && p.end > start) { overlap.push(p); overlapAt.push(q); }
    }
    // the gazetteer's own reading in the story's country stands
    // (so does a country, a region, or a place of a country the story names: "kota Ganja" in a story told from Armenia)
    if (overlap.some((p) => p.country === cc || p.kind === 'country' || p.kind === 'region' || p.kind === 'admin1' || (!!p.country && named.has(p.country)))) continue;

    // a name the gazetteer knows in that country: its own reading when the cue fits, else the resolver's call
    const homes = (entries ?? gaz.lookup(foldName(text)))?.filter((c) => c.place.country === cc && c.match === 'p') ?? [];
    const home = known ?? homes.find((c) => (sp.kind === 'other' ? c.place.fcode === 'ADM2' || c.place.kind === 'other' : c.place.kind === sp.kind))?.place;
    if (homes.length && !home) continue;
    if (!container && !home) {
      // the story's most-mentioned place of that country
      const count = new Map<string, { n: number; p: PlaceMention }>();
      for (const p of live) {
        if (p.country !== cc || p.kind === 'country' || local(p)) continue;
        const e = count.get(p.name) ?? { n: 0, p };
        e.n++;
        count.set(p.name, e);
      }
      let best: { n: number; p: PlaceMention } | undefined;
      for (const e of count.values()) if (!best || e.n > best.n) best = e;
      container = best?.p ?? result.find((p) => p.kind === 'country' && p.country === cc && p.lat !== null);
    }
    if (!container && !home) continue;
    for (const p of overlap) removed.add(p);
    for (const q of overlapAt) gone[q] = 1;
    sentOfAdded.push(sentOf(start));
    if (home) {
      const hm: PlaceMention = { start, end, text, name: home.name, kind: home.kind, country: home.country || null,
        admin1: home.kind === 'country' || !home.admin1 ? null : home.admin1, lat: Number.isFinite(home.lat) ? home.lat : null,
        lon: Number.isFinite(home.lon) ? home.lon : null, geonames_id: home.geonames_id, rule };
      added.push(hm);
      if (!byText.has(text.toLowerCase())) byText.set(text.toLowerCase(), hm);
      continue;
    }
    const c = container!;
    const m: PlaceMention = { start, end, text, name: text, kind: sp.kind, country: cc,
      admin1: c.kind === 'admin1' ? c.name : c.admin1, lat: c.lat, lon: c.lon, geonames_id: c.geonames_id, rule, near: true };
    added.push(m);
    if (!byText.has(text.toLowerCase())) byText.set(text.toLowerCase(), m);
  }
  if (!added.length) return null;
  // The same name said again without its cue ("Desa Kilo" … "petani di Kilo") is that village, not
  // a namesake the gazetteer knows in another country.
  const nAdded = added.length;
  for (let q = 0; q < nr; q++) {
    const p = result[q]!;
    if (gone[q] === 1 || p.kind === 'country' || p.kind === 'admin1' || p.kind === 'region') continue;
    const l = byText.get(p.text.toLowerCase());
    if (l === undefined || l.country === p.country) continue;
    removed.add(p);
    gone[q] = 1;
    added.push({ ...l, start: p.start, end: p.end, text: p.text });
  }
  result = result.filter((p) => !removed.has(p)).concat(added).sort((a, b) => a.start - b.start);
  return nAdded ? result : null;
}

/**
 * The tokens whose word signature is that of a local cue's first word (T.localSig), noted by scanSentence's pass over the
 * document's tokens for localPlaces: sentence and token numbers, in text order (NHITS of them; one document at a time).
 */
let HIT_S = new Int32Array(256);
let HIT_K = new Int32Array(256);
let NHITS = 0;
function hit(s: number, k: number): void {
  if (NHITS === HIT_S.length) {
    HIT_S = doubled(HIT_S);
    HIT_K = doubled(HIT_K);
  }
  HIT_S[NHITS] = s;
  HIT_K[NHITS++] = k;
}

/** Per-sentence scratch of scanSentence (never re-entered): left-over tokens and the mention holding each token. */
let LEFT = new Uint8Array(256);
const FOUND: Mention[] = [];
const LEFTOVERS: number[] = [];
const RUN: Mention[] = [];
const OWN: (Mention | undefined)[] = [];

/** The index of the first word token of a sentence (after opening quotes or brackets); the length when none. */
function firstWordOf(toks: Token[]): number {
  let k = 0;
  while (k < toks.length && !isWord(toks[k])) k++;
  return k;
}

/** "Police", "Mayor", "Union", "Kota Xyz": a one-word name that is a common word of the tables. */
function commonWord(fl: number, next: Token | undefined): boolean {
  return (fl & (W_STOP | W_TITLE | W_INST)) !== 0 || ((fl & W_BEFORE) !== 0 && isCap(next));
}

const hasCountry = (cands: readonly Candidate[]): boolean => {
  for (const c of cands) if (c.place.kind === 'country') return true;
  return false;
};

/** s without a final "'s" / "’s". */
const unPossessive = (s: string): string => (possessive(s) ? s.slice(0, -2) : s);
/** s without a final "s". */
const unPlural = (s: string): string => (s.length && s.charCodeAt(s.length - 1) === 115 ? s.slice(0, -1) : s);

/** Every mention of a run a country's name, and together they fill its `len` tokens ("Greece Italy"). */
function allCountriesCover(ms: Mention[], nMs: number, len: number): boolean {
  let n = 0;
  for (let q = 0; q < nMs; q++) {
    const r = ms[q]!;
    if (!(r.how === 'name' && r.cands[0]!.place.kind === 'country')) return false;
    n += r.j - r.i + 1;
  }
  return n === len;
}

function notDemonyms(ms: Mention[], nMs: number): number {
  let n = 0;
  for (let q = 0; q < nMs; q++) if (ms[q]!.how !== 'demonym') n++;
  return n;
}

function scanSentence(s: number, toks: Token[], facts: readonly number[], T: Tables, gaz: Gazetteer, lowerWords: LowerWords, personWords: Set<string>, out: Mention[]): void {
  // (scratch arrays with counts: never emptied, so that their storage is kept from sentence to sentence)
  const found = FOUND;
  let nFound = 0;
  const leftovers = LEFTOVERS;
  let nLeft = 0;
  // the first word token of the sentence (after opening quotes or brackets)
  // (found when first needed: a sentence with no name never asks)
  let firstWord = -1;
  const localSig = T.localSig;
  for (let i = 0; i < toks.length; i++) {
    const fi = facts[i]!;
    // (a token that may start a local cue, for localPlaces)
    if (hasSig(localSig, fi >>> TF_SIG_SHIFT)) hit(s, i);
    if (!mayBeCap(fi) && (fi & TF_HYPHEN) === 0) continue;
    const t = toks[i]!;
    // ("el-Fasher", "al-Hasakah": an Arabic article in lower case before a capitalised name)
    if (!isCap(t) && !((fi & TF_HYPHEN) !== 0 && ARTICLE_CAP.test(t.text))) continue;
    // (the word's W_* bits, asked once for matchAt and here)
    const fl = flagAt(T, facts[i]!, t.lower);
    const m = matchAt(toks, i, T, gaz, facts[i]! >>> TF_SIG_SHIFT, fl, facts);
    // "Police", "Mayor", "Union": a word that names a village somewhere is still a common word
    if (m && m.words === 1 && m.how === 'name' && commonWord(fl, toks[i + 1])) {
      leftovers[nLeft++] = i;
      continue;
    }
    if (m) {
      if (firstWord < 0) firstWord = firstWordOf(toks);
      m.sentenceInitial = i === firstWord;
      // "Sheila D. Williams", "Tom Moore": a given name (and an initial) before a one-word name
      // make it a surname; later mentions of it alone are the person too
      if (m.words === 1 && m.how === 'name' && (afterGivenName(toks, facts, i, T) || personContext(toks, i, m.j, T, gaz, nFound > 0 && found[nFound - 1]!.j === i - 2))) {
        personWords.add(t.text);
        if (!m.cands.some((c) => c.place.kind === 'country' || c.place.kind === 'admin1')) {
          // the word stays in the run, so that a name after it ("Jason Terrell Jones") is a person's too
          leftovers[nLeft++] = i;
          for (let q = i + 1; q <= m.j; q++) if (hasSig(localSig, facts[q]! >>> TF_SIG_SHIFT)) hit(s, q);
          i = m.j;
          continue;
        }
      }
      found[nFound++] = m;
      // (the name's other tokens are not visited: noted here)
      for (let q = i + 1; q <= m.j; q++) if (hasSig(localSig, facts[q]! >>> TF_SIG_SHIFT)) hit(s, q);
      i = m.j;
      continue;
    }
    // "Azerbaijan-Armenia", "Fargo-Moorhead": names joined by a hyphen
    if (t.text.includes('-')) {
      const parts = hyphenParts(t.text, t.start) ?? tokenize(t.text.replace(/-/g, ' '), t.start);
      // "Sen. Robert Ford, D-Charleston": a lawmaker's party and home town
      if (parts.length === 2 && T.districtPrefixes.has(parts[0]!.text) && isCap(parts[1])) {
        const x = matchAt([parts[1]!], 0, T, gaz, wordSig(parts[1]!.lower), flagOf(T, parts[1]!.lower), null);
        if (x && x.words === 1) {
          x.i = x.j = i;
          x.locative = true;
          found[nFound++] = x;
          continue;
        }
      }
      const sub = parts.every((q) => isCap(q)) ? parts.map((q) => matchAt([q], 0, T, gaz, wordSig(q.lower), flagOf(T, q.lower), null)) : [];
      // each half a place's own name: "Wal-Mart" is not Wahl and Mart
      if (sub.length > 1 && sub.every((x) => x && x.words === 1 && x.cands.some((c) => c.match === 'p'))) {
        for (const x of sub) {
          x!.i = x!.j = i;
          found[nFound++] = x!;
        }
        continue;
      }
      // "Russian-backed", "U.S.-led": a name before a lower-case word
      if (parts.length > 1 && isCap(parts[0]) && parts.slice(1).every((q) => !isCap(q))) {
        const x = matchAt([parts[0]!], 0, T, gaz, wordSig(parts[0]!.lower), flagOf(T, parts[0]!.lower), null);
        if (x && x.words === 1) {
          x.i = x.j = i;
          if (firstWord < 0) firstWord = firstWordOf(toks);
          x.sentenceInitial = i === firstWord;
          found[nFound++] = x;
          continue;
        }
      }
    }
    leftovers[nLeft++] = i;
  }
  if (nFound === 0) return;
  if (firstWord < 0) firstWord = firstWordOf(toks);
  // (scratch tables of the sentence's tokens: left over, and the mention that holds each)
  const n = toks.length;
  if (LEFT.length < n) LEFT = new Uint8Array(2 * n);
  for (let k = 0; k < n; k++) LEFT[k] = 0;
  for (let q = 0; q < nLeft; q++) LEFT[leftovers[q]!] = 1;
  const left = LEFT;
  for (let k = 0; k < n; k++) OWN[k] = undefined;
  for (let f = 0; f < nFound; f++) { const m = found[f]!; for (let k = m.i; k <= m.j; k++) OWN[k] = m; }
  const own = OWN;
  const at = (k: number): Mention | undefined => (k >= 0 && k < n ? own[k] : undefined);
  // runs: maximal sequences of adjacent capitalised tokens
  const inRun = (k: number): boolean => left[k] === 1 || own[k] !== undefined;
  for (let f = 0; f < nFound; f++) {
    const m = found[f]!;
    if (m.dropped) continue;
    let a = m.i;
    // (a name before a lower-case word ends a run: "Britain-based Syrian Observatory")
    // (nor does a possessive begin it: "Syria's Idlib province" is two names, not an organisation's)
    while (a - 1 >= 0 && inRun(a - 1) && !attributeWord(toks[a - 1]!.text) && !possessive(toks[a - 1]!.text)) a--;
    let b = m.j;
    // "Calgary-based Epoch Energy": a name before a lower-case word is an attribute of what follows
    const attribute = m.end < toks[m.j]!.end && /^-\p{Ll}/u.test(toks[m.j]!.text.slice(m.end - toks[m.j]!.start));
    if (attribute) {
      a = m.i;
    }
    // a possessive ends the name: "Canada's Federal Budget"
    if (!attribute && !possessive(toks[m.j]!.text)) while (b + 1 < toks.length && inRun(b + 1) && !possessive(toks[b]!.text)) b++;
    // "Carthage Police Chief Chris McKenzie", "Butler County Auditor Roger Reynolds": a title inside the run
    // ends the office; the words after it are a person's name
    const bRun = b;
    if (!T.headFirst && own[a] === m && m.how !== 'demonym') {
      for (let k = m.j + 1; k < b; k++) {
        if (left[k] !== 1 || !T.titles.has(toks[k]!.lower) || T.institutions.has(toks[k]!.lower)) continue;
        for (let q = k + 1; q <= b; q++) { const r = own[q]; if (r && r.how !== 'demonym') r.dropped = true; }
        personWords.add(toks[b]!.text);
        b = k;
        break;
      }
    }
    const runMatches = RUN;
    let nRun = 0;
    for (let k = a; k <= b; k++) {
      const x = own[k];
      if (x === undefined) continue;
      let seen = false;
      for (let q = 0; q < nRun; q++) if (runMatches[q] === x) { seen = true; break; }
      if (!seen) runMatches[nRun++] = x;
    }
    let titled: Mention | undefined;
    // "Minnesota Governor Tim Pawlenty", "Kapolda Papua", "Minnesota Department of Transportation":
    // the place names the office or the institution; the rest of the run is not a place
    for (let k = a; k <= b && !titled; k++) {
      if (left[k] !== 1) continue;
      const lw = unPossessive(toks[k]!.lower);
      const institution = T.institutions.has(lw);
      // head-first languages put ranks before persons ("Brigjen Ahmad"): only offices of a level of
      // government (cue words with a kind: "Kapolda", "Bupati") name a place after them
      const office = T.headFirst ? !!T.before.get(lw)?.kind : T.titles.has(lw);
      if (!institution && !office) continue;
      const mm = T.headFirst ? at(k + 1) : at(k - 1);
      if (!mm || mm.how === 'demonym') continue;
      // an institution is named by the place alone: "Polsek Astana Anyar" is not Astana
      if (!office) {
        if (nRun > 1) continue;
        let rest = false;
        for (let q = a; q <= b; q++) {
          if (left[q] === 1 && !T.institutions.has(toks[q]!.lower) && !T.titles.has(toks[q]!.lower) &&
            !(q === firstWord && (T.stop.has(toks[q]!.lower) || lowerWords.has(toks[q]!.lower)))) rest = true;
        }
        if (rest) continue;
      }
      titled = mm;
    }
    // "Tennessee Arts Commission", "Columbia County Detention Center": a public body named after
    // its jurisdiction — the place opens the run and a word of public institutions is in it
    if (!titled && !T.headFirst && nRun >= 1) {
      const only = own[a] && a === own[a]!.i ? own[a]! : runMatches[0]!;
      let a2 = a;
      while (a2 < only.i && left[a2] === 1 && (T.connectors.has(toks[a2]!.lower) || (a2 === firstWord && T.stop.has(toks[a2]!.lower)))) a2++;
      if (only.i === a2 && (only.how === 'name' || only.how === 'abbreviation') && only.j < b) {
        // (a country or a state also names its offices: "U.S. Magistrate Judge Robert Carr", "Texas Gov. Rick Perry")
        const polity = only.cands.some((c) => c.place.kind === 'country' || (c.place.kind === 'admin1' && c.match === 'p'));
        let inst = false, title = false, priv = false;
        for (let q = only.j + 1; q <= b; q++) {
          const lw = unPossessive(toks[q]!.lower);
          if (polity && T.titles.has(unPlural(lw))) inst = true;
          // (a title that ends the run is the body's office: "Kanawha County Emergency Services Director")
          else if (T.titles.has(lw) && !T.institutions.has(lw) && !(q === b && b < bRun)) title = true;
          if (T.institutions.has(lw)) inst = true;
          if (T.privateBodies.has(lw)) title = priv = true;
        }
        // a county names what is the county's: "Walker County Fair", "Laurel County Adult Education"
        const county = only.words > 1 && only.how === 'name' && T.after.get(toks[only.j]!.lower)?.kind === 'admin2' &&
          only.cands[0]!.place.fcode === 'ADM2';
        if (county && !priv && nRun === 1) inst = true;
        // a lone place with a public body after it, or a country or state with its office right after it
        // ("U.S. Sens.", "U.S. Magistrate Judge": the person's name after it is not a place)
        const nw = toks[only.j + 1];
        const w = nw ? unPlural(unPossessive(nw.lower)) : '';
        if (inst && !title && (nRun === 1 || (polity && (T.titles.has(w) || T.institutions.has(w))))) titled = only;
      }
    }
    // several names in one run ("Azerbaijan Armenia"): an organisation, unless every one is a country
    // (a list that lost its comma: "Greece Italy")
    let kill = !titled && nRun > 1 && !(allCountriesCover(runMatches, nRun, b - a + 1)) && notDemonyms(runMatches, nRun) > 1;
    for (let k = a; k <= b && !kill && !titled; k++) {
      if (left[k] !== 1) continue;
      const w = toks[k]!;
      const lw = w.lower;
      const owner = at(k - 1) ?? at(k + 1);
      const afterCue = at(k - 1) !== undefined ? T.after.get(lw) : undefined;
      if (afterCue) {
        const mm = at(k - 1)!;
        if (afterCue.kind) mm.cue = afterCue.kind;
        mm.end = w.end;
        mm.text = mm.text + toksBetween(toks, mm.j, k);
        mm.key = '';
        mm.j = k;
        continue;
      }
      // (a two-word cue: "Negara Bagian Kachin")
      const cue2 = k + 1 <= b && left[k + 1] === 1 && at(k + 2) !== undefined ? T.before2.get(toks[k + 1]!.lower)?.get(lw) : undefined;
      if (cue2) {
        const mm = at(k + 2)!;
        if (cue2.kind) mm.cue = cue2.kind;
        k++;
        continue;
      }
      const beforeCue = at(k + 1) !== undefined ? T.before.get(lw) : undefined;
      if (beforeCue) {
        const mm = at(k + 1)!;
        if (beforeCue.kind) mm.cue = beforeCue.kind;
        continue;
      }
      // "The" in title case, "Of": function words do not make a name
      if (T.connectors.has(lw)) continue;
      if (T.titles.has(lw)) {
        kill = true;
        break;
      }
      if (k === firstWord && !T.orgWords.has(lw) && (T.stop.has(lw) || lowerWords.has(lw))) continue;
      if (owner && allCaps(w.text) && w.text.length > 1 && k < (owner.i)) { kill = true; break; }
      kill = true;
    }
    // a person's name ("Tom Jones", "President Barack Obama"): its surname alone later is the person
    if ((kill || titled) && b > a && b - a <= 3) {
      const last = own[b];
      const orgish = (q: number): boolean => T.orgWords.has(toks[q]!.lower) || T.institutions.has(toks[q]!.lower);
      let person = !!last && last.how === 'name' && last.i === last.j && !orgish(b - 1);
      for (let q = a; q < b && person; q++) {
        if (orgish(q) || T.connectors.has(toks[q]!.lower) || T.before.has(toks[q]!.lower) || (own[q] && T.demonyms.has(toks[q]!.lower))) person = false;
      }
      if (person) personWords.add(toks[b]!.text);
    }
    if (titled) {
      for (let q = 0; q < nRun; q++) { const r = runMatches[q]!; if (r !== titled && r.how !== 'demonym') r.dropped = true; }
    } else if (kill) for (let q = 0; q < nRun; q++) { const r = runMatches[q]!; if (r.how !== 'demonym' || nRun === 1) r.dropped = true; }
  }
  for (let f = 0; f < nFound; f++) {
    const m = found[f]!;
    if (m.dropped) continue;
    const pi = m.i - 1;
    const prev = pi >= 0 && isWord(toks[pi]) ? toks[pi] : undefined;
    const next = m.j + 1 < toks.length && isWord(toks[m.j + 1]) ? toks[m.j + 1] : undefined;
    const prev2 = prev && pi >= 1 && isWord(toks[pi - 1]) ? toks[pi - 1] : undefined;
    const fp = prev ? flagAt(T, facts[pi]!, prev.lower) : 0;
    const fn = next ? flagAt(T, facts[m.j + 1]!, next.lower) : 0;
    const top = m.cands[0]!.place;
    // a dateline: "MANSFIELD —", "JAKARTA, KOMPAS.com"
    if (m.sentenceInitial && m.text.length > 3 && capsName(m.text)) m.locative = true;
    // (whether some candidate is a country is asked only where a rule needs it: a name may have many candidates)
    // person: "Mr Paris", "President Georgia"
    if (prev && fp & W_TITLE && !isCap(prev) && m.how !== 'demonym' && !hasCountry(m.cands)) { m.dropped = true; continue; }
    // "Washington said": a bare name that speaks is a person
    if (next && fn & W_SPEECH && m.words === 1 && !m.cue && !hasCountry(m.cands)) { m.dropped = true; continue; }
    // nationality of an armed actor: "pasukan Armenia", "Azeri forces"
    // (a first candidate that is a country is a candidate that is one)
    if ((T.forcesBefore || m.how === 'demonym') && top.kind === 'country') {
      const w = T.forcesBefore ? prev : next;
      if (w && (T.forcesBefore ? fp : fn) & W_FORCES) { m.dropped = true; continue; }
    }
    // (a one-token name: the stop bit of its W_* bits, which hold every stop word without a space)
    if (m.how === 'name' && !m.cue && (m.text === toks[m.i]!.text ? (flagAt(T, facts[m.i]!, toks[m.i]!.lower) & W_STOP) !== 0 : T.stop.has(m.text.toLowerCase()))) { m.dropped = true; continue; }
    // a kind word after, in lower case: "the Georgia state line", "Borno state"
    if (!m.cue && next && !isCap(next) && fn & W_AFTER) {
      const after = T.after.get(next.lower);
      if (after?.kind) m.cue = after.kind;
    }
    // cues before: "di Ganja", "kota Ganja", "in the town of Barda", "Kabupaten Puncak"
    const p1 = prev?.lower;
    const cue = (prev2 && prev && fp & W_BEFORE_LAST && T.before2.get(prev.lower)?.get(prev2.lower)) || (prev && fp & W_BEFORE ? T.before.get(p1!) : undefined);
    if (cue) {
      m.locative = true;
      if (cue.kind && !m.cue) m.cue = cue.kind;
      if (cue.near) m.near = true;
    }
    // "the town of X": skip an article between
    if (!cue && prev && prev2 && (p1 === 'the' || p1 === 'a')) {
      const c2 = T.before.get(prev2.lower);
      if (c2) m.locative = true;
    }
    // near: up to three words before, within the sentence
    if (prev) {
      if (fp & W_NEAR) m.near = true;
      else if (fp & W_NEAR_LAST && prev2) {
        const prev3 = pi >= 2 && isWord(toks[pi - 2]) ? toks[pi - 2] : undefined;
        if (T.near2.get(prev.lower)?.has(prev2.lower) || (prev3 && T.near3.get(prev.lower)?.get(prev2.lower)?.has(prev3.lower))) m.near = true;
      }
    }
    // near words a little further: "desa-desa di dekat Ganja", "north of the city of Kharkiv"
    if (!m.near && prev2 && flagAt(T, facts[pi - 1]!, prev2.lower) & W_NEAR && prev && !isCap(prev)) m.near = true;
  }
  // "Walton and Oconee counties", "Becker, Clay and Grant counties": the kind word after the
  // last name of a list is every name's
  for (let k = nFound - 1; k > 0; k--) {
    const last = found[k]!;
    if (last.dropped || !last.cue) continue;
    const w = nextWord(toks, last.j);
    if (!w || isCap(w.tok) || !T.after.get(w.tok.lower)?.plural) continue;
    for (let q = k - 1; q >= 0; q--) {
      const a = found[q]!, b = found[q + 1]!;
      const gap = toks.slice(a.j + 1, b.i).map((t) => t.lower).join(' ');
      if (a.dropped || !/^(,|and|or|, and|, or)$/.test(gap)) break;
      a.cue ??= last.cue;
    }
  }
  // "Town, Region": link the pair so the region constrains the town
  for (let k = 0; k + 1 < nFound; k++) {
    const a = found[k]!, b = found[k + 1]!;
    if (a.dropped || b.dropped) continue;
    if (b.i === a.j + 2 && toks[a.j + 1]!.text === ',' && b.cands.some((c) => c.place.kind === 'admin1' || c.place.kind === 'country')) {
      a.region = b;
      b.regionOf = a;
    }
  }
  for (let f = 0; f < nFound; f++) out.push(found[f]!);
}

/**
 * Other signs that a one-word name at i..j is a person's or a firm's: an abbreviated title before
 * it ("Mrs. Parsons", "Gov. Perry"), a nickname in quotes ("Katherine \"Kay\" Parsons"), a firm of
 * partners ("Stevens & Wilkinson"), the second half of a hyphenated brand ("Wal-Mart").
 */
/** "Fort Worth & Dallas": the partner is a well-known place, so these are places. */
function knownPlace(gaz: Gazetteer, t: Token): boolean {
  return !!gaz.lookup(quickFold(t.text))?.some((c) => c.match === 'p' &&
    (c.place.kind === 'country' || c.place.kind === 'admin1' || c.place.population >= 100000));
}

function personContext(toks: Token[], i: number, j: number, T: Tables, gaz: Gazetteer, placeBefore: boolean): boolean {
  const p1 = toks[i - 1], p2 = toks[i - 2];
  if (p1?.text === '.' && p2 && isWord(p2) && isCap(p2) && T.titles.has(p2.lower) && p1.start === p2.end) return true;
  if (p1 && isQuote(p1.text) && isCap(p2) && isQuote(toks[i - 3]?.text ?? '') && isCap(toks[i - 4])) return true;
  const n1 = toks[j + 1], n2 = toks[j + 2];
  if (n1?.text === '&' && isCap(n2) && !knownPlace(gaz, n2!)) return true;
  if (p1?.text === '&' && isCap(p2) && !knownPlace(gaz, p2!) && !placeBefore) return true;
  return false;
}

/** One of " “ ” alone (as /^["“”]$/). */
function isQuote(s: string): boolean {
  if (s.length !== 1) return false;
  const c = s.charCodeAt(0);
  return c === 34 || c === 0x201c || c === 0x201d;
}

/** A capitalised given name, optionally followed by an initial ("D." or "D"), right before token i. */
/** Tokens a and b at most one character apart. */
const adjacent = (toks: Token[], a: number, b: number): boolean => toks[b]!.start - toks[a]!.end <= 1;

function afterGivenName(toks: Token[], facts: readonly number[], i: number, T: Tables): boolean {
  if (!T.firstNames.size) return false;
  let k = i - 1;
  if (k >= 0 && toks[k]!.text === '.' && k - 1 >= 0 && toks[k - 1]!.text.length <= 2 && /^\p{Lu}$/u.test(toks[k - 1]!.text) && adjacent(toks, k, i)) k -= 2;
  else if (k >= 0 && toks[k]!.text.length <= 3 && initial(toks[k]!.text) && adjacent(toks, k, i)) k -= 1;
  if (k < 0) return false;
  const g = toks[k]!;
  if (!isCap(g) || !adjacent(toks, k, k + 1)) return false;
  // (the W_* bits of the sentence's tokens: their facts hold the signatures of their lower case)
  const fg = flagAt(T, facts[k]!, g.lower);
  if (fg & W_FIRSTNAME) return true;
  // "councillor Dewly Nelson", "President Serzh Sargsyan": a title, a given name, the surname
  let tk = k - 1;
  let t = toks[tk];
  if (t?.text === '.' && isWord(toks[k - 2])) t = toks[(tk = k - 2)]; // "Rev. Al Meredith", "Mrs. Kay Parsons"
  return !!t && isWord(t) && (flagAt(T, facts[tk]!, t.lower) & W_TITLE) !== 0 && (fg & (W_BEFORE | W_TITLE)) === 0;
}

function toksBetween(toks: Token[], from: number, to: number): string {
  let s = '';
  for (let k = from + 1; k <= to; k++) s += (toks[k]!.start > toks[k - 1]!.end ? ' ' : '') + toks[k]!.text;
  return s;
}

function nextWord(toks: Token[], j: number): { tok: Token; index: number } | undefined {
  const k = j + 1;
  if (k >= toks.length || !isWord(toks[k])) return undefined;
  return { tok: toks[k]!, index: k };
}

/** A mention of tokens [i, j] ending at `end` in the text. */
function mention(t: Token, i: number, j: number, end: number, cands: readonly Candidate[], how: How, text: string, words: number): Mention {
  // (every field set, in one order: all mentions share one object shape)
  return { start: t.start, end, text, cands, sAt: -1, baseOk: false, i, j, words, how, cue: undefined, near: false, locative: false,
    sentenceInitial: false, region: undefined, regionOf: undefined, dropped: undefined, pick: undefined, score: undefined,
    key: '', kid: -1, same: null, ixAt: -1, info: null };
}

/** The length of s without its dots (s.replace(/\./g, '').length). */
function undotted(s: string): number {
  let n = 0;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) !== 46) n++;
  return n;
}

/** ALLCAPS.test(s) without the regex for ASCII words. */
function allCaps(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return ALLCAPS.test(s);
    if (!((c >= 65 && c <= 90) || c === 46)) return false;
  }
  return true;
}

/** A name in capitals, spaces and hyphens aside (as ALLCAPS.test(s.replace(/[\s-]/g, ''))); the regexes only past ASCII. */
function capsName(s: string): boolean {
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128) return ALLCAPS.test(s.replace(/[\s-]/g, ''));
    if (c === 45 || c === 32 || (c >= 9 && c <= 13)) continue;
    if (!((c >= 65 && c <= 90) || c === 46)) return false;
    n++;
  }
  return n > 0;
}

/** Ends in "'s" or "’s" (as /['’]s$/). */
function possessive(s: string): boolean {
  const n = s.length;
  if (n < 2 || s.charCodeAt(n - 1) !== 115) return false;
  const c = s.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

const folded = new Map<string, string>();
/** quickFold(t.text), without a new string for plain ASCII words (their `lower` is it). */
function foldOf(t: Token): string {
  const w = t.text;
  let ascii = true;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 0x21 || c > 0x7e) { ascii = false; break; }
  }
  if (ascii) return t.lower;
  let f = folded.get(w);
  if (f === undefined) {
    f = quickFold(w);
    if (folded.size > 20000) folded.clear();
    folded.set(w, f);
  }
  return f;
}

/** ATTRIBUTE.test(s), the regex only for a word with a hyphen. */
function attributeWord(s: string): boolean {
  return s.includes('-') && ATTRIBUTE.test(s);
}

/** An initial, as /^\p{Lu}\.?$/u: a capital letter and maybe a dot (the regex only past ASCII). */
const INITIAL = /^\p{Lu}\.?$/u;
function initial(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 128 || s.length === 0) return INITIAL.test(s);
  return c >= 65 && c <= 90 && (s.length === 1 || (s.length === 2 && s.charCodeAt(1) === 46));
}

/** A word joined by a hyphen to a lower-case word: "Britain-based", "Angeles-based". */
const ATTRIBUTE = /^[^-]+-\p{Ll}+$/u;

/** The longest gazetteer name starting at token i (`sig`: the signature of its lower case, `fl` its W_* bits), or an abbreviation or demonym there. */
/** A short lower-case article joined by a hyphen to a capitalised word: "al-Balah", "el-Fasher", "ad-Dawr". */
const ARTICLE_JOINED = /^\p{Ll}{1,3}-\p{Lu}/u;

function matchAt(toks: Token[], i: number, T: Tables, gaz: Gazetteer, sig: number, fl: number, facts: readonly number[] | null): Mention | null {
  const t = toks[i]!;
  // abbreviations: "AS", "U.S.", "UK", "W.Va."
  const dotted = toks[i + 1]?.text === '.' && toks[i + 1]!.start === t.end;
  const caps = allCaps(t.text);
  // (a dateline's town in capitals, "GOMA, Congo (AP) —", is a name however short)
  const dateline = caps && i === 0 && datelineAfter(toks, T);
  // (only words of the abbreviation table or in capitals do anything here)
  if (caps || (hasSig(T.abbrSig, sig) && (T.abbreviations.has(t.text) || (dotted && T.abbreviations.has(t.text + '.'))) &&
    /^(\p{Lu}\.?)+\p{Ll}*\.?(\p{Lu}\p{Ll}*)?$/u.test(t.text))) {
    const short = caps && !dateline && undotted(t.text) <= 4;
    for (let f = dotted ? 0 : 1; f < 2; f++) {
      const form = f === 0 ? t.text + '.' : t.text;
      const mapped = T.abbreviations.get(form);
      if (mapped && (T.freeAbbreviations.has(form) || toks[i - 1]?.text === ',') && !/^\d/.test(toks[i - 1]?.text ?? '')) {
        const [name, cc, kind] = mapped.split('|');
        const p = kind ? gaz.lookup(fold(name!))?.find((c) => c.place.kind === kind && c.place.country === cc)?.place
          : cc ? gaz.admin1(cc, name!) : undefined;
        if (p) {
          const j = form.endsWith('.') && dotted ? i + 1 : i;
          return mention(t, i, j, toks[j]!.end, [{ match: 'p', place: p }], 'abbreviation', t.text + toksBetween(toks, i, j), 1);
        }
      }
      if (short) {
        const cands = gaz.lookup('=' + form);
        if (cands) {
          const j = form.endsWith('.') && dotted ? i + 1 : i;
          return mention(t, i, j, toks[j]!.end, cands, 'abbreviation', t.text + toksBetween(toks, i, j), 1);
        }
      }
    }
    // a short word in capitals is an abbreviation, unless a name in capitals goes on ("LOS ANGELES —", "ST. LOUIS")
    const nx = toks[i + 1]?.text === '.' && T.dotted.has(t.lower) ? toks[i + 2] : toks[i + 1];
    if (short && !(nx && isWord(nx) && allCaps(nx.text) && nx.start <= toks[i]!.end + 2)) return null;
  }
  // names of up to MAX_WORDS words: capitalised words, joined by connectors
  const first = foldOf(t);
  const w0 = gaz.word(first);
  const maxWords = Math.min(MAX_WORDS, w0.span);
  let nEnds = 0;
  for (let j = i, words = 0; j < toks.length && words < maxWords; j++) {
    const w = toks[j]!;
    // "St. Louis", "Mt. Pleasant": the dot of an abbreviated word inside a name
    if (w.text === '.' && j > i && w.start === toks[j - 1]!.end && T.dotted.has(toks[j - 1]!.lower) && isCap(toks[j + 1]) && toks[j + 1]!.start === w.end + 1) continue;
    if (!isWord(w)) break;
    if (j > i && w.start !== toks[j - 1]!.end + 1 && !(toks[j - 1]!.text === '.' && w.start === toks[j - 1]!.end + 1)) break; // one space between words
    words++;
    // (an article joined to a capitalised word inside a name: "Deir al-Balah", "Tell el-Kebir")
    // (and one that opens it in lower case, as AP writes "el-Fasher")
    if (isCap(w) || (w.text.includes('-') && ARTICLE_JOINED.test(w.text))) ENDS[nEnds++] = j;
    // (a connector: the W_* bits of the token when its facts are known, else the table)
    else if (facts !== null ? (flagAt(T, facts[j]!, w.lower) & W_CONNECTOR) === 0 : !T.connectors.has(w.lower)) break;
  }
  // a nationality word is not the village that shares its name ("Canadian", Texas)
  const dem = demonymAt(toks, i, T, gaz, fl);
  for (let e = nEnds - 1; e >= 0; e--) {
    const j = ENDS[e]!;
    if (dem && j <= dem.j) return dem;
    let key = first;
    let dots = false;
    for (let k = i + 1; k <= j; k++) {
      if (toks[k]!.text === '.') { key += '.'; dots = true; } else key += ' ' + foldOf(toks[k]!);
    }
    // (one word: the look-up made with its span)
    let cands = j === i ? w0.cands ?? undefined : gaz.lookup(key);
    // "St. Louis" is indexed as "st. louis", "saint louis" or "st louis"
    if (!cands && dots) cands = gaz.lookup(key.replace(/(^| )([a-z]+)\./g, (_, sp: string, w: string) => sp + (T.dotted.get(w) ?? w))) ??
      gaz.lookup(key.replace(/\./g, ''));
    if (cands && !(j === i && allCaps(t.text) && t.text.length <= 4 && !dateline)) {
      const m = mention(t, i, j, toks[j]!.end, cands, 'name', j === i ? t.text : t.text + toksBetween(toks, i, j), j - i + 1);
      // (a one-token name's key is its token's lower case)
      if (j === i) m.key = t.lower;
      return m;
    }
    // "Los Angeles-based": a name of several words before a lower-case word
    if (j > i && attributeWord(toks[j]!.text)) {
      const cut = toks[j]!.text.indexOf('-');
      const head = foldOf(toks[j]!).slice(0, cut);
      const k2 = key.slice(0, key.length - foldOf(toks[j]!).length) + head;
      const c2 = head ? gaz.lookup(k2) : undefined;
      if (c2) return mention(t, i, j, toks[j]!.start + cut, c2, 'name', t.text + toksBetween(toks, i, j).slice(0, -(toks[j]!.text.length - cut)), j - i + 1);
    }
    // possessive: "Cairo's", "Sudan’s"
    if (possessive(key) && (cands = gaz.lookup(key.slice(0, -2)))) {
      const text = j === i ? t.text : t.text + toksBetween(toks, i, j);
      return mention(t, i, j, toks[j]!.end - 2, cands, 'name', text.slice(0, -2), j - i + 1);
    }
  }
  return dem;
}
/**
 * Whether what follows a word in capitals opening a sentence makes it a dateline: a country of one
 * or more words ("GOMA, Congo (AP) —", "GOMA, Democratic Republic of Congo, Jan 20 (Reuters) -"),
 * or straight the agency ("GAO (AP) —").
 */
function datelineAfter(toks: Token[], T: Tables): boolean {
  const t1 = toks[1]?.text;
  if (t1 === undefined) return false;
  // (not a bare dash: "HUME —" of a local paper is a town anywhere)
  if (t1 === '(') {
    for (let k = 2; k < 8 && k + 1 < toks.length; k++) if (toks[k]!.text === ')') return DASH.test(toks[k + 1]!.text);
    return false;
  }
  // (a Malaysian daily's "IPOH: Dua lelaki …": the colon and the sentence in ordinary case after it)
  if (t1 === ':') return isCap(toks[2]) && !allCaps(toks[2]!.text);
  if (t1 !== ',' || !isCap(toks[2]) || allCaps(toks[2]!.text)) return false;
  let k = 3;
  while (k < 8 && k < toks.length && (isCap(toks[k]) && !allCaps(toks[k]!.text) || (T.connectors.has(toks[k]!.lower) && isCap(toks[k + 1])))) k++;
  const n = toks[k];
  return n === undefined || /^[(:—–-]$/.test(n.text) || (n.text === ',' && isCap(toks[k + 1]));
}
const DASH = /^[—–-]$/;

/** Scratch for matchAt: the token indices where a name may end (matchAt never calls itself). */
const ENDS = new Int32Array(MAX_WORDS + 1);

/** A word or two of nationality at token i (whose W_* bits are fl): "Azeri", "Palestinians", "Sri Lankan". */
function demonymAt(toks: Token[], i: number, T: Tables, gaz: Gazetteer, fl: number): Mention | null {
  const t = toks[i]!;
  if ((fl & (W_DEMONYM | W_DEMONYM_FIRST)) === 0) return null;
  const nx = toks[i + 1];
  for (let j = i + 1; j >= i; j--) {
    const form = j > i ? (fl & W_DEMONYM_FIRST && nx && isCap(nx) && nx.start === t.end + 1 ? `${t.lower} ${nx.lower}` : '') : t.lower;
    const target = form ? T.demonyms.get(form) : undefined;
    if (!target) continue;
    const p = /^[A-Z]{2}$/.test(target) ? gaz.country(target) : gaz.lookup(foldName(target))?.[0]?.place;
    if (p) return mention(t, i, j, toks[j]!.end, [{ match: 'p', place: p }], 'demonym', t.text + toksBetween(toks, i, j), j - i + 1);
  }
  return null;
}

/** Weight of a reading's coherence with the story's other names (see coherence()). */
const COHERENCE = 30;
/** Distance within which two towns of one story support each other, km. */
const NEAR_KM = 120;
/** Softness of the readings' likelihoods from their scores. */
const PRIOR_T = 6;

/** The mentions of one name (lower-case text); the likelihood of each of its readings after the last scoring is in Readings.prob. */
interface NameGroup {
  key: string;
  mentions: Mention[];
  /** Every reading of the name, in the order first seen. */
  all: PlaceRecord[];
  /** Some mention has a cue, a locative, a region or several words. */
  sure: boolean;
  /** The number of the name's first reading among the story's readings (see Readings): its readings are base, base + 1, … */
  base: number;
  /** How many of its readings are likely (likelihood above 1%) after the last scoring (see prior()). */
  nLikely: number;
}

/**
 * Scratch of groupsOf (one resolve at a time): for each mention, from its `ixAt`, the index in its
 * name's `all` of each of its candidates' readings (mentions of a name with one candidate list share them).
 */
let IX = new Int32Array(1024);

/** The story's names (mentions grouped by key, in the order first seen); the readings are fixed, only their scores change. */
function groupsOf(live: Mention[], names: number): NameGroup[] {
  const byKid: (NameGroup | undefined)[] = new Array(names);
  const groups: NameGroup[] = [];
  let nIx = 0;
  for (let li = 0; li < live.length; li++) {
    const m = live[li]!;
    if (m.how === 'demonym') continue;
    let g = byKid[m.kid];
    if (!g) {
      g = { key: m.key, mentions: [], all: [], sure: false, base: 0, nLikely: 0 };
      byKid[m.kid] = g;
      groups.push(g);
    }
    // a bare capitalised word with no cue ("Economy", "Summit") may be no place at all: its small readings count less
    if (m.locative || !!m.cue || !!m.region || !!m.regionOf || m.words > 1) g.sure = true;
    const prev = g.mentions.length ? g.mentions[g.mentions.length - 1]! : null;
    g.mentions.push(m);
    if (prev && prev.cands === m.cands) { m.ixAt = prev.ixAt; continue; }
    if (IX.length < nIx + m.cands.length) {
      const bigger = new Int32Array(2 * (nIx + m.cands.length));
      bigger.set(IX);
      IX = bigger;
    }
    m.ixAt = nIx;
    // (most names have few readings: a linear search of them; a map for names of many)
    const all = g.all;
    if (all.length + m.cands.length <= 32) {
      for (let q = 0; q < m.cands.length; q++) {
        const p = m.cands[q]!.place;
        let k = all.indexOf(p);
        if (k < 0) { k = all.length; all.push(p); }
        IX[nIx++] = k;
      }
    } else {
      const index = new Map<PlaceRecord, number>();
      for (let k = 0; k < all.length; k++) index.set(all[k]!, k);
      for (let q = 0; q < m.cands.length; q++) {
        const p = m.cands[q]!.place;
        let k = index.get(p);
        if (k === undefined) { k = all.length; all.push(p); index.set(p, k); }
        IX[nIx++] = k;
      }
    }
  }
  let base = 0;
  for (let gi = 0; gi < groups.length; gi++) { groups[gi]!.base = base; base += groups[gi]!.all.length; }
  return groups;
}

let BEST = new Float64Array(64);
/**
 * The likelihood of each reading of the name from its mentions' current scores (the best score of each reading,
 * softened), written to `prob` at the readings' numbers (0 for a reading not likely: likelihood 1% or less).
 */
function prior(g: NameGroup, prob: Float64Array): void {
  const n = g.all.length;
  if (BEST.length < n) BEST = new Float64Array(n * 2);
  const best = BEST;
  best.fill(-Infinity, 0, n);
  for (let mi = 0; mi < g.mentions.length; mi++) {
    const m = g.mentions[mi]!;
    const sAt = m.sAt, at = m.ixAt;
    for (let q = 0; q < m.cands.length; q++) { const s = SCORES[sAt + q]!, k = IX[at + q]!; if (s > best[k]!) best[k] = s; }
  }
  let top = -Infinity;
  for (let k = 0; k < n; k++) if (best[k]! > top) top = best[k]!;
  const base = g.base;
  let nLikely = 0;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    prob[base + k] = 0;
    if (best[k] === -Infinity) continue;
    const e = Math.exp((best[k]! - top) / PRIOR_T);
    if (e > 0.01) { prob[base + k] = e; nLikely++; sum += e; }
  }
  g.nLikely = nLikely;
  for (let k = 0; k < n; k++) {
    const e = prob[base + k]!;
    if (e === 0) continue;
    const p = g.all[k]!;
    prob[base + k] = (e / sum) * (g.sure || p.population >= 20000 || p.kind === 'admin1' ? 1 : 0.4);
  }
}

const pointLike = (p: PlaceRecord): boolean => p.kind === 'city' || p.fcode === 'ADM2';

/** The scratch of coherence(): best support from each name for the reading being weighed. */
let ACC = new Float64Array(64);

/**
 * Scratch of Readings (one resolve at a time; grown as needed, never emptied): by reading number,
 * its likelihood, where its relations start (-1 until asked) and how many; the relations (reading
 * numbers and weights); the numbers of the towns with a latitude, by latitude, and those latitudes.
 */
let R_PROB = new Float64Array(256);
let R_FROM = new Int32Array(256);
let R_N = new Int32Array(256);
let REL_ID = new Int32Array(1024);
let REL_W = new Float64Array(1024);
let BY_LAT = new Int32Array(256);
let LATS = new Float64Array(256);

/**
 * Every reading of every name of the story (the names' readings are fixed while resolving; only
 * their likelihoods change from one scoring to the next), and for each reading asked about, the
 * readings of the other names that support it: towns within NEAR_KM (weighed by distance), the
 * region it lies in, the towns that lie in it. Those relations are found once per reading, and
 * coherence() then weighs them by the likelihoods of the last scoring.
 */
class Readings {
  /** Reading number → its place and its name's number. */
  readonly place: PlaceRecord[] = [];
  readonly group: number[] = [];
  /** Reading number → its likelihood after the last scoring (0: not likely); written by prior(). */
  readonly prob: Float64Array;
  private nRel = 0;
  /** The number of towns with a latitude in BY_LAT, -1 until first needed. */
  private nLat = -1;
  constructor(readonly groups: NameGroup[]) {
    for (let gi = 0; gi < groups.length; gi++) {
      const all = groups[gi]!.all;
      for (let k = 0; k < all.length; k++) { this.place.push(all[k]!); this.group.push(gi); }
    }
    const n = this.place.length;
    if (R_PROB.length < n) { R_PROB = new Float64Array(2 * n); R_FROM = new Int32Array(2 * n); R_N = new Int32Array(2 * n); }
    R_FROM.fill(-1, 0, n);
    this.prob = R_PROB;
    if (ACC.length < groups.length) ACC = new Float64Array(2 * groups.length);
  }
  private push(x: number, w: number): void {
    if (this.nRel === REL_ID.length) {
      REL_ID = doubled(REL_ID);
      REL_W = doubled(REL_W);
    }
    REL_ID[this.nRel] = x;
    REL_W[this.nRel++] = w;
  }
  private sortByLat(): void {
    const place = this.place;
    if (BY_LAT.length < place.length) { BY_LAT = new Int32Array(2 * place.length); LATS = new Float64Array(2 * place.length); }
    let n = 0;
    if (place.length > 64) {
      // (many readings — a long list of names — by a stable sort, not the insertion sort's n²)
      const rs: number[] = [];
      for (let r = 0; r < place.length; r++) { const o = place[r]!; if (pointLike(o) && o.lat === o.lat) rs.push(r); }
      rs.sort((x, y) => place[x]!.lat - place[y]!.lat);
      for (; n < rs.length; n++) { BY_LAT[n] = rs[n]!; LATS[n] = place[rs[n]!]!.lat; }
      this.nLat = n;
      return;
    }
    for (let r = 0; r < place.length; r++) {
      const o = place[r]!;
      if (!(pointLike(o) && o.lat === o.lat)) continue;
      // (an insertion sort: a story's readings are few)
      const lat = o.lat;
      let q = n - 1;
      while (q >= 0 && LATS[q]! > lat) { LATS[q + 1] = LATS[q]!; BY_LAT[q + 1] = BY_LAT[q]!; q--; }
      LATS[q + 1] = lat;
      BY_LAT[q + 1] = r;
      n++;
    }
    this.nLat = n;
  }
  /** The relations of reading r (of name own): the readings of other names that support it, each with its weight. */
  private relate(r: number): void {
    const p = this.place[r]!, own = this.group[r]!;
    const place = this.place, group = this.group;
    const from = this.nRel;
    if ((pointLike(p) || p.kind === 'admin1') && p.country) {
      if (pointLike(p)) {
        // towns near it
        if (this.nLat < 0) this.sortByLat();
        const nLat = this.nLat;
        const dLat = NEAR_KM / 111;
        const lo0 = p.lat - dLat - 0.01, hi0 = p.lat + dLat + 0.01;
        let lo = 0, hi = nLat;
        while (lo < hi) { const mid = (lo + hi) >>> 1; if (LATS[mid]! < lo0) lo = mid + 1; else hi = mid; }
        for (let q = lo; q < nLat && LATS[q]! <= hi0; q++) {
          const x = BY_LAT[q]!, o = place[x]!;
          if (group[x] === own || o === p || Math.abs(o.lat - p.lat) > dLat) continue;
          const d = km(p.lat, p.lon, o.lat, o.lon);
          if (d < NEAR_KM) this.push(x, 1 - d / NEAR_KM);
        }
        // the region it lies in
        for (let x = 0; x < place.length; x++) {
          const o = place[x]!;
          if (o.kind === 'admin1' && !pointLike(o) && group[x] !== own && o !== p && o.country === p.country && o.name === p.admin1) this.push(x, 1);
        }
      } else {
        // the towns that lie in it
        for (let x = 0; x < place.length; x++) {
          const o = place[x]!;
          if (pointLike(o) && group[x] !== own && o !== p && o.country === p.country && o.admin1 === p.name) this.push(x, 1);
        }
      }
    }
    R_FROM[r] = from;
    R_N[r] = this.nRel - from;
  }
  /**
   * How well reading r fits the likely readings of the story's other names: for each other name,
   * the likeliest of its readings that lies near this one (towns within NEAR_KM) or contains it or
   * is contained by it (a state and its towns), weighted by that reading's likelihood; summed, at most 1.5.
   */
  coherence(r: number): number {
    if (R_FROM[r]! < 0) this.relate(r);
    const from = R_FROM[r]!, to = from + R_N[r]!;
    if (from === to) return 0;
    const own = this.group[r]!;
    const acc = ACC, nAcc = this.groups.length;
    for (let k = 0; k < nAcc; k++) acc[k] = 0;
    const prob = this.prob, group = this.group;
    let any = false;
    for (let q = from; q < to; q++) {
      const x = REL_ID[q]!;
      const pr = prob[x]!;
      if (pr === 0) continue;
      const v = REL_W[q]! * pr, g = group[x]!;
      if (v > acc[g]!) { acc[g] = v; any = true; }
    }
    if (!any) return 0;
    // (summed in the names' order)
    let sum = 0;
    for (let gi = 0; gi < nAcc; gi++) if (gi !== own) sum += acc[gi]!;
    return Math.min(1.5, sum);
  }
}

/** Scratch of resolve (one at a time; see Mention.sAt): candidates' scores and scores before coherence. */
let SCORES = new Float64Array(1024);
let BASES = new Float64Array(1024);
/** How much of SCORES the mentions of the story being resolved hold. */
let nScored = 0;
function growScores(n: number): void {
  const s = new Float64Array(2 * n), b = new Float64Array(2 * n);
  s.set(SCORES);
  b.set(BASES);
  SCORES = s;
  BASES = b;
}

/** Picks a candidate for every mention, with the document's countries and regions as context; returns the story's country. */
function resolve(mentions: Mention[], lowerWords: LowerWords, named: Set<string>): string {
  const live = mentions.filter((m) => !m.dropped);
  nScored = 0;
  // context: countries and admin-1 regions the document names unambiguously
  const countryWeight = new Map<string, number>();
  const admin1Named = new Set<string>();
  const impliedAdmin1 = new Map<string, number>();
  const countySupport = new Map<string, number>();
  // countries some name of a place (not only a nationality word) points to
  const placeBacked = new Set<string>();
  // (the best reading's country of every name, shared or not: the tie-break of a country name
  // two countries bear, "Congo" beside "Goma"; counted only when such a name asks for it, see baseOf)
  let softCountry: Map<string, number> | null = null;
  const softCountryOf = (): Map<string, number> => {
    if (softCountry === null) {
      softCountry = new Map<string, number>();
      for (let q = 0; q < live.length; q++) {
        const p = live[q]!.info!.best.place;
        if (p.kind !== 'country' && p.country) softCountry.set(p.country, (softCountry.get(p.country) ?? 0) + 1);
      }
    }
    return softCountry;
  };
  const add = (cc: string, w: number, demonym = false): void => {
    if (cc) countryWeight.set(cc, (countryWeight.get(cc) ?? 0) + w);
    if (cc && !demonym) placeBacked.add(cc);
  };
  for (let iM1 = 0; iM1 < live.length; iM1++) {
    const m = live[iM1]!;
    const info = (m.info = infoOf(m.cands));
    const { best, shared } = info;
    const p = best.place;
    if (shared) continue;
    if (p.kind === 'country') add(p.country, m.how === 'demonym' ? 0.5 : 1, m.how === 'demonym');
    else if (p.kind === 'admin1' && best.match === 'p') {
      add(p.country, 1);
      admin1Named.add(nameKey(p));
    } else if (p.population >= 100000 || p.fcode === 'PPLC') add(p.country, 0.5);
    else if (m.words > 1 && m.cands.every((c) => c.place.country === p.country)) add(p.country, 0.5);
    // a town of one name in the world ("Fitzgerald") says which region the story is in
    if (p.kind === 'city' && p.admin1 && m.words === 1 && m.cands.length === 1 && best.match === 'p' && m.how === 'name') {
      impliedAdmin1.set(admin1Key(p), (impliedAdmin1.get(admin1Key(p)) ?? 0) + 0.5);
    }
    // a town or county named in one region only ("Oconee County", "Barrow County") names that region
    if (p.kind !== 'admin1' && p.admin1 && m.words > 1 && m.cands.every((c) => c.place.country === p.country && c.place.admin1 === p.admin1)) {
      impliedAdmin1.set(admin1Key(p), (impliedAdmin1.get(admin1Key(p)) ?? 0) + 1);
    }
  }
  // a region named once, ambiguously ("Georgia"), and counties of it named as counties
  // ("Walton and Oconee counties", "Barrow County"): the counties decide
  const regionKeys = new Set<string>();
  for (let q = 0; q < live.length; q++) {
    const rk = live[q]!.info!.regionKeys;
    for (let r = 0; r < rk.length; r++) regionKeys.add(rk[r]!);
  }
  if (regionKeys.size) {
    for (let iM2 = 0; iM2 < live.length; iM2++) {
      const m = live[iM2]!;
      let seen: Set<string> | null = null;
      // (its ADM2 candidates only)
      const adm2 = m.info!.adm2;
      for (let iA = 0; iA < adm2.length; iA++) {
        const c = m.cands[adm2[iA]!]!;
        const p = c.place;
        if (p.fcode !== 'ADM2' || !(m.cue === 'admin2' || (m.words > 1 && c.match === 'p'))) continue;
        const k = admin1Key(p);
        if (regionKeys.has(k) && !seen?.has(k)) {
          (seen ??= new Set()).add(k);
          countySupport.set(k, (countySupport.get(k) ?? 0) + 1);
        }
      }
    }
    // (forEach: no entry arrays)
    countySupport.forEach((n, k) => { if (n >= 2) impliedAdmin1.set(k, Math.max(impliedAdmin1.get(k) ?? 0, 2)); });
  }
  impliedAdmin1.forEach((n, k) => { if (n >= 2) admin1Named.add(k); });
  countryWeight.forEach((w, cc) => { if (w >= 1) named.add(cc); });
  let docCountry = '';
  let bestW = 0;
  // (a nationality word alone, "a Peruvian student", does not make the story's country)
  countryWeight.forEach((w, cc) => { if (w > bestW && (w >= 1 || placeBacked.has(cc))) { bestW = w; docCountry = cc; } });
  // (the part of a score that coherence and anchors do not change)
  const baseOf = (m: Mention, c: Candidate, st: number): number => {
    const p = c.place;
    let s = st;
    if (m.cue) {
      const k = cueKindOf(p);
      if (k === m.cue) s += 40;
      else if (m.cue === 'city' && (k === 'admin2' || k === 'city')) s += 20;
      else if (m.cue === 'admin2' && k === 'city') s += 10;
      // "Sulu province", "Camarines Sur province": a province where provinces are the second level
      else if (m.cue === 'admin1' && k === 'admin2') s += 20;
    }
    // (a state of the story's country outranks a country of the same name the story does not otherwise name: "Georgia")
    if (p.country && p.country === docCountry) {
      s += p.kind !== 'admin1' ? 18 : namesCountry(m.info!.countries) ? 30 : 40;
    }
    else if (p.country && countryWeight.has(p.country)) s += 8;
    if (p.admin1 && p.kind !== 'admin1' && admin1Named.size !== 0 && admin1Named.has(admin1Key(p))) s += 18;
    // the region the story's counties and towns lie in ("Georgia" among Georgian counties)
    // (not where the text calls this name a city: "the city of Kharkiv" beside "the Kharkiv region")
    if (p.kind === 'admin1' && m.cue !== 'city') s += 30 * Math.min(2, impliedAdmin1.get(nameKey(p)) ?? 0);
    // a region named like a big town is written "X state", "X Province": bare, the town is meant
    if (p.kind === 'admin1' && m.cue !== 'admin1' && (m.info!.hugeTown || m.info!.bigTownCountries.includes(p.country))) s -= 30;
    // a country name two countries bear: the one the story's other names point to
    if (p.kind === 'country' && m.info!.countries.length > 1) {
      const soft = softCountryOf();
      if (soft.size !== 0) s += Math.min(3, soft.get(p.country) ?? 0);
    }
    if (m.region) {
      const fits = m.region.cands.some((r) => r.place.kind === 'country' ? r.place.country === p.country
        : r.place.kind === 'admin1' && r.place.country === p.country && r.place.name === p.admin1);
      if (fits) s += 60;
    }
    if (m.regionOf) {
      const fits = m.regionOf.cands.some((t) => t.place.country === p.country && (p.kind === 'country' || (p.kind === 'admin1' && t.place.admin1 === p.name)));
      if (fits) s += 40;
    }
    return s;
  };
  /** Some country of the list is one the story names (countryWeight). */
  const namesCountry = (countries: string[]): boolean => {
    for (let q = 0; q < countries.length; q++) if (countryWeight.has(countries[q]!)) return true;
    return false;
  };
  const scoreOf = (m: Mention, c: Candidate, base: number, weak: boolean, anchors: Anchor[] | null): number => {
    const p = c.place;
    let s = base;
    // places of the story that lie near each other or inside each other ("Alexandria" and "Pineville")
    const sup = support.size !== 0 ? support.get(c) : undefined;
    if (sup) s += COHERENCE * sup;
    if (weak) s -= 12;
    // towns of one story lie near each other
    if (anchors && (p.kind === 'city' || p.fcode === 'ADM2')) {
      let d = Infinity;
      const own = m.key;
      // (more than 3° of latitude apart is more than 300 km)
      for (let q = 0; q < anchors.length; q++) { const a = anchors[q]!; if (a.text !== own && !(Math.abs(a.place.lat - p.lat) > 3)) d = Math.min(d, km(a.place.lat, a.place.lon, p.lat, p.lon)); }
      if (d < 300) s += 20 * (1 - d / 300);
    }
    return s;
  };
  // mentions of one name with the same cue and region score alike: score each such reading once
  // (a reading scores alike for every mention of one lower-case name with the same cue, region and candidates:
  // bare mentions are keyed by the name's number, the others by a string; a name holds no "|")
  const memo = new Map<string, Mention>();
  const bareMemo: (Mention | undefined)[] = [];
  const memoKey = (m: Mention): string => `${m.key}|${m.cue ?? ''}|${m.region ? m.region.text : ''}|${m.regionOf ? m.regionOf.text : ''}`;
  const kids = new Map<string, number>();
  const choose = (m: Mention, anchors: Anchor[] | null): void => {
    let pick: Candidate | undefined;
    let pickScore = -Infinity;
    // (kept only from the first pass: the second, with anchors, needs no list)
    // (a mention's own list is overwritten: the mentions that share it, scoring alike, are given it again)
    const cands = m.cands;
    if (m.sAt < 0) {
      if (SCORES.length < nScored + cands.length) growScores(nScored + cands.length);
      m.sAt = nScored;
      nScored += cands.length;
    }
    const at = m.sAt;
    if (!m.baseOk) {
      const st = m.info!.st;
      for (let q = 0; q < cands.length; q++) BASES[at + q] = baseOf(m, cands[q]!, st[q]!);
      // (kept: the base depends on the story's country, and is weighed again when that changes — see below)
      m.baseOk = true;
    }
    const weak = m.info!.weak;
    for (let q = 0; q < cands.length; q++) {
      const c = cands[q]!;
      const s = scoreOf(m, c, BASES[at + q]!, weak[q] === 1, anchors);
      if (anchors === null) SCORES[at + q] = s;
      if (s > pickScore) { pickScore = s; pick = c; }
    }
    m.pick = pick;
    m.score = pickScore;
  };
  // (the support of the last coherence round; and of the one before, the map reused)
  let support = new Map<Candidate, number>();
  let supportBefore = new Map<Candidate, number>();
  /** Whether a candidate of m has another support than in `before` (m was last scored with that). */
  const supportChanged = (m: Mention, before: Map<Candidate, number>): boolean => {
    for (let q = 0; q < m.cands.length; q++) { const c = m.cands[q]!; if (before.get(c) !== support.get(c)) return true; }
    return false;
  };
  // (m.same, found once: an earlier mention, scored before it in every pass, that scores exactly alike)
  // (with `before`, the support the mentions were last scored with: a mention whose candidates' support is
  // the same scores as it did, and is left as it is)
  const rescore = (before: Map<Candidate, number> | null): void => {
    for (let iM4 = 0; iM4 < live.length; iM4++) {
      const m = live[iM4]!;
      if (m.cands.length < 2) continue;
      const same = m.same;
      if (before !== null && !supportChanged(m, before)) continue;
      if (same) {
        m.pick = same.pick;
        m.score = same.score;
        m.sAt = same.sAt;
      } else choose(m, null);
    }
  };
  for (let iM5 = 0; iM5 < live.length; iM5++) {
    const m = live[iM5]!;
    const key = m.key || (m.key = m.text.toLowerCase());
    let kid = kids.get(key);
    if (kid === undefined) kids.set(key, (kid = kids.size));
    m.kid = kid;
    const bare = m.cue == null && !m.region && !m.regionOf;
    const k = bare ? '' : memoKey(m);
    const same = bare ? bareMemo[kid] : memo.get(k);
    if (same && same.cands === m.cands) {
      m.same = same;
      m.pick = same.pick;
      m.score = same.score;
      m.sAt = same.sAt;
    } else {
      m.same = null;
      choose(m, null);
      if (bare) bareMemo[kid] = m;
      else memo.set(k, m);
    }
  }
  const groups = groupsOf(live, kids.size);
  // (every reading of the story's names, with its likelihood of the last scoring and the readings of other names that support it)
  const readings = groups.length >= 2 || !docCountry ? new Readings(groups) : null;
  // the story's country when no name says it: where most of its names' likely readings lie
  if (!docCountry) {
    const mass = new Map<string, number>();
    let total = 0;
    for (let iG6 = 0; iG6 < groups.length; iG6++) {
      const g = groups[iG6]!;
      prior(g, readings!.prob);
      // (the likely readings in the name's order)
      for (let k = 0; k < g.all.length; k++) {
        const pr = readings!.prob[g.base + k]!;
        if (pr === 0) continue;
        const p = g.all[k]!;
        if (p.country) { mass.set(p.country, (mass.get(p.country) ?? 0) + pr); total += pr; }
      }
    }
    let top = '', topW = 0;
    mass.forEach((w, cc) => { if (w > topW) { topW = w; top = cc; } });
    if (topW >= 2 && topW >= 0.6 * total) {
      docCountry = top;
      // (the bases were weighed without a country)
      for (let q = 0; q < live.length; q++) live[q]!.baseOk = false;
      rescore(null);
    }
  }
  // coherence: a reading near (or inside) the likely readings of the story's other names gains
  for (let round = 0; round < 2; round++) {
    if (groups.length < 2) break;
    for (let q = 0; q < groups.length; q++) prior(groups[q]!, readings!.prob);
    const before = support;
    support = supportBefore;
    supportBefore = before;
    support.clear();
    for (let gi = 0; gi < groups.length; gi++) {
      const g = groups[gi]!;
      if (g.nLikely < 2) continue;
      // the name of a country or a state is not pulled to a town of that name by its neighbours ("Florida")
      const polity = g.mentions[0]!.cands.some((c) => c.place.kind === 'country' || (c.place.kind === 'admin1' && c.match === 'p'));
      // (mentions of the name with the same candidates weigh them alike: once, or once more with a cue)
      let doneCands: readonly Candidate[] | null = null, doneCue = false;
      for (let iM7 = 0; iM7 < g.mentions.length; iM7++) {
        const m = g.mentions[iM7]!;
        if (m.cands === doneCands && (doneCue || !m.cue)) continue;
        if (m.cands !== doneCands) doneCue = false;
        doneCands = m.cands;
        doneCue ||= !!m.cue;
        // (the number of each candidate's reading: the name's first, plus its index in the name's readings)
        const at = m.ixAt;
        for (let iC8 = 0; iC8 < m.cands.length; iC8++) {
          const c = m.cands[iC8]!;
          if (support.has(c) || (polity && pointLike(c.place) && !m.cue)) continue;
          const v = readings!.coherence(g.base + IX[at + iC8]!);
          if (v > 0) support.set(c, v);
        }
      }
    }
    if (!support.size) break;
    rescore(before);
  }
  // second pass: the towns the first pass placed with confidence pull their namesakes' homonyms
  const anchors: Anchor[] = [];
  const anchored = new Set<PlaceRecord>();
  for (let iM9 = 0; iM9 < live.length; iM9++) {
    const m = live[iM9]!;
    const p = m.pick?.place;
    if (!p || !(p.kind === 'city' || p.fcode === 'ADM2') || anchored.has(p) || anchors.length >= 40) continue;
    const sAt = m.sAt;
    let sure = true;
    for (let q = 0; q < m.cands.length && sure; q++) if (!(m.cands[q] === m.pick || SCORES[sAt + q]! < m.score! - 10)) sure = false;
    if (sure) {
      anchored.add(p);
      anchors.push({ place: p, text: m.key });
    }
  }
  if (anchors.length) {
    for (let iM10 = 0; iM10 < live.length; iM10++) {
      const m = live[iM10]!;
      if (m.cands.length < 2) continue;
      const sAt = m.sAt;
      let close = false;
      for (let q = 0; q < m.cands.length && !close; q++) if (m.cands[q] !== m.pick && SCORES[sAt + q]! > m.score! - 20) close = true;
      if (!close) continue;
      // (the same mention was close too, and is already re-chosen)
      const same = m.same;
      if (same) {
        m.pick = same.pick;
        m.score = same.score;
      } else choose(m, anchors);
    }
  }
  // one sense per document: every mention of a name takes its best-supported reading
  const bestByText: (Mention | undefined)[] = new Array(kids.size);
  for (let iM11 = 0; iM11 < live.length; iM11++) {
    const m = live[iM11]!;
    const b = bestByText[m.kid];
    if (!b || (m.score ?? -Infinity) > (b.score ?? -Infinity)) bestByText[m.kid] = m;
  }
  for (let iM12 = 0; iM12 < live.length; iM12++) {
    const m = live[iM12]!;
    const b = bestByText[m.kid]!;
    // (except a mention whose own cue word names another kind: "the city of Kharkiv" beside "the Kharkiv region")
    if (b !== m && b.pick && m.cands.includes(b.pick) && !(m.cue && m.pick && b.cue !== m.cue && !cueKindFits(m.cue, b.pick.place) && cueKindFits(m.cue, m.pick.place))) {
      m.pick = b.pick;
      if (b.region || b.cue) m.cue ??= b.cue;
      if (b.region) m.region ??= b.region;
    }
  }
  for (let iM13 = 0; iM13 < live.length; iM13++) {
    const m = live[iM13]!;
    const pick = m.pick;
    if (!pick) continue;
    // keep only what the text supports: small places need a cue, a region, or the document's country
    const p = pick.place;
    const strong = p.kind === 'country' || p.kind === 'region' || (p.kind === 'admin1' && pick.match === 'p');
    const big = p.population >= 50000 || p.fcode === 'PPLC' || p.fcode === 'PPLA';
    const cueFits = !!m.cue && cueKindFits(m.cue, p);
    const context = (!!p.country && p.country === docCountry) || !!m.region || cueFits ||
      (!!p.admin1 && admin1Named.has(admin1Key(p)));
    // a small place abroad, in a story about somewhere else, is a homonym
    const foreign = !!docCountry && !!p.country && p.country !== docCountry && !countryWeight.has(p.country);
    let ok: boolean;
    if (m.sentenceInitial && m.words === 1 && lowerWords.has(m.key) && p.kind !== 'country') ok = false;
    // (but a town of some size that only one place bears, said where something happened, is that
    // town: "a drone launched from Yemen hit a hotel in Eilat")
    else if (foreign && !strong && !m.region && p.population < 100000 && m.how === 'name' && !(m.locative && m.cands.length === 1 && p.population >= 20000)) ok = false;
    else if (pick.match === 'a') ok = (big && (m.locative || context || p.population >= 500000)) || context && (m.locative || m.words > 1);
    else if (pick.match === 'b') ok = context;
    else if (strong || m.how === 'demonym' || m.how === 'abbreviation') ok = true;
    else if (m.sentenceInitial && m.words === 1) ok = (context && p.population >= 1000) || m.locative || cueFits || p.population >= 20000;
    else ok = big || context || m.locative || m.words > 1 || p.population >= 5000;
    if (!ok) m.dropped = true;
  }
  return docCountry;
}
