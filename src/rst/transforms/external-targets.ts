// References by name (`name`_) to a target with a URI take the URI.
//
//     <reference refname="ext">ext        <reference refuri="http://x">ext
//     <target names="ext" refuri="http://x">  ->  (target unchanged)
import type { Element } from '../../doctree/types.js';
import { stringAttr } from './context.js';
import type { NameTable } from './target-names.js';

export function resolveExternalReferences(refs: Array<[Element, Element]>, table: NameTable): void {
  for (const [ref] of refs) {
    const refname = stringAttr(ref, 'refname');
    if (refname === undefined) continue;
    const dest = table.byName.get(refname);
    if (dest?.type !== 'target') continue;
    const refuri = stringAttr(dest, 'refuri');
    if (refuri === undefined) continue;
    ref.attributes.refuri = refuri;
    delete ref.attributes.refname;
  }
}
