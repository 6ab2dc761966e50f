// Astro content-layer loader: runs rstro's pipeline once and stores each page's
// rendered HTML with its headings and navigation data. Astro only lays out.
import type { Loader } from 'astro/loaders';
import { siteOptionsFromEnv } from './options.js';
import { loadSiteData } from './site-data.js';

export function rstroPagesLoader(): Loader {
  return {
    name: 'rstro-pages',
    load: async ({ store, logger, generateDigest }) => {
      const options = siteOptionsFromEnv();
      const site = await loadSiteData(options, logger);
      // Entries whose content did not change keep their digest, so the dev server reloads only what changed.
      const present = new Set(site.pages.map((p) => p.docname));
      for (const id of store.keys()) if (!present.has(id)) store.delete(id);
      for (const page of site.pages) {
        const { html, headings, ...meta } = page;
        const data = { ...meta, headings };
        store.set({ id: page.docname, data, rendered: { html, metadata: { headings } }, digest: generateDigest({ html, data }) });
      }
      logger.info(`${site.pages.length} pages from ${options.source}`);
    },
  };
}

/** One entry holding what every page shares: the site title, language and navigation tree. */
export function rstroSiteLoader(): Loader {
  return {
    name: 'rstro-site',
    load: async ({ store, logger }) => {
      const site = await loadSiteData(siteOptionsFromEnv(), logger);
      store.clear();
      store.set({ id: 'site', data: { project: site.project, language: site.language, htmlLang: site.htmlLang, nav: site.nav } });
    },
  };
}
