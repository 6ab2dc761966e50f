// `rstro build [SOURCE_DIR] --out DIR`: builds a Sphinx project into a static
// site. The site is built beside the output folder and swapped in only when
// the build succeeded, so a failed build leaves the previous site intact.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { parseArgs, stringOption } from '../args.js';
import { exportSiteOptions, siteOptionsFromEnv } from '../../astro/options.js';
import { prepareSite } from '../../astro/artifacts.js';
import { formatWarning } from '../../sphinx/warnings.js';
import { progressPrinter } from '../progress.js';
import { startPagefindAlongside } from '../../astro/pagefind-alongside.js';
import { PAGEFIND_ALONGSIDE } from '../../astro/search-index.js';
import { buildInputsHash, isUpToDate, STAMP_FILE } from '../build-stamp.js';

const HELP = `usage: rstro build [SOURCE_DIR] [--out DIR] [--fixtures DIR] [--quiet] [--force]

Builds the Sphinx project in SOURCE_DIR (default: content) into a static site.
  --out DIR       output folder (default: dist)
  --fixtures DIR  fixture root for literalinclude/diagnostic outputs (default: literalinclude beside SOURCE_DIR)
  --force         build even when nothing changed since the last build`;


export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(HELP);
    return 0;
  }
  const args = parseArgs(argv, ['out', 'fixtures'], ['quiet', 'force']);
  const source = path.resolve(args.positionals[0] ?? 'content');
  const out = path.resolve(stringOption(args, 'out') ?? 'dist');
  if (!existsSync(path.join(source, 'conf.py')) && !existsSync(path.join(source, 'index.rst'))) {
    console.error(`rstro build: ${source} does not look like a Sphinx project (no conf.py or index.rst)`);
    return 1;
  }
  const fixtures = stringOption(args, 'fixtures') ?? path.join(path.dirname(source), 'literalinclude');
  exportSiteOptions({ source, fixtureRoot: existsSync(fixtures) ? fixtures : undefined, dev: false });
  const options = siteOptionsFromEnv();
  const quiet = Boolean(args.options.quiet);
  const inputsHash = buildInputsHash({ source, fixtureRoot: options.fixtureRoot, out });
  if (!args.options.force && isUpToDate(out, inputsHash)) {
    if (!quiet) console.log(`rstro build: ${out} is up to date (no source, recorded output or rstro change since it was built); --force rebuilds`);
    return 0;
  }
  // The pipeline runs here, in plain Node with worker threads; Astro then only lays out what it prepared.
  let build;
  const started = performance.now();
  try {
    build = await prepareSite(
      options,
      quiet ? undefined : { info: (m) => console.error(`rstro: ${m}`), warn: (m) => console.error(`rstro: ${m}`) },
      quiet ? undefined : progressPrinter(),
    );
  } catch (error) {
    console.error(`rstro build: ${(error as Error).message}`);
    return 1;
  }
  const cwd = process.cwd();
  for (const w of build.warnings) console.error(formatWarning(w, { relativeTo: cwd }));
  process.env.RSTRO_PREPARED = '1';
  const prepared = performance.now();
  // Full-text search is indexed from the rendered pages while Astro lays them out.
  const search = startPagefindAlongside(build.site);
  process.env[PAGEFIND_ALONGSIDE] = '1';
  const result = await buildSite(out, quiet, path.join(options.cacheDir, 'astro'), async (staging) => {
    const siteDone = performance.now();
    const indexed = await search.writeTo(path.join(staging, 'pagefind'));
    if (indexed.problems.length) console.error(`rstro build: pagefind: ${indexed.problems.join('; ')}`);
    const waited = ((performance.now() - siteDone) / 1000).toFixed(1);
    if (!quiet) console.log(`rstro build: pagefind indexed ${indexed.pages} pages (finished ${waited} s after the site)`);
  });
  if (!result) await search.stop();
  if (!quiet) {
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    console.error(`rstro build: pipeline ${seconds(prepared - started)} s, site and search index ${seconds(performance.now() - prepared)} s`);
  }
  if (result) writeFileSync(path.join(out, STAMP_FILE), inputsHash + '\n');
  return result ? 0 : 1;
}

/** Build with Astro into a sibling folder, then swap it in. Returns false (and keeps `out`) on failure. */
export async function buildSite(out: string, quiet: boolean, cacheDir: string, beforeSwap?: (staging: string) => Promise<void>): Promise<boolean> {
  const staging = `${out}.building-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(path.dirname(out), { recursive: true });
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  try {
    // Astro keeps its content store in cacheDir: one per project, so concurrent builds stay apart.
    await build({ root: PACKAGE_ROOT, outDir: staging, cacheDir, logLevel: quiet ? 'error' : 'info' });
    await beforeSwap?.(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`rstro build: the build failed; ${existsSync(out) ? `the previous site in ${out} is unchanged` : 'nothing was written'}.`);
    console.error((error as Error).stack ?? String(error));
    return false;
  }
  // Astro leaves its content-layer modules beside the pages when outDir is outside the root; they are not part of the site.
  for (const leftover of ['content-assets.mjs', 'content-modules.mjs']) rmSync(path.join(staging, leftover), { force: true });
  const previous = `${out}.previous-${process.pid}`;
  if (existsSync(out)) renameSync(out, previous);
  renameSync(staging, out);
  rmSync(previous, { recursive: true, force: true });
  if (!quiet) console.log(`rstro build: site written to ${out}`);
  return true;
}
