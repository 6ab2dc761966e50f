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
  /** Write the Pagefind index (built alongside Astro) into `outputPath`, and the `.html` redirects into `siteDir`. */
  writeSearchIndex(outputPath: string, siteDir: string): Promise<{ pages: number; problems: string[]; redirects: number }>;
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
  let onIndex: ((message: FromPrepareWorker) => void) | null = null;
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
      } else onIndex?.(message);
    });
  });
  const fail = (error: Error) => {
    exited = error;
    rejectPlaced(error);
    rejectPrepared(error);
    onIndex?.({ kind: 'index-failed', error: error.message });
  };
  worker.on('error', (error) => fail(error));
  worker.on('exit', (code) => fail(new Error(`the pipeline's worker stopped (exit ${code})`)));
  // The content loaders go on once the pages' metadata is written; generating pages waits for the HTML.
  preparingElsewhere(placed, prepared.then(() => undefined));
  send({ kind: 'start', options, progress: Boolean(reporting.progress) });
  return {
    prepared,
    writeSearchIndex(outputPath, siteDir) {
      return new Promise((resolve, reject) => {
        if (exited) return reject(exited);
        onIndex = (message) => {
          if (message.kind === 'index-written') resolve({ pages: message.pages, problems: message.problems, redirects: message.redirects });
          else if (message.kind === 'index-failed') reject(new Error(message.error));
        };
        send({ kind: 'write-index', outputPath, siteDir });
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
