import type { Attributes, DoctreeNode, Element, Position, Text } from './types.js';

/**
 * Nodes built without a position so far (by `el` and `text`). A parser that gives every node its
 * position at creation compares this count before and after a parse to skip the pass that
 * fills in missing positions (see fillPositions in ../rst/index.ts).
 */
export const unpositioned = { count: 0 };

/**
 * Build an element. The attributes object is copied, so callers may pass a shared one; the node
 * is built in one step with the `position` slot present (nodes keep one shape whether their
 * position is given now or set later).
 */
export function el(type: string, attributes?: Attributes, children: DoctreeNode[] = [], position?: Position): Element {
  if (position === undefined) unpositioned.count++;
  return { type, attributes: attributes === undefined ? {} : { ...attributes }, children, position };
}

export function text(value: string, position?: Position): Text {
  if (position === undefined) unpositioned.count++;
  return { type: 'text', value, position };
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
