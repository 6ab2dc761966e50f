// "Nothing changed since the last build": a hash of everything a build reads
// (the sources, the recorded outputs, rstro's own code and dependencies),
// stored beside the site. A rebuild with the same hash keeps the site as it is.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { hashTree } from '../sphinx/parse/cache.js';
import path from 'node:path';
import { PACKAGE_ROOT } from './package-root.js';

export const STAMP_FILE = '.rstro-build';

export function buildInputsHash(inputs: { source: string; fixtureRoot?: string; out: string }): string {
  const hash = createHash('sha1');
  const accept = (name: string) => !name.startsWith('.') && name !== 'node_modules' && name !== '_build';
  hash.update(JSON.stringify({ source: inputs.source, fixtures: inputs.fixtureRoot ?? null, out: inputs.out }));
  hashTree(inputs.source, hash, accept);
  if (inputs.fixtureRoot) hashTree(inputs.fixtureRoot, hash, accept);
  // rstro's own code and its installed dependencies' versions.
  hashTree(path.join(PACKAGE_ROOT, 'src'), hash, accept);
  for (const file of ['package-lock.json', 'astro.config.mjs']) {
    const full = path.join(PACKAGE_ROOT, file);
    if (existsSync(full)) hash.update(readFileSync(full));
  }
  return hash.digest('hex');
}

export function isUpToDate(out: string, inputsHash: string): boolean {
  const stamp = path.join(out, STAMP_FILE);
  return existsSync(path.join(out, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === inputsHash;
}
