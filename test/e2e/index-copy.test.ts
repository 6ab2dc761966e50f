// `rstro build` indexes pages for search from the pipeline's HTML while Astro
// builds them. What Pagefind reads of each index copy (language, title, the
// data-pagefind-body article) must be exactly what the built page holds, or
// search would show readers text their page does not have.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageDocument } from '../../src/astro/pagefind-indexer.js';
import type { SiteMeta } from '../../src/astro/site-types.js';
import { ensureSiteBuilt, REPO } from './harness.js';

const readable = (html: string) => ({
  lang: /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1],
  title: /<title>([\s\S]*?)<\/title>/.exec(html)?.[1],
  body: /<article[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/article>/.exec(html)?.[1],
});

describe('index copies of the pages', () => {
  let site: SiteMeta;
  let html: Record<string, string>;
  let dir: string;
  beforeAll(async () => {
    dir = await ensureSiteBuilt();
    const artifacts = path.join(REPO, '.cache', 'test-rstro', 'site');
    site = JSON.parse(readFileSync(path.join(artifacts, 'site-data.json'), 'utf8')) as SiteMeta;
    html = JSON.parse(readFileSync(path.join(artifacts, 'pages-html.json'), 'utf8')) as Record<string, string>;
  }, 600_000);

  it('hold the language, title and article of every built page', () => {
    expect(site.pages.length).toBeGreaterThan(30);
    for (const page of site.pages) {
      const built = readable(readFileSync(path.join(dir, page.url, 'index.html'), 'utf8'));
      const copy = readable(pageDocument(site, { ...page, html: html[page.docname]! }));
      expect(copy.lang, page.url).toBe(built.lang);
      expect(copy.title, page.url).toBe(built.title);
      expect(copy.body, page.url).toBe(built.body);
    }
  });

  it('are indexed into the site: pagefind/ is written before the site is swapped in', () => {
    const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    expect(pages).toBe(site.pages.length);
  });
});
