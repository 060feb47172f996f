import type { Caption } from '../types.js';
import { mayStart, type DocumentRules } from './rules.js';
import { findDate, type FoundDate } from './dates.js';
import { isOutletName } from './outlets.js';

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
  /** wordCount(text), when the caller counted it already. */
  words?: number;
}

export interface CleanOptions {
  /** Look for a headline in the first lines (false when the caller gave the title). */
  findTitle: boolean;
  /** Blocks come from an HTML page whose main text was already selected. */
  html: boolean;
  /** A headline known from elsewhere (page metadata): its repeat in the first blocks is dropped. */
  knownTitle?: string | null;
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

const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;

/** Counts words: runs of non-space characters holding at least one letter or digit. */
export function wordCount(s: string): number {
  return countWords(s, 0, s.length, false);
}

/**
 * wordCount of s.slice(from, to) (a line without spaces at either end), or -1 when two spaces stand
 * together inside it (the caller then collapses them first).
 */
export function lineWords(s: string, from: number, to: number): number {
  return countWords(s, from, to, true);
}

/** The words of s[from, to), read in place; with `doubles`, -1 at two spaces in a row. */
function countWords(s: string, from: number, to: number, doubles: boolean): number {
  let n = 0;
  let i = from;
  while (i < to) {
    const sp = i;
    while (i < to && s.charCodeAt(i) === 32) i++;
    if (i >= to) break;
    if (doubles && i - sp > 1) return -1;
    let end = s.indexOf(' ', i);
    if (end < 0 || end > to) end = to;
    for (let j = i; j < end; j++) {
      if (isWordChar(s.charCodeAt(j))) {
        n++;
        break;
      }
    }
    i = end;
  }
  return n;
}

/** A closing quote or bracket: " ” ’ ' » ) ]. */
const isCloser = (c: number): boolean => c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x27 || c === 0xbb || c === 0x29 || c === 0x5d;
/** The last character of a line before any closing quotes or brackets. */
function lastMark(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && isCloser(s.charCodeAt(i))) i--;
  return i >= 0 ? s[i]! : '';
}
const TERMINAL_RE = { test: (s: string): boolean => '.!?…'.includes(lastMark(s) || 'x') };
const SOFT_END_RE = { test: (s: string): boolean => '.,;:'.includes(lastMark(s) || 'x') };
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

/** Same text once case, accents, punctuation and spacing are set aside (cheap length test first). */
export function sameText(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la > lb * 1.3 + 8 || lb > la * 1.3 + 8) return false;
  return a === b || foldKey(a) === foldKey(b);
}

