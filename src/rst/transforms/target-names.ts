// The document's reference names, read off the tree in one walk: which element
// each name identifies (targets, sections, footnotes, citations, anything with
// a :name:), and which names are ambiguous (kept only in `dupnames`).
import type { Element } from '../../doctree/types.js';
import { elementsWithParents } from './context.js';

export interface NameTable {
  byName: Map<string, Element>;
  duplicates: Set<string>;
  /** Every element with its parent, in document order (shared by the transforms that run after it). */
  all: Array<[Element, Element | null]>;
}

export function buildNameTable(document: Element): NameTable {
  const all = elementsWithParents(document);
  const byName = new Map<string, Element>();
  const duplicates = new Set<string>();
  for (const [node] of all) {
    const names = node.attributes.names;
    if (Array.isArray(names)) for (const name of names) if (!byName.has(name)) byName.set(name, node);
    const dupnames = node.attributes.dupnames;
    if (Array.isArray(dupnames)) for (const name of dupnames) duplicates.add(name);
  }
  for (const name of byName.keys()) duplicates.delete(name);
  return { byName, duplicates, all };
}
