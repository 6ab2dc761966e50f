// Images and figures. `uri` is as written in the source (relative to the
// document's folder); the site copies the file, `options.assetUrl` says where.
import type { Element } from '../../doctree/types.js';
import type { RenderContext } from '../context.js';
import { register, renderBlock, renderInline, renderNode } from '../dispatch.js';
import { baseProps, hel, htext, numberAttr, stringAttr, type ElementContent } from '../hast.js';
import { isUnsafeUri } from '../urls.js';

register('image', (node, ctx) => image(node, ctx));

function image(node: Element, ctx: RenderContext): ElementContent {
  const uri = stringAttr(node, 'uri') ?? '';
  const align = stringAttr(node, 'align');
  const { props, anchors } = baseProps(node, align ? ['align-' + align] : []);
  const alt = stringAttr(node, 'alt') ?? uri;
  if (!uri || isUnsafeUri(uri)) {
    ctx.warn(node, uri ? `image with an unsafe URI scheme rendered as text: ${uri.slice(0, 80)}` : 'image without a URI');
    return hel('span', { ...props, className: [...((props.className as string[]) ?? []), 'image-unavailable'] }, [htext(alt)]);
  }
  props.src = ctx.options.assetUrl(uri, ctx.docname);
  if (!/^[a-z][a-z0-9+.-]*:|^\/\//i.test(uri)) {
    const sourcePath = typeof node.data?.sourcePath === 'string' ? node.data.sourcePath : undefined;
    ctx.assets.push(sourcePath ? { uri, sourcePath, href: props.src } : { uri, href: props.src });
  }
  props.alt = alt;
  props.loading = 'lazy';
  props.decoding = 'async';
  const scale = (numberAttr(node, 'scale') ?? 100) / 100;
  const style: string[] = [];
  for (const dimension of ['width', 'height'] as const) {
    const value = stringAttr(node, dimension);
    if (!value) continue;
    const length = scaledLength(value, scale);
    if (length) style.push(`${dimension}: ${length}`);
  }
  if (style.length > 0) props.style = style.join('; ');
  const img = hel('img', props);
  return anchors.length > 0 ? hel('span', {}, [...anchors, img]) : img;
}

/** "200", "200px", "50%", "12em" (docutils' length units) scaled by :scale:; anything else is dropped. */
function scaledLength(value: string, scale: number): string | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(px|%|em|ex|rem|pt|pc|cm|mm|in|vw|vh)?\s*$/.exec(value);
  if (!match) return null;
  const amount = Number(match[1]) * (match[2] === '%' ? 1 : scale);
  return `${Math.round(amount * 100) / 100}${match[2] ?? 'px'}`;
}

register('figure', (node, ctx) => {
  const align = stringAttr(node, 'align');
  const { props, anchors } = baseProps(node, ['figure', ...(align ? ['align-' + align] : [])]);
  const width = stringAttr(node, 'width');
  const length = width ? scaledLength(width, 1) : null;
  if (length) props.style = `width: ${length}`;
  const media: ElementContent[] = [];
  const caption: ElementContent[] = [];
  ctx.ancestors.push(node);
  try {
    for (const child of node.children) {
      if (child.type === 'caption' || child.type === 'legend') caption.push(...renderNode(child, ctx));
      else media.push(...renderNode(child, ctx));
    }
  } finally {
    ctx.ancestors.pop();
  }
  const children = [...anchors, ...media];
  if (caption.length > 0) children.push(hel('figcaption', {}, caption));
  return hel('figure', props, children);
});

register('caption', (node, ctx) => {
  const { props, anchors } = baseProps(node, ['caption']);
  return hel('p', props, [...anchors, ...renderInline(node, ctx)]);
});

register('legend', (node, ctx) => hel('div', baseProps(node, ['legend']).props, renderBlock(node, ctx)));
