// Markdown (MyST) -> doctree: the same `<document>` tree reStructuredText
// pages produce, so the Sphinx layer, renderer, search and runbooks see no
// difference between the two.
//
//     parseMarkdown(text, { settings: { sourcePath }, registries, config, docname, srcdir })
//
// Never throws: problems become system_message nodes with file and line.
import { el } from '../doctree/builders.js';
import type { DoctreeNode, Element, Position } from '../doctree/types.js';
import { DEFAULT_SETTINGS, type RstSettings } from '../rst/api.js';
import { Document } from '../rst/document.js';
import { createRegistries } from '../rst/registries.js';
import { DocumentReporter } from '../rst/reporter.js';
import { MystState } from './state.js';
import type { MarkdownOptions } from './types.js';

export type { MarkdownOptions, MystConfig } from './types.js';
export { githubSlug } from './slug.js';

export interface MarkdownResult {
  root: Element;
  document: Document;
}

export function parseMarkdownDocument(source: string, options: MarkdownOptions = {}): MarkdownResult {
  const settings: RstSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const registries = options.registries ?? createRegistries();
  const lineCount = Math.max(1, source.split('\n').length);
  const root = el('document', { source: settings.sourcePath }, [], { start: { line: 1, column: 1 }, end: { line: lineCount, column: 1 } });
  const reporter = new DocumentReporter(settings.sourcePath, settings.reportLevel, settings.haltLevel);
  const document = new Document(root, settings, reporter);
  const state = new MystState(document, registries, options.config ?? {}, options.docname, options.srcdir);
  try {
    state.parseDocument(source);
    resolveLocalLinks(state);
  } catch (error) {
    // A bug must not lose the page: report it, keep what was read.
    root.children.push(reporter.severe(`Internal error while reading Markdown: ${(error as Error).message ?? error}`));
  }
  fillPositions(root, root.position!);
  return { root, document };
}

/** Parse a Markdown page into a `<document>` doctree. */
export function parseMarkdown(source: string, options: MarkdownOptions = {}): Element {
  return parseMarkdownDocument(source, options).root;
}

/**
 * unified plugin: `unified().use(mystParse, options).parse(text)` yields the doctree, as `rstParse`
 * does for reStructuredText.
 */
export function mystParse(this: { parser?: unknown }, options: MarkdownOptions = {}): void {
  this.parser = (doc: unknown) => parseMarkdown(String(doc), options);
}

/**
 * `[text](#x)`: a heading slug, section id or target name of this page is linked
 * here; anything else stays a pending_xref for the Sphinx layer (labels of
 * other pages, or the "'myst' reference target not found" warning).
 */
function resolveLocalLinks(state: MystState): void {
  if (!state.localLinks.length) return;
  const bySlug = new Map<string, Element>();
  const visit = (node: DoctreeNode) => {
    if (node.type === 'text') return;
    const element = node as Element;
    if (element.type === 'section' && typeof element.attributes.slug === 'string' && !bySlug.has(element.attributes.slug)) bySlug.set(element.attributes.slug, element);
    element.children.forEach(visit);
  };
  visit(state.document.root);
  const nameIds = state.document.nameIds;
  for (const { node, anchor } of state.localLinks) {
    const section = bySlug.get(anchor);
    let id: string | undefined;
    let title: string | null = null;
    if (section) {
      id = (section.attributes.ids as string[] | undefined)?.[0];
      title = sectionTitle(section);
    } else if (state.document.ids.has(anchor)) {
      id = anchor;
      const target = state.document.ids.get(anchor)!;
      if (target.type === 'section') title = sectionTitle(target);
    } else {
      id = nameIds.get(anchor.toLowerCase()) ?? undefined;
      const target = id ? state.document.ids.get(id) : undefined;
      // A (label)= target names the next element; only sections give a title here.
      if (target?.type === 'section') title = sectionTitle(target);
    }
    if (!id) continue;
    const explicit = node.attributes.refexplicit === true;
    const inner = node.children[0] as Element;
    if (!explicit) {
      if (!title) continue; // Needs the Sphinx layer's label titles (what the target labels).
      inner.children = [{ type: 'text', value: title }];
    }
    node.type = 'reference';
    inner.attributes.classes = ['std', 'std-ref'];
    node.attributes = state.docname !== undefined
      ? { internal: true, refdocname: state.docname, refanchor: id, classes: ['reference', 'internal'] }
      : { internal: true, refid: id };
  }
}

function sectionTitle(section: Element): string | null {
  const title = section.children.find((c) => c.type === 'title');
  if (!title) return null;
  const textOf = (n: DoctreeNode): string => (n.type === 'text' ? (n as { value: string }).value : (n as Element).children.map(textOf).join(''));
  return textOf(title);
}

function fillPositions(node: Element, inherited: Position): void {
  const stack: [DoctreeNode, Position][] = [[node, inherited]];
  while (stack.length) {
    const [current, parentPos] = stack.pop()!;
    if (!current.position) current.position = { start: { ...parentPos.start }, end: { ...parentPos.end } };
    if (current.type !== 'text') for (const child of (current as Element).children) stack.push([child, current.position]);
  }
}
