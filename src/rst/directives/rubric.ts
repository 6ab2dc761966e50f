// rubric: an informal heading that is not a section title.
//
//     .. rubric:: Footnotes
//        :class: foo
import { el } from '../../doctree/builders.js';
import type { DirectiveSpec } from '../api.js';
import { GENERIC_OPTIONS, addClasses, addName, here, parseTitle } from './common.js';

export const rubric: DirectiveSpec = {
  requiredArguments: 1,
  finalArgumentWhitespace: true,
  optionSpec: GENERIC_OPTIONS,
  run(inv) {
    const { nodes, messages } = parseTitle(inv, inv.arguments[0]!);
    const node = el('rubric', {}, nodes, here(inv));
    addClasses(node, inv);
    addName(node, inv);
    return [node, ...messages];
  },
};