export const foldKey = (s: string): string =>
  (/[^\x00-\x7f]/.test(s) ? s.normalize('NFKD').replace(/\p{M}+/gu, '') : s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

// ---------------------------------------------------------------- line classes

type Cls =
  | { k: 'drop'; why: string }
  | { k: 'enlarge' }
  | { k: 'related-alone' }
  | { k: 'tail' }
  | { k: 'caption'; text: string; credit: string | null }
  | { k: 'credit'; credit: string }
  | { k: 'byline' }
  | { k: 'caption-label'; text: string }
  | { k: 'text'; text: string; words: number };

interface Compiled {
  labelled: RegExp;
  slashCredit: RegExp;
  creditOnly: RegExp;
  tailLeads: string[];
  /** tailLeads by their first word (a line can start with a lead only if its first word is the lead's). */
  tailLeadsByFirst: Map<string, string[]>;
  /** One search for any of the litter key words / photo label keys (lower-case text). */
  litterKeyRe: RegExp;
  photoKeyRe: RegExp;
}
const compiledFor = new WeakMap<DocumentRules, Compiled>();
let lastRules: DocumentRules | null = null;
let lastCompiled: Compiled | null = null;
function compile(r: DocumentRules): Compiled {
  if (r === lastRules) return lastCompiled!;
  let c = compiledFor.get(r);
  if (c) {
    lastRules = r;
    lastCompiled = c;
    return c;
  }
  c = {
    // "… Nagorno-Karabakh. Foto: Reuters", "… | Photo Credit: Reuters", "… (Dok. Humas Polda Papua)", "Foto: Reuters"
    labelled: new RegExp(
      `^(?:(.*?(?:[.!?"”]|\\S))(?:\\s*[|(\\[]\\s*|\\s+[-–—]\\s+|(?<=[.!?"”])\\s+))?(?:${r.photoLabelRe})(?:\\s+(?:credit|kredit))?\\s*[:.,/]\\s*([^\\[\\]]{2,160}?)\\s*[)\\]]?$`,
      'iu',
    ),
    // "… 13 Januari 2023/Net", "…/ANTARA"
    slashCredit: new RegExp(`^(.{10,}?\\S)\\s?\\/\\s?(${r.creditNameRe})$`, 'u'),
    // "Kompas.com/Kiki Andi Pati", "ANTARA FOTO/Aprillio Akbar", "REUTERS/Ammar Awad"
    creditOnly: /^([\p{L}\d][\p{L}\d.&'-]*(?:\s[\p{L}\d.&'-]+){0,3})\s?\/\s?(\p{Lu}[\p{L}.'-]*(?:\s[\p{L}.'-]+){0,4})$/u,
    // Multi-word tail headers with the space that must follow them ("baca juga " …), built once.
    tailLeads: [...r.tailHeaders].filter((h) => h.includes(' ')).map((h) => h + ' '),
    tailLeadsByFirst: new Map(),
    litterKeyRe: anyOf(r.litterKeys),
    photoKeyRe: anyOf(r.photoLabelKeys),
  };
  for (const h of c.tailLeads) {
    const w = h.slice(0, h.indexOf(' '));
    const l = c.tailLeadsByFirst.get(w);
    if (l) l.push(h);
    else c.tailLeadsByFirst.set(w, [h]);
  }
  compiledFor.set(r, c);
  lastRules = r;
  lastCompiled = c;
  return c;
}

const ICON_RE = /^[a-z0-9]+(?:-[a-z0-9]+)+(?=\p{Lu}|$)/u;
const ONLY_SYMBOLS_RE = /^[\p{P}\p{S}\p{N}\s]*$/u;
const PAREN_ONLY_RE = /^\([^()]{1,60}\)$/;
/** How a caption printed twice ends: a stop, or the bracket of a date or credit. */
const TWICE_CAPTION_END_RE = /[.)\]]$/;
/** A topic tag line: up to three words, the first in lower case, no digit, no punctuation but a hyphen. */
const TAG_LINE_RE = /^\p{Ll}[\p{L}\p{M}-]*(?: [\p{L}\p{M}-]+){0,2}$/u;
/** "<caption> [<credit>]" (see classify). */
const BRACKET_CREDIT_RE = /^(.+?)\s*\[([^[\]]{2,80})\]$/u;
/** "File:" before a credit in brackets: a photo from the outlet's archive. */
const FILE_LABEL_RE = /^(?:file(?: photo)?|archive)\s*:\s*/i;
const VIA_RE = /^.*\bvia\s+/i;
/** "Home > News > Regional", "Berita / Nasional / Hukum". */
const BREADCRUMB_RE = /^(?:[^>›»/|]{1,30}\s[>›»/|]\s){2,}[^>›»/|]{1,40}$/u;
const CAMEL_GLUE_RE = /\p{Ll}\p{Lu}/gu;

// Marks a pattern needs: a line with none skips it (a native search per mark, no pattern run).
const DASHES = ['-', '–', '—'];
const TITLE_MARKS = ['-', '–', '—', '|', ':'];
const CRUMB_MARKS = ['>', '›', '»', '/', '|'];

/** Whether s holds one of the characters. */
function hasCharOf(s: string, marks: readonly string[]): boolean {
  for (let k = 0; k < marks.length; k++) if (s.indexOf(marks[k]!) >= 0) return true;
  return false;
}

