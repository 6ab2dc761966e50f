#!/usr/bin/env node
// Entry point of the `rstro` command. The sources are TypeScript; tsx compiles
// them on load (esbuild, cached), so no build step is needed after install.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
