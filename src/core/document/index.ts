import { createHash } from 'node:crypto';
import type { DocumentHints, DocumentOut } from '../types.js';

/** Minimal document stage: first line as headline, the rest as body. Replaced by the real cleaner. */
export function buildDocument(content: string, hints: DocumentHints): DocumentOut {
  const lines = content.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
  const title = hints.title ?? lines.shift() ?? null;
  const text = lines.join('\n\n');
  return {
    id: createHash('sha256').update(text).digest('hex').slice(0, 32),
    url: hints.url ?? null,
    source: null,
    title,
    published: hints.published ?? null,
    language: hints.language ?? null,
    text,
    captions: [],
  };
}
