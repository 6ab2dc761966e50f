// `npm run bench:build`: builds a generated 1,000-page Sphinx project with
// rstro (full build, Pagefind included) and with sphinx-build -b html, side by
// side in one run, then rebuilds with rstro with nothing changed.
//   npm run bench:build [-- --pages 1000 --runs 3]
// rstro's builds take seconds and vary with this machine's disk, so they run
// --runs times (default 3); sphinx-build takes minutes and runs twice.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { generateSphinxProject } from './sphinx-project.js';
import { REPO_ROOT, numberOption, median } from './options.js';

const root = REPO_ROOT;
const opt = numberOption;
const pages = opt('pages', 1000);
const runs = opt('runs', 3);
const work = path.join(root, '.cache', 'bench', `build-${pages}`);
const source = path.join(work, 'source');

function timed(label: string, command: string, argv: string[], env: NodeJS.ProcessEnv = {}): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, argv, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`${label} failed with status ${result.status}`);
  }
  console.log(`${label}: ${seconds.toFixed(2)} s`);
  return seconds;
}

generateSphinxProject(work, pages);
console.log(`project: ${pages} pages in ${path.relative(root, source)}`);
const rstroOut = path.join(work, 'rstro-site');
const rstroCache = path.join(work, 'rstro-cache');
const rstro = (label: string) =>
  timed(label, process.execPath, [path.join(root, 'bin', 'rstro.js'), 'build', source, '--out', rstroOut, '--quiet'], { RSTRO_CACHE_DIR: rstroCache });

const cold: number[] = [];
for (let i = 0; i < runs; i++) {
  rmSync(rstroOut, { recursive: true, force: true });
  rmSync(rstroCache, { recursive: true, force: true });
  cold.push(rstro(`rstro build (cold) #${i + 1}`));
}
const noChange: number[] = [];
for (let i = 0; i < runs; i++) noChange.push(rstro(`rstro build (no changes) #${i + 1}`));

const sphinx = spawnSync('sphinx-build', ['--version'], { encoding: 'utf8' });
let sphinxSeconds: number | null = null;
if (sphinx.status !== 0) {
  console.log('sphinx-build: not installed (apt-get install python3-sphinx); comparison skipped');
} else {
  const times: number[] = [];
  for (let i = 0; i < Math.min(runs, 2); i++) {
    const out = path.join(work, 'sphinx-site');
    rmSync(out, { recursive: true, force: true });
    times.push(timed(`sphinx-build -b html #${i + 1}`, 'sphinx-build', ['-b', 'html', '-q', source, out]));
  }
  sphinxSeconds = median(times);
}
console.log('---');
console.log(`rstro cold build: median ${median(cold).toFixed(2)} s; no-change rebuild: median ${median(noChange).toFixed(2)} s`);
if (sphinxSeconds !== null) console.log(`sphinx-build: median ${sphinxSeconds.toFixed(2)} s; rstro is ${(sphinxSeconds / median(cold)).toFixed(1)}x faster`);
