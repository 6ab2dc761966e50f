// An internal target with nothing after its colon labels the next element:
// the element takes the target's ids and names, and the target keeps a refid
// to it. Consecutive targets all label the same element (nearest first), and
// a target at the end of a container labels what follows the container.
//
//     <target ids="a" names="a">        <target refid="a">
//     <paragraph>                 ->    <paragraph ids="a" names="a">
import { listAttr } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import { elementsWithParents } from './context.js';

/** Nodes that never take a target's ids (docutils' invisible and targetable kinds). */
const NOT_LABELLED = new Set(['comment', 'substitution_definition', 'target', 'pending', 'footnote', 'citation']);
/** Elements holding inline text: a target inside one (an inline target) is not propagated. */
const TEXT_ELEMENTS = new Set(['paragraph', 'title', 'subtitle', 'rubric', 'term', 'line', 'caption', 'attribution', 'field_name', 'label', 'inline', 'strong', 'emphasis', 'reference', 'literal_block', 'raw', 'classifier', 'option_string', 'doctest_block']);

export function propagateTargets(document: Element): void {
  const all = elementsWithParents(document);
  // The element that follows each element in document order, ascending out of containers (one backwards pass).
  const followers = new Map<Element, Element | null>();
  const parents = new Map<Element, Element | null>();
  for (const [node, parent] of all) parents.set(node, parent);
  const nextOf = (node: Element): Element | null => {
    let child: Element = node;
    let parent = parents.get(node) ?? null;
    while (parent) {
      const i = parent.children.indexOf(child);
      for (let j = i + 1; j < parent.children.length; j++) {
        const sibling = parent.children[j]!;
        if (sibling.type !== 'text') return sibling as Element;
      }
      child = parent;
      parent = parents.get(parent) ?? null;
    }
    return null;
  };
  void followers;
  const pending: Element[] = [];
  for (const [node, parent] of all) {
    if (node.type !== 'target' || !parent || TEXT_ELEMENTS.has(parent.type)) continue;
    const a = node.attributes;
    if (a.refid !== undefined || a.refuri !== undefined || a.refname !== undefined || node.children.length) continue;
    pending.push(node);
  }
  // Walk backwards so that in a chain the nearest target's ids come first on the labelled element.
  const labelledBy = new Map<Element, Element>();
  for (let i = pending.length - 1; i >= 0; i--) {
    const target = pending[i]!;
    let next = nextOf(target);
    if (next?.type === 'target' && labelledBy.has(next)) next = labelledBy.get(next)!;
    if (!next || NOT_LABELLED.has(next.type)) continue;
    const ids = listAttr(target, 'ids');
    if (!ids.length) continue;
    listAttr(next, 'ids').push(...ids);
    listAttr(next, 'names').push(...listAttr(target, 'names'));
    target.attributes.refid = ids[0];
    target.attributes.ids = [];
    target.attributes.names = [];
    labelledBy.set(target, next);
  }
}
