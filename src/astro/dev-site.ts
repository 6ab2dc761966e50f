// The dev server's site, kept in memory and updated in place after an edit:
// only the changed documents are parsed again, the environment is rebuilt from
// the parsed documents, and only the pages whose output depends on the change
// are resolved and rendered again — the edited pages, plus the pages that link
// to (or list in a toctree) a page whose title, sections or labels changed.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildEnvironment } from '../sphinx/build-env.js';
import { collectDocument, type CollectedDocument } from '../sphinx/collect.js';
import type { Environment } from '../sphinx/environment.js';
import { loadIntersphinx, type Intersphinx } from '../sphinx/intersphinx.js';
import { loadBackend } from '../sphinx/parse/backend.js';
import { parseDocument } from '../sphinx/parse/parse-document.js';
import type { DocumentParser, ParsedDocument, ParseSetup } from '../sphinx/parse/types.js';
import { loadProject, parseProject, parseSetup, type Project } from '../sphinx/project.js';
import { resolveDocument } from '../sphinx/resolve.js';
import type { SphinxWarning } from '../sphinx/warnings.js';
import { RSTRO_PLUGINS } from '../runbook/plugin.js';
import type { SiteOptions } from './options.js';
import { PageRenderer } from './site-data.js';
import type { SiteData, SitePage } from './site-types.js';
import { runningDevSite, setDevSite } from './dev-slot.js';

export interface UpdateResult {
  /** Docnames whose page changed (content or placement). */
  changed: string[];
  /** Docnames parsed again. */
  reparsed: string[];
  rendered: number;
  full: boolean;
  milliseconds: number;
}

/** What other pages can see of a document: if this is unchanged, their output is too. */
function factsOf(env: Environment, docname: string): string {
  const record = env.docs[docname];
  if (!record) return '';
  const labels = Object.entries(env.anonlabels).filter(([, t]) => t.docname === docname);
  const terms = Object.values(env.terms).filter((t) => t.docname === docname);
  return JSON.stringify([record.title, record.sections, record.toctrees, record.orphan, labels, terms, env.figureNumbers[docname] ?? null]);
}

export class DevSite {
  private parsed = new Map<string, ParsedDocument>();
  private pages = new Map<string, SitePage>();
  /** docname -> documents its resolved references point at. */
  private linksTo = new Map<string, Set<string>>();
  private env!: Environment;
  private envWarnings: SphinxWarning[] = [];
  private backend: Promise<DocumentParser> | null = null;

  private constructor(
    private readonly options: SiteOptions,
    private project: Project,
    private setup: ParseSetup,
    private intersphinx: Intersphinx,
    private renderer: PageRenderer,
  ) {}

  static async create(options: SiteOptions): Promise<DevSite> {
    const project = loadProject(options.source, { cacheDir: path.join(options.cacheDir, 'parse'), plugins: RSTRO_PLUGINS });
    const setup = parseSetup(project.srcdir, project.rootDir, project.config, project.documents, project.options);
    const { parsed } = await parseProject(project);
    const { intersphinx } = loadIntersphinx(project.config, project.srcdir);
    const built = buildEnvironment(parsed, project.config, project.srcdir);
    const renderer = await PageRenderer.create(options, project.config, project.srcdir, built.env);
    const site = new DevSite(options, project, setup, intersphinx, renderer);
    for (const doc of parsed) site.parsed.set(doc.docname, doc);
    site.env = built.env;
    site.envWarnings = [...built.readWarnings, ...built.consistencyWarnings];
    await site.rebuild([...site.parsed.keys()]);
    // Load the parser now, not on the first edit, so the first save is as quick as the rest.
    site.backend = loadBackend(setup);
    await site.backend;
    return site;
  }

  /** One page as it is now, and what every page shares (for the dev server's routes). */
  livePage(docname: string): { page: SitePage; site: Omit<SiteData, 'pages'> } | null {
    const page = this.pages.get(docname);
    if (!page) return null;
    const { pages: _pages, ...site } = this.renderer.siteData([]);
    return { page, site };
  }

  siteData(): SiteData {
    return this.renderer.siteData(this.env.order.map((d) => this.pages.get(d)).filter((p): p is SitePage => p !== undefined));
  }

  /** What was collected from each parsed document; a re-parsed document is a new object, so it is collected again. */
  private collected = new WeakMap<ParsedDocument, CollectedDocument>();

  private environment(): void {
    const collect = (doc: ParsedDocument) => {
      let c = this.collected.get(doc);
      if (!c) this.collected.set(doc, (c = collectDocument(doc)));
      return c;
    };
    const result = buildEnvironment([...this.parsed.values()], this.project.config, this.project.srcdir, collect);
    this.env = result.env;
    this.envWarnings = [...result.readWarnings, ...result.consistencyWarnings];
    this.renderer.setEnvironment(this.env);
  }

