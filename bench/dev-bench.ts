// `npm run bench:dev`: save-to-updated-page time of `rstro dev` on the
// generated 1,000-page project. An edit is written to one page's source, then
// the page's URL is polled until the served HTML carries the edit.
//   npm run bench:dev [-- --pages 1000 --edits 10]
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateSphinxProject } from './sphinx-project.js';
import { REPO_ROOT, numberOption, median } from './options.js';

const root = REPO_ROOT;
const opt = numberOption;
const pages = opt('pages', 1000);
const edits = opt('edits', 10);
const port = opt('port', 4399);
const work = path.join(root, '.cache', 'bench', `dev-${pages}`);
generateSphinxProject(work, pages);
const source = path.join(work, 'source');
const target = path.join(source, 'section3', `page${Math.min(pages - 1, 301)}.rst`);
const url = `http://localhost:${port}/section3/page${Math.min(pages - 1, 301)}/`;

const child = spawn(process.execPath, [path.join(root, 'bin', 'rstro.js'), 'dev', source, '--port', String(port)], {
  cwd: root,
  env: { ...process.env, RSTRO_CACHE_DIR: path.join(work, 'cache') },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let log = '';
child.stdout.on('data', (c) => (log += c));
child.stderr.on('data', (c) => (log += c));

async function fetchText(): Promise<string> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : '';
  } catch {
    return '';
  }
}

try {
  const startedAt = performance.now();
  while (!(await fetchText()).includes('<article')) {
    if (performance.now() - startedAt > 600_000) throw new Error(`dev server did not serve ${url}:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  console.log(`dev server ready with ${pages} pages in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  const original = readFileSync(target, 'utf8');
  const times: number[] = [];
  for (let i = 0; i < edits; i++) {
    const marker = `rstro-dev-bench-edit-${Date.now()}-${i}`;
    const t0 = performance.now();
    writeFileSync(target, original + `\n${marker}\n`);
    for (;;) {
      if ((await fetchText()).includes(marker)) break;
      if (performance.now() - t0 > 30_000) throw new Error(`edit ${i} never showed up:\n${log.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 5));
    }
    times.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 300));
  }
  writeFileSync(target, original);
  console.log(`save -> updated page: median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms over ${edits} edits (target < 300 ms)`);
} finally {
  child.kill('SIGTERM');
}
