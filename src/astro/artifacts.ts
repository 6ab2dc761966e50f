// What rstro's pipeline hands to Astro, as files: the pages and navigation
// (read by the content loaders), and what the build hook adds to the site
// (signature index, objects.inv, assets to copy). The pipeline runs in plain
// Node before Astro starts (`rstro build`), so Astro only lays out pages.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSignatureIndex } from '../search/build-index.js';
import { projectInventory, writeInventory } from '../sphinx/inventory.js';
import type { SiteOptions } from './options.js';
import { computeSite, type SiteBuild } from './site-data.js';
import { ARTIFACT_FILES as FILES, artifactsDir } from './artifact-files.js';

export { artifactPath, artifactsDir, hasArtifacts, readAssets, readSiteData } from './artifact-files.js';

/**
 * Runs the pipeline and writes its results: first every page's metadata and the navigation
 * (all the content loaders need; `onPlaced` is told), then, once rendered, the pages' HTML
 * and the rest.
 */
export async function prepareSite(
  options: SiteOptions,
  logger?: { info(m: string): void; warn(m: string): void },
  onProgress?: (phase: string, done: number, total: number) => void,
  onPlaced?: (pages: number) => void,
): Promise<SiteBuild> {
  const dir = artifactsDir(options);
  const build = await computeSite(options, logger, onProgress, (site) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, FILES.site), JSON.stringify(site));
    onPlaced?.(site.pages.length);
  });
  writeArtifacts(options, build);
  return build;
}

/** What the site needs once its pages are rendered: their HTML, the search and inventory files, the assets to copy. */
export function writeArtifacts(options: SiteOptions, build: SiteBuild): void {
  const dir = artifactsDir(options);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, FILES.html), JSON.stringify(Object.fromEntries(build.site.pages.map((page) => [page.docname, page.html]))));
  writeFileSync(path.join(dir, FILES.signatures), JSON.stringify(buildSignatureIndex(build.indexable)));
  const config = build.check.project.config;
  writeFileSync(path.join(dir, FILES.inventory), writeInventory(projectInventory(build.check.env, config.project, config.version ?? '')));
  writeFileSync(path.join(dir, FILES.assets), JSON.stringify(build.assets));
}

