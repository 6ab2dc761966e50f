// rstro's pipeline (parser, Sphinx layer, renderer, runbooks) runs inside
// Astro's process but must not be bundled by Vite into the site's build: that
// would pull every highlight grammar, KaTeX and Graphviz into the server
// bundle and cost seconds per build. So the loaders import it at run time from
// RSTRO_SRC_DIR: the rstro command's compiled copy of the sources, or the
// TypeScript sources through tsx (which the integration then registers).
// Names are given with `.js`, which resolves in both.
import { pathToFileURL } from 'node:url';
import path from 'node:path';

// Node's own import(), out of Vite's sight: Vite rewrites every `import()` in the
// modules it runs into its module runner, which Astro closes before the build.
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

export function pipelineModule<T>(relative: string): Promise<T> {
  const srcDir = process.env.RSTRO_SRC_DIR;
  if (!srcDir) throw new Error('rstro: RSTRO_SRC_DIR is not set; use the rstro() integration in astro.config');
  return nativeImport(pathToFileURL(path.join(srcDir, relative)).href) as Promise<T>;
}
