// Warnings as sphinx-build prints them, collected per file and never thrown:
//   /abs/source/path/doc.rst:12: WARNING: undefined label: 'x'
//   /abs/source/path/doc.rst: WARNING: document isn't included in any toctree
//   <rst_prolog>:4: ERROR: Unknown directive type "bogus".
// and as JSON objects for editors and CI.
import path from 'node:path';

/** Sphinx's names for docutils' levels 1-4 (SEVERE is printed CRITICAL). */
export type WarningLevel = 'INFO' | 'WARNING' | 'ERROR' | 'CRITICAL';

export interface SphinxWarning {
  /** Absolute source path (or a pseudo-source such as `<rst_prolog>`); absent for project-wide messages. */
  file?: string;
  /** Docname of the document the message is about, when there is one. */
  docname?: string;
  line?: number;
  column?: number;
  level: WarningLevel;
  /**
   * What kind of problem: 'ref' (unresolved cross-reference), 'toc' (toctree / not-in-toctree),
   * 'include' (missing or refused include), 'label' (duplicate labels), 'docutils' (parser system messages),
   * 'config', 'intersphinx', 'image', 'download', 'numref', ...
   */
  type: string;
  message: string;
  /** Text Sphinx prints after the message on following lines (the offending source of a system message). */
  detail?: string;
}

export const LEVEL_BY_NUMBER: Record<number, WarningLevel> = { 1: 'INFO', 2: 'WARNING', 3: 'ERROR', 4: 'CRITICAL' };

export interface FormatOptions {
  /** Print file paths relative to this folder instead of absolute (sphinx-build prints absolute paths). */
  relativeTo?: string;
}

export function displayPath(file: string, options: FormatOptions = {}): string {
  if (!options.relativeTo || file.startsWith('<') || !path.isAbsolute(file)) return file;
  return path.relative(options.relativeTo, file) || file;
}

/** One warning in sphinx-build's words and layout. */
export function formatWarning(warning: SphinxWarning, options: FormatOptions = {}): string {
  let location = '';
  if (warning.file !== undefined) {
    location = displayPath(warning.file, options) + (warning.line !== undefined ? `:${warning.line}` : '') + ': ';
  }
  const body = warning.detail ? `${warning.message}\n\n${warning.detail}` : warning.message;
  return `${location}${warning.level}: ${body}`;
}

export interface WarningJson {
  file: string | null;
  line: number | null;
  column: number | null;
  level: string;
  type: string;
  message: string;
}

export function warningToJson(warning: SphinxWarning, options: FormatOptions = {}): WarningJson {
  return {
    file: warning.file !== undefined ? displayPath(warning.file, options) : null,
    line: warning.line ?? null,
    column: warning.column ?? null,
    level: warning.level.toLowerCase(),
    type: warning.type,
    message: warning.message,
  };
}

/** Collects warnings in the order they arise; a project keeps one per phase and merges them. */
export class WarningCollector {
  private readonly items: SphinxWarning[] = [];

  add(warning: SphinxWarning): void {
    this.items.push(warning);
  }

  addAll(warnings: Iterable<SphinxWarning>): void {
    for (const w of warnings) this.items.push(w);
  }

  warn(type: string, message: string, where: { file?: string; docname?: string; line?: number } = {}): void {
    this.items.push({ level: 'WARNING', type, message, ...where });
  }

  get all(): readonly SphinxWarning[] {
    return this.items;
  }

  get size(): number {
    return this.items.length;
  }

  /** Warnings grouped by file (project-wide ones under ''). */
  byFile(): Map<string, SphinxWarning[]> {
    const groups = new Map<string, SphinxWarning[]>();
    for (const w of this.items) {
      const key = w.file ?? '';
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push(w);
    }
    return groups;
  }
}
