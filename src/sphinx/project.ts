// A Sphinx project, end to end: read conf.py, find the documents, parse them
// (in parallel, through the on-disk cache), build the environment, resolve
// every cross-reference, and gather all warnings in sphinx-build's order:
// configuration, reading (per document), consistency, then resolution.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildEnvironment } from './build-env.js';
import { readConfFile } from './conf.js';
import { discoverDocuments, isExcludedDocname, type SourceDocument } from './discover.js';
import type { Environment } from './environment.js';
import { loadIntersphinx } from './intersphinx.js';
import { defaultCacheDir, isInside, ParseCache, parserVersion, sha1 } from './parse/cache.js';
import { parseAll } from './parse/pool.js';
import { projectContext, sphinxLayerProblem } from './parse/rst-backend.js';
import type { ParsedDocument, ParseSetup, ParseTask } from './parse/types.js';
import { resolveDocument } from './resolve.js';
import { applyOnly } from './directives/only.js';
import { fillTodoLists } from './todolist.js';
import { projectInventory, writeInventory, dirhtmlUri, type DocUri } from './inventory.js';
import type { ProjectContext, SphinxConfig } from './types.js';
import type { SphinxWarning } from './warnings.js';
import type { Element } from '../doctree/types.js';

export interface ProjectOptions {
  /** Folder nothing outside of is read (include, literalinclude). Default: the nearest folder above the sources holding package.json or .git, else the source folder. */
  rootDir?: string;
  /** Where parsed doctrees are cached. Default: `<root>/.cache/rstro/…` outside the sources, else the user's cache folder. */
  cacheDir?: string;
  /** Parse everything again and write no cache. */
  noCache?: boolean;
  /** Worker threads for parsing (default: the machine's cores). */
  jobs?: number;
  /** Parse in worker threads only from this much uncached work on (default: 24 documents and 3 MB). */
  parallelThreshold?: { documents?: number; bytes?: number };
  /** Tags for `only` (default: html). */
  tags?: string[];
  /** Substitute parse backend (tests). */
  backendModule?: string;
  /** Modules that register more directives and roles (see ParseSetup.plugins). */
  plugins?: string[];
}

export interface Project {
  srcdir: string;
  rootDir: string;
  confPath: string | null;
  config: SphinxConfig;
  documents: SourceDocument[];
  context: ProjectContext;
  cacheDir: string | null;
  /** Warnings from conf.py and discovery. */
  warnings: SphinxWarning[];
  options: ProjectOptions;
}

export interface ResolvedDocument {
  docname: string;
  path: string;
  /** The doctree with cross-references resolved (system messages removed). */
  doctree: Element;
  dependencies: string[];
  /** Documents this one links to (their titles and anchors appear in it): re-render it when they change. */
  linksTo: string[];
}

export interface CheckResult {
  project: Project;
  env: Environment;
  documents: Map<string, ResolvedDocument>;
  /** Every warning, in the order sphinx-build would print them. */
  warnings: SphinxWarning[];
  stats: { documents: number; parsed: number; fromCache: number; milliseconds: number };
}

const DEFAULT_TAGS = ['html', 'format_html', 'builder_html'];

export function loadProject(sourceDir: string, options: ProjectOptions = {}): Project {
  const srcdir = path.resolve(sourceDir);
  const warnings: SphinxWarning[] = [];
  if (!existsSync(srcdir) || !statSync(srcdir).isDirectory()) {
    throw new Error(`source folder not found: ${srcdir}`);
  }
  const rootDir = path.resolve(options.rootDir ?? findProjectRoot(srcdir));
  const conf = readConfFile(srcdir);
  warnings.push(...conf.warnings);
  const config = conf.config;

  let cacheDir: string | null = null;
  if (!options.noCache) {
    cacheDir = options.cacheDir ? path.resolve(options.cacheDir) : defaultCacheDir(srcdir, rootDir);
    if (isInside(cacheDir, srcdir)) {
      warnings.push({ level: 'WARNING', type: 'config', message: `cache folder ${cacheDir} is inside the source folder; rstro never writes there, the cache is disabled` });
      cacheDir = null;
    }
  }

  const discovered = discoverDocuments(srcdir, config, { skipDirs: cacheDir ? [cacheDir] : [] });
  warnings.push(...discovered.warnings);
  if (!discovered.documents.some((d) => d.docname === config.root_doc)) {
    warnings.push({ level: 'WARNING', type: 'config', message: `root document '${config.root_doc}' not found in ${srcdir} (root_doc/master_doc in conf.py)` });
  }
  const setup = parseSetup(srcdir, rootDir, config, discovered.documents, options);
  return { srcdir, rootDir, confPath: conf.confPath, config, documents: discovered.documents, context: projectContext(setup), cacheDir, warnings, options };
}

export function parseSetup(srcdir: string, rootDir: string, config: SphinxConfig, documents: SourceDocument[], options: ProjectOptions): ParseSetup {
  return {
    srcdir,
    rootDir,
    config,
    docnames: documents.map((d) => d.docname),
    docnamePaths: Object.fromEntries(documents.map((d) => [d.docname, d.path])),
    tags: options.tags ?? DEFAULT_TAGS,
    backendModule: options.backendModule,
    plugins: options.plugins,
  };
}

