// The pipeline of `rstro build` in a worker thread: parse and resolve, write
// the pages' metadata for Astro's content loaders, render and prove the
// runbooks, write the pages' HTML, then index the pages for search. Meanwhile the main thread starts Astro (loading
// Astro alone takes seconds), so on two cores the two overlap.
import { parentPort } from 'node:worker_threads';
import { prepareSite } from './artifacts.js';
import { indexSite, type SiteIndex } from './pagefind-indexer.js';
import { writeRedirects } from './redirects.js';
import type { SitePage } from './site-types.js';
import type { SiteOptions } from './options.js';
import type { SphinxWarning } from '../sphinx/warnings.js';

export type ToPrepareWorker =
  | { kind: 'start'; options: SiteOptions; progress: boolean }
  | { kind: 'write-index'; outputPath: string }
  | { kind: 'write-redirects'; siteDir: string }
  | { kind: 'stop' };
export type FromPrepareWorker =
  | { kind: 'log'; level: 'info' | 'warn'; message: string }
  | { kind: 'progress'; phase: string; done: number; total: number }
  | { kind: 'placed'; pages: number }
  | { kind: 'prepared'; warnings: SphinxWarning[]; pages: number }
  | { kind: 'failed'; error: string }
  | { kind: 'index-written'; pages: number; problems: string[] }
  | { kind: 'index-failed'; error: string }
  | { kind: 'redirects-written'; count: number }
  | { kind: 'redirects-failed'; error: string };

const post = (message: FromPrepareWorker) => parentPort!.postMessage(message);
const describe = (error: unknown) => String((error as Error)?.message ?? error);

let search: SiteIndex | null = null;
let pages: SitePage[] = [];

async function start(options: SiteOptions, progress: boolean): Promise<void> {
  try {
    const build = await prepareSite(
      options,
      { info: (message) => post({ kind: 'log', level: 'info', message }), warn: (message) => post({ kind: 'log', level: 'warn', message }) },
      progress ? (phase, done, total) => post({ kind: 'progress', phase, done, total }) : undefined,
      // Astro can build its content store and server bundle while the pages are rendered.
      (pages) => post({ kind: 'placed', pages }),
    );
    search = indexSite(build.site);
    pages = build.site.pages;
    post({ kind: 'prepared', warnings: build.warnings, pages: build.site.pages.length });
  } catch (error) {
    post({ kind: 'failed', error: describe(error) });
  }
}

parentPort!.on('message', async (message: ToPrepareWorker) => {
  if (message.kind === 'start') await start(message.options, message.progress);
  else if (message.kind === 'write-index') {
    // Pagefind's own process writes the index once it has read every page.
    try {
      if (!search) throw new Error('nothing was prepared to index');
      post({ kind: 'index-written', ...(await search.write(message.outputPath)) });
    } catch (error) {
      post({ kind: 'index-failed', error: describe(error) });
    }
  } else if (message.kind === 'write-redirects') {
    // A thousand small files (about a second on a slow disk), written here while the
    // main thread waits for Pagefind.
    try {
      post({ kind: 'redirects-written', count: writeRedirects(message.siteDir, pages) });
    } catch (error) {
      post({ kind: 'redirects-failed', error: describe(error) });
    }
  } else {
    await search?.close();
    parentPort!.close();
  }
});
