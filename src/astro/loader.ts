// Astro content-layer loaders: they store the pages' metadata and the
// navigation that rstro's pipeline prepared. The pipeline is loaded at run
// time from rstro's sources (see pipeline-modules.ts), never bundled into the
// site's build.
//
// The pages' HTML stays out of the store (page-html.ts reads it when a page is
// generated): Astro serializes the store twice and bundles it into the site's
// server build as one JavaScript module, so 8 MB of HTML for 1,000 pages cost
// about 1.5 s of every build in devalue and Rollup.
import type { Loader } from 'astro/loaders';
import { siteOptionsFromEnv } from './options.js';
import { pipelineModule } from './pipeline-modules.js';
import type { PageMeta, SiteMeta } from './site-types.js';

type Artifacts = typeof import('./artifacts.js');
type ArtifactFiles = typeof import('./artifact-files.js');
type Dev = typeof import('./dev-site.js');

async function siteData(logger: { info(m: string): void; warn(m: string): void }): Promise<SiteMeta> {
  const options = siteOptionsFromEnv();
  // The dev server keeps the site in memory and updates it in place after each edit.
  if (options.dev) return (await (await pipelineModule<Dev>('astro/dev-site.js')).devSite(options)).siteData();
  preparing ??= (async () => {
    const files = await pipelineModule<ArtifactFiles>('astro/artifact-files.js');
    // `rstro build` runs the pipeline in a worker meanwhile: wait for its pages.
    if (process.env.RSTRO_PREPARED === '1' && ((await files.preparedElsewhere()) || files.hasArtifacts(options))) return files;
    // A plain `astro build` runs the pipeline here first, once for both collections.
    await (await pipelineModule<Artifacts>('astro/artifacts.js')).prepareSite(options, logger);
    process.env.RSTRO_PREPARED = '1';
    return files;
  })();
  return (await preparing).readSiteData(options);
}

let preparing: Promise<ArtifactFiles> | null = null;

export function rstroPagesLoader(): Loader {
  return {
    name: 'rstro-pages',
    load: async ({ store, logger, generateDigest, refreshContextData }) => {
      const site = await siteData(logger);
      const changed = refreshContextData?.changed as string[] | undefined;
      const byName = new Map(site.pages.map((p) => [p.docname, p]));
      // After an edit only the pages the edit touched are stored again.
      const ids = changed ?? site.pages.map((p) => p.docname);
      if (!changed) for (const id of store.keys()) if (!byName.has(id)) store.delete(id);
      for (const docname of ids) {
        const page = byName.get(docname);
        if (!page) {
          store.delete(docname);
          continue;
        }
        // Every value in the store becomes a node of the module that Rollup bundles into the
        // site's server build: the page's headings and place in the navigation go in as one
        // JSON string.
        // (The dev server's pages carry their HTML; the build's do not, see page-html.ts.)
        const { html, headings, breadcrumbs, prev, next, trail, problems, ...meta } = page as PageMeta & { html?: string };
        const data = { ...meta, place: JSON.stringify({ headings, breadcrumbs, prev, next, trail, problems }) };
        store.set({ id: docname, data, digest: generateDigest({ html: html ?? '', data }) });
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
      // The navigation tree as one JSON string (see above); site-entry.ts parses it once per build.
      store.set({ id: 'site', data: { project: site.project, language: site.language, htmlLang: site.htmlLang, nav: JSON.stringify(site.nav) } });
    },
  };
}
