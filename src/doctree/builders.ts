import type { Attributes, DoctreeNode, Element, Position, Text } from './types.js';

/** Build an element; list attributes are copied so callers may share arrays safely. */
export function el(type: string, attributes: Attributes = {}, children: DoctreeNode[] = [], position?: Position): Element {
  const node: Element = { type, attributes: { ...attributes }, children };
  if (position) node.position = position;
  return node;
}

export function text(value: string, position?: Position): Text {
  const node: Text = { type: 'text', value };
  if (position) node.position = position;
  return node;
}

/** A position spanning whole lines `startLine`..`endLine` (1-based, inclusive). */
export function linePosition(startLine: number, endLine = startLine, source?: string): Position {
  const pos: Position = { start: { line: startLine, column: 1 }, end: { line: endLine, column: 1 } };
  if (source) pos.source = source;
  return pos;
}

/** Get a list attribute, creating it when absent. */
export function listAttr(node: Element, name: string): string[] {
  const value = node.attributes[name];
  if (Array.isArray(value)) return value;
  const list: string[] = [];
  node.attributes[name] = list;
  return list;
}

/** Concatenated text of a subtree (docutils' `astext()` for most nodes). */
export function textContent(node: DoctreeNode): string {
  if (node.type === 'text') return (node as Text).value;
  return (node as Element).children.map(textContent).join('');
}

/** Depth-first visit; return false from the visitor to skip a node's children. */
export function visit(node: DoctreeNode, visitor: (node: DoctreeNode, parent: Element | null) => void | boolean, parent: Element | null = null): void {
  if (visitor(node, parent) === false) return;
  if (node.type !== 'text') for (const child of (node as Element).children) visit(child, visitor, node as Element);
}
