import type { Caption } from '../types.js';
import type { DocumentRules } from './rules.js';
import { findDate, type FoundDate } from './dates.js';

/**
 * One block of page text before cleaning: a line of a plain-text scrape, or a paragraph,
 * heading, list item or caption of an HTML page.
 */
export interface Block {
  text: string;
  /** Known structure (HTML); plain-text lines are all 'line'. */
  kind: 'line' | 'p' | 'h' | 'li' | 'caption' | 'quote';
  /** Share of the text inside links (HTML only). */
  linkDensity?: number;
}

export interface CleanOptions {
  /** Look for a headline in the first lines (false when the caller gave the title). */
  findTitle: boolean;
  /** Blocks come from an HTML page whose main text was already selected. */
  html: boolean;
}

export interface Cleaned {
  title: string | null;
  published: FoundDate | null;
  /** An outlet named by the page itself ("Title - Outlet", "OUTLET.ID - " dateline). */
  source: string | null;
  paragraphs: string[];
  captions: Caption[];
}

// ---------------------------------------------------------------- small text measures

const WORD_RE = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
export function wordCount(s: string): number {
  let n = 0;
  WORD_RE.lastIndex = 0;
  while (WORD_RE.exec(s)) n++;
  return n;
}

const TERMINAL_RE = /[.!?…]["”’'»)\]]*$/u;
const SOFT_END_RE = /[.,;:]["”’'»)\]]*$/u;
const INTERNAL_BREAK_RE = /[.!?]["”’]?\s+["“‘]?\p{Lu}/u;

/** A full paragraph of running text. */
function bodyLike(s: string, words: number): boolean {
  return (words >= 8 && TERMINAL_RE.test(s) && !/[!?]$/.test(s)) || words >= 35 || (words >= 12 && INTERNAL_BREAK_RE.test(s));
}

/** A headline or sub-heading: no closing full stop, not too long, one sentence. */
function headingLike(s: string, words: number): boolean {
  return words >= 2 && words <= 30 && !SOFT_END_RE.test(s) && !/\.\.\.$/.test(s) && !INTERNAL_BREAK_RE.test(s);
}

function titleCaseRatio(s: string): number {
  const ws = s.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (!ws.length) return 0;
  let up = 0;
  for (const w of ws) if (/^\p{Lu}/u.test(w)) up++;
  return up / ws.length;
}

export const foldKey = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

// ---------------------------------------------------------------- line classes

type Cls =
  | { k: 'drop'; why: string }
  | { k: 'enlarge' }
  | { k: 'related-alone' }
  | { k: 'tail' }
  | { k: 'caption'; text: string; credit: string | null }
  | { k: 'credit'; credit: string }
  | { k: 'byline' }
  | { k: 'text'; text: string };

interface Compiled {
  labelled: RegExp;
  slashCredit: RegExp;
  creditOnly: RegExp;
}
const compiledFor = new WeakMap<DocumentRules, Compiled>();
function compile(r: DocumentRules): Compiled {
  let c = compiledFor.get(r);
  if (c) return c;
  c = {
    // "… Nagorno-Karabakh. Foto: Reuters", "… | Photo Credit: Reuters", "… (Dok. Humas Polda Papua)", "Foto: Reuters"
    labelled: new RegExp(
      `^(?:(.*?(?:[.!?"”]|\\S))(?:\\s*[|(\\[]\\s*|\\s+[-–—]\\s+|(?<=[.!?"”])\\s+))?(?:${r.photoLabelRe})(?:\\s+(?:credit|kredit))?\\s*[:.]\\s*([^()\\[\\]]{2,140}?)\\s*[)\\]]?$`,
      'iu',
    ),
    // "… 13 Januari 2023/Net", "…/ANTARA"
    slashCredit: new RegExp(`^(.{10,}?\\S)\\s?\\/\\s?(${r.creditNameRe})$`, 'u'),
    // "Kompas.com/Kiki Andi Pati", "ANTARA FOTO/Aprillio Akbar", "REUTERS/Ammar Awad"
    creditOnly: /^([\p{L}\d][\p{L}\d.&'-]*(?:\s[\p{L}\d.&'-]+){0,3})\s?\/\s?(\p{Lu}[\p{L}.'-]*(?:\s[\p{L}.'-]+){0,4})$/u,
  };
  compiledFor.set(r, c);
  return c;
}

