#!/usr/bin/env node
// Entry point of the `rstro` command. The sources are TypeScript; tsx compiles
// them on load (esbuild, cached), so no build step is needed after install.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
// Libraries we drive (Astro's esbuild service, worker pools) can keep handles
// open after the work is done; a command ends when its work does, once its
// output is flushed.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
