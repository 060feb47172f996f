import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { BATCH_NODE_FLAGS, hasBatchFlags } from '../../src/io/node-flags.js';

const CLI = 'dist/cli.js';

describe('batch V8 flags', () => {
  it('are recognised however node was given them', () => {
    expect(hasBatchFlags([], {})).toBe(false);
    expect(hasBatchFlags(['--max-old-space-size=4096'], {})).toBe(false);
    expect(hasBatchFlags([...BATCH_NODE_FLAGS], {})).toBe(true);
    // a user's own value of the same flag is kept, not overridden
    expect(hasBatchFlags(['--max-semi-space-size=16'], {})).toBe(true);
    expect(hasBatchFlags([], { SITREP_NO_RESPAWN: '1' })).toBe(true);
  });
});

/** Command lines of the children of a process (Linux /proc). */
function childCommands(pid: number): string[] {
  const out: string[] = [];
  for (const t of readdirSync(`/proc/${pid}/task`)) {
    for (const c of readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').split(/\s+/).filter(Boolean)) {
      out.push(readFileSync(`/proc/${c}/cmdline`, 'utf8').split('\0').join(' '));
    }
  }
  return out;
}

const waitFor = async (cond: () => boolean, ms = 20000): Promise<void> => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe.runIf(process.platform === 'linux')('a batch runs in a node started with the flags', () => {
  it('restarts itself with them, reads the same stdin and answers on the same stdout', async () => {
    const p = spawn(process.execPath, [CLI, 'extract', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    await waitFor(() => childCommands(p.pid!).length > 0);
    const [cmd] = childCommands(p.pid!);
    for (const f of BATCH_NODE_FLAGS) expect(cmd).toContain(f);
    expect(cmd).toContain('--batch');
    p.stdin.end(JSON.stringify({ id: 7, content: 'Polisi menangkap tiga orang di Bandung pada Senin.' }) + '\n');
    const code = await new Promise((r) => p.on('exit', r));
    expect(code).toBe(0);
    expect(JSON.parse(out.trim()).id).toBe(7);
  }, 30000);

  it('passes a SIGTERM on and exits with the signal status; no process is left behind', async () => {
    const p = spawn(process.execPath, [CLI, 'extract', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    await waitFor(() => childCommands(p.pid!).length > 0);
    const childPid = Number(readFileSync(`/proc/${p.pid}/task/${p.pid}/children`, 'utf8').trim().split(/\s+/)[0]);
    p.kill('SIGTERM');
    const code = await new Promise((r) => p.on('exit', (c) => r(c)));
    expect(code).toBe(143);
    let alive = true;
    try {
      process.kill(childPid, 0);
    } catch {
      alive = false;
    }
    expect(alive).toBe(false);
  }, 30000);

  it('does not restart when node already has the flags', () => {
    const r = spawnSync(process.execPath, [...BATCH_NODE_FLAGS, CLI, 'extract', '--batch'], { input: '', encoding: 'utf8', timeout: 30000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });
});
