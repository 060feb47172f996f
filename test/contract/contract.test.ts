import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { extract } from '../../src/core/extract.js';
import { loadGazetteer } from '../../src/io/gazetteer.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/extract-output.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(schema);

/** Every page the project ships as a sample or golden source, written by us. */
function pages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/^(source\.(txt|html)|[^/]+\.(txt|html))$/.test(name) && !p.includes('bad-')) out.push(p);
    }
  };
  walk('samples');
  walk('test/golden');
  return out.sort();
}

function check(out: ReturnType<typeof extract>): string[] {
  const { reading: _r, ...printed } = out;
  const errs: string[] = [];
  if (!validate(JSON.parse(JSON.stringify(printed)))) errs.push(ajv.errorsText(validate.errors));
  const n = out.document.text.length;
  const inText = (s: { start: number; end: number }, what: string) => {
    if (!(s.start >= 0 && s.end <= n && s.start < s.end)) errs.push(`${what} span ${s.start}-${s.end} outside text of ${n}`);
  };
  for (const p of out.places) {
    inText(p, 'place');
    if (out.document.text.slice(p.start, p.end) !== p.text) errs.push(`place text "${p.text}" does not match its offsets`);
  }
  for (const e of out.events) {
    e.evidence.forEach((s) => inText(s, 'event evidence'));
    e.casualties.forEach((c) => inText(c.evidence, 'casualty evidence'));
    if (e.fatalities !== null && e.fatalities < 0) errs.push('negative fatalities');
  }
  for (const t of out.tallies) inText(t.evidence, 'tally evidence');
  return errs;
}

describe('contract: every output validates against schema/extract-output.schema.json', () => {
  const gazetteer = loadGazetteer();
  const files = pages();
  it('has pages to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const f of files) {
    it(f, () => {
      const out = extract(readFileSync(f, 'utf8'), {}, { gazetteer });
      expect(check(out)).toEqual([]);
    });
  }

  it('rejects a malformed output (the schema can fail)', () => {
    const bad = { document: { id: 'x' }, events: [{ event_type: 'Battle' }], places: [], tallies: [] };
    expect(validate(bad)).toBe(false);
  });

  it('same input gives the same document id', () => {
    const text = 'Judul berita\n\nPolisi membubarkan massa di Kendari pada Selasa.';
    const a = extract(text, {}, { gazetteer });
    const b = extract(text, {}, { gazetteer });
    expect(a.document.id).toBe(b.document.id);
  });
});

describe('document: a page of one block', () => {
  it('reads a one-line snippet as body text, not as a headline', () => {
    const snippet = 'Soldiers shelled the outskirts of the town on Monday, killing three farmers, a local official said.';
    const out = extract(snippet, {}, { gazetteer: null });
    expect(out.document.text).toBe(snippet);
    expect(out.document.title).toBeNull();
  });
  it('keeps a headline when a body follows it', () => {
    const out = extract('Three farmers killed in shelling\n\nSoldiers shelled the outskirts of the town on Monday, killing three farmers, a local official said.', {}, { gazetteer: null });
    expect(out.document.title).toBe('Three farmers killed in shelling');
  });
});
