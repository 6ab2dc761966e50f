// rstro's renderer: doctree → hast → HTML, one page at a time.
//
//   const renderer = await createRenderer({ docUrl, allowRawHtml: true });
//   const { html, title, headings, warnings } = renderer.render(doctree, { docname: 'k8s/oom' });
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import type { Element } from '../doctree/types.js';
import { createHighlighter } from './code/highlight.js';
import { RenderContext, type ResolvedOptions, type Services } from './context.js';
import { renderNode } from './dispatch.js';
import { loadGraphviz } from './nodes/graphviz.js';
import { DEFAULT_LABELS, type PageInfo, type RenderResult, type RendererOptions } from './options.js';
import { defaultAssetUrl, defaultDocUrl } from './urls.js';

// Each module registers the node types it draws.
import './nodes/structure.js';
import './nodes/inline.js';
import './nodes/references.js';
import './nodes/lists.js';
import './nodes/blocks.js';
import './nodes/admonitions.js';
import './nodes/tables.js';
import './nodes/notes.js';
import './nodes/media.js';
import './nodes/math.js';
import './nodes/graphviz.js';
import './nodes/sphinx.js';
import './nodes/objects.js';
import './nodes/diagnostics.js';
import './code/frame.js';

export type { Heading, Labels, PageAsset, PageInfo, RenderResult, RenderWarning, RendererOptions, TocEntry } from './options.js';
export { DEFAULT_LABELS } from './options.js';
export { labelsFor } from './labels.js';
export { sitePath, relativePath, defaultDocUrl, isUnsafeUri } from './urls.js';

export interface Renderer {
  render(doctree: Element, page: PageInfo): RenderResult;
  /** hast instead of HTML, for callers that transform further. */
  renderHast(doctree: Element, page: PageInfo): Omit<RenderResult, 'html'> & { hast: Root };
  /** Highlight cache figures of this renderer (hits, misses). */
  readonly cacheStats: { hits: number; misses: number };
}

/** Async because the Graphviz WebAssembly module loads once, up front; `render` itself is synchronous. */
export async function createRenderer(options: RendererOptions = {}): Promise<Renderer> {
  const resolved: ResolvedOptions = {
    docUrl: options.docUrl ?? defaultDocUrl,
    assetUrl: options.assetUrl ?? defaultAssetUrl,
    allowRawHtml: options.allowRawHtml ?? true,
    showTodos: options.showTodos ?? false,
    toctreeEntries: options.toctreeEntries,
    toctreeTitles: options.toctreeTitles,
    sourceLines: options.sourceLines ?? false,
    omitPageTitle: options.omitPageTitle ?? false,
    labels: { ...DEFAULT_LABELS, ...options.labels },
  };
  const services: Services = {
    highlighter: createHighlighter(options.highlightCacheDir),
    graphviz: options.graphviz === false ? null : await loadGraphviz(),
  };

  function renderHast(doctree: Element, page: PageInfo) {
    const ctx = new RenderContext(page, resolved, services);
    const children = renderNode(doctree, ctx);
    const hast: Root = { type: 'root', children };
    return { hast, title: ctx.title, headings: ctx.headings, warnings: ctx.warnings, assets: ctx.assets };
  }

  return {
    renderHast,
    render(doctree, page) {
      const { hast, ...rest } = renderHast(doctree, page);
      // Raw nodes are only ever made from trusted sources (allowed raw HTML, KaTeX, cleaned Graphviz SVG).
      const html = toHtml(hast, { allowDangerousHtml: true });
      return { html, ...rest };
    },
    get cacheStats() {
      return { hits: services.highlighter.cache.hits, misses: services.highlighter.cache.misses };
    },
  };
}
