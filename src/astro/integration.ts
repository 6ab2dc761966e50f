// The `rstro()` Astro integration: points the content loaders at a Sphinx
// project, adds the documentation routes, and indexes the built site for
// search. It only composes; each part lives in its own module.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { exportSiteOptions } from './options.js';
import { indexBuiltSite } from './search-index.js';
import { watchSources } from './dev-watch.js';

export interface RstroIntegrationOptions {
  /** Sphinx source folder (with conf.py), relative to the project root. */
  source: string;
  fixtureRoot?: string;
  cacheDir?: string;
}

const route = (file: string) => fileURLToPath(new URL(`./routes/${file}`, import.meta.url));
// The loaders import the pipeline at run time from RSTRO_SRC_DIR (pipeline-modules.ts).
// The rstro command sets it to its compiled copy; under a plain `astro build` or
// `astro dev` the TypeScript sources are loaded through tsx instead.
if (!process.env.RSTRO_SRC_DIR) {
  process.env.RSTRO_SRC_DIR = fileURLToPath(new URL('..', import.meta.url));
  register();
}

export default function rstro(options: RstroIntegrationOptions): AstroIntegration {
  if (!options || typeof options.source !== 'string' || options.source === '') {
    throw new Error("rstro(): give the Sphinx project's source folder, e.g. rstro({ source: 'content' }).");
  }
  return {
    name: 'rstro',
    hooks: {
      'astro:config:setup': ({ injectRoute, command }) => {
        // An explicit RSTRO_SOURCE (set by `rstro build DIR`) wins over the config file.
        if (!process.env.RSTRO_SOURCE) exportSiteOptions({ ...options, dev: command === 'dev' });
        injectRoute({ pattern: '/[...slug]', entrypoint: route('doc.astro'), prerender: true });
      },
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        if (refreshContent) watchSources(server, refreshContent, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await indexBuiltSite(fileURLToPath(dir), logger);
      },
    },
  };
}
