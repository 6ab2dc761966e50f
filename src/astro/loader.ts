// Astro content-layer loaders: they read the pages and navigation that
// rstro's pipeline prepared (rendered HTML, headings, metadata). When nothing
// was prepared (a plain `astro build`), they run the pipeline first.
import type { Loader } from 'astro/loaders';
import { hasArtifacts, prepareSite, readSiteData } from './artifacts.js';
import { siteOptionsFromEnv } from './options.js';
import type { SiteData } from './site-types.js';
import { devSite } from './dev-site.js';

async function siteData(logger: { info(m: string): void; warn(m: string): void }): Promise<SiteData> {
  const options = siteOptionsFromEnv();
  // The dev server keeps the site in memory and updates it in place after each edit.
  if (options.dev) return (await devSite(options)).siteData();
  if (!hasArtifacts(options) || process.env.RSTRO_PREPARED !== '1') await prepareSite(options, logger);
  process.env.RSTRO_PREPARED = '1';
  return readSiteData(options);
}

export function rstroPagesLoader(): Loader {
  return {
    name: 'rstro-pages',
    load: async ({ store, logger, generateDigest, refreshContextData }) => {
      const site = await siteData(logger);
      const changed = refreshContextData?.changed as string[] | undefined;
      if (changed) {
        // After an edit only the pages the edit touched are stored again.
        const byName = new Map(site.pages.map((p) => [p.docname, p]));
        for (const docname of changed) {
          const page = byName.get(docname);
          if (!page) {
            store.delete(docname);
            continue;
          }
          const { html, headings, ...meta } = page;
          const data = { ...meta, headings };
          store.set({ id: docname, data, rendered: { html, metadata: { headings } }, digest: generateDigest({ html, data }) });
        }
        return;
      }
      // Entries whose content did not change keep their digest, so the dev server reloads only what changed.
      const present = new Set(site.pages.map((p) => p.docname));
      for (const id of store.keys()) if (!present.has(id)) store.delete(id);
      for (const page of site.pages) {
        const { html, headings, ...meta } = page;
        const data = { ...meta, headings };
        store.set({ id: page.docname, data, rendered: { html, metadata: { headings } }, digest: generateDigest({ html, data }) });
      }
      logger.info(`${site.pages.length} pages`);
    },
  };
}

/** One entry holding what every page shares: the site title, language and navigation tree. */
export function rstroSiteLoader(): Loader {
  return {
    name: 'rstro-site',
    load: async ({ store, logger }) => {
      const site = await siteData(logger);
      store.clear();
      store.set({ id: 'site', data: { project: site.project, language: site.language, htmlLang: site.htmlLang, nav: site.nav } });
    },
  };
}
