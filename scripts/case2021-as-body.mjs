#!/usr/bin/env node
// Dev tool: runs `node dist/cli.js <args>` with every batch line given a placeholder title, so a
// one-line snippet is read as body text (split into sentences) rather than as a headline.
// Usage: node ../shared/bench/case2021/score.mjs --cmd "node scripts/case2021-as-body.mjs"
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
const child = spawn(process.execPath, ['dist/cli.js', ...process.argv.slice(2)], { stdio: ['pipe', 'inherit', 'inherit'] });
const rl = createInterface({ input: process.stdin });
rl.on('line', (l) => { if (l.trim()) child.stdin.write(JSON.stringify({ ...JSON.parse(l), title: 'Snippet' }) + '\n'); });
rl.on('close', () => child.stdin.end());
child.on('exit', (c) => process.exit(c ?? 1));
