// The document transforms docutils and Sphinx apply after parsing, in their
// order (docutils' priorities in brackets). Each runs at most one walk over
// the tree; the tree is changed in place.
//
//   ClassAttribute [210]      pending `.. class::` -> classes on the next element      class-attribute.ts
//   DefaultSubstitutions [210] (Sphinx) |version| |release| |today|                    substitutions.ts
//   Substitutions [220]       |name| -> the definition's content                       substitutions.ts
//   PropagateTargets [260]    `.. _x:` labels the next element                          propagate-targets.ts
//   DocInfo [340]             leading field list -> docinfo                             docinfo.ts
//   AnonymousHyperlinks [440] `x`__ <-> __ targets, in order                            anonymous-hyperlinks.ts
//   IndirectHyperlinks [460]  `.. _a: b_` chains                                        indirect-hyperlinks.ts
//   TargetNotes [540]         `.. target-notes::` footnotes for external targets        target-notes.ts
//   Footnotes [620]           numbers, symbols, refid/backrefs; citations               footnotes.ts, citations.ts
//   ExternalTargets [640]     `x`_ -> refuri                                            external-targets.ts
//   InternalTargets [660]     `x`_ -> refid                                             internal-targets.ts
//   SectNum [710]             `.. sectnum::` numbers in titles                          sectnum.ts
//   Contents [720]            `.. contents::` -> bullet list of section links           contents.ts
//   DanglingReferences [850]  "Unknown target name" for what is left                    dangling-references.ts
//
// Decorations (header/footer) need nothing more: the parser already gathers them
// in a `decoration` node at the document's start, where docutils' transform puts them.
// Messages are returned, not inserted: docutils and Sphinx keep transform
// messages out of the tree and report them (file and line) instead.
import type { Element } from '../../doctree/types.js';
import { applyClassAttributes } from './class-attribute.js';
import { applyContents } from './contents.js';
import { TransformContext, type TransformOptions } from './context.js';
import { applyDocinfo } from './docinfo.js';
import { resolveAnonymous } from './anonymous-hyperlinks.js';
import { resolveCitations } from './citations.js';
import { reportDanglingReferences } from './dangling-references.js';
import { resolveExternalReferences } from './external-targets.js';
import { resolveFootnotes } from './footnotes.js';
import { resolveIndirectTargets } from './indirect-hyperlinks.js';
import { resolveInternalReferences } from './internal-targets.js';
import { propagateTargets } from './propagate-targets.js';
import { applySectionNumbers } from './sectnum.js';
import { applySubstitutions } from './substitutions.js';
import { buildNameTable } from './target-names.js';
import { applyTargetNotes } from './target-notes.js';

export type { TransformOptions } from './context.js';

export interface ApplyTransformsOptions extends TransformOptions {
  /** Sphinx resolves citation references across documents: do not report unmatched ones here. */
  citationsElsewhere?: boolean;
}

export interface TransformResult {
  /** Problems found, as system_message elements (level, line, source) not placed in the tree. */
  messages: Element[];
}

const PENDING = {
  class: 'docutils.transforms.misc.ClassAttribute',
  contents: 'docutils.transforms.parts.Contents',
  sectnum: 'docutils.transforms.parts.SectNum',
  targetNotes: 'docutils.transforms.references.TargetNotes',
} as const;

export function applyTransforms(document: Element, options: ApplyTransformsOptions = {}): TransformResult {
  const ctx = new TransformContext(document, options);
  const parents = new Map<Element, Element>();
  const pendings = { class: [] as Array<[Element, Element]>, contents: [] as Array<[Element, Element]>, sectnum: [] as Array<[Element, Element]>, targetNotes: [] as Array<[Element, Element]> };
  let hasSubstitutions = false;
  // One walk in document order: parents, pending nodes by transform, whether any substitution is used.
  const stack: Element[] = [document];
  while (stack.length) {
    const node = stack.pop()!;
    const parent = parents.get(node);
    if (node.type === 'substitution_reference') hasSubstitutions = true;
    if (node.type === 'pending' && node.internals && parent) {
      for (const key of Object.keys(PENDING) as Array<keyof typeof PENDING>) if (node.internals.transform === PENDING[key]) pendings[key].push([node, parent]);
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]!;
      if (child.type === 'text') continue;
      parents.set(child as Element, node);
      stack.push(child as Element);
    }
  }
  applyClassAttributes(pendings.class, parents, ctx);
  if (hasSubstitutions) applySubstitutions(ctx);
  propagateTargets(document);
  if (options.docinfo !== false) applyDocinfo(ctx);
  let table = buildNameTable(document);
  resolveAnonymous(table, ctx);
  const broken = resolveIndirectTargets(table, ctx);
  // Target notes add footnotes and references: read the names again.
  if (applyTargetNotes(pendings.targetNotes, table, ctx)) table = buildNameTable(document);
  resolveFootnotes(table, ctx);
  resolveCitations(table, ctx);
  const refs: Array<[Element, Element]> = [];
  for (const [node, parent] of table.all) if (node.type === 'reference' && parent) refs.push([node, parent]);
  resolveExternalReferences(refs, table);
  resolveInternalReferences(refs, table, broken, ctx);
  applySectionNumbers(pendings.sectnum, document);
  applyContents(pendings.contents, parents, ctx);
  reportDanglingReferences(ctx, { citationsElsewhere: options.citationsElsewhere });
  return { messages: ctx.messages };
}
