/**
 * Golden-file cases for the document stage, Readability-style: one folder per case under
 * test/golden/document/<case>/ holding `source.txt` or `source.html` (or `source.bin` for bad
 * input), an optional `hints.json` ({url, published, language, title} as the CLI flags / batch
 * fields give them) and `expected.json` — either {"document": {...}} or {"error": "substring"}.
 * Expectations change only through `node scripts/regen-golden.mjs --write` (after a build).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const GOLDEN_DIR = new URL('./document/', import.meta.url).pathname;

export interface GoldenCase {
  name: string;
  dir: string;
  sourceFile: string;
  bytes: Buffer;
  hints: Record<string, string>;
  expectedFile: string;
}

export function goldenCases(): GoldenCase[] {
  return readdirSync(GOLDEN_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(GOLDEN_DIR, d.name);
      const source = readdirSync(dir).find((f) => f.startsWith('source.'));
      if (!source) throw new Error(`golden case ${d.name} has no source.* file`);
      const hintsFile = join(dir, 'hints.json');
      return {
        name: d.name,
        dir,
        sourceFile: join(dir, source),
        bytes: readFileSync(join(dir, source)),
        hints: existsSync(hintsFile) ? (JSON.parse(readFileSync(hintsFile, 'utf8')) as Record<string, string>) : {},
        expectedFile: join(dir, 'expected.json'),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Names the first difference between an expected and an actual value, or returns null. */
export function firstMismatch(expected: unknown, actual: unknown, path = ''): string | null {
  if (typeof expected === 'string' && typeof actual === 'string' && path.endsWith('.text') && expected.includes('\n\n')) {
    const e = expected.split('\n\n');
    const a = actual.split('\n\n');
    for (let i = 0; i < Math.max(e.length, a.length); i++) {
      if (e[i] !== a[i]) return `${path} paragraph ${i}: expected ${JSON.stringify(e[i] ?? null)}, got ${JSON.stringify(a[i] ?? null)}`;
    }
    return null;
  }
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual)) return `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
      const m = firstMismatch(expected[i], actual[i], `${path}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  if (expected && typeof expected === 'object' && actual && typeof actual === 'object') {
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    for (const k of new Set([...Object.keys(e), ...Object.keys(a)])) {
      const m = firstMismatch(e[k], a[k], path ? `${path}.${k}` : k);
      if (m) return m;
    }
    return null;
  }
  return expected === actual ? null : `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}
