import { parseHTML } from './dom.js';
import { Readability } from '@mozilla/readability';
import type { Block } from './clean.js';

/** Metadata an HTML page declares about itself. */
export interface HtmlMeta {
  title: string | null;
  published: string | null;
  siteName: string | null;
  lang: string | null;
  url: string | null;
  /** The byline Readability took out of the text (it may hold the date line: "Published 11:11 PM EST Nov 19, 2019"). */
  byline?: string | null;
}

/** Elements whose text is never article text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'option', 'textarea', 'input', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'map', 'head', 'nav', 'form']);
/** Elements that start a new block of text. */
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'hr', 'item', 'entry', 'title', 'description', 'summary', 'content', 'address', 'center', 'details', 'summary', 'caption',
]);

/** Looks like markup rather than text: a document prologue or several real tags near the start. */
export function looksLikeHtml(content: string): boolean {
  const head = content.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (/^<(?:!doctype\s+html|html|head|body|meta|!--|\?xml)\b/i.test(head)) return true;
  const sample = content.length > 65536 ? content.slice(0, 65536) : content;
  if (!sample.includes('<')) return false;
  const tags = sample.match(/<\/?(?:p|div|span|a|br|html|body|head|article|section|h[1-6]|li|ul|table|img|script|style|meta|link|title)\b[^<>]*>/gi);
  return !!tags && tags.length >= 3;
}

/**
 * Markup Readability throws away anyway, found by a cheap scan before the page is parsed, so that
 * the DOM is built from far less: scripts (except JSON-LD, read for metadata), style sheets,
 * comments, inline SVG drawings, and the white space between two block tags (a text node of
 * nothing that neither Readability's choice nor the blocks read). The scan follows the HTML
 * tokenizer: the raw text of script, style, title, textarea and xmp elements is skipped whole, so a
 * "<script" inside one is not taken for a tag. An element left open to the end of the page is kept
 * as it is.
 */
