// After Astro has written the site: copy the pages' assets, the error-signature
// index and objects.inv that the pipeline prepared, write the `.html`
// redirects, and index the pages with Pagefind (full text).
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { pipelineModule } from './pipeline-modules.js';

type Artifacts = typeof import('./artifacts.js');
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
  const { artifactPath, hasArtifacts, readAssets, readSiteData } = await pipelineModule<Artifacts>('astro/artifacts.js');
  if (hasArtifacts(options)) {
    let copied = 0;
    for (const asset of readAssets(options)) {
      if (!existsSync(asset.from)) continue; // already reported by the Sphinx layer
      copy(asset.from, path.join(outDir, asset.to));
      copied++;
    }
    copy(artifactPath(options, 'signatures'), path.join(outDir, SIGNATURE_INDEX_PATH));
    copy(artifactPath(options, 'inventory'), path.join(outDir, 'objects.inv'));
    const redirects = writeRedirects(outDir, readSiteData(options).pages);
    logger.info(`copied ${copied} assets, the signature index and objects.inv; ${redirects} .html redirects`);
  }
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir, glob: '**/index.html' });
    if (added.errors.length) logger.warn(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    logger.info(`pagefind indexed ${added.page_count} pages`);
  } finally {
    await pagefind.close();
  }
}
