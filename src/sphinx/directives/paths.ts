// Where include-like directives find their files (DESIGN.md, "literalinclude
// resolution"): Sphinx's rules first — relative to the including document,
// `/path` from the source root — then the project's fixture root, which
// mirrors the document folders: `content/k8s/oom.rst` including
// `oom/dmesg.txt` finds `literalinclude/k8s/oom/dmesg.txt`.
import { dirname, join, posix } from 'node:path';
import type { SphinxContext } from '../context.js';

export interface ResolvedPath {
  /** The file to read: the first candidate that exists, else the Sphinx one (for the "not found" message). */
  path: string;
  /** Every place looked at, in order. */
  candidates: string[];
  found: boolean;
}

export function resolveIncludePath(context: SphinxContext, argument: string): ResolvedPath {
  const written = argument.trim();
  const rooted = written.startsWith('/');
  const relativePart = rooted ? written.replace(/^\/+/, '') : written;
  const sphinxPath = rooted ? join(context.sourceRoot, relativePart) : join(dirname(context.docPath), relativePart);
  const docFolder = posix.dirname(context.docname);
  const fixturePath = rooted
    ? join(context.fixtureRoot, relativePart)
    : join(context.fixtureRoot, docFolder === '.' ? '' : docFolder, relativePart);
  const candidates = sphinxPath === fixturePath ? [sphinxPath] : [sphinxPath, fixturePath];
  const existing = candidates.find((candidate) => context.exists(candidate));
  return { path: existing ?? sphinxPath, candidates, found: existing !== undefined };
}

/** Where a warning from a directive belongs: the included file being parsed, else the document. */
export function messageSource(state: { includeStack: string[]; currentSource: string }): string | undefined {
  return state.includeStack.length ? state.currentSource : undefined;
}
