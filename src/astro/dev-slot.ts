// Where the dev server keeps its in-memory site. Routes and loaders read it
// through this tiny module, so the site's pages never import (and Vite never
// bundles) the pipeline itself.
import type { SiteData, SitePage } from './site-types.js';

export interface LiveSite {
  livePage(docname: string): { page: SitePage; site: Omit<SiteData, 'pages'> } | null;
  siteData(): SiteData;
}

const SLOT = Symbol.for('rstro.devSite');

export function runningDevSite(): Promise<LiveSite> | null {
  return (globalThis as unknown as Record<symbol, { site: Promise<LiveSite> } | undefined>)[SLOT]?.site ?? null;
}

export function setDevSite(site: Promise<LiveSite>): void {
  (globalThis as unknown as Record<symbol, { site: Promise<LiveSite> } | undefined>)[SLOT] = { site };
}
