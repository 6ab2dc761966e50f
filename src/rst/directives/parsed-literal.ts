// parsed-literal: a literal block (whitespace kept) whose text is still
// parsed for inline markup.
//
//     .. parsed-literal::
//
//        ( (title_, subtitle_?)?,
//          decoration_?, ...)
import type { DirectiveSpec } from '../api.js';
import { GENERIC_OPTIONS, addClasses, addName, here, preserved, requireContent } from './common.js';

export const parsedLiteral: DirectiveSpec = {
  optionSpec: GENERIC_OPTIONS,
  hasContent: true,
  run(inv) {
    requireContent(inv);
    const { nodes, messages } = inv.state.parseInline(inv.content.join('\n'), inv.contentOffset + 1);
    const block = preserved('literal_block', {}, nodes, here(inv));
    addClasses(block, inv);
    addName(block, inv);
    return [block, ...messages];
  },
};
