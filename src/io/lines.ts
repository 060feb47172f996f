import { StringDecoder } from 'node:string_decoder';

/**
 * The lines of a byte stream, decoded as UTF-8, without their line ends ("\n", "\r\n" or a lone
 * "\r", as node:readline reads them). A last line without a line end is yielded too.
 *
 * Written for JSON Lines of whole web pages (100 KB and more per line): the chunks are searched
 * for "\n" with indexOf and a line is cut out once, where node:readline runs a line-end regex over
 * every chunk and keeps re-joining the pieces of long lines.
 */
export async function* readLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  const parts: string[] = [];
  for await (const chunk of input) {
    const s = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let from = 0;
    for (let nl = s.indexOf('\n', from); nl >= 0; nl = s.indexOf('\n', from)) {
      let line = s.slice(from, nl);
      if (parts.length) {
        parts.push(line);
        line = parts.join('');
        parts.length = 0;
      }
      from = nl + 1;
      yield* splitCarriageReturns(line);
    }
    if (from < s.length) parts.push(from === 0 ? s : s.slice(from));
  }
  const rest = decoder.end();
  if (rest) parts.push(rest);
  if (parts.length) {
    const line = parts.join('');
    if (line) yield* splitCarriageReturns(line);
  }
}

/** A line cut at "\n": drop its "\r" end; a "\r" inside it is a line end of its own. */
function* splitCarriageReturns(line: string): Generator<string> {
  let cr = line.indexOf('\r');
  if (cr < 0) {
    yield line;
    return;
  }
  let from = 0;
  while (cr >= 0) {
    yield line.slice(from, cr);
    from = cr + 1;
    cr = line.indexOf('\r', from);
  }
  if (from < line.length) yield line.slice(from);
}
