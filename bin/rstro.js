#!/usr/bin/env node
// Entry point of the `rstro` command. The sources are TypeScript: the command
// runs from a compiled copy (bin/compiled-sources.js), or through tsx when no
// copy can be made, so no build step is needed after install.
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { compiledSourceDir } from './compiled-sources.js';

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const compiled = await compiledSourceDir(packageRoot);
let main;
if (compiled) {
  // The Astro integration and its loaders import the pipeline from here too (src/astro/pipeline-modules.ts).
  process.env.RSTRO_SRC_DIR = compiled;
  process.env.RSTRO_PACKAGE_ROOT = packageRoot;
  ({ main } = await import(pathToFileURL(path.join(compiled, 'cli', 'main.js')).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
const code = await main(process.argv.slice(2));
// Libraries we drive (Astro's esbuild service, worker pools) can keep handles
// open after the work is done; a command ends when its work does, once its
// output is flushed.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
