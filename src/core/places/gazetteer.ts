import type { PlaceKind } from '../types.js';
import { wordSig } from '../engine/text.js';

/** One place of the compiled index (a row of data/build/gazetteer.tsv). */
export interface PlaceRecord {
  row: number;
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2, '' when the place spans several countries. */
  country: string;
  admin1: string;
  lat: number;
  lon: number;
  geonames_id: number | null;
  /** GeoNames feature code (PPLC, PPLA, ADM1, ADM2, PCLI; RGN for curated regions). */
  fcode: string;
  population: number;
  /** Memo of the resolver: "country|admin1" ('' until first asked). */
  keyAdmin1?: string;
  /** Memo of the resolver: "country|name" ('' until first asked). */
  keyName?: string;
}

/** How a name reached a place: its primary/ASCII name, an alternate name, or a bare admin-2 name. */
export type NameMatch = 'p' | 'a' | 'b';

export interface Candidate {
  place: PlaceRecord;
  match: NameMatch;
}

/** The compiled place index, built by scripts/build-gazetteer.mjs and loaded by src/io. */
export interface Gazetteer {
  readonly size: number;
  /**
   * Candidates for a folded name (see fold() in engine/text), best first by static rank; keys
   * starting with "=" are case-sensitive abbreviations ("=US", "=AS"). Hash look-up only.
   */
  lookup(key: string): readonly Candidate[] | undefined;
  /** The most words of any name that starts with this folded word (1 when none is longer). */
  span(firstWord: string): number;
  /** span(word) and lookup(word) in one look-up. */
  word(firstWord: string): { readonly span: number; readonly cands: readonly Candidate[] | null };
  /** The places of a country (kind "country") by ISO alpha-2. */
  country(cc: string): PlaceRecord | undefined;
  /** An admin-1 region by country and name. */
  admin1(cc: string, name: string): PlaceRecord | undefined;
}

/** Slots of the front cache of a gazetteer's look-ups (see entry in parseGazetteer). */
const FRONT_SIZE = 4096;

const KINDS = new Set<PlaceKind>(['city', 'admin1', 'region', 'country', 'other']);

/** Byte-string codecs: the index text may be the file's UTF-8 bytes read as Latin-1 (fast to load). */
export interface GazetteerCodec {
  /** A stored slice → a real string. */
  decode(s: string): string;
  /** A real string → how it is stored. */
  encode(s: string): string;
}
const IDENTITY: GazetteerCodec = { decode: (s) => s, encode: (s) => s };

/** Whether a stored slice is plain ASCII (the same in every codec). */
function ascii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Indexes the text of a compiled index (format in scripts/build-gazetteer.mjs) without copying
 * it: names go into an open-addressing hash table of line offsets, place rows are parsed on first
 * use. Look-ups hash the folded name and compare in place. Pure.
 */
