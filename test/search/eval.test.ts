// Search quality on the embedded knowledge base, with the targets as
// thresholds: pasted error lines top-3 >= 95% and top-1 >= 85%, through the
// command line's engine and through the site's search box, which must agree.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ensureSiteBuilt, launchBrowser, serve, type StaticServer } from '../e2e/harness.js';
import { describe as summary, isPastedLine, rankWithCli, rankWithSite, score, type Ranking } from './eval-lib.js';

let siteDir: string;
let server: StaticServer;
let browser: Browser;
let cli: Ranking[];

beforeAll(async () => {
  siteDir = await ensureSiteBuilt();
  server = await serve(siteDir);
  browser = await launchBrowser();
  cli = await rankWithCli(siteDir);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search evaluation', () => {
  it('rstro search ranks the right runbook first for pasted error lines', () => {
    const s = score(cli, isPastedLine);
    console.log(summary('rstro search', cli));
    const misses = cli.filter((r) => isPastedLine(r.query) && r.docnames[0] !== r.query.expect).map((r) => `${r.query.q.slice(0, 80)} -> ${r.docnames.slice(0, 3).join(', ')} (want ${r.query.expect})`);
    expect(s.top3 / s.total, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(s.top1 / s.total, misses.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('answers keyword queries in Chinese and English', () => {
    const s = score(cli, (q) => !isPastedLine(q));
    expect(s.top3 / s.total).toBeGreaterThanOrEqual(0.7);
  });

  it('the site search box gives the same ranking as rstro search', async () => {
    const site = await rankWithSite(browser, server.url, siteDir);
    console.log(summary('site search', site));
    const s = score(site, isPastedLine);
    expect(s.top3 / s.total).toBeGreaterThanOrEqual(0.95);
    expect(s.top1 / s.total).toBeGreaterThanOrEqual(0.85);
    const disagreements = site.filter((r, i) => r.docnames[0] !== cli[i].docnames[0]).map((r, i) => r.query.q.slice(0, 60));
    expect(disagreements.length / site.length, disagreements.join('\n')).toBeLessThanOrEqual(0.05);
  }, 120_000);
});
