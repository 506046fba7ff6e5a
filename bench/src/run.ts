/**
 * npm run bench [name] — benchmarks run against a real PostgreSQL started for the run (never the dev data).
 * Each prints one JSON line. Available: foundation (default), catalog (also `npm run bench:catalog`), lifecycle
 * (also `npm run bench:lifecycle`; options after the name, e.g. `-- --clients 16 --duration 30 --preload 1000000`),
 * licences (also `npm run bench:licences`; `-- --duration 10 --concurrency 32 --batch 50`).
 * These are measurements, not tests: numbers vary between runs and machines; compare ratios within one run.
 */
import { foundationBench } from './foundation.bench.ts';
import { catalogBench } from './catalog.bench.ts';
import { lifecycleBench } from './lifecycle.bench.ts';
import { licencesBench } from './licences.bench.ts';

const benches: Record<string, () => Promise<Record<string, unknown>>> = { foundation: foundationBench, catalog: catalogBench, lifecycle: lifecycleBench, licences: licencesBench };
const name = process.argv[2] ?? 'foundation';
const bench = benches[name];
if (!bench) {
  process.stderr.write(`unknown benchmark "${name}"; available: ${Object.keys(benches).join(', ')}\n`);
  process.exit(2);
}
const result = await bench();
process.stdout.write(`${JSON.stringify({ bench: name, node: process.versions.node, ...result })}\n`);
