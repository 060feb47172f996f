import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { extract, windows, CHUNK_CHARS } from '../../src/core/extract.js';
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

describe('documents far longer than a news report are read in windows', () => {
  it('cuts at paragraph ends, covers the text exactly, keeps windows bounded', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} tells of a market in a town. It has two sentences.`).join('\n\n');
    const ws = windows(text, 1000);
    expect(ws[0]![0]).toBe(0);
    expect(ws.at(-1)![1]).toBe(text.length);
    for (let i = 1; i < ws.length; i++) expect(ws[i]![0]).toBe(ws[i - 1]![1]);
    for (const [s, e] of ws) {
      expect(e - s).toBeLessThanOrEqual(1000);
      if (e < text.length) expect(text.slice(e - 2, e)).toBe('\n\n');
    }
  });
  it('cutting a long text with no break takes linear time', () => {
    const text = 'kata '.repeat(2_000_000); // 10 MB, no sentence or paragraph end (quadratic cutting took seconds)
    const t = performance.now();
    const ws = windows(text, CHUNK_CHARS);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(ws.length).toBeGreaterThan(160);
    for (const [s, e] of ws) if (e < text.length) expect(text[e - 1]).toBe(' ');
  });
  it('a text with no spaces is still cut', () => {
    const ws = windows('x'.repeat(2500), 1000);
    expect(ws).toEqual([[0, 1000], [1000, 2000], [2000, 2500]]);
  });
  it('offsets of a windowed document index the whole text', () => {
    const para = (i: number) => `Gunmen attacked village number ${i} near Kandahar on Monday, killing four civilians, local officials said. Police arrested ${i + 2} suspects in Kabul.`;
    const body = Array.from({ length: Math.ceil((CHUNK_CHARS * 2.5) / para(100).length) }, (_, i) => para(i)).join('\n\n');
    const out = extract(`Long dump\n\n${body}`, { language: 'en', published: '2024-05-07' }, { gazetteer: loadGazetteer() });
    expect(out.document.text.length).toBeGreaterThan(CHUNK_CHARS * 2);
    expect(check(out)).toEqual([]);
    const last = out.places.at(-1);
    if (last) expect(last.start).toBeGreaterThan(CHUNK_CHARS * 2);
  });
});
