// Block quotes with a role: epigraph, highlights, pull-quote.
//
//     .. epigraph::
//
//        No matter where you go, there you are.
//
//        -- Buckaroo Banzai
//
// The body is read exactly as an indented block quote would be (attributions
// after "--" end one quote and may start another); every resulting
// block_quote gets the directive's name as class.
import { el, listAttr } from '../../doctree/builders.js';
import type { DirectiveSpec } from '../api.js';
import { requireContent } from './common.js';

export function classedBlockQuote(className: string): DirectiveSpec {
  return {
    hasContent: true,
    run(inv) {
      requireContent(inv);
      // Indenting the body one column turns it into a block quote for the
      // block parser, which then handles attributions as it does everywhere.
      const holder = el('block_quote_holder');
      inv.state.nestedParse(inv.content.map((line) => (line === '' ? line : ' ' + line)), inv.contentOffset, holder);
      for (const child of holder.children) {
        if (child.type === 'block_quote') listAttr(child as typeof holder, 'classes').push(className);
      }
      return holder.children;
    },
  };
}
