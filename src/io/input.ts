import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../core/types.js';

/** Largest input accepted, in bytes. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Reads a file, or standard input for "-", refusing anything over the size limit. */
export async function readInputBytes(path: string): Promise<Buffer> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      const b = chunk as Buffer;
      size += b.length;
      if (size > MAX_INPUT_BYTES) throw new InputError(`input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
      chunks.push(b);
    }
    return Buffer.concat(chunks);
  }
  let st;
  try {
    st = await stat(path);
  } catch {
    throw new InputError(`cannot read ${path}: no such file`);
  }
  if (st.isDirectory()) throw new InputError(`${path} is a directory, not a file`);
  if (st.size > MAX_INPUT_BYTES) throw new InputError(`${path} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
  try {
    return await readFile(path);
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

/** Decodes bytes to text. */
export function decodeBytes(buf: Buffer): string {
  if (buf.length === 0) throw new InputError('input is empty');
  return new TextDecoder('utf-8').decode(buf);
}
