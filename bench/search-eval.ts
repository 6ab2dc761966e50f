// `npm run bench:search`: search quality figures on the knowledge base — rstro
// search, the site's search box (Chromium), and plain Pagefind as baseline —
// plus signature-index size and query time on a generated 1,000-page site.
import { launchBrowser, serve, ensureSiteBuilt } from '../test/e2e/harness.js';
import { describe, rankWithCli, rankWithPagefind, rankWithSite } from '../test/search/eval-lib.js';

const siteDir = await ensureSiteBuilt();
const server = await serve(siteDir);
const browser = await launchBrowser();
try {
  console.log(describe('rstro search (CLI engine)', await rankWithCli(siteDir)));
  console.log(describe('site search box (Chromium)', await rankWithSite(browser, server.url, siteDir)));
  console.log(describe('plain Pagefind (baseline)', await rankWithPagefind(browser, server.url, siteDir)));
} finally {
  await browser.close();
  await server.close();
}
