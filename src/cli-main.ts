import { Command, Option } from 'commander';
import { extract, extractMany, type ExtractItem } from './core/extract.js';
import { InputError, type DocumentHints, type ExtractOutput } from './core/types.js';
import { readInputBytes, decodeBytes, checkText } from './io/input.js';
import { loadLanguageDetector } from './io/language.js';
import { loadGazetteer } from './io/gazetteer.js';
import { readLines } from './io/lines.js';
import { batchProgress } from './io/progress.js';
import { checkHints } from './io/hints.js';
import { explain } from './explain.js';

const program = new Command();
program
  .name('sitrep')
  .description('Turn news reports into sourced, geocoded events of armed conflict and political violence.')
  .version('0.1.0')
  .addHelpText('after', `
Examples:
  $ sitrep extract article.txt              one scraped page (text or HTML) → JSON
  $ sitrep extract --published 2020-10-08T16:25:00+07:00 - < page.html
  $ sitrep extract --batch < pages.jsonl > out.jsonl`);

program
  .command('extract')
  .description('Read one news page (plain text or HTML, from FILE or - for stdin) and print its document, places, events and tallies as JSON.')
  .argument('[file]', 'file to read, or - for standard input')
  .option('--json', 'print JSON (the default; kept for scripts)')
  .option('--url <url>', 'the page URL, when the page does not say it')
  .option('--published <iso8601>', 'publication time, e.g. 2020-10-08T16:25:00+07:00, when the page does not say it')
  .option('--language <code>', 'ISO 639-1 language code (id, ms, en, …), when detection should be skipped')
  .option('--batch', 'read JSON Lines {"id","content",…} on stdin, write one JSON line per record')
  .option('--progress', 'with --batch: show progress on stderr even when it is not a terminal')
  .option('--no-progress', 'with --batch: no progress on stderr (shown by default on a terminal)')
  .option('--explain', 'print, per sentence, what was found and by which rule (human-readable)')
  .addOption(new Option('--pretty', 'indent the JSON output').default(false))
  .addHelpText('after', `
Input is detected from content: HTML if it looks like markup, plain text otherwise, whatever
the file name. Bytes are read as UTF-8 (with or without BOM), UTF-16 with BOM, or the legacy
charset an HTML page declares (windows-1252, ISO-8859-1, …). Empty, binary (images, archives,
PDF), undecodable or over-20-MB input exits 1 with one line on stderr and nothing on stdout.
Values given by flags win over what the page says.

Examples:
  $ sitrep extract samples/kabar-ganja.txt
  $ sitrep extract --url https://example.com/a --published 2024-04-23 page.html
  $ cat page.txt | sitrep extract -
  $ sitrep extract --explain samples/kabar-ganja.txt

Batch (one process, streaming, input order; a bad record yields {"id","error"} and the batch
goes on; a record's "title" means its "content" is all body):
  $ sitrep extract --batch < in.jsonl > out.jsonl
On a terminal, progress (records, failures, records/s, and a bar with the time left when stdin is
a file) is drawn on stderr; --no-progress hides it, --progress forces it (e.g. into a log).`)
  .action(async (file: string | undefined, opts: Record<string, unknown>) => {
    if (opts.batch) {
      await runBatch((opts.progress as boolean | undefined) ?? process.stderr.isTTY === true);
      return;
    }
    if (!file) fail('missing FILE: give a file path, or - for standard input (see sitrep extract --help)');
    const hints: DocumentHints = checkHints(
      {
        url: (opts.url as string) ?? null,
        published: (opts.published as string) ?? null,
        language: (opts.language as string) ?? null,
      },
      '--',
    );
    const bytes = await readInputBytes(file!);
    const content = decodeBytes(bytes);
    const detectLanguage = hints.language ? null : await loadLanguageDetector();
    const result = extract(content, hints, { gazetteer: loadGazetteer(), detectLanguage });
    if (opts.explain) {
      process.stdout.write(explain(result));
      return;
    }
    const { reading: _r, ...out } = result;
    process.stdout.write(JSON.stringify(out satisfies ExtractOutput, null, opts.pretty ? 2 : undefined) + '\n');
  });

/** Records read through extractMany together (most of its gain comes by about 8). */
const BATCH = 8;

async function runBatch(showProgress: boolean): Promise<void> {
  // Everything asynchronous is loaded before the reader starts: lines read meanwhile would be lost.
  const detectLanguage = await loadLanguageDetector();
  const gazetteer = loadGazetteer();
  const env = { gazetteer, detectLanguage };
  const progress = batchProgress(showProgress);
  // Output lines in input order: a record's error line at once, its result when its batch is read.
  type Slot = { id: unknown; line: string | null; failed: boolean; item?: ExtractItem };
  let slots: Slot[] = [];
  const flush = async (): Promise<void> => {
    const todo = slots.filter((x) => x.item);
    if (todo.length) {
      let results: ReturnType<typeof extractMany> | null = null;
      try {
        results = extractMany(todo.map((x) => x.item!), env);
      } catch {
        // one record broke the batch: read them one by one, so that only that record fails
      }
      todo.forEach((x, k) => {
        try {
          const { reading: _r, ...out } = results ? results[k]! : extract(x.item!.content, x.item!.hints, env);
          x.line = JSON.stringify({ id: x.id, ...out });
        } catch (e) {
          x.line = JSON.stringify({ id: x.id, error: oneLine(e) });
          x.failed = true;
        }
      });
    }
    for (const x of slots) {
      progress.tick(x.failed);
      if (!process.stdout.write(x.line + '\n')) await new Promise((r) => process.stdout.once('drain', r));
    }
    slots = [];
  };
  let n = 0;
  for await (const line of readLines(progress.count(process.stdin))) {
    n++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      let rec: Record<string, unknown>;
      try {
        rec = JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new InputError(`line ${n} is not valid JSON`);
      }
      if (!rec || typeof rec !== 'object' || Array.isArray(rec)) throw new InputError(`line ${n} is not a JSON object`);
      id = typeof rec.id === 'string' || typeof rec.id === 'number' ? rec.id : null;
      if (typeof rec.content !== 'string') throw new InputError('record has no "content" string');
      checkText(rec.content);
      const str = (k: string): string | null => (typeof rec[k] === 'string' && (rec[k] as string).trim() ? (rec[k] as string) : null);
      const hints = checkHints({ url: str('url'), published: str('published'), language: str('language'), title: str('title') });
      slots.push({ id, line: null, failed: false, item: { content: rec.content, hints } });
    } catch (e) {
      slots.push({ id, line: JSON.stringify({ id, error: oneLine(e) }), failed: true });
    }
    // (a batch of records to read, or of lines waiting behind error lines)
    if (slots.length >= 4 * BATCH || slots.filter((x) => x.item).length >= BATCH) await flush();
  }
  await flush();
  progress.stop();
}

function oneLine(e: unknown): string {
  if (e instanceof InputError) return e.message;
  const msg = e instanceof Error ? e.message : String(e);
  return `internal error: ${msg.split('\n')[0]}`;
}

function fail(msg: string): never {
  process.stderr.write(`sitrep: ${msg}\n`);
  process.exit(1);
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

program.parseAsync(process.argv).catch((e: unknown) => fail(oneLine(e)));
