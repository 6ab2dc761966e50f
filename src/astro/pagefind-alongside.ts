// `rstro build` indexes the site for full-text search while Astro builds it,
// from the HTML the pipeline rendered, instead of reading the built pages back
// afterwards. The index copy of a page holds what Pagefind reads of the built
// page: <html lang>, <title> and the `data-pagefind-body` article that
// DocLayout.astro fills with the same HTML.
import { Worker } from 'node:worker_threads';
import type { FromWorker, PageDocument, ToWorker } from './pagefind-worker.js';
import type { SiteData } from './site-types.js';

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** The page title DocLayout.astro gives a page. */
export function pageTitle(site: Pick<SiteData, 'project'>, page: { docname: string; title: string }): string {
  return page.docname === 'index' ? site.project : `${page.title} | ${site.project}`;
}

export function pageDocument(site: Pick<SiteData, 'project' | 'htmlLang'>, page: { docname: string; title: string; html: string }): string {
  return (
    `<!doctype html><html lang="${escapeAttr(site.htmlLang)}"><head><meta charset="utf-8"><title>${escapeText(pageTitle(site, page))}</title></head>` +
    `<body><article class="rstro-content" data-pagefind-body>${page.html}</article></body></html>`
  );
}

export interface AlongsideIndex {
  /** Write the index into `outputPath` (the site's pagefind/ folder) once every page is in. */
  writeTo(outputPath: string): Promise<{ pages: number; problems: string[] }>;
  /** Give up (the site build failed). */
  stop(): Promise<void>;
}

export function startPagefindAlongside(site: SiteData): AlongsideIndex {
  const worker = new Worker(new URL('./pagefind-worker-entry.mjs', import.meta.url));
  const pages: PageDocument[] = site.pages.map((page) => ({ url: page.url, document: pageDocument(site, page) }));
  const send = (message: ToWorker) => worker.postMessage(message);
  const answer = new Promise<FromWorker>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the Pagefind worker stopped (exit ${code}) before writing the index`)));
  });
  // Nothing waits on the answer until writeTo(); keep an early failure from being unhandled.
  answer.catch(() => {});
  send({ kind: 'pages', pages });
  return {
    async writeTo(outputPath) {
      send({ kind: 'write', outputPath });
      const result = await answer;
      await worker.terminate();
      if (result.kind === 'failed') throw new Error(result.error);
      return { pages: result.pages, problems: result.problems };
    },
    async stop() {
      // Let the worker close Pagefind's process first; terminate it if it does not go.
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      send({ kind: 'stop' });
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, 2000).unref());
      await Promise.race([exited, timeout]);
      await worker.terminate();
    },
  };
}
