// mdast block nodes -> docutils body elements:
//
//     paragraph        -> paragraph            > quote        -> block_quote
//     - item / 1. item -> bullet_list / enumerated_list > list_item
//     ```lang          -> literal_block language=lang
//     ```{name} args   -> the directive `name` from the registries (./directives.ts)
//     | a | b |        -> table > tgroup > colspec, thead, tbody > row > entry
//     ---              -> transition           <div>        -> raw format=html
//     [^1]: text       -> footnote (numbered and placed at the page's end by the state)
import { el, text } from '../doctree/builders.js';
import type { DoctreeNode, Element } from '../doctree/types.js';
import type { ListItem, RootContent, Table } from 'mdast';
import { runFence, fenceName } from './directives.js';
import type { Frame, MystState } from './state.js';

export function convertBlock(state: MystState, node: RootContent, frame: Frame): DoctreeNode[] {
  const position = state.pos(node, frame);
  switch (node.type) {
    case 'paragraph':
      return [el('paragraph', {}, state.phrasing(node.children, frame), position)];
    case 'thematicBreak':
      return [el('transition', {}, [], position)];
    case 'blockquote': {
      const quote = el('block_quote', {}, [], position);
      for (const child of node.children) state.appendBlock(child, frame, quote);
      return [quote];
    }
    case 'list':
      return [list(state, node, frame)];
    case 'code': {
      if (fenceName(node.lang)) return runFence(state, node, frame);
      const attributes: Element['attributes'] = { 'xml:space': 'preserve' };
      // An unlabelled fence takes the page's highlight language later (Sphinx's highlight_language), as in rST.
      if (node.lang) attributes.language = node.lang;
      const block = el('literal_block', attributes, [text(node.value, position)], position);
      if (node.meta) (block.data ??= {}).meta = node.meta;
      return [block];
    }
    case 'html':
      return [el('raw', { format: 'html', 'xml:space': 'preserve' }, [text(node.value, position)], position)];
    case 'table':
      return [table(state, node, frame)];
    case 'footnoteDefinition': {
      // Named, and marked `auto` when its label is not a number, by the state (./state.ts) at the page's end.
      const footnote = el('footnote', {}, [], position);
      for (const child of node.children) state.appendBlock(child, frame, footnote);
      state.footnoteDefinition(node.label ?? node.identifier, footnote);
      return [];
    }
    case 'definition':
      // Link reference definitions only feed the links that use them.
      return [];
    case 'heading':
      // Only reached for headings inside list items and quotes, which cannot open sections.
      return [el('rubric', { heading_level: node.depth }, state.phrasing(node.children, frame), position)];
    default:
      return [];
  }
}

function list(state: MystState, node: Extract<RootContent, { type: 'list' }>, frame: Frame): Element {
  const position = state.pos(node, frame);
  const tasks = node.children.some((item) => typeof item.checked === 'boolean');
  let result: Element;
  if (node.ordered) {
    const attributes: Element['attributes'] = { enumtype: 'arabic', prefix: '', suffix: '.' };
    if (typeof node.start === 'number' && node.start !== 1) attributes.start = node.start;
    result = el('enumerated_list', attributes, [], position);
  } else {
    result = el('bullet_list', { bullet: '-' }, [], position);
  }
  if (tasks) result.attributes.classes = ['contains-task-list'];
  for (const item of node.children) result.children.push(listItem(state, item, frame));
  return result;
}

function listItem(state: MystState, item: ListItem, frame: Frame): Element {
  const position = state.pos(item, frame);
  const node = el('list_item', {}, [], position);
  for (const child of item.children) state.appendBlock(child, frame, node);
  if (typeof item.checked === 'boolean') {
    // The tasklist extension's output: a disabled checkbox before the item's text.
    node.attributes.classes = ['task-list-item'];
    const box = `<input class="task-list-item-checkbox" type="checkbox" disabled="disabled"${item.checked ? ' checked="checked"' : ''} />`;
    const checkbox = el('raw', { format: 'html', 'xml:space': 'preserve' }, [text(box, position)], position);
    const first = node.children[0];
    if (first && first.type === 'paragraph') (first as Element).children.unshift(checkbox, text(' '));
    else node.children.unshift(checkbox);
  }
  return node;
}

function table(state: MystState, node: Table, frame: Frame): Element {
  const position = state.pos(node, frame);
  const cols = Math.max(...node.children.map((row) => row.children.length), 1);
  const group = el('tgroup', { cols }, [], position);
  for (let i = 0; i < cols; i++) group.children.push(el('colspec', { colwidth: Math.floor(100 / cols) }, [], position));
  const rows = node.children.map((row) => {
    const rowPos = state.pos(row, frame);
    const cells: Element[] = [];
    for (let i = 0; i < cols; i++) {
      const cell = row.children[i];
      const align = node.align?.[i];
      const attributes: Element['attributes'] = align ? { classes: [`text-${align}`] } : {};
      const entryPos = cell ? state.pos(cell, frame) : rowPos;
      const content = cell ? state.phrasing(cell.children, frame) : [];
      cells.push(el('entry', attributes, content.length ? [el('paragraph', {}, content, entryPos)] : [], entryPos));
    }
    return el('row', {}, cells, rowPos);
  });
  const [head, ...body] = rows;
  if (head) group.children.push(el('thead', {}, [head], head.position));
  if (body.length) group.children.push(el('tbody', {}, body, body[0].position));
  return el('table', { classes: ['colwidths-auto'] }, [group], position);
}
