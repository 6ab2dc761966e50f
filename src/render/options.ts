// What the renderer can be told, and what it gives back. The site builder
// (src/astro) and the CLI pass these; defaults make a standalone page work.
import type { Element } from '../doctree/types.js';

export interface RenderWarning {
  /** Source line of the node that caused it, when known. */
  line?: number;
  message: string;
}

export interface Heading {
  /** 1 for the page title, 2 for its sections, ... (the HTML heading level). */
  depth: number;
  /** The section's id, i.e. the URL fragment that reaches it. */
  slug: string;
  text: string;
}

export interface RenderResult {
  html: string;
  title: string;
  headings: Heading[];
  warnings: RenderWarning[];
  /** Files the page shows (images, figures), so the site builder can copy them to where `href` points. */
  assets: PageAsset[];
}

export interface PageAsset {
  /** As written in the source, relative to the document's folder (or `/x` from the source root). */
  uri: string;
  /** Absolute path on disk when the Sphinx layer resolved it (`data.sourcePath`). */
  sourcePath?: string;
  /** The URL written into the page (from `assetUrl`), relative to the page. */
  href: string;
}

export interface PageInfo {
  docname: string;
}

/** One entry of a drawn toctree; `children` are the entry's own subtree (already computed by the nav builder). */
export interface TocEntry {
  title: string;
  /** Target page; omitted for external links. */
  docname?: string;
  anchor?: string;
  /** External URL (a toctree entry may be a plain link). */
  url?: string;
  children?: TocEntry[];
}

export interface RendererOptions {
  /** href for (target page, anchor) as seen from `fromDocname`. Default: the site scheme `/docname/#anchor`, made relative. */
  docUrl?: (targetDocname: string, anchor: string, fromDocname: string) => string;
  /**
   * href for an image/figure `uri` (as written, relative to the document's folder; `/x` from the source root).
   * Default: the file is assumed copied next to the page's source path in the site (`k8s/img/a.png`), made relative.
   */
  assetUrl?: (uri: string, fromDocname: string) => string;
  /** `raw:: html` passes through (Sphinx does); when false it is dropped with a warning. Default true. */
  allowRawHtml?: boolean;
  /** Show `todo` admonitions (Sphinx's todo_include_todos). Default false, like Sphinx. */
  showTodos?: boolean;
  /**
   * The nav builder's answer for a toctree node: its entries with their subtrees. When absent, entries are drawn
   * one level deep from the node's `data.entries`, titled by `toctreeTitles`.
   */
  toctreeEntries?: (toctree: Element, fromDocname: string) => TocEntry[] | undefined;
  /** Title of a page, for toctree entries that give none. */
  toctreeTitles?: (docname: string) => string | undefined;
  /** Folder for highlighted-code cache files (sha1 of language+code); in-memory only when absent. */
  highlightCacheDir?: string;
  /** Load @viz-js/viz so graphviz nodes become SVG. Default true; when false graphviz shows its source with a warning. */
  graphviz?: boolean;
  /**
   * Leave the page title (the first level-1 heading) out of the HTML, for layouts that print `title` themselves.
   * It is still returned as `title` and as the first entry of `headings`. Default false.
   */
  omitPageTitle?: boolean;
  /** Put `data-line` (source line) on block elements, for editors and debugging. Default false. */
  sourceLines?: boolean;
  /** Words the renderer writes itself (admonition titles, "New in version", ...), e.g. for a zh_CN site. */
  labels?: Partial<Labels>;
}

export interface Labels {
  attention: string;
  caution: string;
  danger: string;
  error: string;
  hint: string;
  important: string;
  note: string;
  tip: string;
  warning: string;
  seealso: string;
  todo: string;
  versionadded: string;
  versionchanged: string;
  deprecated: string;
  versionremoved: string;
  copy: string;
  permalink: string;
  unresolved: string;
  footnoteBacklink: string;
  systemMessage: string;
  contents: string;
}

export const DEFAULT_LABELS: Labels = {
  attention: 'Attention',
  caution: 'Caution',
  danger: 'Danger',
  error: 'Error',
  hint: 'Hint',
  important: 'Important',
  note: 'Note',
  tip: 'Tip',
  warning: 'Warning',
  seealso: 'See also',
  todo: 'Todo',
  versionadded: 'New in version {version}',
  versionchanged: 'Changed in version {version}',
  deprecated: 'Deprecated since version {version}',
  versionremoved: 'Removed in version {version}',
  copy: 'Copy code',
  permalink: 'Link to this heading',
  unresolved: 'Unresolved reference',
  footnoteBacklink: 'Back to reference',
  systemMessage: 'System Message',
  contents: 'Contents',
};
