// Footnotes get their labels and references their targets:
// - auto-numbered footnotes ([#] and [#label]) take 1, 2, 3... in document
//   order, skipping numbers that manual footnotes (or other names) already use;
//   anonymous [#]_ references pair with anonymous [#] footnotes in order;
// - symbol footnotes ([*]) take *, †, ‡, §, ¶, #, ♠, ♥, ♦, ♣, then doubled...,
//   and [*]_ references pair with them in order;
// - manual ([1]) and labelled references find their footnote by name.
// Each reference gets refid and its label as text; each footnote gets a label
// and the ids of its references in backrefs.
//
//     <footnote_reference auto="1" ids="id1">      <footnote_reference auto="1" ids="id1" refid="id2">2
//     <footnote auto="1" ids="id2">          ->    <footnote auto="1" backrefs="id1" ids="id2" names="2">
//         <paragraph>one                               <label>2
//                                                      <paragraph>one
import { el, listAttr, text, textContent } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import { names, stringAttr, type TransformContext } from './context.js';
import type { NameTable } from './target-names.js';

const SYMBOLS = ['*', '\u2020', '\u2021', '\u00a7', '\u00b6', '#', '\u2660', '\u2665', '\u2666', '\u2663'];

export function symbolFor(index: number): string {
  const symbol = SYMBOLS[index % SYMBOLS.length]!;
  return symbol.repeat(Math.floor(index / SYMBOLS.length) + 1);
}

export function resolveFootnotes(table: NameTable, ctx: TransformContext): void {
  const autoNumbered: Element[] = [];
  const lateAutoNumbered: Element[] = [];
  const symbolNotes: Element[] = [];
  const anonymousRefs: Array<[Element, Element]> = [];
  const symbolRefs: Array<[Element, Element]> = [];
  const namedRefs: Array<[Element, Element]> = [];
  for (const [node] of table.footnotes) {
    if (node.attributes.auto === '*') symbolNotes.push(node);
    else if (node.attributes.auto !== undefined) (node.data?.targetNote ? lateAutoNumbered : autoNumbered).push(node);
  }
  for (const [node, parent] of table.footnoteReferences) {
    if (node.attributes.auto === '*') symbolRefs.push([node, parent]);
    else if (stringAttr(node, 'refname') === undefined && node.attributes.auto !== undefined) anonymousRefs.push([node, parent]);
    else if (stringAttr(node, 'refname') !== undefined) namedRefs.push([node, parent]);
  }
  // Target-notes footnotes are numbered after the document's own, as docutils registers them last.
  autoNumbered.push(...lateAutoNumbered);

  let counter = 0;
  const anonymousNotes: Element[] = [];
  for (const footnote of autoNumbered) {
    let label: string;
    do label = String(++counter);
    while (table.byName.has(label) || table.duplicates.has(label));
    footnote.children.unshift(el('label', {}, [text(label)], footnote.position));
    if (!names(footnote).length) {
      listAttr(footnote, 'names').push(label);
      table.byName.set(label, footnote);
      anonymousNotes.push(footnote);
    }
  }
  pair(anonymousRefs, anonymousNotes, 'autonumbered', (note) => labelOf(note), ctx);

  symbolNotes.forEach((note, i) => note.children.unshift(el('label', {}, [text(symbolFor(i))], note.position)));
  pair(symbolRefs, symbolNotes, 'symbol', (note) => labelOf(note), ctx);

  for (const [ref] of namedRefs) {
    const refname = stringAttr(ref, 'refname')!;
    const note = table.byName.get(refname);
    if (note?.type !== 'footnote') continue; // left for the dangling-reference check
    link(ref, note, ctx);
    if (!ref.children.length) ref.children.push(text(labelOf(note), ref.position));
  }
}

function pair(refs: Array<[Element, Element]>, notes: Element[], kind: string, label: (note: Element) => string, ctx: TransformContext): void {
  refs.forEach(([ref, parent], i) => {
    const note = notes[i];
    if (!note) {
      ctx.problematic(ref, parent, kind === 'symbol' ? '[*]_' : '[#]_', `Too many ${kind} footnote references: only ${notes.length} corresponding footnotes available.`);
      return;
    }
    link(ref, note, ctx);
    ref.children = [text(label(note), ref.position)];
  });
}

function link(ref: Element, note: Element, ctx: TransformContext): void {
  ref.attributes.refid = ctx.setId(note);
  delete ref.attributes.refname;
  listAttr(note, 'backrefs').push(ctx.setId(ref));
}

function labelOf(note: Element): string {
  const label = note.children.find((c) => c.type === 'label') as Element | undefined;
  return label ? textContent(label) : '';
}

/**
 * Sphinx's check (it runs before the substitutions): a manually numbered footnote that nothing
 * references gets `Footnote [2] is not referenced.` Auto-numbered and symbol footnotes are not checked.
 */
export function reportUnreferencedFootnotes(table: NameTable, ctx: TransformContext): void {
  const referenced = new Set<string>();
  for (const [node] of table.footnoteReferences) {
    const refname = stringAttr(node, 'refname');
    if (refname !== undefined) referenced.add(refname);
  }
  for (const [node] of table.footnotes) {
    if (node.attributes.auto !== undefined) continue;
    const own = names(node);
    if (own.length && !own.some((name) => referenced.has(name))) ctx.report(2, `Footnote [${own[0]}] is not referenced.`, node);
  }
}