  /** Resolve and render `docnames` against the current environment. */
  private async rebuild(docnames: string[]): Promise<void> {
    const envByFile = new Map<string, SphinxWarning[]>();
    for (const w of this.envWarnings) if (w.file) envByFile.set(w.file, [...(envByFile.get(w.file) ?? []), w]);
    for (const docname of docnames) {
      const doc = this.parsed.get(docname);
      if (!doc) {
        this.pages.delete(docname);
        continue;
      }
      // Resolution rewrites the tree; the parsed tree is kept as it was for the next edit.
      const doctree = structuredClone(doc.doctree);
      const links = new Set<string>();
      const resolveWarnings = resolveDocument(doctree, docname, { env: this.env, config: this.project.config, intersphinx: this.intersphinx, onLink: (d) => links.add(d) });
      this.linksTo.set(docname, links);
      const fileWarnings = [...doc.warnings, ...(envByFile.get(doc.path) ?? []), ...resolveWarnings];
      const rendered = await this.renderer.renderPage(docname, { path: doc.path, doctree }, fileWarnings);
      this.pages.set(docname, rendered.page);
    }
    this.renderer.validation.save();
  }

  private async reparse(docnames: string[]): Promise<void> {
    this.backend ??= loadBackend(this.setup);
    const backend = await this.backend;
    for (const docname of docnames) {
      const previous = this.parsed.get(docname)!;
      const fileType = this.project.documents.find((d) => d.docname === docname)?.fileType ?? 'restructuredtext';
      this.parsed.set(docname, parseDocument(this.setup, { docname, path: previous.path, fileType, key: '' }, backend));
    }
  }

  /** Everything again (a document added or removed, conf.py changed). */
  private async recreate(): Promise<void> {
    const fresh = await DevSite.create(this.options);
    Object.assign(this, { project: fresh.project, setup: fresh.setup, intersphinx: fresh.intersphinx, renderer: fresh.renderer, parsed: fresh.parsed, pages: fresh.pages, linksTo: fresh.linksTo, env: fresh.env, envWarnings: fresh.envWarnings, backend: null });
  }

  async update(files: string[]): Promise<UpdateResult> {
    const started = performance.now();
    const byPath = new Map([...this.parsed.values()].map((d) => [path.resolve(d.path), d.docname]));
    const suffixes = Object.keys(this.project.config.source_suffix);
    const reparse = new Set<string>();
    let structural = false;
    for (const file of files.map((f) => path.resolve(f))) {
      const docname = byPath.get(file);
      if (docname) {
        if (!existsSync(file)) structural = true;
        else reparse.add(docname);
        continue;
      }
      if (path.basename(file) === 'conf.py' || (file.startsWith(this.project.srcdir + path.sep) && suffixes.some((s) => file.endsWith(s)))) {
        structural = true;
        continue;
      }
      for (const doc of this.parsed.values()) if (doc.dependencies.includes(file)) reparse.add(doc.docname);
    }
    if (structural) {
      await this.recreate();
      return { changed: [...this.pages.keys()], reparsed: [...this.parsed.keys()], rendered: this.pages.size, full: true, milliseconds: Math.round(performance.now() - started) };
    }
    if (reparse.size === 0) return { changed: [], reparsed: [], rendered: 0, full: false, milliseconds: Math.round(performance.now() - started) };

    const before = new Map([...reparse].map((d) => [d, factsOf(this.env, d)]));
    const previousOrder = this.env.order.join('\n');
    await this.reparse([...reparse]);
    this.environment();
    const factsChanged = [...reparse].filter((d) => factsOf(this.env, d) !== before.get(d));
    const toRender = new Set(reparse);
    if (factsChanged.length) {
      const changedSet = new Set(factsChanged);
      for (const [docname, links] of this.linksTo) if ([...links].some((l) => changedSet.has(l))) toRender.add(docname);
      for (const d of factsChanged) for (const parent of this.env.tocParents[d] ?? []) toRender.add(parent);
    }
    await this.rebuild([...toRender]);
    const changed = new Set(toRender);
    // Titles and toctrees shape every page's breadcrumbs and prev/next: refresh those (cheap) everywhere.
    if (factsChanged.length || previousOrder !== this.env.order.join('\n')) {
      for (const [docname, page] of this.pages) {
        const placement = this.renderer.placement(docname);
        if (JSON.stringify([page.breadcrumbs, page.prev, page.next]) !== JSON.stringify([placement.breadcrumbs, placement.prev, placement.next])) {
          this.pages.set(docname, { ...page, ...placement });
          changed.add(docname);
        }
      }
    }
    return { changed: [...changed], reparsed: [...reparse], rendered: toRender.size, full: false, milliseconds: Math.round(performance.now() - started) };
  }
}

/** The dev server's one DevSite, shared by the integration's watcher and the loaders (separate module graphs). */
export function devSite(options: SiteOptions): Promise<DevSite> {
  const running = runningDevSite();
  if (running) return running as Promise<DevSite>;
  const site = DevSite.create(options);
  setDevSite(site);
  return site;
}
