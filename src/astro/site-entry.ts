// What every page shares (site title, language, navigation tree), read from the
// content store once per build instead of once per page: the tree holds every
// page's entry, so reading it for each page would cost the square of the size.
import { getEntry } from 'astro:content';
import type { NavGroup, SiteData } from './site-types.js';

let shared: ReturnType<typeof load> | null = null;

async function load(): Promise<Omit<SiteData, 'pages'>> {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('rstro: the site entry is missing from the content store');
  const data = entry.data as Omit<SiteData, 'pages' | 'nav'> & { nav: string };
  // The loader stores the navigation tree as one JSON string (see loader.ts).
  return { ...data, nav: JSON.parse(data.nav) as NavGroup[] };
}

export function siteEntry() {
  shared ??= load();
  return shared;
}
