// Highlighted blocks cached by content hash (sha1 of plan + code), in memory
// for the life of the process and optionally on disk between builds. The cache
// is only an optimisation: a file that cannot be read or written is ignored.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

  constructor(private readonly dir?: string) {}

  get(key: string): HighlightedBlock | undefined {
    const cached = memory.get(key);
    if (cached) {
      this.hits++;
      return cached;
    }
    if (this.dir) {
      try {
        const block = JSON.parse(readFileSync(this.pathOf(key), 'utf8')) as HighlightedBlock;
        remember(key, block);
        this.hits++;
        return block;
      } catch {
        // Not cached yet (or unreadable): highlight again.
      }
    }
    this.misses++;
    return undefined;
  }

  set(key: string, block: HighlightedBlock): void {
    remember(key, block);
    if (!this.dir) return;
    const path = this.pathOf(key);
    try {
      mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
      // Write aside and rename, so a parallel build never reads half a file.
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(block));
      renameSync(temporary, path);
    } catch {
      // A read-only or full disk only costs speed.
    }
  }

  private pathOf(key: string): string {
    return join(this.dir as string, key.slice(0, 2), key + '.json');
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
