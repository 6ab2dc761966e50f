// Highlighted blocks cached by content hash (sha1 of plan + code), in memory
// for the life of the process and optionally on disk between builds, in one
// pack file per cache folder (see src/cache/pack-file.ts). The cache is only an
// optimisation: a file that cannot be read or written is ignored.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packFile, removeLegacyEntries, type PackFile } from '../../cache/pack-file.js';
import type { HighlightedBlock } from './highlight.js';

// The highlighter's own code is part of every key: a change to how blocks are highlighted
// must not be hidden by blocks cached before it.
const CACHE_VERSION = highlighterVersion();

function highlighterVersion(): string {
  const hash = createHash('sha1');
  for (const file of ['highlight.ts', 'languages.ts', 'lines.ts']) {
    try {
      hash.update(readFileSync(new URL(`./${file}`, import.meta.url)));
    } catch {
      hash.update(file); // bundled: the file is not beside us; the bundle's content stands for it
    }
  }
  return hash.digest('hex').slice(0, 12);
}
const MEMORY_LIMIT = 20_000;

const memory = new Map<string, HighlightedBlock>();

export function cacheKey(plan: string, code: string): string {
  return createHash('sha1').update(CACHE_VERSION).update('\0').update(plan).update('\0').update(code).digest('hex');
}

export class HighlightCache {
  hits = 0;
  misses = 0;

  private readonly pack: PackFile<HighlightedBlock> | null;

  constructor(dir?: string) {
    this.pack = dir ? packFile<HighlightedBlock>(join(dir, 'blocks.pack')) : null;
    // Earlier versions kept a file per block in folders named by the key's first two hex digits.
    if (dir) removeLegacyEntries(dir, (name) => /^[0-9a-f]{2}$/.test(name));
  }

  get(key: string): HighlightedBlock | undefined {
    const cached = memory.get(key);
    if (cached) {
      this.hits++;
      return cached;
    }
    const block = this.pack?.get(key);
    if (block) {
      remember(key, block);
      this.hits++;
      return block;
    }
    this.misses++;
    return undefined;
  }

  set(key: string, block: HighlightedBlock): void {
    remember(key, block);
    this.pack?.set(key, block);
  }
}

function remember(key: string, block: HighlightedBlock): void {
  if (memory.size >= MEMORY_LIMIT) {
    const oldest = memory.keys().next().value;
    if (oldest !== undefined) memory.delete(oldest);
  }
  memory.set(key, block);
}

/** For tests: forget what this process has highlighted. */
export function clearMemoryCache(): void {
  memory.clear();
}