export function parseGazetteer(text: string, codec: GazetteerCodec = IDENTITY): Gazetteer {
  if (!text.startsWith('#sitrep-gazetteer 1')) throw new Error('not a sitrep gazetteer (bad header)');
  const namesAt = text.indexOf('\n#names\n');
  if (namesAt < 0) throw new Error('gazetteer has no #names section');
  // place rows
  let rowStarts = new Int32Array(1 << 18);
  let nRows = 0;
  let pos = text.indexOf('\n') + 1;
  while (pos <= namesAt) {
    if (nRows === rowStarts.length) {
      const bigger = new Int32Array(rowStarts.length * 2);
      bigger.set(rowStarts);
      rowStarts = bigger;
    }
    rowStarts[nRows++] = pos;
    pos = text.indexOf('\n', pos) + 1;
  }
  // names: count lines, then fill a table of twice that size
  const first = namesAt + '\n#names\n'.length;
  let nNames = 0;
  for (let p = first; p < text.length; p = text.indexOf('\n', p) + 1 || text.length) nNames++;
  let size = 1;
  while (size < nNames * 2) size <<= 1;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
  for (let p = first; p < text.length; ) {
    let nl = text.indexOf('\n', p);
    if (nl < 0) nl = text.length;
    const tab = text.indexOf('\t', p);
    if (tab > p && tab < nl) {
      let h = hashOf(text, p, tab) & mask;
      while (table[h] !== -1) h = (h + 1) & mask;
      table[h] = p;
    }
    p = nl + 1;
  }
  const parsed: (PlaceRecord | undefined)[] = new Array(nRows);
  const place = (row: number): PlaceRecord => {
    let p = parsed[row];
    if (p) return p;
    const end = text.indexOf('\n', rowStarts[row]!);
    const line = text.slice(rowStarts[row]!, end);
    const f = (ascii(line) ? line : codec.decode(line)).split('\t');
    const kind = (KINDS.has(f[1] as PlaceKind) ? f[1] : 'other') as PlaceKind;
    p = {
      row, name: f[0]!, kind, country: f[2] ?? '', admin1: f[3] ?? '', lat: Number(f[4]), lon: Number(f[5]),
      geonames_id: f[6] ? Number(f[6]) : null, fcode: f[7] ?? '', population: Number(f[8]) || 0, keyAdmin1: '', keyName: '',
    };
    parsed[row] = p;
    return p;
  };
  const rowKind = (row: number): string => {
    const s = rowStarts[row]!;
    const t1 = text.indexOf('\t', s);
    return text.slice(t1 + 1, text.indexOf('\t', t1 + 1));
  };
  /** The value stored for a key, or null. */
  const raw = (key: string): string | null => {
    const k = codec.encode(key);
    let h = hashOf(k, 0, k.length) & mask;
    for (let at = table[h]!; at !== -1; h = (h + 1) & mask, at = table[h]!) {
      if (text.charCodeAt(at + k.length) === 9 && text.startsWith(k, at)) {
        const end = text.indexOf('\n', at);
        return text.slice(at + k.length + 1, end < 0 ? text.length : end);
      }
    }
    return null;
  };
  // one cache entry per key for both look-ups (a word's span and its candidates are asked together)
  interface Entry { cands: Candidate[] | null | undefined; span: number }
  const cache = new Map<string, Entry>();
  // (in front of it, the entries of the keys asked lately by their signature, one per slot: most
  // keys are a story's few names asked again and again, found there without hashing the key into
  // the large map; an entry's values are the same whichever object holds them)
  const frontKey: string[] = new Array<string>(FRONT_SIZE).fill('');
  const frontEntry: (Entry | undefined)[] = new Array<Entry | undefined>(FRONT_SIZE).fill(undefined);
  const entry = (key: string): Entry => {
    const slot = wordSig(key) & (FRONT_SIZE - 1);
    const fe = frontEntry[slot];
    if (fe !== undefined && frontKey[slot] === key) return fe;
    let e = cache.get(key);
    if (e === undefined) {
      if (cache.size > 50000) cache.clear();
      cache.set(key, (e = { cands: undefined, span: -1 }));
    }
    frontKey[slot] = key;
    frontEntry[slot] = e;
    return e;
  };
  const candidates = (key: string): Candidate[] | null => {
    const refs = raw(key);
    return refs === null ? null : refs.split(',').map((r) => ({ match: r[0] as NameMatch, place: place(Number(r.slice(1))) }));
  };
  const lookup = (key: string): Candidate[] | undefined => {
    const e = entry(key);
    if (e.cands === undefined) e.cands = candidates(key);
    return e.cands ?? undefined;
  };
  const span = (first: string): number => {
    const e = entry(first);
    if (e.span < 0) e.span = Number(raw('^' + first) ?? 1);
    return e.span;
  };
  const word = (first: string): { span: number; cands: Candidate[] | null } => {
    const e = entry(first);
    if (e.span < 0) e.span = Number(raw('^' + first) ?? 1);
    if (e.cands === undefined) e.cands = candidates(first);
    return e as { span: number; cands: Candidate[] | null };
  };
  const countries = new Map<string, PlaceRecord>();
  const admin1s = new Map<string, PlaceRecord>();
  const indexRow = (i: number, k: string): void => {
    if (k === 'country') countries.set(place(i).country, place(i));
    else if (k === 'admin1') {
      const p = place(i);
      admin1s.set(`${p.country}|${p.name.toLowerCase()}`, p);
    }
  };
  // countries come first and admin-1 regions after the towns: read both ends until a town
  for (let i = 0; i < nRows; i++) {
    const k = rowKind(i);
    if (k === 'city') break;
    indexRow(i, k);
  }
  for (let i = nRows - 1; i >= 0; i--) {
    const k = rowKind(i);
    if (k === 'city') break;
    indexRow(i, k);
  }
  return {
    size: nRows,
    lookup,
    span,
    word,
    country: (cc) => countries.get(cc),
    admin1: (cc, name) => admin1s.get(`${cc}|${name.toLowerCase()}`),
  };
}
