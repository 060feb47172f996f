import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { goldenCases, firstMismatch } from '../golden/golden.js';
import { decodeBytes } from '../../src/io/input.js';
import { buildDocument, type LanguageDetector } from '../../src/core/document/index.js';
import { loadLanguageDetector } from '../../src/io/language.js';

let detectLanguage: LanguageDetector | null = null;
beforeAll(async () => {
  detectLanguage = await loadLanguageDetector();
});

/** Runs one case the way `sitrep extract` does: decode bytes, then the document stage. */
function run(bytes: Buffer, hints: Record<string, string>): { document: unknown } | { error: string } {
  try {
    const text = decodeBytes(bytes);
    return { document: buildDocument(text, hints, { detectLanguage }) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

describe('document golden files', () => {
  const cases = goldenCases();
  it('has at least 24 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(24);
  });
  for (const c of cases) {
    it(c.name, () => {
      expect(existsSync(c.expectedFile), `${c.name}: no expected.json (run scripts/regen-golden.mjs --write)`).toBe(true);
      const expected = JSON.parse(readFileSync(c.expectedFile, 'utf8')) as { document?: unknown; error?: string };
      const actual = run(c.bytes, c.hints);
      if (expected.error !== undefined) {
        expect('error' in actual, `${c.name}: expected an error containing "${expected.error}", got a document`).toBe(true);
        expect((actual as { error: string }).error).toContain(expected.error);
        return;
      }
      expect('error' in actual ? (actual as { error: string }).error : null, `${c.name}: unexpected error`).toBeNull();
      const mismatch = firstMismatch(expected, actual);
      expect(mismatch, `${c.name}: first mismatch — ${mismatch}`).toBeNull();
    });
  }
});
