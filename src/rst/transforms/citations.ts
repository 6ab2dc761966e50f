// Citation references ([CIT2002]_) find their citation by name in the same
// document: the reference gets refid, the citation the reference's id in backrefs.
//
//     <citation_reference ids="id1" refname="cit2002">CIT2002     <citation_reference ids="id1" refid="cit2002">CIT2002
//     <citation ids="cit2002" names="cit2002">              ->     <citation backrefs="id1" ids="cit2002" names="cit2002">
import { listAttr } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import { stringAttr, type TransformContext } from './context.js';
import type { NameTable } from './target-names.js';

export function resolveCitations(table: NameTable, ctx: TransformContext): void {
  for (const [node] of table.citationReferences) {
    const refname = stringAttr(node, 'refname');
    if (refname === undefined) continue;
    const citation = table.byName.get(refname);
    if (citation?.type !== 'citation') continue; // reported with the dangling references (or by Sphinx across documents)
    node.attributes.refid = ctx.setId(citation);
    delete node.attributes.refname;
    listAttr(citation, 'backrefs').push(ctx.setId(node));
  }
}
