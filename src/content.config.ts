// Astro reads collections from this file. Both are filled by rstro's loaders
// from the Sphinx project that the `rstro()` integration points at.
import { defineCollection } from 'astro:content';
import { rstroPagesLoader, rstroSiteLoader } from './astro/loader.js';

export const collections = {
  docs: defineCollection({ loader: rstroPagesLoader() }),
  site: defineCollection({ loader: rstroSiteLoader() }),
};
