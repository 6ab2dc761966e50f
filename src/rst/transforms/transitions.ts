// Transitions (----) may only stand between body elements. A transition that
// ends a section moves up to stand between that section and the next; one
// that starts a document or section, follows another transition, or ends
// the document is an error (reported in place, as docutils does).
//
//     <section>                       <section>
//         <paragraph>                     <paragraph>
//         <transition>        ->      <transition>
//     <section>                       <section>
import { replaceChild, type TransformContext } from './context.js';
import type { Element } from '../../doctree/types.js';

export function checkTransitions(transitions: Element[], ctx: TransformContext): void {
  for (const transition of transitions) {
    let parent = ctx.parents.get(transition);
    if (!parent) continue;
    const siblings = () => parent!.children.filter((c) => c.type !== 'text') as Element[];
    let list = siblings();
    let index = list.indexOf(transition);
    if (index < 0) continue;
    const startsHere = index === 0 || (list[0]!.type === 'title' && (index === 1 || (list[1]!.type === 'subtitle' && index === 2)));
    if (startsHere) insertBefore(parent, transition, ctx.report(3, 'Document or section may not begin with a transition.', transition, [], true));
    else if (list[index - 1]!.type === 'transition') {
      insertBefore(parent, transition, ctx.report(3, 'At least one body element must separate transitions; adjacent transitions are not allowed.', transition, [], true));
    }
    // At the end of a section: it belongs after the innermost enclosing section that something follows.
    list = siblings();
    index = list.indexOf(transition);
    if (index !== list.length - 1) continue;
    let section: Element = parent;
    let holder = ctx.parents.get(section);
    while (section.type === 'section' && holder && isLast(holder, section)) {
      section = holder;
      holder = ctx.parents.get(section);
    }
    if (section.type === 'section' && holder) {
      replaceChild(parent, transition, []);
      holder.children.splice(holder.children.indexOf(section) + 1, 0, transition);
      ctx.parents.set(transition, holder);
      continue;
    }
    // Nothing follows anywhere: the document ends with it.
    parent.children.splice(parent.children.indexOf(transition) + 1, 0, ctx.report(3, 'Document may not end with a transition.', transition, [], true));
  }
}

function isLast(parent: Element, child: Element): boolean {
  for (let i = parent.children.length - 1; i >= 0; i--) {
    const node = parent.children[i]!;
    if (node.type !== 'text') return node === child;
  }
  return false;
}

function insertBefore(parent: Element, node: Element, inserted: Element): void {
  const index = parent.children.indexOf(node);
  if (index >= 0) parent.children.splice(index, 0, inserted);
}
