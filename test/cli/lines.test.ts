import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/io/lines.js';

async function collect(chunks: Array<Buffer | string>): Promise<string[]> {
  async function* gen() { for (const c of chunks) yield c; }
  const out: string[] = [];
  for await (const l of readLines(gen())) out.push(l);
  return out;
}

describe('readLines (batch input)', () => {
  it('cuts at \\n, \\r\\n and a lone \\r, keeping blank lines, like node:readline', async () => {
    expect(await collect(['a\nb\r\nc\rd\n\n'])).toEqual(['a', 'b', 'c', 'd', '']);
  });
  it('joins a line spread over many chunks, and yields a last line without a line end', async () => {
    const long = 'x'.repeat(200_000);
    expect(await collect([long.slice(0, 70_000), long.slice(70_000, 150_000), long.slice(150_000) + '\nlast'])).toEqual([long, 'last']);
  });
  it('decodes UTF-8 characters split between chunks', async () => {
    const bytes = Buffer.from('{"t":"Jenewa — Genève 🙂"}\n', 'utf8');
    const chunks = [...bytes].map((b) => Buffer.from([b]));
    expect(await collect(chunks)).toEqual(['{"t":"Jenewa — Genève 🙂"}']);
  });
  it('drops the \\r of a \\r\\n split between chunks', async () => {
    expect(await collect(['one\r', '\ntwo'])).toEqual(['one', 'two']);
  });
  it('yields nothing for empty input', async () => {
    expect(await collect([])).toEqual([]);
  });
});
