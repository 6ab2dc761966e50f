// Indirect targets (`.. _alias: other_`) take the destination of the target
// they name, following chains: a URI (refuri) or an element in the document
// (refid). A name that does not exist, or a chain that loops, is an error; the
// target keeps its refname and references to it become `problematic` later.
//
//     <target names="alias" refname="ext">           <target names="alias" refuri="http://x">
//     <target names="ext" refuri="http://x">   ->     <target names="ext" refuri="http://x">
import type { Element } from '../../doctree/types.js';
import { stringAttr, type TransformContext } from './context.js';
import type { NameTable } from './target-names.js';

/** Indirect targets that could not be resolved, with the message references to them link to. */
export type BrokenTargets = Map<Element, Element>;

export function resolveIndirectTargets(table: NameTable, ctx: TransformContext): BrokenTargets {
  const broken: BrokenTargets = new Map();
  const state = new Map<Element, 'active' | 'done'>();
  const resolve = (target: Element): void => {
    if (state.get(target) === 'done') return;
    state.set(target, 'active');
    const refname = stringAttr(target, 'refname')!;
    const dest = table.byName.get(refname);
    const id = (target.attributes.ids as string[] | undefined)?.[0] ?? '';
    const label = (target.attributes.names as string[] | undefined)?.[0] ?? refname;
    const fail = (why: string): void => {
      broken.set(target, ctx.report(3, `Indirect hyperlink target "${label}" (id="${id}") refers to target "${refname}", ${why}.`, target));
      state.set(target, 'done');
    };
    if (!dest) return fail(table.duplicates.has(refname) ? 'which is a duplicate and cannot be used as a unique reference' : 'which does not exist');
    if (dest.type === 'target' && stringAttr(dest, 'refname') !== undefined) {
      if (state.get(dest) === 'active') return fail('forming a circular reference');
      resolve(dest);
      const why = broken.get(dest);
      if (why) {
        broken.set(target, why);
        state.set(target, 'done');
        return;
      }
    }
    const refuri = dest.type === 'target' ? stringAttr(dest, 'refuri') : undefined;
    if (refuri !== undefined) target.attributes.refuri = refuri;
    else target.attributes.refid = stringAttr(dest, 'refid') ?? ctx.setId(dest);
    delete target.attributes.refname;
    state.set(target, 'done');
  };
  for (const [node] of table.targets) if (stringAttr(node, 'refname') !== undefined && !node.attributes.anonymous) resolve(node);
  // Anonymous indirect targets were paired with their references already; those references name the destination.
  return broken;
}
