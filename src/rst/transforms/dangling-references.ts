// The last check: a reference, footnote reference or citation reference whose
// name matched nothing becomes `problematic`, with the error
// `Unknown target name: "name".` (Sphinx keeps this docutils check).
//
//     <reference refname="missing">missing     ->   <problematic ids="id2" refid="id1">`missing`_
import { textContent } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import { elementsWithParents, referenceSource, stringAttr, type TransformContext } from './context.js';

export interface DanglingOptions {
  /** Sphinx resolves citations across documents: leave unmatched citation references for it. */
  citationsElsewhere?: boolean;
}

export function reportDanglingReferences(ctx: TransformContext, options: DanglingOptions = {}): void {
  for (const [node, parent] of elementsWithParents(ctx.document)) {
    if (!parent) continue;
    const refname = stringAttr(node, 'refname');
    if (refname === undefined) continue;
    let raw: string;
    if (node.type === 'reference') raw = referenceSource(node, node.children.map(plain).join(''));
    else if (node.type === 'footnote_reference') raw = `[${node.attributes.auto ? '#' : ''}${refname}]_`;
    else if (node.type === 'citation_reference') {
      if (options.citationsElsewhere) continue;
      raw = `[${plain(node)}]_`;
    } else continue;
    ctx.problematic(node, parent, raw, `Unknown target name: "${refname}".`);
  }
}

function plain(node: Element['children'][number]): string {
  return textContent(node);
}
