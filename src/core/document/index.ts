import * as nodeCrypto from 'node:crypto';
import { InputError, type DocumentHints, type DocumentOut } from '../types.js';
import { documentRules } from './rules.js';
import { PACKS } from '../../lang/index.js';
import { cleanBlocks, foldKey, lineWords, sameText, wordCount, type Block, type Cleaned } from './clean.js';
import { htmlDocument, looksLikeHtml, type HtmlMeta } from './html.js';
import { identifyLanguage } from './language.js';
import { findDate, normaliseIso } from './dates.js';
import { hostOf, outletFromUrl } from './outlets.js';
import type { DocumentEnv } from './types.js';

export type { DocumentEnv, LanguageDetector, DetectedLanguage, DocumentPack } from './types.js';
export { looksLikeHtml } from './html.js';

/** Invisible and control characters (dropped), and tabs, no-break and typographic spaces (made one space). */
const INVISIBLE = '\\u200B-\\u200D\\u2060\\uFEFF\\u00AD\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F';
const ODD_SPACE = '\\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000';
const INVISIBLE_RE = new RegExp(`[${INVISIBLE}]`, 'g');
/** An odd space (with the spaces after it), or a run of plain spaces: one space. */
const SPACES_RE = new RegExp(`[${ODD_SPACE}][${ODD_SPACE} ]*| {2,}`, 'g');
/** A low single quote before white space: a comma typed with the wrong key or code page ("Khyber‚ part of"). */
const LOW9_COMMA_RE = /\u201A(?=\s|$)/g;
/** Anything the three above would change except plain double spaces (tested apart). */
const ODD_CHAR_RE = new RegExp(`[${INVISIBLE}${ODD_SPACE}\\u201A]`);

/** SHA-256 of a text in hex: Node's one-shot hash where it exists (20.12+), faster for short input. */
const oneShot = (nodeCrypto as unknown as { hash?: (alg: string, data: string, enc: 'hex') => string }).hash;
const sha256Hex = (text: string): string => (oneShot ? oneShot('sha256', text, 'hex') : nodeCrypto.createHash('sha256').update(text).digest('hex'));

/** The start of a line that continues a hard-wrapped one: a lower-case word, then two more. */
const WRAPPED_RE = /^\p{Ll}[\p{Ll}\p{N}]*[\s,]+\S+\s+\S/u;
/** Whether a line may start with a lower-case letter (false only for ASCII that is not a–z). */
const startsLower = (l: string): boolean => {
  const c = l.charCodeAt(0);
  return c >= 128 || (c >= 97 && c <= 122);
};

/**
 * Splits a plain-text scrape into lines. A scraper's leading "date YYYY-MM-DD" field is taken off
 * and returned; hard-wrapped lines (a line ending mid-sentence, the next starting in lower case) are
 * joined back.
 */
function textBlocks(content: string, spacesDone = false): { blocks: Block[]; fieldDate: string | null } {
  // (one scan decides whether either clean-up is needed: most scrapes need neither; two spaces
  // together inside a line are seen while its words are counted, and send the page round again)
  let clean = content;
  if (!spacesDone && ODD_CHAR_RE.test(clean)) {
    clean = clean.replace(INVISIBLE_RE, '').replace(SPACES_RE, ' ').replace(LOW9_COMMA_RE, ',');
    spacesDone = true;
  }
  const crlf = clean.includes('\r');
  const raw = crlf ? clean.split(/\r\n?|\n/) : clean.split('\n');
  const lines = raw.map((l) => l.trim());
  let fieldDate: string | null = null;
  const first = lines.findIndex((l) => l.length > 0);
  if (first >= 0) {
    const m = /^date:?\s+(\d{4}-\d{2}-\d{2})\b\s*/i.exec(lines[first]!);
    if (m) {
      fieldDate = m[1]!;
      lines[first] = lines[first]!.slice(m[0].length);
    }
  }
  // Words per line, counted in the text itself where the line is cut from it untouched (one flat
  // string reads faster than its slices); a line's count is the same either way.
  let at = 0;
  const counts = new Array<number>(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const len = raw[i]!.length;
    const l = lines[i]!;
    const n = l.length === 0 ? 0 : !crlf && l.length === len && !(fieldDate !== null && i === first) ? lineWords(clean, at, at + len) : lineWords(l, 0, l.length);
    if (n < 0) return textBlocks(clean.replace(SPACES_RE, ' '), true);
    counts[i] = n;
    at += len + 1;
  }
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i]!;
    if (!l) continue;
    let words = counts[i]!;
    while (i + 1 < lines.length && lines[i + 1] && !'.!?:;"”)]'.includes(l[l.length - 1]!) && startsLower(lines[i + 1]!) && WRAPPED_RE.test(lines[i + 1]!) && words >= 8) {
      l += ' ' + lines[++i]!;
      words += counts[i]!;
    }
    blocks.push({ text: l, kind: 'line', words });
  }
  return { blocks, fieldDate };
}

/** "Headline | Outlet" → "Headline" when the tail names the site (its name or its domain). */
function stripSiteName(title: string | null, siteName: string | null, url: string | null | undefined): string | null {
  if (!title) return title;
  const m = /^(.{8,}?)\s+(?:[|·•»:]|[-–—]{1,2})\s+([^|·•»]{2,60})$/u.exec(title);
  if (!m) return title;
  const tail = foldKey(m[2]!).replace(/\s+/g, '');
  const host = hostOf(url ?? null);
  const names = [siteName ? foldKey(siteName).replace(/\s+/g, '') : '', host ? host.split('.').slice(-3).join(' ') : ''];
  const hostLabels = host ? host.split('.').map((l) => l.toLowerCase()) : [];
  if (names.some((n) => n && (n === tail || n.startsWith(tail) || tail.startsWith(n))) || hostLabels.includes(tail) || hostLabels.some((l) => l.length > 3 && tail.startsWith(l))) {
    return m[1]!.trim();
  }
  return title;
}

