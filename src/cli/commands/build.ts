// `rstro build [SOURCE_DIR] --out DIR`: builds a Sphinx project into a static
// site. The site is built beside the output folder and swapped in only when
// the build succeeded, so a failed build leaves the previous site intact.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { parseArgs, stringOption } from '../args.js';
import { exportSiteOptions, siteOptionsFromEnv } from '../../astro/options.js';
import { formatWarning } from '../../sphinx/warnings.js';
import { progressPrinter } from '../progress.js';
import { preparePipelineInWorker } from '../../astro/prepare-in-worker.js';
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
  // Fixed as absolute paths now: Astro runs from rstro's package folder (see buildSite).
  exportSiteOptions({ ...options, source });
  const cwd = process.cwd();
  const quiet = Boolean(args.options.quiet);
  const inputsHash = buildInputsHash({ source, fixtureRoot: options.fixtureRoot, out });
  if (!args.options.force && isUpToDate(out, inputsHash)) {
    if (!quiet) console.log(`rstro build: ${out} is up to date (no source, recorded output or rstro change since it was built); --force rebuilds`);
    return 0;
  }
  // The pipeline (and then the search index) runs in a worker thread while this
  // thread starts Astro; Astro's content loaders wait for the pipeline's pages.
  const started = performance.now();
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  const pipeline = preparePipelineInWorker(options, {
    log: quiet ? undefined : (_level, message) => console.error(`rstro: ${message}`),
    progress: quiet ? undefined : progressPrinter(),
  });
  let pipelineError: Error | null = null;
  let preparedAt = 0;
  // Pagefind writes its index as soon as it has read every page, into a folder beside the
  // output, while Astro may still be generating pages; the folder is moved into the site at the end.
  const searchDir = workFolder(out, 'pagefind');
  removeAbandonedFolders(out);
  let searchIndex: Promise<{ pages: number; problems: string[] }> | null = null;
  const prepared = pipeline.prepared.then(
    ({ warnings }) => {
      preparedAt = performance.now();
      for (const w of warnings) console.error(formatWarning(w, { relativeTo: cwd }));
      searchIndex = pipeline.writeSearchIndex(searchDir);
      searchIndex.catch(() => {}); // reported when the site is done
    },
    (error: Error) => {
      pipelineError = error;
    },
  );
  process.env.RSTRO_PREPARED = '1';
  process.env[PAGEFIND_ALONGSIDE] = '1';
  const result = await buildSite(out, quiet, path.join(options.cacheDir, 'astro'), async (staging) => {
    const siteDone = performance.now();
    await prepared;
    if (!searchIndex) throw new Error('the pipeline did not finish, so there is no search index');
    // The worker writes the redirects while Pagefind finishes (or has finished) its index.
    const redirects = pipeline.writeRedirects(staging);
    redirects.catch(() => {});
    const indexed = await searchIndex;
    rmSync(path.join(staging, 'pagefind'), { recursive: true, force: true });
    renameSync(searchDir, path.join(staging, 'pagefind'));
    const redirected = await redirects;
    if (indexed.problems.length) console.error(`rstro build: pagefind: ${indexed.problems.join('; ')}`);
    const waited = ((performance.now() - siteDone) / 1000).toFixed(1);
    if (!quiet) console.log(`rstro build: pagefind indexed ${indexed.pages} pages; ${redirected} .html redirects (finished ${waited} s after the site)`);
  }, () => pipelineError === null);
  rmSync(searchDir, { recursive: true, force: true });
  await prepared;
  await pipeline.stop();
  if (pipelineError) {
    console.error(`rstro build: ${(pipelineError as Error).message}`);
    return 1;
  }
  if (!quiet) {
    console.error(`rstro build: pipeline ${seconds(preparedAt - started)} s (Astro started alongside), whole build ${seconds(performance.now() - started)} s`);
  }
  if (result) writeFileSync(path.join(out, STAMP_FILE), inputsHash + '\n');
  return result ? 0 : 1;
}

/** The folders a build makes beside `out` while it runs: the site being built, and Pagefind's index. */
const WORK_FOLDERS = ['building', 'pagefind'] as const;

const workPrefix = (out: string, kind: (typeof WORK_FOLDERS)[number]) => `${out}.${kind}-`;
const workFolder = (out: string, kind: (typeof WORK_FOLDERS)[number]) => workPrefix(out, kind) + process.pid;

/**
 * Work folders (see workFolder) that a killed build left beside `out`: only those names, and only
 * when no process of their id is running.
 */
export function removeAbandonedFolders(out: string): void {
  const parent = path.dirname(out);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  const prefixes = WORK_FOLDERS.map((kind) => path.basename(workPrefix(out, kind)));
  for (const name of names) {
    const prefix = prefixes.find((p) => name.startsWith(p));
    const pidText = prefix ? name.slice(prefix.length) : '';
    if (!/^\d+$/.test(pidText)) continue;
    const pid = Number(pidText);
    if (pid !== process.pid && isRunning(pid)) continue;
    rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Build with Astro into a sibling folder, then swap it in. Returns false (and keeps `out`) on failure. */
export async function buildSite(
  out: string,
  quiet: boolean,
  cacheDir: string,
  beforeSwap?: (staging: string) => Promise<void>,
  /** False when the failure was already explained (the pipeline failed): print no stack. */
  explainFailure: () => boolean = () => true,
): Promise<boolean> {
  const staging = workFolder(out, 'building');
  rmSync(staging, { recursive: true, force: true });
  // Made now, not when Astro first writes: from here on an interrupted build leaves a folder
  // that the next build recognises and removes (removeAbandonedFolders).
  mkdirSync(staging, { recursive: true });
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  // Vite decides which packages the server build may leave as imports partly from the
  // working folder; started from elsewhere, the prerendered chunks then import packages
  // that cannot be found beside the output (ERR_MODULE_NOT_FOUND). Every path is absolute
  // by now, so the build runs from rstro's own folder.
  const cwd = process.cwd();
  process.chdir(PACKAGE_ROOT);
  try {
    // Astro keeps its content store in cacheDir: one per project, so concurrent builds stay apart.
    await build({ root: PACKAGE_ROOT, outDir: staging, cacheDir, logLevel: quiet ? 'error' : 'info' });
    await beforeSwap?.(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`rstro build: the build failed; ${existsSync(out) ? `the previous site in ${out} is unchanged` : 'nothing was written'}.`);
    if (explainFailure()) console.error((error as Error).stack ?? String(error));
    return false;
  } finally {
    process.chdir(cwd);
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
