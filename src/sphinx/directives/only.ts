// only: content kept or dropped depending on the build's tags.
//
//     .. only:: html and not latex
//
//        Shown on the web site only.
//
// The directive keeps the content in an `only` {expr} node; `applyOnly`
// (run by the project model before rendering) then unwraps or removes it,
// as Sphinx does when it writes the page.
import { el } from '../../doctree/builders.js';
import type { DoctreeNode, Element } from '../../doctree/types.js';
import type { DirectiveSpec } from '../../rst/api.js';
import { here } from '../../rst/directives/common.js';
import { tagsMatch, TagExpressionError } from '../tags.js';

export const onlyDirective: DirectiveSpec = {
  requiredArguments: 1,
  finalArgumentWhitespace: true,
  hasContent: true,
  optionSpec: {},
  run(inv) {
    const node = el('only', { expr: inv.arguments[0].replace(/\s+/g, ' ').trim() }, [], here(inv));
    // Sphinx lets `only` hold section titles (e.g. an "Indices" section for HTML only).
    inv.state.nestedParse(inv.content, inv.contentOffset, node, { matchTitles: true });
    return [node];
  },
};

/**
 * Replace every `only` node by its children when its expression holds for
 * `tags`, else drop it. A malformed expression keeps the content and warns
 * (Sphinx's "exception while evaluating only directive expression").
 */
export function applyOnly(root: Element, tags: Iterable<string>, warn: (line: number | undefined, message: string) => void): void {
  const tagSet = new Set(tags);
  const walk = (parent: Element) => {
    const children: DoctreeNode[] = [];
    for (const child of parent.children) {
      if (child.type !== 'only') {
        if (child.type !== 'text') walk(child as Element);
        children.push(child);
        continue;
      }
      const only = child as Element;
      walk(only);
      let keep = true;
      try {
        keep = tagsMatch(String(only.attributes.expr ?? ''), tagSet);
      } catch (error) {
        if (!(error instanceof TagExpressionError)) throw error;
        warn(only.position?.start.line, `exception while evaluating only directive expression: ${error.message}`);
      }
      if (keep) children.push(...only.children);
    }
    parent.children = children;
  };
  walk(root);
}
