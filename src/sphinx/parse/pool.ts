// Parses many documents across the machine's cores with worker_threads. Small
// batches are parsed in this thread: starting a worker and loading the parser
// into it (tsx compiling the TypeScript) costs about a second, more than
// parsing a few megabytes. Measured on the 88-page cloud-atlas slice (1 MB,
// 2 busy cores): 2.6-3.0 s in this thread, 5.6-7.2 s with two workers.
import os from 'node:os';
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { loadBackend } from './backend.js';
import { parseDocument } from './parse-document.js';
import type { ParsedDocument, ParseSetup, ParseTask } from './types.js';

export interface PoolOptions {
  /** Number of worker threads; default: the machine's cores. 1 parses in this thread. */
  jobs?: number;
  /** Below this many documents, parse in this thread (default 24). */
  minForWorkers?: number;
  /**
   * Below this many bytes of source to parse, parse in this thread (default 32 MB). Workers pay for
   * loading the parser and for sending trees back: measured on this 2-core machine, a 12 MB,
   * 1,000-page project parsed in 3.4-3.9 s in one thread and 5.8-8.4 s with two workers.
   */
  minBytesForWorkers?: number;
}

export async function parseAll(setup: ParseSetup, tasks: ParseTask[], options: PoolOptions = {}): Promise<ParsedDocument[]> {
  if (tasks.length === 0) return [];
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const jobs = Math.max(1, Math.min(options.jobs ?? cores, Math.ceil(tasks.length / 8)));
  if (jobs === 1 || tasks.length < (options.minForWorkers ?? 24)) return parseInThread(setup, tasks);
  const bytes = tasks.reduce((sum, task) => sum + sizeOf(task.path), 0);
  // An explicit --jobs N means workers, whatever the size.
  if (options.jobs === undefined && bytes < (options.minBytesForWorkers ?? 32_000_000)) return parseInThread(setup, tasks);
  return parseInWorkers(setup, tasks, jobs);
}

async function parseInThread(setup: ParseSetup, tasks: ParseTask[]): Promise<ParsedDocument[]> {
  const backend = await loadBackend(setup);
  return tasks.map((task) => parseDocument(setup, task, backend));
}

function parseInWorkers(setup: ParseSetup, tasks: ParseTask[], jobs: number): Promise<ParsedDocument[]> {
  // Biggest files first, so no worker is left with a long one at the end.
  const order = tasks.map((task, index) => ({ task, index, size: sizeOf(task.path) })).sort((a, b) => b.size - a.size);
  const results: ParsedDocument[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  return new Promise((resolve, reject) => {
    let failed = false;
    const finish = (error?: Error) => {
      if (failed) return;
      if (error) failed = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const feed = (worker: Worker) => {
      if (next >= order.length) return;
      const item = order[next++];
      worker.postMessage({ kind: 'task', id: item.index, task: item.task });
    };
    for (let i = 0; i < jobs; i++) {
      const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url));
      workers.push(worker);
      worker.on('message', (message: { kind: string; id: number; json?: string; error?: string }) => {
        if (message.kind === 'fatal') return finish(new Error(`parse worker could not start: ${message.error}`));
        if (message.kind === 'error') return finish(new Error(`parse worker failed on ${tasks[message.id].path}: ${message.error}`));
        results[message.id] = JSON.parse(message.json!) as ParsedDocument;
        if (++done === tasks.length) return finish();
        feed(worker);
      });
      worker.on('error', (error) => finish(error));
      worker.postMessage({ kind: 'setup', setup });
      // Two tasks in flight per worker hide the message round trip.
      feed(worker);
      feed(worker);
    }
  });
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
