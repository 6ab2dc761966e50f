// Full-text search indexed from the HTML the pipeline rendered, while Astro
// lays the pages out (see prepare-worker.ts), instead of reading the built
// pages back afterwards. The index copy of a page holds what Pagefind reads of
// the built page: <html lang>, <title> and the `data-pagefind-body` article
// that DocLayout.astro fills with the same HTML (test/e2e/index-copy.test.ts
// compares them). Chinese text becomes word tokens (src/search/index-html.ts).
import * as pagefind from 'pagefind';
import { htmlForIndex } from '../search/index-html.js';
import type { SiteData } from './site-types.js';

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** The page title DocLayout.astro gives a page. */
export function pageTitle(site: Pick<SiteData, 'project'>, page: { docname: string; title: string }): string {
  return page.docname === 'index' ? site.project : `${page.title} | ${site.project}`;
}

export function pageDocument(site: Pick<SiteData, 'project' | 'htmlLang'>, page: { docname: string; title: string; html: string }): string {
  return (
    `<!doctype html><html lang="${escapeAttr(site.htmlLang)}"><head><meta charset="utf-8"><title>${escapeText(pageTitle(site, page))}</title></head>` +
    `<body><article class="rstro-content" data-pagefind-body>${page.html}</article></body></html>`
  );
}

/** Pages sent to Pagefind at once: enough to keep its indexer busy, few enough to bound memory. */
const IN_FLIGHT = 32;

export interface SiteIndex {
  /** Write the index into `outputPath` (the site's pagefind/ folder) once every page is in, and stop Pagefind. */
  write(outputPath: string): Promise<{ pages: number; problems: string[] }>;
  /** Stop Pagefind without writing (the site build failed). */
  close(): Promise<void>;
}

/** Start indexing every page of the site; Pagefind's indexer runs as its own process meanwhile. */
export function indexSite(site: SiteData): SiteIndex {
  return indexPages(site.pages.length, async (i) => ({ url: site.pages[i]!.url, html: pageDocument(site, site.pages[i]!) }));
}

/**
 * Index `count` pages, page `i` given by `load(i)` as its URL and whole HTML; each goes
 * to Pagefind as its index copy (htmlForIndex). Used on rendered pages (indexSite) and
 * on the pages of a built site (search-index.ts).
 */
export function indexPages(count: number, load: (i: number) => Promise<{ url: string; html: string }>): SiteIndex {
  const indexing = (async () => {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const problems: string[] = [];
    let added = 0;
    let next = 0;
    const feed = async () => {
      while (next < count) {
        const page = await load(next++);
        const result = await index.addHTMLFile({ url: page.url, content: htmlForIndex(page.html) });
        if (result.errors.length) problems.push(`${page.url}: ${result.errors.join('; ')}`);
        else added++;
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, feed));
    return { index, added, problems };
  })();
  // Failures surface when the index is written.
  indexing.catch(() => {});
  return {
    async write(outputPath) {
      try {
        const { index, added, problems } = await indexing;
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        return { pages: added, problems };
      } finally {
        await pagefind.close();
      }
    },
    async close() {
      await indexing.catch(() => {});
      await pagefind.close();
    },
  };
}
