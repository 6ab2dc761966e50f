// Main-thread side of prepare-worker.ts: start the pipeline in a worker, tell
// the content loaders to wait for it (artifact-files.ts), and ask for the
// search index once Astro has written the site.
import { Worker } from 'node:worker_threads';
import { preparingElsewhere } from './artifact-files.js';
import type { SiteOptions } from './options.js';
import type { FromPrepareWorker, ToPrepareWorker } from './prepare-worker.js';
import type { SphinxWarning } from '../sphinx/warnings.js';

export interface PipelineInWorker {
  /** Resolves when the site's pages (metadata and HTML) are on disk for Astro; rejects with the pipeline's error. */
  prepared: Promise<{ warnings: SphinxWarning[]; pages: number }>;
  /** Write the Pagefind index (built alongside Astro) into `outputPath` as soon as every page is in it. */
  writeSearchIndex(outputPath: string): Promise<{ pages: number; problems: string[] }>;
  /** Write the `.html` redirects into the built site at `siteDir`. */
  writeRedirects(siteDir: string): Promise<number>;
  /** Stop the worker (and Pagefind). */
  stop(): Promise<void>;
}

export interface WorkerReporting {
  log?(level: 'info' | 'warn', message: string): void;
  progress?(phase: string, done: number, total: number): void;
}

export function preparePipelineInWorker(options: SiteOptions, reporting: WorkerReporting = {}): PipelineInWorker {
  const worker = new Worker(new URL('./prepare-worker-entry.mjs', import.meta.url));
  const send = (message: ToPrepareWorker) => worker.postMessage(message);
  // Replies to write requests, by the kind of request (one of each at a time).
  const waiting = new Map<'index' | 'redirects', { resolve(message: FromPrepareWorker): void; reject(error: Error): void }>();
  const reply = (key: 'index' | 'redirects', message: FromPrepareWorker) => {
    const waiter = waiting.get(key);
    waiting.delete(key);
    waiter?.resolve(message);
  };
  let exited: Error | null = null;
  let rejectPrepared: (error: Error) => void = () => {};
  let rejectPlaced: (error: Error) => void = () => {};
  let resolvePlaced: () => void = () => {};
  const placed = new Promise<void>((resolve, reject) => {
    resolvePlaced = resolve;
    rejectPlaced = reject;
  });
  const prepared = new Promise<{ warnings: SphinxWarning[]; pages: number }>((resolve, reject) => {
    rejectPrepared = reject;
    worker.on('message', (message: FromPrepareWorker) => {
      if (message.kind === 'log') reporting.log?.(message.level, message.message);
      else if (message.kind === 'progress') reporting.progress?.(message.phase, message.done, message.total);
      else if (message.kind === 'placed') resolvePlaced();
      else if (message.kind === 'prepared') {
        resolvePlaced(); // (a pipeline that places nothing first)
        resolve({ warnings: message.warnings, pages: message.pages });
      } else if (message.kind === 'failed') {
        rejectPlaced(new Error(message.error));
        reject(new Error(message.error));
      } else if (message.kind === 'index-written' || message.kind === 'index-failed') reply('index', message);
      else if (message.kind === 'redirects-written' || message.kind === 'redirects-failed') reply('redirects', message);
    });
  });
  const fail = (error: Error) => {
    exited = error;
    rejectPlaced(error);
    rejectPrepared(error);
    for (const waiter of waiting.values()) waiter.reject(error);
    waiting.clear();
  };
  worker.on('error', (error) => fail(error));
  worker.on('exit', (code) => fail(new Error(`the pipeline's worker stopped (exit ${code})`)));
  // The content loaders go on once the pages' metadata is written; generating pages waits for the HTML.
  preparingElsewhere(placed, prepared.then(() => undefined));
  send({ kind: 'start', options, progress: Boolean(reporting.progress) });
  return {
    prepared,
    writeSearchIndex(outputPath) {
      return new Promise((resolve, reject) => {
        if (exited) return reject(exited);
        waiting.set('index', {
          resolve: (message) => (message.kind === 'index-written' ? resolve({ pages: message.pages, problems: message.problems }) : reject(new Error((message as { error: string }).error))),
          reject,
        });
        send({ kind: 'write-index', outputPath });
      });
    },
    writeRedirects(siteDir) {
      return new Promise((resolve, reject) => {
        if (exited) return reject(exited);
        waiting.set('redirects', {
          resolve: (message) => (message.kind === 'redirects-written' ? resolve(message.count) : reject(new Error((message as { error: string }).error))),
          reject,
        });
        send({ kind: 'write-redirects', siteDir });
      });
    },
    async stop() {
      if (exited) return;
      const gone = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      send({ kind: 'stop' });
      await Promise.race([gone, new Promise<void>((resolve) => setTimeout(resolve, 3000).unref())]);
      await worker.terminate();
    },
  };
}
