import { el, text } from '../../src/doctree/builders.js';
import type { DoctreeNode, Element } from '../../src/doctree/types.js';
import { createRenderer, type RenderResult, type RendererOptions } from '../../src/render/index.js';

export { el, text };

/** Render `children` as the body of a one-section page (how Sphinx's doctrees look). */
export async function renderBody(children: DoctreeNode[], options: RendererOptions = {}, docname = 'guide/page'): Promise<RenderResult> {
  const renderer = await createRenderer({ graphviz: false, ...options });
  return renderer.render(el('document', {}, children), { docname });
}

export async function renderDoc(doc: Element, options: RendererOptions = {}, docname = 'guide/page'): Promise<RenderResult> {
  const renderer = await createRenderer({ graphviz: false, ...options });
  return renderer.render(doc, { docname });
}

export function p(...children: DoctreeNode[]): Element {
  return el('paragraph', {}, children);
}

/** Attach `data` (values pformat never prints) to a node. */
export function withData<T extends Element>(node: T, data: Record<string, unknown>): T {
  node.data = { ...node.data, ...data };
  return node;
}