function normaliseTitle(t: string | null | undefined): string | null {
  const s = t?.replace(/\s+/g, ' ').trim();
  return s ? s : null;
}

/**
 * The document stage: turns one decoded page (plain-text scrape or HTML) into a clean document.
 * Cascade: format by content → HTML: Readability main text + head metadata / text: lines → shared
 * cleaner (litter, related links, captions, bylines, headline and date in the first lines) → language
 * (function words, distinctive words, injected detector, declared) → publication time (flag, page,
 * dateline) → source (page, URL) → id = hash of the cleaned text. Hints (CLI flags, batch fields) win
 * over what the page says; a given title means the content is all body.
 */
export function buildDocument(content: string, hints: DocumentHints, env: DocumentEnv = {}): DocumentOut {
  const r = documentRules();
  let cleaned: Cleaned;
  let meta: HtmlMeta | null = null;
  let fieldDate: string | null = null;
  let pageBlocks: Block[] = [];
  if (looksLikeHtml(content)) {
    let h: ReturnType<typeof htmlDocument>;
    try {
      h = htmlDocument(content);
    } catch (e) {
      throw new InputError(`cannot parse the HTML page (${String((e as Error)?.message ?? e).split('\n')[0]!.slice(0, 120)})`);
    }
    meta = h.meta;
    meta.title = stripSiteName(meta.title, meta.siteName, hints.url ?? meta.url);
    cleaned = cleanBlocks(h.blocks, r, { findTitle: false, html: true, knownTitle: hints.title ?? meta.title });
    pageBlocks = h.blocks;
  } else {
    const t = textBlocks(content);
    fieldDate = t.fieldDate;
    cleaned = cleanBlocks(t.blocks, r, { findTitle: !hints.title, html: false });
    pageBlocks = t.blocks;
  }
  let title = normaliseTitle(hints.title) ?? cleaned.title ?? normaliseTitle(meta?.title);
  const paragraphs = cleaned.paragraphs;
  // A page of one block (a snippet, a wire flash): what looked like its headline is its text.
  if (paragraphs.length === 0 && !hints.title && !meta && cleaned.title) {
    paragraphs.push(cleaned.title);
    title = null;
  }
  // Nothing kept, and the page is one block ("Bom meledak", dropped as a section label): that block is the text.
  if (paragraphs.length === 0) {
    const only = pageBlocks.map((b) => b.text).filter((b) => b && b.trim());
    // (not a bare address or a line with no letters)
    if (only.length === 1 && (/^\s*https?:\/\/\S+\s*$/.test(only[0]!) || !/\p{L}/u.test(only[0]!))) only.length = 0;
    if (only.length === 1) {
      paragraphs.push(only[0]!.trim());
      if (title && sameText(title, only[0]!.trim())) title = null;
    }
  }
  if (title && paragraphs.length > 1 && sameText(paragraphs[0]!, title)) paragraphs.shift();
  const text = paragraphs.join('\n\n');
  if (!text.trim()) throw new InputError('no article text found in the input');

  let published: string | null = hints.published?.trim() || null;
  if (!published) {
    const fromMeta = meta?.published ? normaliseIso(meta.published, r) : null;
    const fromText = cleaned.published?.iso ?? null;
    // A page's own metadata is exact; the printed date line wins only where it adds the zone the metadata lacks.
    const hasOffset = (s: string | null): boolean => !!s && /T.*(?:[+-]\d{2}:\d{2}|Z)$/.test(s);
    if (fromMeta && fromText && !hasOffset(fromMeta) && hasOffset(fromText) && fromMeta.slice(0, 16) === fromText.slice(0, 16)) published = fromText;
    else published = fromMeta ?? fromText;
    // A date printed in the byline block Readability set aside.
    if (!published && meta?.byline) published = findDate(meta.byline, r)?.iso ?? null;
  }
  if (!published) {
    // A dateline: "KYIV, Ukraine, April 23, 2024 (AFP) - …" gives the date only.
    const lead = text.slice(0, 200);
    const d = findDate(lead, r);
    if (d && d.start < 120) {
      const before = lead.slice(0, d.start);
      const after = lead.slice(d.end);
      if (wordCount(before) <= 6 && /^(?:\p{Lu}[\p{L}.'’ -]*(?:,\s*)?)*$/u.test(before) && /^\s*(?:\([^()]{1,30}\))?\s*(?:[-–—:]|$)/u.test(after)) {
        published = d.iso.slice(0, 10);
      }
    }
  }
  published ??= fieldDate;

  const url = hints.url?.trim() || meta?.url || null;
  const language = hints.language?.trim().toLowerCase() || identifyLanguage(text, r, env.detectLanguage, meta?.lang ?? null).language;
  // A clock time printed without a zone, on a page in a language whose outlets print one zone.
  if (published && !hints.published && /T\d{2}:\d{2}:\d{2}$/.test(published)) {
    const offset = PACKS.find((p) => p.code === language)?.document?.defaultOffset;
    if (offset) published += offset;
  }
  const source = cleaned.source ?? normaliseTitle(meta?.siteName) ?? outletFromUrl(url);
  return {
    id: sha256Hex(text).slice(0, 32),
    url,
    source,
    title,
    published,
    language,
    text,
    captions: cleaned.captions,
  };
}

export { wordCount };
