// `npm run bench`: parser throughput and memory on a generated ~10 MB corpus
// of realistic rST, side by side with docutils (python3) on the same files.
//   npm run bench [-- --mb 10 --runs 5]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { rng, rstPage } from './corpus.js';
import { numberOption, median } from './options.js';
// @ts-expect-error plain JavaScript module without types
import { compiledSourceDir } from '../bin/compiled-sources.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const opt = numberOption;
const targetMb = opt('mb', 10);
const runs = opt('runs', 5);
const corpusDir = path.join(root, '.cache', 'bench', 'corpus');

function generate(): string[] {
  rmSync(corpusDir, { recursive: true, force: true });
  mkdirSync(corpusDir, { recursive: true });
  const r = rng(42);
  const files: string[] = [];
  let total = 0;
  for (let i = 0; total < targetMb * 1024 * 1024; i++) {
    const page = rstPage(r, i, 20_000);
    const file = path.join(corpusDir, `page_${String(i).padStart(4, '0')}.rst`);
    writeFileSync(file, page);
    files.push(file);
    total += Buffer.byteLength(page);
  }
  return files;
}


const files = generate();
const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
console.log(`corpus: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${path.relative(root, corpusDir)}`);

// Ours: a child process per run, so memory figures are not polluted by earlier runs.
const ourRunner = path.join(here, 'parse-run.mjs');
const compiledSrc: string | null = await compiledSourceDir(root);
console.log(`parser: ${compiledSrc ? 'the compiled copy the rstro command runs' : 'TypeScript through tsx (no compiled copy could be made)'}`);
const ours: Array<{ seconds: number; cpuSeconds: number; peakRssMb: number; baseRssMb: number; startupRssMb: number }> = [];
for (let i = 0; i < runs; i++) {
  const env = compiledSrc ? { ...process.env, RSTRO_SRC_DIR: compiledSrc } : process.env;
  // The compiled copy runs under plain node, as the rstro command runs it; the sources need tsx.
  const argv = compiledSrc ? [ourRunner, corpusDir] : [path.join(root, 'bin', 'run-ts.js'), ourRunner, corpusDir];
  const result = spawnSync(process.execPath, argv, { encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`rstro parse run failed: ${result.stderr}`);
  ours.push(JSON.parse(result.stdout.trim().split('\n').pop()!));
}
const ourSeconds = median(ours.map((o) => o.seconds));
const ourRate = bytes / 1024 / 1024 / ourSeconds;
const cpuRate = bytes / 1024 / 1024 / median(ours.map((o) => o.cpuSeconds));
const peak = Math.max(...ours.map((o) => o.peakRssMb - o.startupRssMb));
console.log(
  `rstro:    median pass ${ourSeconds.toFixed(2)} s (${runs} processes x 3 passes, after a warm-up pass) = ${ourRate.toFixed(1)} MB/s wall (reading included), ${cpuRate.toFixed(1)} MB/s CPU (one core); ` +
    `peak memory above the process's start ${peak.toFixed(0)} MB for ${(bytes / 1024 / 1024).toFixed(1)} MB of source (${(peak / (bytes / 1024 / 1024)).toFixed(1)}x; files read one at a time, as rstro check does)`,
);

const python = spawnSync('python3', ['-c', 'import docutils'], { encoding: 'utf8' });
if (python.status !== 0) {
  console.log('docutils: not available (python3 -c "import docutils" failed); install python3-docutils to compare');
} else {
  const times: number[] = [];
  for (let i = 0; i < Math.min(runs, 3); i++) {
    const result = spawnSync('python3', [path.join(here, 'docutils-parse.py'), corpusDir], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (result.status !== 0) throw new Error(`docutils run failed: ${result.stderr}`);
    times.push(Number(result.stdout.trim()));
  }
  const pySeconds = median(times);
  console.log(`docutils: median ${pySeconds.toFixed(2)} s = ${(bytes / 1024 / 1024 / pySeconds).toFixed(2)} MB/s`);
  console.log(`speed ratio rstro/docutils: ${(pySeconds / ourSeconds).toFixed(1)}x`);
}
console.log(`largest file ${(Math.max(...files.map((f) => readFileSync(f).length)) / 1024).toFixed(0)} KB; see bench/parse-run.mjs for the memory method`);
