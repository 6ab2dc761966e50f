// Where the pipeline's results live on disk and how to read them back. Kept
// apart from artifacts.ts (which runs the pipeline) so that readers (the
// content loaders, the build hook) do not load the parser and renderer.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Asset } from './assets.js';
import type { SiteOptions } from './options.js';
import type { SiteData } from './site-types.js';

export const ARTIFACT_FILES = { site: 'site-data.json', signatures: 'signatures.json', inventory: 'objects.inv', assets: 'assets.json' } as const;

export function artifactsDir(options: SiteOptions): string {
  return path.join(options.cacheDir, 'site');
}

export function artifactPath(options: SiteOptions, name: keyof typeof ARTIFACT_FILES): string {
  return path.join(artifactsDir(options), ARTIFACT_FILES[name]);
}

export function hasArtifacts(options: SiteOptions): boolean {
  return existsSync(artifactPath(options, 'site'));
}

export function readSiteData(options: SiteOptions): SiteData {
  return JSON.parse(readFileSync(artifactPath(options, 'site'), 'utf8')) as SiteData;
}

export function readAssets(options: SiteOptions): Asset[] {
  return JSON.parse(readFileSync(artifactPath(options, 'assets'), 'utf8')) as Asset[];
}

// `rstro build` runs the pipeline in a worker while Astro starts; the content
// loaders (same process) wait here until its results are on disk.
let preparing: Promise<void> | null = null;

export function preparingElsewhere(done: Promise<void>): void {
  preparing = done;
  // A failure is reported by whoever started it; the loaders only need to stop.
  done.catch(() => {});
}

export async function preparedElsewhere(): Promise<boolean> {
  if (!preparing) return false;
  try {
    await preparing;
  } catch {
    throw new Error('rstro: the pipeline failed (its error is printed above)');
  }
  return true;
}
