// What rstro's pipeline hands to Astro, as files: the pages and navigation
// (read by the content loaders), and what the build hook adds to the site
// (signature index, objects.inv, assets to copy). The pipeline runs in plain
// Node before Astro starts (`rstro build`), so Astro only lays out pages.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSignatureIndex } from '../search/build-index.js';
import { projectInventory, writeInventory } from '../sphinx/inventory.js';
import type { Asset } from './assets.js';
import type { SiteOptions } from './options.js';
import { computeSite, type SiteBuild } from './site-data.js';
import type { SiteData } from './site-types.js';

export function artifactsDir(options: SiteOptions): string {
  return path.join(options.cacheDir, 'site');
}

const FILES = { site: 'site-data.json', signatures: 'signatures.json', inventory: 'objects.inv', assets: 'assets.json' } as const;

export async function prepareSite(
  options: SiteOptions,
  logger?: { info(m: string): void; warn(m: string): void },
  onProgress?: (phase: string, done: number, total: number) => void,
): Promise<SiteBuild> {
  const build = await computeSite(options, logger, onProgress);
  writeArtifacts(options, build);
  return build;
}

export function writeArtifacts(options: SiteOptions, build: SiteBuild): void {
  const dir = artifactsDir(options);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, FILES.site), JSON.stringify(build.site));
  writeFileSync(path.join(dir, FILES.signatures), JSON.stringify(buildSignatureIndex(build.indexable)));
  const config = build.check.project.config;
  writeFileSync(path.join(dir, FILES.inventory), writeInventory(projectInventory(build.check.env, config.project, config.version ?? '')));
  writeFileSync(path.join(dir, FILES.assets), JSON.stringify(build.assets));
}

export function hasArtifacts(options: SiteOptions): boolean {
  return existsSync(path.join(artifactsDir(options), FILES.site));
}

export function readSiteData(options: SiteOptions): SiteData {
  return JSON.parse(readFileSync(path.join(artifactsDir(options), FILES.site), 'utf8')) as SiteData;
}

export function artifactPath(options: SiteOptions, name: keyof typeof FILES): string {
  return path.join(artifactsDir(options), FILES[name]);
}

export function readAssets(options: SiteOptions): Asset[] {
  return JSON.parse(readFileSync(artifactPath(options, 'assets'), 'utf8')) as Asset[];
}
