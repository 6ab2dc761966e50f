// What every page shares (site title, language, navigation tree), read from the
// content store once per build instead of once per page: the tree holds every
// page's entry, so reading it for each page would cost the square of the size.
import { getEntry } from 'astro:content';

let shared: ReturnType<typeof load> | null = null;

async function load() {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('rstro: the site entry is missing from the content store');
  return entry.data;
}

export function siteEntry() {
  shared ??= load();
  return shared;
}
