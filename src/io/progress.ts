import { fstatSync } from 'node:fs';
import { SingleBar } from 'cli-progress';

/**
 * Progress of a batch on standard error: records done, records per second, and, when standard input
 * is a file (so its size is known), a bar over the bytes read with the time left. Drawn only on a
 * terminal unless forced; never on standard output.
 */
export interface BatchProgress {
  /** Counts the bytes of the chunks passing through (wrap the input with it). */
  count(input: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer | string>;
  /** One record answered (failed or not). */
  tick(failed: boolean): void;
  stop(): void;
}

const NONE: BatchProgress = {
  async *count(input) {
    yield* input;
  },
  tick() {},
  stop() {},
};

/** The size of the file behind a file descriptor, or null when it is a pipe or a terminal. */
function fileSize(fd: number): number | null {
  try {
    const st = fstatSync(fd);
    return st.isFile() && st.size > 0 ? st.size : null;
  } catch {
    return null;
  }
}

export function batchProgress(enabled: boolean, stream: NodeJS.WriteStream = process.stderr, inputFd = 0): BatchProgress {
  if (!enabled) return NONE;
  const total = fileSize(inputFd);
  const t0 = performance.now();
  let bytes = 0;
  let records = 0;
  let failed = 0;
  const bar = new SingleBar({
    stream,
    format: total
      ? 'sitrep {bar} {percentage}% | {records} records, {failed} failed | {rate}/s | eta {eta_formatted}'
      : 'sitrep {records} records, {failed} failed | {rate}/s | {mb} MB read',
    barsize: 24,
    hideCursor: true,
    noTTYOutput: !stream.isTTY,
    notTTYSchedule: 2000,
    etaBuffer: 50,
    fps: 5,
  });
  const payload = () => {
    const s = (performance.now() - t0) / 1000;
    return { records, failed, rate: s > 0 ? (records / s).toFixed(1) : '0', mb: (bytes / 1048576).toFixed(1) };
  };
  bar.start(total ?? 1, 0, payload());
  return {
    async *count(input) {
      for await (const chunk of input) {
        bytes += chunk.length;
        yield chunk;
      }
    },
    tick(isFailed) {
      records++;
      if (isFailed) failed++;
      bar.update(total ? Math.min(bytes, total) : 0, payload());
    },
    stop() {
      bar.update(total ?? 1, payload());
      bar.stop();
    },
  };
}
