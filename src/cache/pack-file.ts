// A cache of many small entries kept in one append-only file.
//
// Why not a file per entry: on this project's machines, creating a file in a
// folder of its own cost about 0.8 ms (1,965 highlighted blocks: 1.6 s of a
// 1,000-page build; 1,011 parsed doctrees: 0.9 s), while one append of all of
// them took 15 ms.
//
// Format: one line per entry, `key<TAB>json`. A later line for a key replaces
// an earlier one. Values are parsed only when read. A line that is cut short or
// garbled (a crash, two builds appending at once) is skipped: the cache is only
// an optimisation, and a missing entry is computed again.
import { appendFileSync, closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface PackOptions {
  /** Entries kept when the file is rewritten; the least recently used go first. */
  maxEntries?: number;
}

/** Rewrite the file when it holds this many more lines than live entries (replaced values pile up). */
const STALE_LINES_BEFORE_REWRITE = 1000;

export class PackFile<T> {
  /** key -> JSON text, in order of last use (oldest first). */
  private entries = new Map<string, string>();
  private pending: string[] = [];
  /** Lines in the file as far as this process knows (its own appends included). */
  private lines = 0;
  /** The file's size after this process last read or appended to it; -1 before the first read. */
  private knownSize = -1;
  private flushQueued = false;
  /** The file ends in a line cut short (a crash mid-append): the next append starts a new line. */
  private unterminated = false;
  private readonly maxEntries: number;

  constructor(
    readonly file: string,
    options: PackOptions = {},
  ) {
    this.maxEntries = options.maxEntries ?? 100_000;
  }

  get(key: string): T | undefined {
    if (this.knownSize < 0) this.refresh();
    const json = this.entries.get(key);
    if (json === undefined) return undefined;
    try {
      const value = JSON.parse(json) as T;
      // Most recently used last, so a rewrite keeps what builds still use.
      this.entries.delete(key);
      this.entries.set(key, json);
      return value;
    } catch {
      this.entries.delete(key);
      return undefined;
    }
  }

  set(key: string, value: T): void {
    if (this.knownSize < 0) this.refresh();
    const json = JSON.stringify(value);
    this.entries.delete(key);
    this.entries.set(key, json);
    this.pending.push(`${key}\t${json}\n`);
    // Many entries are set in one burst (a page's code blocks, a batch of parses): append them together.
    if (!this.flushQueued) {
      this.flushQueued = true;
      setImmediate(() => this.flush());
    }
  }

  /** Writes what was set since the last flush. Also runs on its own once the current task yields. */
  flush(): void {
    this.flushQueued = false;
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    const count = this.pending.length;
    this.pending = [];
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      if (this.lines > this.entries.size + STALE_LINES_BEFORE_REWRITE || this.entries.size > this.maxEntries) this.rewrite();
      else {
        appendFileSync(this.file, this.unterminated ? '\n' + text : text);
        this.unterminated = false;
        this.lines += count;
        this.knownSize = statSync(this.file).size;
      }
    } catch {
      // A read-only or full disk only costs speed.
    }
  }

  /**
   * Takes in what other processes appended since this one last looked (a second build, the dev
   * server beside a build), or reads the whole file after someone rewrote it.
   */
  refresh(): void {
    let size: number;
    try {
      size = statSync(this.file).size;
    } catch {
      this.knownSize = 0;
      return;
    }
    if (size === this.knownSize) return;
    let text: string;
    try {
      if (this.knownSize >= 0 && size > this.knownSize) text = readTail(this.file, this.knownSize);
      else {
        this.entries.clear();
        this.lines = 0;
        text = readFileSync(this.file, 'utf8');
      }
    } catch {
      return;
    }
    this.knownSize = size;
    this.unterminated = text.length > 0 && !text.endsWith('\n');
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const tab = text.indexOf('\t', start);
      if (tab > start && tab < end) {
        this.entries.delete(text.slice(start, tab));
        this.entries.set(text.slice(start, tab), text.slice(tab + 1, end));
      }
      this.lines++;
      start = end + 1;
    }
  }

  /** The live entries only, written aside and renamed so that readers never see half a file. */
  private rewrite(): void {
    let drop = Math.max(0, this.entries.size - Math.floor(this.maxEntries * 0.75));
    if (this.entries.size <= this.maxEntries) drop = 0;
    const parts: string[] = [];
    for (const [key, json] of this.entries) {
      if (drop > 0) {
        this.entries.delete(key);
        drop--;
        continue;
      }
      parts.push(`${key}\t${json}\n`);
    }
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, parts.join(''));
    renameSync(temporary, this.file);
    this.lines = parts.length;
    this.knownSize = statSync(this.file).size;
  }
}

function readTail(file: string, from: number): string {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.max(0, size - from));
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, from + read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

const open = new Map<string, PackFile<unknown>>();

/**
 * The pack at `file`, shared by everything in this process that uses it (the dev server opens the
 * parse cache after every edit: the entries stay in memory, and only others' appends are read).
 */
export function packFile<T>(file: string, options: PackOptions = {}): PackFile<T> {
  const resolved = path.resolve(file);
  let pack = open.get(resolved) as PackFile<T> | undefined;
  if (!pack) {
    pack = new PackFile<T>(resolved, options);
    open.set(resolved, pack as PackFile<unknown>);
  } else pack.refresh();
  return pack;
}

const swept = new Set<string>();

/**
 * Removes what rstro versions before packs left in a cache folder: one file per entry, in
 * the folders `isLegacy` picks (a 36 MB doctree folder, 256 highlight folders). Once per
 * folder and process; only rstro's own cache folders are ever passed here.
 */
export function removeLegacyEntries(dir: string, isLegacy: (name: string) => boolean): void {
  if (swept.has(dir)) return;
  swept.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (isLegacy(name)) rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}

/** Writes every open pack's pending entries (before a worker or process ends). */
export function flushPacks(): void {
  for (const pack of open.values()) pack.flush();
}

/** For tests: forget the packs this process opened, as if it were a new process. */
export function closePacks(): void {
  flushPacks();
  open.clear();
}
