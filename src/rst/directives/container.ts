// container: a generic block whose argument is a list of class names.
//
//     .. container:: custom two
//
//        Any body elements.
import { el, listAttr } from '../../doctree/builders.js';
import type { DirectiveSpec } from '../api.js';
import { addName, here, parseContent, requireContent } from './common.js';
import { classOption, unchanged } from './options.js';

export const container: DirectiveSpec = {
  optionalArguments: 1,
  finalArgumentWhitespace: true,
  optionSpec: { name: unchanged },
  hasContent: true,
  run(inv) {
    requireContent(inv);
    const node = el('container', {}, [], here(inv));
    const argument = inv.arguments[0];
    if (argument !== undefined) {
      let classes: string[];
      try {
        classes = classOption(argument) as string[];
      } catch {
        throw inv.error(`Invalid class attribute value for "${inv.name}" directive: "${argument}".`);
      }
      listAttr(node, 'classes').push(...classes);
    }
    addName(node, inv);
    parseContent(inv, node);
    return [node];
  },
};
