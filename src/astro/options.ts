// Options shared by the integration (in astro.config), the content loaders
// (in content.config) and the CLI. Astro evaluates those files in separate
// module graphs, so the options travel through environment variables.
import { createHash } from 'node:crypto';
import path from 'node:path';

export interface SiteOptions {
  /** The Sphinx project's source folder (holds conf.py). */
  source: string;
  /** Fixture root for literalinclude/diagnostic outputs. */
  fixtureRoot?: string;
  /** Where the pipeline keeps its caches. */
  cacheDir: string;
  /** Show parse problems inside pages instead of failing (dev server). */
  dev: boolean;
}

const ENV = { source: 'RSTRO_SOURCE', fixtureRoot: 'RSTRO_FIXTURE_ROOT', cacheDir: 'RSTRO_CACHE_DIR', dev: 'RSTRO_DEV' } as const;

/** One cache per project, so builds of two projects from one folder never share prepared pages. */
function defaultCacheDir(source: string): string {
  const tag = createHash('sha1').update(source).digest('hex').slice(0, 8);
  return path.join('.cache', 'rstro', `${path.basename(source)}-${tag}`);
}

export function siteOptionsFromEnv(): SiteOptions {
  const source = path.resolve(process.env[ENV.source] ?? 'content');
  return {
    source,
    fixtureRoot: process.env[ENV.fixtureRoot] || undefined,
    cacheDir: path.resolve(process.env[ENV.cacheDir] ?? defaultCacheDir(source)),
    dev: process.env[ENV.dev] === '1',
  };
}

export function exportSiteOptions(options: Partial<SiteOptions> & { source: string }): void {
  process.env[ENV.source] = path.resolve(options.source);
  if (options.fixtureRoot) process.env[ENV.fixtureRoot] = path.resolve(options.fixtureRoot);
  if (options.cacheDir) process.env[ENV.cacheDir] = path.resolve(options.cacheDir);
  if (options.dev !== undefined) process.env[ENV.dev] = options.dev ? '1' : '0';
}
