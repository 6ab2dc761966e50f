// Finds a project's documents as Sphinx does: every file under the source
// folder whose name ends with a source suffix, matched by include_patterns and
// not by exclude_patterns (both against the posix path relative to the source
// folder). Docnames are that path without its suffix.
import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { matchesAny } from './glob.js';
import type { SphinxConfig } from './types.js';
import type { SphinxWarning } from './warnings.js';

export interface SourceDocument {
  docname: string;
  /** Absolute path of the source file. */
  path: string;
  /** Path relative to the source folder, posix separators. */
  relativePath: string;
  /** 'restructuredtext' or 'markdown' (from source_suffix). */
  fileType: string;
}

/** Sphinx always leaves these out, whatever conf.py says. */
const ALWAYS_EXCLUDED = ['**/_sources', '.#*', '**/.#*', '*.lproj/**'];
/** Folders that never hold documents: version control, dependencies, build output. */
const SKIPPED_DIRS = new Set(['node_modules', '_build', '__pycache__']);

export interface DiscoverOptions {
  /** Extra absolute folders to skip (the output and cache folders when they sit inside the sources). */
  skipDirs?: string[];
}

export function discoverDocuments(srcdir: string, config: SphinxConfig, options: DiscoverOptions = {}): { documents: SourceDocument[]; warnings: SphinxWarning[] } {
  const root = path.resolve(srcdir);
  const excluded = [...config.exclude_patterns, ...config.templates_path.map((t) => t.replace(/\/+$/, '')), ...ALWAYS_EXCLUDED];
  const included = config.include_patterns;
  const suffixes = Object.keys(config.source_suffix);
  const skip = new Set((options.skipDirs ?? []).map((d) => path.resolve(d)));
  const byDocname = new Map<string, SourceDocument[]>();

  walk(root, '');

  const documents: SourceDocument[] = [];
  const warnings: SphinxWarning[] = [];
  for (const [docname, candidates] of [...byDocname].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // Several files for one docname (a.rst and a.md): the first suffix in source_suffix wins.
    candidates.sort((a, b) => suffixRank(a) - suffixRank(b));
    documents.push(candidates[0]);
    if (candidates.length > 1) {
      warnings.push({
        level: 'WARNING', type: 'discover', docname, file: candidates[0].path,
        message: `multiple files found for the document "${docname}": ${candidates.map((c) => c.relativePath).join(', ')}\nUse '${candidates[0].path}' for the build.`,
      });
    }
  }
  return { documents, warnings };

  function suffixRank(doc: SourceDocument): number {
    return suffixes.findIndex((s) => doc.relativePath.endsWith(s));
  }

  function walk(dir: string, relDir: string): void {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(abs))) {
        if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name) || skip.has(abs)) continue;
        if (matchesAny(rel, excluded)) continue;
        walk(abs, rel);
        continue;
      }
      const suffix = suffixes.find((s) => entry.name.endsWith(s) && entry.name.length > s.length);
      if (!suffix) continue;
      if (matchesAny(rel, excluded) || !matchesAny(rel, included)) continue;
      const docname = rel.slice(0, -suffix.length);
      const doc: SourceDocument = { docname, path: abs, relativePath: rel, fileType: config.source_suffix[suffix] };
      const list = byDocname.get(docname);
      if (list) list.push(doc);
      else byDocname.set(docname, [doc]);
    }
  }
}

function isDirectory(p: string): boolean {
  try {
    return readdirSync(p) !== undefined;
  } catch {
    return false;
  }
}

/** Sphinx decides "excluded" by matching the document's would-be path against exclude_patterns. */
export function isExcludedDocname(docname: string, config: SphinxConfig): boolean {
  return Object.keys(config.source_suffix).some((suffix) => matchesAny(docname + suffix, config.exclude_patterns));
}
