// Lists: bullet, enumerated, definition, field and option lists.
import type { DoctreeNode, Element } from '../../doctree/types.js';
import type { RenderContext } from '../context.js';
import { register, renderBlock, renderChildren, renderInline, renderNode } from '../dispatch.js';
import { baseProps, hel, htext, numberAttr, stringAttr, stringList, type ElementContent, type Properties } from '../hast.js';

const elementsOf = (node: Element): Element[] => node.children.filter((child): child is Element => child.type !== 'text');

/**
 * A list whose items are each one short paragraph (optionally followed by a
 * nested list of the same kind) reads better without paragraph spacing;
 * docutils and Sphinx call it "simple" and drop the <p> elements.
 */
const compactness = new WeakMap<Element, boolean>();

function isCompact(list: Element): boolean {
  // Asked for each list and again for each nested list: remember the answer.
  let known = compactness.get(list);
  if (known === undefined) {
    known = computeCompact(list);
    compactness.set(list, known);
  }
  return known;
}

function computeCompact(list: Element): boolean {
  const classes = stringList(list, 'classes');
  if (classes.includes('open')) return false;
  if (classes.includes('compact') || classes.includes('simple')) return true;
  return elementsOf(list).every((item) => {
    const parts = elementsOf(item).filter((child) => child.type !== 'target' && child.type !== 'comment');
    if (parts.length === 0) return true;
    if (parts[0].type !== 'paragraph') return false;
    return parts.slice(1).every((part) => (part.type === 'bullet_list' || part.type === 'enumerated_list') && isCompact(part));
  });
}

function renderItems(list: Element, ctx: RenderContext): ElementContent[] {
  const compact = isCompact(list);
  const items: ElementContent[] = [];
  ctx.ancestors.push(list);
  try {
    for (const item of elementsOf(list)) {
      const { props, anchors } = baseProps(item);
      const content = compact ? renderCompactItem(item, ctx) : renderBlock(item, ctx);
      items.push(hel('li', props, [...anchors, ...content]));
    }
  } finally {
    ctx.ancestors.pop();
  }
  return items;
}

function renderCompactItem(item: Element, ctx: RenderContext): ElementContent[] {
  ctx.ancestors.push(item);
  try {
    const out: ElementContent[] = [];
    for (const child of item.children) {
      if (child.type === 'paragraph') {
        const paragraph = child as Element;
        const { anchors } = baseProps(paragraph);
        const ids = stringList(paragraph, 'ids');
        if (ids.length > 0) out.push(hel('span', { id: ids[0] }));
        out.push(...anchors, ...renderInline(paragraph, ctx));
      } else {
        out.push(...renderNode(child, ctx));
      }
    }
    return out;
  } finally {
    ctx.ancestors.pop();
  }
}

register('bullet_list', (node, ctx) => {
  const { props, anchors } = baseProps(node, isCompact(node) ? ['simple'] : []);
  return [...anchors, hel('ul', props, renderItems(node, ctx))];
});

const ENUM_TYPES: Record<string, string> = { arabic: '1', loweralpha: 'a', upperalpha: 'A', lowerroman: 'i', upperroman: 'I' };

register('enumerated_list', (node, ctx) => {
  const enumtype = stringAttr(node, 'enumtype') ?? 'arabic';
  const { props, anchors } = baseProps(node, [enumtype in ENUM_TYPES ? enumtype : 'arabic', ...(isCompact(node) ? ['simple'] : [])]);
  props.type = ENUM_TYPES[enumtype] ?? '1';
  const start = numberAttr(node, 'start');
  if (start !== undefined && start !== 1) props.start = start;
  // "(a)" and "1)" numbering: the stylesheet draws the marker from these two custom properties.
  const prefix = markerText(stringAttr(node, 'prefix') ?? '');
  const suffix = markerText(stringAttr(node, 'suffix') ?? '.');
  if (prefix !== '' || suffix !== '.') {
    props.className = [...(props.className as string[]), 'enum-custom'];
    props.style = `--enum-prefix: "${prefix}"; --enum-suffix: "${suffix}"`;
  }
  return [...anchors, hel('ol', props, renderItems(node, ctx))];
});

/** Only punctuation goes into the style attribute; anything else could break out of the CSS string. */
function markerText(value: string): string {
  return value.replace(/[^()[\].:\-]/g, '');
}

