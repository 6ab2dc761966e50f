// math, as Sphinx has it: one displayed equation per directive, optionally
// labelled for :eq: and numbered in the order of the document.
//
//     .. math:: e^{i\pi} + 1 = 0
//        :label: euler
//
// Produces a `target` {refid: 'equation-euler'} then `math_block`
// {docname, label, number, nowrap, ids: ['equation-euler']} holding the LaTeX.
import { el, text } from '../../doctree/builders.js';
import type { DoctreeNode } from '../../doctree/types.js';
import type { DirectiveSpec } from '../../rst/api.js';
import { addClasses, here } from '../../rst/directives/common.js';
import { classOption, flag, unchanged, unchangedRequired } from '../../rst/directives/options.js';
import { nextSerial } from '../context.js';
import { warningCollector, type ContextOf } from './scope.js';

export function mathDirective(contextOf: ContextOf): DirectiveSpec {
  const labelsByDocument = new WeakMap<object, Set<string>>();
  return {
    optionalArguments: 1,
    finalArgumentWhitespace: true,
    hasContent: true,
    optionSpec: { label: unchangedRequired, name: unchanged, class: classOption, nowrap: flag },
    run(inv) {
      const context = contextOf(inv.document);
      const { messages, warn } = warningCollector(context, inv);
      let latex = inv.content.join('\n');
      if (inv.arguments[0]) latex = inv.arguments[0] + (latex ? '\n\n' + latex : '');
      const labelOption = inv.options.label ?? inv.options.name;
      const label = typeof labelOption === 'string' && labelOption ? labelOption : null;
      const node = el('math_block', { docname: context.docname, nowrap: 'nowrap' in inv.options, 'xml:space': 'preserve' }, [text(latex)], here(inv));
      addClasses(node, inv);
      if (!label) return [node, ...messages];
      let labels = labelsByDocument.get(inv.document);
      if (!labels) labelsByDocument.set(inv.document, (labels = new Set()));
      if (labels.has(label)) {
        warn(`duplicate label of equation ${label}, other instance in ${context.docname}`);
        return [node, ...messages];
      }
      labels.add(label);
      const id = `equation-${label}`;
      node.attributes.label = label;
      node.attributes.number = nextSerial(context, 'equation') + 1;
      node.attributes.ids = [id];
      inv.document.ids.set(id, node);
      return [el('target', { refid: id }, [], here(inv)), node, ...messages] as DoctreeNode[];
    },
  };
}
