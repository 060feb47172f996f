#!/usr/bin/env node
// The `sitrep` command. A batch (`extract --batch`) is a long job whose speed depends on V8 flags
// that only take effect when node starts (see io/node-flags.ts): when they are missing, the batch
// runs in a child node started with them, on the same standard input, output and error. Everything
// else runs here.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BATCH_NODE_FLAGS, hasBatchFlags } from './io/node-flags.js';

const args = process.argv.slice(2);
if (args[0] === 'extract' && args.includes('--batch') && !hasBatchFlags(process.execArgv, process.env)) {
  const child = spawn(process.execPath, [...process.execArgv, ...BATCH_NODE_FLAGS, fileURLToPath(import.meta.url), ...args], {
    stdio: 'inherit',
    env: { ...process.env, SITREP_NO_RESPAWN: '1' },
  });
  // The terminal sends Ctrl-C to both processes; signals sent to this one alone are passed on.
  const forward = (sig: NodeJS.Signals) => () => child.kill(sig);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, forward(sig));
  child.on('error', (e) => {
    process.stderr.write(`sitrep: cannot start the batch process: ${e.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? 128 + (signal ? constants.signals[signal] : 0));
  });
} else {
  await import('./cli-main.js');
}
