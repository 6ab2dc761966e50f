// The knowledge base in content/ is built by rstro's own Astro integration.
// `rstro build OTHER_DIR --out OUT` reuses this config for any Sphinx project.
import { defineConfig } from 'astro/config';
import rstro from './src/astro/integration.ts';

export default defineConfig({
  integrations: [rstro({ source: 'content' })],
  trailingSlash: 'ignore',
  // Four pages in flight: each page's mkdir and write wait on the disk (slow to create files on
  // the machines measured), and the next pages render meanwhile.
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // One cached script file for every page instead of a copy inlined in each.
  vite: { build: { assetsInlineLimit: 0 } },
});
