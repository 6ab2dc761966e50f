// After Astro has written the site: index it with Pagefind (full text) so
// the search dialog can query it from static files.
import * as pagefind from 'pagefind';

interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export async function indexBuiltSite(outDir: string, logger: Logger): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir, glob: '**/index.html' });
    if (added.errors.length) logger.warn(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    logger.info(`pagefind indexed ${added.page_count} pages`);
  } finally {
    await pagefind.close();
  }
}
