#!/usr/bin/env node
// npm start: checks Node, builds the web app when its sources are newer than web/dist, then runs the server.
// Plain JavaScript so that it can explain itself even on an old Node.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`OneTrip needs Node.js 22.18 or newer (24 LTS recommended); this is ${process.versions.node}.`);
  console.error('On the project machines run: . ../shared/tools/node24.sh');
  process.exit(1);
}

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const distIndex = path.join(root, 'web', 'dist', 'index.html');
const builtAt = fs.existsSync(distIndex) ? fs.statSync(distIndex).mtimeMs : 0;
const sourcesAt = Math.max(newestMtime(path.join(root, 'web')), newestMtime(path.join(root, 'core', 'src')));
if (!process.argv.includes('--no-build') && sourcesAt > builtAt) {
  console.log('[onetrip] building the web app (web/dist is missing or older than its sources)…');
  const result = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '-w', 'web'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const child = spawn(process.execPath, [path.join(root, 'server', 'src', 'main.ts')], { cwd: root, stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
