// The pipeline behind the site: check the Sphinx project (parse, collect,
// resolve), prove its runbooks, render every page, and compute navigation
// once. artifacts.ts writes the result for Astro's loaders and build hook.
import path from 'node:path';
import type { Element } from '../doctree/types.js';
import { createRenderer, type RendererOptions } from '../render/index.js';
import '../runbook/render.js';
import { prepareDiagnostics, ValidationCache } from '../runbook/prepare.js';
import type { IndexablePage } from '../search/build-index.js';
import { checkProject, type CheckResult } from '../sphinx/project.js';
import type { SphinxWarning } from '../sphinx/warnings.js';
import { Navigation } from './navigation.js';
import type { SiteOptions } from './options.js';
import { docUrl, type SiteData, type SitePage } from './site-types.js';
import { labelsFor } from './labels.js';
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

export async function computeSite(options: SiteOptions, logger?: Logger, onProgress?: (phase: string, done: number, total: number) => void): Promise<SiteBuild> {
  const check = await checkProject(options.source, { cacheDir: path.join(options.cacheDir, 'parse'), plugins: RSTRO_PLUGINS });
  const { env, project } = check;
  const warnings: SphinxWarning[] = [...check.warnings];
  const navigation = new Navigation(env);
  const cache = new ValidationCache(path.join(options.cacheDir, 'runbook-validation.json'));

  const rendererOptions: RendererOptions = {
    allowRawHtml: project.config.rstro_raw_html !== false,
    showTodos: Boolean(project.config.todo_include_todos),
    toctreeTitles: (docname) => env.docs[docname]?.title,
    toctreeEntries: (toctree: Element, from: string) => {
      const entries = (toctree.data?.entries as Array<{ title: string | null; ref: string }> | undefined) ?? [];
      const maxdepth = typeof toctree.attributes.maxdepth === 'number' ? toctree.attributes.maxdepth : -1;
      return navigation.toctreeEntries(entries, from, maxdepth, Boolean(toctree.attributes.titlesonly));
    },
    highlightCacheDir: path.join(options.cacheDir, 'highlight'),
    labels: labelsFor(project.config.language),
  };
  const renderer = await createRenderer(rendererOptions);

  const pages: SitePage[] = [];
  const assets: Asset[] = [];
  const indexable: IndexablePage[] = [];
  const byFile = new Map<string, SphinxWarning[]>();
  for (const w of warnings) if (w.file) byFile.set(w.file, [...(byFile.get(w.file) ?? []), w]);

  let pagesDone = 0;
  onProgress?.('rendering', 0, env.order.length);
  for (const docname of env.order) {
    onProgress?.('rendering', pagesDone++, env.order.length);
    const doc = check.documents.get(docname);
    if (!doc) continue;
    assets.push(...collectAssets(docname, doc.doctree, project.srcdir));
    const prepared = await prepareDiagnostics(doc.doctree, cache);
    const problems: SitePage['problems'] = [];
    for (const p of prepared.problems) {
      const w: SphinxWarning = { level: 'WARNING', type: 'runbook', docname, file: doc.path, line: p.line, message: p.message };
      warnings.push(w);
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
    const rendered = renderer.render(doc.doctree, { docname });
    for (const w of rendered.warnings) {
      warnings.push({ level: 'WARNING', type: 'render', docname, file: doc.path, line: w.line, message: w.message });
      problems.push({ line: w.line, message: w.message, level: 'WARNING' });
    }
    if (options.dev) {
      for (const w of byFile.get(doc.path) ?? []) problems.unshift({ line: w.line, message: w.message, level: w.level });
    }
    const title = env.docs[docname]?.title ?? rendered.title ?? docname;
    const url = docUrl(docname);
    pages.push({
      docname,
      url,
      title,
      html: rendered.html,
      headings: rendered.headings,
      breadcrumbs: navigation.breadcrumbs(docname),
      trail: navigation.trail(docname),
      ...navigation.neighbours(docname),
      sourcePath: path.relative(options.source, doc.path),
      problems: options.dev ? problems : [],
    });
    indexable.push({ docname, url, title, doctree: doc.doctree });
  }
  onProgress?.('rendering', env.order.length, env.order.length);
  cache.save();
  logger?.info(`rendered ${pages.length} pages (${check.stats.parsed} parsed, ${check.stats.fromCache} from cache)`);
  const site: SiteData = {
    project: project.config.project || 'Documentation',
    language: project.config.language ?? 'en',
    htmlLang: htmlLang(project.config.language),
    nav: navigation.groups,
    pages,
  };
  return { site, check, indexable, warnings, assets };
}