/** How many times a lower-case letter runs into a capital (as s.match(CAMEL_GLUE_RE)?.length ?? 0), read in place for ASCII. */
function camelGlues(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return s.match(CAMEL_GLUE_RE)?.length ?? 0;
    if (c >= 97 && c <= 122) {
      const d = s.charCodeAt(i + 1);
      if (d >= 65 && d <= 90) n++;
    }
  }
  return n;
}

/**
 * Whether publishedRe (^\W*(?:labels)\b) may match: its label starts at the first word character,
 * so an ASCII one must be a first letter of a label; a line with a character above ASCII before
 * its first word character may match.
 */
function mayBePublished(s: string, r: DocumentRules): boolean {
  const first = r.publishedFirst;
  if (first === null) return true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return true;
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) return first[c] === 1;
  }
  return false;
}
/** A slash after the last sentence end (linear; the caption pattern that needs one backtracks). */
const SLASH_AFTER_END_RE = /\/[^.!?]*$/;

/** A search for any of the strings (one regex scan beats one `includes` per key); none: never matches. */
function anyOf(keys: readonly string[]): RegExp {
  return keys.length ? new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) : /(?!)/;
}

/** Whether updatedRe may match: an ASCII line must hold one of the labels (in lower case); any other line may. */
function mayBeUpdated(s: string, r: DocumentRules): boolean {
  const words = r.updatedWords;
  if (words === null) return true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return true;
  const lower = s.toLowerCase();
  for (const w of words) if (lower.includes(w)) return true;
  return false;
}

function creditLike(part: string, r: DocumentRules): boolean {
  return /^\p{Lu}{4,}$/u.test(part) || /\.(?:com|co|id|net|org|my|tv|news)\b/i.test(part) || r.creditNames.has(part) || /\b(?:foto|photo)\b/i.test(part) ||
    r.creditNamesLower.has(part.toLowerCase());
}

