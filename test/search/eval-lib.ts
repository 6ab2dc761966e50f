// The search evaluation, shared by the test (with thresholds) and the
// benchmark script (which prints the figures): the same queries through
// `rstro search`'s engine, through the site's search box in Chromium, and
// through plain Pagefind as the baseline.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { SiteSearch } from '../../src/search/query.js';
import { queryForIndex } from '../../src/search/chinese-words.js';

export interface EvalQuery {
  kind: 'paste' | 'prefixed' | 'fragment' | 'keyword-en' | 'keyword-zh' | 'mixed';
  expect: string;
  q: string;
}

export const QUERIES: EvalQuery[] = JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'eval-queries.json'), 'utf8')).queries;

/** Pasted error lines: what the targets for pasted lines are measured on. */
export const isPastedLine = (q: EvalQuery) => q.kind === 'paste' || q.kind === 'prefixed' || q.kind === 'fragment';

export interface Ranking {
  query: EvalQuery;
  docnames: string[];
}

export interface Score {
  total: number;
  top1: number;
  top3: number;
}

export function score(rankings: Ranking[], filter: (q: EvalQuery) => boolean = () => true): Score {
  const selected = rankings.filter((r) => filter(r.query));
  return {
    total: selected.length,
    top1: selected.filter((r) => r.docnames[0] === r.query.expect).length,
    top3: selected.filter((r) => r.docnames.slice(0, 3).includes(r.query.expect)).length,
  };
}

export const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

export function describe(label: string, rankings: Ranking[]): string {
  const all = score(rankings);
  const pasted = score(rankings, isPastedLine);
  const keywords = score(rankings, (q) => !isPastedLine(q));
  return `${label}: pasted lines top-1 ${pct(pasted.top1, pasted.total)} top-3 ${pct(pasted.top3, pasted.total)} (${pasted.total}); keywords top-1 ${pct(keywords.top1, keywords.total)} top-3 ${pct(keywords.top3, keywords.total)} (${keywords.total}); all top-1 ${pct(all.top1, all.total)} top-3 ${pct(all.top3, all.total)}`;
}

function docnameOfUrl(url: string, byUrl: Map<string, string>): string {
  const pathname = new URL(url, 'http://x').pathname;
  const clean = pathname.endsWith('/') ? pathname : pathname + '/';
  return byUrl.get(clean) ?? clean.replace(/^\/|\/$/g, '');
}

export async function rankWithCli(siteDir: string): Promise<Ranking[]> {
  const search = await SiteSearch.open(siteDir);
  const out: Ranking[] = [];
  for (const query of QUERIES) out.push({ query, docnames: (await search.search(query.q, 5)).map((h) => h.docname) });
  return out;
}

function urlMap(siteDir: string): Map<string, string> {
  const index = JSON.parse(readFileSync(path.join(siteDir, 'rstro', 'signatures.json'), 'utf8')) as { docs: Array<{ docname: string; url: string }> };
  return new Map(index.docs.map((d) => [d.url, d.docname]));
}

/** Types each query into the site's search box and reads the shown results. */
export async function rankWithSite(browser: Browser, baseUrl: string, siteDir: string): Promise<Ranking[]> {
  const byUrl = urlMap(siteDir);
  const page = await browser.newPage();
  await page.goto(baseUrl + '/');
  await page.locator('.search-open').click();
  const out: Ranking[] = [];
  for (const query of QUERIES) {
    await page.locator('#search-input').fill(query.q);
    await page.waitForFunction((q) => document.querySelector<HTMLElement>('.search-results')?.dataset.query === q.trim(), query.q, { timeout: 10_000 });
    const hrefs = await page.locator('.search-results li a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    out.push({ query, docnames: hrefs.map((h) => docnameOfUrl(h, byUrl)) });
  }
  await page.close();
  return out;
}

/**
 * Pagefind's full text alone on the same site (no signature index): the
 * baseline. The query goes in the index's terms, Chinese as word tokens, as
 * the site's search box sends it (Node's and Chromium's segmenters agree).
 */
export async function rankWithPagefind(browser: Browser, baseUrl: string, siteDir: string): Promise<Ranking[]> {
  const byUrl = urlMap(siteDir);
  const page = await browser.newPage();
  await page.goto(baseUrl + '/');
  const out: Ranking[] = [];
  for (const query of QUERIES) {
    const urls = await page.evaluate(async (q) => {
      const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
      const response = await pagefind.search(q);
      const data = await Promise.all(response.results.slice(0, 5).map((r: { data(): Promise<{ url: string }> }) => r.data()));
      return data.map((d: { url: string }) => d.url);
    }, queryForIndex(query.q));
    out.push({ query, docnames: urls.map((u) => docnameOfUrl(u, byUrl)) });
  }
  await page.close();
  return out;
}
