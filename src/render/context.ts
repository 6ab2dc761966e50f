// Per-page rendering state: where we are in the tree, the warnings and the
// headings collected so far. One context per `render()` call.
import type { Element } from '../doctree/types.js';
import type { Heading, Labels, PageAsset, PageInfo, RenderWarning, TocEntry } from './options.js';
import type { Highlighter } from './code/highlight.js';
import type { GraphvizRenderer } from './nodes/graphviz.js';

export interface ResolvedOptions {
  docUrl: (targetDocname: string, anchor: string, fromDocname: string) => string;
  assetUrl: (uri: string, fromDocname: string) => string;
  allowRawHtml: boolean;
  showTodos: boolean;
  toctreeEntries?: (toctree: Element, fromDocname: string) => TocEntry[] | undefined;
  toctreeTitles?: (docname: string) => string | undefined;
  sourceLines: boolean;
  omitPageTitle: boolean;
  labels: Labels;
}

export interface Services {
  highlighter: Highlighter;
  graphviz: GraphvizRenderer | null;
}

export class RenderContext {
  readonly warnings: RenderWarning[] = [];
  readonly headings: Heading[] = [];
  readonly assets: PageAsset[] = [];
  /** Ancestors of the node being rendered, nearest last. */
  readonly ancestors: Element[] = [];
  /** Nesting of `section` elements; the document's own title counts as one level when present. */
  sectionDepth = 0;
  /** Whether content is being placed inside phrasing content (so unknown nodes become <span>, not <div>). */
  inline = false;
  title = '';
  /** ids the renderer made up for elements that need one (aria-labelledby targets), without touching the doctree. */
  readonly generatedIds = new WeakMap<Element, string>();
  private idCounter = 0;

  constructor(
    readonly page: PageInfo,
    readonly options: ResolvedOptions,
    readonly services: Services,
  ) {}

  get docname(): string {
    return this.page.docname;
  }

  get parent(): Element | undefined {
    return this.ancestors[this.ancestors.length - 1];
  }

  warn(node: { position?: { start: { line: number } } } | undefined, message: string): void {
    // Inline nodes often carry no position; the nearest positioned ancestor is the best line to report.
    let line = node?.position?.start.line;
    for (let index = this.ancestors.length - 1; line === undefined && index >= 0; index--) line = this.ancestors[index].position?.start.line;
    this.warnings.push(line === undefined ? { message } : { line, message });
  }

  /** An id for elements that need one (aria-labelledby) and have none from the source. */
  uniqueId(prefix: string): string {
    this.idCounter += 1;
    return `${prefix}-${this.idCounter}`;
  }

  label(key: keyof Labels, vars: Record<string, string> = {}): string {
    return this.options.labels[key].replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? '');
  }
}
