// An internal target with nothing after its colon labels the next element:
// the element takes the target's ids and names, and the target keeps a refid
// to it. Consecutive targets all label the same element (nearest first), and
// a target at the end of a container labels what follows the container.
//
//     <target ids="a" names="a">        <target refid="a">
//     <paragraph>                 ->    <paragraph ids="a" names="a">
import { listAttr } from '../../doctree/builders.js';
import type { DoctreeNode, Element } from '../../doctree/types.js';

/** Nodes that never take a target's ids (docutils' invisible and targetable kinds). */
const NOT_LABELLED = new Set(['comment', 'substitution_definition', 'target', 'pending', 'footnote', 'citation']);
/** Elements holding inline text: a target inside one (an inline target) is not propagated. */
const TEXT_ELEMENTS = new Set(['paragraph', 'title', 'subtitle', 'rubric', 'term', 'line', 'caption', 'attribution', 'field_name', 'label', 'inline', 'strong', 'emphasis', 'reference', 'literal_block', 'raw', 'classifier', 'option_string', 'doctest_block']);

/** `all` and `parents`: the elements (in document order) and their parents, from the context's walk. */
export function propagateTargets(all: Array<[Element, Element | null]>, parents: Map<Element, Element>): void {
  // Position of each child in its parent, computed once per parent that holds a target (no repeated indexOf).
  const positions = new Map<Element, Map<DoctreeNode, number>>();
  const positionIn = (parent: Element, child: Element): number => {
    let map = positions.get(parent);
    if (!map) {
      map = new Map(parent.children.map((c, i) => [c, i]));
      positions.set(parent, map);
    }
    return map.get(child) ?? -1;
  };
  /** The element after `node` in document order, ascending out of containers when it is the last child. */
  const nextOf = (node: Element): Element | null => {
    let child: Element = node;
    let parent = parents.get(node) ?? null;
    while (parent) {
      for (let j = positionIn(parent, child) + 1; j < parent.children.length; j++) {
        const sibling = parent.children[j]!;
        if (sibling.type !== 'text') return sibling as Element;
      }
      child = parent;
      parent = parents.get(parent) ?? null;
    }
    return null;
  };
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
    const targetNames = [...listAttr(target, 'names')];
    listAttr(next, 'ids').push(...ids);
    listAttr(next, 'names').push(...targetNames);
    // Sphinx's label collection still needs to know which names were the target's (never printed).
    target.data ??= {};
    target.data.propagated = { ids: [...ids], names: targetNames };
    next.data ??= {};
    const before = next.data.propagatedNames as string[] | undefined;
    if (before) before.push(...targetNames);
    else next.data.propagatedNames = [...targetNames];
    target.attributes.refid = ids[0];
    target.attributes.ids = [];
    target.attributes.names = [];
    labelledBy.set(target, next);
  }
}
