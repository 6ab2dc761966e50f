// Loads the parse backend named in the setup (the rST backend unless a test substitutes its own).
import { pathToFileURL } from 'node:url';
import type { DocumentParser, ParseSetup } from './types.js';

export async function loadBackend(setup: ParseSetup): Promise<DocumentParser> {
  if (!setup.backendModule) return (await import('./rst-backend.js')).createDocumentParser(setup);
  const mod = (await import(pathToFileURL(setup.backendModule).href)) as { createDocumentParser(setup: ParseSetup): Promise<DocumentParser> | DocumentParser };
  return mod.createDocumentParser(setup);
}
