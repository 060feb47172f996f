/**
 * Golden documents for event coding: one folder per case under test/golden/events/ with
 * `article.txt` (body), `meta.json` (language, published, title) and `expected.json`, written
 * by hand: `first` is the main event ("sub-event type/modality", null for no event) and
 * `events` the set of distinct sub-event types/modalities a careful coder would code.
 * Places are not resolved here (no gazetteer), so only types and modalities are compared.
 * `UPDATE_GOLDEN=1 npx vitest run test/golden` prints what the system now says, per case,
 * for review; it never rewrites the hand-made expectations.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract.js';

const root = join(dirname(fileURLToPath(import.meta.url)), 'events');
const cases = readdirSync(root).sort();

describe('golden event documents', () => {
  it('has at least 20 cases per language', () => {
    for (const lang of ['en', 'id', 'ms']) expect(cases.filter((c) => c.startsWith(`${lang}-`)).length).toBeGreaterThanOrEqual(20);
  });
  for (const c of cases) {
    it(c, () => {
      const dir = join(root, c);
      const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { language: string; published: string; title: string };
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { first: string | null; events: string[] };
      const body = readFileSync(join(dir, 'article.txt'), 'utf8');
      const out = extract(body, { language: meta.language, published: meta.published, title: meta.title }, { gazetteer: null });
      const got = out.events.map((e) => `${e.sub_event_type}/${e.modality}`);
      if (process.env.UPDATE_GOLDEN) console.log(`${c}: ${JSON.stringify(got)}`);
      expect(got[0] ?? null, `${c}: first event`).toBe(expected.first);
      expect([...new Set(got)].sort(), `${c}: event types`).toEqual([...expected.events].sort());
    });
  }
});
