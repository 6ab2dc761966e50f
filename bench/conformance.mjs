#!/usr/bin/env node
// `npm run conformance [-- scorer args]`: bundles src/rst/conformance.ts with esbuild and runs the
// docutils conformance scorer from ../shared/conformance against it. Scorer arguments such as
// --filter REGEX and --show-failures N are passed through.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const conformanceDir = path.resolve(repo, '..', 'shared', 'conformance');
const scorer = path.join(conformanceDir, 'score.mjs');
if (!existsSync(scorer)) {
  console.log(`conformance: scorer not found at ${scorer}; nothing to run (the shared conformance data is not checked out next to the repository).`);
  process.exit(0);
}

// Parts of the parser written by other modules may not exist yet; fall back to the plain
// implementations in src/rst/fallback/ so the block parser can still be measured.
const fallbacks = {
  'inline/index.js': 'fallback/inline.ts',
  'tables/index.js': 'fallback/tables.ts',
};
const fallbackPlugin = {
  name: 'rst-fallbacks',
  setup(b) {
    b.onResolve({ filter: /(inline|tables)\/index\.js$/ }, (args) => {
      const key = Object.keys(fallbacks).find((k) => args.path.endsWith(k));
      if (!key) return undefined;
      const real = path.resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      if (existsSync(real)) return { path: real };
      return { path: path.join(repo, 'src', 'rst', fallbacks[key]) };
    });
  },
};

const outfile = path.join(repo, '.cache', 'conformance.mjs');
await build({
  entryPoints: [path.join(repo, 'src', 'rst', 'conformance.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
  plugins: [fallbackPlugin],
});

const result = spawnSync(process.execPath, [scorer, '--module', outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
