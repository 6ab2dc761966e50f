// Reading the files that include and raw pull in: paths resolve against the
// folder of the file being parsed (the document, or an included file), and
// problems are described in the words docutils uses (Python's error texts),
// e.g. "InputError: [Errno 2] No such file or directory: 'x.rst'".
import { readFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import type { DirectiveInvocation } from '../api.js';
import { canonicalEncoding } from './options.js';

/** A file problem: `kind` says which docutils message family it belongs to. */
export class FileProblem extends Error {
  constructor(readonly kind: 'path' | 'decode', message: string) {
    super(message);
  }
}

/** The folder relative paths resolve against for the whole document. */
export function baseFolder(inv: DirectiveInvocation): string {
  const settings = inv.document.settings;
  return nodePath.resolve(settings.cwd ?? nodePath.dirname(settings.sourcePath));
}

export interface ResolvedPath {
  /** Absolute path, for reading. */
  absolute: string;
  /** Path relative to the base folder, as docutils prints it (`source` attributes, messages). */
  display: string;
}

/**
 * Resolve `path` as written in a directive, relative to the file being
 * parsed. A path starting with "/" is taken from the `root_prefix` setting
 * (default "/", the file system root; Sphinx points it at the source folder).
 */
export function resolveInputPath(inv: DirectiveInvocation, path: string): ResolvedPath {
  const base = baseFolder(inv);
  const state = inv.state;
  const folder = state.includeStack.length ? nodePath.resolve(base, nodePath.dirname(state.currentSource)) : base;
  const rootPrefix = inv.document.settings.rootPrefix || '/';
  const absolute = path.startsWith('/') ? nodePath.resolve(base, rootPrefix, path.slice(1)) : nodePath.resolve(folder, path);
  return { absolute, display: displayPath(base, absolute) };
}

/** The path relative to the base folder, unless they share no top-level folder (then absolute), as docutils prints it. */
function displayPath(base: string, absolute: string): string {
  const top = (path: string): string => path.split(nodePath.sep).filter(Boolean)[0] ?? '';
  if (top(base) !== top(absolute)) return absolute;
  const relative = nodePath.relative(base, absolute);
  return relative === '' ? '.' : relative.split(nodePath.sep).join('/');
}

/** Read and decode a file; throws FileProblem. */
export function readInputFile(inv: DirectiveInvocation, file: ResolvedPath, encoding?: string): string {
  const settings = inv.document.settings;
  if (settings.readFile) {
    try {
      return stripBom(settings.readFile(file.absolute, encoding));
    } catch (error) {
      throw new FileProblem('path', `InputError: ${(error as Error).message}`);
    }
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.absolute);
  } catch (error) {
    throw new FileProblem('path', `InputError: ${osErrorText(error as NodeJS.ErrnoException, file.display)}`);
  }
  return decode(bytes, encoding);
}

function osErrorText(error: NodeJS.ErrnoException, display: string): string {
  const quoted = `'${display}'`;
  switch (error.code) {
    case 'ENOENT':
      return `[Errno 2] No such file or directory: ${quoted}`;
    case 'EISDIR':
      return `[Errno 21] Is a directory: ${quoted}`;
    case 'EACCES':
      return `[Errno 13] Permission denied: ${quoted}`;
    default:
      return `${error.message}: ${quoted}`;
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Decode bytes as Python would with `encoding` (default UTF-8, a BOM is dropped). */
export function decode(bytes: Uint8Array, encoding = 'utf-8'): string {
  const canonical = canonicalEncoding(encoding) ?? 'utf-8';
  const fail = (position: number, reason: string, codec = encoding): never => {
    throw new FileProblem(
      'decode',
      `UnicodeDecodeError: '${codec}' codec can't decode byte 0x${bytes[position]!.toString(16).padStart(2, '0')} in position ${position}: ${reason}`,
    );
  };
  switch (canonical) {
    case 'ascii': {
      const bad = bytes.findIndex((byte) => byte >= 0x80);
      if (bad >= 0) fail(bad, 'ordinal not in range(128)', 'ascii');
      return Buffer.from(bytes).toString('latin1');
    }
    case 'latin-1':
      return Buffer.from(bytes).toString('latin1');
    case 'cp1252':
      return new TextDecoder('windows-1252').decode(bytes);
    case 'utf-16':
    case 'utf-16-le':
    case 'utf-16-be': {
      let big = canonical === 'utf-16-be';
      if (canonical === 'utf-16' && bytes[0] === 0xfe && bytes[1] === 0xff) big = true;
      return stripBom(new TextDecoder(big ? 'utf-16be' : 'utf-16le').decode(bytes));
    }
    default: {
      try {
        return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      } catch {
        return fail(firstInvalidUtf8(bytes), 'invalid start byte', 'utf-8');
      }
    }
  }
}

/** Position of the first byte that cannot start or continue a UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return index;
    for (let k = 1; k < length; k++) if ((bytes[index + k]! & 0xc0) !== 0x80) return index;
    index += length;
  }
  return 0;
}
