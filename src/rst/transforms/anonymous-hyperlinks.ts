// Anonymous references (`text`__) and anonymous targets (__ uri) pair up in
// document order. Unequal counts are an error: every anonymous reference then
// becomes `problematic`, linked to one message.
//
//     <reference anonymous="1">text          <reference anonymous="1" refuri="http://x">text
//     <target anonymous="1" refuri="http://x">   ->  (the target stays)
import { el, listAttr, text, textContent } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import { referenceSource, replaceChild, stringAttr, type TransformContext } from './context.js';
import type { NameTable } from './target-names.js';

export function resolveAnonymous(table: NameTable, ctx: TransformContext): void {
  const refs: Array<[Element, Element]> = [];
  const targets: Element[] = [];
  for (const pair of table.references) if (pair[0].attributes.anonymous) refs.push(pair);
  for (const [node] of table.targets) if (node.attributes.anonymous) targets.push(node);
  if (refs.length !== targets.length) {
    // docutils gives this message no line: it is about the whole document.
    const msg = ctx.report(3, `Anonymous hyperlink mismatch: ${refs.length} references but ${targets.length} targets.\nSee "backrefs" attribute for IDs.`, undefined);
    const msgId = ctx.setId(msg, 'system-message');
    for (const [ref, parent] of refs) {
      const prb = el('problematic', { refid: msgId }, [text(referenceSource(ref, ref.children.map(plainText).join('')), ref.position)], ref.position);
      listAttr(msg, 'backrefs').push(ctx.setId(prb, 'problematic'));
      replaceChild(parent, ref, [prb]);
    }
    return;
  }
  refs.forEach(([ref], i) => {
    const target = targets[i]!;
    const refuri = stringAttr(target, 'refuri');
    const refname = stringAttr(target, 'refname');
    if (refuri !== undefined) ref.attributes.refuri = refuri;
    else if (refname !== undefined) ref.attributes.refname = refname;
    else ref.attributes.refid = stringAttr(target, 'refid') ?? ctx.setId(target);
  });
}

function plainText(node: Element['children'][number]): string {
  return textContent(node);
}
