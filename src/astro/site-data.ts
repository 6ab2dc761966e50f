// The pipeline behind the site: check the Sphinx project (parse, collect,
// resolve), prove its runbooks, render every page, and compute navigation
// once. artifacts.ts writes the result for Astro's loaders and build hook.
import path from 'node:path';
import type { Element } from '../doctree/types.js';
import { createRenderer, type Renderer, type RendererOptions } from '../render/index.js';
import type { Environment } from '../sphinx/environment.js';
import type { SphinxConfig } from '../sphinx/types.js';
import { applyHighlightLanguage } from '../sphinx/directives/index.js';
import '../runbook/render.js';
import { prepareDiagnostics, ValidationCache } from '../runbook/prepare.js';
import type { IndexablePage } from '../search/build-index.js';
import { checkProject, type CheckResult } from '../sphinx/project.js';
import type { SphinxWarning } from '../sphinx/warnings.js';
import { Navigation } from './navigation.js';
import type { SiteOptions } from './options.js';
import { docUrl, type PageMeta, type SiteData, type SiteMeta, type SitePage } from './site-types.js';
import { documentHeadings } from '../render/headings.js';
import { labelsFor } from '../render/labels.js';
import { collectAssets, type Asset } from './assets.js';
import { RSTRO_PLUGINS } from '../runbook/plugin.js';

interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export interface SiteBuild {
  site: SiteData;
  check: CheckResult;
  /** Resolved doctrees with runbook data attached, for the search index. */
  indexable: IndexablePage[];
  /** Every warning: the project's, the runbooks', the renderer's. */
  warnings: SphinxWarning[];
  /** Files to copy into the site (images, downloads). */
  assets: Asset[];
}

function htmlLang(language: string | null | undefined): string {
  if (!language) return 'en';
  const [lang, region] = language.split(/[_-]/);
  return region ? `${lang.toLowerCase()}-${region.toUpperCase()}` : lang.toLowerCase();
}

/** Renders pages against the current environment; the dev server swaps in a new environment after an edit. */
export class PageRenderer {
  private env!: Environment;
  navigation!: Navigation;
  readonly validation: ValidationCache;

  private constructor(
    private readonly options: SiteOptions,
    private readonly config: SphinxConfig,
    private readonly srcdir: string,
    private readonly renderer: Renderer,
    validation: ValidationCache,
  ) {
    this.validation = validation;
  }

  static async create(options: SiteOptions, config: SphinxConfig, srcdir: string, env: Environment): Promise<PageRenderer> {
    let self: PageRenderer | null = null;
    const rendererOptions: RendererOptions = {
      allowRawHtml: config.rstro_raw_html !== false,
      showTodos: Boolean(config.todo_include_todos),
      toctreeTitles: (docname) => self!.env.docs[docname]?.title,
      toctreeEntries: (toctree: Element, from: string) => {
        const entries = (toctree.data?.entries as Array<{ title: string | null; ref: string }> | undefined) ?? [];
        const maxdepth = typeof toctree.attributes.maxdepth === 'number' ? toctree.attributes.maxdepth : -1;
        return self!.navigation.toctreeEntries(entries, from, maxdepth, Boolean(toctree.attributes.titlesonly));
      },
      highlightCacheDir: path.join(options.cacheDir, 'highlight'),
      labels: labelsFor(config.language ?? undefined),
    };
    const renderer = await createRenderer(rendererOptions);
    self = new PageRenderer(options, config, srcdir, renderer, new ValidationCache(path.join(options.cacheDir, 'runbook-validation.json')));
    self.setEnvironment(env);
    return self;
  }

  setEnvironment(env: Environment): void {
    this.env = env;
    this.navigation = new Navigation(env);
  }

  siteData(pages: SitePage[]): SiteData {
    return {
      project: this.config.project || 'Documentation',
      language: this.config.language ?? 'en',
      htmlLang: htmlLang(this.config.language),
      nav: this.navigation.groups,
      pages,
    };
  }

  /**
   * A page's metadata from its resolved doctree alone, without rendering it: `rstro build`
   * hands these to Astro while the HTML is rendered.
   */
  pageMeta(docname: string, doc: { path: string; doctree: Element }): PageMeta {
    const { title, headings } = documentHeadings(doc.doctree);
    return this.describe(docname, doc.path, title, headings, []);
  }

  /** A page's metadata, from the title and headings found in its doctree (by rendering it or not). */
  private describe(docname: string, file: string, title: string, headings: PageMeta['headings'], problems: PageMeta['problems']): PageMeta {
    return {
      docname,
      url: docUrl(docname),
      title: this.env.docs[docname]?.title ?? title,
      headings,
      ...this.placement(docname),
      sourcePath: path.relative(this.options.source, file),
      problems,
    };
  }

