// Chinese search by words, as a reader and an on-call engineer meet it: the
// fixture site (test/fixtures/search-zh) has a page with 内存 and 内核, and a
// page with only their characters in other words (国内, 保存, 核对). Pagefind
// alone matched both for 内核; rstro's build-time segmentation must not.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, REPO, runNode, serve, type StaticServer } from './harness.js';

const FIXTURE = path.join(REPO, 'test', 'fixtures', 'search-zh');
let work: string;
let siteDir: string;
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // Outside the repository on purpose: `rstro search` must also read sites built elsewhere.
  work = mkdtempSync(path.join(tmpdir(), 'rstro-search-zh-'));
  siteDir = path.join(work, 'site');
  const built = await runNode([path.join(REPO, 'bin', 'rstro.js'), 'build', FIXTURE, '--out', siteDir, '--quiet'], { RSTRO_CACHE_DIR: path.join(work, 'cache') });
  if (built.status !== 0) throw new Error(`fixture build failed:\n${built.output}`);
  server = await serve(siteDir);
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(server.url + '/');
  await page.locator('.search-open').click();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function searchBox(query: string): Promise<Array<{ title: string; url: string; excerptHtml: string; excerptText: string }>> {
  await page.locator('#search-input').fill(query);
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('.search-results')?.dataset.query === q, query, { timeout: 15_000 });
  return page.locator('.search-results li').evaluateAll((items) =>
    items.map((li) => {
      const excerpt = li.querySelector('.hit-excerpt, .hit-line');
      return {
        title: li.querySelector('.hit-title')?.textContent ?? '',
        url: new URL(li.querySelector('a')!.href).pathname,
        excerptHtml: excerpt?.innerHTML ?? '',
        excerptText: excerpt?.textContent ?? '',
      };
    }),
  );
}

async function cliSearch(query: string): Promise<Array<{ docname: string; title: string; matched: string }>> {
  const result = await runNode([path.join(REPO, 'bin', 'rstro.js'), 'search', query, '--site', siteDir, '--json']);
  expect(result.status, result.output).toBe(0);
  return (JSON.parse(result.stdout) as { results: Array<{ docname: string; title: string; matched: string }> }).results;
}

const TOKEN_CHARS = /[\u01c1\u01c2\u200b]/;

describe('Chinese search by words', () => {
  it('the search box finds 内存 and 内核 on the page that has them, not on the page with their characters apart', async () => {
    for (const word of ['内存', '内核']) {
      const hits = await searchBox(word);
      expect(hits.map((h) => h.url), word).toContain('/memory/');
      expect(hits.map((h) => h.url), word).not.toContain('/mirror/');
      const memory = hits.find((h) => h.url === '/memory/')!;
      expect(memory.title).toBe('内存耗尽排查');
      // The excerpt reads as the page does, with the word highlighted whole.
      expect(memory.excerptHtml).toContain(`<mark>${word}</mark>`);
      expect(memory.excerptText).toContain('节点的内存耗尽时，内核会杀死占用最多的进程');
      expect(memory.excerptText).not.toMatch(TOKEN_CHARS);
    }
    const restart = await searchBox('重启');
    expect(restart.map((h) => h.url)).toEqual(['/mirror/']);
  });

  it('mixed and English queries are unaffected', async () => {
    expect((await searchBox('kubectl 内存')).map((h) => h.url)).toEqual(['/memory/']);
    const english = await searchBox('memory');
    expect(english[0].url).toBe('/english/');
    expect(english[0].title).toBe('Memory pressure');
    expect(english[0].excerptHtml).toMatch(/<mark>memory ?<\/mark>/i);
  });

  it('rstro search agrees, on a site built outside the repository', async () => {
    const kernel = await cliSearch('内核');
    expect(kernel.map((h) => h.docname)).toContain('memory');
    expect(kernel.map((h) => h.docname)).not.toContain('mirror');
    expect(kernel.find((h) => h.docname === 'memory')!.matched).not.toMatch(TOKEN_CHARS);
    expect((await cliSearch('内存')).map((h) => h.docname)).not.toContain('mirror');
  });

  it('readers see the page as written: the index copy never reaches the disk', () => {
    const html = readFileSync(path.join(siteDir, 'memory', 'index.html'), 'utf8');
    expect(html).toContain('节点的内存耗尽时，内核会杀死占用最多的进程');
    expect(html).not.toMatch(TOKEN_CHARS);
  });
});
