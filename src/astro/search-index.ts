// After Astro has written the site: copy the pages' assets, write the
// error-signature index and objects.inv from the same build, and index the
// pages with Pagefind (full text).
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { buildSignatureIndex, SIGNATURE_INDEX_PATH } from '../search/build-index.js';
import { projectInventory, writeInventory } from '../sphinx/inventory.js';
import { lastSiteBuild } from './site-data.js';

interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export async function indexBuiltSite(outDir: string, logger: Logger): Promise<void> {
  const pending = lastSiteBuild();
  if (pending) {
    const build = await pending;
    let copied = 0;
    for (const asset of build.assets) {
      const target = path.join(outDir, asset.to);
      if (!existsSync(asset.from)) continue; // already reported by the Sphinx layer
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(asset.from, target);
      copied++;
    }
    const index = buildSignatureIndex(build.indexable);
    const indexFile = path.join(outDir, SIGNATURE_INDEX_PATH);
    mkdirSync(path.dirname(indexFile), { recursive: true });
    writeFileSync(indexFile, JSON.stringify(index));
    const config = build.check.project.config;
    writeFileSync(path.join(outDir, 'objects.inv'), writeInventory(projectInventory(build.check.env, config.project, config.version ?? '')));
    logger.info(`copied ${copied} assets; ${index.signatures.length} error signatures from ${index.docs.length} pages`);
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