function classify(raw: string, r: DocumentRules, header: boolean, rawWords?: number): Cls {
  let s = raw;
  // Icon names of share widgets, alone or glued to the next word: "zoom-in-whitePerbesar".
  const c0 = s.charCodeAt(0);
  if ((c0 >= 97 && c0 <= 122) || (c0 >= 48 && c0 <= 57)) {
    for (let m = ICON_RE.exec(s); m; m = ICON_RE.exec(s)) s = s.slice(m[0].length).trim();
    if (!s) return { k: 'drop', why: 'icon' };
  }
  const words = s === raw && rawWords !== undefined ? rawWords : wordCount(s);
  // (the line in lower case, made at most once)
  let sLower: string | null = null;
  if (words <= 10) {
    let lower = (sLower = s.toLowerCase());
    const lc = lower.charCodeAt(lower.length - 1);
    if (lc === 58 || lc === 0xbb || lc === 62) lower = lower.replace(/\s*[:»>]$/, ''); // "Baca juga:", "Related »"
    if (r.enlargeLengths.has(lower.length) && r.enlargeRe.test(lower)) return { k: 'enlarge' };
    if (r.litterLines.has(lower)) return { k: 'drop', why: 'litter' };
    if (words <= 2 && ONLY_SYMBOLS_RE.test(s)) return { k: 'drop', why: 'symbols' };
    if (r.tailHeaders.has(lower)) return { k: 'tail' };
    if (r.relatedAlone.has(lower)) return { k: 'related-alone' };
    if (words <= 8) {
      // (the leads hold a space: one whose first word is not the line's cannot start it)
      const sp = lower.indexOf(' ');
      const leads = sp > 0 ? compile(r).tailLeadsByFirst.get(lower.slice(0, sp)) : undefined;
      if (leads !== undefined) for (const h of leads) if (lower.startsWith(h)) return { k: 'tail' };
    }
  }
  if (words <= 60) {
    const cl = mayStart(r.captionLabelFirst, s) ? r.captionLabelRe.exec(s) : null;
    if (cl && (cl[1] === '' || /^[:,.]|\s*[:,]/.test(s.slice(s.length - cl[1]!.length - 2)))) return { k: 'caption-label', text: cl[1]!.trim() };
  }
  if (words <= 40 && s.length <= 360 && (r.litterStartRe?.test(s) || (words <= 32 && !(words >= 16 && INTERNAL_BREAK_RE.test(s)) && compile(r).litterKeyRe.test((sLower ??= s.toLowerCase())) && r.litterRe?.test(s)))) return { k: 'drop', why: 'litter-pattern' };
  if (mayStart(r.relatedFirst, s) && r.relatedRe.test(s)) return { k: 'drop', why: 'related-link' };
  const c = compile(r);
  // Captions with their credit.
  if (words <= 90) {
    const tail = s.length > 200 ? s.slice(-200) : s;
    let lm = '';
    let m = (tail.includes(':') || (mayStart(r.photoLeadFirst, s) && r.photoLeadRe.test(s)) || (lm = lastMark(s)) === ')' || lm === ']' || s.endsWith(')')) && c.photoKeyRe.test(tail === s ? (sLower ??= s.toLowerCase()) : tail.toLowerCase()) ? c.labelled.exec(s) : null;
    if (m) {
      let credit = m[2]!.trim().replace(/[.;,]$/, '');
      let text = (m[1] ?? '').trim();
      // detik: "Foto: <caption> (<Name>/detikcom)": the label holds the caption, the parentheses the credit.
      const inner = /^(.*?)\s*\(([^()]{2,60})\)?$/.exec(credit);
      if (inner && (inner[2]!.includes('/') || !text)) {
        if (inner[1]) text = inner[1];
        credit = inner[2]!.trim();
      }
      if (!credit.includes('(') && !credit.includes(')') && wordCount(credit) <= 12 && !INTERNAL_BREAK_RE.test(credit)) {
        return text ? { k: 'caption', text, credit } : { k: 'credit', credit };
      }
    }
    m = s.endsWith(')') ? /^(.+?)\s*\(([^()]{2,80})\)$/u.exec(s) : null;
    if (m) {
      const inner = m[2]!;
      const sm = /^([\p{L}\d][\p{L}\d .&'-]*?)\s?\/\s?(\p{Lu}[\p{L}.'-]*(?:\s[\p{L}.'-]+){0,4})$/u.exec(inner);
      // A photographer's name or a photo word is strong evidence; an agency pair ("(Antara/Reuters)") also
      // signs off news paragraphs, so it marks a caption only on a short one-sentence line.
      const strong = sm && (wordCount(sm[2]!) >= 2 || /stock|photo|foto|image|pics?\b/i.test(sm[1]!) || r.photoLeadRe.test(s));
      const weak = sm && (creditLike(sm[1]!, r) || r.creditNames.has(sm[2]!)) && words <= 25 && !INTERNAL_BREAK_RE.test(m[1]!);
      if (strong || weak) {
        return { k: 'caption', text: m[1]!.trim(), credit: inner.trim() };
      }
    }
    // A credit in square brackets closing the line: "<caption> [File: Reuters]", "<caption> [Mahmoud
    // Issa/Reuters]", "<caption> [AFP]". (Brackets in a news paragraph insert a word into a quote; they
    // do not hold an agency's or a photographer's name at its end.)
    m = s.endsWith(']') ? BRACKET_CREDIT_RE.exec(s) : null;
    if (m && wordCount(m[1]!) >= 2) {
      const inner = m[2]!.trim();
      const credit = inner.replace(FILE_LABEL_RE, '');
      const parts = credit.split('/');
      const last = parts[parts.length - 1]!.trim().replace(VIA_RE, '');
      const named = parts.length === 2 && /^\p{Lu}/u.test(parts[0]!.trim()) && /^\p{Lu}/u.test(last);
      if (credit && (creditLike(last, r) || named || credit !== inner) && wordCount(credit) <= 8) {
        return { k: 'caption', text: m[1]!.trim(), credit };
      }
    }
    if (!TERMINAL_RE.test(s) && s.includes('/')) {
      m = c.slashCredit.exec(s);
      if (m) return { k: 'caption', text: m[1]!.trim(), credit: m[2]! };
    }
    if (header) {
      m = hasCharOf(s, DASHES) ? /^(.+[.!?])\s+[-–—]{1,2}\s+(\p{Lu}[\p{Lu}\d .&/'-]{1,40})$/u.exec(s) : null;
      if (m && /\p{Lu}{2}/u.test(m[2]!) && wordCount(m[2]!) <= 5) return { k: 'caption', text: m[1]!.trim(), credit: m[2]!.trim() };
    }
    if (words <= 9 && s.includes('/')) {
      m = c.creditOnly.exec(s);
      if (m && creditLike(m[1]!, r)) return { k: 'credit', credit: s };
    }
    // (the slash stands after the last sentence end, or the pattern below cannot match)
    if (words <= 70 && s.includes('/') && SLASH_AFTER_END_RE.test(s)) {
      m = /^(.*[.!?])\s+(\S[^.!?]*\/[^.!?]*)$/u.exec(s);
      const cm = m ? c.creditOnly.exec(m[2]!) : null;
      if (m && cm && creditLike(cm[1]!, r)) return { k: 'caption', text: m[1]!.trim(), credit: m[2]!.trim() };
    }
  }
  if (words <= 8 && mayStart(r.bylineFirst, s) && r.bylineRe.test(s)) return { k: 'byline' };
  if (words <= 16 && !/\d/.test(s) && hasCharOf(s, CRUMB_MARKS) && BREADCRUMB_RE.test(s)) return { k: 'drop', why: 'breadcrumb' };
  if (!TERMINAL_RE.test(s)) {
    const glued = camelGlues(s);
    if (glued >= 3 && glued * 4 >= words) return { k: 'drop', why: 'navigation' };
  }
  return { k: 'text', text: s, words };
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
  /** Raw lines already read as captions, and caption texts: their repeats are dropped. */
  const captionRaw = new Set<string>();
  // (lengths first: most lines are no caption and no repeat, and a number is cheaper to look up than a long string)
  const captionRawLens = new Set<number>();
  const header: HeaderEntry[] = [];
  let inHeader = true;
  const knownTitleKey = opts.knownTitle ? foldKey(opts.knownTitle) : null;
  let headerLines = 0;
  let inTail = false;
  // After a lone related-links lead ("Baca juga:"), the headlines it lists: the first line
  // unless it reads as body text, then more lines while they end without a full stop.
  let relatedRun = 0;
  let pendingCredit: string | null = null;
  let title: string | null = null;
  let source: string | null = null;
  let published: FoundDate | null = null;
  /** Paragraphs kept, by length (no string hashing for the common case of a new length). */
  const seen = new Map<number, string[]>();

  const addCaption = (text: string, credit: string | null): void => {
    const key = foldKey(text);
    if (!key) return;
    captionRaw.add(text);
    captionRawLens.add(text.length);
    if (!captionKeys.has(key)) {
      captionKeys.add(key);
      captions.push({ text, credit });
    }
    // A caption printed just before as a bare line (the repeat carries the credit).
    const last = paragraphs[paragraphs.length - 1];
    if (last !== undefined && sameText(last, text)) paragraphs.pop();
    for (let i = header.length - 1; i >= 0 && i >= header.length - 2; i--) {
      const h = header[i]!;
      if (h.t !== 'date' && sameText(h.text, text)) header.splice(i, 1);
    }
  };

  const resolveHeader = (): void => {
    inHeader = false;
    if (opts.findTitle) {
      const cands = header.filter((h): h is Extract<HeaderEntry, { t: 'cand' }> => h.t === 'cand' && h.words >= 2 && !isOutletName(h.text));
      // "Headline - Outlet" followed by "Headline": the outlet is the source.
      for (const c of cands) {
        const m = hasCharOf(c.text, TITLE_MARKS) ? /^(.+?)\s+(?:[-–—|]|::)\s+([^-–—|]{2,60})$/u.exec(c.text) : null;
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
      // Above the date line stand short labels, the headline and, on some pages, a standfirst
      // under it: the first line of four words or more, else the longest.
      const firstDate = header.findIndex((h) => h.t === 'date');
      const before = firstDate >= 0 ? cands.filter((c) => header.indexOf(c) < firstDate) : [];
      let chosen: Cand | undefined = before.find((c) => c.words >= 4) ?? (before.length ? before.reduce((a, b) => (b.words > a.words ? b : a)) : undefined);
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
      if (isOutletName(h.text)) {
        source ??= h.text; // the outlet's name printed above its headline
        continue;
      }
      if (h.words <= 3 && !TERMINAL_RE.test(h.text)) continue; // section labels, outlet lines
      if (title && sameText(h.text, title)) continue;
      pushParagraph(h.text);
    }
    header.length = 0;
  };

  const pushParagraph = (text: string): void => {
    const same = seen.get(text.length);
    if (same) {
      if (same.includes(text)) return;
      same.push(text);
    } else seen.set(text.length, [text]);
    paragraphs.push(text);
  };

  let prevLine = '';
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const line = b.text;
    if (!line) continue;
    if (inHeader && ++headerLines > 15) resolveHeader();
    if (b.kind === 'caption') {
      const cls = classify(line, r, false);
      if (cls.k === 'caption') addCaption(cls.text, cls.credit);
      else if (cls.k === 'text' || (cls.k === 'caption-label' && cls.text)) {
        addCaption(cls.text, pendingCredit);
        pendingCredit = null;
      } else if (cls.k === 'credit') {
        const last = captions[captions.length - 1];
        const prev = blocks[i - 1];
        if (last && last.credit === null && prev?.kind === 'caption') last.credit = cls.credit;
        else pendingCredit = cls.credit;
      }
      continue;
    }
    // A line printed twice in a row that closes like a sentence is a photo's caption (shown under the
    // photo and again in its viewer); a headline printed twice has no closing stop.
    if (!opts.html && line === prevLine && TWICE_CAPTION_END_RE.test(line) && (b.words ?? wordCount(line)) >= 6 && !captionRaw.has(line)) {
      addCaption(line, null); // (which keeps the line as a caption's raw text: its next repeat is dropped)
      continue;
    }
    prevLine = line;
    const cls = classify(line, r, inHeader, b.words);
    switch (cls.k) {
      case 'drop':
      case 'enlarge':
        continue;
      case 'related-alone':
        relatedRun = 1;
        continue;
      case 'tail':
        if (opts.html && b.kind !== 'h' && b.kind !== 'line' && wordCount(line) > 3) break;
        inTail = true;
        continue;
      case 'caption':
        addCaption(cls.text, cls.credit);
        captionRaw.add(line);
        captionRawLens.add(line.length);
        continue;
      case 'credit': {
        // A credit line stands next to its caption: the caption follows (Tribun) or precedes it.
        const next = blocks[i + 1];
        if (next && !opts.html) {
          const nc = classify(next.text, r, inHeader);
          if (nc.k === 'caption-label') {
            pendingCredit = cls.credit;
            continue;
          }
          if (nc.k === 'text') {
            const w = wordCount(nc.text);
            if ((w <= 30 && !bodyLike(nc.text, w)) || w <= 25) {
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
      case 'caption-label': {
        let capText = cls.text;
        if (!capText) {
          const next = blocks[i + 1];
          if (next && wordCount(next.text) <= 60) {
            capText = next.text;
            i++;
          }
        }
        if (capText) addCaption(capText, pendingCredit);
        pendingCredit = null;
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
    const words = cls.k === 'text' ? cls.words : wordCount(text);
    if (knownTitleKey && i < 12 && words <= 40 && sameText(text, opts.knownTitle!)) continue;
    if (words <= 2 && /^https?:\/\/\S+$/.test(text)) continue; // a bare address
    if (opts.html && b.linkDensity !== undefined && b.linkDensity >= 0.8 && words <= 25 && b.kind !== 'h') continue;
    if (inTail) {
      if ((words >= 15 && TERMINAL_RE.test(text)) || words >= 40) inTail = false;
      else continue;
    }
    if (relatedRun > 0) {
      if (relatedRun === 1 ? !bodyLike(text, words) && words <= 25 : relatedRun <= 6 && words <= 20 && !TERMINAL_RE.test(text) && !bodyLike(text, words)) {
        relatedRun++;
        continue;
      }
      relatedRun = 0;
    }
    if (captionRaw.size && ((captionRawLens.has(text.length) && captionRaw.has(text)) || (captionRawLens.has(line.length) && captionRaw.has(line)))) continue;
    if (inHeader) {
      const d = words <= 40 ? findDate(text, r) : null;
      if (d) {
        const rest = (text.slice(0, d.start) + ' ' + text.slice(d.end)).trim();
        if (wordCount(rest) <= 8 && !TERMINAL_RE.test(rest.replace(/\s*[-–—|]\s*$/, ''))) {
          const label = mayBePublished(text, r) && r.publishedRe.test(text) ? 'published' : mayBeUpdated(text, r) && r.updatedRe.test(text) ? 'updated' : null;
          header.push({ t: 'date', date: d, label });
          continue;
        }
      }
      if (opts.html) {
        // The main text is already chosen: only dates and the repeated headline are taken off its head.
        if (bodyLike(text, words) || headerLines > 6) resolveHeader();
        else {
          header.push({ t: 'para', text, words: Math.max(words, 4) });
          continue;
        }
      }
      if (inHeader && words <= 2 && !TERMINAL_RE.test(text)) {
        if (isOutletName(text)) source ??= text;
        continue; // section label: "Berita", "News Flash"
      }
      const heading = inHeader && headingLike(text, words) || (/[!?]$/.test(text) && words <= 30 && !INTERNAL_BREAK_RE.test(text));
      if (heading && !(bodyLike(text, words) && !/[!?]$/.test(text))) {
        header.push({ t: 'cand', text, words });
        continue;
      }
      if (inHeader && !bodyLike(text, words)) {
        header.push({ t: 'para', text, words });
        continue;
      }
      if (inHeader) resolveHeader();
    }
    if (words <= 3 && (r.creditNames.has(text.replace(/^[-–—\s]+|[-–—\s]+$/g, '')) || PAREN_ONLY_RE.test(text) || /^\[[^\]]{1,60}\]$/.test(text))) continue; // "AP", "-- BERNAMA", "(Kompas.com)", "[Gambas:Video]"
    if (!inHeader && paragraphs.length <= 3 && words <= 12) {
      // A date line just below a standfirst: "Published On 8 Oct 2020".
      const d = findDate(text, r);
      if (d && wordCount((text.slice(0, d.start) + ' ' + text.slice(d.end)).trim()) <= 3) {
        published ??= d;
        continue;
      }
    }
    if (!opts.html && words >= 9 && words <= 14 && !SOFT_END_RE.test(text) && !TERMINAL_RE.test(text) && i < blocks.length - 1 &&
        (titleCaseRatio(text) >= 0.6 || /\S:\s/.test(text) || /^['"‘“]/.test(text))) {
      continue; // a related article's headline between paragraphs
    }
    pushParagraph(text);
  }
  if (inHeader) resolveHeader();
  if (title && paragraphs.length && sameText(paragraphs[0]!, title)) paragraphs.shift();
  // Topic tags printed one a line under the story ("tawuran", "surabaya", "polisi"): two or more
  // closing lines of at most three lower-case words, with no digit and no sentence end.
  let tags = 0;
  while (tags < paragraphs.length - 1 && TAG_LINE_RE.test(paragraphs[paragraphs.length - 1 - tags]!)) tags++;
  if (tags >= 2) paragraphs.length -= tags;
  // An outlet that names itself in the dateline: "TRIBUNJABAR.ID - …", "TEMPO.CO, Ambon - …", "BEKASI, KOMPAS.com - …".
  if (!source && paragraphs.length) {
    const m = hasCharOf(paragraphs[0]!, DASHES) ? /^(?:\p{Lu}[\p{L} ]*,\s*)?(\p{L}[\p{L}0-9-]*(?:\.[A-Za-z]{2,})+)(?:,\s*[\p{L} ]+)?\s+[-–—]{1,2}\s/u.exec(paragraphs[0]!) : null;
    if (m) source = m[1]!;
  }
  return { title, published, source, paragraphs, captions };
}
