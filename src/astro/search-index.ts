// After Astro has written the site: copy the pages' assets, the error-signature
// index and objects.inv that the pipeline prepared, write the `.html`
// redirects, and index the pages with Pagefind (full text). Under `rstro build`
// the last two are done by its worker instead (prepare-worker.ts).
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pipelineModule } from './pipeline-modules.js';
import { indexPages } from './pagefind-indexer.js';

type ArtifactFiles = typeof import('./artifact-files.js');
const SIGNATURE_INDEX_PATH = 'rstro/signatures.json';
import { siteOptionsFromEnv } from './options.js';
import { writeRedirects } from './redirects.js';

interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

function copy(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(from, to);
}

export async function indexBuiltSite(outDir: string, logger: Logger): Promise<void> {
  const options = siteOptionsFromEnv();
  const { artifactPath, hasArtifacts, readAssets, readSiteData } = await pipelineModule<ArtifactFiles>('astro/artifact-files.js');
  if (hasArtifacts(options)) {
    let copied = 0;
    for (const asset of readAssets(options)) {
      if (!existsSync(asset.from)) continue; // already reported by the Sphinx layer
      copy(asset.from, path.join(outDir, asset.to));
      copied++;
    }
    copy(artifactPath(options, 'signatures'), path.join(outDir, SIGNATURE_INDEX_PATH));
    copy(artifactPath(options, 'inventory'), path.join(outDir, 'objects.inv'));
    // `rstro build` writes the redirects itself, while Pagefind writes its index (prepare-worker.ts).
    const redirects = process.env[PAGEFIND_ALONGSIDE] === '1' ? null : writeRedirects(outDir, readSiteData(options).pages);
    logger.info(`copied ${copied} assets, the signature index and objects.inv${redirects === null ? '' : `; ${redirects} .html redirects`}`);
  }
  // `rstro build` indexes alongside Astro's build (prepare-worker.ts) and writes the index itself.
  if (process.env[PAGEFIND_ALONGSIDE] === '1') return;
  await indexWithPagefind(outDir, logger);
}

/** Set by `rstro build` when it builds the Pagefind index itself, while Astro runs. */
export const PAGEFIND_ALONGSIDE = 'RSTRO_PAGEFIND_ALONGSIDE';

/**
 * Full text for a plain `astro build`: every built page goes to Pagefind as its
 * index copy (Chinese text as word tokens, see src/search/chinese-words.ts); the
 * pages on disk are not changed.
 */
async function indexWithPagefind(outDir: string, logger: Logger): Promise<void> {
  const started = performance.now();
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'index.html' && !file.startsWith('pagefind' + path.sep))
    .sort();
  // `a/b/index.html` is served at `/a/b/`.
  const urlOf = (file: string) => `/${path.dirname(file).split(path.sep).join('/')}/`.replace(/^\/\.\/$/, '/');
  const search = indexPages(files.length, async (i) => ({ url: urlOf(files[i]!), html: await readFile(path.join(outDir, files[i]!), 'utf8') }));
  const { pages, problems } = await search.write(path.join(outDir, 'pagefind'));
  if (problems.length) logger.warn(`pagefind: ${problems.join('; ')}`);
  logger.info(`pagefind indexed ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
