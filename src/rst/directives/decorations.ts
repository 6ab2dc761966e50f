// header and footer: page decoration, collected in one `decoration` element
// near the top of the document whatever the directives' position.
//
//     .. header:: This space for rent.
//
//     .. footer:: Page footer, with a |date| substitution.
//
// Several headers add paragraphs to the same header; the header always
// precedes the footer.
import { el } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import type { DirectiveSpec } from '../api.js';
import { here, parseContent, requireContent } from './common.js';

/** Node types that stay before decoration and meta at the top of a document. */
const TITULAR = new Set(['title', 'subtitle', 'rubric', 'meta']);

/** Index of the first top-level child that is not a title or meta element: where document-level furniture goes. */
export function furnitureIndex(root: Element, alsoSkip: readonly string[] = []): number {
  const index = root.children.findIndex((child) => !TITULAR.has(child.type) && !alsoSkip.includes(child.type));
  return index < 0 ? root.children.length : index;
}

function decorationPart(root: Element, part: 'header' | 'footer'): Element {
  let decoration = root.children.find((child) => child.type === 'decoration') as Element | undefined;
  if (!decoration) {
    decoration = el('decoration');
    root.children.splice(furnitureIndex(root), 0, decoration);
  }
  let node = decoration.children.find((child) => child.type === part) as Element | undefined;
  if (!node) {
    node = el(part);
    if (part === 'header') decoration.children.unshift(node);
    else decoration.children.push(node);
  }
  return node;
}

function decorationDirective(part: 'header' | 'footer'): DirectiveSpec {
  return {
    hasContent: true,
    run(inv) {
      requireContent(inv);
      const node = decorationPart(inv.document.root, part);
      node.position ??= here(inv);
      parseContent(inv, node);
      return [];
    },
  };
}

export const header = decorationDirective('header');
export const footer = decorationDirective('footer');
