import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { checkHints } from '../../src/io/hints.js';

const CLI = 'dist/cli.js';
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', timeout: 60000 });

describe('flags are checked before anything is read', () => {
  it('accepts ISO dates and times, with or without a zone', () => {
    for (const p of ['2020-10-08', '2020-10-08T16:25', '2020-10-08T16:25:00+07:00', '2024-04-23T09:25:00Z', '2024-04-23T09:25:00.123-04:00']) {
      expect(checkHints({ published: p }).published).toBe(p);
    }
  });
  it('refuses what is not a date', () => {
    for (const p of ['garbage', '8 Oktober 2020', '2020-13-01', '2020-10-08 16:25', '2020-10-08T25:00', '20201008']) {
      expect(() => checkHints({ published: p })).toThrow(/ISO 8601/);
    }
  });
  it('lower-cases a language code and refuses anything else', () => {
    expect(checkHints({ language: 'EN' }).language).toBe('en');
    expect(() => checkHints({ language: 'english' })).toThrow(/ISO 639-1/);
    expect(() => checkHints({ language: 'i' })).toThrow(/ISO 639-1/);
  });
  it('takes http(s) URLs only', () => {
    expect(checkHints({ url: 'https://example.com/a?b=1' }).url).toBe('https://example.com/a?b=1');
    for (const u of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x</b>', 'ftp://example.com/x']) {
      expect(() => checkHints({ url: u })).toThrow(/http or https/);
    }
    expect(() => checkHints({ url: 'not a url' })).toThrow(/not a valid URL/);
    expect(() => checkHints({ url: 'https://user:pw@example.com/' })).toThrow(/user name or password/);
  });
});

describe.skipIf(!existsSync(CLI))('the command line (needs a build: npm test builds first)', () => {
  const page = 'Polisi Tangkap Tiga Orang\n\nPolisi menangkap tiga orang terduga pelaku pembakaran pos di Makassar pada Senin (3/6) malam, kata juru bicara kepolisian.';
  it('reads standard input and prints one JSON object', () => {
    const r = run(['extract', '--published', '2024-06-04T10:00:00+08:00', '-'], page);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.document.title).toBe('Polisi Tangkap Tiga Orang');
    expect(out.document.published).toBe('2024-06-04T10:00:00+08:00');
    expect(Array.isArray(out.events)).toBe(true);
  });
  it('a bad flag: one line on stderr, exit 1, nothing on stdout', () => {
    const r = run(['extract', '--url', 'javascript:alert(1)', '-'], page);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^sitrep: --url must be http or https/);
  });
  it('a missing file: one line, exit 1', () => {
    const r = run(['extract', 'no/such/file.txt']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no such file/);
  });
  it('batch: bad records answered in place, the batch goes on, order kept', () => {
    const lines = [
      JSON.stringify({ id: 'a', content: page }),
      '{not json',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', content: page, published: 'yesterday' }),
      JSON.stringify({ id: 'e', content: page, title: 'Given title' }),
    ].join('\n');
    const r = run(['extract', '--batch'], lines + '\n');
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', null, 'c', 'd', 'e']);
    expect(out[0].document).toBeTruthy();
    expect(out[1].error).toMatch(/not valid JSON/);
    expect(out[2].error).toMatch(/content/);
    expect(out[3].error).toMatch(/ISO 8601/);
    expect(out[4].document.title).toBe('Given title');
    expect(out[4].document.text.startsWith('Polisi Tangkap Tiga Orang')).toBe(true);
  });
  it('batch progress goes to stderr when asked (or on a terminal), never into the output', () => {
    const lines = [JSON.stringify({ id: 'a', content: page }), '{not json'].join('\n') + '\n';
    const quiet = run(['extract', '--batch'], lines);
    expect(quiet.stderr).toBe('');
    const shown = run(['extract', '--batch', '--progress'], lines);
    expect(shown.status).toBe(0);
    expect(shown.stderr).toMatch(/2 records, 1 failed/);
    expect(shown.stdout).toBe(quiet.stdout);
    expect(shown.stdout.trim().split('\n')).toHaveLength(2);
  });
  it('--help teaches with examples', () => {
    const r = run(['extract', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Examples:/);
    expect(r.stdout).toMatch(/--batch/);
  });
});
