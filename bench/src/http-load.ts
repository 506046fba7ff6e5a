/**
 * Load client, run as a separate process so it does not share the server's event loop:
 * node http-load.ts <baseUrl> <seconds> <concurrency> <pathsJsonFile>
 * Prints one JSON line: { requests, errors, seconds, rps }.
 */
import fs from 'node:fs';
import { Agent, request } from 'undici';

const [baseUrl, secondsArg, concurrencyArg, pathsFile] = process.argv.slice(2);
const paths = JSON.parse(fs.readFileSync(pathsFile!, 'utf8')) as string[];
const seconds = Number(secondsArg);
const concurrency = Number(concurrencyArg);
const dispatcher = new Agent({ connections: concurrency, keepAliveTimeout: 30_000 });
let requests = 0;
let errors = 0;
let next = 0;
const deadline = performance.now() + seconds * 1000;
const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, async () => {
  while (performance.now() < deadline) {
    const path = paths[next++ % paths.length]!;
    const res = await request(baseUrl + path, { dispatcher });
    await res.body.dump();
    if (res.statusCode !== 200) errors += 1;
    requests += 1;
  }
}));
const elapsed = (performance.now() - started) / 1000;
await dispatcher.close();
process.stdout.write(`${JSON.stringify({ requests, errors, seconds: Number(elapsed.toFixed(2)), rps: Math.round(requests / elapsed) })}\n`);
