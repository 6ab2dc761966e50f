// The last check: a reference, footnote reference or citation reference whose
// name matched nothing becomes `problematic`, with the error
// `Unknown target name: "name".` (Sphinx keeps this docutils check).
//
//     <reference refname="missing">missing     ->   <problematic ids="id2" refid="id1">`missing`_
import { textContent } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import type { NameTable } from './target-names.js';
import { referenceSource, stringAttr, type TransformContext } from './context.js';

export interface DanglingOptions {
  /** Sphinx resolves citations across documents: leave unmatched citation references for it. */
  citationsElsewhere?: boolean;
}

export function reportDanglingReferences(table: NameTable, ctx: TransformContext, options: DanglingOptions = {}): void {
  const candidates = [...table.references, ...table.footnoteReferences, ...table.citationReferences].filter(
    ([node]) => !ctx.replaced.has(node) && stringAttr(node, 'refname') !== undefined,
  );
  if (!candidates.length) return;
  // Document order across the three kinds, as the messages' ids follow it.
  const order = new Map(table.all.map(([node], i) => [node, i]));
  candidates.sort((a, b) => order.get(a[0])! - order.get(b[0])!);
  for (const [node, parent] of candidates) {
    const refname = stringAttr(node, 'refname');
    if (refname === undefined) continue;
    let raw: string;
    if (node.type === 'reference') raw = referenceSource(node, node.children.map(plain).join(''));
    else if (node.type === 'footnote_reference') raw = `[${node.attributes.auto ? '#' : ''}${refname}]_`;
    else if (node.type === 'citation_reference') {
      if (options.citationsElsewhere) continue;
      raw = `[${plain(node)}]_`;
    } else continue;
    ctx.problematic(node, parent, raw, `Unknown target name: "${refname}".`, 'reuse');
  }
}

function plain(node: Element['children'][number]): string {
  return textContent(node);
}
