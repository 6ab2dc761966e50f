// `npm run bench:search`: search quality on the knowledge base — rstro search,
// the site's search box (Chromium), and plain Pagefind as the baseline — and
// the limits on a 1,000-page site (built by `npm run bench:build`, or here):
// the signature index's compressed size and the time a query takes in the
// browser's search box.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { launchBrowser, serve, ensureSiteBuilt, runNode, REPO } from '../test/e2e/harness.js';
import { describe, rankWithCli, rankWithPagefind, rankWithSite } from '../test/search/eval-lib.js';
import { generateSphinxProject } from './sphinx-project.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const siteDir = await ensureSiteBuilt();
const browser = await launchBrowser();
try {
  const server = await serve(siteDir);
  console.log(describe('rstro search (CLI engine)', await rankWithCli(siteDir)));
  console.log(describe('site search box (Chromium)', await rankWithSite(browser, server.url, siteDir)));
  console.log(describe('plain Pagefind (baseline)', await rankWithPagefind(browser, server.url, siteDir)));
  await server.close();

  // Limits on 1,000 pages.
  const work = path.join(REPO, '.cache', 'bench', 'build-1000');
  const bigSite = path.join(work, 'rstro-site');
  if (!existsSync(path.join(bigSite, 'rstro', 'signatures.json'))) {
    generateSphinxProject(work, 1000);
    const built = await runNode([path.join(REPO, 'bin', 'rstro.js'), 'build', path.join(work, 'source'), '--out', bigSite, '--quiet'], { RSTRO_CACHE_DIR: path.join(work, 'rstro-cache') });
    if (built.status !== 0) throw new Error(built.output);
  }
  const raw = readFileSync(path.join(bigSite, 'rstro', 'signatures.json'));
  const index = JSON.parse(raw.toString('utf8')) as { docs: unknown[]; signatures: unknown[] };
  console.log(`signature index, ${index.docs.length} pages: ${index.signatures.length} signatures, ${(raw.length / 1024).toFixed(0)} KB raw, ${(gzipSync(raw).length / 1024).toFixed(0)} KB gzip (limit 2048 KB)`);
  const big = await serve(bigSite);
  const page = await browser.newPage();
  await page.goto(big.url + '/');
  await page.locator('.search-open').click();
  const queries = [
    "mkdir: cannot create directory '/sys/fs/cgroup/memory/kubepods/pod123': Cannot allocate memory",
    'Warning FailedCreatePodSandBox 3m kubelet Failed to create pod sandbox: rpc error',
    'tcp ESTAB 0 0 10.1.2.3:443 10.9.9.9:5555',
    'pods stuck', '内存 泄漏',
  ];
  // Warm up: the first query loads the index and Pagefind.
  await page.locator('#search-input').fill('warm up');
  await page.waitForFunction(() => document.querySelector<HTMLElement>('.search-results')?.dataset.query === 'warm up', undefined, { timeout: 30_000 });
  // The signature index alone, in the browser: the same module the dialog uses, bundled for the page.
  const bundle = await build({ entryPoints: [path.join(REPO, 'src/search/signature-index.ts')], bundle: true, format: 'iife', globalName: 'rstroSignatures', write: false, platform: 'browser' });
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  const signatureTimes = await page.evaluate(async (qs) => {
    const g = globalThis as unknown as { rstroSignatures: { SignatureIndex: new (file: unknown) => { search(q: string): unknown[] } } };
    const file = await (await fetch('/rstro/signatures.json')).json();
    const loadStart = performance.now();
    const index = new g.rstroSignatures.SignatureIndex(file);
    const loadMs = performance.now() - loadStart;
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const q of qs) {
        const start = performance.now();
        index.search(q);
        times.push(performance.now() - start);
      }
    }
    return { loadMs, times };
  }, queries);
  console.log(`signature index in Chromium, ${index.docs.length} pages: loaded in ${signatureTimes.loadMs.toFixed(0)} ms once; a query takes median ${median(signatureTimes.times).toFixed(2)} ms, max ${Math.max(...signatureTimes.times).toFixed(2)} ms (limit 50 ms)`);
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      const t = await page.evaluate(async (query) => {
        const input = document.querySelector<HTMLInputElement>('#search-input')!;
        const list = document.querySelector<HTMLElement>('.search-results')!;
        const start = performance.now();
        input.value = query + ' ';
        input.dispatchEvent(new Event('input'));
        while (list.dataset.query !== query) await new Promise((r) => setTimeout(r, 1));
        return performance.now() - start;
      }, q);
      times.push(t);
    }
  }
  console.log(`search box on ${index.docs.length} pages: median ${median(times).toFixed(1)} ms per query (signature index + Pagefind + drawing), max ${Math.max(...times).toFixed(1)} ms over ${times.length} queries (for reference: the 50 ms limit is the signature index's, above; this adds Pagefind loading its index chunks and fragments)`);
  await page.close();
  await big.close();
} finally {
  await browser.close();
}
