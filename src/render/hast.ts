// Small helpers for building hast from doctree attributes.
import type { Element as HastElement, ElementContent, Properties } from 'hast';
import type { Element } from '../doctree/types.js';

export type { HastElement, ElementContent, Properties };

export function hel(tagName: string, properties: Properties = {}, children: ElementContent[] = []): HastElement {
  return { type: 'element', tagName, properties, children };
}

export function htext(value: string): ElementContent {
  // NUL marks backslash-escapes inside the parser; it must never reach HTML.
  return { type: 'text', value: value.includes('\x00') ? value.replace(/\x00/g, '') : value };
}

/** Raw HTML, serialised as is. Only for trusted output (raw:: html when allowed, KaTeX, Graphviz SVG). */
export function hraw(value: string): ElementContent {
  return { type: 'raw', value } as unknown as ElementContent;
}

export function stringList(node: Element, name: string): string[] {
  const value = node.attributes[name];
  if (Array.isArray(value)) return value;
  if (typeof value === 'string' && value !== '') return value.split(/\s+/);
  return [];
}

export function stringAttr(node: Element, name: string): string | undefined {
  const value = node.attributes[name];
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

export function numberAttr(node: Element, name: string): number | undefined {
  const value = node.attributes[name];
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return undefined;
}

export function boolAttr(node: Element, name: string): boolean {
  const value = node.attributes[name];
  return value === true || value === 1 || value === '1' || value === 'true';
}

/**
 * id and class for the element that represents `node`. The first id goes on
 * the element; further ids (a label and a section slug both naming one section)
 * need their own anchors, returned as empty spans to put first inside it.
 */
export function baseProps(node: Element, extraClasses: string[] = []): { props: Properties; anchors: ElementContent[] } {
  const ids = stringList(node, 'ids');
  const classes = [...extraClasses, ...stringList(node, 'classes')];
  const props: Properties = {};
  if (ids.length > 0) props.id = ids[0];
  if (classes.length > 0) props.className = dedupe(classes);
  return { props, anchors: ids.slice(1).map(idAnchor) };
}

export function idAnchor(id: string): ElementContent {
  return hel('span', { id });
}

export function dedupe(values: string[]): string[] {
  return [...new Set(values)];
}
