// Node type → handler. Every doctree element goes through `renderNode`, which
// never throws: a failing handler becomes a warning plus its children, and an
// unknown node type renders its children in a <div>/<span> named after it.
import type { DoctreeNode, Element } from '../doctree/types.js';
import type { RenderContext } from './context.js';
import { baseProps, hel, htext, type ElementContent } from './hast.js';

export type Rendered = ElementContent | ElementContent[] | null;
export type Handler = (node: Element, ctx: RenderContext) => Rendered;

const handlers = new Map<string, Handler>();

export function register(types: string | string[], handler: Handler): void {
  for (const type of Array.isArray(types) ? types : [types]) handlers.set(type, handler);
}

export function renderNode(node: DoctreeNode, ctx: RenderContext): ElementContent[] {
  if (node.type === 'text') return [htext((node as { value: string }).value)];
  const element = node as Element;
  const handler = handlers.get(element.type);
  let result: Rendered;
  try {
    result = handler ? handler(element, ctx) : renderUnknown(element, ctx);
  } catch (error) {
    ctx.warn(element, `internal error rendering ${element.type} (its children are shown instead): ${(error as Error).message}`);
    result = renderUnknown(element, ctx);
  }
  const list = result === null ? [] : Array.isArray(result) ? result : [result];
  if (ctx.options.sourceLines && element.position && !ctx.inline) {
    for (const item of list) {
      if (item.type === 'element' && item.properties.dataLine === undefined) item.properties.dataLine = element.position.start.line;
    }
  }
  return list;
}

/** Children of `node`, with `node` pushed as the nearest ancestor. */
export function renderChildren(node: Element, ctx: RenderContext, children: DoctreeNode[] = node.children): ElementContent[] {
  ctx.ancestors.push(node);
  try {
    const out: ElementContent[] = [];
    for (const child of children) out.push(...renderNode(child, ctx));
    return out;
  } finally {
    ctx.ancestors.pop();
  }
}

/** Children rendered as phrasing content (inside <p>, <hN>, <dt>, ...). */
export function renderInline(node: Element, ctx: RenderContext, children: DoctreeNode[] = node.children): ElementContent[] {
  const wasInline = ctx.inline;
  ctx.inline = true;
  try {
    return renderChildren(node, ctx, children);
  } finally {
    ctx.inline = wasInline;
  }
}

/** Children rendered as flow content, even when the node sits in an inline position. */
export function renderBlock(node: Element, ctx: RenderContext, children: DoctreeNode[] = node.children): ElementContent[] {
  const wasInline = ctx.inline;
  ctx.inline = false;
  try {
    return renderChildren(node, ctx, children);
  } finally {
    ctx.inline = wasInline;
  }
}

function renderUnknown(node: Element, ctx: RenderContext): ElementContent {
  const { props, anchors } = baseProps(node, [node.type]);
  if (ctx.inline) return hel('span', props, [...anchors, ...renderInline(node, ctx)]);
  return hel('div', props, [...anchors, ...renderChildren(node, ctx)]);
}