// A list_item outside a list (a Sphinx transform could leave one) still renders.
register('list_item', (node, ctx) => hel('li', baseProps(node).props, renderBlock(node, ctx)));

register('definition_list', (node, ctx) => {
  const { props, anchors } = baseProps(node);
  const items: ElementContent[] = [];
  ctx.ancestors.push(node);
  try {
    for (const item of elementsOf(node)) items.push(...definitionItem(item, ctx));
  } finally {
    ctx.ancestors.pop();
  }
  return [...anchors, hel('dl', props, items)];
});

function definitionItem(item: Element, ctx: RenderContext): ElementContent[] {
  if (item.type !== 'definition_list_item') return renderNode(item, ctx);
  ctx.ancestors.push(item);
  try {
    const out: ElementContent[] = [];
    let currentTerm: ElementContent[] | null = null;
    for (const part of elementsOf(item)) {
      if (part.type === 'term') {
        const { props, anchors } = baseProps(part);
        currentTerm = [...anchors, ...renderInline(part, ctx)];
        out.push(hel('dt', props, currentTerm));
      } else if (part.type === 'classifier') {
        const classifier = [hel('span', { className: ['classifier-delimiter'] }, [htext(' : ')]), hel('span', { className: ['classifier'] }, renderInline(part, ctx))];
        if (currentTerm) currentTerm.push(...classifier);
        else out.push(hel('dt', {}, classifier));
      } else if (part.type === 'definition') {
        out.push(hel('dd', baseProps(part).props, renderBlock(part, ctx)));
      } else {
        out.push(...renderNode(part, ctx));
      }
    }
    // Each <dt> was pushed with the same array object, so classifiers added later appear in it.
    return out;
  } finally {
    ctx.ancestors.pop();
  }
}

register('field_list', (node, ctx) => {
  const { props, anchors } = baseProps(node, ['field-list']);
  return [...anchors, hel('dl', props, renderChildren(node, ctx))];
});

register('field', (node, ctx) => {
  const out: ElementContent[] = [];
  ctx.ancestors.push(node);
  try {
    const fieldClasses = stringList(node, 'classes');
    for (const part of node.children) {
      if (part.type === 'field_name') {
        const { props, anchors } = baseProps(part as Element, fieldClasses);
        out.push(hel('dt', props, [...anchors, ...renderInline(part as Element, ctx)]));
      } else if (part.type === 'field_body') {
        out.push(hel('dd', baseProps(part as Element, fieldClasses).props, renderBlock(part as Element, ctx)));
      } else {
        out.push(...renderNode(part, ctx));
      }
    }
  } finally {
    ctx.ancestors.pop();
  }
  return out;
});

register('option_list', (node, ctx) => {
  const { props, anchors } = baseProps(node, ['option-list']);
  return [...anchors, hel('dl', props, renderChildren(node, ctx))];
});

register('option_list_item', (node, ctx) => {
  const out: ElementContent[] = [];
  ctx.ancestors.push(node);
  try {
    for (const part of elementsOf(node)) {
      if (part.type === 'option_group') out.push(hel('dt', {}, [hel('kbd', {}, optionGroup(part, ctx))]));
      else if (part.type === 'description') out.push(hel('dd', baseProps(part).props, renderBlock(part, ctx)));
      else out.push(...renderNode(part, ctx));
    }
  } finally {
    ctx.ancestors.pop();
  }
  return out;
});

function optionGroup(group: Element, ctx: RenderContext): ElementContent[] {
  const out: ElementContent[] = [];
  elementsOf(group).forEach((option, index) => {
    if (index > 0) out.push(htext(', '));
    const parts: ElementContent[] = [];
    for (const piece of option.children as DoctreeNode[]) {
      if (piece.type === 'option_string') parts.push(...renderInline(piece as Element, ctx));
      else if (piece.type === 'option_argument') {
        const delimiter = stringAttr(piece as Element, 'delimiter') ?? ' ';
        parts.push(htext(delimiter), hel('var', {}, renderInline(piece as Element, ctx)));
      } else parts.push(...renderNode(piece, ctx));
    }
    out.push(hel('span', { className: ['option'] } as Properties, parts));
  });
  return out;
}
