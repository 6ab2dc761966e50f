// A parse worker: receives the project setup once, then documents to parse,
// and answers each with its ParsedDocument (plain data, cloned to the main thread).
import { parentPort } from 'node:worker_threads';
import { loadBackend } from './backend.js';
import { parseDocument } from './parse-document.js';
import type { DocumentParser, ParseSetup, ParseTask } from './types.js';

type Message = { kind: 'setup'; setup: ParseSetup } | { kind: 'task'; id: number; task: ParseTask };

let setup: ParseSetup | null = null;
let parser: Promise<DocumentParser> | null = null;

parentPort!.on('message', async (message: Message) => {
  if (message.kind === 'setup') {
    setup = message.setup;
    parser = loadBackend(setup);
    // Report a backend that cannot load once, instead of per document.
    parser.catch((error) => parentPort!.postMessage({ kind: 'fatal', error: String((error as Error).stack ?? error) }));
    return;
  }
  try {
    const backend = await parser!;
    const result = parseDocument(setup!, message.task, backend);
    // A JSON string crosses threads far faster than structured-cloning a large tree object by object.
    parentPort!.postMessage({ kind: 'result', id: message.id, json: JSON.stringify(result) });
  } catch (error) {
    parentPort!.postMessage({ kind: 'error', id: message.id, error: String((error as Error).stack ?? error) });
  }
});
