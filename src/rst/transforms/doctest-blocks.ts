// Sphinx's HandleCodeBlocks and DoctestTransform: an indented block quote that
// holds only doctest blocks is unwrapped (Sphinx shows them as code, not as a
// quotation), and every doctest block gets the class `doctest`.
//
//     <block_quote>                                   <doctest_block classes="doctest">
//         <doctest_block>>>> 1 + 1         ->              >>> 1 + 1
import { listAttr } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import { replaceChild } from './context.js';

export function handleDoctestBlocks(blockQuotes: Array<[Element, Element]>, doctestBlocks: Element[]): void {
  for (const [quote, parent] of blockQuotes) {
    const children = quote.children.filter((c) => c.type !== 'text');
    if (children.length && children.every((c) => c.type === 'doctest_block')) replaceChild(parent, quote, children);
  }
  for (const block of doctestBlocks) listAttr(block, 'classes').push('doctest');
}
