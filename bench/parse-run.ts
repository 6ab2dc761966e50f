// One timed pass of the rST parser over a folder (child of parse-bench.ts).
// Prints {seconds, peakRssMb, baseRssMb} as JSON on its last line.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseRst } from '../src/rst/index.js';

const dir = process.argv[2];
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.rst'))
  .sort()
  .map((f) => readFileSync(path.join(dir, f), 'utf8'));
// Warm up the JIT on a few files so the timing reflects steady-state throughput.
for (const source of sources.slice(0, 20)) parseRst(source, { settings: { sourcePath: 'bench' } });
const baseRssMb = process.memoryUsage().rss / 1024 / 1024;
const start = process.hrtime.bigint();
for (const source of sources) parseRst(source, { settings: { sourcePath: 'bench' } });
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ seconds, peakRssMb, baseRssMb }));
