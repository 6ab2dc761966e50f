// Asking Pagefind, in the browser and in `rstro search` alike: the query in
// the index's terms (Chinese as word tokens), and titles and excerpts back in
// the text readers see.
import { decodeExcerpt, decodeText, queryForIndex } from './chinese-words.js';
import type { FullTextHit } from './combine.js';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

export interface PagefindSearch {
  search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> } | null>;
}

export async function pagefindHits(pagefind: PagefindSearch, query: string, limit: number): Promise<FullTextHit[]> {
  const term = queryForIndex(query);
  if (!term) return [];
  const response = await pagefind.search(term);
  if (!response) return [];
  const data = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
  return data.map((d) => ({ url: d.url, title: d.meta.title ? decodeText(d.meta.title) : d.url, excerpt: decodeExcerpt(d.excerpt) }));
}
