// Where the pipeline's results live on disk and how to read them back. Kept
// apart from artifacts.ts (which runs the pipeline) so that readers (the
// content loaders, the build hook) do not load the parser and renderer.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Asset } from './assets.js';
import type { SiteOptions } from './options.js';
import type { SiteMeta } from './site-types.js';

export const ARTIFACT_FILES = { site: 'site-data.json', html: 'pages-html.json', signatures: 'signatures.json', inventory: 'objects.inv', assets: 'assets.json' } as const;

export function artifactsDir(options: SiteOptions): string {
  return path.join(options.cacheDir, 'site');
}

export function artifactPath(options: SiteOptions, name: keyof typeof ARTIFACT_FILES): string {
  return path.join(artifactsDir(options), ARTIFACT_FILES[name]);
}

export function hasArtifacts(options: SiteOptions): boolean {
  return existsSync(artifactPath(options, 'site')) && existsSync(artifactPath(options, 'html'));
}

/** Every page's metadata and the navigation (no HTML). */
export function readSiteData(options: SiteOptions): SiteMeta {
  return JSON.parse(readFileSync(artifactPath(options, 'site'), 'utf8')) as SiteMeta;
}

/** Each page's rendered HTML by docname. */
export function readPagesHtml(options: SiteOptions): Record<string, string> {
  return JSON.parse(readFileSync(artifactPath(options, 'html'), 'utf8')) as Record<string, string>;
}

export function readAssets(options: SiteOptions): Asset[] {
  return JSON.parse(readFileSync(artifactPath(options, 'assets'), 'utf8')) as Asset[];
}

// `rstro build` runs the pipeline in a worker meanwhile. Its results come in
// two steps: the pages' metadata (the content loaders, in this process, wait
// here for it), then the pages' HTML (generating a page waits for that).
let placing: Promise<void> | null = null;
let rendering: Promise<void> | null = null;

export function preparingElsewhere(placed: Promise<void>, rendered: Promise<void>): void {
  placing = placed;
  rendering = rendered;
  // A failure is reported by whoever started it; the readers only need to stop.
  placed.catch(() => {});
  rendered.catch(() => {});
}

async function waitFor(step: Promise<void> | null): Promise<boolean> {
  if (!step) return false;
  try {
    await step;
  } catch {
    throw new Error('rstro: the pipeline failed (its error is printed above)');
  }
  return true;
}

/** True once the worker's pages' metadata is on disk; false when no worker runs. */
export function preparedElsewhere(): Promise<boolean> {
  return waitFor(placing);
}

/** True once the worker's rendered HTML is on disk; false when no worker runs. */
export function renderedElsewhere(): Promise<boolean> {
  return waitFor(rendering);
}
