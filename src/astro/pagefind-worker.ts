// A worker thread that builds the Pagefind index while Astro lays out the
// site in the main thread: the pages' index copies are made here (Chinese
// segmentation is CPU work) and Pagefind's own indexer runs as a child
// process, so both keep the second core busy instead of waiting for Astro.
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { htmlForIndex } from '../search/index-html.js';

export interface PageDocument {
  url: string;
  /** The page as Pagefind should read it: head (lang, title) and the `data-pagefind-body` element. */
  document: string;
}

export type ToWorker = { kind: 'pages'; pages: PageDocument[] } | { kind: 'write'; outputPath: string } | { kind: 'stop' };
export type FromWorker = { kind: 'written'; pages: number; problems: string[] } | { kind: 'failed'; error: string };

/** Pages sent to Pagefind at once: enough to keep its indexer busy, few enough to bound memory. */
const IN_FLIGHT = 32;

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

async function addAll(index: Index, pages: PageDocument[]): Promise<{ added: number; problems: string[] }> {
  const problems: string[] = [];
  let added = 0;
  let next = 0;
  const feed = async () => {
    while (next < pages.length) {
      const page = pages[next++];
      const result = await index.addHTMLFile({ url: page.url, content: htmlForIndex(page.document) });
      if (result.errors.length) problems.push(`${page.url}: ${result.errors.join('; ')}`);
      else added++;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, feed));
  return { added, problems };
}

let indexing: Promise<{ index: Index; added: number; problems: string[] }> | null = null;

const reply = (message: FromWorker) => parentPort!.postMessage(message);

parentPort!.on('message', async (message: ToWorker) => {
  try {
    if (message.kind === 'pages') {
      indexing = (async () => {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        return { index, ...(await addAll(index, message.pages)) };
      })();
      // Failures surface when the index is written.
      indexing.catch(() => {});
    } else if (message.kind === 'write') {
      const { index, added, problems } = await indexing!;
      const written = await index.writeFiles({ outputPath: message.outputPath });
      if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
      await pagefind.close();
      reply({ kind: 'written', pages: added, problems });
    } else {
      await pagefind.close();
      process.exit(0);
    }
  } catch (error) {
    await pagefind.close().catch(() => {});
    reply({ kind: 'failed', error: String((error as Error).stack ?? error) });
  }
});