  /** Where a page sits in the navigation; cheap, so the dev server refreshes it for every page after an edit. */
  placement(docname: string): Pick<SitePage, 'breadcrumbs' | 'trail' | 'prev' | 'next'> {
    return { breadcrumbs: this.navigation.breadcrumbs(docname), trail: this.navigation.trail(docname), ...this.navigation.neighbours(docname) };
  }

  /** One page from its resolved doctree: runbooks proven, HTML rendered, problems gathered. */
  async renderPage(docname: string, doc: { path: string; doctree: Element }, fileWarnings: SphinxWarning[] = []): Promise<RenderedPage> {
    const warnings: SphinxWarning[] = [];
    const assets = collectAssets(docname, doc.doctree, this.srcdir);
    const prepared = await prepareDiagnostics(doc.doctree, this.validation);
    const problems: SitePage['problems'] = [];
    for (const p of prepared.problems) {
      warnings.push({ level: 'WARNING', type: 'runbook', docname, file: doc.path, line: p.line, message: p.message });
      problems.push({ line: p.line, message: p.message, level: 'WARNING' });
    }
    prepared.results.forEach((result, i) => {
      if (result.ok) return;
      const spec = prepared.specs[i];
      const first = result.failures[0];
      const message = `diagnostic "${spec.title}" does not validate: ${first.fixture ? first.fixture + ': ' : ''}${first.matcher ? first.matcher + ' ' : ''}${first.message}`;
      warnings.push({ level: 'WARNING', type: 'runbook', docname, file: doc.path, line: spec.line, message });
      problems.push({ line: spec.line, message, level: 'WARNING' });
    });
    // Sphinx gives blocks without a language the last `highlight` language at write time.
    applyHighlightLanguage(doc.doctree, this.config.highlight_language ?? 'default');
    const rendered = this.renderer.render(doc.doctree, { docname });
    for (const w of rendered.warnings) {
      warnings.push({ level: 'WARNING', type: 'render', docname, file: doc.path, line: w.line, message: w.message });
      problems.push({ line: w.line, message: w.message, level: 'WARNING' });
    }
    // The dev server shows every problem of the file in the page itself.
    if (this.options.dev) for (const w of fileWarnings) problems.unshift({ line: w.line, message: w.message, level: w.level });
    const page: SitePage = { ...this.describe(docname, doc.path, rendered.title, rendered.headings, this.options.dev ? problems : []), html: rendered.html };
    return { page, indexable: { docname, url: page.url, title: page.title, doctree: doc.doctree }, assets, warnings };
  }
}

export interface RenderedPage {
  page: SitePage;
  indexable: IndexablePage;
  assets: Asset[];
  warnings: SphinxWarning[];
}

export function warningsByFile(warnings: SphinxWarning[]): Map<string, SphinxWarning[]> {
  const byFile = new Map<string, SphinxWarning[]>();
  for (const w of warnings) if (w.file) byFile.set(w.file, [...(byFile.get(w.file) ?? []), w]);
  return byFile;
}

export async function computeSite(
  options: SiteOptions,
  logger?: Logger,
  onProgress?: (phase: string, done: number, total: number) => void,
  /** Called with every page's metadata and the navigation before any page is rendered. */
  onPlaced?: (site: SiteMeta) => void | Promise<void>,
): Promise<SiteBuild> {
  const started = performance.now();
  const check = await checkProject(options.source, { cacheDir: path.join(options.cacheDir, 'parse'), plugins: RSTRO_PLUGINS });
  const checked = performance.now();
  const { env, project } = check;
  const warnings: SphinxWarning[] = [...check.warnings];
  const renderer = await PageRenderer.create(options, project.config, project.srcdir, env);
  if (onPlaced) {
    const metas: PageMeta[] = [];
    for (const docname of env.order) {
      const doc = check.documents.get(docname);
      if (doc) metas.push(renderer.pageMeta(docname, doc));
    }
    await onPlaced({ ...renderer.siteData([]), pages: metas });
  }
  const pages: SitePage[] = [];
  const assets: Asset[] = [];
  const indexable: IndexablePage[] = [];
  const byFile = warningsByFile(warnings);
  let pagesDone = 0;
  onProgress?.('rendering', 0, env.order.length);
  for (const docname of env.order) {
    onProgress?.('rendering', pagesDone++, env.order.length);
    const doc = check.documents.get(docname);
    if (!doc) continue;
    const rendered = await renderer.renderPage(docname, doc, byFile.get(doc.path));
    pages.push(rendered.page);
    indexable.push(rendered.indexable);
    assets.push(...rendered.assets);
    warnings.push(...rendered.warnings);
  }
  onProgress?.('rendering', env.order.length, env.order.length);
  renderer.validation.save();
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  logger?.info(
    `read, parsed and resolved ${check.stats.documents} documents (${check.stats.parsed} parsed, ${check.stats.fromCache} from cache) in ${seconds(checked - started)} s; rendered ${pages.length} pages in ${seconds(performance.now() - checked)} s`,
  );
  return { site: renderer.siteData(pages), check, indexable, warnings, assets };
}
