// One registration serves many documents: the project model registers the
// Sphinx directives once per parser (with its ProjectContext), while a test
// or a single-file build passes one SphinxContext. Directives and roles ask
// `contextOf(document)` for the view of the document being parsed; derived
// views are cached per document, so per-document state (highlight language,
// serial numbers) lives as long as the parse.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { DocumentModel, DirectiveInvocation } from '../../rst/api.js';
import type { Element } from '../../doctree/types.js';
import { at } from '../../rst/directives/common.js';
import { DEFAULT_CONTEXT_CONFIG, isInside, OutsideProjectError, type SphinxContext } from '../context.js';
import type { ProjectContext } from '../types.js';

export type ContextSource = SphinxContext | ProjectContext;
export type ContextOf = (document: DocumentModel) => SphinxContext;

function isProjectContext(source: ContextSource): source is ProjectContext {
  return typeof (source as ProjectContext).docnameOf === 'function';
}

export function contextResolver(source: ContextSource): ContextOf {
  if (!isProjectContext(source)) return () => source;
  const cache = new WeakMap<DocumentModel, SphinxContext>();
  let docnames: string[] | null = null;
  return (document) => {
    let context = cache.get(document);
    if (!context) {
      docnames ??= [...source.docnames];
      context = fromProject(source, document, docnames);
      cache.set(document, context);
    }
    return context;
  };
}

function fromProject(project: ProjectContext, document: DocumentModel, docnames: string[]): SphinxContext {
  // Nothing here may refer to `document` itself: the context is the value of a WeakMap entry
  // keyed by the document, and a value reaching its key keeps the document and its whole tree
  // alive through V8's young-generation collections (see test/rst/retention.test.ts).
  const settings = document.settings;
  const docPath = resolve(settings.sourcePath);
  const config = project.config;
  const suffixes = Object.keys(config.source_suffix ?? { '.rst': 'restructuredtext' });
  const docname = project.docnameOf(docPath) ?? guessDocname(project.srcdir, docPath, suffixes);
  const rootReal = realOr(project.rootDir);
  const inside = (path: string) => {
    const real = realpathSync(path);
    if (!isInside(rootReal, real)) throw new OutsideProjectError(path);
    return real;
  };
  return {
    docname,
    docPath,
    sourceRoot: project.srcdir,
    projectRoot: project.rootDir,
    fixtureRoot: join(project.rootDir, config.rstro_fixture_root || 'literalinclude'),
    config: {
      ...DEFAULT_CONTEXT_CONFIG,
      highlightLanguage: config.highlight_language ?? DEFAULT_CONTEXT_CONFIG.highlightLanguage,
      numfig: Boolean(config.numfig),
      tags: [...project.tags],
      todoIncludeTodos: Boolean(config.todo_include_todos),
      primaryDomain: config.primary_domain ?? 'py',
      extensions: config.extensions ?? [],
      sourceSuffixes: suffixes,
      showAuthors: Boolean(config.show_authors),
    },
    docnames,
    excludedDocnames: [],
    isExcluded: project.isExcluded ? (name: string) => project.isExcluded!(name) : undefined,
    readFile(path) {
      // The parser's reader confines reads and records dependencies for the project model;
      // it decodes too, so a decoding failure still means "inside the project, recorded".
      const settingsRead = settings.readFile;
      if (settingsRead) {
        try {
          settingsRead(path, 'utf-8');
        } catch (error) {
          if (!/codec can't decode/.test(String((error as Error).message))) throw error;
        }
      }
      return readFileSync(inside(path));
    },
    exists(path) {
      if (!existsSync(path)) return false;
      return true;
    },
    dependencies: new Set(),
    // Warnings reach the project model as system_message nodes in the tree.
    warn() {},
    state: { highlightLanguage: null, defaultDomain: null, serials: new Map() },
  };
}

function guessDocname(srcdir: string, path: string, suffixes: string[]): string {
  let rel = relative(srcdir, path).split(sep).join('/');
  const suffix = suffixes.find((s) => rel.endsWith(s));
  if (suffix) rel = rel.slice(0, -suffix.length);
  return rel;
}

function realOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * A warning at the directive: sent to the context's sink and returned as a
 * `system_message` to place in the tree (the project model turns those into
 * `file:line: WARNING: ...` and removes them, as Sphinx does).
 */
export function directiveWarning(context: SphinxContext, inv: DirectiveInvocation, message: string): Element {
  const options = at(inv);
  context.warn(inv.lineno, message, options.source);
  return inv.reporter.warning(message, options);
}

/** Collects warnings of one directive run as system_message nodes. */
export function warningCollector(context: SphinxContext, inv: DirectiveInvocation) {
  const messages: Element[] = [];
  return { messages, warn: (message: string) => void messages.push(directiveWarning(context, inv, message)) };
}

