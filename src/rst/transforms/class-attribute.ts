// `.. class:: name` with no content: the parser leaves a pending node, and the
// classes go to the next element that a reader sees, looking past invisible
// nodes (targets, comments, other pendings, messages) and, at the end of a
// container, continuing after the container.
//
//     <pending .transform=ClassAttribute class=['special']>     <paragraph classes="special">
//     <paragraph>                                        ->          Next para.
//         Next para.
import { el, listAttr, text } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import { detail, replaceChild, type TransformContext } from './context.js';

export const PASSED_OVER = new Set(['comment', 'substitution_definition', 'target', 'pending', 'system_message']);

export function applyClassAttributes(pendings: Array<[Element, Element]>, parents: Map<Element, Element>, ctx: TransformContext): void {
  for (const [pending, parent] of pendings) {
    const classes = detail(pending, 'class');
    const list = Array.isArray(classes) ? classes : typeof classes === 'string' ? [classes] : [];
    const next = nextVisible(pending, parent, parents);
    if (next) {
      listAttr(next, 'classes').push(...list);
      replaceChild(parent, pending, []);
      continue;
    }
    const directive = detail(pending, 'directive');
    const msg = ctx.report(3, `No suitable element following "${typeof directive === 'string' ? directive : 'class'}" directive`, pending, [
      el('literal_block', { 'xml:space': 'preserve' }, [text(`.. ${typeof directive === 'string' ? directive : 'class'}:: ${list.join(' ')}`)]),
    ], true);
    replaceChild(parent, pending, [msg]);
  }
}

function nextVisible(node: Element, parent: Element, parents: Map<Element, Element>): Element | null {
  let child: Element = node;
  let container: Element | undefined = parent;
  while (container) {
    const index = container.children.indexOf(child);
    for (let i = index + 1; i < container.children.length; i++) {
      const candidate = container.children[i]!;
      if (candidate.type === 'text' || PASSED_OVER.has(candidate.type)) continue;
      return candidate as Element;
    }
    child = container;
    container = parents.get(container);
  }
  return null;
}
