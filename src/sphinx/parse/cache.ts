// Parsed doctrees cached on disk, keyed by a hash of the source text, the
// configuration that shapes parsing (prolog, epilog, extensions, the list of
// docnames that toctree globs see) and the parser's own code. A cached entry
// is also invalidated when any file it included changed. The cache folder is
// never inside the source tree: `rstro check` writes nothing there.
import { createHash } from 'node:crypto';
import { readFileSync, statSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packFile, removeLegacyEntries, type PackFile } from '../../cache/pack-file.js';
import type { ParsedDocument } from './types.js';

export function sha1(text: string | Buffer): string {
  return createHash('sha1').update(text).digest('hex');
}

interface CacheEntry {
  key: string;
  /** Hash of the project's docnames when the parse looked at them (toctrees check and glob them), else null. */
  docnames: string | null;
  /** Included files with their state when parsed: a hash of size and mtime, or null when it was missing. */
  dependencies: Array<[string, string | null]>;
  document: ParsedDocument;
}

export class ParseCache {
  private readonly pack: PackFile<CacheEntry>;

  /** All doctrees in one pack file (see src/cache/pack-file.ts), keyed by a hash of the docname. */
  constructor(cacheDir: string) {
    this.pack = packFile<CacheEntry>(path.join(cacheDir, 'doctrees.pack'));
    // Earlier versions kept a file per document in doctrees/.
    removeLegacyEntries(cacheDir, (name) => name === 'doctrees');
  }

  get file(): string {
    return this.pack.file;
  }

  /** The cached parse of `docname` when its key matches and none of its dependencies changed. */
  get(docname: string, key: string, docnamesHash: string): ParsedDocument | null {
    const entry = this.pack.get(sha1(docname));
    if (!entry || entry.key !== key || entry.document?.docname !== docname) return null;
    if (entry.docnames !== null && entry.docnames !== docnamesHash) return null;
    for (const [file, state] of entry.dependencies) if (fileState(file) !== state) return null;
    return entry.document;
  }

  put(document: ParsedDocument, docnamesHash: string): void {
    const entry: CacheEntry = { key: document.key, docnames: hasToctree(document.doctree) ? docnamesHash : null, dependencies: document.dependencies.map((f) => [f, fileState(f)]), document };
    this.pack.set(sha1(document.docname), entry);
  }

  /** Writes the entries put since the last flush (they are also written once the current task yields). */
  flush(): void {
    this.pack.flush();
  }
}

/** Only toctrees depend on which other documents exist; other pages survive adding or removing a page. */
function hasToctree(node: { type: string; children?: unknown[] }): boolean {
  if (node.type === 'toctree') return true;
  return Array.isArray(node.children) && node.children.some((c) => hasToctree(c as { type: string; children?: unknown[] }));
}

/** Size and mtime are enough to notice an edited include; content hashes would cost a read per check. */
export function fileState(file: string): string | null {
  try {
    const st = statSync(file);
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return null;
  }
}

/**
 * Where the cache goes: the given folder; else `<root>/.cache/rstro/<hash>` when the project root is a folder
 * above the sources (a repository holding content/); else the user's cache folder.
 */
export function defaultCacheDir(srcdir: string, rootDir: string): string {
  const src = path.resolve(srcdir);
  const tag = sha1(src).slice(0, 12);
  const root = path.resolve(rootDir);
  if (root !== src && !isInside(path.join(root, '.cache'), src)) return path.join(root, '.cache', 'rstro', tag);
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'rstro', tag);
}

export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

let parserVersionMemo: string | null = null;

/** A hash of the code that turns sources into doctrees (parser, Sphinx directives and roles, this stage). */
export function parserVersion(): string {
  if (parserVersionMemo) return parserVersionMemo;
  const srcRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const hash = createHash('sha1');
  for (const dir of ['doctree', 'rst', 'markdown', 'sphinx/directives', 'sphinx/roles', 'sphinx/parse', 'runbook']) hashTree(path.join(srcRoot, dir), hash);
  for (const file of ['sphinx/prolog.ts', 'sphinx/context.ts', 'sphinx/tags.ts']) hashFile(path.join(srcRoot, file), hash);
  parserVersionMemo = hash.digest('hex').slice(0, 16);
  return parserVersionMemo;
}

/**
 * Feeds every file below `dir` (path and content, in sorted order) into `hash`; `accept` picks files by
 * name and skips folders. Shared with the build's "nothing changed" stamp.
 */
export function hashTree(dir: string, hash: ReturnType<typeof createHash>, accept: (name: string, isDirectory: boolean) => boolean = (name, isDir) => isDir || /\.(ts|mjs|js|json)$/.test(name)): void {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of entries) {
    const full = path.join(dir, name);
    try {
      const isDirectory = statSync(full).isDirectory();
      if (!accept(name, isDirectory)) continue;
      if (isDirectory) hashTree(full, hash, accept);
      else hashFile(full, hash);
    } catch {
      // vanished while listing
    }
  }
}

function hashFile(file: string, hash: ReturnType<typeof createHash>): void {
  try {
    hash.update(file).update(readFileSync(file));
  } catch {
    // absent
  }
}
