import { InputError, type DocumentHints } from '../core/types.js';

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Checks what the caller says about a document (CLI flags or batch fields) before anything is
 * read, so that a typo gets one clear line instead of a wrong output.
 */
export function checkHints(h: DocumentHints, where = ''): DocumentHints {
  const out: DocumentHints = { ...h };
  if (h.published != null) {
    const p = h.published.trim();
    const m = ISO_RE.exec(p);
    const ok =
      m &&
      +m[2]! >= 1 && +m[2]! <= 12 && +m[3]! >= 1 && +m[3]! <= 31 &&
      (m[4] === undefined || (+m[4] <= 23 && +m[5]! <= 59 && (m[6] === undefined || +m[6] <= 59)));
    if (!ok) throw new InputError(`${where}published "${clip(p)}" is not an ISO 8601 date or time (e.g. 2020-10-08 or 2020-10-08T16:25:00+07:00)`);
    out.published = p;
  }
  if (h.language != null) {
    const l = h.language.trim().toLowerCase();
    if (!/^[a-z]{2}$/.test(l)) throw new InputError(`${where}language "${clip(h.language)}" is not an ISO 639-1 code (two letters, e.g. id, ms, en)`);
    out.language = l;
  }
  if (h.url != null) {
    let u: URL;
    try {
      u = new URL(h.url.trim());
    } catch {
      throw new InputError(`${where}url "${clip(h.url)}" is not a valid URL`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new InputError(`${where}url must be http or https, not ${clip(u.protocol)}`);
    if (u.username || u.password) throw new InputError(`${where}url must not carry a user name or password`);
    out.url = u.href;
  }
  return out;
}

function clip(s: string): string {
  const one = s.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return one.length > 60 ? one.slice(0, 57) + '…' : one;
}
