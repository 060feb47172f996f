import { readFile, stat } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { InputError } from '../core/types.js';

/** Largest input accepted, in bytes. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
const MB = MAX_INPUT_BYTES / 1024 / 1024;

/** Reads a file, or standard input for "-", refusing anything over the size limit. */
export async function readInputBytes(path: string): Promise<Buffer> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      const b = chunk as Buffer;
      size += b.length;
      if (size > MAX_INPUT_BYTES) throw new InputError(`input is larger than ${MB} MB`);
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
  if (st.size > MAX_INPUT_BYTES) throw new InputError(`${path} is larger than ${MB} MB`);
  try {
    return await readFile(path);
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

/** File signatures of formats that are not text. */
const MAGIC: [string, number[], number?][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a ZIP archive', [0x50, 0x4b, 0x05, 0x06]],
  ['gzip-compressed data (decompress it first)', [0x1f, 0x8b]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['bzip2-compressed data', [0x42, 0x5a, 0x68]],
  ['xz-compressed data', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
  ['an executable (ELF)', [0x7f, 0x45, 0x4c, 0x46]],
  ['a WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
  ['an MP3 file', [0x49, 0x44, 0x33]],
  ['an Ogg file', [0x4f, 0x67, 0x67, 0x53]],
  ['an MP4/QuickTime file', [0x66, 0x74, 0x79, 0x70], 4],
  ['a TIFF image', [0x49, 0x49, 0x2a, 0x00]],
  ['a TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
  ['an ICO image', [0x00, 0x00, 0x01, 0x00]],
  ['a BMP image', [0x42, 0x4d]],
  ['a SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

function sniffBinary(buf: Buffer): string | null {
  for (const [name, sig, at = 0] of MAGIC) {
    if (buf.length >= at + sig.length && sig.every((b, i) => buf[at + i] === b)) {
      // "BM" also starts plain text ("BMKG …"): only call it a bitmap when the header size fits.
      if (name === 'a BMP image' && !(buf.length > 14 && buf.readUInt32LE(2) === buf.length)) continue;
      return name;
    }
  }
  return null;
}

/** The charset a page declares in its first bytes (<meta charset>, http-equiv, XML prolog). */
export function declaredCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, 4096).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function decodeUtf16(buf: Buffer, le: boolean, skip: number): string {
  const body = buf.subarray(skip, skip + ((buf.length - skip) & ~1));
  return iconv.decode(body, le ? 'utf-16le' : 'utf-16be');
}

/** Guesses UTF-16 without a byte order mark from the zero bytes of ASCII characters. */
function bomlessUtf16(buf: Buffer): 'le' | 'be' | null {
  const n = Math.min(buf.length & ~1, 4096);
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return 'le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return 'be';
  return null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes bytes to text: UTF-8 with or without BOM, UTF-16 with BOM (or plainly UTF-16 without),
 * and legacy charsets the page declares (windows-1252, ISO-8859-1, …) through iconv-lite.
 * Refuses empty, binary and undecodable input with a one-line InputError.
 */
export function decodeBytes(buf: Buffer): string {
  if (buf.length === 0) throw new InputError('input is empty');
  if (buf.length > MAX_INPUT_BYTES) throw new InputError(`input is larger than ${MB} MB`);
  let text: string;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    text = decodeUtf8(buf.subarray(3));
  } else if (buf[0] === 0xff && buf[1] === 0xfe) {
    text = decodeUtf16(buf, true, 2);
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    text = decodeUtf16(buf, false, 2);
  } else {
    const kind = sniffBinary(buf);
    if (kind) throw new InputError(`input is ${kind}, not a text or HTML page`);
    const u16 = bomlessUtf16(buf);
    if (u16) text = decodeUtf16(buf, u16 === 'le', 0);
    else text = decodeUtf8(buf);
  }
  if (!text.trim()) throw new InputError('input is empty (only white space)');
  refuseBinaryText(text);
  return text;

  function decodeUtf8(bytes: Buffer): string {
    try {
      return utf8.decode(bytes);
    } catch {
      // Not UTF-8: a legacy charset the page declares, or a scrape cut inside a character.
      const declared = declaredCharset(bytes);
      if (declared && !/^utf-?8$/.test(declared)) {
        if (!iconv.encodingExists(declared)) throw new InputError(`input declares charset "${declared}", which is not supported`);
        return iconv.decode(bytes, declared);
      }
      const cut = trimPartialTail(bytes);
      if (cut) return cut;
      if (sniffLooksBinary(bytes)) throw new InputError('input looks like binary data, not a text or HTML page');
      throw new InputError(`input is not valid UTF-8 and declares no charset (byte 0x${firstBad(bytes)})`);
    }
  }
}

/** A scrape cut inside a multi-byte character: drop the partial character at the very end. */
function trimPartialTail(bytes: Buffer): string | null {
  for (let k = 1; k <= 3 && k < bytes.length; k++) {
    try {
      return utf8.decode(bytes.subarray(0, bytes.length - k));
    } catch {
      /* try a shorter cut */
    }
  }
  return null;
}

function sniffLooksBinary(bytes: Buffer): boolean {
  const n = Math.min(bytes.length, 8192);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  return zeros > 0;
}

function firstBad(bytes: Buffer): string {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    let need = b >= 0xf0 && b < 0xf5 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    if (need < 0) return `${b.toString(16)} at offset ${i}`;
    let j = i + 1;
    for (; need > 0; need--, j++) if (j >= bytes.length || (bytes[j]! & 0xc0) !== 0x80) return `${b.toString(16)} at offset ${i}`;
    i = j - 1;
  }
  return '??';
}

/** Validates text that arrived already decoded (a batch record): not empty, not binary, not oversized. */
export function checkText(text: string): string {
  if (text.length === 0 || !text.trim()) throw new InputError('input is empty');
  if (text.length > MAX_INPUT_BYTES) throw new InputError(`input is larger than ${MB} MB`);
  refuseBinaryText(text);
  return text;
}

/** Control characters other than tab, newline, form feed and carriage return, and U+FFFD. */
const CONTROLS = /[\x00-\x08\x0b\x0e-\x1f\ufffd]/g;
/** Such characters in more than 1% of the first 64 K characters mean binary data. */
function refuseBinaryText(text: string): void {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  // (pages almost never hold one: the search finds nothing and allocates nothing)
  const controls = sample.match(CONTROLS)?.length ?? 0;
  if (controls > Math.max(4, sample.length * 0.01)) throw new InputError('input looks like binary data, not a text or HTML page');
}
