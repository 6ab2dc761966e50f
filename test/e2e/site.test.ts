// The knowledge base as a reader meets it, in headless Chromium.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ensureSiteBuilt, launchBrowser, serve, type StaticServer } from './harness.js';

let server: StaticServer;
let browser: Browser;
let siteDir: string;

beforeAll(async () => {
  siteDir = await ensureSiteBuilt();
  server = await serve(siteDir);
  browser = await launchBrowser();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(pathname: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url + pathname, { waitUntil: 'load' });
  return { page, errors };
}

describe('the knowledge-base site', () => {
  it('loads the home page with the project title and no console errors', async () => {
    const { page, errors } = await open('/');
    await page.waitForTimeout(200);
    expect(await page.locator('.site-title').textContent()).toContain('运维知识库');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(errors).toEqual([]);
  });

  it('reaches a page by following the sidebar', async () => {
    const { page } = await open('/');
    const link = page.locator('#sidebar a').filter({ hasText: 'Kubernetes' }).first();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((url) => url.pathname === href);
    expect(await page.locator('article h1').count()).toBe(1);
    expect(await page.locator('#sidebar a[aria-current="page"]').getAttribute('href')).toBe(href);
  });

  it('follows a :ref: link to the right page and anchor', async () => {
    // The memcg page links to the OOM page's label; the anchor must exist on the target.
    const { page } = await open('/kubernetes/debug/container_create_enomem_memcg/');
    const refs = page.locator('article a.reference.internal[href*="#"]');
    expect(await refs.count()).toBeGreaterThan(0);
    const href = (await refs.first().getAttribute('href'))!;
    await refs.first().click();
    const anchor = decodeURIComponent(href.split('#')[1]);
    await page.waitForFunction((id) => location.hash === '#' + id || decodeURIComponent(location.hash) === '#' + id, anchor);
    expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
  });

  it('sends old Sphinx URLs (docname.html#anchor) to the page and anchor', async () => {
    const { page } = await open('/kubernetes/debug/container_create_enomem_memcg.html#verify');
    await page.waitForURL((url) => url.pathname === '/kubernetes/debug/container_create_enomem_memcg/');
    expect(new URL(page.url()).hash).toBe('#verify');
  });

  it('shows unresolved references as marked text, not broken links', async () => {
    const expected = readFileSync(path.resolve('content/expected-warnings.txt'), 'utf8');
    const match = /^([^:\n]+)\.rst:\d+: WARNING: undefined label: '([^']+)'/m.exec(expected);
    expect(match).not.toBeNull();
    const { page } = await open('/' + match![1] + '/');
    const unresolved = page.locator('.xref.unresolved');
    expect(await unresolved.count()).toBeGreaterThan(0);
    expect(await unresolved.first().evaluate((el) => el.closest('a'))).toBeNull();
  });

  it('copies a code block without line numbers or prompts', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(server.url + '/kubernetes/debug/container_create_enomem_memcg/');
    // A recorded session ("$ kubectl ..." then its output): the button copies the command alone.
    const frames = page.locator('.code-frame');
    const texts = await frames.evaluateAll((els) => els.map((el) => el.querySelector('pre.highlight code')?.textContent ?? ''));
    const index = texts.findIndex((t) => t.startsWith('$ kubectl'));
    expect(index).toBeGreaterThanOrEqual(0);
    await frames.nth(index).locator('button.copy-button').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(texts[index].split('\n')[0].replace(/^\$ /, ''));
    // A block with line numbers copies its code without them.
    const numbered = page.locator('.code-frame:has(.code-gutter)').first();
    const code = (await numbered.locator('pre.highlight code').textContent())!;
    await numbered.locator('button.copy-button').click();
    const copiedNumbered = await page.evaluate(() => navigator.clipboard.readText());
    expect(copiedNumbered.trim()).toBe(code.trim());
    expect(copiedNumbered).not.toMatch(/^\s*\d+\s*$/m);
    await context.close();
  });

  it('finds a page by an English error phrase and by a Chinese word', async () => {
    const { page } = await open('/');
    await page.locator('.search-open').click();
    await page.locator('#search-input').fill('cannot allocate memory');
    await page.waitForSelector('.search-results li');
    const english = await page.locator('.search-results li a').allTextContents();
    expect(english.join('\n')).toMatch(/cgroup|内存|memory/i);
    await page.locator('#search-input').fill('证书过期');
    await page.waitForFunction(() => document.querySelector('.search-results')!.textContent!.includes('证书'));
    const chinese = await page.locator('.search-results li .hit-title').allTextContents();
    expect(chinese.some((t) => t.includes('证书'))).toBe(true);
  });

  it('opens the navigation from the menu button on a phone, and remembers the dark theme', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.url + '/network/conntrack_table_full/');
    expect(await page.locator('#sidebar').isVisible()).toBe(false);
    await page.locator('.menu-toggle').click();
    expect(await page.locator('#sidebar').isVisible()).toBe(true);
    expect(await page.locator('.menu-toggle').getAttribute('aria-expanded')).toBe('true');
    const before = await page.locator('html').getAttribute('data-theme');
    await page.locator('.theme-toggle').click();
    const after = await page.locator('html').getAttribute('data-theme');
    expect(after).not.toBe(before);
    await page.reload();
    expect(await page.locator('html').getAttribute('data-theme')).toBe(after);
    await context.close();
  });

  it('has no serious or critical accessibility violations on three representative pages', async () => {
    const axeSource = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
    for (const pathname of ['/', '/kubernetes/debug/container_create_enomem_memcg/', '/reference/glossary/']) {
      const { page } = await open(pathname);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run();
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
      });
      expect(violations, pathname).toEqual([]);
    }
  });
});
