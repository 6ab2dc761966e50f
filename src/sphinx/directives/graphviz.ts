// sphinx.ext.graphviz: keep the DOT source for the renderer.
//
//     .. graphviz::                 .. digraph:: deps          .. graph:: net
//        :caption: Pod lifecycle       :layout: neato              a -- b
//                                      a -> b
//        digraph { a -> b }
//
//     .. graphviz:: diagrams/flow.dot    (a file, relative to the document)
//
// Produces `graphviz` {layout?, alt?, align?, caption?, classes} with the
// complete DOT text in data.code (graph/digraph wrap their content).
import { el } from '../../doctree/builders.js';
import type { DirectiveInvocation, DirectiveSpec } from '../../rst/api.js';
import { addClasses, addName, here } from '../../rst/directives/common.js';
import { choice, classOption, unchanged, unchangedRequired } from '../../rst/directives/options.js';
import { decode } from './encoding.js';
import { resolveIncludePath } from './paths.js';
import { warningCollector, type ContextOf } from './scope.js';

const OPTIONS = {
  alt: unchangedRequired,
  align: choice(['left', 'center', 'right']),
  caption: unchangedRequired,
  layout: unchangedRequired,
  graphviz_dot: unchangedRequired,
  name: unchanged,
  class: classOption,
};

function graphvizNode(inv: DirectiveInvocation, code: string) {
  const attributes: Record<string, string> = {};
  for (const key of ['alt', 'align', 'caption'] as const) {
    if (typeof inv.options[key] === 'string') attributes[key] = inv.options[key] as string;
  }
  const layout = inv.options.layout ?? inv.options.graphviz_dot;
  if (typeof layout === 'string') attributes.layout = layout;
  const node = el('graphviz', attributes, [], here(inv));
  node.data = { code };
  addClasses(node, inv);
  addName(node, inv);
  return node;
}

export function graphvizDirective(contextOf: ContextOf): DirectiveSpec {
  return {
    optionalArguments: 1,
    finalArgumentWhitespace: false,
    hasContent: true,
    optionSpec: OPTIONS,
    run(inv) {
      const context = contextOf(inv.document);
      const { messages, warn } = warningCollector(context, inv);
      const hasBody = inv.content.some((line) => line.trim());
      if (inv.arguments.length) {
        if (hasBody) {
          warn('Graphviz directive cannot have both content and a filename argument');
          return messages;
        }
        const file = resolveIncludePath(context, inv.arguments[0]);
        let code: string;
        try {
          code = decode(context.readFile(file.path), 'utf-8-sig');
        } catch {
          warn(`External Graphviz file '${file.path}' not found or reading it failed`);
          return messages;
        }
        return [graphvizNode(inv, code), ...messages];
      }
      if (!hasBody) {
        warn('Ignoring "graphviz" directive without content.');
        return messages;
      }
      return [graphvizNode(inv, inv.content.join('\n')), ...messages];
    },
  };
}

/** `graph NAME` / `digraph NAME`: the content is the body of the graph. */
export const graphDirective: DirectiveSpec = {
  requiredArguments: 1,
  finalArgumentWhitespace: true,
  hasContent: true,
  optionSpec: OPTIONS,
  run(inv) {
    const keyword = inv.name === 'digraph' ? 'digraph' : 'graph';
    const code = `${keyword} ${inv.arguments[0]} {\n${inv.content.join('\n')}\n}\n`;
    return [graphvizNode(inv, code)];
  },
};
