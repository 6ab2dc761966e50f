// References by name to something in the same document (an internal target,
// and through it the element it labels; a section title; anything named)
// take that element's id. Names used by several targets cannot be resolved.
//
//     <reference refname="sec a">Sec A        <reference refid="sec-a">Sec A
//     <section ids="sec-a" names="sec\ a">  ->
import { textContent } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import { referenceSource, stringAttr, type TransformContext } from './context.js';
import type { BrokenTargets } from './indirect-hyperlinks.js';
import type { NameTable } from './target-names.js';

export function resolveInternalReferences(refs: Array<[Element, Element]>, table: NameTable, broken: BrokenTargets, ctx: TransformContext): void {
  for (const [ref, parent] of refs) {
    const refname = stringAttr(ref, 'refname');
    if (refname === undefined) continue;
    const dest = table.byName.get(refname);
    const label = textContent(ref);
    if (!dest) {
      if (table.duplicates.has(refname)) {
        ctx.problematic(ref, parent, referenceSource(ref, label), `Duplicate target name, cannot be used as a unique reference: "${refname}".`);
      }
      continue; // unknown names are reported last, with the other dangling references
    }
    const failure = broken.get(dest);
    if (failure) {
      linkToMessage(ref, parent, referenceSource(ref, label), failure, ctx);
      continue;
    }
    if (dest.type === 'target' && stringAttr(dest, 'refuri') !== undefined) continue;
    ref.attributes.refid = (dest.type === 'target' ? stringAttr(dest, 'refid') : undefined) ?? ctx.setId(dest);
    delete ref.attributes.refname;
  }
}

/** A reference to a broken target becomes problematic, linked to the target's message. */
function linkToMessage(ref: Element, parent: Element, raw: string, msg: Element, ctx: TransformContext): void {
  const msgId = ctx.setId(msg, 'system-message');
  const prb = { type: 'problematic', attributes: { refid: msgId }, children: [{ type: 'text' as const, value: raw, position: ref.position }], position: ref.position } as Element;
  const prbId = ctx.setId(prb, 'problematic');
  const backrefs = (msg.attributes.backrefs as string[] | undefined) ?? [];
  msg.attributes.backrefs = [...backrefs, prbId];
  const index = parent.children.indexOf(ref);
  if (index >= 0) parent.children[index] = prb;
  ctx.replaced.add(ref);
}
