// Pagefind's own search engine, run in Node over a built site: the same
// JavaScript and WebAssembly the browser runs, with `fetch` answered from the
// site folder. `rstro search` therefore ranks full text exactly as the site.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FullTextHit } from './combine.js';
import { pagefindHits, type PagefindSearch } from './pagefind-results.js';

interface PagefindModule extends PagefindSearch {
  options(options: Record<string, unknown>): Promise<void>;
}

const SITE_ORIGIN = 'http://rstro.site.local';
let loaded: { dir: string; module: PagefindModule } | null = null;

async function loadPagefind(siteDir: string): Promise<PagefindModule | null> {
  if (loaded?.dir === siteDir) return loaded.module;
  const entry = path.join(siteDir, 'pagefind', 'pagefind.js');
  let source: Buffer;
  try {
    source = await readFile(entry);
  } catch {
    return null;
  }
  const root = path.resolve(siteDir);
  const originalFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url, SITE_ORIGIN);
    if (url.origin !== SITE_ORIGIN) return originalFetch(input, init);
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root + path.sep)) return new Response(null, { status: 404 });
    try {
      return new Response(await readFile(file), { status: 200 });
    } catch {
      return new Response(null, { status: 404 });
    }
  }) as typeof fetch;
  // Pagefind reads the page's <html lang> to pick the language's index and word segmentation:
  // answer with the built site's own, as a browser on the site would.
  const lang = await siteLanguage(root);
  const g = globalThis as Record<string, unknown>;
  g.window ??= globalThis;
  g.location ??= new URL(SITE_ORIGIN + '/');
  g.document = {
    currentScript: null,
    querySelector: (selector: string) => (selector === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? lang : null) } : null),
  };
  // Imported from its text, not its path: outside a package with "type": "module" (a site built
  // into /tmp, say) Node would load the file as CommonJS and fail. Its base path is given below.
  const module = (await import(`data:text/javascript;base64,${source.toString('base64')}`)) as PagefindModule;
  await module.options({ basePath: `${SITE_ORIGIN}/pagefind/` });
  loaded = { dir: siteDir, module };
  return module;
}

async function siteLanguage(root: string): Promise<string | null> {
  try {
    const home = await readFile(path.join(root, 'index.html'), 'utf8');
    return /<html[^>]*\slang="([^"]+)"/i.exec(home)?.[1] ?? null;
  } catch {
    return null;
  }
}

export async function pagefindSearch(siteDir: string, query: string, limit = 10): Promise<FullTextHit[] | null> {
  const pagefind = await loadPagefind(siteDir);
  if (!pagefind) return null;
  return pagefindHits(pagefind, query, limit);
}
