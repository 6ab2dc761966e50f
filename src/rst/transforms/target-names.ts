// The document's reference names, read off the tree in one walk: which element
// each name identifies (targets, sections, footnotes, citations, anything with
// a :name:), and which names are ambiguous (kept only in `dupnames`).
import type { Element } from '../../doctree/types.js';
import { elementsWithParents } from './context.js';

type Pair = [Element, Element];

export interface NameTable {
  byName: Map<string, Element>;
  duplicates: Set<string>;
  /** Every element with its parent, in document order (shared by the transforms that run after it). */
  all: Array<[Element, Element | null]>;
  /** The elements the reference transforms work on, sorted out in the same pass (document order, with parents). */
  references: Pair[];
  targets: Pair[];
  footnotes: Pair[];
  footnoteReferences: Pair[];
  citationReferences: Pair[];
}

/** From a fresh walk of `document`, or from the elements already listed in `known`. */
export function buildNameTable(document: Element, known?: Array<[Element, Element | null]>): NameTable {
  const all = known ?? elementsWithParents(document);
  const byName = new Map<string, Element>();
  const duplicates = new Set<string>();
  const references: Pair[] = [];
  const targets: Pair[] = [];
  const footnotes: Pair[] = [];
  const footnoteReferences: Pair[] = [];
  const citationReferences: Pair[] = [];
  const buckets: Record<string, Pair[]> = { reference: references, target: targets, footnote: footnotes, footnote_reference: footnoteReferences, citation_reference: citationReferences };
  for (const [node, parent] of all) {
    const bucket = buckets[node.type];
    if (bucket && parent) bucket.push([node, parent]);
    // Substitution names are not reference names.
    if (node.type === 'substitution_definition') continue;
    // A propagated target still answers for its names: references point at its id, which the labelled element now holds.
    const moved = node.type === 'target' ? (node.data?.propagated as { names: string[] } | undefined) : undefined;
    if (moved) for (const name of moved.names) if (!byName.has(name)) byName.set(name, node);
    const names = node.attributes.names;
    if (Array.isArray(names)) for (const name of names) if (!byName.has(name)) byName.set(name, node);
    const dupnames = node.attributes.dupnames;
    if (Array.isArray(dupnames)) for (const name of dupnames) duplicates.add(name);
  }
  for (const name of byName.keys()) duplicates.delete(name);
  return { byName, duplicates, all, references, targets, footnotes, footnoteReferences, citationReferences };
}
