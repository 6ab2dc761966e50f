// math: display formulas in LaTeX syntax; blank lines separate formulas.
//
//     .. math:: y = f(x)
//
//     .. math::
//
//        1+1=2
//
//        E = mc^2
import { text } from '../../doctree/builders.js';
import type { DirectiveSpec } from '../api.js';
import type { Element } from '../../doctree/types.js';
import { GENERIC_OPTIONS, addClasses, addName, here, preserved, requireContent } from './common.js';

export const math: DirectiveSpec = {
  optionalArguments: 1,
  finalArgumentWhitespace: true,
  optionSpec: GENERIC_OPTIONS,
  hasContent: true,
  run(inv) {
    const lines = [...(inv.arguments[0] ? [...inv.arguments[0].split('\n'), ''] : []), ...inv.content];
    if (!inv.arguments[0]) requireContent(inv);
    const formulas: string[][] = [[]];
    for (const line of lines) {
      if (line.trim() === '') formulas.push([]);
      else formulas[formulas.length - 1]!.push(line);
    }
    const nodes: Element[] = [];
    for (const formula of formulas) {
      if (formula.length === 0) continue;
      const position = here(inv);
      const node = preserved('math_block', {}, [text(formula.join('\n'), position)], position);
      addClasses(node, inv);
      // Only the first formula carries the target name; names must be unique.
      if (nodes.length === 0) addName(node, inv);
      nodes.push(node);
    }
    return nodes;
  },
};
