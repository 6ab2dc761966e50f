// What Sphinx's directives and roles need to know about the document being
// parsed and its project. One context per document: the project model creates
// it, hands it to `registerSphinx`, then reads back the dependencies and
// per-document state (highlight language, index counter, default domain) after
// parsing.
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The conf.py values directives and roles consult (conf.py names in comments). */
export interface ContextConfig {
  /** highlight_language: language of code blocks without one ('default' = Python, tolerant). */
  highlightLanguage: string;
  /** numfig */
  numfig: boolean;
  /** Tags for `only` (builder name, format, `-t` tags): e.g. ['html', 'format_html', 'builder_html']. */
  tags: string[];
  /** todo_include_todos (sphinx.ext.todo): when false, todo and todolist produce nothing visible. */
  todoIncludeTodos: boolean;
  /** source_encoding; also the default encoding of literalinclude. */
  sourceEncoding: string;
  /** primary_domain: the domain of roles without one, e.g. :func:. */
  primaryDomain: string;
  /** Whether sphinx.ext.graphviz / sphinx.ext.todo are in `extensions` (their directives are registered only then, like Sphinx). */
  extensions: string[];
  /** source_suffix keys, e.g. ['.rst', '.md']: toctree entries written with a suffix drop it. */
  sourceSuffixes: string[];
  /** show_authors: sectionauthor/codeauthor print their text only then. */
  showAuthors: boolean;
  /** pep/rfc base URLs. */
  pepBaseUrl: string;
  rfcBaseUrl: string;
}

export const DEFAULT_CONTEXT_CONFIG: ContextConfig = {
  highlightLanguage: 'default',
  numfig: false,
  tags: ['html', 'format_html', 'builder_html'],
  todoIncludeTodos: false,
  sourceEncoding: 'utf-8-sig',
  primaryDomain: 'py',
  extensions: [],
  sourceSuffixes: ['.rst', '.md'],
  showAuthors: false,
  pepBaseUrl: 'https://peps.python.org/',
  rfcBaseUrl: 'https://datatracker.ietf.org/doc/html/',
};

/** Mutable per-document state that directives share (Sphinx keeps it in env.temp_data / env.ref_context). */
export interface DocumentState {
  /** Set by `highlight`; code-block without a language uses it. */
  highlightLanguage: string | null;
  /** Set by `default-domain`. */
  defaultDomain: string | null;
  /** Serial numbers per kind (Sphinx's env.new_serialno): 'index' gives index-0, index-1, ... */
  serials: Map<string, number>;
  /** Set by `py:module` / `py:currentmodule` (Sphinx's ref_context['py:module']). */
  pyModule?: string | null;
  /** Classes whose content is being parsed, outermost first (nested py:method names). */
  pyClasses?: string[];
  /** Set by `program` (std:program): options are documented for it. */
  program?: string | null;
}

/** A read refused because the resolved file lies outside the project root. */
export class OutsideProjectError extends Error {
  constructor(readonly path: string) {
    super(`Include file '${path}' is outside the project root; refusing to read it`);
  }
}

export interface SphinxContext {
  /** Docname of the document being parsed, '/'-separated and without suffix: 'k8s/oom'. */
  docname: string;
  /** Absolute path of the document's source file. */
  docPath: string;
  /** Absolute source root (the folder holding conf.py). */
  sourceRoot: string;
  /** Absolute project root; nothing outside it is ever read. */
  projectRoot: string;
  /** Absolute fixture root (literalinclude/): mirrors the document folders. */
  fixtureRoot: string;
  config: ContextConfig;
  /** Every docname of the project (toctree :glob: and its checks); empty when unknown, which skips the checks. */
  docnames: readonly string[];
  /** Documents that exist but exclude_patterns leaves out (toctree says "excluded document"). */
  excludedDocnames: readonly string[];
  /** Alternatively, whether exclude_patterns leave a docname out (the project model's check). */
  isExcluded?(docname: string): boolean;
  /** Read a file inside the project root (symlinks followed) and record it as a dependency. Throws when missing or outside. */
  readFile(absolutePath: string): Buffer;
  /** Whether a file exists (fixture-root fallback); one outside the root counts, so reading it reports the refusal. */
  exists(absolutePath: string): boolean;
  /** Files read on behalf of this document (absolute paths). */
  dependencies: Set<string>;
  /**
   * Side channel for warnings: line is 1-based in `source` (defaults to the document). Directives
   * also return the warning as a `system_message` in the tree, which the project model collects.
   */
  warn(line: number | undefined, message: string, source?: string): void;
  state: DocumentState;
}

export interface ContextOptions {
  docname: string;
  sourceRoot: string;
  projectRoot?: string;
  fixtureRoot?: string;
  /** The document's file; default <sourceRoot>/<docname>.rst. */
  docPath?: string;
  config?: Partial<ContextConfig>;
  docnames?: readonly string[];
  excludedDocnames?: readonly string[];
  warn?: (line: number | undefined, message: string, source?: string) => void;
}

export interface CollectedWarning {
  source: string;
  line: number | undefined;
  message: string;
}

/** A context reading the real file system, confined to the project root. */
export function createSphinxContext(options: ContextOptions): SphinxContext & { warnings: CollectedWarning[] } {
  const sourceRoot = resolve(options.sourceRoot);
  const projectRoot = resolve(options.projectRoot ?? dirname(sourceRoot));
  const fixtureRoot = resolve(options.fixtureRoot ?? join(projectRoot, 'literalinclude'));
  const docPath = options.docPath ? resolve(options.docPath) : join(sourceRoot, options.docname + '.rst');
  const warnings: CollectedWarning[] = [];
  const realRoot = realpathOr(projectRoot);
  const dependencies = new Set<string>();

  const confined = (absolutePath: string): string => {
    // realpath follows symlinks, so a link inside the project pointing outside is refused too.
    const real = realpathSync(absolutePath);
    if (!isInside(realRoot, real)) throw new OutsideProjectError(absolutePath);
    return real;
  };

  return {
    docname: options.docname,
    docPath,
    sourceRoot,
    projectRoot,
    fixtureRoot,
    config: { ...DEFAULT_CONTEXT_CONFIG, ...options.config },
    docnames: options.docnames ?? [],
    excludedDocnames: options.excludedDocnames ?? [],
    dependencies,
    warnings,
    readFile(absolutePath) {
      const real = confined(absolutePath);
      const data = readFileSync(real);
      dependencies.add(absolutePath);
      return data;
    },
    exists(absolutePath) {
      try {
        confined(absolutePath);
        return true;
      } catch (error) {
        // A file that exists outside the root "exists": the read then reports the refusal.
        return error instanceof OutsideProjectError;
      }
    },
    warn(line, message, source) {
      const entry = { source: source ?? docPath, line, message };
      warnings.push(entry);
      options.warn?.(line, message, source ?? docPath);
    },
    state: { highlightLanguage: null, defaultDomain: null, serials: new Map() },
  };
}

/** Next serial number of a kind for this document (0, 1, 2, ...). */
export function nextSerial(context: SphinxContext, kind: string): number {
  const value = context.state.serials.get(kind) ?? 0;
  context.state.serials.set(kind, value + 1);
  return value;
}

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
