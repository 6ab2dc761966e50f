// Timed passes of the rST parser over a folder (child of parse-bench.ts).
// One untimed pass over the whole corpus first, so the figure is the parser's
// steady-state speed rather than the JIT compiler's warm-up; then PASSES timed
// passes. Prints {seconds (median pass), cpuSeconds, peakRssMb, baseRssMb, startupRssMb}
// as JSON on its last line.
// startupRssMb is taken after the parser's modules are loaded.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// The parser as the rstro command runs it: the compiled copy of the sources
// when parse-bench.ts passes one (RSTRO_SRC_DIR; this file is plain JavaScript so
// that plain node runs it, with no TypeScript loader in between), else the
// TypeScript sources (parse-bench.ts then runs this file through tsx).
const compiled = process.env.RSTRO_SRC_DIR;
const { parseRst } = compiled ? await import(pathToFileURL(path.join(compiled, 'rst', 'index.js')).href) : await import('../src/rst/index.ts');

const startupRssMb = process.memoryUsage().rss / 1024 / 1024;
const dir = process.argv[2];
const PASSES = 3;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.rst'))
  .sort()
  .map((f) => path.join(dir, f));
// Each file is read when it is parsed, as rstro check/build do: the timed passes include
// reading (from the page cache), and the process never holds the whole corpus at once.
const parseAll = () => {
  for (const file of files) parseRst(readFileSync(file, 'utf8'), { settings: { sourcePath: 'bench' } });
};
parseAll();
const baseRssMb = process.memoryUsage().rss / 1024 / 1024;
const walls = [];
const cpus = [];
for (let pass = 0; pass < PASSES; pass++) {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  parseAll();
  walls.push(Number(process.hrtime.bigint() - start) / 1e9);
  const cpu = process.cpuUsage(cpuStart);
  cpus.push((cpu.user + cpu.system) / 1e6);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ seconds: median(walls), cpuSeconds: median(cpus), peakRssMb, baseRssMb, startupRssMb }));
