// Admonitions (note, warning, ... and the generic `admonition`), Sphinx's
// seealso and todo, and versionadded/changed/deprecated/removed.
import type { Element } from '../../doctree/types.js';
import type { RenderContext } from '../context.js';
import { register, renderBlock, renderInline, renderNode } from '../dispatch.js';
import { baseProps, hel, htext, stringAttr, stringList, type ElementContent } from '../hast.js';
import type { Labels } from '../options.js';

const KINDS = ['attention', 'caution', 'danger', 'error', 'hint', 'important', 'note', 'tip', 'warning'] as const;

function admonition(node: Element, ctx: RenderContext, kind: string, defaultTitle: string | null): ElementContent {
  const { props, anchors } = baseProps(node, ['admonition', kind]);
  const titleNode = node.children.find((child): child is Element => child.type === 'title');
  const titleId = stringList(titleNode ?? node, 'ids')[0] ?? ctx.uniqueId('admonition-title');
  // role=note, not alert: the box is part of the page, not a live event to interrupt the reader with.
  props.role = 'note';
  props.ariaLabelledBy = [titleId];
  const body: ElementContent[] = [];
  ctx.ancestors.push(node);
  try {
    if (titleNode) {
      body.push(hel('p', { className: ['admonition-title'], id: titleId }, renderInline(titleNode, ctx)));
    } else {
      body.push(hel('p', { className: ['admonition-title'], id: titleId }, [htext(defaultTitle ?? kind)]));
    }
    for (const child of node.children) if (child !== titleNode) body.push(...renderNode(child, ctx));
  } finally {
    ctx.ancestors.pop();
  }
  return hel('div', props, [...anchors, ...body]);
}

for (const kind of KINDS) register(kind, (node, ctx) => admonition(node, ctx, kind, ctx.label(kind)));

// The generic admonition carries its own title; its kind comes from classes like `admonition-my-title`.
register('admonition', (node, ctx) => admonition(node, ctx, 'generic', null));

register('seealso', (node, ctx) => admonition(node, ctx, 'seealso', ctx.label('seealso')));

register('todo_node', (node, ctx) => (ctx.options.showTodos ? admonition(node, ctx, 'todo', ctx.label('todo')) : null));

// The Sphinx layer fills a todolist with todo copies; with todos hidden it stays empty.
register('todolist', (node, ctx) => (ctx.options.showTodos ? hel('div', baseProps(node, ['todolist']).props, renderBlock(node, ctx)) : null));

const VERSION_KINDS: Record<string, keyof Labels> = {
  versionadded: 'versionadded',
  versionchanged: 'versionchanged',
  deprecated: 'deprecated',
  versionremoved: 'versionremoved',
};

const VERSION_CLASS: Record<string, string> = { versionadded: 'added', versionchanged: 'changed', deprecated: 'deprecated', versionremoved: 'removed' };

register('versionmodified', (node, ctx) => {
  const type = stringAttr(node, 'type') ?? 'versionchanged';
  const version = stringAttr(node, 'version') ?? '';
  const { props, anchors } = baseProps(node, ['versionmodified-block', type]);
  // Sphinx's directive may already have put "New in version X:" into the text; add it only when missing.
  const hasLabel = containsClass(node, 'versionmodified');
  const children = renderBlock(node, ctx);
  if (!hasLabel) {
    const labelKey = VERSION_KINDS[type] ?? 'versionchanged';
    const label = hel('span', { className: ['versionmodified', VERSION_CLASS[type] ?? 'changed'] }, [
      htext(ctx.label(labelKey, { version }) + (children.length > 0 ? ': ' : '')),
    ]);
    const first = children[0];
    if (first && first.type === 'element' && first.tagName === 'p') first.children.unshift(label);
    else children.unshift(hel('p', {}, [label]));
  }
  return hel('div', props, [...anchors, ...children]);
});

function containsClass(node: Element, className: string): boolean {
  for (const child of node.children) {
    if (child.type === 'text') continue;
    const element = child as Element;
    if (element.type !== 'versionmodified' && stringList(element, 'classes').includes(className)) return true;
    if (containsClass(element, className)) return true;
  }
  return false;
}