const ICON_RE = /^[a-z0-9]+(?:-[a-z0-9]+)+(?=\p{Lu}|$)/u;
const ONLY_SYMBOLS_RE = /^[\p{P}\p{S}\p{N}\s]*$/u;
const PAREN_ONLY_RE = /^\([^()]{1,60}\)$/;
const CAMEL_GLUE_RE = /\p{Ll}\p{Lu}/gu;

function creditLike(part: string, r: DocumentRules): boolean {
  return /\.(?:com|co|id|net|org|my|tv|news)\b/i.test(part) || r.creditNames.has(part) || /\b(?:foto|photo)\b/i.test(part) ||
    [...r.creditNames].some((n) => n.length > 2 && part.toLowerCase() === n.toLowerCase());
}

function classify(raw: string, r: DocumentRules, header: boolean): Cls {
  let s = raw;
  // Icon names of share widgets, alone or glued to the next word: "zoom-in-whitePerbesar".
  for (let m = ICON_RE.exec(s); m; m = ICON_RE.exec(s)) s = s.slice(m[0].length).trim();
  if (!s) return { k: 'drop', why: 'icon' };
  const lower = s.toLowerCase().replace(/\s*[:»>]$/, '');
  if (r.enlargeRe.test(lower)) return { k: 'enlarge' };
  if (r.litterLines.has(lower)) return { k: 'drop', why: 'litter' };
  if (ONLY_SYMBOLS_RE.test(s)) return { k: 'drop', why: 'symbols' };
  if (r.tailHeaders.has(lower)) return { k: 'tail' };
  if (r.relatedAlone.has(lower)) return { k: 'related-alone' };
  const words = wordCount(s);
  if (s.length <= 400 && r.litterRe?.test(s)) return { k: 'drop', why: 'litter-pattern' };
  if (r.relatedRe.test(s)) return { k: 'drop', why: 'related-link' };
  if (words <= 8) {
    for (const h of r.tailHeaders) if (h.includes(' ') && lower.startsWith(h + ' ')) return { k: 'tail' };
  }
  const c = compile(r);
  // Captions with their credit.
  if (words <= 90) {
    let m = c.labelled.exec(s);
    if (m) {
      const credit = m[2]!.trim().replace(/[.;,]$/, '');
      const text = (m[1] ?? '').trim();
      if (wordCount(credit) <= 12 && !INTERNAL_BREAK_RE.test(credit)) {
        return text ? { k: 'caption', text, credit } : { k: 'credit', credit };
      }
    }
    m = /^(.+?)\s*\(([^()]{2,80})\)$/u.exec(s);
    if (m) {
      const inner = m[2]!;
      const sm = /^([\p{L}\d][\p{L}\d .&'-]*?)\s?\/\s?(\p{Lu}[\p{L}.'-]*(?:\s[\p{L}.'-]+){0,4})$/u.exec(inner);
      if (sm && (wordCount(sm[2]!) >= 2 || creditLike(sm[1]!, r) || r.creditNames.has(sm[2]!)) && !/\d/.test(inner)) {
        return { k: 'caption', text: m[1]!.trim(), credit: inner.trim() };
      }
    }
    if (!TERMINAL_RE.test(s)) {
      m = c.slashCredit.exec(s);
      if (m) return { k: 'caption', text: m[1]!.trim(), credit: m[2]! };
    }
    if (header) {
      m = /^(.+[.!?])\s+[-–—]{1,2}\s+(\p{Lu}[\p{Lu}\d .&/'-]{1,40})$/u.exec(s);
      if (m && /\p{Lu}{2}/u.test(m[2]!) && wordCount(m[2]!) <= 5) return { k: 'caption', text: m[1]!.trim(), credit: m[2]!.trim() };
    }
    if (words <= 9) {
      m = c.creditOnly.exec(s);
      if (m && creditLike(m[1]!, r)) return { k: 'credit', credit: s };
    }
  }
  if (words <= 8 && r.bylineRe.test(s)) return { k: 'byline' };
  if (!TERMINAL_RE.test(s)) {
    const glued = s.match(CAMEL_GLUE_RE);
    if (glued && glued.length >= 3 && glued.length * 4 >= words) return { k: 'drop', why: 'navigation' };
  }
  return { k: 'text', text: s };
}

// ---------------------------------------------------------------- the cleaner

type HeaderEntry = { t: 'cand'; text: string; words: number } | { t: 'para'; text: string; words: number } | { t: 'date'; date: FoundDate; label: 'published' | 'updated' | null };

/**
 * Cleans page blocks into body paragraphs, captions and header metadata. Cascade per block:
 * icon names and litter → "Baca juga"/related lines and lists after a related-articles header →
 * captions (labelled "Foto: X", "(Dok. X)", "…/Net", "… - CNN INDONESIA", a credit line next to
 * its caption; repeats around "Perbesar" dropped) → bylines → in the first lines, the headline,
 * the publication date and section labels → body paragraphs.
 */
export function cleanBlocks(blocks: Block[], r: DocumentRules, opts: CleanOptions): Cleaned {
  const paragraphs: string[] = [];
  const captions: Caption[] = [];
  const captionKeys = new Set<string>();
  const header: HeaderEntry[] = [];
  let inHeader = !opts.html;
  let headerLines = 0;
  let inTail = false;
  let skipNextHeading = false;
  let title: string | null = null;
  let source: string | null = null;
  let published: FoundDate | null = null;
  const seen = new Set<string>();

  const addCaption = (text: string, credit: string | null): void => {
    const key = foldKey(text);
    if (!key) return;
    if (!captionKeys.has(key)) {
      captionKeys.add(key);
      captions.push({ text, credit });
    }
    // A caption printed just before as a bare line (the repeat carries the credit).
    const last = paragraphs[paragraphs.length - 1];
    if (last !== undefined && foldKey(last) === key) paragraphs.pop();
    for (let i = header.length - 1; i >= 0 && i >= header.length - 2; i--) {
      const h = header[i]!;
      if (h.t !== 'date' && foldKey(h.text) === key) header.splice(i, 1);
    }
  };

  const resolveHeader = (): void => {
    inHeader = false;
    if (opts.findTitle) {
      const cands = header.filter((h): h is Extract<HeaderEntry, { t: 'cand' }> => h.t === 'cand' && h.words >= 2);
      // "Headline - Outlet" followed by "Headline": the outlet is the source.
      for (const c of cands) {
        const m = /^(.+?)\s+(?:[-–—|]|::)\s+([^-–—|]{2,60})$/u.exec(c.text);
        if (!m) continue;
        const twin = cands.find((o) => o !== c && foldKey(o.text) === foldKey(m[1]!));
        if (twin) {
          source = m[2]!.trim();
          header.splice(header.indexOf(c), 1);
          cands.splice(cands.indexOf(c), 1);
          break;
        }
      }
      type Cand = Extract<HeaderEntry, { t: 'cand' }>;
      let chosen: Cand | undefined = cands.find((c) => {
        const next = header[header.indexOf(c) + 1];
        return next !== undefined && next.t === 'date';
      });
      chosen ??= cands.find((c) => c.words >= 3) ?? cands[0];
      if (chosen) {
        title = chosen.text;
        header.splice(header.indexOf(chosen), 1);
      }
    }
    const dates = header.filter((h): h is Extract<HeaderEntry, { t: 'date' }> => h.t === 'date');
    const pick = dates.find((d) => d.label === 'published') ?? dates.find((d) => d.label !== 'updated') ?? dates[0];
    if (pick) published = pick.date;
    for (const h of header) {
      if (h.t === 'date') continue;
      if (h.words <= 3 && !TERMINAL_RE.test(h.text)) continue; // section labels, outlet lines
      if (title && foldKey(h.text) === foldKey(title)) continue;
      pushParagraph(h.text);
    }
    header.length = 0;
  };

  const pushParagraph = (text: string): void => {
    if (seen.has(text)) return;
    seen.add(text);
    paragraphs.push(text);
  };

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const line = b.text;
    if (!line) continue;
    if (inHeader && ++headerLines > 15) resolveHeader();
    if (b.kind === 'caption') {
      const cls = classify(line, r, false);
      if (cls.k === 'caption') addCaption(cls.text, cls.credit);
      else if (cls.k === 'text') addCaption(cls.text, null);
      continue;
    }
    const cls = classify(line, r, inHeader);
    switch (cls.k) {
      case 'drop':
      case 'enlarge':
        continue;
      case 'related-alone':
        skipNextHeading = true;
        continue;
      case 'tail':
        if (opts.html && b.kind !== 'h' && b.kind !== 'line' && wordCount(line) > 3) break;
        inTail = true;
        continue;
      case 'caption':
        addCaption(cls.text, cls.credit);
        continue;
      case 'credit': {
        // A credit line stands next to its caption: the caption follows (Tribun) or precedes it.
        const next = blocks[i + 1];
        if (next && !opts.html) {
          const nc = classify(next.text, r, inHeader);
          if (nc.k === 'text') {
            const w = wordCount(nc.text);
            if (w <= 30 && !bodyLike(nc.text, w)) {
              addCaption(nc.text, cls.credit);
              i++;
              continue;
            }
          }
        }
        const last = paragraphs[paragraphs.length - 1];
        if (!inHeader && last !== undefined && !TERMINAL_RE.test(last) && wordCount(last) <= 30) {
          paragraphs.pop();
          addCaption(last, cls.credit);
        } else if (captions.length && captions[captions.length - 1]!.credit === null) {
          captions[captions.length - 1]!.credit = cls.credit;
        }
        continue;
      }
      case 'byline':
        if (inHeader) {
          const d = findDate(line, r);
          if (d) header.push({ t: 'date', date: d, label: null });
        }
        continue;
      case 'text':
        break;
    }
    const text = cls.k === 'text' ? cls.text : line;
    const words = wordCount(text);
    if (opts.html && b.linkDensity !== undefined && b.linkDensity >= 0.8 && words <= 25 && b.kind !== 'h') continue;
    if (inTail) {
      if ((words >= 15 && TERMINAL_RE.test(text)) || words >= 40) inTail = false;
      else continue;
    }
    if (skipNextHeading) {
      skipNextHeading = false;
      if (!bodyLike(text, words) && words <= 25) continue;
    }
    if (captionKeys.has(foldKey(text))) continue;
    if (inHeader) {
      const d = words <= 40 ? findDate(text, r) : null;
      if (d) {
        const rest = (text.slice(0, d.start) + ' ' + text.slice(d.end)).trim();
        if (wordCount(rest) <= 8 && !TERMINAL_RE.test(rest.replace(/\s*[-–—|]\s*$/, ''))) {
          const label = r.publishedRe.test(text) ? 'published' : r.updatedRe.test(text) ? 'updated' : null;
          header.push({ t: 'date', date: d, label });
          continue;
        }
      }
      if (words <= 2 && !TERMINAL_RE.test(text)) continue; // section label: "Berita", "News Flash"
      const heading = headingLike(text, words) || (/[!?]$/.test(text) && words <= 30 && !INTERNAL_BREAK_RE.test(text));
      if (heading && !(bodyLike(text, words) && !/[!?]$/.test(text))) {
        header.push({ t: 'cand', text, words });
        continue;
      }
      if (!bodyLike(text, words)) {
        header.push({ t: 'para', text, words });
        continue;
      }
      resolveHeader();
    }
    if (words <= 3 && (r.creditNames.has(text) || PAREN_ONLY_RE.test(text))) continue; // "AP", "(Kompas.com)"
    if (!opts.html && words >= 9 && words <= 14 && !SOFT_END_RE.test(text) && !TERMINAL_RE.test(text) && i < blocks.length - 1 &&
        (titleCaseRatio(text) >= 0.6 || /\S:\s/.test(text) || /^['"‘“]/.test(text))) {
      continue; // a related article's headline between paragraphs
    }
    pushParagraph(text);
  }
  if (inHeader) resolveHeader();
  if (title && paragraphs.length && foldKey(paragraphs[0]!) === foldKey(title)) paragraphs.shift();
  // An outlet that names itself in the dateline: "TRIBUNJABAR.ID - Satu mahasiswa …".
  if (!source && paragraphs.length) {
    const m = /^([A-Z][A-Za-z0-9-]*(?:\.[A-Za-z]{2,})+)\s+[-–—]\s/.exec(paragraphs[0]!);
    if (m) source = m[1]!;
  }
  return { title, published, source, paragraphs, captions };
}
