#!/usr/bin/env node
// Starts the server for the end-to-end run on an empty DATA_DIR, so every run gets fresh demo data.
// Playwright starts `webServer` BEFORE `globalSetup` (plugin setup runs first), so a globalSetup cannot
// delete the data directory in time; this wrapper does it right before the server starts.
// It then runs scripts/start.mjs in this same process, so Playwright's SIGTERM reaches start.mjs directly.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(root, process.env.DATA_DIR ?? '.tmp/e2e-data');
const scratch = path.join(root, '.tmp') + path.sep;

// Never delete anything outside the repository's scratch directory, whatever DATA_DIR says.
if (!dataDir.startsWith(scratch)) {
  console.error(`[e2e] refusing to delete DATA_DIR outside ${scratch}: ${dataDir}`);
  process.exit(1);
}
fs.rmSync(dataDir, { recursive: true, force: true });
console.log(`[e2e] removed ${path.relative(root, dataDir)}; starting the server with fresh demo data`);
process.env.DATA_DIR = dataDir;

await import(pathToFileURL(path.join(root, 'scripts', 'start.mjs')).href);