const SLIM_RE = /<!--|<(script|style|title|textarea|xmp|svg)(?=[ \t\n\f\r/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const LD_JSON_RE = /\btype\s*=\s*["']?\s*application\/ld\+json/i;
const CLOSE_RE: Record<string, RegExp> = {};
const SVG_TAG_RE = /<(\/?)svg(?=[ \t\n\f\r/>])(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const BLOCK_TAGS = 'li|ul|ol|div|p|section|article|header|footer|nav|aside|main|h[1-6]|table|thead|tbody|tfoot|tr|td|th|dl|dt|dd|head|body|html|meta|link|title|base|option|select|form|figure|figcaption';
/** White space after a block's end tag (or a container's start tag) and before a block tag. */
const BLOCK_GAP_RE = new RegExp(
  `(<\\/(?:${BLOCK_TAGS})[ \\t\\n\\f\\r]*>|<(?:${BLOCK_TAGS})(?=[ \\t\\n\\f\\r/>])(?:[^>"']|"[^"]*"|'[^']*')*>)[ \\t\\n\\f\\r]+(?=<\\/?(?:${BLOCK_TAGS})[ \\t\\n\\f\\r/>])`,
  'gi',
);
const squeeze = (markup: string): string => markup.replace(BLOCK_GAP_RE, '$1');

/**
 * Attributes neither Readability nor the blocks read (data-*, event handlers, tab order, link
 * targets, tooltips, ARIA labels; aria-hidden and aria-modal are read): each would be one more node.
 * Elements whose every attribute Readability scans (images, figures, embedded media) keep theirs.
 */
const START_TAG_RE = /<([a-zA-Z][^ \t\n\f\r/>]*)([ \t\n\f\r](?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const IDLE_ATTR_TEST = /[ \t\n\f\r](?:data-|on[a-z]|tabindex|target|title|aria-)/i;
const IDLE_ATTR_RE = /[ \t\n\f\r]+(?:data-[^ \t\n\f\r=/>]*|on[a-z]+|tabindex|target|title|aria-(?!hidden[ \t\n\f\r=/>]|modal[ \t\n\f\r=/>])[^ \t\n\f\r=/>]*)(?:[ \t\n\f\r]*=[ \t\n\f\r]*(?:"[^"]*"|'[^']*'|[^ \t\n\f\r"'>]+))?(?=[ \t\n\f\r/>]|$)/gi;
const ALL_ATTRS_READ = new Set(['img', 'picture', 'figure', 'source', 'iframe', 'embed', 'object', 'video', 'audio', 'noscript', 'meta', 'link', 'script', 'html', 'time', 'table', 'input']);
const dropIdleAttributes = (markup: string): string =>
  markup.replace(START_TAG_RE, (tag, name: string, attrs: string) =>
    IDLE_ATTR_TEST.test(attrs) && !ALL_ATTRS_READ.has(name.toLowerCase()) ? `<${name}${attrs.replace(IDLE_ATTR_RE, '')}>` : tag,
  );

export function slimHtml(html: string): string {
  const parts: string[] = [];
  let kept = 0;
  SLIM_RE.lastIndex = 0;
  for (let m = SLIM_RE.exec(html); m; m = SLIM_RE.exec(html)) {
    const start = m.index;
    if (!m[1]) {
      // A comment runs to the first "-->" (the tokenizer also closes "<!-->" and "<!--->").
      const end = html.indexOf('-->', start + 2);
      if (end < 0) break;
      parts.push(html.slice(kept, start));
      kept = end + 3;
      SLIM_RE.lastIndex = kept;
      continue;
    }
    const tag = m[1].toLowerCase();
    if (tag === 'svg') {
      let end = start + m[0].length;
      if (!m[2]!.endsWith('/')) {
        // to the matching end tag, counting nested drawings
        let depth = 1;
        SVG_TAG_RE.lastIndex = end;
        let t: RegExpExecArray | null = null;
        while (depth > 0 && (t = SVG_TAG_RE.exec(html))) {
          if (t[1]) depth--;
          else if (!t[0].endsWith('/>')) depth++;
        }
        if (depth > 0 || !t) break;
        end = t.index + t[0].length;
      }
      parts.push(html.slice(kept, start));
      kept = end;
      SLIM_RE.lastIndex = end;
      continue;
    }
    const close = (CLOSE_RE[tag] ??= new RegExp(`</${tag}(?=[ \\t\\n\\f\\r>])`, 'gi'));
    close.lastIndex = start + m[0].length;
    const c = close.exec(html);
    if (!c) break;
    const gt = html.indexOf('>', c.index);
    if (gt < 0) break;
    SLIM_RE.lastIndex = gt + 1;
    parts.push(html.slice(kept, start));
    // Kept raw text (JSON-LD, a title) is passed on untouched.
    if (!((tag === 'script' && !LD_JSON_RE.test(m[2]!)) || tag === 'style')) parts.push(html.slice(start, gt + 1));
    kept = gt + 1;
  }
  parts.push(html.slice(kept));
  return dropIdleAttributes(squeeze(parts.join('')));
}

type El = {
  nodeType: number;
  localName?: string;
  childNodes: ArrayLike<El>;
  textContent: string | null;
  getAttribute?(n: string): string | null;
  querySelector?(s: string): El | null;
  querySelectorAll?(s: string): ArrayLike<El>;
};

/** Turns an element tree into blocks: paragraphs, headings, list items, captions (figure/figcaption). */
export function elementBlocks(root: El): Block[] {
  const out: Block[] = [];
  let buf = '';
  let linkChars = 0;
  let kind: Block['kind'] = 'p';
  const flush = (): void => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) out.push({ text: t, kind, linkDensity: Math.min(1, linkChars / t.length) });
    buf = '';
    linkChars = 0;
  };
  const visit = (node: El, inLink: boolean): void => {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const child = kids[i]!;
      if (child.nodeType === 3) {
        const t = child.textContent ?? '';
        buf += t;
        if (inLink) linkChars += t.trim().length;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.localName ?? '';
      if (SKIP.has(tag)) continue;
      if (tag === 'figure' || tag === 'figcaption') {
        flush();
        // Each element of a figure on its own line: "Image source, Reuters" apart from its caption.
        for (const t of textChunks(child)) out.push({ text: t, kind: 'caption' });
        continue;
      }
      if (tag === 'td' || tag === 'th') {
        buf += ' ';
        visit(child, inLink);
        buf += ' ';
        continue;
      }
      if (tag === 'br') {
        flush();
        continue;
      }
      if (BLOCK.has(tag)) {
        flush();
        const saved = kind;
        kind = /^h[1-6]$/.test(tag) ? 'h' : tag === 'li' ? 'li' : tag === 'blockquote' ? 'quote' : 'p';
        visit(child, inLink);
        flush();
        kind = saved;
        continue;
      }
      visit(child, inLink || tag === 'a');
    }
  };
  visit(root, false);
  flush();
  return out;
}

/** The texts of a figure's parts, one per element that holds text directly. */
function textChunks(root: El): string[] {
  const out: string[] = [];
  const walk = (node: El): void => {
    let own = '';
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      if (k.nodeType === 3) own += k.textContent ?? '';
      else if (k.nodeType === 1 && !SKIP.has(k.localName ?? '')) {
        const tag = k.localName ?? '';
        if (['span', 'p', 'figcaption', 'div', 'small', 'cite', 'footer', 'header'].includes(tag)) {
          const t = own.replace(/\s+/g, ' ').trim();
          if (t) out.push(t);
          own = '';
          walk(k);
        } else own += k.textContent ?? '';
      }
    }
    const t = own.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
  };
  walk(root);
  return out;
}

/** Meta names that carry the publication time, best first. */
const PUBLISHED_META = ['article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date.issued', 'dcterms.created', 'og:published_time', 'sailthru.date', 'parsely-pub-date'];

/** Publication time and address declared in the page (read in one pass over <meta>, <link> and <time>). */
function headMeta(doc: El & { getElementsByTagName?(n: string): ArrayLike<El> }): { published: string | null; url: string | null } {
  const found = new Map<string, string>();
  const metas = doc.getElementsByTagName?.('meta') ?? [];
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const key = (m.getAttribute?.('property') ?? m.getAttribute?.('name') ?? m.getAttribute?.('itemprop') ?? '').toLowerCase();
    const content = m.getAttribute?.('content')?.trim();
    if (key && content && !found.has(key)) found.set(key, content);
  }
  let published: string | null = null;
  for (const k of PUBLISHED_META) {
    const v = found.get(k);
    if (v) {
      published = v;
      break;
    }
  }
  if (!published) {
    const times = doc.getElementsByTagName?.('time') ?? [];
    for (let i = 0; i < times.length && !published; i++) published = times[i]!.getAttribute?.('datetime')?.trim() || null;
  }
  let url: string | null = null;
  const links = doc.getElementsByTagName?.('link') ?? [];
  for (let i = 0; i < links.length && !url; i++) {
    if ((links[i]!.getAttribute?.('rel') ?? '').toLowerCase() === 'canonical') url = links[i]!.getAttribute?.('href')?.trim() || null;
  }
  url ??= found.get('og:url') ?? null;
  return { published, url: url && /^https?:\/\//i.test(url) ? url : null };
}

/** Deeper than any news page (the deepest of 181 real pages: about 50 containers). */
export const MAX_NESTING = 400;
/** Elements that never hold others (void) or close by themselves (optional end tags): they add no depth. */
const FLAT_TAGS = 'area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|keygen|basefont|bgsound|frame|command|p|li|dt|dd|option|optgroup|tr|td|th|tbody|thead|tfoot|colgroup|caption|rb|rt|rtc|rp';
const NESTING_TAG_RE = new RegExp(`<(/?)(?!(?:${FLAT_TAGS})[\\s/>])[a-zA-Z]`, 'gi');

/**
 * How deep the markup's elements nest, counted from start and end tags (elements that add no depth
 * left out); the count stops once past `limit`. An approximation of the parsed tree (a missing end
 * tag counts as nesting), enough to tell a page from a pathological one.
 */
export function nestingDepth(markup: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  NESTING_TAG_RE.lastIndex = 0;
  for (let m = NESTING_TAG_RE.exec(markup); m; m = NESTING_TAG_RE.exec(markup)) {
    if (m[1]) {
      if (depth > 0) depth--;
    } else if (++depth > max) {
      max = depth;
      if (max > limit) break;
    }
  }
  return max;
}

const ANY_TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;
/** Tags kept when markup is flattened: the document's frame and the text blocks that do not nest. */
const FLAT_KEEP = new Set(['html', 'head', 'body', 'title', 'meta', 'link', 'script', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'br', 'figcaption']);
const FLAT_BREAK = new Set(BLOCK_TAGS.split('|').concat(['blockquote', 'pre', 'center', 'dir', 'menu', 'details', 'summary', 'hr']));

/** Markup without nesting: containers become line breaks, inline elements go, text blocks stay. */
export function flattenMarkup(markup: string): string {
  const flat = markup.replace(ANY_TAG_RE, (tag, _end: string, name: string) => {
    const n = name.toLowerCase();
    if (FLAT_KEEP.has(n)) return tag;
    return FLAT_BREAK.has(n) ? '<br>' : '';
  });
  // a run of breaks is one paragraph break
  return flat.replace(/<br>(?:\s*<br>)+/g, '<br><br>');
}

/** Far more elements than any news page holds (the largest of 181 real pages: about 1,600). */
export const MAX_ELEMENTS = 25_000;
const START_TAG_ANY_RE = /<[a-zA-Z]/g;

/** Whether the markup has more than `limit` start tags (counting stops there). */
export function moreTagsThan(markup: string, limit: number): boolean {
  START_TAG_ANY_RE.lastIndex = 0;
  let n = 0;
  while (START_TAG_ANY_RE.exec(markup)) if (++n > limit) return true;
  return false;
}

const HEAD_TAGS = new Set(['html', 'head', 'body', 'title', 'meta', 'link', 'script']);
const LINE_TAGS = new Set([...FLAT_BREAK, 'p', 'li', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'dt', 'dd', 'tr']);

/**
 * A page of hundreds of thousands of elements (a dump, a generated or hostile page) as lines of
 * text: Readability and the DOM cost grows with the elements, so only the head is kept as markup
 * and the body becomes its text, one line per block.
 */
function linesOfHugePage(markup: string): { blocks: Block[]; meta: HtmlMeta } {
  const text = markup.replace(ANY_TAG_RE, (tag, _end: string, name: string) => {
    const n = name.toLowerCase();
    return HEAD_TAGS.has(n) ? tag : LINE_TAGS.has(n) ? '\n' : n === 'td' || n === 'th' ? ' ' : '';
  });
  const { document } = parseHTML(text) as unknown as { document: El & Document & { body: El | null } };
  const head = headMeta(document);
  const blocks: Block[] = [];
  for (const line of (document.body?.textContent ?? '').split('\n')) {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) blocks.push({ text: t, kind: 'p' });
  }
  const title = document.querySelector?.('title')?.textContent?.trim() || null;
  const docLang = (document as unknown as { documentElement?: El }).documentElement?.getAttribute?.('lang')?.trim() || null;
  return { blocks, meta: { title, published: head.published, siteName: null, lang: docLang, url: head.url } };
}

type DomNode = { firstChild: DomNode | null; remove(): void };
type DomDocument = { body: (DomNode & { appendChild(n: DomNode): void }) | null };
type ReaderInternals = {
  _doc: unknown;
  _unwrapNoscriptImages(doc: unknown): void;
  _removeScripts(doc: unknown): void;
  _prepDocument(): void;
};

/**
 * Readability keeps the body's markup before its first try (`page.innerHTML`) and, when a try finds
 * too little text, parses that markup back before trying again with looser rules. Serialising the
 * whole body costs about as much as parsing it, on every page, for the few pages that need a
 * second try. Here the body answers that read with a mark, and being given the mark back, it is
 * rebuilt from the page's own markup, prepared by the same Readability steps that ran before the
 * first try (noscript images, scripts, style sheets, line breaks, font tags). Only the body is
 * rebuilt, as before; anything else (a second try of `_grabArticle` is the only reader of it)
 * fails loudly, and the page then falls back to the paragraphs of the page.
 */
function rebuildBodyOnRetry(reader: ReaderInternals, document: DomDocument, markup: string): void {
  const body = document.body;
  if (!body || typeof reader._prepDocument !== 'function' || typeof reader._removeScripts !== 'function' ||
    typeof reader._unwrapNoscriptImages !== 'function') return;
  const MARK = '<!--sitrep: the body as first prepared-->';
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    get: () => MARK,
    set: (value: unknown) => {
      if (value !== MARK) throw new Error('the page body was given other markup');
      const fresh = (parseHTML(markup) as unknown as { document: DomDocument }).document;
      const own = reader._doc;
      reader._doc = fresh;
      try {
        reader._unwrapNoscriptImages(fresh);
        reader._removeScripts(fresh);
        reader._prepDocument();
      } finally {
        reader._doc = own;
      }
      for (let k = body.firstChild; k; k = body.firstChild) k.remove();
      const from = fresh.body;
      if (from) for (let k = from.firstChild; k; k = from.firstChild) body.appendChild(k);
    },
  });
}

/**
 * Main text of an HTML page: Readability (Mozilla) over a linkedom DOM picks the article; its tree is
 * walked into blocks for the shared cleaner. When Readability finds too little, every paragraph of the
 * page outside navigation is taken instead.
 */
export function htmlDocument(html: string): { blocks: Block[]; meta: HtmlMeta } {
  const wrapped = /<html[\s>]/i.test(html.slice(0, 65536)) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  let slim = slimHtml(wrapped);
  if (moreTagsThan(slim, MAX_ELEMENTS)) return linesOfHugePage(slim);
  // Markup nested thousands deep (broken or hostile) would take the parser and Readability minutes:
  // it is read flattened, its containers turned into line breaks.
  const deep = nestingDepth(slim, MAX_NESTING) > MAX_NESTING;
  if (deep) slim = flattenMarkup(slim);
  const { document } = parseHTML(slim) as unknown as { document: El & Document };
  const head = headMeta(document);
  const lang = (document as unknown as { documentElement?: El }).documentElement?.getAttribute?.('lang')?.trim() || null;
  let blocks: Block[] = [];
  let meta: HtmlMeta = { title: null, published: head.published, siteName: null, lang, url: head.url };
  let article: ReturnType<Readability<El>['parse']> = null;
  try {
    const reader = new Readability<El>(document as unknown as Document, { serializer: (el) => el as unknown as El, charThreshold: 500, keepClasses: true });
    // Only the text is used: resolving every link and image address against the page URL is wasted work.
    (reader as unknown as { _fixRelativeUris: () => void })._fixRelativeUris = () => {};
    rebuildBodyOnRetry(reader as unknown as ReaderInternals, document as unknown as DomDocument, slim);
    // (keepClasses: the class names are never read after the choice, removing them is wasted work)
    article = reader.parse();
  } catch {
    article = null;
  }
  if (article) {
    meta = {
      title: article.title?.trim() || null,
      published: head.published ?? (article.publishedTime?.trim() || null),
      siteName: article.siteName?.trim() || null,
      lang: article.lang?.trim() || lang,
      url: head.url,
      byline: article.byline?.trim() || null,
    };
    if (article.content) blocks = elementBlocks(article.content as El);
  }
  const chars = blocks.reduce((n, b) => n + (b.kind === 'caption' ? 0 : b.text.length), 0);
  if (chars < 200) {
    const again = (parseHTML(deep ? slim : wrapped) as unknown as { document: El }).document;
    const body = again.querySelector?.('body') ?? again;
    for (const sel of ['header', 'footer', 'aside', 'nav']) {
      const list = body.querySelectorAll?.(sel);
      if (list) for (let i = list.length - 1; i >= 0; i--) (list[i] as unknown as { remove(): void }).remove();
    }
    const wide = elementBlocks(body);
    const wideChars = wide.reduce((n, b) => n + (b.kind === 'caption' ? 0 : b.text.length), 0);
    if (wideChars > chars) blocks = wide;
    if (!meta.title) {
      const t = again.querySelector?.('title')?.textContent?.trim();
      meta.title = t || null;
    }
  }
  return { blocks, meta };
}
