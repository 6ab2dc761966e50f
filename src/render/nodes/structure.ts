// Document structure: document, section and its title, subtitle, transition,
// topic, sidebar, rubric, decoration/header/footer, docinfo.
import { textContent } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import type { RenderContext } from '../context.js';
import { register, renderBlock, renderInline, renderNode } from '../dispatch.js';
import { baseProps, hel, htext, stringList, type ElementContent } from '../hast.js';

register('document', (node, ctx) => {
  const hasOwnTitle = node.children.some((child) => child.type === 'title');
  if (hasOwnTitle) ctx.sectionDepth = 1;
  const out = renderBlock(node, ctx);
  if (!ctx.title) ctx.title = typeof node.attributes.title === 'string' ? node.attributes.title : '';
  return out;
});

register('section', (node, ctx) => {
  ctx.sectionDepth += 1;
  try {
    const { props, anchors } = baseProps(node);
    return hel('section', props, [...anchors, ...renderBlock(node, ctx)]);
  } finally {
    ctx.sectionDepth -= 1;
  }
});

register('title', (node, ctx) => {
  const parent = ctx.parent;
  switch (parent?.type) {
    case 'document':
      return heading(node, parent, ctx, 1);
    case 'section':
      return heading(node, parent, ctx, ctx.sectionDepth);
    case 'topic':
      return titleParagraph(node, ctx, stringList(parent, 'classes').includes('contents') ? 'topic-title contents-title' : 'topic-title');
    case 'sidebar':
      return titleParagraph(node, ctx, 'sidebar-title');
    default:
      return titleParagraph(node, ctx, 'title');
  }
});

function heading(node: Element, container: Element, ctx: RenderContext, depth: number): ElementContent | null {
  const level = Math.min(Math.max(depth, 1), 6);
  const text = textContent(node).replace(/\x00/g, '').trim();
  const sectionId = stringList(container, 'ids')[0] ?? '';
  const isPageTitle = depth === 1 && !ctx.title;
  if (isPageTitle) ctx.title = text;
  if (sectionId) ctx.headings.push({ depth: level, slug: sectionId, text });
  if (isPageTitle && ctx.options.omitPageTitle) return null;
  let content = renderInline(node, ctx);
  // docutils links a title back to its entry in a `contents` topic.
  const refid = node.attributes.refid;
  if (typeof refid === 'string' && refid) content = [hel('a', { className: ['toc-backref'], href: '#' + refid }, content)];
  const props: Record<string, string | string[] | number> = {};
  // Beyond h6 HTML has no element; aria-level keeps the outline right for assistive technology.
  if (depth > 6) props.ariaLevel = depth;
  const children = [...content];
  if (sectionId) {
    children.push(
      hel('a', { className: ['headerlink'], href: '#' + sectionId, ariaLabel: ctx.label('permalink'), dataPagefindIgnore: '' }, [htext('#')]),
    );
  }
  return hel('h' + level, props, children);
}

function titleParagraph(node: Element, ctx: RenderContext, className: string): ElementContent {
  const { props, anchors } = baseProps(node, className.split(' '));
  const generated = ctx.generatedIds.get(node);
  if (generated && props.id === undefined) props.id = generated;
  return hel('p', props, [...anchors, ...renderInline(node, ctx)]);
}

register('subtitle', (node, ctx) => {
  const parentType = ctx.parent?.type;
  const className = parentType === 'sidebar' ? 'sidebar-subtitle' : parentType === 'section' ? 'section-subtitle' : 'subtitle';
  return titleParagraph(node, ctx, className);
});

register('transition', (node) => hel('hr', baseProps(node, ['transition']).props));

register('rubric', (node, ctx) => {
  const { props, anchors } = baseProps(node, ['rubric']);
  return hel('p', props, [...anchors, ...renderInline(node, ctx)]);
});

register('topic', (node, ctx) => {
  const isContents = stringList(node, 'classes').includes('contents');
  const { props, anchors } = baseProps(node, ['topic']);
  const titleId = labelTitle(node, ctx, props);
  const tag = isContents ? 'nav' : 'aside';
  if (isContents && !titleId) props.ariaLabel = ctx.label('contents');
  return hel(tag, props, [...anchors, ...renderBlock(node, ctx)]);
});

register('sidebar', (node, ctx) => {
  const { props, anchors } = baseProps(node, ['sidebar']);
  labelTitle(node, ctx, props);
  return hel('aside', props, [...anchors, ...renderBlock(node, ctx)]);
});

/** Give the container's title an id and point aria-labelledby at it; returns the id. */
function labelTitle(node: Element, ctx: RenderContext, props: Record<string, unknown>): string | undefined {
  const title = node.children.find((child): child is Element => child.type === 'title');
  if (!title) return undefined;
  let id = stringList(title, 'ids')[0];
  if (!id) {
    // The doctree is not ours to change; the title handler looks the id up here.
    id = ctx.uniqueId('title');
    ctx.generatedIds.set(title, id);
  }
  props.ariaLabelledBy = [id];
  return id;
}

register('decoration', (node, ctx) => hel('div', baseProps(node, ['decoration']).props, renderBlock(node, ctx)));
register('header', (node, ctx) => hel('div', baseProps(node, ['document-header']).props, renderBlock(node, ctx)));
register('footer', (node, ctx) => hel('div', baseProps(node, ['document-footer']).props, renderBlock(node, ctx)));

const DOCINFO_LABELS: Record<string, string> = {
  author: 'Author',
  authors: 'Authors',
  organization: 'Organization',
  address: 'Address',
  contact: 'Contact',
  version: 'Version',
  revision: 'Revision',
  status: 'Status',
  date: 'Date',
  copyright: 'Copyright',
};

register('docinfo', (node, ctx) => {
  const items: ElementContent[] = [];
  ctx.ancestors.push(node);
  try {
    for (const child of node.children) {
      if (child.type === 'text') continue;
      const field = child as Element;
      if (field.type === 'field') {
        items.push(...renderNode(field, ctx));
        continue;
      }
      const label = DOCINFO_LABELS[field.type] ?? field.type;
      items.push(hel('dt', { className: [field.type] }, [htext(label)]));
      items.push(hel('dd', { className: [field.type] }, docinfoValue(field, ctx)));
    }
  } finally {
    ctx.ancestors.pop();
  }
  return hel('dl', baseProps(node, ['docinfo', 'field-list']).props, items);
});

function docinfoValue(field: Element, ctx: RenderContext): ElementContent[] {
  if (field.type === 'authors') {
    const names = field.children.filter((child): child is Element => child.type !== 'text');
    const out: ElementContent[] = [];
    names.forEach((author, index) => {
      if (index > 0) out.push(htext('; '));
      out.push(...renderInline(author, ctx));
    });
    return out;
  }
  // An address keeps its line breaks, as in docutils.
  if (field.type === 'address') return [hel('pre', { className: ['address'] }, renderInline(field, ctx))];
  const hasBlocks = field.children.some((child) => child.type === 'paragraph');
  return hasBlocks ? renderBlock(field, ctx) : renderInline(field, ctx);
}