/** Parses (or takes from the cache) every document of the project. */
export async function parseProject(project: Project): Promise<{ parsed: ParsedDocument[]; parsedCount: number }> {
  const setup = parseSetup(project.srcdir, project.rootDir, project.config, project.documents, project.options);
  const cache = project.cacheDir ? new ParseCache(project.cacheDir) : null;
  // Everything besides the text that shapes a parse: configuration, tags, the set of documents (toctree globs), the parser's code.
  // (The set of documents matters only to pages with toctrees: the cache checks it for those alone.)
  const shared = sha1(JSON.stringify([project.config, setup.tags, parserVersion(), project.options.backendModule ?? '', project.options.plugins ?? []]));
  const docnamesHash = sha1(setup.docnames.join('\n'));
  const results = new Map<string, ParsedDocument>();
  const tasks: ParseTask[] = [];
  for (const doc of project.documents) {
    let text: Buffer;
    try {
      text = readFileSync(doc.path);
    } catch {
      text = Buffer.alloc(0);
    }
    const key = sha1(Buffer.concat([Buffer.from(`${shared}\0${doc.docname}\0${doc.fileType}\0`), text]));
    const cached = cache?.get(doc.docname, key, docnamesHash);
    if (cached && cached.path === doc.path) results.set(doc.docname, cached);
    else tasks.push({ docname: doc.docname, path: doc.path, fileType: doc.fileType, key });
  }
  const fresh = await parseAll(setup, tasks, {
    jobs: project.options.jobs,
    minForWorkers: project.options.parallelThreshold?.documents,
    minBytesForWorkers: project.options.parallelThreshold?.bytes,
  });
  for (const doc of fresh) {
    // Cached before resolution, so the entry holds the parse only.
    cache?.put(doc, docnamesHash);
    results.set(doc.docname, doc);
  }
  cache?.flush();
  return { parsed: project.documents.map((d) => results.get(d.docname)!), parsedCount: fresh.length };
}

/** The whole check: what `rstro check` prints, and what the site builder renders from. */
export async function checkProject(sourceDir: string, options: ProjectOptions = {}): Promise<CheckResult> {
  const started = performance.now();
  const project = loadProject(sourceDir, options);
  const { parsed, parsedCount } = await parseProject(project);
  const { intersphinx, warnings: intersphinxWarnings } = loadIntersphinx(project.config, project.srcdir);
  const { env, readWarnings, consistencyWarnings } = buildEnvironment(parsed, project.config, project.srcdir);

  const warnings: SphinxWarning[] = [...project.warnings, ...intersphinxWarnings];
  const layerProblem = project.options.backendModule ? null : await sphinxLayerProblem();
  if (layerProblem) warnings.push({ level: 'WARNING', type: 'parser', message: `Sphinx directives and roles unavailable, documents were parsed with docutils' only: ${layerProblem}` });
  for (const doc of sortedByDocname(parsed)) warnings.push(...doc.warnings);
  warnings.push(...readWarnings, ...consistencyWarnings);

  const documents = new Map<string, ResolvedDocument>();
  const tags = project.options.tags ?? DEFAULT_TAGS;
  for (const doc of sortedByDocname(parsed)) {
    const links = new Set<string>();
    warnings.push(...resolveDocument(doc.doctree, doc.docname, { env, config: project.config, intersphinx, onLink: (d) => links.add(d) }));
    // Like Sphinx, `only` blocks count while reading (their labels and toctrees exist) and are filtered for output.
    applyOnly(doc.doctree, tags, (line, message) => warnings.push({ level: 'WARNING', type: 'only', docname: doc.docname, file: doc.path, line, message }));
    links.delete(doc.docname);
    documents.set(doc.docname, { docname: doc.docname, path: doc.path, doctree: doc.doctree, dependencies: doc.dependencies, linksTo: [...links].sort() });
  }
  fillTodoLists(new Map([...documents].map(([docname, doc]) => [docname, doc.doctree])), env);
  return {
    project,
    env,
    documents,
    warnings: filterWarnings(dedupe(warnings, project.config), project.config),
    stats: { documents: parsed.length, parsed: parsedCount, fromCache: parsed.length - parsedCount, milliseconds: Math.round(performance.now() - started) },
  };
}

function sortedByDocname(docs: ParsedDocument[]): ParsedDocument[] {
  return [...docs].sort((a, b) => (a.docname < b.docname ? -1 : a.docname > b.docname ? 1 : 0));
}

/**
 * A toctree problem at the same place once: the toctree directive and the environment may both notice a
 * missing document. Other repeats are kept, as sphinx-build repeats them (two unresolved refs in one paragraph).
 */
function dedupe(warnings: SphinxWarning[], config: SphinxConfig): SphinxWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    if (!w.message.startsWith('toctree contains reference to')) return true;
    // Exclusion is decided by exclude_patterns: Sphinx says "excluded", not "nonexisting", for those.
    const named = /^toctree contains reference to nonexisting document '(.*)'$/.exec(w.message);
    if (named && isExcludedDocname(named[1], config)) w.message = `toctree contains reference to excluded document '${named[1]}'`;
    const key = `${w.file ?? ''}\0${w.line ?? ''}\0${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** conf.py's suppress_warnings, by our warning types ('ref', 'toc', 'label', ...) or 'type.*'. */
function filterWarnings(warnings: SphinxWarning[], config: SphinxConfig): SphinxWarning[] {
  if (config.suppress_warnings.length === 0) return warnings;
  const suppressed = new Set(config.suppress_warnings.map((s) => s.replace(/\.\*$/, '')));
  return warnings.filter((w) => !suppressed.has(w.type));
}

/** The nearest folder at or above the sources' parent that looks like a project root. */
function findProjectRoot(srcdir: string): string {
  let dir = srcdir;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) || existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return srcdir;
    dir = parent;
  }
}

/** objects.inv of a checked project, for other Sphinx projects' intersphinx (URIs in the site's `docname/#anchor` scheme by default). */
export function projectInventoryBytes(result: CheckResult, uri: DocUri = dirhtmlUri): Buffer {
  const { config } = result.project;
  return writeInventory(projectInventory(result.env, config.project, config.version || config.release, uri));
}
