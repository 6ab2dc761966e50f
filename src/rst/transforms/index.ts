// The document transforms docutils and Sphinx apply after parsing, in their
// order (docutils' priorities in brackets). Each runs at most one walk over
// the tree; the tree is changed in place.
//
//   UnreferencedFootnotes [200] (Sphinx) "Footnote [2] is not referenced."                footnotes.ts
//   ClassAttribute [210]      pending `.. class::` -> classes on the next element      class-attribute.ts
//   DefaultSubstitutions [210] (Sphinx) |version| |release| |today|                    substitutions.ts
//   Substitutions [220]       |name| -> the definition's content                       substitutions.ts
//   PropagateTargets [260]    `.. _x:` labels the next element                          propagate-targets.ts
//   SortIds [261] (Sphinx)    `id3 label` -> `label id3` on sections                     sort-ids.ts
//   HandleCodeBlocks, DoctestTransform (Sphinx) doctest blocks unquoted, class doctest doctest-blocks.ts
//   DocInfo [340]             leading field list -> docinfo                             docinfo.ts
//   AnonymousHyperlinks [440] `x`__ <-> __ targets, in order                            anonymous-hyperlinks.ts
//   IndirectHyperlinks [460]  `.. _a: b_` chains                                        indirect-hyperlinks.ts
//   TargetNotes [540]         `.. target-notes::` footnotes for external targets        target-notes.ts
//   Footnotes [620]           numbers, symbols, refid/backrefs; citations               footnotes.ts, citations.ts
//   ExternalTargets [640]     `x`_ -> refuri                                            external-targets.ts
//   InternalTargets [660]     `x`_ -> refid                                             internal-targets.ts
//   SectNum [710]             `.. sectnum::` numbers in titles                          sectnum.ts
//   Contents [720]            `.. contents::` -> bullet list of section links           contents.ts
//   Transitions [830]         a transition ending a section moves after it; misplaced ones are errors  transitions.ts
//   DanglingReferences [850]  "Unknown target name" for what is left                    dangling-references.ts
//   SmartQuotes [855] (Sphinx) “typographic” quotes, dashes, ellipses in prose          smartquotes.ts
//
// Decorations (header/footer) need nothing more: the parser already gathers them
// in a `decoration` node at the document's start, where docutils' transform puts them.
// Messages are returned, not inserted: docutils and Sphinx keep transform
// messages out of the tree and report them (file and line) instead. The few
// docutils does place in the tree (class with nothing after it, circular
// substitution definitions, misplaced transitions, compound docinfo fields)
// are placed there and not returned, so each is reported once.
import type { Element } from '../../doctree/types.js';
import { applyClassAttributes } from './class-attribute.js';
import { applyContents } from './contents.js';
import { TransformContext, type TransformOptions } from './context.js';
import { applyDocinfo } from './docinfo.js';
import { resolveAnonymous } from './anonymous-hyperlinks.js';
import { resolveCitations } from './citations.js';
import { reportDanglingReferences } from './dangling-references.js';
import { resolveExternalReferences } from './external-targets.js';
import { reportUnreferencedFootnotes, resolveFootnotes } from './footnotes.js';
import { resolveIndirectTargets } from './indirect-hyperlinks.js';
import { resolveInternalReferences } from './internal-targets.js';
import { propagateTargets } from './propagate-targets.js';
import { applySectionNumbers } from './sectnum.js';
import { applySmartQuotes, quotesFor } from './smartquotes.js';
import { applySubstitutions } from './substitutions.js';
import { sortSectionIds } from './sort-ids.js';
import { handleDoctestBlocks } from './doctest-blocks.js';
import { checkTransitions } from './transitions.js';
import { buildNameTable } from './target-names.js';
import { applyTargetNotes } from './target-notes.js';

export type { TransformOptions } from './context.js';

export interface ApplyTransformsOptions extends TransformOptions {
  /** Sphinx resolves citation references across documents: do not report unmatched ones here. */
  citationsElsewhere?: boolean;
  /** Sphinx's SmartQuotes: the document's language code (e.g. 'en', 'zh_CN'), or null/undefined to leave quotes alone. */
  smartquotes?: string | null;
  /** Sphinx's own small transforms: doctest blocks out of block quotes (class doctest), readable section ids first. */
  sphinx?: boolean;
  /** Sphinx's UnreferencedFootnotesDetector: warn about manual footnotes nothing refers to. */
  reportUnreferencedFootnotes?: boolean;
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
  const pendings = { class: [] as Array<[Element, Element]>, contents: [] as Array<[Element, Element]>, sectnum: [] as Array<[Element, Element]>, targetNotes: [] as Array<[Element, Element]> };
  let hasSubstitutions = false;
  const transitions: Element[] = [];
  const sections: Element[] = [];
  const blockQuotes: Array<[Element, Element]> = [];
  const doctestBlocks: Element[] = [];
  for (const [node, parent] of ctx.all) {
    if (node.type === 'section') sections.push(node);
    else if (node.type === 'block_quote' && parent) blockQuotes.push([node, parent]);
    else if (node.type === 'doctest_block') doctestBlocks.push(node);
    if (node.type === 'substitution_reference') hasSubstitutions = true;
    if (node.type === 'transition') transitions.push(node);
    if (node.type === 'pending' && node.internals && parent) {
      for (const key of Object.keys(PENDING) as Array<keyof typeof PENDING>) if (node.internals.transform === PENDING[key]) pendings[key].push([node, parent]);
    }
  }
  const parents = ctx.parents;
  if (options.reportUnreferencedFootnotes) reportUnreferencedFootnotes(buildNameTable(document, ctx.all), ctx);
  applyClassAttributes(pendings.class, parents, ctx);
  if (hasSubstitutions) applySubstitutions(ctx);
  propagateTargets(ctx.all, parents);
  if (options.sphinx) {
    // Sphinx runs these right after target propagation, so contents and links use the sorted ids.
    handleDoctestBlocks(blockQuotes, doctestBlocks);
    sortSectionIds(sections);
  }
  if (options.docinfo !== false) applyDocinfo(ctx);
  // Substitutions add elements (references, footnote references): then the names are read from a fresh walk.
  let table = buildNameTable(document, hasSubstitutions ? undefined : ctx.all);
  resolveAnonymous(table, ctx);
  const broken = resolveIndirectTargets(table, ctx);
  // Target notes add footnotes and references: read the names again.
  if (applyTargetNotes(pendings.targetNotes, table, ctx)) table = buildNameTable(document);
  resolveFootnotes(table, ctx);
  resolveCitations(table, ctx);
  resolveExternalReferences(table.references, table);
  resolveInternalReferences(table.references, table, broken, ctx);
  applySectionNumbers(pendings.sectnum, document);
  applyContents(pendings.contents, parents, ctx);
  checkTransitions(transitions, ctx);
  reportDanglingReferences(table, ctx, { citationsElsewhere: options.citationsElsewhere });
  const quotes = options.smartquotes ? quotesFor(options.smartquotes) : null;
  if (quotes) applySmartQuotes(document, quotes);
  return { messages: ctx.messages };
}
